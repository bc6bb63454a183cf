import datetime

import pytest

from guides.factories import GuidePageFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


def test_report_lists_guides_due_for_review_and_not_the_others(admin_client, topic):
    today = datetime.date.today()
    overdue = GuidePageFactory(parent=topic, title="Oude feiten", review_by=today)
    later = GuidePageFactory(
        parent=topic, title="Verse feiten", review_by=today + datetime.timedelta(days=300)
    )
    response = admin_client.get("/admin/reports/guides-due-for-review/")
    assert response.status_code == 200
    text = parse(response).get_text()
    assert overdue.title in text
    assert later.title not in text


def test_report_is_for_editors_only(client):
    response = client.get("/admin/reports/guides-due-for-review/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
