from django.conf import settings
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton

from accounts.registry import ERASURE, EXPORT, PANELS, MemberPanel

from .admin_views import SubscriberExportView, SubscriberImportView, send_issue
from .forms import CONSENT_TEXT
from .models import NewsletterIssuePage, Subscriber
from .tokens import unsubscribe_url


@hooks.register("register_admin_urls")
def send_urls():
    return [path("newsletter/issue/<int:page_id>/send/", send_issue, name="newsletter_send")]


def send_button(page, user):
    if page.specific_class is NewsletterIssuePage and page.permissions_for_user(user).can_publish():
        yield Button(
            _("Verzenden"),
            reverse("newsletter_send", args=[page.pk]),
            icon_name="mail",
            priority=80,
        )


@hooks.register("register_page_header_buttons")
def issue_header_button(page, user, view_name, next_url=None):
    yield from send_button(page, user)


@hooks.register("register_page_listing_more_buttons")
def issue_listing_button(page, user, next_url=None):
    yield from send_button(page, user)


class SubscriberIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("newsletter.add_subscriber"):
            url = reverse("newsletter_subscriber:import")
            buttons.append(HeaderButton(_("Importeren"), url=url, icon_name="upload"))
        url = reverse("newsletter_subscriber:export")
        buttons.append(HeaderButton(_("Exporteren (CSV)"), url=url, icon_name="download"))
        return buttons


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Nieuwsbriefabonnees")
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    form_fields = ["email", "name", "party", "language", "status"]
    list_display = ["email", "name", "language", "status", "source", "confirmed_at"]
    list_filter = ["language", "status", "source"]
    search_fields = ["email", "name"]
    search_backend_name = None
    inspect_view_enabled = True

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", SubscriberImportView.as_view(), name="import"),
            path("export/", SubscriberExportView.as_view(), name="export"),
        ]


@hooks.register("register_admin_viewset")
def register_subscribers():
    return SubscriberViewSet("newsletter_subscriber", url_prefix="newsletter/subscribers")


def member_subscriptions(user):
    if not user.email:
        return Subscriber.objects.none()
    return Subscriber.objects.filter(email=user.email.lower())


@hooks.register(PANELS)
def newsletter_panel(request):
    subscriptions = [
        (subscription, unsubscribe_url(subscription.pk, subscription.language))
        for subscription in member_subscriptions(request.user)
    ]
    confirmed = {s.language for s, _url in subscriptions if s.status == Subscriber.Status.CONFIRMED}
    return MemberPanel(
        "newsletter",
        _("Mijn nieuwsbrief"),
        "newsletter/panels/subscription.html",
        {
            "subscriptions": subscriptions,
            "can_subscribe": [code for code, _name in settings.LANGUAGES if code not in confirmed],
            "consent_text": CONSENT_TEXT,
        },
        order=60,
    )


@hooks.register(EXPORT)
def subscription_data(user):
    return {
        "newsletter_subscriptions": [
            {
                "email": s.email,
                "name": s.name,
                "language": s.language,
                "status": s.status,
                "consent_at": s.consent_at.isoformat(),
                "consent_text": s.consent_text,
                "confirmed_at": s.confirmed_at.isoformat() if s.confirmed_at else None,
            }
            for s in member_subscriptions(user)
        ]
    }


@hooks.register(ERASURE)
def erase_subscriptions(user):
    member_subscriptions(user).delete()
