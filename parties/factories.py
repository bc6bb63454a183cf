"""Factories for the register, used by the tests and the demo content."""

import factory
from django.contrib.auth import get_user_model

from .models import LocalParty, Membership, Municipality, Province, Role


class ProvinceFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"PV{90 + n % 10}")
    name = factory.Sequence(lambda n: f"Provincie {n}")

    class Meta:
        model = Province
        django_get_or_create = ("code",)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"GM{9000 + n}")
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    province = factory.SubFactory(ProvinceFactory)

    class Meta:
        model = Municipality
        django_get_or_create = ("code",)


class LocalPartyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lokale Lijst {n}")
    province = factory.SubFactory(ProvinceFactory)

    class Meta:
        model = LocalParty
        skip_postgeneration_save = True

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if not create:
            return
        self.municipalities.set(extracted or [MunicipalityFactory(province=self.province)])


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"persoon{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("een-lang-wachtwoord-42")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class MembershipFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    party = factory.SubFactory(LocalPartyFactory)
    role = Role.MEMBER

    class Meta:
        model = Membership
