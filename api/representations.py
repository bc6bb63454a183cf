"""Pages as the v2 API shows them, each kept in the fragment cache (caching/fragments.py) until
content changes: a list or detail that misses the response cache (another offset, another
order, a first request after a change) serializes, and prefetches for, only the pages no
reader has asked for in that shape yet. Anonymous readers only, as every readers' cache."""

from caching.fragments import render_each_cached
from core.renditions import prefetched_media

from .prefetch import prefetch_for_api

# Parameters that choose which pages come, not how one page looks.
SELECTION_PARAMETERS = {"limit", "offset"}


def shape_of(view):
    """What a page's representation depends on besides the page: the endpoint, list or
    detail, and the parameters (fields, type, search …)."""
    request = view.request._request
    parameters = sorted(
        f"{name}={value}"
        for name, values in request.GET.lists()
        if name not in SELECTION_PARAMETERS
        for value in values
    )
    return ("api-v2-page", view.__class__.__name__, view.action or "", *parameters)


def page_representations(view, pages):
    """[representation] of `pages`, in order."""

    def serialize(missing):
        with prefetched_media(**prefetch_for_api(missing, view.get_base_queryset())):
            return view.get_serializer(missing, many=True).data

    items = [(page.pk, page) for page in pages]
    return render_each_cached(view.request._request, shape_of(view), items, serialize)
