"""Builds the demo site from the content modules in this package, through the factories.

Loading is an upsert keyed on slugs and titles: running it again updates the same pages,
images and documents and creates nothing twice.
"""

import datetime
import importlib
import io
from urllib.parse import urlsplit

import factory.random
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, SiteSettings, StandardPage

from ..factories import GuideIndexPageFactory, GuidePageFactory, TopicPageFactory
from ..models import GuideIndexPage, GuidePage, GuideRelatedLink, TopicPage
from .files import illustration_png, simple_pdf
from .stream import stream_data
from .translations import EnglishDemo

SEED = "kennispunt-demo"
TOPIC_MODULES = [
    "ledenwerving",
    "kandidaatstelling",
    "screening",
    "fusie",
    "campagne",
    "programma",
    "fondsenwerving",
]
EDITOR_USERNAME = "redactie"
REVIEWED_ON = datetime.date(2026, 11, 1)
REVIEW_INTERVAL = datetime.timedelta(days=365)


def demo_guides():
    """(topic slug, guide data) for every demo guide, in topic order."""
    for name in TOPIC_MODULES:
        module = importlib.import_module(f"guides.demo.{name}")
        for guide in module.GUIDES:
            yield module.TOPIC, guide


def strip_topic_prefix(slug, topic_slug):
    prefix = f"{topic_slug}-"
    return slug[len(prefix) :] if slug.startswith(prefix) and len(slug) > len(prefix) else slug


class DemoSite:
    def __init__(self, log=print):
        self.log = log
        self.images = {}
        self.documents = {}

    @transaction.atomic
    def load(self):
        factory.random.reseed_random(SEED)
        from home import demo_content as home_content

        from .topics import TOPICS

        self.locale = Locale.get_default()
        self.editor = self.ensure_editor()
        home = self.ensure_home(home_content.HOME)
        self.ensure_settings(home_content.SITE_SETTINGS)
        for data in home_content.STANDARD_PAGES:
            self.upsert(
                StandardPage, StandardPageFactory, home, data["slug"], self.standard_fields(data)
            )
        index = self.upsert(
            GuideIndexPage,
            GuideIndexPageFactory,
            home,
            "gidsen",
            {
                "title": "Gidsen",
                "intro": "Praktische gidsen over alles wat een lokale partij doet.",
            },
        )
        topics = {}
        for data in TOPICS:
            topics[data["slug"]] = self.upsert(
                TopicPage, TopicPageFactory, index, data["slug"], self.topic_fields(data)
            )
        guides = {}
        for topic_slug, data in demo_guides():
            slug = strip_topic_prefix(data["slug"], topic_slug)
            guide = self.upsert(
                GuidePage, GuidePageFactory, topics[topic_slug], slug, self.guide_fields(data, slug)
            )
            guide.tags.set(data.get("tags", []))
            guides[data["slug"]] = guide
        for _topic_slug, data in demo_guides():
            guide = guides[data["slug"]]
            guide.related_guide_links = [
                GuideRelatedLink(guide=guides[related])
                for related in data.get("related", [])
                if related in guides and related != data["slug"]
            ]
            guide.save_revision(user=self.editor).publish(
                user=self.editor, skip_permission_checks=True
            )
        english = EnglishDemo(self).load(home=home, index=index, topics=topics, guides=guides)
        self.log(
            f"Demo content: {len(topics)} topics, {len(guides)} guides, "
            f"{len(self.images)} images, {len(self.documents)} documents, "
            f"{english} English translations."
        )
        return {"home": home, "topics": topics, "guides": guides}

    def ensure_editor(self):
        editor, _ = get_user_model().objects.get_or_create(
            username=EDITOR_USERNAME,
            defaults={"first_name": "Redactie", "last_name": "Kennispunt", "is_active": False},
        )
        return editor

    def ensure_home(self, data):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=self.locale).first()
        fields = {
            "title": data["title"],
            "intro": data.get("intro_text", ""),
            "body": data["intro"],
        }
        if home is None:
            root = Page.get_first_root_node()
            home = HomePageFactory(parent=root, **fields)
        else:
            self.assign(home, fields)
            home.save()
        if site is None:
            site = Site(is_default_site=True)
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
        if site.root_page_id != home.id:
            old_root = site.root_page_id
            site.root_page = home
            site.site_name = "Kennispunt Lokale Politieke Partijen"
            site.save()
            self.remove_wagtail_welcome_page(old_root)
        else:
            site.save()
        return home

    def remove_wagtail_welcome_page(self, page_id):
        page = Page.objects.filter(id=page_id, depth=2).first()
        if page is not None and page.specific_class is Page:
            page.delete()

    def ensure_settings(self, data):
        site_settings = SiteSettings.load()
        site_settings.contact_email = data["contact_email"]
        site_settings.contact_phone = data["contact_phone"]
        site_settings.x_url = data.get("twitter", "")
        site_settings.linkedin_url = data.get("linkedin", "")
        site_settings.funding_statement = data["funding_statement"]
        site_settings.funding_statement_en = data.get("funding_statement_en", "")
        site_settings.save()

    def upsert(self, model, page_factory, parent, slug, fields):
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = page_factory(parent=parent, slug=slug, owner=self.editor, **fields)
        else:
            self.assign(page, fields)
            page.save()
        page.save_revision(user=self.editor).publish(user=self.editor, skip_permission_checks=True)
        return page

    @staticmethod
    def assign(page, fields):
        for name, value in fields.items():
            setattr(page, name, value)

    def standard_fields(self, data):
        return {
            "title": data["title"],
            "intro": data.get("intro", ""),
            "body": self.body(data["body"], f"page:{data['slug']}"),
        }

    def topic_fields(self, data):
        image = data.get("image")
        return {
            "title": data["name"],
            "intro": data["intro"],
            "search_terms": data.get("search_terms", ""),
            "image": self.image(image["key"], image["alt"]) if image else None,
        }

    def guide_fields(self, data, slug):
        return {
            "title": data["title"],
            "summary": data["summary"],
            "body": self.body(data["body"], f"guide:{data['slug']}"),
            "content_owner": self.editor,
            "last_reviewed": REVIEWED_ON,
            "review_by": REVIEWED_ON + REVIEW_INTERVAL,
        }

    def body(self, blocks, id_prefix):
        return stream_data(
            blocks,
            id_prefix=id_prefix,
            image_id=lambda key: self.image(key).id,
            document_id=lambda key, title, description: self.document(key, title, description).id,
        )

    def image(self, key, description=""):
        if key not in self.images:
            model = get_image_model()
            title = key.replace("-", " ").capitalize()
            image = model.objects.filter(title=title).first()
            if image is None:
                image = model(
                    title=title,
                    description=description[:255],
                    file=ImageFile(io.BytesIO(illustration_png(key)), name=f"{key}.png"),
                )
                image._set_image_file_metadata()
                image.save()
            self.images[key] = image
        return self.images[key]

    def document(self, key, title, description):
        if key not in self.documents:
            model = get_document_model()
            document = model.objects.filter(title=title).first()
            if document is None:
                document = model(title=title, description=description)
                pdf = simple_pdf(title, [description, "Kennispunt Lokale Politieke Partijen"])
                document.file.save(f"{key}.pdf", ContentFile(pdf), save=False)
                document.save()
            self.documents[key] = document
        return self.documents[key]
