"""StreamField blocks for guides and standard pages.

Every block has a `preview_value` so editors see it in the block picker, and a template under
guides/templates/core/blocks/. Image and document blocks describe themselves fully in the API,
so a decoupled front end never needs a second request to show them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail_localize.segments import StringSegmentValue

from .block_api import (
    DocumentBlockRepresentation,
    ImageBlockRepresentation,
    TableBlockRepresentation,
    VideoBlockRepresentation,
)
from .renditions import (
    DocumentChooserBlock,
    ImageChooserBlock,
    image_api_representation,
    restricted_collection_ids,
)

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

PREVIEW_PARAGRAPH = (
    "<p>Een goed wervingsplan begint bij de vraag <b>wie</b> u zoekt en <i>waarom</i>.</p>"
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop (h2)")), ("h3", _("Subkop (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "core/blocks/heading.html"
        preview_value = {"text": "Waarom leden ertoe doen", "level": "h2"}
        description = _("Een kop die de gids in delen opdeelt; verschijnt in de inhoudsopgave.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        template = "core/blocks/paragraph.html"
        preview_value = PREVIEW_PARAGRAPH


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=255,
        help_text=_("Beschrijf wat de afbeelding laat zien, voor wie haar niet kan zien."),
    )
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "core/blocks/image.html"
        description = _("Een afbeelding met verplichte alternatieve tekst.")

    def get_api_representation(self, value, context=None) -> ImageBlockRepresentation:
        return {
            "image": image_api_representation(value["image"], value["alt_text"]),
            "alt": value["alt_text"],
            "caption": value["caption"],
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Soort"),
        choices=[("tip", _("Tip")), ("warning", _("Let op")), ("info", _("Goed om te weten"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=160)
    text = ParagraphBlock(label=_("Tekst"))

    class Meta:
        icon = "warning"
        label = _("Tip of waarschuwing")
        template = "core/blocks/callout.html"
        preview_value = {
            "kind": "warning",
            "title": "Let op de termijn",
            "text": "<p>Dien de registratie van uw partijnaam op tijd in.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    name = blocks.CharBlock(label=_("Naam"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Functie"), required=False, max_length=120)
    party = blocks.CharBlock(label=_("Partij"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Voorbeeld uit een partij")
        template = "core/blocks/quote.html"
        preview_value = {
            "quote": "Door deur aan deur te gaan, kregen we twintig nieuwe leden.",
            "name": "Fatima",
            "role": "secretaris",
            "party": "een lokale partij in Brabant",
        }


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"), max_length=300)
    answer = ParagraphBlock(label=_("Antwoord"))


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Titel"), required=False, max_length=160, default=_("Veelgestelde vragen")
    )
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Veelgestelde vragen")
        template = "core/blocks/faq.html"
        preview_value = {
            "title": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Mag een lid zonder VOG op de lijst?",
                    "answer": "<p>Dat bepaalt uw partij zelf in haar screeningsprocedure.</p>",
                }
            ],
        }


def is_readable(document, request):
    """Whether the reader of `request` (None: anyone) may download `document`: every view
    restriction on its collection and the collections above it accepts them, as in Wagtail's
    download view. A public guide must not show the title and link of a members' file."""
    if document is None:
        return False
    restricted = getattr(document, "in_restricted_collection", None)  # core.renditions
    if restricted is None:
        restricted = document.collection_id in restricted_collection_ids()
    if not restricted:
        return True
    if request is None:
        return False
    restrictions = document.collection.get_view_restrictions()
    return all(restriction.accept_request(request) for restriction in restrictions)


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        max_length=160,
        help_text=_("Laat leeg om de titel van het document te gebruiken."),
    )
    description = blocks.TextBlock(label=_("Omschrijving"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document om te downloaden")
        template = "core/blocks/document.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context["document_is_readable"] = is_readable(value["document"], request)
        return context

    def get_api_representation(self, value, context=None) -> DocumentBlockRepresentation | None:
        document = value["document"]
        # The API is read anonymously (and publicly cached): a file in a restricted
        # collection is left out, as Wagtail's download view would refuse it.
        if document is None or not is_readable(document, None):
            return None
        return {
            "id": document.id,
            "title": value["title"] or document.title,
            "description": value["description"],
            "download_url": document.url,
            "file_extension": document.file_extension,
            "file_size": document.file_size,
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video-URL"), help_text=_("Bijvoorbeeld een YouTube- of Vimeo-link.")
    )
    title = blocks.CharBlock(label=_("Titel"), max_length=160)
    transcript = ParagraphBlock(label=_("Uitgeschreven tekst"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "core/blocks/video.html"
        preview_value = {
            "video": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Campagne voeren in een kleine gemeente",
            "transcript": "<p>In deze video vertellen drie campagneleiders…</p>",
        }

    def get_api_representation(self, value, context=None) -> VideoBlockRepresentation:
        return {
            "url": value["video"].url if value["video"] else None,
            "title": value["title"],
            "transcript": self.child_blocks["transcript"].get_api_representation(
                value["transcript"], context
            ),
        }


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        label = _("Tabel")
        template = "core/blocks/table.html"
        preview_value = {
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Tijdlijn richting de verkiezingen",
            "data": [["Wanneer", "Wat"], ["Januari", "Kandidatenlijst vaststellen"]],
        }

    def get_translatable_segments(self, value):
        """wagtail-localize: the caption and every filled cell are strings to translate."""
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row):
                if cell:
                    segments.append(StringSegmentValue(f"cell-{row_index}-{col_index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = {**value, "data": [list(row) for row in value.get("data") or []]}
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            elif segment.path.startswith("cell-"):
                _, row_index, col_index = segment.path.split("-")
                value["data"][int(row_index)][int(col_index)] = text
        return value

    def get_api_representation(self, value, context=None) -> TableBlockRepresentation | None:
        if not value:
            return None
        rows = value.get("data") or []
        has_header = bool(value.get("first_row_is_table_header")) and bool(rows)
        return {
            "caption": value.get("table_caption") or "",
            "header": rows[0] if has_header else [],
            "rows": rows[1:] if has_header else rows,
            "first_col_is_header": bool(value.get("first_col_is_header")),
        }


class StandardBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
    document = DocumentBlock()
    video = VideoBlock()
    table = TableBlock()
