from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path("", views.member_home, name="member_home"),
    path(pgettext_lazy("URL", "gegevens/"), views.profile, name="member_profile"),
    path(pgettext_lazy("URL", "mijn-gegevens.json"), views.export, name="member_export"),
    path(pgettext_lazy("URL", "account-verwijderen/"), views.delete, name="member_delete"),
]
