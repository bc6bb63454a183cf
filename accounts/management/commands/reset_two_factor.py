from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Removes a user's two-factor authentication (authenticator app and recovery codes), "
        "for an editor who lost the phone: the next login asks for the password only, and "
        "with ADMIN_REQUIRE_TWO_FACTOR the admin then asks to set up a new app."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        users = get_user_model().objects
        try:
            user = users.get_by_natural_key(username)
        except users.model.DoesNotExist:
            raise CommandError(f"No user {username!r}.") from None
        removed, _ = Authenticator.objects.filter(user=user).delete()
        if not removed:
            self.stdout.write(f"{username!r} has no two-factor authentication; nothing changed.")
            return
        self.stdout.write(f"Two-factor authentication of {username!r} removed.")
