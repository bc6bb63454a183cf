"""StreamField bodies as typed blocks in API v3's OpenAPI document.

Wagtail's v3 schema generator types a StreamField as `list[Any]`, so a generated client sees
`body: unknown[]`. Here each StreamBlock becomes a union discriminated on `type`, with one
schema per block type holding the fields of its value: a StructBlock's children, a ListBlock's
items, a field block's Python type, and for a block with its own `get_api_representation` the
TypedDict its return annotation names (images with their renditions, documents, videos,
tables). The shapes are exactly what `StreamBlock.get_api_representation` returns, which v2
and v3 both serve; v3 validates its responses against them.
"""

from datetime import date, datetime, time
from typing import Annotated, Any, Literal, Union, get_type_hints

from pydantic import ConfigDict, Field, create_model
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

TEXT_BLOCKS = (
    blocks.CharBlock,
    blocks.TextBlock,
    blocks.RichTextBlock,
    blocks.RawHTMLBlock,
    blocks.BlockQuoteBlock,
    blocks.URLBlock,
    blocks.EmailBlock,
    blocks.RegexBlock,
)
SCALARS = [
    (blocks.BooleanBlock, bool),
    (blocks.IntegerBlock, int),
    (blocks.FloatBlock, float),
    (blocks.DecimalBlock, float),
    (blocks.DateTimeBlock, datetime),
    (blocks.DateBlock, date),
    (blocks.TimeBlock, time),
]
STRICT = ConfigDict(extra="forbid")


def pascal(name):
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_"))


class StreamSchemas:
    """Builds (and names once) the pydantic types of blocks."""

    def __init__(self):
        self.models = {}  # component name -> the block class it was built for

    def name(self, wanted, block):
        owner = type(block)
        if self.models.get(wanted, owner) is not owner:
            wanted = f"{owner.__name__}{wanted}"
        self.models[wanted] = owner
        return wanted

    def declared(self, block):
        """The return annotation of a block's own get_api_representation, if any."""
        method = type(block).get_api_representation
        if method.__module__.startswith("wagtail."):
            return None
        return get_type_hints(method).get("return")

    def value_type(self, block):
        declared = self.declared(block)
        if declared is not None:
            return declared
        if isinstance(block, blocks.StreamBlock):
            return list[self.stream_union(block)]
        if isinstance(block, blocks.ListBlock):
            return list[self.value_type(block.child_block)]
        if isinstance(block, blocks.StructBlock):
            return self.struct_model(block)
        if isinstance(block, blocks.ChoiceBlock | blocks.MultipleChoiceBlock):
            return self.choice_type(block)
        if isinstance(block, blocks.ChooserBlock):
            return int | None  # the chosen object's id (a document, an image, a page)
        if isinstance(block, EmbedBlock):
            return str | None
        if isinstance(block, TEXT_BLOCKS):
            return str
        if isinstance(block, blocks.StaticBlock):
            return None
        for block_class, python_type in SCALARS:
            if isinstance(block, block_class):
                return python_type if block.required else python_type | None
        return Any

    def choice_type(self, block):
        keys = [key for key, _label in block.field.choices if key != ""]
        choice = Literal[tuple(keys)] if keys else str
        if isinstance(block, blocks.MultipleChoiceBlock):
            return list[choice]
        return choice if block.required else choice | Literal[""]

    def struct_model(self, block):
        class_name = type(block).__name__
        if class_name == "StructBlock":
            class_name = f"{pascal(block.name or 'struct')}Struct"
        name = self.name(f"{class_name.removesuffix('Block')}Value", block)
        fields = {
            child_name: (self.value_type(child), ...)
            for child_name, child in block.child_blocks.items()
        }
        return create_model(name, __config__=STRICT, **fields)

    def stream_union(self, block):
        """One `{type, value, id}` schema per child block, discriminated on `type`."""
        children = [
            create_model(
                self.name(f"{pascal(child_name)}Block", child),
                __config__=STRICT,
                type=(Literal[child_name], ...),
                value=(self.value_type(child), ...),
                id=(str, ...),
            )
            for child_name, child in block.child_blocks.items()
        ]
        if len(children) == 1:
            return children[0]
        return Annotated[Union[tuple(children)], Field(discriminator="type")]  # noqa: UP007


schemas = StreamSchemas()


def typed_streamfield_schema(generator, field):
    """A field schema for Wagtail's v3 read generator (see its `streamfield_schema`)."""
    field_name = field.name
    body_type = list[schemas.stream_union(field.stream_block)]

    def resolve(obj, context):
        value = getattr(obj, field_name)
        return value.stream_block.get_api_representation(value, context)

    return body_type, [], staticmethod(resolve)
