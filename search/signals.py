"""Keep the database backend's documents in step with publishing, moving and privacy, and
with uploaded files (Wagtail documents) and their collections' privacy."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from .documents import index_file, index_files_in, index_page, index_subtree
from .engines import opensearch_index
from .models import SearchDocument, Synonym
from .registry import dependent_models


def index_saved_page(sender, instance, raw=False, **kwargs):
    """Any save of a page (publishing included) re-reads its live row from the database, so a
    draft's in-memory title is never indexed."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.pk).first()
    if page is not None:
        index_page(page)


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    """Publishing saves the page before its child rows and tags (a dossier's chosen
    resources): the post_save above has not seen them yet, so index it once they are saved."""
    index_page(instance)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    index_subtree(instance)


@receiver(post_page_move)
def reindex_moved_pages(sender, instance, **kwargs):
    index_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted_pages(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        index_subtree(page)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def reindex_restricted_files(sender, instance, **kwargs):
    if instance.collection_id:
        index_files_in(instance.collection)


def index_saved_file(sender, instance, raw=False, **kwargs):
    if not raw:
        index_file(instance)


def index_retagged_file(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, get_document_model()
    ):
        index_file(instance)


def index_dependent_pages(sender, instance, raw=False, **kwargs):
    if not raw:
        for page in instance.search_dependent_pages():
            index_page(page)


def remove_deleted_page(sender, instance, **kwargs):
    SearchDocument.objects.filter(page_id=instance.pk).delete()
    opensearch_index.sync(removed_pages=[instance.pk])


@receiver(post_delete, sender=get_document_model())
def remove_deleted_file(sender, instance, **kwargs):
    opensearch_index.sync(removed_files=[instance.pk])


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def update_synonyms(sender, instance, **kwargs):
    """Editors' synonyms take effect on the node at once (the database engines read them per
    query); a group moved to another language updates both."""
    for language in opensearch_index.LANGUAGES:
        opensearch_index.update_synonyms(language)


def connect_page_signals():
    """Per page model, not for every model: a receiver without sender would turn every fast
    bulk delete in the project into a slow one."""
    for model in get_page_models():
        uid = f"search-{model._meta.label}"
        post_save.connect(index_saved_page, sender=model, dispatch_uid=uid)
        post_delete.connect(remove_deleted_page, sender=model, dispatch_uid=uid)
    for model in dependent_models():
        uid = f"search-dependent-{model._meta.label}"
        post_save.connect(index_dependent_pages, sender=model, dispatch_uid=uid)
    file_model = get_document_model()
    post_save.connect(index_saved_file, sender=file_model, dispatch_uid="search-file")
    m2m_changed.connect(
        index_retagged_file, sender=file_model.tags.through, dispatch_uid="search-file-tags"
    )


def build_missing_documents(sender, **kwargs):
    """After migrating a site that has pages or files but no search documents for them yet
    (a new site, or files from before they were searchable), build them."""
    from .documents import rebuild, searchable_files, searchable_pages

    pages_missing = (
        searchable_pages().exists()
        and not SearchDocument.objects.filter(page__isnull=False).exists()
    )
    files_missing = (
        searchable_files().exists()
        and not SearchDocument.objects.filter(file__isnull=False).exists()
    )
    # Documents from before the search registry have no type: rebuild them once.
    untyped = SearchDocument.objects.filter(type_key="").exists()
    if pages_missing or files_missing or untyped:
        rebuild()
