"""The database backend's index: one SearchDocument per live, public page and per file
(Wagtail document) outside a restricted collection, with its terms.

Pages declare what is searchable in `search_fields`; this module reads those declarations, so a
new page type joins the search by declaring its fields. Drafts, unpublished and private pages
never get a document; files are found by title, description and tags.
"""

import logging

from django.db import connection, transaction
from modelsearch import index
from wagtail.documents import get_document_model
from wagtail.models import (
    Locale,
    Page,
    get_page_models,
)

from .analysis import language_of
from .engines import opensearch_index
from .engines.postgres_index import store_vectors
from .extract import KEYWORD_WEIGHT, headings_of, page_fields, summary_of
from .models import SearchDocument, SearchTerm
from .registry import (
    is_members_only,
    result_date,
    search_types,
    topic_models,
    type_for,
    weight_of,
)
from .visibility import (
    is_file_searchable,
    is_searchable,
    restricted_collection_ids,
    searchable_pages,
)
from .weights import weighted_terms

logger = logging.getLogger("search")
TITLE_WEIGHT = 6.0
HEADING_WEIGHT = 1.5
DESCRIPTION_WEIGHT = 2.0


def topic_of(page, topics=None):
    """(slug, name) of the page's own topic where it names one (`search_topic()`, e.g. an FAQ
    entry's topic), else of the topic page at or above it (a model with search_is_topic), else
    empty strings."""
    declared = getattr(page, "search_topic", None)
    if callable(declared) and (topic := declared()) is not None:
        return topic.slug, topic.title
    if topics is None:
        models = topic_models()
        topic = page.get_ancestors(inclusive=True).type(*models).last() if models else None
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
    headings = headings_of(page)
    search_type = type_for(page.specific_class)
    body_parts, keyword_parts = [], [topic_name]
    parts = [(page.title, TITLE_WEIGHT), (topic_name, KEYWORD_WEIGHT), (headings, HEADING_WEIGHT)]
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
        headings=headings,
        type_key=search_type.key,
        boost=weight_of(page),
        date=result_date(page),
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
    """Bring one page's document up to date (or remove it when the page is not searchable),
    in the database and on the OpenSearch node."""
    page = page.specific
    document = None
    with transaction.atomic():
        SearchDocument.objects.filter(page_id=page.pk).delete()
        if is_searchable(page) and not is_members_only(page):
            document, weights = build_document(page)
            document.save()
            save_terms([(document, weights)])
    if document is None:
        opensearch_index.sync(removed_pages=[page.pk])
    else:
        opensearch_index.sync([document])
    reindex_weighted_parent(page)


def reindex_weighted_parent(page):
    """A parent whose weight depends on its children (search_result_weight) follows them."""
    parent = page.get_parent() if page.depth > 2 else None
    if parent is not None and hasattr(parent.specific_class, "search_result_weight"):
        parent = parent.specific
        document = SearchDocument.objects.filter(page_id=parent.pk).first()
        if document is not None and document.boost != weight_of(parent):
            index_page(parent)


def index_subtree(page):
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        index_page(descendant)


def build_file_document(file):
    """An unsaved SearchDocument and its term weights for a downloadable file."""
    language = language_of(getattr(file, "language", "") or "nl")
    description = getattr(file, "description", "") or ""
    tags = " ".join(tag.name for tag in file.tags.all())
    search_type = type_for(file.__class__)
    document = SearchDocument(
        file_id=file.pk,
        language=language,
        kind=file._meta.label,
        title=file.title[:255],
        summary=description,
        text=description,
        keywords=tags,
        type_key=search_type.key,
        boost=weight_of(file),
        date=result_date(file),
    )
    parts = [(file.title, TITLE_WEIGHT), (description, DESCRIPTION_WEIGHT), (tags, KEYWORD_WEIGHT)]
    return document, weighted_terms(parts, language)


def index_file(file):
    """Bring one file's document up to date (or remove it when the file is not searchable)."""
    document = None
    with transaction.atomic():
        SearchDocument.objects.filter(file_id=file.pk).delete()
        if is_file_searchable(file):
            document, weights = build_file_document(file)
            document.save()
            save_terms([(document, weights)])
    if document is None:
        opensearch_index.sync(removed_files=[file.pk])
    else:
        opensearch_index.sync([document])


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
    members_only_paths = members_only_page_paths()
    for model in get_page_models():
        if type_for(model).members_only:
            continue
        related = [
            f.field_name for f in model.get_search_fields() if isinstance(f, index.RelatedFields)
        ]
        pages = model.objects.exact_type(model).filter(pk__in=searchable).order_by("path")
        for path in members_only_paths:
            pages = pages.exclude(path__startswith=path)
        yield from pages.prefetch_related(*related).iterator(chunk_size=batch_size)


def members_only_page_paths():
    """Paths of members-only pages: nothing at or below them is indexed."""
    models = [t.model for t in search_types().values() if t.members_only]
    return list(Page.objects.type(*models).values_list("path", flat=True)) if models else []


def clear_index():
    if connection.vendor == "postgresql":
        tables = [connection.ops.quote_name(m._meta.db_table) for m in (SearchTerm, SearchDocument)]
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(tables)}")
        return
    SearchTerm.objects.all().delete()
    SearchDocument.objects.all().delete()


def rebuild(batch_size=500):
    """Rebuild the whole index (database, and the OpenSearch node when SEARCH_URL is set);
    returns the number of documents."""
    models = topic_models()
    topic_pages = Page.objects.live().type(*models) if models else Page.objects.none()
    topics = {t.path: (t.slug, t.title) for t in topic_pages}
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
    if opensearch_index.enabled():
        try:
            opensearch_index.rebuild()
        except opensearch_index.OpenSearchException as error:
            logger.warning("OpenSearch index not rebuilt (node unavailable?): %s", error)
    return count


def flush(batch):
    SearchDocument.objects.bulk_create([document for document, _ in batch])
    save_terms(batch)
    return len(batch)
