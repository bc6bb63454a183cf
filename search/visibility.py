"""What readers may find: live pages outside view restrictions, files outside restricted
collections (the same rules for every engine)."""

from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction


def is_searchable(page):
    return page.depth > 1 and page.live and not page.get_view_restrictions().exists()


def searchable_pages():
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    pages = Page.objects.live().filter(depth__gt=1)
    for path in restricted:
        pages = pages.exclude(path__startswith=path)
    return pages


def restricted_collection_ids():
    """Collections under a view restriction, with their descendants."""
    restricted = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    found = set()
    for path in restricted:
        found.update(Collection.objects.filter(path__startswith=path).values_list("id", flat=True))
    return found


def is_file_searchable(file, restricted=None):
    if restricted is None:
        restricted = restricted_collection_ids()
    return file.collection_id not in restricted
