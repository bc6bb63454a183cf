"""The blocks an issue is made of. News items and dossiers live in other section apps, which
this app may not import: their choosers name the page type as a string."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

INTRODUCTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def page_list(page_type, label):
    return blocks.ListBlock(blocks.PageChooserBlock(page_type=page_type), label=label)


class GuidesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, default=_("Uitgelichte gidsen"))
    pages = page_list("guides.GuidePage", _("Gidsen"))

    class Meta:
        icon = "doc-full"
        label = _("Uitgelichte gidsen")
        template = "newsletter/blocks/pages.html"


class NewsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, default=_("Nieuws"))
    pages = page_list("news.NewsItemPage", _("Nieuwsberichten"))

    class Meta:
        icon = "list-ul"
        label = _("Nieuws")
        template = "newsletter/blocks/pages.html"


class DossierBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, default=_("Nieuw dossier"))
    dossier = blocks.PageChooserBlock(page_type="signpost.DossierPage", label=_("Dossier"))
    note = blocks.TextBlock(label=_("Toelichting"), required=False, max_length=600)

    class Meta:
        icon = "folder-open-inverse"
        label = _("Dossier")
        template = "newsletter/blocks/dossier.html"


class UpcomingTrainingsBlock(blocks.StructBlock):
    """Fills itself from the trainings agenda when the issue is sent; the archive then shows
    the list as it was sent (Send.trainings), not today's agenda."""

    heading = blocks.CharBlock(
        label=_("Kop"), max_length=120, default=_("Trainingen die eraan komen")
    )
    limit = blocks.IntegerBlock(label=_("Aantal"), min_value=1, max_value=12, default=5)

    class Meta:
        icon = "date"
        label = _("Komende trainingen")
        template = "newsletter/blocks/trainings.html"


class IssueBodyBlock(blocks.StreamBlock):
    introduction = blocks.RichTextBlock(
        label=_("Introductie"),
        features=INTRODUCTION_FEATURES,
        template="newsletter/blocks/introduction.html",
    )
    guides = GuidesBlock()
    news = NewsBlock()
    dossier = DossierBlock()
    trainings = UpcomingTrainingsBlock()
