import base64
import json

import pytest
from altcha import solve_challenge_v1
from bs4 import BeautifulSoup

from helpdesk.factories import FAQIndexPageFactory, HelpdeskPageFactory
from tests.sections import home, translate


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def helpdesk(db):
    nl = HelpdeskPageFactory(parent=home("nl"))
    nl.save_revision().publish()
    faq = FAQIndexPageFactory(parent=nl)
    faq.save_revision().publish()
    en = translate(nl, title="Helpdesk", slug="helpdesk", intro="Ask the centre.")
    faq_en = translate(faq, title="Frequently asked questions", slug="faq", intro="Answers.")
    return {"nl": nl, "faq": faq, "en": en, "faq_en": faq_en}


def solved(response):
    """What the page's script does in a browser: solve the ALTCHA challenge it carries."""
    soup = BeautifulSoup(response.content, "html.parser")
    data = json.loads(soup.find(id="altcha-challenge").string)
    solution = solve_challenge_v1(
        data["challenge"], data["salt"], data["algorithm"], data["maxnumber"]
    )
    payload = {
        "algorithm": data["algorithm"],
        "challenge": data["challenge"],
        "number": solution.number,
        "salt": data["salt"],
        "signature": data["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


def question_data(topic, **changes):
    data = {
        "name": "Fatima de Vries",
        "email": "fatima@example.org",
        "party": "",
        "party_name": "Lokaal Belang Zwolle",
        "role": "bestuurslid",
        "topic": str(topic.pk) if topic else "anders",
        "text": "Hoe vinden we nieuwe leden voor onze afdeling? Bel me op 06-12345678.",
        "consent": "on",
        "website": "",
        "seen_suggestions": "1",
    }
    data.update(changes)
    return data
