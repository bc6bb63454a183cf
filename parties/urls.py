from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(pgettext_lazy("URL", "partij/"), views.request_party, name="member_party"),
    path(pgettext_lazy("URL", "partij/intrekken/"), views.withdraw, name="member_party_withdraw"),
]
