"""A sixth database, declared only in its own app, appears everywhere site-wide.

Run with ``smartcity.settings.test_exampledb`` (the living labs installed), by
``core/tests/test_sixth_database.py``; the file name keeps it out of the normal run. With
two live living labs and a draft: the main menu and the home page link the list after
the five other databases, the list and detail pages answer in German and English, the
site search and the list's search find a live record and not the draft, the sitemap, the
API with its OpenAPI schema and the Atom feeds list the live records only. The contract
of every filterable list (``smartcity/tests/test_list_contract.py``) runs on its list too.
"""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

pytest.register_assert_rewrite("smartcity.tests.test_list_contract")

from core.databases import databases, get_database  # noqa: E402
from smartcity.tests import test_list_contract as contract  # noqa: E402

from .models import LivingLab, Phase  # noqa: E402

pytestmark = pytest.mark.django_db

KEY = "living-labs"
LANGUAGES = ("de", "en")
LABEL = {"de": "Reallabore", "en": "Living labs"}
LIST_PATH = {"de": "/de/reallabore/", "en": "/en/living-labs/"}
FEED_PATH = {"de": "/de/feeds/reallabore/", "en": "/en/feeds/living-labs/"}
SEARCH_PATH = {"de": "/de/suche/", "en": "/en/search/"}
# A word that only the summaries of the first living lab and of the draft hold.
WORD = "Wolkenharfe"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def labs():
    """Two live living labs in two phases and a draft (all invented), the first one
    changed last of the live ones."""
    labs = {
        "first": LivingLab.objects.create(
            title="Beispiel-Reallabor Wolkenbrücke",
            slug="wolkenbruecke",
            summary=f"Erfundenes Reallabor: eine {WORD} misst auf dem Dach den Regen.",
            phase=Phase.TRIAL,
        ),
        "second": LivingLab.objects.create(
            title="Beispiel-Reallabor Kieselgarten",
            slug="kieselgarten",
            summary="Erfundenes Reallabor: Sitzbänke aus Kieselsteinen im Hof.",
            phase=Phase.PLANNING,
        ),
        "draft": LivingLab.objects.create(
            title="Beispiel-Reallabor Mondscheinhof",
            slug="mondscheinhof",
            summary=f"Ein Entwurf, der ebenfalls eine {WORD} erwähnt.",
            phase=Phase.TRIAL,
            live=False,
        ),
    }
    for day, name in enumerate(("second", "first", "draft"), start=1):
        changed = datetime.datetime(2026, 3, day, 12, tzinfo=datetime.UTC)
        LivingLab.objects.filter(pk=labs[name].pk).update(updated_at=changed)
        labs[name].refresh_from_db()
    return labs


def detail_path(lab, language):
    with translation.override(language):
        return lab.get_absolute_url()


