from .pages import MaterialsVisibility, TrainingIndexPage, TrainingMaterial, TrainingPage
from .registrations import ACTIVE_STATUSES, Registration, RegistrationStatus, TrainingRequest
from .sessions import SessionStatus, TrainingSession

__all__ = [
    "ACTIVE_STATUSES",
    "MaterialsVisibility",
    "Registration",
    "RegistrationStatus",
    "SessionStatus",
    "TrainingIndexPage",
    "TrainingMaterial",
    "TrainingPage",
    "TrainingRequest",
    "TrainingSession",
]
