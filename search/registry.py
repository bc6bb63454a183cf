"""The search registry: which models join the search and how their results are shown.

Content apps never import search (dependencies point content ← search). Instead each model
says, in class attributes and methods that this module discovers through Django's app
registry, what it is to readers:

    search_type_key = "guide"            # the type facet's value in URLs and the API
    search_type_label = _("Gids")        # the type shown beside a result (default verbose_name)
    search_weight = 1.0                  # page-type weighting: answers 1.0, signposts lower
    def search_result_weight(self): ...  # optional: the weight of one page (overrides the above)
    search_members_only = False          # True: never indexed, never found (e.g. the forum)
    search_is_topic = False              # True: pages below it belong to its topic
    def search_date(self): ...           # the date shown with a result (default: published)
    def search_topic(self): ...          # optional: its topic page, where not its ancestor

A model that is not a page but whose text pages carry (a snippet chosen into pages, e.g. the
signpost's resources, indexed through a search field of the pages) declares

    def search_dependent_pages(self): ...  # the pages to index again when it is saved

What is indexed is the model's Wagtail `search_fields` (pages) or its title, description and
tags (files). Every live, public page model and the document model join; one with
`search_members_only = True` never does. All three engines read the same SearchDocuments, so
a section that declares these joins the search on SQLite, PostgreSQL and OpenSearch alike.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.apps import apps
from wagtail.documents import get_document_model
from wagtail.models import Page

DEFAULT_WEIGHT = 1.0


@dataclass(frozen=True)
class SearchType:
    model: type
    key: str
    weight: float
    members_only: bool
    is_topic: bool

    @property
    def label(self):
        return str(getattr(self.model, "search_type_label", None) or self.model._meta.verbose_name)

    @property
    def model_label(self):
        return self.model._meta.label


def search_type_of(model):
    meta = model._meta
    return SearchType(
        model=model,
        key=getattr(model, "search_type_key", None) or meta.model_name,
        weight=float(getattr(model, "search_weight", DEFAULT_WEIGHT)),
        members_only=bool(getattr(model, "search_members_only", False)),
        is_topic=bool(getattr(model, "search_is_topic", False)),
    )


@lru_cache(maxsize=1)
def _types():
    file_model = get_document_model()
    found = {}
    for model in apps.get_models():
        if (issubclass(model, Page) and model is not Page) or model is file_model:
            found[model._meta.label] = search_type_of(model)
    return found


def reset():
    """Forget the discovered types (after models change, e.g. in tests)."""
    _types.cache_clear()


def search_types():
    """{model label: SearchType} of every model that may join the search."""
    return _types()


def type_for(model):
    """The SearchType of a page or file model (Page itself: a plain page)."""
    label = model._meta.label
    return _types().get(label) or search_type_of(model)


def types_by_key():
    return {t.key: t for t in _types().values() if not t.members_only}


def label_for_key(key):
    found = types_by_key().get(key)
    return found.label if found else key


def topic_models():
    return [t.model for t in _types().values() if t.is_topic]


def is_members_only(page):
    """A members-only page, or one below a members-only page, is never indexed."""
    if type_for(page.specific_class).members_only:
        return True
    members_only = [t.model for t in _types().values() if t.members_only]
    if not members_only:
        return False
    ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1)
    return any(ancestor.specific_class in members_only for ancestor in ancestors)


def weight_of(obj):
    """The page-type weight of one page or file: its search_result_weight() when the model has
    one (a topic without guides is the answer, not a signpost), else its type's weight."""
    method = getattr(obj, "search_result_weight", None)
    if callable(method):
        return float(method())
    return type_for(obj.__class__).weight


def result_date(obj):
    """The date shown with a result: the model's search_date(), else its last publication."""
    method = getattr(obj, "search_date", None)
    value = method() if callable(method) else getattr(obj, "last_published_at", None)
    if value is None:
        value = getattr(obj, "created_at", None)
    return value.date() if hasattr(value, "date") else value


def dependent_models():
    """Models whose saving changes what some pages say in the search (search_dependent_pages)."""
    return [
        model
        for model in apps.get_models()
        if not issubclass(model, Page) and callable(getattr(model, "search_dependent_pages", None))
    ]
