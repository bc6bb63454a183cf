"""The signpost: resources (content/<lang>/wegwijzer/bronnen.yaml), the signpost page with its
role pages and dossiers (wegwijzer.yaml), in Dutch and English. Resources are keyed on their
Dutch title, pages on their slug: loading twice creates nothing twice."""

from wagtail.models import Locale

from signpost.factories import (
    DossierPageFactory,
    ResourceFactory,
    RolePageFactory,
    SignpostPageFactory,
)
from signpost.models import (
    DossierPage,
    DossierResourceLink,
    Resource,
    RolePage,
    RoleResourceLink,
    SignpostPage,
)

from .files import Translator, english_of, publish, questions_stream, read_pair

RESOURCE_FIELDS = ("organisation", "url", "description", "kind", "language", "date_checked")


def load(demo, pages):
    resources_nl, resources_en = read_pair("wegwijzer", "bronnen")
    content_nl, content_en = read_pair("wegwijzer", "wegwijzer")
    translator = Translator(demo)
    resources = load_resources(resources_nl, resources_en, translator)
    index = demo.upsert(
        SignpostPage,
        SignpostPageFactory,
        pages["home"],
        content_nl["slug"],
        {
            "title": content_nl["title"],
            "intro": content_nl["intro"],
        },
    )
    translator.page(index, {n: content_en[n] for n in ("title", "slug", "intro")})
    roles = {}
    for item in content_nl["roles"]:
        fields = {"title": item["title"], "intro": item["intro"]}
        role = demo.upsert(RolePage, RolePageFactory, index, item["slug"], fields)
        role.resource_links = [
            RoleResourceLink(resource=resources[key]) for key in item.get("resources", [])
        ]
        publish(demo, role)
        roles[item["key"]] = role
    dossiers = {}
    for item in content_nl["dossiers"]:
        fields = {
            "title": item["title"],
            "intro": item["intro"],
            "search_terms": item.get("search_terms", ""),
            "key_questions": questions_stream(item["key_questions"], f"dossier:{item['key']}"),
        }
        dossier = demo.upsert(DossierPage, DossierPageFactory, index, item["slug"], fields)
        dossier.roles = [roles[key] for key in item.get("roles", [])]
        dossier.resource_links = [
            DossierResourceLink(resource=resources[key]) for key in item["resources"]
        ]
        publish(demo, dossier)
        dossiers[item["key"]] = dossier
    for item in content_nl["roles"]:
        english = english_of(content_en["roles"], item["key"], "wegwijzer/wegwijzer.yaml")
        translator.page(roles[item["key"]], {n: english[n] for n in ("title", "slug", "intro")})
    for item in content_nl["dossiers"]:
        english = english_of(content_en["dossiers"], item["key"], "wegwijzer/wegwijzer.yaml")
        fields = {n: english[n] for n in ("title", "slug", "intro")}
        fields["search_terms"] = english.get("search_terms", "")
        fields["key_questions"] = questions_stream(
            english["key_questions"], f"dossier:{item['key']}"
        )
        translator.page(dossiers[item["key"]], fields, streams=["key_questions"])
    demo.log(
        f"Demo signpost: {len(roles)} roles, {len(dossiers)} dossiers, "
        f"{len(resources)} resources, in Dutch and English."
    )


def load_resources(items_nl, items_en, translator):
    dutch = Locale.get_default()
    resources = {}
    for item in items_nl:
        fields = {name: item[name] for name in RESOURCE_FIELDS if name in item}
        resource = Resource.objects.filter(locale=dutch, title=item["title"]).first()
        if resource is None:
            resource = ResourceFactory(title=item["title"], locale=dutch, **fields)
        else:
            for name, value in fields.items():
                setattr(resource, name, value)
            resource.save()
        english = english_of(items_en, item["key"], "wegwijzer/bronnen.yaml")
        translator.snippet(
            resource, {n: english.get(n, item[n]) for n in ("title", "organisation", "description")}
        )
        resources[item["key"]] = resource
    return resources
