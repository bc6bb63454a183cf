from .pages import FAQEntryPage, FAQIndexPage, HelpdeskPage
from .questions import (
    OPEN_STATUSES,
    EventKind,
    Question,
    QuestionEvent,
    ReferenceCounter,
    Status,
)

__all__ = [
    "OPEN_STATUSES",
    "EventKind",
    "FAQEntryPage",
    "FAQIndexPage",
    "HelpdeskPage",
    "Question",
    "QuestionEvent",
    "ReferenceCounter",
    "Status",
]
