"""Mergers (fusies): two parties become one, and their people come along."""

from django.db import transaction

from .models import LocalParty, PartyStatus


@transaction.atomic
def merge_parties(sources, target):
    """Folds `sources` into `target`: memberships and municipalities move to the target, the
    sources stay in the register as merged into it. Returns the number of memberships moved."""
    moved = 0
    for source in sources:
        if source.pk == target.pk:
            continue
        moved += source.memberships.update(party=target)
        target.municipalities.add(*source.municipalities.all())
        LocalParty.objects.filter(merged_into=source).update(merged_into=target)
        source.status = PartyStatus.MERGED
        source.merged_into = target
        source.save(update_fields=["status", "merged_into", "updated_at"])
    return moved


@transaction.atomic
def merge_into_new_party(parties, *, name, short_name=""):
    """Fusie into a new party that carries the municipalities and people of all of them."""
    first = parties[0]
    target = LocalParty.objects.create(
        name=name,
        short_name=short_name,
        province=first.province,
        eligible=all(party.eligible for party in parties),
        notes=", ".join(party.name for party in parties),
    )
    merge_parties(parties, target)
    return target
