from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from .query import PageSearch, clean_query

RESULTS_PER_PAGE = 10


def search(request):
    query = clean_query(request.GET.get("q"))
    results = PageSearch(query).results()
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request, "search/search.html", {"query": query, "results": page, "paginator": paginator}
    )
