"""Parsed blocks as StreamField data, with stable ids and the ids of the files they show."""

import uuid

from .directives import DocumentRef, ImageRef

# The list fields of the blocks: their items get Wagtail's list-block format.
LIST_FIELDS = {"steps": "steps", "checklist": "items", "faq": "items"}


def stream_data(blocks, *, id_prefix, image_id, document_id):
    """StreamField raw data for `blocks`; `image_id(ref)` and `document_id(ref)` give the ids of
    the files the blocks refer to. Block and item ids follow from `id_prefix` and the position,
    so loading twice gives the same ids and the English page's blocks pair with the Dutch."""
    data = []
    for block in blocks:
        block_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{id_prefix}:{len(data)}:{block.type}")
        value = block.value
        if isinstance(value, dict):
            value = {name: resolve(field, image_id, document_id) for name, field in value.items()}
            list_field = LIST_FIELDS.get(block.type)
            if list_field:
                value[list_field] = [
                    {"type": "item", "value": item, "id": str(uuid.uuid5(block_id, str(index)))}
                    for index, item in enumerate(value[list_field])
                ]
        data.append({"type": block.type, "value": value, "id": str(block_id)})
    return data


def resolve(field, image_id, document_id):
    if isinstance(field, ImageRef):
        return image_id(field)
    if isinstance(field, DocumentRef):
        return document_id(field)
    return field
