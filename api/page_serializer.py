"""Wagtail's v2 page serializer, with the parent page taken from what api.prefetch fetched
for every page of the response (Wagtail fetches each page's parent and then asks whether the
reader may see it: two queries a page)."""

from wagtail.api.v2.serializers import PageParentField, PageSerializer

NOT_FETCHED = object()


class PrefetchedParentField(PageParentField):
    def get_attribute(self, instance):
        parent = getattr(instance, "_prefetched_visible_parent", NOT_FETCHED)
        if parent is NOT_FETCHED:
            return super().get_attribute(instance)
        return parent


class PrefetchedPageSerializer(PageSerializer):
    parent = PrefetchedParentField(read_only=True)
