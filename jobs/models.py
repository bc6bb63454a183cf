from django.db import models
from django.utils.translation import gettext_lazy as _


class SchedulerLock(models.Model):
    """One row per lock. A runner holds it while `holder` is its token and `expires_at` lies
    ahead; taking it is one conditional UPDATE, atomic on SQLite and PostgreSQL alike."""

    name = models.CharField(max_length=50, primary_key=True)
    holder = models.CharField(max_length=32, blank=True)
    expires_at = models.DateTimeField()

    class Meta:
        verbose_name = _("planningsslot")
        verbose_name_plural = _("planningssloten")

    def __str__(self):
        return self.name


class ScheduledJobRun(models.Model):
    """When each scheduled job last started and finished, and how its last run ended."""

    name = models.CharField(_("taak"), max_length=100, primary_key=True)
    last_started_at = models.DateTimeField(_("laatst gestart"), null=True)
    last_finished_at = models.DateTimeField(_("laatst afgerond"), null=True)
    last_result = models.TextField(_("laatste uitkomst"), blank=True)
    last_error = models.TextField(_("laatste foutmelding"), blank=True)

    class Meta:
        verbose_name = _("geplande taak")
        verbose_name_plural = _("geplande taken")

    def __str__(self):
        return self.name
