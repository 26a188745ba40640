"""Site-wide search: several content types in one ranked list, type filter with counts,
highlighting, hostile input, fixed query counts, spelling suggestions on PostgreSQL."""

import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from measures.models import Measure
from smartcity import search

pytestmark = pytest.mark.django_db


def results(html):
    """(type label, title text) of every hit on the page."""
    found = []
    for item in re.findall(
        r'<li class="search-result search-result--([\w-]+)">(.*?)</li>', html, re.S
    ):
        kind, body = item
        title = re.search(r'<h3[^>]*><a href="[^"]+">(.*?)</a></h3>', body, re.S).group(1)
        found.append((kind, re.sub(r"<[^>]+>", "", title)))
    return found


def type_counts(html):
    counts = {}
    for label, count in re.findall(
        r'<li>(?:<a href="[^"]*"(?: aria-current="true")?>|<span class="search-types__empty">)'
        r"(?:<strong>)?([^<]+?)(?:</strong>)? <span class=\"search-types__count\">\((\d+)\)",
        html,
    ):
        counts[label.strip()] = int(count)
    return counts


def test_addresses():
    with translation.override("de"):
        assert reverse("search") == "/de/suche/"
    with translation.override("en"):
        assert reverse("search") == "/en/search/"


@pytest.mark.parametrize("word", ["Hitze", "Beteiligung"])
def test_german_words_find_several_content_types(client, word):
    response = client.get("/de/suche/", {"q": word})
    assert response.status_code == 200
    html = response.content.decode()
    kinds = {kind for kind, _title in results(html)}
    counts = {label: n for label, n in type_counts(html).items() if n}
    assert len(counts) >= 3, counts  # "Alle" plus at least two types
    assert len(kinds) >= 2, kinds
    assert "<mark>" in html


def test_results_of_the_databases_match_their_list_search(client):
    html = client.get("/de/suche/", {"q": "Hitze", "type": "measures"}).content.decode()
    expected = Measure.objects.live().filter(title_de__icontains="hitze")
    if connection.vendor != "postgresql":  # substring search over title, summary, description
        from django.db.models import Q

        expected = Measure.objects.live().filter(
            Q(title_de__icontains="hitze")
            | Q(summary_de__icontains="hitze")
            | Q(description_de__icontains="hitze")
        )
        assert type_counts(html)["Maßnahmen"] == expected.count()
    assert type_counts(html)["Maßnahmen"] >= expected.filter(title_de__icontains="hitze").count()
    kinds = {kind for kind, _title in results(html)}
    assert kinds == {"measures"}


def test_type_filter_keeps_the_counts_of_all_types(client):
    everything = type_counts(client.get("/de/suche/", {"q": "Beteiligung"}).content.decode())
    only = client.get("/de/suche/", {"q": "Beteiligung", "type": "model-projects"}).content.decode()
    assert type_counts(only) == everything
    assert {kind for kind, _ in results(only)} == {"model-projects"}
    assert 'aria-current="true"><strong>Modellprojekte</strong>' in only


def test_english_site_searches_english_pages(client, site_pages):
    page = site_pages["en"]["imprint"]
    html = client.get("/en/search/", {"q": page.title}).content.decode()
    titles = [title for kind, title in results(html) if kind == "pages"]
    assert page.title in titles
    german = site_pages["de"]["imprint"]
    assert german.title not in titles or german.title == page.title


def test_pages_are_found(client, site_pages):
    page = site_pages["de"]["about"]
    html = client.get("/de/suche/", {"q": page.title}).content.decode()
    assert ("pages", page.title) in results(html)


def test_matches_are_highlighted_after_escaping():
    terms = search.search_terms("Beteiligung <b>")
    html = search.highlight("Bürgerbeteiligungen & <script>alert(1)</script>", terms)
    assert "Bürger<mark>beteiligungen</mark>" in html
    assert "&amp;" in html
    assert "<script>" not in html
    assert "&lt;<mark>b</mark>&gt;" not in html  # one-letter words are not search terms


