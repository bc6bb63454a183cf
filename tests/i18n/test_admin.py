"""Editors work in Dutch and translate with wagtail-localize: its editor, PO files, sync."""

import datetime

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(demo_guide):
    return Translation.objects.get(
        source__object_id=demo_guide.translation_key, target_locale__language_code="en"
    )


def test_a_new_editors_admin_is_dutch(client, editor):
    response = client.get("/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert '"label": "Pagina\'s"' in html  # the admin menu, in Dutch
    assert "Inloggen in Wagtail" in client_logged_out_login_page()


def client_logged_out_login_page():
    from django.test import Client

    return Client().get("/admin/login/").content.decode()


def test_english_guide_opens_in_the_translation_editor(client, editor, demo_guide, translation):
    target = translation.get_target_instance()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[target.id]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "w-translation-editor" in html or "translation-editor" in html
    assert reverse("wagtail_localize:download_pofile", args=[translation.id]) in html


def test_po_export_pairs_dutch_and_english(client, editor, translation, demo_guide):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entries = {entry.msgctxt: entry for entry in po}
    assert entries["title"].msgid == demo_guide.title
    assert entries["title"].msgstr.startswith("Membership recruitment")
    assert entries["slug"].msgstr == "plan"
    assert po.untranslated_entries() == []


def test_po_import_updates_the_translation(
    client, editor, translation, django_capture_on_commit_callbacks
):
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "title":
            entry.msgstr = "A recruitment plan (revised)"
    upload = SimpleUploadedFile("guide-en.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert (
        StringTranslation.objects.get(
            locale__language_code="en",
            context__object_id=translation.source.object_id,
            context__path="title",
        ).data
        == "A recruitment plan (revised)"
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=editor, publish=True)
    assert translation.get_target_instance().title == "A recruitment plan (revised)"


def test_sync_keeps_dates_owner_and_topic_but_not_tags(
    demo_guide, translation, django_capture_on_commit_callbacks
):
    demo_guide.review_by = datetime.date(2031, 1, 31)
    demo_guide.tags.set(["alleen-nederlands"])
    demo_guide.save_revision().publish()
    source = TranslationSource.objects.get(pk=translation.source_id)
    source.update_from_db()  # "Sync translated pages" in the admin
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = translation.get_target_instance().specific
    assert english.review_by == datetime.date(2031, 1, 31)
    assert english.content_owner_id == demo_guide.content_owner_id
    assert english.topic.locale == Locale.objects.get(language_code="en")
    assert "alleen-nederlands" not in list(english.tags.names())
    assert "membership recruitment" in list(english.tags.names())


def test_editor_submits_a_new_guide_for_translation(
    client, editor, topic, django_capture_on_commit_callbacks
):
    from guides.factories import GuidePageFactory
    from guides.models import GuidePage

    guide = GuidePageFactory(parent=topic, slug="nieuwe-gids", title="Een nieuwe gids")
    guide.save_revision().publish()
    english_locale = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[guide.id]),
            {"locales": [english_locale.id]},
        )
    assert response.status_code == 302
    english = GuidePage.objects.get(translation_key=guide.translation_key, locale=english_locale)
    assert english.get_parent().specific == topic.get_translation(english_locale).specific
    assert english.topic.locale == english_locale
    assert not english.live  # a draft until the translator publishes it
    assert client.get(f"/en/guides/membership-recruitment/{english.slug}/").status_code == 404
    translation = Translation.objects.get(
        source__object_id=guide.translation_key, target_locale=english_locale
    )
    assert translation.get_progress()[1] == 0
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[english.id]))
    assert edit.status_code == 200
