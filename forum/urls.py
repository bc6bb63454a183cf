from django.urls import path
from django.utils.translation import pgettext_lazy

from . import moderation_views, views

urlpatterns = [
    path("", views.index, name="forum_index"),
    path(pgettext_lazy("URL", "gedragscode/"), views.conduct, name="forum_conduct"),
    path(pgettext_lazy("URL", "nieuw/"), views.new_activity, name="forum_new"),
    path(pgettext_lazy("URL", "zoeken/"), views.search, name="forum_search"),
    path(pgettext_lazy("URL", "categorie/<slug:slug>/"), views.category, name="forum_category"),
    path(
        pgettext_lazy("URL", "categorie/<slug:slug>/nieuw/"),
        views.new_thread,
        name="forum_new_thread",
    ),
    path(pgettext_lazy("URL", "onderwerp/<int:pk>/"), views.thread_view, name="forum_thread"),
    path(pgettext_lazy("URL", "bericht/<int:pk>/bewerken/"), views.edit_post, name="forum_edit"),
    path(pgettext_lazy("URL", "bericht/<int:pk>/antwoord/"), views.answer, name="forum_answer"),
    path(pgettext_lazy("URL", "bericht/<int:pk>/melden/"), views.report, name="forum_report"),
    path(
        "volgen/<str:kind>/<int:pk>/", views.follow, name="forum_follow"
    ),  # kind: onderwerp | categorie
    path(pgettext_lazy("URL", "bijlage/<int:pk>/"), views.attachment, name="forum_attachment"),
    path(pgettext_lazy("URL", "moderatie/"), moderation_views.queue, name="forum_moderation"),
    path(
        "moderatie/bericht/<int:pk>/<str:action>/",
        moderation_views.post_action,
        name="forum_moderate_post",
    ),
    path(
        "moderatie/onderwerp/<int:pk>/<str:action>/",
        moderation_views.thread_action,
        name="forum_moderate_thread",
    ),
    path(
        "moderatie/lid/<int:user_id>/schorsen/",
        moderation_views.suspend,
        name="forum_suspend",
    ),
]
