"""On publish, unpublish, move (or a new slug) and delete: after the transaction commits, purge
the page's HTML and API URLs from the front-end caches and notify the decoupled app."""

import logging

from django.db import transaction
from django.db.models.signals import pre_delete
from django.utils import timezone
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from caching.urls import moved_pages, urls_for_page

from .sending import create_delivery
from .tasks import deliver_in_background

logger = logging.getLogger(__name__)


def describe(page, event, urls, moved=()):
    payload = {
        "event": event,
        "page": {
            "id": page.id,
            "title": page.title,
            "type": page.specific_class._meta.label if page.specific_class else None,
            "locale": page.locale.language_code if page.locale_id else None,
            "url": page.get_full_url(),
        },
        "urls": urls,
        "sent_at": timezone.now().isoformat(),
    }
    if moved:
        payload["moved"] = [item.describe() for item in moved]
    return payload


def notify(page, event, moved=(), old_parent=None):
    """Work out now what changed; purge and send once the change is committed."""
    try:
        urls = urls_for_page(page, moved, old_parent)
        payload = describe(page, event, urls, moved)
    except Exception:  # noqa: BLE001 - publishing must never fail because of this
        logger.exception("Could not describe %s of page %s", event, page.pk)
        return

    def after_commit():
        try:
            purge_urls_from_cache(urls)
        except Exception:  # noqa: BLE001
            logger.exception("Purging the front-end cache failed")
        try:
            delivery = create_delivery(event, page.id, page.title, payload)
            if delivery is not None:
                deliver_in_background(delivery.pk)
        except Exception:  # noqa: BLE001
            logger.exception("Could not queue the webhook for page %s", page.pk)

    transaction.on_commit(after_commit)


def on_published(sender, instance, **kwargs):
    notify(instance, "published")


def on_unpublished(sender, instance, **kwargs):
    notify(instance, "unpublished")


def notify_moved(page, url_path_before, url_path_after, old_parent=None):
    if url_path_before == url_path_after:
        return
    try:
        moved = moved_pages(page, url_path_before, url_path_after)
    except Exception:  # noqa: BLE001
        logger.exception("Could not list the pages moved with page %s", page.pk)
        return
    if moved:
        notify(page, "moved", moved, old_parent)


def on_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    notify_moved(instance, url_path_before, url_path_after, kwargs.get("parent_page_before"))


def on_slug_changed(sender, instance, instance_before, **kwargs):
    """A new slug, published, moves the page and everything under it to new URLs."""
    notify_moved(instance, instance_before.url_path, instance.url_path)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is Page and instance.live:
        notify(instance, "deleted")


def connect():
    page_published.connect(on_published, dispatch_uid="delivery_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="delivery_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="delivery_moved")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="delivery_slug_changed")
    pre_delete.connect(on_deleted, sender=Page, dispatch_uid="delivery_deleted")
