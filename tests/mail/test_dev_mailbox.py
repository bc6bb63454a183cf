"""Development without EMAIL_HOST: every message becomes an .eml file under var/mail/, which a
developer reads at /admin/mail/."""

from email import policy
from email.parser import BytesParser

import pytest

from mail.messages import send_templated

pytestmark = pytest.mark.django_db


@pytest.fixture
def dev_mail(settings, tmp_path):
    settings.EMAIL_BACKEND = "mail.backends.EmlFileBackend"
    settings.EMAIL_FILE_PATH = tmp_path / "mail"
    return tmp_path / "mail"


def test_messages_are_written_as_eml_files_and_listed(
    dev_mail, admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_templated(
            "mail/notice", to="piet@partij.example", language="nl",
            context={"title": "Nieuwe vraag", "body": "Zie de helpdesk."},
        )  # fmt: skip
    [path] = list(dev_mail.glob("*.eml"))
    parsed = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert parsed["Subject"].startswith("Nieuwe vraag") and parsed["To"] == "piet@partij.example"
    listing = admin_client.get("/admin/mail/")
    assert listing.status_code == 200
    assert (
        "Nieuwe vraag" in listing.content.decode()
        and "piet@partij.example" in listing.content.decode()
    )
    shown = admin_client.get(f"/admin/mail/{path.name}/")
    assert shown.status_code == 200 and "Zie de helpdesk." in shown.content.decode()


def test_the_mailbox_is_not_there_when_mail_leaves_the_machine(admin_client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert admin_client.get("/admin/mail/").status_code == 404


def test_only_superusers_read_the_mailbox(dev_mail, client, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    refused = client.get("/admin/mail/")  # Wagtail turns the 403 into a redirect with a message
    assert refused.status_code in (302, 403) and b"Nieuwe vraag" not in refused.content
    assert client.get("/admin/mail/../../etc/passwd/").status_code in (403, 404)
