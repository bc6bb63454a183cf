from django.db import migrations

GROUPS = [
    ("nl", "fusie, fuseren, samengaan, samenvoegen"),
    ("nl", "VOG, verklaring omtrent het gedrag"),
    ("nl", "programma, verkiezingsprogramma"),
    ("nl", "leden, lidmaatschap"),
    ("nl", "kandidaatstelling, kandidaten, kandidatenlijst"),
    ("nl", "fondsenwerving, geld inzamelen, donaties"),
    ("nl", "campagne, campagne voeren"),
    ("nl", "screening, screenen, integriteitstoets"),
    ("en", "manifesto, election programme, programme"),
    ("en", "merger, merge, join forces"),
    ("en", "certificate of conduct, VOG"),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, terms in GROUPS:
        Synonym.objects.get_or_create(language=language, terms=terms)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
