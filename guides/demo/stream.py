"""Turning the demo content's block tuples into StreamField data."""

import uuid


def _rich(html):
    return html if html.lstrip().startswith("<") else f"<p>{html}</p>"


def _table(value):
    return {
        "table_caption": value.get("caption", ""),
        "table_header_choice": "row",
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "data": [list(value["header"]), *[list(row) for row in value["rows"]]],
    }


def stream_data(blocks, *, id_prefix, image_id, document_id, faq_title="Veelgestelde vragen"):
    """StreamField raw data for `blocks`; `image_id(key)` and `document_id(key, title,
    description)` give the ids of the files the blocks refer to. Block ids follow from
    `id_prefix` and the position, so loading twice gives the same ids."""
    data = []
    for block_type, value in blocks:
        block_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{id_prefix}:{len(data)}:{block_type}")

        def items(values, block_id=block_id):
            # List items in Wagtail's block format with stable ids, so loading twice gives the
            # same ids and wagtail-localize can address each item.
            return [
                {"type": "item", "value": v, "id": str(uuid.uuid5(block_id, str(i)))}
                for i, v in enumerate(values)
            ]

        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "paragraph":
            value = _rich(value)
        elif block_type == "steps":
            value = {
                "title": value.get("title", ""),
                "steps": items(
                    [{"title": s["title"], "text": _rich(s["text"])} for s in value["steps"]]
                ),
            }
        elif block_type == "checklist":
            value = {"title": value.get("title", ""), "items": items(value["items"])}
        elif block_type == "callout":
            value = {
                "kind": value["kind"],
                "title": value.get("title", ""),
                "text": _rich(value["text"]),
            }
        elif block_type == "quote":
            value = {key: value.get(key, "") for key in ("quote", "name", "role", "party")}
        elif block_type == "faq":
            entries = value["items"] if isinstance(value, dict) else value
            title = value.get("title", faq_title) if isinstance(value, dict) else faq_title
            value = {
                "title": title,
                "items": items(
                    [{"question": i["question"], "answer": _rich(i["answer"])} for i in entries]
                ),
            }
        elif block_type == "image":
            value = {
                "image": image_id(value["key"]),
                "alt_text": value["alt"],
                "caption": value.get("caption", ""),
            }
        elif block_type == "document":
            value = {
                "document": document_id(value["key"], value["title"], value.get("description", "")),
                "title": value["title"],
                "description": value.get("description", ""),
            }
        elif block_type == "table":
            value = _table(value)
        else:
            raise ValueError(f"unknown demo block type: {block_type}")
        data.append({"type": block_type, "value": value, "id": str(block_id)})
    return data
