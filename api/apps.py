from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The HTTP API: v2 router, v3, search API, site endpoints, preview."""

    name = "api"
    verbose_name = "API"  # a name, the same in every language

    def ready(self):
        # Before Wagtail's v3 registry builds the page schemas (on the first import of
        # wagtail.api.v3.registry, when the URLs load), so they use the typed blocks.
        from wagtail.api.v3.schemas.generators.read import read_generator
        from wagtail.fields import StreamField

        from .streamfield_schema import typed_streamfield_schema

        read_generator.register_field_schema(StreamField, typed_streamfield_schema)
