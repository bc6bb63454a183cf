"""Markdown bodies of the demo content files, turned into guide blocks.

Parsing is markdown-it-py's (CommonMark, with GFM tables, YAML front matter and MyST-style
colon fences from mdit-py-plugins); this module only walks the syntax tree it gives. Headings
become heading blocks, runs of paragraphs and lists become one text block, and a colon fence
`:::{name} argument` with `:option: value` lines at its top becomes the block of that name. The
syntax is described in demo/README.md.
"""

import html
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .directives import DIRECTIVES

DIRECTIVE_RE = re.compile(r"^\{(?P<name>[a-z]+)\}\s*(?P<argument>.*)$")
OPTION_RE = re.compile(r"^:(?P<name>[a-z_]+):(?:\s+(?P<value>.*))?$")
HEADING_LEVELS = {"h2": "h2", "h3": "h3"}

markdown = (
    MarkdownIt("commonmark", {"typographer": False})
    .enable("table")
    .use(front_matter_plugin)
    .use(colon_fence_plugin)
)


class ContentError(ValueError):
    """A content file that cannot be loaded; the message starts with `file:line:`."""

    def __init__(self, path, line, message):
        self.path, self.line = path, line
        super().__init__(f"{path}:{line}: {message}")


@dataclass
class Block:
    type: str
    value: object
    line: int


class Body:
    """Walks the syntax tree of one file's body; `line` numbers count from the file's start."""

    def __init__(self, path, faq_title):
        self.path = path
        self.faq_title = faq_title

    def error(self, node_or_line, message):
        line = node_or_line if isinstance(node_or_line, int) else self.line_of(node_or_line)
        raise ContentError(self.path, line, message)

    def line_of(self, node, offset=0):
        return (node.map[0] if node.map else 0) + 1 + getattr(node, "_offset", offset)

    def nodes(self, source, offset):
        """Top-level syntax tree nodes of `source`, which starts at line `offset + 1`."""
        tree = SyntaxTreeNode(markdown.parse(source))
        for node in tree.children:
            node._offset = offset
            for descendant in node.walk():
                descendant._offset = offset
        return [node for node in tree.children if node.type != "front_matter"]

    def blocks(self, source, offset=0):
        blocks, text = [], []
        self.lines = source.split("\n")

        def flush():
            if text:
                blocks.append(Block("paragraph", self.rich_text(text), self.line_of(text[0])))
                text.clear()

        for node in self.nodes(source, offset):
            if node.type in ("paragraph", "bullet_list", "ordered_list"):
                text.append(node)
                continue
            flush()
            if node.type == "heading":
                level = HEADING_LEVELS.get(node.tag)
                if level is None:
                    self.error(node, f"only ## and ### headings are blocks, not {node.markup}")
                blocks.append(
                    Block("heading", {"text": self.plain(node), "level": level}, self.line_of(node))
                )
            elif node.type == "colon_fence":
                blocks.append(self.directive(node))
            else:
                self.error(node, f"{node.type} is not a block here; see demo/README.md")
        flush()
        return blocks

    # Text ------------------------------------------------------------------------------------

    def rich_text(self, nodes):
        """Wagtail rich text: <p>, <ul>/<ol>/<li>, <b>, <i> and links, without whitespace
        between the tags, as the editor stores it."""
        return "".join(self.rich_node(node) for node in nodes)

    def rich_node(self, node):
        if node.type == "paragraph":
            inner = self.inline_html(node.children[0])
            return inner if node.hidden else f"<p>{inner}</p>"
        if node.type in ("bullet_list", "ordered_list"):
            tag = "ul" if node.type == "bullet_list" else "ol"
            return f"<{tag}>{''.join(self.rich_node(item) for item in node.children)}</{tag}>"
        if node.type == "list_item":
            return f"<li>{''.join(self.rich_node(child) for child in node.children)}</li>"
        self.error(node, f"{node.type} is not allowed in text")

    def inline_html(self, inline):
        out = []
        for node in inline.children:
            if node.type == "text":
                out.append(html.escape(node.content, quote=False))
            elif node.type == "softbreak":
                out.append(" ")
            elif node.type == "hardbreak":
                out.append("<br/>")
            elif node.type == "code_inline":
                out.append(html.escape(node.content, quote=False))
            elif node.type in ("strong", "em"):
                tag = "b" if node.type == "strong" else "i"
                out.append(f"<{tag}>{self.inline_html(node)}</{tag}>")
            elif node.type == "link":
                href = html.escape(node.attrs["href"])
                out.append(f'<a href="{href}">{self.inline_html(node)}</a>')
            else:
                self.error(inline, f"{node.type} is not allowed in text")
        return "".join(out)

    def plain(self, node):
        """The text of a heading, list item or table cell, without markup."""
        inline = node if node.type == "inline" else node.children[0]
        out = []
        for child in inline.children:
            if child.type in ("text", "code_inline"):
                out.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                out.append(" ")
            elif child.children:
                out.append(self.plain_children(child))
        return "".join(out).strip()

    def plain_children(self, node):
        return "".join(
            c.content if c.type in ("text", "code_inline") else self.plain_children(c)
            for c in node.children
        )

    # Directives ------------------------------------------------------------------------------

    def directive(self, node):
        line = self.line_of(node)
        closing = self.lines[node.map[1] - 1].strip() if node.map[1] - 1 > node.map[0] else ""
        if not closing or closing.strip(":") or len(closing) < len(node.markup):
            self.error(line, f"this {node.markup} block is not closed by a {node.markup} line")
        match = DIRECTIVE_RE.match(node.info.strip())
        if match is None or match["name"] not in DIRECTIVES:
            names = ", ".join(sorted(DIRECTIVES))
            self.error(line, f"unknown block {node.info.strip()!r}; blocks: {names}")
        spec = DIRECTIVES[match["name"]]
        lines = node.content.split("\n")
        options, consumed = {}, 0
        for text in lines:
            option = OPTION_RE.match(text)
            if option is None:
                break
            if option["name"] not in spec.options:
                known = ", ".join(f":{name}:" for name in spec.options) or "none"
                self.error(
                    line + 1 + consumed, f"{option['name']!r}: options of {spec.name}: {known}"
                )
            options[option["name"]] = (option["value"] or "").strip()
            consumed += 1
        for name in spec.required:
            if not options.get(name):
                self.error(line, f"{spec.name} needs :{name}:")
        argument = match["argument"].strip()
        if spec.argument and not argument:
            self.error(
                line, f"{spec.name} needs {spec.argument}: {{{spec.name}}} <{spec.argument}>"
            )
        if argument and not spec.argument:
            self.error(line, f"{spec.name} takes no argument; use its options")
        content = "\n".join(lines[consumed:])
        self.directive_line = line
        value = spec.build(self, argument, options, content, line + consumed)
        return Block(spec.name, value, line)

    def sections(self, content, offset, line, what):
        """(heading text, rich text after it) for content made of `###` headings and text."""
        sections = []
        for node in self.nodes(content, offset):
            if node.type == "heading":
                sections.append((self.plain(node), []))
            elif node.type in ("paragraph", "bullet_list", "ordered_list") and sections:
                sections[-1][1].append(node)
            else:
                self.error(node, f"{what}: start each one with a ### heading")
        if not sections:
            self.error(line, f"{what}: none found; start each one with a ### heading")
        return [(title, self.rich_text(nodes)) for title, nodes in sections]
