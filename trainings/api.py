"""What the API shows of training pages, fetched in bulk for a page of results: the sessions
(with their province) and the seats left, in a fixed number of queries (api/prefetch.py)."""

from django.db.models import Prefetch, prefetch_related_objects

from .models import TrainingPage, TrainingSession
from .models.agenda import seats_left_by_uid


def prefetch_sessions(pages):
    prefetch_related_objects(
        pages,
        Prefetch("sessions", queryset=TrainingSession.objects.select_related("province")),
    )
    left = seats_left_by_uid([session for page in pages for session in page.sessions.all()])
    for page in pages:
        page._seats_left = left


PREFETCH = {TrainingPage: prefetch_sessions}
SELECT_RELATED = {}
