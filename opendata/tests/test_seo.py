"""What search engines and link previews read: canonical URL, Open Graph and schema.org
JSON-LD; the header search form on every page."""

import json
import re

import pytest
from django.template import Context, Template

from measures.models import Measure

pytestmark = pytest.mark.django_db

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def jsonld_blocks(html):
    return [json.loads(block) for block in JSONLD.findall(html)]


def meta(html, prop):
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def canonical(html):
    match = re.search(r'<link rel="canonical" href="([^"]*)">', html)
    return match.group(1) if match else None


def test_home_page(client, site_pages):
    html = client.get("/de/").content.decode()
    assert canonical(html) == "http://testserver/de/"
    assert meta(html, "og:title")
    assert meta(html, "og:type") == "website"
    assert meta(html, "og:locale") == "de_DE"
    assert meta(html, "og:locale:alternate") == "en_GB"
    assert meta(html, "og:url") == "http://testserver/de/"
    assert 'hreflang="x-default"' not in html  # in the sitemap; base.html lists de and en
    types = [block["@type"] for block in jsonld_blocks(html)]
    assert "Organization" in types


def test_page_breadcrumbs(client, site_pages):
    page = site_pages["en"]["imprint"]
    html = client.get(page.url).content.decode()
    assert canonical(html) == "http://testserver" + page.url
    (crumbs,) = [b for b in jsonld_blocks(html) if b["@type"] == "BreadcrumbList"]
    items = crumbs["itemListElement"]
    assert items[0]["item"] == "http://testserver/en/"
    assert items[-1]["name"] == page.title
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))


def test_database_view_uses_its_canonical_query(client):
    html = client.get("/de/massnahmen/?status=abgeschlossen&utm_source=x&page=1").content.decode()
    assert canonical(html) == "http://testserver/de/massnahmen/?status=abgeschlossen"
    assert meta(html, "og:title") == "Maßnahmen"
    (crumbs,) = [b for b in jsonld_blocks(html) if b["@type"] == "BreadcrumbList"]
    assert [i["name"] for i in crumbs["itemListElement"]] == ["Startseite", "Maßnahmen"]


def test_measure_detail(client):
    measure = Measure.objects.live().first()
    html = client.get(f"/en/measures/{measure.slug}/").content.decode()
    assert canonical(html) == f"http://testserver/en/measures/{measure.slug}/"
    assert meta(html, "og:locale") == "en_GB"


def test_news_article(client):
    from news.models import NewsPage

    news = NewsPage.objects.live().filter(locale__language_code="de").first()
    html = client.get(news.url).content.decode()
    assert meta(html, "og:type") == "article"
    (article,) = [b for b in jsonld_blocks(html) if b["@type"] == "NewsArticle"]
    assert article["headline"] == news.title[:110]
    assert article["datePublished"] == news.date.isoformat()
    assert article["url"] == "http://testserver" + news.url
    assert article["publisher"]["name"] == "Smart City Dialog"


def test_event(client):
    from news.models import EventPage

    event = EventPage.objects.live().filter(locale__language_code="en").first()
    html = client.get(event.url).content.decode()
    (data,) = [b for b in jsonld_blocks(html) if b["@type"] == "Event"]
    assert data["name"] == event.title
    assert data["startDate"].startswith(event.start.astimezone().date().isoformat()[:4])
    assert data["eventAttendanceMode"].startswith("https://schema.org/")
    assert "location" in data


def test_jsonld_cannot_close_its_script_element():
    template = Template("{% load findability %}{% jsonld data %}")
    html = template.render(Context({"data": {"name": "</script><script>alert(1)</script>&"}}))
    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E" in html
    assert json.loads(JSONLD.search(html).group(1))["name"].startswith("</script>")


def test_error_page_has_no_canonical(client):
    html = client.get("/de/gibt-es-nicht/").content.decode()
    assert canonical(html) is None


def test_header_search_form_on_every_page(client, site_pages):
    for url in ("/de/", "/en/", "/de/massnahmen/", "/en/open-data/", site_pages["de"]["about"].url):
        html = client.get(url).content.decode()
        form = re.search(
            r'<form class="site-search" role="search" method="get" action="([^"]+)">', html
        )
        assert form, url
        language = url.split("/")[1]
        assert form.group(1) == {"de": "/de/suche/", "en": "/en/search/"}[language]
        assert '<label class="kern-label site-search__label" for="site-search-q">' in html
        assert 'id="site-search-q" type="search" name="q"' in html


def test_measures_feed_url_tag(rf):
    from django.http import QueryDict
    from django.utils import translation

    template = Template("{% load findability %}{% measures_feed_url %}")
    with translation.override("de"):
        html = template.render(Context({"state_query": QueryDict("status=abgeschlossen&page=2")}))
    assert html == "/de/feeds/massnahmen/?status=abgeschlossen"
