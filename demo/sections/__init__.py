"""Demo content of the sections beyond the guides, loaded after the guides and their English
translations. Each section has a module here with `load(demo, pages)`: `demo` is the
`DemoSite` (its `editor`, `log`, `images`, `documents`), `pages` what the guide loader built
(`home`, `topics`, `guides`, keyed as in demo/content). Each loader is an upsert, like the
guides'. Sections come in the order of SECTIONS, so a later one may use an earlier one's work.
"""

from importlib import import_module

SECTIONS = [
    "demo.sections.parties",
    "demo.sections.helpdesk",
    "demo.sections.forum",
    "demo.sections.signpost",
    "demo.sections.news",
    "demo.sections.learningpaths",
    "demo.sections.trainings",
    "demo.sections.newsletter",
]


def load_sections(demo, pages):
    for name in SECTIONS:
        import_module(name).load(demo, pages)
