from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeliveryConfig(AppConfig):
    """What is left of the old delivery app: headless preview and the health view (moving to
    api/ and core/), and its migrations, which stay installed so every database migrates the
    same way: 0001-0002 made the webhook table (now webhooks.WebhookDelivery, same table),
    0003 lets editors manage their own API tokens, 0004 hands the model over to webhooks/."""

    name = "delivery"
    verbose_name = _("Levering")
    default_auto_field = "django.db.models.BigAutoField"
