"""The forum's categories: the guide topics, then three general ones. `ensure_categories()` is
an upsert on the slug (the migration and the demo call it); a guide topic with the same slug is
linked when it exists."""

SEED = [
    ("ledenwerving", "Ledenwerving", "Member recruitment"),
    ("kandidaatstelling", "Kandidaatstelling", "Candidate selection"),
    ("screening", "Screening", "Screening"),
    ("fusie", "Fusie", "Mergers"),
    ("campagne", "Campagne", "Campaigning"),
    ("programma", "Verkiezingsprogramma", "Election manifesto"),
    ("fondsenwerving", "Fondsenwerving", "Fundraising"),
    ("raadswerk", "Raadswerk", "Council work"),
    ("organisatie", "Organisatie", "Organisation"),
    ("algemeen", "Algemeen", "General"),
]


def ensure_categories(category_model, topic_model):
    categories = []
    for order, (slug, name_nl, name_en) in enumerate(SEED, start=1):
        topic = topic_model.objects.filter(slug=slug, locale__language_code="nl").first()
        category, _created = category_model.objects.update_or_create(
            slug=slug,
            defaults={"name_nl": name_nl, "name_en": name_en, "order": order * 10, "topic": topic},
        )
        categories.append(category)
    return categories


def ensure_topic_categories():
    """One category per live Dutch guide topic, named after it in both languages, before the
    three general ones; the seed's other topic categories stay."""
    from guides.models import TopicPage

    from .models import Category

    ensure_categories(Category, TopicPage)
    topics = TopicPage.objects.live().filter(locale__language_code="nl").order_by("path")
    for order, topic in enumerate(topics, start=1):
        english = topic.get_translations().filter(locale__language_code="en").first()
        Category.objects.update_or_create(
            slug=topic.slug,
            defaults={
                "name_nl": topic.title,
                "name_en": english.title if english else "",
                "topic": topic,
                "order": order * 10,
            },
        )
    for order, slug in enumerate(["raadswerk", "organisatie", "algemeen"], start=90):
        Category.objects.filter(slug=slug).update(order=order * 10)
