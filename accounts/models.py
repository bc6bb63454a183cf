from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberProfile(models.Model):
    """What the site keeps about a member beyond the login: their name and language."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_profile",
        verbose_name=_("inlogaccount"),
    )
    full_name = models.CharField(_("naam"), max_length=150)
    language = models.CharField(
        _("taal"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("ledenprofiel")
        verbose_name_plural = _("ledenprofielen")

    def __str__(self):
        return self.full_name


def member_language(user):
    profile = getattr(user, "member_profile", None) if user is not None else None
    return profile.language if profile else settings.LANGUAGE_CODE


def member_name(user):
    profile = getattr(user, "member_profile", None)
    return profile.full_name if profile else (user.get_full_name() or user.email)
