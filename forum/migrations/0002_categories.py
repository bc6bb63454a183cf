from django.db import migrations

from forum.categories import ensure_categories


def seed(apps, schema_editor):
    ensure_categories(apps.get_model("forum", "Category"), apps.get_model("guides", "TopicPage"))


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
