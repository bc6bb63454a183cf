"""Keep the database backend's documents in step with publishing, moving and privacy."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import page_unpublished, post_page_move

from .documents import index_page, index_subtree
from .models import SearchDocument


def index_saved_page(sender, instance, raw=False, **kwargs):
    """Any save of a page (publishing included) re-reads its live row from the database, so a
    draft's in-memory title is never indexed."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.pk).first()
    if page is not None:
        index_page(page)


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


def remove_deleted_page(sender, instance, **kwargs):
    SearchDocument.objects.filter(page_id=instance.pk).delete()


def connect_page_signals():
    """Per page model, not for every model: a receiver without sender would turn every fast
    bulk delete in the project into a slow one."""
    for model in get_page_models():
        uid = f"search-{model._meta.label}"
        post_save.connect(index_saved_page, sender=model, dispatch_uid=uid)
        post_delete.connect(remove_deleted_page, sender=model, dispatch_uid=uid)


def build_missing_documents(sender, **kwargs):
    """After migrating a site that has pages but no search documents yet, build them."""
    from .documents import rebuild, searchable_pages

    if not SearchDocument.objects.exists() and searchable_pages().exists():
        rebuild()
