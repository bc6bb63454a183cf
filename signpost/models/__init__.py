from .pages import DossierPage, DossierResourceLink, RolePage, RoleResourceLink, SignpostPage
from .resources import Resource

__all__ = [
    "DossierPage",
    "DossierResourceLink",
    "Resource",
    "RolePage",
    "RoleResourceLink",
    "SignpostPage",
]
