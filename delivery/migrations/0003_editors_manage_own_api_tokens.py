from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Editors", "Moderators")  # Wagtail's standard groups
ACTIONS = ("add", "view", "change", "delete")


def grant(apps, schema_editor):
    """Editors and moderators may make API tokens for themselves (API v3 writes act with the
    token owner's own page permissions); managing other people's tokens still needs the
    permission to change users."""
    # Permissions are normally made after all migrations; make wagtailcore's now.
    config = apps.get_app_config("wagtailcore")
    config.models_module = True
    try:
        create_permissions(config, apps=apps, verbosity=0)
    finally:
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        codename__in=[f"{action}_apitoken" for action in ACTIONS],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        codename__in=[f"{action}_apitoken" for action in ACTIONS],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("delivery", "0002_durable_webhook_deliveries"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
