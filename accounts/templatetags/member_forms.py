"""Accessible form fields: labels, help and errors linked to the input (aria-describedby)."""

from django import template

register = template.Library()


def described_by(field):
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_help")
    if field.errors:
        ids.append(f"{field.auto_id}_errors")
    return " ".join(ids)


@register.simple_tag
def accessible_widget(field):
    attrs = {}
    ids = described_by(field)
    if ids:
        attrs["aria-describedby"] = ids
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def describedby_ids(field):
    return described_by(field)


@register.filter
def is_choice_list(field):
    return field.widget_type in {"radioselect", "checkboxselectmultiple"}


@register.filter
def is_checkbox(field):
    return field.widget_type == "checkbox"
