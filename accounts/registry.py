"""What other apps add to a member's account, through Wagtail's hook registry, so this app
knows none of them.

- `member_panels`: `fn(request) -> MemberPanel | None`, a panel in Mijn Kennispunt (my party,
  my trainings, my questions, my forum activity, my newsletter subscription, ...).
- `member_data_export`: `fn(user) -> dict`, the app's part of the JSON a member downloads
  (AVG article 15); keys are the app's own.
- `member_data_erasure`: `fn(user) -> None`, called in the deletion's transaction before the
  account goes: remove or anonymise what the app holds about the member (AVG article 17), so
  the rest of the site keeps working (a forum post stays, under "verwijderd lid").

    @hooks.register("member_panels")
    def my_trainings_panel(request):
        return MemberPanel("trainings", _("Mijn trainingen"), "trainings/member_panel.html",
                           {"registrations": ...}, order=200)
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail import hooks

PANELS = "member_panels"
EXPORT = "member_data_export"
ERASURE = "member_data_erasure"


@dataclass
class MemberPanel:
    key: str
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100

    def render(self, request):
        return render_to_string(self.template, {**self.context, "panel": self}, request=request)


def member_panels(request):
    panels = [panel for fn in hooks.get_hooks(PANELS) if (panel := fn(request)) is not None]
    return sorted(panels, key=lambda panel: (panel.order, panel.key))


def member_data(user):
    data = {"exported_at": timezone.now().isoformat()}
    for fn in hooks.get_hooks(EXPORT):
        data.update(fn(user))
    return data


@transaction.atomic
def erase_member(user):
    """Runs every app's erasure, then deletes the account itself."""
    for fn in hooks.get_hooks(ERASURE):
        fn(user)
    get_user_model().objects.filter(pk=user.pk).delete()
