"""GET /api/search/ and /api/search/autocomplete/ for the decoupled app (OpenAPI at
/api/search/openapi.json). Both use the same query service as the /zoeken/ page; errors are
problem details (api/problems.py)."""

from ninja import NinjaAPI, Schema
from ninja.errors import HttpError

from guides.models import TopicPage
from search import querylog
from search.analysis import language_of
from search.autocomplete import suggest_titles
from search.query import clean_query
from search.service import SearchInputError, SearchRequest, locale_for, search

from . import ninja_problems
from .openapi_amendments import amend, long_request_lines_refused, search_parameter_choices
from .problems import Problem

api = NinjaAPI(
    title="Kennispunt zoeken",
    version="1.0",
    description="Zoeken in de gidsen en onderwerpen van het Kennispunt.",
    urls_namespace="search_api",
    docs_url=None,
)
ninja_problems.install(api)
ninja_problems.with_documented_errors(api)
amend(api, search_parameter_choices, long_request_lines_refused)


class TopicOut(Schema):
    slug: str
    name: str


class ItemOut(Schema):
    id: int
    type: str
    title: str
    url: str
    topic: TopicOut | None
    snippet: str


class SearchOut(Schema):
    count: int
    page: int
    num_pages: int
    items: list[ItemOut]
    facets: dict[str, dict[str, int]]
    suggestion: str | None


class SuggestionOut(Schema):
    id: int
    title: str
    url: str


class AutocompleteOut(Schema):
    query: str
    suggestions: list[SuggestionOut]


ErrorOut = Problem


def item(hit, request):
    """A result: a page, or a file (type documents.KennispuntDocument, url = download URL)."""
    topic = {"slug": hit.topic_slug, "name": hit.topic_name} if hit.topic_slug else None
    if hit.is_file:
        file = hit.file
        return {
            "id": file.id,
            "type": file._meta.label,
            "title": file.title,
            "url": file.url,
            "topic": None,
            "snippet": str(hit.snippet),
        }
    page = hit.page
    return {
        "id": page.id,
        "type": page.specific_class._meta.label,
        "title": page.title,
        "url": page.get_url(request=request) or "",
        "topic": topic,
        "snippet": str(hit.snippet),
    }


def topic_in_locale(slug, language_code):
    """A topic's slug in another language means the same topic in this one: a reader who
    switches language keeps the filter, and every slug the OpenAPI document lists is valid
    with every `locale`. An unknown slug stays as it is (the service answers it with a 400)."""
    slug = slug.strip()
    topics = TopicPage.objects.live().public()
    if not slug or topics.filter(slug=slug, locale__language_code=language_code).exists():
        return slug
    other = topics.filter(slug=slug).values_list("translation_key", flat=True).first()
    if other is None:
        return slug
    translated = topics.filter(translation_key=other, locale__language_code=language_code)
    return translated.values_list("slug", flat=True).first() or slug


@api.get("/", response={200: SearchOut, 400: ErrorOut}, summary="Zoeken")
def search_pages(
    request, q: str = "", topic: str = "", locale: str = "nl", page: int = 1, type: str = ""
):
    """Ranked results with highlighted snippets (<mark>), topic facet counts and a spelling
    suggestion. Unknown topic or locale: 400."""
    topic = topic_in_locale(topic, locale)
    search_request = SearchRequest.from_raw(q, locale, topic, page, result_type=type)
    try:
        response = search(search_request)
    except SearchInputError as error:
        raise HttpError(400, str(error)) from error
    if search_request.text and search_request.page == 1:
        request.search_log = (search_request.text, language_of(locale), response.count)
        querylog.count(*request.search_log)
    return {
        "count": response.count,
        "page": response.page_number,
        "num_pages": response.num_pages,
        "items": [item(hit, request) for hit in response.hits],
        "facets": {"topic": response.facets, "type": response.types},
        "suggestion": response.suggestion,
    }


@api.get("/autocomplete/", response={200: AutocompleteOut, 400: ErrorOut}, summary="Aanvullen")
def autocomplete(request, q: str = "", locale: str = "nl"):
    """Titles of live, public pages with a word that starts with the typed letters."""
    text = clean_query(q)[:50]
    try:
        locale_for(locale)
    except SearchInputError as error:
        raise HttpError(400, str(error)) from error
    pages = suggest_titles(text, language_of(locale))
    suggestions = [
        {"id": p.id, "title": p.title, "url": p.get_url(request=request) or ""} for p in pages
    ]
    return {"query": text, "suggestions": suggestions}
