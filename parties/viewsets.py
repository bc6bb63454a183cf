"""The register in the Wagtail admin: parties, municipalities and membership requests."""

from django.db.models import Case, When
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button, HeaderButton

from .admin_memberships import ApproveView, RefuseView
from .admin_register import MergeView, RegisterExportView, RegisterImportView
from .models import LocalParty, Membership, MembershipStatus, Municipality


class PartyIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        user = self.request.user
        if user.has_perm("parties.add_localparty"):
            buttons.append(
                HeaderButton(
                    _("Importeren"), url=reverse("parties_localparty:import"), icon_name="upload"
                )
            )
        buttons.append(
            HeaderButton(
                _("Exporteren (CSV)"),
                url=reverse("parties_localparty:export"),
                icon_name="download",
            )
        )
        if user.has_perm("parties.change_localparty"):
            buttons.append(
                HeaderButton(
                    _("Fuseren"), url=reverse("parties_localparty:merge"), icon_name="group"
                )
            )
        return buttons


class LocalPartyViewSet(ModelViewSet):
    model = LocalParty
    icon = "group"
    menu_label = _("Lokale partijen")
    index_view_class = PartyIndexView
    form_fields = [
        "name",
        "short_name",
        "municipalities",
        "province",
        "website",
        "eligible",
        "status",
        "merged_into",
        "notes",
    ]
    list_display = [
        "name",
        "short_name",
        "municipality_names",
        "province",
        BooleanColumn("eligible", label=_("komt in aanmerking")),
        "status",
    ]
    list_filter = ["province", "status", "eligible"]
    search_fields = ["name", "short_name", "municipalities__name"]
    search_backend_name = None
    inspect_view_enabled = True
    ordering = ["name"]

    def get_queryset(self, request):
        return LocalParty.objects.select_related("province").prefetch_related("municipalities")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", RegisterImportView.as_view(), name="import"),
            path("export/", RegisterExportView.as_view(), name="export"),
            path("merge/", MergeView.as_view(), name="merge"),
        ]


class MunicipalityViewSet(ModelViewSet):
    """Read mostly: the list comes from CBS through `manage.py load_municipalities`."""

    model = Municipality
    icon = "site"
    menu_label = _("Gemeenten")
    form_fields = ["name", "province", "active", "successor", "ended_on"]
    list_display = ["name", "code", "province", BooleanColumn("active", label=_("bestaat nog"))]
    list_filter = ["province", "active"]
    search_fields = ["name", "code"]
    search_backend_name = None
    ordering = ["name"]


class MembershipIndexView(IndexView):
    def get_add_url(self):
        return None  # people ask themselves, in Mijn Kennispunt

    def get_list_buttons(self, instance):
        buttons = list(super().get_list_buttons(instance))
        if instance.status == MembershipStatus.PENDING and self.request.user.has_perm(
            "parties.change_membership"
        ):
            buttons[:0] = [
                Button(
                    _("Goedkeuren"),
                    url=reverse("parties_membership:approve", args=[instance.pk]),
                    icon_name="check",
                    priority=1,
                ),
                Button(
                    _("Afwijzen"),
                    url=reverse("parties_membership:refuse", args=[instance.pk]),
                    icon_name="cross",
                    priority=2,
                ),
            ]
        return buttons


class MembershipViewSet(ModelViewSet):
    """Requests to join a party, pending first; approval and refusal mail the person."""

    model = Membership
    icon = "user"
    menu_label = _("Lidmaatschapsaanvragen")
    index_view_class = MembershipIndexView
    form_fields = ["party", "role"]
    list_display = ["email", "party_label", "role", "status", "requested_at"]
    list_filter = ["status", "role"]
    search_fields = ["user__email", "requested_party_name", "party__name"]
    search_backend_name = None
    inspect_view_enabled = True

    def get_queryset(self, request):
        pending_first = Case(When(status=MembershipStatus.PENDING, then=0), default=1)
        return (
            Membership.objects.select_related("user", "party")
            .annotate(pending_first=pending_first)
            .order_by("pending_first", "-requested_at")
        )

    @property
    def add_view(self):
        return RedirectView.as_view(pattern_name="parties_membership:index")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", ApproveView.as_view(), name="approve"),
            path("refuse/<int:pk>/", RefuseView.as_view(), name="refuse"),
        ]


class RegisterViewSetGroup(ModelViewSetGroup):
    menu_label = _("Partijregister")
    menu_icon = "group"
    menu_order = 250
    items = (
        MembershipViewSet("parties_membership"),
        LocalPartyViewSet("parties_localparty"),
        MunicipalityViewSet("parties_municipality"),
    )