def test_search_terms_ignore_operators_and_exclusions():
    assert search.search_terms('"offene Daten" or Parken -Auto') == ["offene", "daten", "parken"]


def test_snippet_is_around_the_first_match():
    text = "Anfang " + "Füllwort " * 60 + "Hitzeschutz am Ende"
    result = search.snippet(text, ["hitze"])
    assert "Hitzeschutz" in result
    assert result.startswith("…")
    assert len(result) <= search.SNIPPET_LENGTH + 1


@pytest.mark.parametrize(
    "query",
    [
        {"q": "\x00Hitze\x01"},
        {"q": "x" * 10_000},
        {"q": ['"*(', "NEAR(a b)", "a OR", "-", "^", "'", ":", "\\"]},
        {"q": ["Hitze", "Beteiligung"]},
        {"q": "Hitze", "type": "unknown<script>"},
        {"q": "Hitze", "page": ["abc", "-1", "99999999"]},
        {"q": "Hitze", "page": "99999999"},
        {"q": "%", "type": "documents"},
        {"q": "ß " * 150},
        {"type": "measures"},
    ],
)
def test_hostile_input_never_fails(client, query):
    response = client.get("/de/suche/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "unknown<script>" not in html


def test_notices_for_bad_input(client):
    html = client.get(
        "/de/suche/", {"q": ["a", "Hitze\x00"], "type": "nonsense", "page": "abc"}
    ).content.decode()
    assert "mehrfach angegeben" in html
    assert "Steuerzeichen wurden aus dem Suchtext entfernt" in html
    assert "„nonsense“ ist keine Inhaltsart" in html
    assert "„abc“ ist keine Seitenzahl" in html
    long = client.get("/de/suche/", {"q": "Hitze " * 100}).content.decode()
    assert "auf 200 Zeichen gekürzt" in long


def test_empty_state_helps(client):
    html = client.get("/de/suche/").content.decode()
    assert "Suchtipps" in html
    assert 'href="/de/massnahmen/"' in html
    nothing = client.get("/de/suche/", {"q": "Xylophonorchesterprobe"}).content.decode()
    assert "wurde nichts gefunden" in nothing
    assert "Suchtipps" in nothing
    assert 'id="search-q"' in nothing and 'value="Xylophonorchesterprobe"' in nothing


def test_search_page_is_not_indexed(client):
    response = client.get("/de/suche/", {"q": "Hitze"})
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_pagination_keeps_the_query(client):
    html = client.get("/de/suche/", {"q": "Beteiligung", "type": "measures"}).content.decode()
    if "page=2" in html:
        assert re.search(r'href="\?q=Beteiligung&amp;type=measures&amp;page=2"', html)
        second = client.get("/de/suche/", {"q": "Beteiligung", "type": "measures", "page": 2})
        assert second.status_code == 200
        assert results(second.content.decode())


@pytest.mark.parametrize("kind", [None, "measures"])
def test_query_count_is_fixed(client, django_assert_max_num_queries, kind):
    """The number of queries depends on the number of content types, not of hits."""
    params = {"q": "Beteiligung"}
    if kind:
        params["type"] = kind
    client.get("/de/suche/", params)  # warm up the site chrome caches
    with django_assert_max_num_queries(45) as few:
        client.get("/de/suche/", params)
    Measure.objects.live().update(summary_de="Beteiligung und Hitze")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/de/suche/", params)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL only")
def test_did_you_mean(client):
    html = client.get("/de/suche/", {"q": "Beteilgung"}).content.decode()
    assert "Meinten Sie" in html
    assert "?q=beteiligung" in html.lower()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL stemming")
def test_german_stemming_on_postgresql(client):
    html = client.get("/de/suche/", {"q": "Beteiligungen", "type": "measures"}).content.decode()
    assert type_counts(html)["Maßnahmen"] > 0


def test_no_suggestion_without_postgresql(client):
    if connection.vendor == "postgresql":
        pytest.skip("suggestions exist on PostgreSQL")
    assert search.suggest("Beteilgung") is None
