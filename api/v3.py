"""Wagtail's API v3 (/api/v3/), as the project mounts it."""

from wagtail.api.v3.urls import api

__all__ = ["api"]