def html_of(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, (path, response.status_code)
    return BeautifulSoup(response.content.decode(), "html.parser")


# --- the declaration ----------------------------------------------------------------------


def test_the_database_is_registered_after_the_five_others():
    keys = [database.key for database in databases()]
    assert keys == ["model-projects", "measures", "solutions", "publications", "news", KEY]
    for language in LANGUAGES:
        with translation.override(language):
            assert reverse(get_database(KEY).list_url_name) == LIST_PATH[language]
            assert str(get_database(KEY).label) == LABEL[language]


# --- menu and home page ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_menu_links_the_list_after_the_other_databases(client, labs, language):
    html = html_of(client, f"/{language}/")
    links = [(a["href"], a.get_text(strip=True)) for a in html.select("#main-nav a")]
    hrefs = [href for href, _text in links]
    assert (LIST_PATH[language], LABEL[language]) in links, links
    own = hrefs.index(LIST_PATH[language])
    for database in databases()[:-1]:
        other = contract.list_path(database, language)
        assert other in hrefs, (database.key, hrefs)
        assert hrefs.index(other) < own, (database.key, hrefs)
    # The home page teases the databases of the menu: this one too.
    teasers = [a["href"] for a in html.select("main a")]
    assert LIST_PATH[language] in teasers


# --- list and detail pages ----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_shows_the_live_records_only(client, labs, language):
    html = html_of(client, LIST_PATH[language])
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == LABEL[language]
    results = [a.get_text(strip=True) for a in html.select(".result-list h3 a")]
    assert sorted(results) == sorted([labs["first"].title, labs["second"].title])
    assert labs["draft"].title not in html.get_text()
    # The facet with its translated options.
    phases = {"de": "Erprobung", "en": "Trial"}[language]
    assert phases in html.select_one("#filter-form").get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lists_own_search_and_facet(client, labs, language):
    html = html_of(client, LIST_PATH[language], q=WORD)
    assert [a.get_text(strip=True) for a in html.select(".result-list h3 a")] == [
        labs["first"].title
    ]
    html = html_of(client, LIST_PATH[language], phase="planning")
    assert [a.get_text(strip=True) for a in html.select(".result-list h3 a")] == [
        labs["second"].title
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_detail_pages(client, labs, language):
    for name in ("first", "second"):
        lab = labs[name]
        path = detail_path(lab, language)
        assert path.startswith(LIST_PATH[language])
        html = html_of(client, path)
        assert html.html["lang"] == language
        assert html.h1.get_text(strip=True) == lab.title
        assert lab.summary in html.get_text()
        # The language switch leads to the same record in the other language.
        other = "en" if language == "de" else "de"
        assert detail_path(lab, other) in [a["href"] for a in html.find_all("a", href=True)]
    assert client.get(detail_path(labs["draft"], language)).status_code == 404


# --- site search ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_empty_site_search_says_it_covers_the_database(client, labs, language):
    search = {"de": "/de/suche/", "en": "/en/search/"}[language]
    kinds = [li.get_text() for li in html_of(client, search).select(".search-empty li")]
    assert LABEL[language] in kinds, kinds


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_site_search_finds_a_live_record_and_not_the_draft(client, labs, language):
    from search.indexing import rebuild

    assert rebuild([KEY]) == {KEY: 2 * len(LANGUAGES)}
    html = html_of(client, SEARCH_PATH[language], q=WORD)
    found = [a["href"] for a in html.select("li.search-result--living-labs a[href]")]
    assert detail_path(labs["first"], language) in found
    assert detail_path(labs["draft"], language) not in html.decode()
    assert labs["draft"].title not in html.get_text()
    # One hit in a group of its own, under the database's label; the type filter offers it.
    group = html.select_one("section.search-group--living-labs h3")
    assert group.get_text(" ", strip=True) == f"{LABEL[language]} (1)"
    types = [li.get_text(" ", strip=True) for li in html.select("nav.search-types li")]
    assert f"{LABEL[language]} (1)" in types
    html = html_of(client, SEARCH_PATH[language], q=WORD, type=KEY)
    assert [a["href"] for a in html.select("li.search-result a[href]")] == [
        detail_path(labs["first"], language)
    ]


# --- sitemap --------------------------------------------------------------------------------


def test_the_sitemap_lists_the_list_and_the_live_records_in_both_languages(client, labs):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locs = {urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", SITEMAP_NS)}
    for language in LANGUAGES:
        assert LIST_PATH[language] in locs
        assert detail_path(labs["first"], language) in locs
        assert detail_path(labs["second"], language) in locs
        assert detail_path(labs["draft"], language) not in locs


# --- API ------------------------------------------------------------------------------------

FIELDS = {"slug", "url", "api_url", "title", "summary", "phase", "updated"}


def api(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, (path, response.status_code, response.content[:300])
    return response.json()


def test_the_api_index_names_the_collection(client, labs):
    collections = {c["name"]: c for c in api(client, "/api/v1/")["collections"]}
    assert KEY in collections
    assert urlsplit(collections[KEY]["url"]).path == f"/api/v1/{KEY}/"
    assert api(client, "/api/v1/", lang="de")["collections"][-2]["name"] == KEY


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_api_lists_the_live_records_with_the_declared_fields(client, labs, language):
    data = api(client, f"/api/v1/{KEY}/", lang=language)
    assert data["count"] == 2
    assert {record["slug"] for record in data["results"]} == {"wolkenbruecke", "kieselgarten"}
    for record in data["results"]:
        assert set(record) == FIELDS
        assert urlsplit(record["url"]).path == detail_path(
            LivingLab.objects.get(slug=record["slug"]), language
        )
    # The list's own filters work in the API.
    data = api(client, f"/api/v1/{KEY}/", lang=language, phase="planning")
    assert [record["slug"] for record in data["results"]] == ["kieselgarten"]
    data = api(client, f"/api/v1/{KEY}/", lang=language, q=WORD)
    assert [record["slug"] for record in data["results"]] == ["wolkenbruecke"]
    # And the list's orders.
    for sort, slugs in (("title", ["kieselgarten", "wolkenbruecke"]),
                        ("updated", ["wolkenbruecke", "kieselgarten"])):  # fmt: skip
        data = api(client, f"/api/v1/{KEY}/", lang=language, sort=sort)
        assert [record["slug"] for record in data["results"]] == slugs, sort
    assert client.get(f"/api/v1/{KEY}/", {"sort": "nonsense"}).status_code == 400


def test_the_api_detail_answers_for_live_records_only(client, labs):
    record = api(client, f"/api/v1/{KEY}/wolkenbruecke/")["result"]
    assert set(record) == FIELDS
    assert record["title"] == labs["first"].title
    assert record["phase"] == "trial"
    assert client.get(f"/api/v1/{KEY}/mondscheinhof/").status_code == 404


def test_the_openapi_schema_has_its_paths(client, labs):
    schema = api(client, "/api/v1/schema/")
    assert f"/api/v1/{KEY}/" in schema["paths"]
    assert f"/api/v1/{KEY}/{{slug}}/" in schema["paths"]
    assert set(schema["components"]["schemas"]["LivingLabs"]["properties"]) == FIELDS
    parameters = schema["paths"][f"/api/v1/{KEY}/"]["get"]["parameters"]
    by_name = {parameter["name"]: parameter for parameter in parameters}
    assert {"q", "phase", "sort"} <= set(by_name)
    assert by_name["sort"]["schema"]["enum"] == ["relevance", "title", "updated"]
    # The API documentation page is built from the same schema, and its introduction
    # names the collection; the schema's description names it too.
    docs = html_of(client, reverse("opendata:api_docs"))
    assert f"/api/v1/{KEY}/" in docs.get_text()
    assert LABEL["de"] in [li.get_text() for li in docs.select("main .lead + ul li")]
    assert KEY in schema["info"]["description"]


# --- feeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_atom_feed_lists_the_live_records(client, labs, language):
    with translation.override(language):
        assert reverse("feeds:living-labs") == FEED_PATH[language]
    response = client.get(FEED_PATH[language])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    links = [urlsplit(entry.link).path for entry in feed.entries]
    assert links == [detail_path(labs["first"], language), detail_path(labs["second"], language)]
    assert {"de": "Reallabore", "en": "living labs"}[language] in feed.feed.title
    # The open data page lists the feed with its label.
    with translation.override(language):
        html = html_of(client, reverse("opendata:index"))
    labels = {a["href"]: a.get_text(strip=True) for a in html.find_all("a", href=True)}
    assert labels.get(FEED_PATH[language]) == f"{LABEL[language]} (Atom)"


# --- the contract of every filterable list ---------------------------------------------------


@pytest.fixture
def database(labs):
    """The contract's tests below run on this database only."""
    return get_database(KEY)


test_the_list_page = contract.test_the_list_page
test_bad_page_and_sort_give_a_notice = contract.test_bad_page_and_sort_give_a_notice
test_an_unknown_value_of_every_facet_gives_a_notice = (
    contract.test_an_unknown_value_of_every_facet_gives_a_notice
)
test_bad_search_text_gives_a_notice = contract.test_bad_search_text_gives_a_notice
test_facet_counts_equal_the_results_of_ticking_the_option = (
    contract.test_facet_counts_equal_the_results_of_ticking_the_option
)
test_htmx_answers_with_the_fragment_and_pushes_the_canonical_url = (
    contract.test_htmx_answers_with_the_fragment_and_pushes_the_canonical_url
)
test_the_canonical_query_string_round_trips = contract.test_the_canonical_query_string_round_trips
test_the_number_of_queries_is_bounded_and_the_same_on_every_page = (
    contract.test_the_number_of_queries_is_bounded_and_the_same_on_every_page
)
test_the_csv_export = contract.test_the_csv_export
