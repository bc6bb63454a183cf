from django.db import models
from django.utils.translation import gettext_lazy as _


class CheckedLink(models.Model):
    """The last check of one external URL, with where the site uses it."""

    class Result(models.TextChoices):
        OK = "ok", _("In orde")
        MOVED = "moved", _("Verplaatst")
        BROKEN = "broken", _("Kapot")
        TIMEOUT = "timeout", _("Geen antwoord")
        ERROR = "error", _("Niet bereikbaar")

    url = models.URLField(_("link"), max_length=1000, unique=True)
    result = models.CharField(_("resultaat"), max_length=10, choices=Result.choices)
    status_code = models.PositiveSmallIntegerField(_("antwoordcode"), null=True, blank=True)
    final_url = models.URLField(_("nieuwe plaats"), max_length=1000, blank=True)
    error = models.CharField(_("foutmelding"), max_length=500, blank=True)
    sources = models.JSONField(_("gebruikt op"), default=list)
    checked_at = models.DateTimeField(_("gecontroleerd op"))

    class Meta:
        ordering = ["result", "url"]
        verbose_name = _("gecontroleerde link")
        verbose_name_plural = _("gecontroleerde links")

    def __str__(self):
        return self.url

    @property
    def needs_attention(self):
        return self.result != self.Result.OK
