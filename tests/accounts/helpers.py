from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from accounts.models import MemberProfile

PASSWORD = "Lokaal-Bestuur-2026!"


def make_member(email, *, name="Sanne de Vries", language="nl", verified=True):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    MemberProfile.objects.create(user=user, full_name=name, language=language)
    return user


def signup_data(email, **extra):
    return {
        "email": email,
        "full_name": "Sanne de Vries",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }
