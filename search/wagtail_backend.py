"""Wagtail's OpenSearch 2 backend (named in WAGTAILSEARCH_BACKENDS by search.conf): the
indexes Wagtail keeps for the admin's search, with an English sub-field next to every Dutch text
field, and keyword arguments for opensearch-py 3 (which no longer takes positional index names).
Readers' searches go to search.engines.opensearch."""

import contextlib

from modelsearch.backends.opensearch2 import (
    OpenSearch2Index,
    OpenSearch2Mapping,
    OpenSearch2SearchBackend,
    OpenSearch2SearchQueryCompiler,
)


def add_english(properties):
    """An English sub-field for every analysed text field; offsets for fast highlighting."""
    for mapping in properties.values():
        if mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["fields"] = {
                "en": {"type": "text", "analyzer": "kennispunt_english", "index_options": "offsets"}
            }
            mapping["index_options"] = "offsets"
        if mapping.get("type") == "nested":
            add_english(mapping["properties"])


class KennispuntMapping(OpenSearch2Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        add_english(mapping["properties"])
        return mapping


class KennispuntIndex(OpenSearch2Index):
    def put(self):
        self.es.indices.create(index=self.name, body=self.backend.settings)

    def delete(self):
        with contextlib.suppress(self.backend.NotFoundError):
            self.es.indices.delete(index=self.name)

    def refresh(self):
        self.es.indices.refresh(index=self.name)

    def exists(self):
        return self.es.indices.exists(index=self.name)

    def add_item(self, item):
        mapping = self.mapping_class(item.__class__)
        self.es.index(
            index=self.name, body=mapping.get_document(item), id=mapping.get_document_id(item)
        )


class KennispuntQueryCompiler(OpenSearch2SearchQueryCompiler):
    mapping_class = KennispuntMapping


class KennispuntOpenSearchBackend(OpenSearch2SearchBackend):
    mapping_class = KennispuntMapping
    index_class = KennispuntIndex
    query_compiler_class = KennispuntQueryCompiler


SearchBackend = KennispuntOpenSearchBackend
