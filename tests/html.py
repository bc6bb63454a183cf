"""Reading pages the way a reader's browser would: parsed, not string-matched."""

from bs4 import BeautifulSoup


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def assert_accessible_page(response, language="nl"):
    """The structure every page must have: language, one h1, landmarks, skip link, alt text."""
    assert response.status_code == 200
    soup = parse(response)
    assert soup.html["lang"] == language
    assert len(soup.find_all("h1")) == 1, "a page has exactly one h1"
    main = soup.find("main")
    assert main is not None and main.get("id")
    skip = soup.find("a", class_="skip-link")
    assert skip is not None and skip["href"] == f"#{main['id']}"
    assert soup.find("header") is not None and soup.find("footer") is not None
    assert soup.find("nav") is not None
    for image in soup.find_all("img"):
        assert image.has_attr("alt"), f"image without alt attribute: {image}"
    assert soup.title and soup.title.string.strip()
    return soup
