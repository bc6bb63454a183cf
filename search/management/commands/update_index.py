from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as WagtailUpdateIndex,
)

from search.documents import rebuild


class Command(WagtailUpdateIndex):
    """Wagtail's update_index (the admin's indexes), then the readers' search index: the
    SearchDocuments and, when SEARCH_URL is set, the node's index built from them."""

    def handle(self, **options):
        super().handle(**options)
        count = rebuild()
        if options.get("verbosity", 1):
            self.stdout.write(f"{count} zoekdocumenten opgebouwd.")
