"""sitemap.xml lists every page and detail view in both languages, with hreflang
alternates (x-default: German) and lastmod; robots.txt points to it."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation
from wagtail.models import Page

from measures.models import Measure
from opendata.api.resources import available_resources

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"


@pytest.fixture
def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    urls = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        lastmod = url.find("s:lastmod", NS)
        urls[loc] = {
            "lastmod": lastmod.text if lastmod is not None else None,
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            },
        }
    return urls


def paths(obj):
    result = {}
    for code in ("de", "en"):
        with translation.override(code):
            result[code] = BASE + obj.get_absolute_url()
    return result


def test_every_detail_page_in_both_languages(sitemap):
    resources = available_resources()
    assert {"model-projects", "measures"} <= set(resources)
    objects = [
        obj
        for resource in resources.values()
        if hasattr(resource.model, "get_absolute_url")
        for obj in resource.get_queryset()
    ]
    assert len(objects) > 100
    for obj in objects:
        both = paths(obj)
        for url in both.values():
            assert url in sitemap, url
            alternates = sitemap[url]["alternates"]
            assert alternates["de"] == both["de"]
            assert alternates["en"] == both["en"]
            assert alternates["x-default"] == both["de"]


def test_unpublished_measure_disappears(client):
    measure = Measure.objects.live().first()
    Measure.objects.filter(pk=measure.pk).update(live=False)
    with translation.override("de"):
        url = BASE + measure.get_absolute_url()
    assert url.encode() not in client.get("/sitemap.xml").content


def test_every_page_with_its_translation(sitemap):
    pages = Page.objects.live().public().filter(depth__gt=1)
    for page in pages:
        url = BASE + page.url
        assert url in sitemap, url
        translations = {
            p.locale.language_code: BASE + p.url
            for p in Page.objects.live().filter(translation_key=page.translation_key)
        }
        if len(translations) > 1:
            alternates = sitemap[url]["alternates"]
            for code, href in translations.items():
                assert alternates[code] == href
            assert alternates["x-default"] == translations["de"]
        assert sitemap[url]["lastmod"], url


def test_list_views_and_lastmod(sitemap):
    for url in ("/de/massnahmen/", "/en/measures/", "/de/offene-daten/", "/en/model-projects/"):
        assert BASE + url in sitemap
    measure = Measure.objects.live().first()
    with translation.override("en"):
        url = BASE + measure.get_absolute_url()
    assert sitemap[url]["lastmod"] == measure.last_updated.isoformat()


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /de/suche/" in text
    assert "Disallow: /en/search/" in text
