import csv
import io
import json

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from core.testing.lists import (
    assert_counts_equal_filtered_results,
    assert_largest_options_count_on_the_page,
)
from solutions.filters import SolutionFilterSet
from solutions.models import SolutionProfile

from .helpers import export_url, list_url, option, slugs

FACETS = ("topic", "field_of_action", "category", "state", "open_source")


def keys(world, *names):
    return {world.profiles[name].slug for name in names}


def test_list_shows_published_profiles_in_german(client, sample):
    response = client.get(list_url())
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/de/loesungen/"
    assert response.context["result_count"] == 6
    assert sample.profiles["draft"].slug not in slugs(response)
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert "Hitze- und Wassermanagement" in html
    assert "Unveröffentlichter Entwurf" not in html
    assert "6 Lösungen" in html
    assert [f.name for f in response.context["facets"]] == list(FACETS)
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_list_in_english(client, sample):
    response = client.get(list_url("en"))
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/en/solutions/"
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Heat and water management" in html
    assert "6 solutions" in html
    assert option(response, "state", "bayern").label == "Bavaria"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "sensorik"}, ("heat", "parking", "trees")),
        ({"topic": ["app", "klimaschutz"]}, ("heat", "app", "parking", "energy")),
        ({"field_of_action": "mobilitaet"}, ("app", "parking")),
        ({"category": "mittelstadt"}, ("heat", "parking", "energy")),
        ({"state": "bayern"}, ("heat", "trees")),
        ({"state": ["berlin", "hessen"]}, ("app", "parking", "energy", "plain")),
        ({"open_source": "yes"}, ("heat", "app", "trees")),
        ({"open_source": "no"}, ("parking", "energy", "plain")),
        ({"open_source": "yes", "topic": "sensorik"}, ("heat", "trees")),
        ({"topic": "sensorik", "category": "grossstadt", "state": "bayern"}, ("heat", "trees")),
        ({"q": "Parken"}, ("parking",)),
        ({"q": "bodenfeuchte"}, ("heat",)),
    ],
)
def test_filters(client, sample, params, expected):
    response = client.get(list_url(**params))
    assert response.status_code == 200
    assert slugs(response) == keys(sample, *expected)


def test_search_in_english_uses_the_english_texts(client, sample):
    assert slugs(client.get(list_url("en", q="soil moisture"))) == keys(sample, "heat")
    assert slugs(client.get(list_url("en", q="Bodenfeuchte"))) == set()


@pytest.mark.parametrize(
    "state",
    [
        {},
        {"topic": "sensorik"},
        {"open_source": "yes", "category": "grossstadt"},
        {"field_of_action": ["mobilitaet", "energie"], "state": "hessen"},
        {"q": "sensor"},
        {"topic": ["app", "klimaschutz"], "open_source": "no"},
    ],
)
def test_each_count_equals_the_results_of_ticking_that_option(client, sample, state):
    """The count next to an option is the number of results with that option ticked in its
    facet and every other filter unchanged (disjunctive counts)."""
    response = client.get(list_url(**state))
    with_results = assert_counts_equal_filtered_results(
        response, state, list_url, SolutionFilterSet, SolutionProfile.objects.live()
    )
    assert with_results >= 4
    # The same through the page itself, for the largest option of each facet.
    assert_largest_options_count_on_the_page(client, response, state, list_url)


def test_open_source_facet_counts(client, sample):
    response = client.get(list_url(topic="sensorik"))
    assert option(response, "open_source", "yes").count == 2
    assert option(response, "open_source", "no").count == 1
    # Within the facet, the other option keeps its count when one is ticked.
    response = client.get(list_url(open_source="yes"))
    assert option(response, "open_source", "no").count == 3
    assert option(response, "open_source", "yes").selected


def test_url_round_trips_the_state(client, sample):
    first = client.get(list_url(q="sensor", topic=["sensorik", "app"], sort="title"))
    canonical = first.context["canonical_querystring"]
    state = QueryDict(canonical[1:])
    assert (state["q"], state["sort"]) == ("sensor", "title")
    assert state.getlist("topic") == ["app", "sensorik"]
    second = client.get(first.request["PATH_INFO"] + canonical)
    assert second.context["canonical_querystring"] == canonical
    assert [p.pk for p in second.context["results"]] == [p.pk for p in first.context["results"]]
    html = second.content.decode()
    assert 'name="q" value="sensor"' in html
    assert 'value="sensorik" checked' in html


@pytest.mark.parametrize(
    ("sort", "language", "first"),
    [
        ("title", "de", "Baumsensoren"),
        ("title", "en", "Energy monitoring"),
        ("project", "de", "Die Dorf-App"),
    ],
)
def test_sorting(client, sample, sort, language, first):
    response = client.get(list_url(language, sort=sort))
    assert response.context["results"][0].title == first


def test_pagination_keeps_the_filters(client, world):
    for number in range(25):
        world.profile(title_de=f"Lösung {number:02d}", lead="beta", topics=("app",))
    response = client.get(list_url(topic="app", page=2))
    assert response.status_code == 200
    assert response.context["page_obj"].number == 2
    assert response.context["paginator"].num_pages == 3
    html = response.content.decode()
    assert "topic=app&amp;page=3" in html or "page=3&amp;topic=app" in html


