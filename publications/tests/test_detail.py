import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from contacts.models import Initiative
from programmes.models import ModelProject

from .conftest import make_pdf_document

pytestmark = pytest.mark.django_db


def detail_url(publication, language):
    with translation.override(language):
        return publication.get_absolute_url()


def test_urls_in_both_languages(make_publication):
    publication = make_publication(slug="zz-url-test")
    assert detail_url(publication, "de") == "/de/publikationen/zz-url-test/"
    assert detail_url(publication, "en") == "/en/publications/zz-url-test/"


@pytest.mark.parametrize(
    ("language", "title", "summary", "crumb"),
    [
        ("de", "Testpublikation", "Kurzfassung auf Deutsch.", "Publikationen"),
        ("en", "Test publication", "Summary in English.", "Publications"),
    ],
)
def test_detail_in_both_languages(client, make_publication, language, title, summary, crumb):
    publication = make_publication()
    response = client.get(detail_url(publication, language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert re.search(rf"<h1[^>]*>{title} \d+</h1>", html)
    assert summary in html
    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert crumb in breadcrumbs
    assert re.search(rf'aria-current="page">{title} \d+<', breadcrumbs)


def test_drafts_and_unknown_slugs_are_not_public(client, make_publication):
    draft = make_publication(live=False)
    assert client.get(detail_url(draft, "de")).status_code == 404
    assert client.get(detail_url(draft, "en")).status_code == 404
    assert client.get("/de/publikationen/zz-does-not-exist/").status_code == 404


def test_unpublished_changes_stay_private(client, make_publication):
    publication = make_publication(title_de="Veröffentlichter Titel")
    publication.save_revision().publish()
    publication.title_de = "Entwurfstitel"
    publication.save_revision()  # a draft revision: the row keeps the live content
    html = client.get(detail_url(publication, "de")).content.decode()
    assert "Veröffentlichter Titel" in html
    assert "Entwurfstitel" not in html


def test_download_link_with_format_and_size(client, make_publication):
    document = make_pdf_document(size=12 * 1024)
    publication = make_publication(document=document, external_url="")
    html = client.get(detail_url(publication, "en")).content.decode()
    link = re.search(r'<a class="[^"]*publication-download[^"]*"[^>]*>.*?</a>', html, re.S).group(0)
    assert f'href="{document.url}"' in link
    assert "download=" in link
    assert "(PDF, 12.0\xa0KB)" in link
    german = client.get(detail_url(publication, "de")).content.decode()
    assert "(PDF, 12,0\xa0KB)" in german
    # The document itself is served and is a PDF.
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content).startswith(b"%PDF-")


def test_external_link_when_there_is_no_document(client, make_publication):
    publication = make_publication(external_url="https://www.example.org/podcast/1")
    html = client.get(detail_url(publication, "en")).content.decode()
    assert 'href="https://www.example.org/podcast/1"' in html
    assert "Open on example.org" in html
    assert "publication-download" not in html


def test_facts_identifiers_and_cross_links(client, make_publication, test_publisher):
    project = ModelProject.objects.order_by("pk").first()
    initiative = Initiative.objects.get(key="iscn")
    publication = make_publication(
        publisher=test_publisher,
        authors="Erika Mustermann, Max Muster",
        pages=42,
        isbn="9783879941230",
        doi="10.1000/xyz",
        language="en",
        model_projects=[project],
        initiatives=[initiative],
    )
    html = client.get(detail_url(publication, "en")).content.decode()
    for text in (
        "Test publisher",
        "Erika Mustermann, Max Muster",
        "<dd>42</dd>",
        "9783879941230",
        'href="https://doi.org/10.1000/xyz"',
        "<dd>English</dd>",
        project.name,
        "International Smart Cities Network (ISCN)",
        'href="/en/initiatives/',
    ):
        assert text in html, text


def test_demo_notice(client, make_publication):
    html = client.get(detail_url(make_publication(is_demo_content=True), "de")).content.decode()
    assert "demo-notice" in html
    html = client.get(detail_url(make_publication(), "de")).content.decode()
    assert "demo-notice" not in html


def test_detail_query_count_is_fixed(client, make_publication, test_topics, test_publisher):
    """One related row of each kind or many: the same number of queries."""
    projects = list(ModelProject.objects.order_by("pk")[:8])
    initiatives = list(Initiative.objects.all())
    few = make_publication(
        topics=[test_topics["zz-topic-a"]],
        model_projects=projects[:1],
        initiatives=initiatives[:1],
        publisher=test_publisher,
        document=make_pdf_document(),
    )
    many = make_publication(
        topics=list(test_topics.values()),
        model_projects=projects,
        initiatives=initiatives,
        publisher=test_publisher,
        document=make_pdf_document(),
    )
    client.get(detail_url(few, "de"))  # warm the site root path cache
    counts = []
    for publication in (few, many):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(detail_url(publication, "de")).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 15, counts
