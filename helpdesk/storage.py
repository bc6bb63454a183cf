"""Attachments live outside MEDIA_ROOT and have no URL: only the admin view serves them."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible(path="helpdesk.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    @cached_property
    def base_location(self):
        return settings.HELPDESK_PRIVATE_ROOT

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Helpdesk attachments have no public URL.")


private_storage = PrivateStorage()