def test_htmx_request_gets_the_results_fragment(client, sample):
    response = client.get(list_url(topic="app"), headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="filter-region"' in html
    assert "Die Dorf-App" in html
    assert "HX-Request" in response["Vary"]
    assert response["HX-Push-Url"] == "/de/loesungen/?topic=app"
    restore = client.get(
        list_url(topic="app"),
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in restore.content.decode()


BAD_QUERIES = [
    "page=abc",
    "page=-1",
    "page=0",
    "page=1.5",
    "page=99999999",
    "page=999999999999999999999999",
    "topic=unknown",
    "topic=sensorik&topic=unknown&topic=%3Cscript%3E",
    "state=atlantis",
    "open_source=maybe",
    "category=",
    "field_of_action=%00",
    "sort=nonsense",
    "sort=relevance",
    "q=%00%00abc",
    "q=" + "x" * 10_000,
    "q=" + "%C3%A4" * 3000,
    "q=%22unbalanced",
    "q=a%20or%20-b%20%22",
    "q=a&q=b",
    "page=1&page=2",
    "sort=title&sort=newest",
    "topic=app&topic=app",
    "%00=1",
    "q=%ED%A0%80",
    "utm_source=newsletter",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("language", ["de", "en"])
def test_bad_input_never_fails(client, sample, query, language):
    response = client.get(list_url(language) + "?" + query)
    assert response.status_code == 200, query
    assert "\x00" not in response.content.decode()


@pytest.mark.parametrize("query", ["page=abc", "topic=unknown", "sort=nonsense", "q=a&q=b"])
def test_bad_input_is_reported(client, sample, query):
    response = client.get(list_url() + "?" + query)
    assert response.context["notices"], query


def test_out_of_range_page_shows_the_last_page(client, world):
    for _number in range(12):
        world.profile(lead="beta")
    response = client.get(list_url(page=99999999))
    assert response.context["page_obj"].number == 2


def test_bad_input_in_exports_never_fails(client, sample):
    for query in ("?page=abc", "?topic=unknown&q=%00", "?q=" + "y" * 10_000):
        for fmt in ("csv", "json"):
            response = client.get(export_url(fmt, query=query))
            assert response.status_code == 200
            b"".join(response.streaming_content)
    assert client.get(export_url("xml")).status_code == 404


def test_csv_export_follows_the_filters(client, sample):
    response = client.get(export_url("csv", query="?open_source=yes&sort=title"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["title"] for row in rows] == [
        "Baumsensoren",
        "Die Dorf-App",
        "Hitze- und Wassermanagement",
    ]
    heat = rows[2]
    assert heat["lead_model_project"] == "Teststadt Alpha"
    assert heat["federal_state"] == "Bayern"
    assert heat["partner_model_projects"] == "Teststadt Beta"
    assert heat["is_open_source"] == "true"
    assert heat["licence"] == "EUPL-1.2"
    assert heat["url"].endswith("/de/loesungen/" + sample.profiles["heat"].slug + "/")


def test_json_export_in_english(client, sample):
    response = client.get(export_url("json", "en", query="?topic=app"))
    data = json.loads(b"".join(response.streaming_content))
    assert data["count"] == 2
    assert data["language"] == "en"
    titles = {item["title"] for item in data["results"]}
    assert titles == {"The village app", "Smart parking"}
    item = next(i for i in data["results"] if i["title"] == "Smart parking")
    assert item["is_open_source"] is False
    assert item["topics"] == ["App", "Sensors and IoT"]


def _count_queries(client, url):
    client.get(url)  # warm up caches (content types, renditions, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "params",
    [{}, {"topic": "sensorik", "open_source": "yes"}, {"q": "sensor", "state": "bayern"}],
)
def test_query_count_does_not_grow_with_the_number_of_profiles(client, world, params):
    for number in range(3):
        world.profile(
            lead="alpha",
            partners=("beta",),
            topics=("sensorik", "app"),
            fields=("mobilitaet",),
            categories=("grossstadt",),
            title_de=f"Sensor {number}",
            title_en=f"Sensor {number}",
            licence="MIT",
            repository_url="https://example.org/r",
        )
    few = _count_queries(client, list_url(**params))
    for number in range(40):
        world.profile(
            lead=("alpha", "beta", "gamma")[number % 3],
            partners=("beta", "gamma"),
            topics=("sensorik", "app", "klimaschutz"),
            fields=("mobilitaet", "energie"),
            categories=("grossstadt", "mittelstadt"),
            title_de=f"Sensor viele {number}",
            title_en=f"Sensor many {number}",
            licence="MIT" if number % 2 else "",
            repository_url="https://example.org/r" if number % 2 else "",
        )
    many = _count_queries(client, list_url(**params))
    assert few == many
    assert many <= 30


def test_export_query_count_does_not_grow(client, world):
    world.profile(topics=("app",), partners=("beta",))
    client.get(export_url("csv"))

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(export_url("csv"))
            b"".join(response.streaming_content)
        return len(queries)

    few = count()
    for _number in range(30):
        world.profile(topics=("app", "sensorik"), partners=("beta", "gamma"), fields=("energie",))
    count()  # new content: the option lists are read again once
    assert count() == few
