"""Routing a URL to its page in one query instead of two per level of the tree.

Wagtail's `Page.route` fetches each child by slug and then its specific page, level by level
(a guide four levels down costs eight queries). A site's root page with `DirectRouteMixin`
fetches every page on the path at once by `url_path`, which Wagtail keeps in step with the
slugs, and only the last one as its specific type. A page on the way whose type routes on its
own (RoutablePageMixin, a custom `route`) gets the rest of the path, as with Wagtail.
"""

from django.http import Http404
from wagtail.models import Page


def routes_itself(page_class):
    return page_class is not None and page_class.route is not Page.route


class DirectRouteMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = []
        url_path = self.url_path
        for component in path_components:
            url_path += f"{component}/"
            prefixes.append(url_path)
        on_path = {
            (page.url_path, page.depth): page
            for page in Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
        }
        parent = self
        for level, url_path in enumerate(prefixes):
            if level and routes_itself(parent.specific_class):
                return parent.specific.route(request, path_components[level:])
            child = on_path.get((url_path, self.depth + level + 1))
            if child is None:
                raise Http404
            child._cached_parent_obj = parent
            parent = child
        page = parent.specific_class._base_manager.select_related("locale").get(pk=parent.pk)
        page._cached_parent_obj = parent._cached_parent_obj
        return page.route(request, [])
