from django.template.response import TemplateResponse
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from . import querylog
from .analysis import language_of
from .results import SearchResponse
from .service import SearchInputError, SearchRequest
from .service import search as run_search

TOPIC_PARAMETERS = ("onderwerp", "topic")


def topic_parameter():
    """The topic filter's name in the reader's language (onderwerp, topic); both are read."""
    return pgettext("URL parameter", "onderwerp")


def requested_topic(request):
    for name in (topic_parameter(), *TOPIC_PARAMETERS):
        if request.GET.get(name):
            return request.GET[name]
    return None


def empty_state_topics(language_code):
    from guides.models import TopicPage

    return TopicPage.objects.live().public().filter(locale__language_code=language_code)


def search(request):
    language_code = get_language() or "nl"
    search_request = SearchRequest.from_raw(
        request.GET.get("q"),
        language_code,
        requested_topic(request),
        request.GET.get("page"),
        result_type=request.GET.get("type"),
    )
    message = None
    try:
        response = run_search(search_request)
    except SearchInputError as error:
        if error.field == "type":
            message = _("Deze soort kennen we niet; we zoeken in alle soorten.")
            search_request.result_type = None
            response = run_search(search_request)
        elif error.field != "topic":
            response = SearchResponse(query=search_request.text)
            message = _("Zoeken is in deze taal nog niet beschikbaar.")
        else:
            message = _("Dit onderwerp kennen we niet; we zoeken in alle onderwerpen.")
            search_request.topic = None
            response = run_search(search_request)
    promotions = querylog.promotions(search_request.text) if search_request.page == 1 else []
    if search_request.text and search_request.page == 1:
        request.search_log = (search_request.text, language_of(language_code), response.count)
        querylog.count(*request.search_log)
    promoted_ids = {pick.page_id for pick in promotions if pick.page_id}
    topic_pages = []
    if search_request.text and not response.hits and not promotions:
        topic_pages = empty_state_topics(language_code)
    hits = [hit for hit in response.hits if hit.page_id not in promoted_ids]
    context = {
        "query": search_request.text,
        "topic": search_request.topic,
        "topic_parameter": topic_parameter(),
        "result_type": search_request.result_type,
        "response": response,
        "hits": hits,
        "promotions": promotions,
        "message": message,
        "topic_pages": topic_pages,
    }
    return TemplateResponse(request, "search/search.html", context)
