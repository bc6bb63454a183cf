"""The database backend's index: one SearchDocument per live, public page and per file
(Wagtail document) outside a restricted collection, with its terms.

Pages declare what is searchable in `search_fields`; this module reads those declarations, so a
new page type joins the search by declaring its fields. Drafts, unpublished and private pages
never get a document; files are found by title, description and tags.
"""

from collections import Counter

from django.db import connection, transaction
from django.utils.html import strip_tags
from modelsearch import index
from wagtail.documents import get_document_model
from wagtail.models import (
    Locale,
    Page,
    get_page_models,
)

from .analysis import analyse, language_of
from .engines.postgres_index import store_vectors
from .models import SearchDocument, SearchTerm
from .visibility import (
    is_file_searchable,
    is_searchable,
    restricted_collection_ids,
    searchable_pages,
)

TITLE_WEIGHT = 6.0
KEYWORD_WEIGHT = 3.0
DESCRIPTION_WEIGHT = 2.0
SKIPPED_FIELDS = {"title", "title_edgengrams"}
SUMMARY_FIELDS = ("summary", "intro", "search_description")


def field_text(page, field):
    """A search field's text; Wagtail already turns stream and rich text into plain parts."""
    value = field.get_value(page)
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(strip_tags(str(part)) for part in value)
    return strip_tags(str(value))


def related_text(page, field):
    value = field.get_value(page)
    if value is None:
        return ""
    objects = value.all() if hasattr(value, "all") else [value]
    parts = []
    for obj in objects:
        for sub in field.fields:
            if isinstance(sub, index.SearchField):
                parts.append(str(getattr(obj, sub.field_name, "") or ""))
    return " ".join(parts)


def page_fields(page):
    """(text, weight, kind) for every searchable field of a page; kind is body or keywords."""
    for field in page.get_search_fields():
        if isinstance(field, index.RelatedFields):
            yield related_text(page, field), KEYWORD_WEIGHT, "keywords"
        elif isinstance(field, index.SearchField) and field.field_name not in SKIPPED_FIELDS:
            yield field_text(page, field), float(field.boost or 1), "body"


def summary_of(page):
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if value:
            return strip_tags(str(value))
    return ""


def saturate(frequency):
    return frequency * 2.2 / (frequency + 1.2)


def weighted_terms(parts, language):
    weights = Counter()
    for text, weight in parts:
        for term, frequency in Counter(analyse(text, language)).items():
            weights[term] += weight * saturate(frequency)
    return weights


def topic_of(page, topics=None):
    """(slug, name) of the topic page at or above a page, else empty strings."""
    from guides.models import TopicPage

    if topics is None:
        topic = page.get_ancestors(inclusive=True).type(TopicPage).last()
        return (topic.slug, topic.title) if topic else ("", "")
    for path, slug_and_name in topics.items():
        if page.path.startswith(path):
            return slug_and_name
    return "", ""


def build_document(page, topics=None, locales=None):
    """An unsaved SearchDocument and its term weights for a specific page."""
    code = locales[page.locale_id] if locales else page.locale.language_code
    language = language_of(code)
    topic_slug, topic_name = topic_of(page, topics)
    summary = summary_of(page)
    body_parts, keyword_parts = [], [topic_name]
    parts = [(page.title, TITLE_WEIGHT), (topic_name, KEYWORD_WEIGHT)]
    for text, weight, kind in page_fields(page):
        parts.append((text, weight))
        (keyword_parts if kind == "keywords" else body_parts).append(text)
    document = SearchDocument(
        page_id=page.pk,
        language=language,
        kind=page.specific_class._meta.label,
        title=page.title[:255],
        summary=summary,
        text=" ".join(part for part in body_parts if part),
        topic_slug=topic_slug,
        topic_name=topic_name,
        keywords=" ".join(part for part in keyword_parts if part),
    )
    return document, weighted_terms(parts, language)


def save_terms(documents_and_weights):
    """Insert the postings with plain parameter rows: a million model instances would be slow."""
    table = connection.ops.quote_name(SearchTerm._meta.db_table)
    sql = f"INSERT INTO {table} (document_id, term, weight) VALUES (%s, %s, %s)"
    rows = [
        (document.pk, term[:100], weight)
        for document, weights in documents_and_weights
        for term, weight in weights.items()
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} (document_id, term, weight) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            store_vectors([document for document, _ in documents_and_weights])
            return
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start : start + 5000])


def index_page(page):
    """Bring one page's document up to date (or remove it when the page is not searchable)."""
    page = page.specific
    with transaction.atomic():
        SearchDocument.objects.filter(page_id=page.pk).delete()
        if is_searchable(page):
            document, weights = build_document(page)
            document.save()
            save_terms([(document, weights)])


def index_subtree(page):
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        index_page(descendant)


def build_file_document(file):
    """An unsaved SearchDocument and its term weights for a downloadable file."""
    language = language_of(getattr(file, "language", "") or "nl")
    description = getattr(file, "description", "") or ""
    tags = " ".join(tag.name for tag in file.tags.all())
    document = SearchDocument(
        file_id=file.pk,
        language=language,
        kind=file._meta.label,
        title=file.title[:255],
        summary=description,
        text=description,
        keywords=tags,
    )
    parts = [(file.title, TITLE_WEIGHT), (description, DESCRIPTION_WEIGHT), (tags, KEYWORD_WEIGHT)]
    return document, weighted_terms(parts, language)


def index_file(file):
    """Bring one file's document up to date (or remove it when the file is not searchable)."""
    with transaction.atomic():
        SearchDocument.objects.filter(file_id=file.pk).delete()
        if is_file_searchable(file):
            document, weights = build_file_document(file)
            document.save()
            save_terms([(document, weights)])


def index_files_in(collection):
    files = (
        get_document_model()
        .objects.filter(collection__path__startswith=collection.path)
        .prefetch_related("tags")
    )
    for file in files:
        index_file(file)


def searchable_files():
    restricted = restricted_collection_ids()
    files = get_document_model().objects.exclude(collection_id__in=restricted)
    return files.prefetch_related("tags").order_by("pk")


def pages_by_model(batch_size):
    """Every searchable page, one page model at a time, with its related search fields
    prefetched (a query per batch instead of one per page)."""
    searchable = searchable_pages().values("pk")
    for model in get_page_models():
        related = [
            f.field_name for f in model.get_search_fields() if isinstance(f, index.RelatedFields)
        ]
        pages = model.objects.exact_type(model).filter(pk__in=searchable).order_by("path")
        yield from pages.prefetch_related(*related).iterator(chunk_size=batch_size)


def clear_index():
    if connection.vendor == "postgresql":
        tables = [connection.ops.quote_name(m._meta.db_table) for m in (SearchTerm, SearchDocument)]
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(tables)}")
        return
    SearchTerm.objects.all().delete()
    SearchDocument.objects.all().delete()


def rebuild(batch_size=500):
    """Rebuild the whole database index; returns the number of documents."""
    from guides.models import TopicPage

    topics = {t.path: (t.slug, t.title) for t in TopicPage.objects.live()}
    locales = dict(Locale.objects.values_list("id", "language_code"))
    count = 0
    with transaction.atomic():
        clear_index()
        batch = []
        for page in pages_by_model(batch_size):
            batch.append(build_document(page, topics, locales))
            if len(batch) >= batch_size:
                count += flush(batch)
                batch = []
        count += flush(batch)
        count += flush([build_file_document(file) for file in searchable_files()])
    return count


def flush(batch):
    SearchDocument.objects.bulk_create([document for document, _ in batch])
    save_terms(batch)
    return len(batch)
