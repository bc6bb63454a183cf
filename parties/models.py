"""The register of local parties, the municipalities they work in, and their people.

Provinces and municipalities come from the CBS list (parties/data/, `load_municipalities`);
staff keep the parties; a membership links a member's account to one party with a role there
and is approved or refused by staff.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Province(models.Model):
    code = models.CharField(_("CBS-code"), max_length=4, unique=True)
    name = models.CharField(_("naam"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("provincie")
        verbose_name_plural = _("provincies")

    def __str__(self):
        return self.name


class Municipality(models.Model):
    """A municipality as CBS lists it. One that has merged stays, inactive, and points to the
    municipality it became part of, so old party records keep their meaning."""

    code = models.CharField(_("CBS-code"), max_length=6, unique=True)
    name = models.CharField(_("naam"), max_length=80)
    province = models.ForeignKey(
        Province, verbose_name=_("provincie"), on_delete=models.PROTECT, related_name="+"
    )
    active = models.BooleanField(_("bestaat nog"), default=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("opgegaan in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
    )
    ended_on = models.DateField(_("opgeheven op"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self):
        return self.name if self.active else f"{self.name} ({_('opgeheven')})"


class PartyStatus(models.TextChoices):
    ACTIVE = "active", _("actief")
    MERGED = "merged", _("gefuseerd")
    DISSOLVED = "dissolved", _("opgeheven")


class LocalPartyQuerySet(models.QuerySet):
    def public(self):
        """What anyone may see: eligible parties that are still active."""
        return self.filter(eligible=True, status=PartyStatus.ACTIVE)

    def matching(self, text):
        """Parties whose name, short name or municipality contains `text`."""
        text = (text or "").strip()
        if not text:
            return self
        condition = (
            Q(name__icontains=text)
            | Q(short_name__icontains=text)
            | Q(municipalities__name__icontains=text)
        )
        ids = self.filter(condition).values("pk")
        return self.filter(pk__in=ids)


class LocalParty(models.Model):
    name = models.CharField(_("naam"), max_length=150)
    short_name = models.CharField(_("korte naam"), max_length=40, blank=True)
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("gemeenten"),
        related_name="parties",
        help_text=_("Een partij kan in meer gemeenten actief zijn, bijvoorbeeld na een fusie."),
    )
    province = models.ForeignKey(
        Province, verbose_name=_("provincie"), on_delete=models.PROTECT, related_name="parties"
    )
    website = models.URLField(_("webadres"), blank=True)
    eligible = models.BooleanField(
        _("komt in aanmerking"),
        default=True,
        help_text=_("Een lokale of regionale partij zonder zetels in de Tweede Kamer."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=PartyStatus.choices, default=PartyStatus.ACTIVE
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("gefuseerd in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_parties",
    )
    notes = models.TextField(_("notities"), blank=True)
    created_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = LocalPartyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("lokale partij")
        verbose_name_plural = _("lokale partijen")

    def __str__(self):
        return self.name

    def clean(self):
        if self.status == PartyStatus.MERGED and not self.merged_into_id:
            raise ValidationError(
                {"merged_into": _("Kies de partij waarin deze partij is opgegaan.")}
            )
        if self.merged_into_id and self.merged_into_id == self.pk:
            raise ValidationError({"merged_into": _("Een partij kan niet in zichzelf opgaan.")})

    def municipality_names(self):
        return ", ".join(m.name for m in self.municipalities.all())

    municipality_names.short_description = _("gemeenten")

    def municipality_codes(self):
        return "|".join(m.code for m in self.municipalities.all())


class Role(models.TextChoices):
    BOARD_MEMBER = "bestuurslid", _("bestuurslid")
    COUNCILLOR = "raadslid", _("raadslid")
    ALDERMAN = "wethouder", _("wethouder")
    GROUP_STAFF = "fractiemedewerker", _("fractiemedewerker")
    CANDIDATE = "kandidaat", _("kandidaat")
    VOLUNTEER = "vrijwilliger", _("vrijwilliger")
    MEMBER = "lid", _("lid")


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("in behandeling")
    APPROVED = "approved", _("goedgekeurd")
    REFUSED = "refused", _("afgewezen")


class MembershipQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[MembershipStatus.PENDING, MembershipStatus.APPROVED])

    def pending(self):
        return self.filter(status=MembershipStatus.PENDING)

    def approved(self):
        return self.filter(status=MembershipStatus.APPROVED)


class Membership(models.Model):
    """A person's request to belong to a party, and once approved, their membership.

    A request names a party from the register, or (when theirs is missing) describes it in
    `requested_party_name`; staff then add the party and approve with it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("persoon"),
        on_delete=models.CASCADE,
        related_name="party_memberships",
    )
    party = models.ForeignKey(
        LocalParty,
        verbose_name=_("partij"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    requested_party_name = models.CharField(
        _("partij volgens de aanvrager"), max_length=200, blank=True
    )
    requested_municipality = models.CharField(
        _("gemeente volgens de aanvrager"), max_length=100, blank=True
    )
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MembershipStatus.choices,
        default=MembershipStatus.PENDING,
    )
    refusal_reason = models.TextField(_("reden van afwijzing"), blank=True)
    requested_at = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besloten door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(status__in=["pending", "approved"]),
                name="one_open_membership_per_person",
            ),
            models.CheckConstraint(
                condition=Q(party__isnull=False) | ~Q(requested_party_name=""),
                name="membership_names_a_party",
            ),
        ]

    def __str__(self):
        return f"{self.user.email} – {self.party_label()}"

    def party_label(self):
        if self.party_id:
            return str(self.party)
        return f"{self.requested_party_name} ({_('niet in het register')})"

    party_label.short_description = _("partij")

    def email(self):
        return self.user.email

    email.short_description = _("e-mailadres")

    @property
    def is_pending(self):
        return self.status == MembershipStatus.PENDING
