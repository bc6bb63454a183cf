"""Learning paths (content/<lang>/leerpaden/leerpaden.yaml): ordered series of the demo guides,
named by their `<topic>/<file name>` keys, in Dutch and English; keyed on slugs."""

from learningpaths.factories import LearningPathIndexPageFactory, LearningPathPageFactory
from learningpaths.models import LearningPathIndexPage, LearningPathPage, LearningPathStep

from ..markdown import ContentError
from .files import Translator, english_of, publish, read_pair

LABEL = "leerpaden/leerpaden.yaml"


def load(demo, pages):
    content_nl, content_en = read_pair("leerpaden", "leerpaden")
    translator = Translator(demo)
    fields = {"title": content_nl["title"], "intro": content_nl["intro"]}
    index = demo.upsert(
        LearningPathIndexPage,
        LearningPathIndexPageFactory,
        pages["home"],
        content_nl["slug"],
        fields,
    )
    translator.page(index, {n: content_en[n] for n in ("title", "slug", "intro")})
    for item in content_nl["paths"]:
        fields = {"title": item["title"], "intro": item["intro"]}
        path = demo.upsert(LearningPathPage, LearningPathPageFactory, index, item["slug"], fields)
        unknown = [key for key in item["guides"] if key not in pages["guides"]]
        if unknown:
            raise ContentError(f"nl/{LABEL}", 1, f"{item['key']}: no guide {unknown[0]!r}")
        path.steps = [LearningPathStep(guide=pages["guides"][key]) for key in item["guides"]]
        publish(demo, path)
        english = english_of(content_en["paths"], item["key"], LABEL)
        translator.page(path, {n: english[n] for n in ("title", "slug", "intro")})
    demo.log(f"Demo learning paths: {len(content_nl['paths'])} paths, in Dutch and English.")
