"""WebhookDelivery now belongs to webhooks/ (same table, see webhooks/migrations/0001)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("delivery", "0003_editors_manage_own_api_tokens"),
        ("webhooks", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="WebhookDelivery")],
            database_operations=[],
        ),
    ]
