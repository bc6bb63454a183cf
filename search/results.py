"""What a search returns, shared by the HTML page and the API."""

from dataclasses import dataclass, field


@dataclass
class Ranking:
    ids: list
    facets: dict


@dataclass
class Hit:
    """A found page (page_id) or downloadable file (file_id), with its highlighted snippet."""

    page_id: int | None
    snippet: str
    topic_slug: str = ""
    topic_name: str = ""
    page: object = None
    file_id: int | None = None
    file: object = None

    @property
    def is_file(self):
        return self.file_id is not None


@dataclass
class SearchResponse:
    query: str
    count: int = 0
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    topic_names: dict = field(default_factory=dict)
    topic_ids: dict = field(default_factory=dict)
    suggestion: str | None = None
    page_number: int = 1
    num_pages: int = 1
    backend: str = "database"

    @property
    def has_previous(self):
        return self.page_number > 1

    @property
    def has_next(self):
        return self.page_number < self.num_pages

    @property
    def topic_facets(self):
        """[(slug, name, count)] by count, then name."""
        items = [(slug, self.topic_names.get(slug, slug), n) for slug, n in self.facets.items()]
        return sorted(items, key=lambda item: (-item[2], item[1]))
