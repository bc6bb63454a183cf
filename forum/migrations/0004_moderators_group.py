from django.contrib.auth.management import create_permissions
from django.db import migrations

from forum.access import MODERATORS_GROUP

# What the moderation screen asks for: the forum's permission, and entry to the Wagtail admin.
PERMISSIONS = [("forum", "moderate_forum"), ("wagtailadmin", "access_admin")]


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; make the forum's now.
    config = apps.get_app_config("forum")
    config.models_module = True
    try:
        create_permissions(config, apps=apps, verbosity=0)
    finally:
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0003_moderation_lift"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    # Going back leaves the group: deleting it here would need every model that points at a
    # group in this migration's state (Wagtail's page and collection permissions, ...).
    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
