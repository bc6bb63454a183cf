"""What the API shows of guides and topics, fetched in bulk for a page of results: the
relations to join, and the prefetches for tags, related guides, topic images and guide counts.
(How each field looks is in serializers.py; the endpoints are in the api package.)"""

from django.db.models import Prefetch, prefetch_related_objects

from .models import GuidePage, GuidePageTag, TopicPage, with_guide_counts

SELECT_RELATED = {GuidePage: ("topic", "content_owner"), TopicPage: ("image",)}


def prefetch_related_guides(guides):
    if len(guides) == 1:
        # One guide (a detail): its related guides in one query.
        guides[0]._prefetched_related_guides = guides[0].related_guides
        return
    prefetch_related_objects(guides, "related_guide_links")
    ids = {link.guide_id for guide in guides for link in guide.related_guide_links.all()}
    key_of = dict(GuidePage.objects.filter(id__in=ids).values_list("id", "translation_key"))
    candidates = (
        GuidePage.objects.live()
        .public()
        .filter(translation_key__in=set(key_of.values()))
        .select_related("topic")
        .defer_streamfields()
    )
    by_locale_key = {(guide.locale_id, guide.translation_key): guide for guide in candidates}
    for guide in guides:
        keys = [key_of.get(link.guide_id) for link in guide.related_guide_links.all()]
        guide._prefetched_related_guides = [
            by_locale_key[(guide.locale_id, key)]
            for key in keys
            if (guide.locale_id, key) in by_locale_key
        ]


def prefetch_guides(guides):
    # The tagged items with their tags in one query (not one for each).
    tagged = Prefetch("tagged_items", queryset=GuidePageTag.objects.select_related("tag"))
    prefetch_related_objects(guides, tagged)
    prefetch_related_guides(guides)


def prefetch_topics(topics):
    prefetch_related_objects(topics, "image__renditions")
    with_guide_counts(topics)


PREFETCH = {GuidePage: prefetch_guides, TopicPage: prefetch_topics}
