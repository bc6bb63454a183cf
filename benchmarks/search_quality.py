"""Search quality on the demo site: readers' own queries, each with the guide (or topic) that
must come first. Prints hit@1, hit@3 and MRR per backend and locale.

    .venv/bin/python benchmarks/search_quality.py                    # SQLite
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/search_quality.py
    SEARCH_URL=http://127.0.0.1:9200 .venv/bin/python benchmarks/search_quality.py

Measured 2026-11-28, after files joined the results (49 Dutch incl. 3 file queries + 10 English):
    sqlite      nl  hit@1 0.959  hit@3 1.000  MRR 0.980    en  1.000 / 1.000 / 1.000
    postgresql  nl  hit@1 0.939  hit@3 1.000  MRR 0.969    en  1.000 / 1.000 / 1.000
    opensearch  nl  hit@1 0.898  hit@3 0.980  MRR 0.938    en  1.000 / 1.000 / 1.000
"""

from search_setup import backends, build_opensearch_index, database_label, setup_django, using

# (query, expected): expected is a guide slug, "topic:<Dutch topic slug>" or "file:<title>".
DUTCH = [
    ("hoe krijgen we meer leden", "wervingsplan"),
    ("wervingsplan maken", "wervingsplan"),
    ("ledenwerfactie", "topic:ledenwerving"),
    ("nieuwe leden werven", "topic:ledenwerving"),
    ("leden behouden", "binden-en-behouden"),
    ("ledenadministratie en de AVG", "binden-en-behouden"),
    ("open avond voor nieuwe leden", "campagnes-en-activiteiten"),
    ("kandidaatsteling", "topic:kandidaatstelling"),
    ("kandidatenlijst vaststellen", "kandidatenlijst-vaststellen"),
    ("wie wordt onze lijsttrekker", "kandidatenlijst-vaststellen"),
    ("ondersteuningsverklaringen verzamelen", "registratie-en-inlevering"),
    ("registratie van de aanduiding", "registratie-en-inlevering"),
    ("talent scouten", "talent-en-commissie"),
    ("kandidaatstellingscommissie", "talent-en-commissie"),
    ("VOG voor kandidaten", "vog-referenties-sociale-media"),
    ("verklaring omtrent het gedrag", "vog-referenties-sociale-media"),
    ("kandidaten screenen", "topic:screening"),
    ("screeningsprocedure opzetten", "procedure"),
    ("risicoanalyse voor wethouders", "wethouders-risicoanalyse"),
    ("integriteit van kandidaat-wethouders", "wethouders-risicoanalyse"),
    ("samengaan met een andere partij", "topic:fusie"),
    ("fuseren", "topic:fusie"),
    ("twee partijen samenvoegen", "topic:fusie"),
    ("statuten en notaris bij een fusie", "statuten-notaris-financien"),
    ("nieuwe naam na de fusie", "naam-cultuur-samenwerking"),
    ("campagneplan", "plan"),
    ("deur aan deur", "deur-aan-deur-flyeren"),
    ("flyeren", "deur-aan-deur-flyeren"),
    ("marktkraam", "deur-aan-deur-flyeren"),
    ("lokale pers benaderen", "media-en-verkiezingsdag"),
    ("debatten voorbereiden", "media-en-verkiezingsdag"),
    ("verkiezingsprogramma schrijven", "schrijven"),
    ("programmacommissie", "schrijven"),
    ("inwoners betrekken bij het programma", "leden-en-inwoners-betrekken"),
    ("programma doorrekenen", "doorrekenen-en-onderhandelen"),
    ("coalitieonderhandelingen", "doorrekenen-en-onderhandelen"),
    ("giften", "giften-sponsoring"),
    ("sponsoring door bedrijven", "giften-sponsoring"),
    ("crowdfunding", "acties-boekhouding"),
    ("boekhouding van de penningmeester", "acties-boekhouding"),
    ("geld inzamelen", "topic:fondsenwerving"),
    ("afdrachten van raadsleden", "topic:fondsenwerving"),
    ("verkiezigsprogramma", "topic:programma"),
    ("sponsorring", "giften-sponsoring"),
    ("wervinsplan", "wervingsplan"),
    ("campagne voor de gemeenteraadsverkiezingen", "topic:campagne"),
    ("sjabloon wervingsplan", "file:Sjabloon wervingsplan"),
    ("vragenlijst voor het screenen", "file:Modelvragenlijst voor het screenen van kandidaten"),
    ("begroting downloaden", "file:Sjabloon begroting lokale partij"),
]

ENGLISH = [
    ("how do we get more members", "topic:ledenwerving"),
    ("recruiting members", "topic:ledenwerving"),
    ("candidate nomination", "topic:kandidaatstelling"),
    ("certificate of conduct for candidates", "topic:screening"),
    ("screening candidates", "topic:screening"),
    ("party merger", "topic:fusie"),
    ("merging with another party", "topic:fusie"),
    ("door to door canvassing", "topic:campagne"),
    ("election manifesto", "topic:programma"),
    ("fundraising and donations", "topic:fondsenwerving"),
]


def topic_slugs(language):
    from demo.content import DemoContent

    topics = DemoContent().topics
    if language == "nl":
        return {t["slug"]: t["slug"] for t in topics}
    return {t["slug"]: t.english["slug"] for t in topics}


def matches(hit, expected, topics):
    if expected.startswith("topic:"):
        return hit.topic_slug == topics.get(expected[6:])
    if expected.startswith("file:"):
        return hit.is_file and hit.file.title == expected[5:]
    return hit.page is not None and hit.page.slug == expected


def label(hit):
    return f"file {hit.file.title}" if hit.is_file else hit.page.slug


def evaluate(cases, language):
    from search.service import SearchRequest, search

    topics = topic_slugs(language)
    ranks, misses = [], []
    for query, expected in cases:
        hits = search(SearchRequest.from_raw(query, language)).hits
        rank = next((i for i, hit in enumerate(hits, 1) if matches(hit, expected, topics)), None)
        ranks.append(rank)
        if rank != 1:
            first = label(hits[0]) if hits else "—"
            misses.append(f"    {query!r}: expected {expected}, rank {rank}, first {first}")
    n = len(ranks)
    hit1 = sum(1 for r in ranks if r == 1) / n
    hit3 = sum(1 for r in ranks if r and r <= 3) / n
    mrr = sum(1 / r for r in ranks if r) / n
    return n, hit1, hit3, mrr, misses


def main():
    connection = setup_django()
    from django.db.models import Count
    from wagtail.models import Page

    from demo.loader import DemoSite

    DemoSite(log=lambda message: None).load()
    languages = dict(
        Page.objects.live()
        .values_list("locale__language_code")
        .annotate(n=Count("id"))
        .values_list("locale__language_code", "n")
    )
    label = database_label(connection)
    if "opensearch" in backends():
        build_opensearch_index()
    for backend in backends():
        name = label if backend == "database" else "opensearch"
        for language, cases in (("nl", DUTCH), ("en", ENGLISH)):
            if not languages.get(language):
                print(f"{name:<11} {language}: no {language} content in the demo site; skipped")
                continue
            with using(backend):
                n, hit1, hit3, mrr, misses = evaluate(cases, language)
            print(
                f"{name:<11} {language}: {n} queries  hit@1 {hit1:.3f}  hit@3 {hit3:.3f}  "
                f"MRR {mrr:.3f}"
            )
            for line in misses:
                print(line)


if __name__ == "__main__":
    main()
