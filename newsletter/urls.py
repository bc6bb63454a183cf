from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(
        pgettext_lazy("URL", "nieuwsbrief/aanmelden/"), views.subscribe, name="newsletter_subscribe"
    ),
    path(
        pgettext_lazy("URL", "nieuwsbrief/mijn-aanmelding/"),
        views.member_subscribe,
        name="newsletter_member_subscribe",
    ),
    path(
        pgettext_lazy("URL", "nieuwsbrief/kijk-in-uw-mail/"),
        views.check_mail,
        name="newsletter_check_mail",
    ),
    path(
        pgettext_lazy("URL", "nieuwsbrief/bevestigen/<str:token>/"),
        views.confirm,
        name="newsletter_confirm",
    ),
    path(
        pgettext_lazy("URL", "nieuwsbrief/afmelden/<str:token>/"),
        views.unsubscribe,
        name="newsletter_unsubscribe",
    ),
]
