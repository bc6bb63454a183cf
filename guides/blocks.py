"""StreamField blocks only guides use: steps and checklists, on top of the shared body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import ParagraphBlock, StandardBodyBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Stap"), max_length=160)
    text = ParagraphBlock(label=_("Uitleg"), required=False)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=160)
    steps = blocks.ListBlock(StepBlock(), label=_("Stappen"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Stappenplan")
        template = "guides/blocks/steps.html"
        preview_value = {
            "title": "Zo stelt u een wervingsplan op",
            "steps": [
                {"title": "Bepaal uw doel", "text": "<p>Hoeveel nieuwe leden wilt u?</p>"},
                {"title": "Kies uw doelgroepen", "text": "<p>Jongeren, ondernemers…</p>"},
            ],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=160)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Punt"), max_length=300), label=_("Punten"), min_num=1
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "guides/blocks/checklist.html"
        preview_value = {
            "title": "Voor de ledenvergadering",
            "items": ["Agenda verstuurd", "Kandidatenlijst bijgevoegd"],
        }


class GuideBodyBlock(StandardBodyBlock):
    steps = StepsBlock()
    checklist = ChecklistBlock()

    class Meta:
        block_counts = {"faq": {"max_num": 1}}
