"""The small site most tests run on, built from the factories in a second or two: a home page,
about and contact pages, the guide index, two topics and three guides, in Dutch and, through
wagtail-localize as editors translate, in English. Slugs follow the demo site's, so a URL in a
test reads like the real site's. Tests whose subject is the demo content itself run on the
demo site instead (the `demo_site` marker, tests/conftest.py)."""

import datetime
import io
import uuid
from urllib.parse import urlsplit

import factory.random
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from guides.factories import GuideIndexPageFactory, GuidePageFactory, TopicPageFactory
from guides.models import GuideRelatedLink
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, SiteSettings

REVIEWED_ON = datetime.date(2026, 11, 1)


class Texts:
    """Dutch texts with their English translations: `t(nl, en)` gives the Dutch text and
    remembers the English one, for the translation of every segment wagtail-localize finds."""

    def __init__(self):
        self.english = {}

    def __call__(self, dutch, english):
        pairs = [(dutch, english)]
        if dutch.startswith("<p>") and english.startswith("<p>"):
            # wagtail-localize translates a rich-text paragraph by its text.
            pairs.append((dutch[3:-4], english[3:-4]))
        for nl, en in pairs:
            if self.english.setdefault(nl, en) != en:
                raise ValueError(f"{nl!r} has two English texts")
        return dutch


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def items(values):
    """List items in Wagtail's block format, so wagtail-localize can address each one."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def png(colour):
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), colour).save(buffer, "PNG")
    return buffer.getvalue()


class SmallSite:
    def __init__(self):
        self.t = Texts()
        self.english_tags = {}

    def build(self):
        factory.random.reseed_random("kennispunt-small-site")
        t = self.t
        self.editor, _ = get_user_model().objects.get_or_create(
            username="redactie", defaults={"first_name": "Redactie", "last_name": "Kennispunt"}
        )
        self.images = [self.image("Ledenvergadering", "#123c69"), self.image("Fusie", "#e8eef5")]
        self.document = self.pdf("Model wervingsplan", "Een leeg wervingsplan om in te vullen")
        home = self.home()
        self.settings()
        for slug, en_slug, title, en_title in [
            ("over-ons", "about-us", "Over ons", "About us"),
            ("contact", "contact", "Contact", "Contact"),
        ]:
            self.publish(
                StandardPageFactory(
                    parent=home,
                    slug=t(slug, en_slug),
                    title=t(title, en_title),
                    intro=t(f"Alles over {title.lower()}.", f"All about {en_title.lower()}."),
                    body=[
                        block("paragraph", t(f"<p>{title} eerste</p>", f"<p>{en_title} first</p>")),
                        block(
                            "paragraph", t(f"<p>{title} tweede</p>", f"<p>{en_title} second</p>")
                        ),
                    ],
                )
            )
        index = self.publish(
            GuideIndexPageFactory(
                parent=home,
                title=t("Gidsen", "Guides"),
                slug=t("gidsen", "guides"),
                intro=t("Praktische gidsen voor lokale partijen.", "Practical guides for parties."),
            )
        )
        ledenwerving = self.topic(
            index, "ledenwerving", "Ledenwerving",
            "membership-recruitment", "Membership recruitment",
            "Leden werven, welkom heten en binden.", "Recruiting, welcoming and keeping members.",
            "leden werven nieuwe leden lid worden", self.images[0],
        )  # fmt: skip
        fusie = self.topic(
            index, "fusie", "Fusie", "party-mergers", "Party mergers",
            "Samengaan met een andere lokale partij.", "Merging with another local party.",
            "samengaan samenvoegen", self.images[1],
        )  # fmt: skip
        plan = self.guide(
            ledenwerving, "wervingsplan", "plan",
            "Ledenwerving: een wervingsplan voor meer leden",
            "Membership recruitment: a plan for more members",
            "Hoe je stap voor stap een wervingsplan maakt.",
            "How to make a recruitment plan step by step.",
            ["ledenwerving", "wervingsplan"], ["membership recruitment", "recruitment plan"],
        )  # fmt: skip
        welcome = self.guide(
            ledenwerving, "nieuwe-leden-welkom", "welcoming-new-members",
            "Nieuwe leden welkom heten", "Welcoming new members",
            "Een warm welkom houdt nieuwe leden binnen.", "A warm welcome keeps new members.",
            ["ledenwerving", "vrijwilligers"], ["recruitment", "volunteers"],
        )  # fmt: skip
        merger = self.guide(
            fusie, "stappenplan-fusie", "merger-roadmap",
            "Stappenplan voor een fusie", "A roadmap for a merger",
            "Van eerste gesprek tot gezamenlijke ledenvergadering.",
            "From the first talk to a joint general meeting.",
            ["fusie", "samenwerking"], ["merger", "cooperation"],
        )  # fmt: skip
        plan.related_guide_links = [GuideRelatedLink(guide=welcome), GuideRelatedLink(guide=merger)]
        welcome.related_guide_links = [GuideRelatedLink(guide=plan)]
        for guide in (plan, welcome):
            self.publish(guide)
        self.translate_all(home)
        return {"home": home, "index": index, "topics": [ledenwerving, fusie]}

    # -- Dutch pages ---------------------------------------------------------------------------

    def home(self):
        t = self.t
        fields = {
            "title": t(
                "Kennispunt Lokale Politieke Partijen",
                "Knowledge Centre for Local Political Parties",
            ),
            "slug": t("kennispunt", "kennispunt-en"),
            "intro": t("Kennis voor lokale partijen.", "Knowledge for local parties."),
            "body": t(
                "<p>Welkom bij het Kennispunt Lokale Politieke Partijen.</p>",
                "<p>Welcome to the knowledge centre for local political parties.</p>",
            ),
        }
        site = Site.objects.get(is_default_site=True)
        welcome_page = site.root_page
        home = HomePageFactory(parent=Page.get_first_root_node(), owner=self.editor, **fields)
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)  # as the demo loader sets it
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
        site.root_page = home
        site.site_name = "Kennispunt Lokale Politieke Partijen"
        site.save()
        if welcome_page.specific_class is Page:
            welcome_page.delete()
        return self.publish(home)

    def settings(self):
        site_settings = SiteSettings.load()
        site_settings.contact_email = "info@lokalepolitiekepartijen.nl"
        site_settings.contact_phone = "06 19350838"
        site_settings.funding_statement = (
            "Het Kennispunt wordt gefinancierd door het ministerie van Binnenlandse Zaken."
        )
        site_settings.funding_statement_en = (
            "The Kennispunt is funded by the Ministry of the Interior."
        )
        site_settings.save()

    def topic(self, index, slug, title, en_slug, en_title, intro, en_intro, terms, image):
        t = self.t
        topic = TopicPageFactory(
            parent=index,
            slug=t(slug, en_slug),
            title=t(title, en_title),
            intro=t(intro, en_intro),
            search_terms=t(terms, f"{en_title.lower()}"),
            image=image,
            owner=self.editor,
        )
        return self.publish(topic)

    def guide(self, topic, slug, en_slug, title, en_title, summary, en_summary, tags, en_tags):
        t = self.t
        guide = GuidePageFactory(
            parent=topic,
            slug=t(slug, en_slug),
            title=t(title, en_title),
            summary=t(summary, en_summary),
            body=self.body(title, en_title),
            owner=self.editor,
            content_owner=self.editor,
            last_reviewed=REVIEWED_ON,
            review_by=REVIEWED_ON + datetime.timedelta(days=365),
        )
        guide.tags.set(tags)
        self.english_tags[guide.pk] = en_tags
        return self.publish(guide)

    def body(self, title, en_title):
        """A guide body with the blocks guides use most: headings, text, an image, a checklist,
        a tip, questions and answers, and a document to download."""
        t, nl, en = self.t, title.lower(), en_title.lower()
        checklist = [t(f"Doel van {nl} vastgesteld", f"Goal of {en} agreed")]
        checklist.append(t(f"Taken voor {nl} verdeeld", f"Tasks for {en} shared"))
        question = {
            "question": t(f"Hoe lang duurt {nl}?", f"How long does {en} take?"),
            "answer": t("<p>Een paar maanden.</p>", "<p>A few months.</p>"),
        }
        # Long enough for a reading time of a few minutes, as real guides have.
        long_nl = " ".join(
            [f"Een bestuur dat {nl} serieus neemt, maakt een plan en houdt vol."] * 70
        )
        long_en = " ".join(
            [f"A board that takes {en} seriously makes a plan and keeps going."] * 70
        )
        return [
            block("paragraph", t(f"<p>Inleiding: {nl}.</p>", f"<p>Introduction: {en}.</p>")),
            block(
                "heading",
                {"text": t(f"Aan de slag: {nl}", f"Getting started: {en}"), "level": "h2"},
            ),
            block(
                "paragraph",
                t(
                    f"<p>Begin klein en werk samen met vrijwilligers aan {nl}.</p>",
                    f"<p>Start small and work with volunteers on {en}.</p>",
                ),
            ),
            block(
                "image",
                {
                    "image": self.images[0].id,
                    "alt_text": t(f"Illustratie bij {nl}", f"Illustration for {en}"),
                    "caption": "",
                },
            ),
            block("heading", {"text": t(f"Verder met {nl}", f"Going on with {en}"), "level": "h2"}),
            block("paragraph", t(f"<p>{long_nl}</p>", f"<p>{long_en}</p>")),
            block("checklist", {"title": t("Checklist", "Checklist"), "items": items(checklist)}),
            block(
                "callout",
                {
                    "kind": "tip",
                    "title": t("Tip", "Tip"),
                    "text": t(
                        f"<p>Vraag een ervaren partij naar {nl}.</p>",
                        f"<p>Ask an experienced party about {en}.</p>",
                    ),
                },
            ),
            block(
                "faq",
                {
                    "title": t("Veelgestelde vragen", "Frequently asked questions"),
                    "items": items([question]),
                },
            ),
            block("document", {"document": self.document.id, "title": "", "description": ""}),
        ]

    def image(self, title, colour):
        image = get_image_model()(
            title=title,
            description=f"Illustratie: {title.lower()}",
            file=ImageFile(io.BytesIO(png(colour)), name=f"{title.lower()}.png"),
        )
        image._set_image_file_metadata()
        image.save()
        return image

    def pdf(self, title, description):
        document = get_document_model()(title=title, description=description)
        document.file.save(
            f"{title.lower().replace(' ', '-')}.pdf", ContentFile(minimal_pdf(title))
        )
        return document

    def publish(self, page):
        page.save_revision(user=self.editor).publish(user=self.editor, skip_permission_checks=True)
        page.refresh_from_db()
        return page

    # -- English, through wagtail-localize ----------------------------------------------------

    def translate_all(self, home):
        english = Locale.objects.get_or_create(language_code="en")[0]
        for page in [home, *home.get_descendants().live().specific().order_by("path")]:
            target = self.translate(page, english)
            if page.pk in self.english_tags:
                target.tags.set(self.english_tags[page.pk])
                self.publish(target)

    def translate(self, page, locale):
        """Translates `page` as an editor does in wagtail-localize: a translation source, a
        translation into `locale`, every segment's English text, then the page is published."""
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            dutch = segment.string.data
            if dutch not in self.t.english:
                raise KeyError(f"{page.slug}: no English text for {dutch!r}")
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": self.t.english[dutch],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": "tests",
                    "last_translated_by": self.editor,
                },
            )
        translation.save_target(user=self.editor, publish=True)
        return page.get_translation(locale).specific


def minimal_pdf(title):
    """A one-page PDF with `title` on it."""
    text = title.replace("(", "").replace(")", "")
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def remove_site():
    """Deletes every page below the root, every file and translation: the database as the
    migrations left it, for a full site to be loaded in its place."""
    from taggit.models import Tag

    for page in Page.objects.filter(depth=2):
        page.delete()
    TranslationSource.objects.all().delete()
    get_image_model().objects.all().delete()
    get_document_model().objects.all().delete()
    Tag.objects.all().delete()
    assert not HomePage.objects.exists()
