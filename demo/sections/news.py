"""News (content/<lang>/nieuws/nieuws.yaml): the news index and its items, bodies in Markdown,
topics by the guides' topic folder names, in Dutch and English; keyed on slugs."""

from news.factories import NewsIndexPageFactory, NewsItemPageFactory
from news.models import NewsIndexPage, NewsItemPage

from .files import Translator, english_of, markdown_stream, publish, read_pair

LABEL = "nieuws/nieuws.yaml"


def load(demo, pages):
    content_nl, content_en = read_pair("nieuws", "nieuws")
    translator = Translator(demo)
    fields = {"title": content_nl["title"], "intro": content_nl["intro"]}
    index = demo.upsert(
        NewsIndexPage, NewsIndexPageFactory, pages["home"], content_nl["slug"], fields
    )
    translator.page(index, {n: content_en[n] for n in ("title", "slug", "intro")})
    for item in content_nl["items"]:
        fields = {
            "title": item["title"],
            "date": item["date"],
            "summary": item["summary"],
            "body": markdown_stream(item["body"], f"news:{item['key']}", f"nl/{LABEL}"),
        }
        news = demo.upsert(NewsItemPage, NewsItemPageFactory, index, item["slug"], fields)
        news.topics = [pages["topics"][key] for key in item.get("topics", [])]
        publish(demo, news)
        english = english_of(content_en["items"], item["key"], LABEL)
        fields = {n: english[n] for n in ("title", "slug", "summary")}
        fields["body"] = markdown_stream(english["body"], f"news:{item['key']}", f"en/{LABEL}")
        translator.page(news, fields, streams=["body"])
    demo.log(f"Demo news: {len(content_nl['items'])} items, in Dutch and English.")
