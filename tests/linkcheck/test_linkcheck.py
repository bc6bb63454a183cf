"""The link check against a real local HTTP server that answers 200, 301, 404, refuses HEAD,
and is too slow; results in the admin report, from the command."""

import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from guides.factories import GuidePageFactory, paragraph
from guides.models import TopicPage
from jobs.registry import scheduled_jobs
from linkcheck.checker import check
from linkcheck.models import CheckedLink
from signpost.factories import ResourceFactory

pytestmark = pytest.mark.django_db


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.answer(with_body=False)

    def do_GET(self):
        self.answer(with_body=True)

    def answer(self, with_body):
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/no-head" and self.command == "HEAD":
            return self.reply(405)
        if self.path == "/old":
            return self.reply(301, location="/new")
        if self.path == "/temporary":
            return self.reply(302, location="/ok")
        if self.path in ("/ok", "/new", "/no-head", "/slow"):
            return self.reply(200, body=b"ok" if with_body else b"")
        return self.reply(404)

    def reply(self, status, location=None, body=b""):
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_each_answer_gets_its_result(server):
    assert check(f"{server}/ok").result == "ok"
    moved = check(f"{server}/old")
    assert moved.result == "moved" and moved.final_url == f"{server}/new"
    assert check(f"{server}/temporary").result == "ok"
    broken = check(f"{server}/gone")
    assert broken.result == "broken" and broken.status_code == 404
    assert check(f"{server}/no-head").result == "ok"
    slow = check(f"{server}/slow", timeout=0.5)
    assert slow.result == "timeout"
    assert check("http://127.0.0.1:9/").result == "error"


def test_command_checks_resources_and_guide_bodies_and_reports(server, admin_client):
    ResourceFactory(url=f"{server}/ok", title="Werkende bron")
    ResourceFactory(url=f"{server}/old", title="Verhuisde bron")
    topic = TopicPage.objects.filter(locale__language_code="nl").first()
    guide = GuidePageFactory(
        parent=topic,
        title="Gids met kapotte link",
        body=[paragraph(f'Zie <a href="{server}/gone">deze pagina</a>.')],
    )
    call_command("check_links", "--timeout", "1")
    by_url = {link.url: link for link in CheckedLink.objects.all()}
    assert by_url[f"{server}/ok"].result == "ok"
    assert by_url[f"{server}/old"].result == "moved"
    gone = by_url[f"{server}/gone"]
    assert gone.result == "broken" and gone.status_code == 404
    assert gone.sources == [
        {"label": "Gids met kapotte link", "edit_url": f"/admin/pages/{guide.id}/edit/"}
    ]
    report = admin_client.get("/admin/reports/links/")
    assert report.status_code == 200
    html = report.content.decode()
    assert f"{server}/gone" in html and f"{server}/old" in html
    assert f"{server}/ok<" not in html
    assert "Gids met kapotte link" in html


def test_a_link_no_longer_used_is_forgotten(server):
    resource = ResourceFactory(url=f"{server}/gone")
    call_command("check_links", "--timeout", "1")
    assert CheckedLink.objects.filter(url=f"{server}/gone").exists()
    resource.delete()
    call_command("check_links", "--timeout", "1")
    assert not CheckedLink.objects.filter(url=f"{server}/gone").exists()


def test_the_scheduler_queues_a_daily_check_that_the_worker_runs(server, database_tasks, worker):
    job = next(job for job in scheduled_jobs() if job.name == "linkcheck.check_links")
    assert job.every == timedelta(days=1)
    database_tasks.LINKCHECK_TIMEOUT = 1
    ResourceFactory(url=f"{server}/gone", title="Verdwenen bron")
    assert job.run() == "link check queued"
    assert not CheckedLink.objects.exists()  # queued, not run by the scheduler itself
    worker()
    gone = CheckedLink.objects.get(url=f"{server}/gone")
    assert gone.result == "broken" and gone.status_code == 404
