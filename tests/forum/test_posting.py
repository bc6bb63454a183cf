"""Writing: Markdown made safe, attachments checked by their bytes and served only to members,
the edit window, the answer mark, held first posts, the rate limit, locked threads."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from forum.models import Attachment, Post, Thread
from forum.posting import start_thread
from forum.rendering import render

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(anne, algemeen):
    return start_thread(algemeen, anne, "Subsidie voor de fractie", "Wie weet hoe dit zit?")


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_markdown_is_rendered_and_sanitised():
    html = render(
        "**vet** <script>alert(1)</script> [x](javascript:alert(1)) ![a](https://elders.nl/p.png)"
        "\n\n# Kop"
    )
    assert "<strong>vet</strong>" in html
    assert "<script" not in html and 'href="javascript' not in html
    assert "elders.nl" not in html
    assert "<h3>Kop</h3>" in html
    assert 'rel="nofollow noopener ugc"' in render("[site](https://example.org)")


def test_an_image_attachment_is_served_to_members_only(anne_client, bram_client, thread):
    upload = SimpleUploadedFile("foto.txt", png_bytes(), content_type="text/plain")
    response = anne_client.post(
        f"/forum/onderwerp/{thread.pk}/", {"body": "Zie de foto.", "attachment": upload}
    )
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.content_type == "image/png"
    url = f"/forum/bijlage/{attachment.pk}/"
    served = bram_client.get(url)
    assert served.status_code == 200 and served["Content-Type"] == "image/png"
    assert served["Cache-Control"] == "private, no-store"
    assert b"".join(served.streaming_content) == png_bytes()
    assert Client().get(url).status_code == 403
    assert "/media/" not in attachment.file.path


def test_a_disguised_file_is_refused_with_a_dutch_message(anne_client, thread):
    upload = SimpleUploadedFile("rapport.pdf", b"MZ\x90\x00 not a pdf", content_type=PDF)
    response = anne_client.post(
        f"/forum/onderwerp/{thread.pk}/", {"body": "Het rapport.", "attachment": upload}
    )
    assert response.status_code == 400
    assert (
        "Alleen afbeeldingen (PNG, JPEG, GIF, WebP) en PDF-bestanden" in response.content.decode()
    )
    assert not Post.objects.filter(body="Het rapport.").exists()


PDF = "application/pdf"


def test_a_pdf_is_accepted_and_downloaded_as_a_file(anne_client, bram_client, thread):
    upload = SimpleUploadedFile("notulen.pdf", b"%PDF-1.4\n%%EOF\n", content_type=PDF)
    anne_client.post(f"/forum/onderwerp/{thread.pk}/", {"body": "Notulen", "attachment": upload})
    attachment = Attachment.objects.get()
    served = bram_client.get(f"/forum/bijlage/{attachment.pk}/")
    assert served["Content-Type"] == PDF
    assert served["Content-Disposition"].startswith("attachment")


def test_an_author_edits_within_the_window_only(anne_client, bram_client, thread, settings):
    post = thread.posts.get()
    assert (
        bram_client.post(f"/forum/bericht/{post.pk}/bewerken/", {"body": "Gekaapt"}).status_code
        == 302
    )
    post.refresh_from_db()
    assert post.body == "Wie weet hoe dit zit?"
    anne_client.post(
        f"/forum/bericht/{post.pk}/bewerken/", {"body": "Wie weet hoe dit zit? (2026)"}
    )
    post.refresh_from_db()
    assert post.body.endswith("(2026)") and post.edited_at
    Post.objects.filter(pk=post.pk).update(
        created_at=timezone.now() - timedelta(minutes=settings.FORUM_EDIT_WINDOW_MINUTES + 1)
    )
    anne_client.post(f"/forum/bericht/{post.pk}/bewerken/", {"body": "Te laat"})
    post.refresh_from_db()
    assert post.body.endswith("(2026)")


def test_the_starter_marks_a_reply_as_the_answer(anne_client, bram_client, thread):
    bram_client.post(f"/forum/onderwerp/{thread.pk}/", {"body": "Bij de griffie navragen."})
    reply = thread.posts.get(body__startswith="Bij de griffie")
    bram_client.post(f"/forum/bericht/{reply.pk}/antwoord/")
    assert not Post.objects.get(pk=reply.pk).is_answer
    anne_client.post(f"/forum/bericht/{reply.pk}/antwoord/")
    assert Post.objects.get(pk=reply.pk).is_answer
    assert (
        "forum-post--answer" in anne_client.get(f"/forum/onderwerp/{thread.pk}/").content.decode()
    )


def test_quoting_fills_the_reply_form(bram_client, thread):
    post = thread.posts.get()
    html = bram_client.get(f"/forum/onderwerp/{thread.pk}/?citeer={post.pk}").content.decode()
    assert "&gt; **Anne Jansen:**" in html and "&gt; Wie weet hoe dit zit?" in html


def test_first_posts_of_a_new_member_wait_for_approval(bram_client, thread, settings):
    settings.FORUM_HOLD_FIRST_POSTS = 2
    bram_client.post(f"/forum/onderwerp/{thread.pk}/", {"body": "Mijn eerste bericht"})
    post = Post.objects.get(body="Mijn eerste bericht")
    assert post.pending
    other = Client()
    from tests.forum.conftest import logged_in

    anne_view = logged_in(thread.author).get(f"/forum/onderwerp/{thread.pk}/").content.decode()
    assert "Mijn eerste bericht" not in anne_view
    assert (
        "Mijn eerste bericht" in bram_client.get(f"/forum/onderwerp/{thread.pk}/").content.decode()
    )
    assert other.get(f"/forum/onderwerp/{thread.pk}/").status_code == 403


def test_posting_too_fast_is_refused_kindly(bram_client, thread, settings):
    settings.FORUM_POSTS_PER_MINUTE = 2
    for number in range(2):
        assert (
            bram_client.post(f"/forum/onderwerp/{thread.pk}/", {"body": f"Nr {number}"}).status_code
            == 302
        )
    response = bram_client.post(f"/forum/onderwerp/{thread.pk}/", {"body": "Nog een"})
    assert response.status_code == 400
    assert "U plaatst te snel berichten" in response.content.decode()


def test_a_locked_thread_takes_no_replies(bram_client, thread):
    Thread.objects.filter(pk=thread.pk).update(locked=True)
    bram_client.post(f"/forum/onderwerp/{thread.pk}/", {"body": "Toch nog iets"})
    assert not Post.objects.filter(body="Toch nog iets").exists()


def test_search_finds_posts_for_members(bram_client, thread):
    html = bram_client.get("/forum/zoeken/?q=subsidie").content.decode()
    assert "Subsidie voor de fractie" in html
    english = bram_client.get("/en/forum/search/?q=subsidie").content.decode()
    assert "Search the forum" in english and "Subsidie voor de fractie" in english
