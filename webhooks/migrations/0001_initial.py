"""The webhook log moves here from delivery/ with its table and its rows: the table was made by
delivery/migrations 0001-0002 and keeps its name, so this migration only records the model in
this app's state, and moves the content type (and the permissions groups hold on it) along."""

import django.utils.timezone
from django.db import migrations, models


def move_content_type(apps, schema_editor, source="delivery", target="webhooks"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=target, model="webhookdelivery").exists():
        ContentType.objects.filter(app_label=source, model="webhookdelivery").update(
            app_label=target
        )


def move_content_type_back(apps, schema_editor):
    move_content_type(apps, schema_editor, source="webhooks", target="delivery")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("delivery", "0002_durable_webhook_deliveries"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="WebhookDelivery",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="aangemaakt")),
                        ("event", models.CharField(max_length=20, verbose_name="gebeurtenis")),
                        ("page_id", models.PositiveIntegerField(null=True, verbose_name="pagina-id")),
                        ("page_title", models.CharField(blank=True, max_length=255, verbose_name="pagina")),
                        ("target_url", models.URLField(max_length=500, verbose_name="adres")),
                        ("payload", models.JSONField(verbose_name="inhoud")),
                        ("status", models.CharField(choices=[("pending", "Wacht"), ("sending", "Wordt verzonden"), ("delivered", "Afgeleverd"), ("failed", "Mislukt")], default="pending", max_length=10, verbose_name="status")),
                        ("attempts", models.PositiveSmallIntegerField(default=0, verbose_name="pogingen")),
                        ("next_attempt_at", models.DateTimeField(default=django.utils.timezone.now, null=True, verbose_name="volgende poging")),
                        ("claimed_at", models.DateTimeField(blank=True, null=True, verbose_name="verzending gestart")),
                        ("claim_token", models.CharField(blank=True, max_length=32)),
                        ("response_status", models.PositiveSmallIntegerField(blank=True, null=True, verbose_name="laatste antwoordcode")),
                        ("error", models.TextField(blank=True, verbose_name="laatste foutmelding")),
                        ("finished_at", models.DateTimeField(blank=True, null=True, verbose_name="afgerond")),
                    ],
                    options={
                        "verbose_name": "webhookmelding",
                        "verbose_name_plural": "webhookmeldingen",
                        "db_table": "delivery_webhookdelivery",
                        "ordering": ["-created_at", "-id"],
                        "indexes": [models.Index(fields=["status", "next_attempt_at"], name="delivery_due_idx")],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]  # fmt: skip
