"""The members' forum: plain Django models, not Wagtail pages, so nothing here reaches the pages
API, the sitemap or the site search. Content stays when its author goes (author NULL:
"verwijderd lid"); what is about the person (follows, visits, suspensions) goes with them."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

USER = settings.AUTH_USER_MODEL


def private_storage():
    """Attachments live outside MEDIA_ROOT: only the attachment view serves them, to members."""
    return FileSystemStorage(location=settings.FORUM_MEDIA_ROOT, base_url=None)


def translated(obj, field):
    value = getattr(obj, f"{field}_en") if get_language() == "en" else ""
    return value or getattr(obj, f"{field}_nl")


class Category(models.Model):
    name_nl = models.CharField(_("naam"), max_length=100)
    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)
    description_nl = models.CharField(_("omschrijving"), max_length=300, blank=True)
    description_en = models.CharField(_("omschrijving (Engels)"), max_length=300, blank=True)
    slug = models.SlugField(_("korte naam in de URL"), unique=True)
    topic = models.ForeignKey(
        "guides.TopicPage",
        verbose_name=_("onderwerp in de gidsen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    order = models.PositiveIntegerField(_("volgorde"), default=100)

    class Meta:
        ordering = ["order", "name_nl"]
        verbose_name = _("forumcategorie")
        verbose_name_plural = _("forumcategorieën")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return translated(self, "name")

    @property
    def description(self):
        return translated(self, "description")


class Thread(models.Model):
    category = models.ForeignKey(
        Category, verbose_name=_("categorie"), on_delete=models.PROTECT, related_name="threads"
    )
    title = models.CharField(_("titel"), max_length=200)
    author = models.ForeignKey(
        USER, verbose_name=_("auteur"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    locked = models.BooleanField(_("gesloten"), default=False)
    created_at = models.DateTimeField(_("geopend op"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("laatste activiteit"), default=timezone.now)

    class Meta:
        ordering = ["-last_activity_at"]
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")
        permissions = [("moderate_forum", _("Kan het forum modereren"))]

    def __str__(self):
        return self.title


class PostQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden=False, pending=False)


class Post(models.Model):
    thread = models.ForeignKey(
        Thread, verbose_name=_("onderwerp"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        USER, verbose_name=_("auteur"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("tekst"), max_length=20000)
    created_at = models.DateTimeField(_("geplaatst op"), default=timezone.now)
    edited_at = models.DateTimeField(_("bewerkt op"), null=True, blank=True)
    is_answer = models.BooleanField(_("antwoord"), default=False)
    pending = models.BooleanField(_("wacht op goedkeuring"), default=False)
    hidden = models.BooleanField(_("verborgen"), default=False)
    moderation_note = models.TextField(_("toelichting van de moderator"), blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")

    def __str__(self):
        return f"{self.thread} #{self.pk}"


class Attachment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=private_storage, upload_to="attachments/%Y/%m/")
    name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()

    def __str__(self):
        return self.name

    @property
    def is_image(self):
        return self.content_type.startswith("image/")


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("direct")
    DAILY = "daily", _("dagelijks overzicht")


class Follow(models.Model):
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_follows")
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE)
    category = models.ForeignKey(Category, null=True, blank=True, on_delete=models.CASCADE)
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(thread__isnull=True) ^ Q(category__isnull=True),
                name="forum_follow_thread_or_category",
            ),
            models.UniqueConstraint(fields=["user", "thread"], name="forum_follow_thread_once"),
            models.UniqueConstraint(fields=["user", "category"], name="forum_follow_category_once"),
        ]

    def __str__(self):
        return f"{self.user_id} → {self.thread_id or self.category_id}"


class DigestItem(models.Model):
    """A post waiting for a follower's daily digest."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "post"], name="forum_digest_once")]

    def __str__(self):
        return f"{self.user_id} ← {self.post_id}"


class LastVisit(models.Model):
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "thread"], name="forum_visit_once")]

    def __str__(self):
        return f"{self.user_id} @ {self.thread_id}"


class Report(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.TextField(_("reden"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")

    def __str__(self):
        return f"{self.post_id}: {self.reason[:40]}"


class ModerationAction(models.Model):
    class Kind(models.TextChoices):
        HIDE = "hide", _("verborgen")
        RESTORE = "restore", _("teruggezet")
        APPROVE = "approve", _("goedgekeurd")
        DISMISS = "dismiss", _("melding afgehandeld")
        LOCK = "lock", _("gesloten")
        UNLOCK = "unlock", _("heropend")
        MOVE = "move", _("verplaatst")
        SUSPEND = "suspend", _("geschorst")
        LIFT = "lift", _("schorsing opgeheven")

    kind = models.CharField(_("handeling"), max_length=10, choices=Kind.choices)
    moderator = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.SET_NULL)
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.SET_NULL)
    member = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("toelichting"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.kind} {self.created_at:%Y-%m-%d}"


class Suspension(models.Model):
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="forum_suspensions")
    until = models.DateTimeField(_("tot"))
    reason = models.TextField(_("reden"), max_length=2000)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.user_id} → {self.until:%Y-%m-%d}"


class CodeOfConductAcceptance(models.Model):
    user = models.OneToOneField(USER, on_delete=models.CASCADE, related_name="forum_conduct")
    accepted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.user_id} {self.accepted_at:%Y-%m-%d}"
