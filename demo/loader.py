"""Builds the demo site from the content files in demo/content/, through the factories.

Loading is an upsert keyed on slugs and titles: running it again updates the same pages,
images and documents and creates nothing twice.
"""

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

from guides.factories import GuideIndexPageFactory, GuidePageFactory, TopicPageFactory
from guides.models import GuideIndexPage, GuidePage, GuideRelatedLink, TopicPage
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, SiteSettings, StandardPage

from .content import DemoContent, topic_key
from .files import illustration_png, simple_pdf
from .markdown import ContentError
from .sections import load_sections
from .stream import stream_data
from .translations import EnglishDemo

SEED = "kennispunt-demo"
EDITOR_USERNAME = "redactie"


def body_id_prefix(item):
    """Block ids follow from this prefix; it is the one the Python-literal demo data used, so
    a site loaded before the move to Markdown keeps its block ids."""
    if item.kind == "guide":
        return f"guide:{topic_key(item)}-{item['slug']}"
    return f"page:{item['slug']}"


class DemoSite:
    def __init__(self, log=print, content=None):
        self.log = log
        self.content = content
        self.images = {}
        self.documents = {}

    @transaction.atomic
    def load(self):
        factory.random.reseed_random(SEED)
        content = self.content or DemoContent()
        self.locale = Locale.get_default()
        self.editor = self.ensure_user(EDITOR_USERNAME)
        home = self.ensure_home(content.home)
        self.ensure_settings(content.settings)
        pages = {}
        for item in content.pages:
            pages[item.key] = self.upsert(
                StandardPage, StandardPageFactory, home, item["slug"], self.standard_fields(item)
            )
        index = self.upsert(
            GuideIndexPage,
            GuideIndexPageFactory,
            home,
            content.index["slug"],
            {"title": content.index["title"], "intro": content.index["intro"]},
        )
        topics = {}
        for item in content.topics:
            topics[topic_key(item)] = self.upsert(
                TopicPage, TopicPageFactory, index, item["slug"], self.topic_fields(item)
            )
        guides = {}
        for item in content.guides:
            guide = self.upsert(
                GuidePage,
                GuidePageFactory,
                topics[topic_key(item)],
                item["slug"],
                self.guide_fields(item),
            )
            guide.tags.set(item.get("tags", []))
            guides[item.key] = guide
        for item in content.guides:
            guide = guides[item.key]
            guide.related_guide_links = [
                GuideRelatedLink(guide=guides[related]) for related in item.get("related", [])
            ]
            guide.save_revision(user=self.editor).publish(
                user=self.editor, skip_permission_checks=True
            )
        english = EnglishDemo(self).load(
            content, home=home, pages=pages, index=index, topics=topics, guides=guides
        )
        self.log(
            f"Demo content: {len(topics)} topics, {len(guides)} guides, "
            f"{len(self.images)} images, {len(self.documents)} documents, "
            f"{english} English translations."
        )
        built = {"home": home, "topics": topics, "guides": guides}
        load_sections(self, built)
        return built

    def ensure_user(self, username):
        """The (inactive) account that owns the demo pages, or a guide's content owner."""
        user, _ = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "first_name": username.capitalize(),
                "last_name": "Kennispunt",
                "is_active": False,
            },
        )
        return user

    def ensure_home(self, item):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=self.locale).first()
        fields = {
            "title": item["title"],
            "intro": item.get("intro", ""),
            "body": "".join(block.value for block in item.blocks),
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

    def ensure_settings(self, values):
        site_settings = SiteSettings.load()
        for name, value in values.items():
            site_settings._meta.get_field(name)  # an unknown name in site.yaml stops the load
            setattr(site_settings, name, value)
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

    def standard_fields(self, item):
        check_block_types(item, StandardPage)
        return {"title": item["title"], "intro": item.get("intro", ""), "body": self.body(item)}

    def topic_fields(self, item):
        image = item.get("image")
        return {
            "title": item["title"],
            "intro": item["intro"],
            "search_terms": item.get("search_terms", ""),
            "image": self.image(image["key"], image["alt"]) if image else None,
        }

    def guide_fields(self, item):
        check_block_types(item, GuidePage)
        return {
            "title": item["title"],
            "summary": item["summary"],
            "body": self.body(item),
            "content_owner": self.ensure_user(item["owner"]),
            "last_reviewed": item["last_reviewed"],
            "review_by": item["review_by"],
        }

    def body(self, item, source=None):
        """StreamField data of `item`'s blocks, or of its translation `source`'s blocks."""
        return stream_data(
            (source or item).blocks,
            id_prefix=body_id_prefix(item),
            image_id=lambda ref: self.image(ref.key).id,
            document_id=lambda ref: self.document(ref.key, ref.title, ref.description).id,
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


def check_block_types(item, model):
    """Wagtail drops blocks of an unknown type without a word: stop the load instead."""
    allowed = model._meta.get_field("body").stream_block.child_blocks
    for block in item.blocks:
        if block.type not in allowed:
            raise ContentError(item.path, block.line, f"no {block.type} block on this kind of page")
