"""Routing a URL to its page in one query instead of two per level of the tree.

Wagtail's `Page.route` fetches each child by slug and then its specific page, level by level
(a guide four levels down costs eight queries). A site's root page with `DirectRouteMixin`
fetches every page on the path at once by `url_path`, which Wagtail keeps in step with the
slugs, and only the last one as its specific type. A page on the way whose type routes on its
own (RoutablePageMixin, a custom `route`) gets the rest of the path, as with Wagtail.
"""

from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site


def routed_ancestors(page):
    """`page` and the pages above it up to its site's root (depth 2), as routing found them
    (each with `_cached_parent_obj`), or None where the chain is not known."""
    chain = [page]
    while chain[-1].depth > 2:
        parent = getattr(chain[-1], "_cached_parent_obj", None)
        if parent is None:
            return None
        chain.append(parent)
    return chain


def routes_itself(page_class):
    return page_class is not None and page_class.route is not Page.route


def path_prefixes(root_url_path, path_components):
    prefixes = []
    url_path = root_url_path
    for component in path_components:
        url_path += f"{component}/"
        prefixes.append(url_path)
    return prefixes


def route_path(root, request, path_components, on_path=None):
    """Route `path_components` (at least one) below `root` in two queries: every page on the
    path by `url_path` (unless given, `{(url_path, depth): page}`), then the last one as its
    specific type."""
    prefixes = path_prefixes(root.url_path, path_components)
    if on_path is None:
        pages = Page.objects.filter(url_path__in=prefixes, path__startswith=root.path)
        on_path = {(page.url_path, page.depth): page for page in pages}
    parent = root
    for level, url_path in enumerate(prefixes):
        if level and routes_itself(parent.specific_class):
            return parent.specific.route(request, path_components[level:])
        child = on_path.get((url_path, root.depth + level + 1))
        if child is None or not child.path.startswith(root.path):
            raise Http404
        child._cached_parent_obj = parent
        parent = child
    page = specific_with_related(parent)
    page._cached_parent_obj = parent._cached_parent_obj
    return page.route(request, [])


def specific_with_related(page):
    """`page` as its specific type, with its locale and the relations its class names in
    `route_select_related` joined."""
    model = page.specific_class
    if model is None:
        raise Http404
    related = ["locale", *getattr(model, "route_select_related", ())]
    return model._base_manager.select_related(*related).get(pk=page.pk)


class DirectRouteMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_path(self, request, path_components)


def route_for_request(request, path):
    """Wagtail's `Page.route_for_request`, with the site's root page in the reader's language
    found in the same query as the pages on the path (by its `url_path`, from Wagtail's cached
    site root paths) when it routes with DirectRouteMixin: no query for the locale, the
    translation of the root page or its specific type."""
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = _route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def localized_root_path(site):
    """The `url_path` of the site's root page in the active language, or None."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    for root_path in Site.get_site_root_paths():
        if root_path.site_id == site.id and root_path.language_code == language:
            return root_path.root_path
    return None


def _route(request, path):
    site = Site.find_for_request(request)
    if not site:
        return None
    path_components = [component for component in path.split("/") if component]
    root_path = localized_root_path(site)
    if root_path is not None:
        root, on_path = site.root_page, None
        if root_path != root.url_path:  # the root page in another language
            prefixes = [root_path, *path_prefixes(root_path, path_components)]
            pages = Page.objects.filter(url_path__in=prefixes)
            on_path = {(page.url_path, page.depth): page for page in pages}
            root = next((page for (url, _), page in on_path.items() if url == root_path), None)
        model = root.specific_class if root is not None else None
        if root is not None and root.live and model and issubclass(model, DirectRouteMixin):
            if path_components:
                return route_path(root, request, path_components, on_path)
            return specific_with_related(root).route(request, [])
    # Wagtail's own way (a root page in draft in this language is served in the site's).
    return site.root_page.localized.specific.route(request, path_components)


def install():
    Page.route_for_request = staticmethod(route_for_request)
