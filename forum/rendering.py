"""A post's Markdown as safe HTML: markdown-it-py renders (raw HTML off), nh3 (ammonia)
sanitises what comes out. Images may only come from the forum's own attachments, so a post
never makes a reader's browser call another server."""

import nh3
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

markdown = MarkdownIt("commonmark", {"html": False}).enable("table").enable("strikethrough")

TAGS = {
    "p", "br", "strong", "em", "del", "a", "blockquote", "code", "pre", "ul", "ol", "li",
    "h3", "h4", "hr", "img", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
HEADINGS = {"h1": "h3", "h2": "h3", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}


def keep_attribute(tag, attribute, value):
    if tag == "img" and attribute == "src" and not value.startswith("/"):
        return None
    return value


def render(text):
    html = markdown.render(text)
    for heading, level in HEADINGS.items():  # a post's headings sit below the page's
        html = html.replace(f"<{heading}>", f"<{level}>").replace(f"</{heading}>", f"</{level}>")
    cleaned = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=keep_attribute,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener ugc",
    )
    return mark_safe(cleaned)  # noqa: S308 - sanitised by nh3 just above


def quote(post, author_name):
    lines = post.body.strip().splitlines()[:20]
    quoted = "\n".join(f"> {line}" for line in lines)
    return f"> **{author_name}:**\n{quoted}\n\n"
