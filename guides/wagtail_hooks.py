from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .reports import GuidesDueForReviewView


@hooks.register("register_reports_menu_item")
def register_guides_due_for_review_menu_item():
    return AdminOnlyMenuItem(
        _("Gidsen om te controleren"),
        reverse("guides_due_for_review"),
        icon_name=GuidesDueForReviewView.header_icon,
        order=700,
    )


@hooks.register("register_admin_urls")
def register_guides_due_for_review_url():
    return [
        path(
            "reports/guides-due-for-review/",
            GuidesDueForReviewView.as_view(),
            name="guides_due_for_review",
        ),
        path(
            "reports/guides-due-for-review/results/",
            GuidesDueForReviewView.as_view(results_only=True),
            name="guides_due_for_review_results",
        ),
    ]
