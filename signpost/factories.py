import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from .models import DossierPage, Resource, RolePage, SignpostPage


class SignpostPageFactory(wagtail_factories.PageFactory):
    title = "Wegwijzer"
    slug = "wegwijzer"
    intro = "Waar raadsleden, wethouders en bestuurders informatie en training vinden."

    class Meta:
        model = SignpostPage


class RolePageFactory(wagtail_factories.PageFactory):
    title = factory.Iterator(["Raadslid", "Wethouder", "Fractievoorzitter", "Bestuurslid"])
    slug = factory.LazyAttributeSequence(lambda role, n: f"{slugify(role.title)}-{n}")
    intro = factory.Faker("paragraph", nb_sentences=2, locale="nl_NL")

    class Meta:
        model = RolePage


class DossierPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dossier {n}")
    slug = factory.LazyAttribute(lambda dossier: slugify(dossier.title))
    intro = factory.Faker("paragraph", nb_sentences=3, locale="nl_NL")
    key_questions = factory.LazyFunction(
        lambda: [("question", "Welke keuzes liggen er voor de raad?")]
    )

    class Meta:
        model = DossierPage


class ResourceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Handreiking {n}")
    organisation = "Vereniging van Griffiers"
    url = factory.Sequence(lambda n: f"https://example.org/bron-{n}")
    description = factory.Faker("paragraph", nb_sentences=2, locale="nl_NL")
    kind = Resource.Kind.GUIDANCE
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Resource
