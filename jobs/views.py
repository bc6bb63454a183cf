from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .reports import FailedTasksView
from .retries import retry_by_hand


@require_POST
def retry_task(request, result_id):
    if not FailedTasksView.permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    if retry_by_hand(result_id):
        messages.success(request, _("De taak staat weer in de wachtrij."))
    else:
        messages.warning(request, _("Deze taak is niet meer mislukt; er is niets gedaan."))
    return redirect("jobs_failed_tasks")
