"""JSON only outside development: Django REST framework's browsable HTML API (forms, the
full query in the page, its own scripts) is a development aid, not part of the public API."""

from django.conf import settings
from django.utils.functional import classproperty
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer


class JsonOutsideDebug:
    @classproperty
    def renderer_classes(cls):
        return [JSONRenderer, BrowsableAPIRenderer] if settings.DEBUG else [JSONRenderer]
