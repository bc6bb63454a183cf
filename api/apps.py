from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The HTTP API: v2 router, v3, search API, site endpoints, preview."""

    name = "api"
    verbose_name = _("API")

    def ready(self):
        # Before Wagtail's v3 registry builds the page schemas (on the first import of
        # wagtail.api.v3.registry, when the URLs load), so they use the typed blocks.
        from wagtail.api.v3.schemas.generators.read import read_generator
        from wagtail.fields import StreamField

        from .streamfield_schema import typed_streamfield_schema

        read_generator.register_field_schema(StreamField, typed_streamfield_schema)
