import json
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from programmes.filters import ModelProjectFilterSet
from programmes.models import (
    ModelProject,
    Topic,
)

from .helpers import add_projects, count_queries

pytestmark = pytest.mark.django_db

LIST = {"de": "/de/modellprojekte/", "en": "/en/model-projects/"}


def url(name, language="de", **kwargs):
    with translation.override(language):
        return reverse(f"programmes:{name}", kwargs=kwargs or None)


def result_count(response):
    match = re.search(r'id="results-heading"[^>]*>(\d+) ', response.content.decode())
    return int(match.group(1))


def result_slugs(response):
    return re.findall(
        r'<h3 class="kern-title" id="project-\d+">'
        r'<a class="kern-link" href="/\w\w/[^/]+/([^/]+)/">',
        response.content.decode(),
    )


class TableParser(HTMLParser):
    """Rows of the table with id project-table: each a list of cell texts and links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_table = self.in_body = False
        self.rows = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == "project-table":
            self.in_table = True
        elif self.in_table and tag == "tbody":
            self.in_body = True
        elif self.in_body and tag == "tr":
            self.rows.append([])
        elif self.in_body and tag in ("td", "th"):
            self.rows[-1].append("")
        elif self.in_body and tag == "a":
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_table = self.in_body = False

    def handle_data(self, data):
        if self.in_body and self.rows and self.rows[-1]:
            self.rows[-1][-1] += data.strip()


def test_urls_are_translated():
    assert url("modelproject_list", "de") == LIST["de"]
    assert url("modelproject_list", "en") == LIST["en"]
    assert url("modelproject_map", "de") == "/de/modellprojekte/karte/"
    assert url("modelproject_map", "en") == "/en/model-projects/map/"
    assert url("modelproject_detail", "de", slug="ulm") == "/de/modellprojekte/ulm/"
    assert url("modelproject_geojson", "en") == "/en/model-projects/export.geojson"


@pytest.mark.parametrize("language", ["de", "en"])
def test_list_shows_all_projects_paginated(client, model_projects, language):
    response = client.get(LIST[language])
    assert response.status_code == 200
    assert response.headers["Content-Language"] == language
    assert result_count(response) == 73
    assert len(result_slugs(response)) == 20
    assert 'rel="next"' in response.content.decode()
    last = client.get(LIST[language], {"page": 4})
    assert len(result_slugs(last)) == 13


def test_list_labels_follow_the_language(client, model_projects):
    german = client.get(LIST["de"], {"q": "Ulm"}).content.decode()
    english = client.get(LIST["en"], {"q": "Ulm"}).content.decode()
    assert "Staffel 2019" in german and "Baden-Württemberg" in german
    assert "Round 2019" in english and "Large city" in english
    assert 'href="/en/model-projects/?q=Ulm"' in german  # language switch keeps the filters


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"round": "2019"}, 13),
        ({"round": "2020"}, 32),
        ({"round": ["2019", "2021"]}, 41),
        ({"category": "grossstadt"}, 28),
        ({"category": "mittelstadt"}, 12),
        ({"category": "kleinstadt_landgemeinde"}, 10),
        ({"category": "interkommunal_landkreis"}, 23),
        ({"category": "grossstadt", "round": "2019"}, 3),
        ({"state": "nordrhein-westfalen", "category": "grossstadt"}, 10),
        ({"state": ["berlin", "hamburg"]}, 2),
        ({"q": "Südwestfalen"}, 1),
        ({"q": "Soest"}, 1),  # partner municipality
        ({"q": "landkreis hof"}, 1),
        ({"q": "Bavaria"}, 10),  # English state name
    ],
)
def test_list_filters(client, model_projects, params, expected):
    response = client.get(LIST["de"], params)
    assert response.status_code == 200
    assert result_count(response) == expected
    assert "Part of your request was ignored" not in response.content.decode()


def test_topic_and_phase_filters_match_the_data(client, model_projects):
    topic = Topic.objects.get(key="app")
    response = client.get(LIST["de"], {"topic": "app"})
    assert result_count(response) == topic.model_projects.count() > 0
    both = client.get(LIST["de"], {"topic": ["app", "sensorik"]})
    expected = ModelProject.objects.filter(topics__key__in=["app", "sensorik"]).distinct().count()
    assert result_count(both) == expected
    strategy = client.get(LIST["de"], {"phase": "strategie"})
    assert result_count(strategy) == ModelProject.objects.filter(phase__key="strategie").count()


def test_sorting(client, model_projects):
    by_round = result_slugs(client.get(LIST["de"], {"sort": "round", "page": 1}))
    years = dict(ModelProject.objects.values_list("slug", "funding_round__year"))
    assert {years[slug] for slug in by_round} == {2019, 2020}
    by_state = result_slugs(client.get(LIST["de"], {"sort": "state", "round": "2019"}))
    states = [ModelProject.objects.get(slug=s).state.sort_order for s in by_state]
    assert states == sorted(states)
    by_name = result_slugs(client.get(LIST["de"], {"round": "2019"}))
    names = [ModelProject.objects.get(slug=s).name for s in by_name]
    assert names == sorted(names)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"category": ["grossstadt"]},
        {"round": ["2020"], "state": ["nordrhein-westfalen", "bayern"], "topic": ["app"]},
        {"q": "stadt", "phase": ["umsetzung"]},
    ],
)
def test_facet_counts_equal_the_results_of_ticking_the_option(model_projects, data):
    from django.http import QueryDict

    def filterset(values):
        query = QueryDict(mutable=True)
        for key, value in values.items():
            query.setlist(key, value if isinstance(value, list) else [value])
        filterset = ModelProjectFilterSet(query, queryset=ModelProject.objects.all())
        filterset.is_valid()
        return filterset

    # An option's count is what the list shows with that option as the facet's only
    # choice and every other filter as it is; within a facet, choices add up (OR).
    for facet in filterset(data).facets():
        for option in facet.options:
            ticked = {**data, facet.name: [option.value]}
            assert filterset(ticked).qs.count() == option.count, (facet.name, option)


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-1",
        "page=0",
        "page=99999999",
        "page=99999999999999999999999999",
        "page=1.5",
        "page=",
        "round=1999",
        "round=abc&category=metropole&state=%3Cscript%3E&phase=x&topic=y",
        "sort=%27%3B+DROP+TABLE+programmes_modelproject%3B--",
        "q=" + "x" * 10_000,
        "q=%00",
        "q=Ulm%00%00&category=gross%00stadt",
        "cat%00egory=grossstadt",
        "q=%FF%FE",
        "round=2019&round=2019&round=2020&page=1&page=2&q=a&q=b&sort=name&sort=round",
        "&".join(["topic=app"] * 500),
        "unknown=1&foo[]=bar",
    ],
)
@pytest.mark.parametrize("name", ["modelproject_list", "modelproject_map", "modelproject_geojson"])
def test_hostile_input_never_gives_a_server_error(client, model_projects, query, name):
    response = client.get(f"{url(name)}?{query}")
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("page=abc", "“abc” is not a page number; showing the first page."),
        ("page=0", "“0” is not a page number"),
        ("page=-1", "“-1” is not a page number"),
        ("page=99999999", "There is no page 99999999; showing the last page (4)."),
        ("round=1999", "“1999” is not a value of the filter “Funding round”"),
        ("state=atlantis&state=bayern", "“atlantis” is not a value of the filter “Federal state”"),
        ("sort=price", "“price” is not a known sort order"),
        ("q=" + "x" * 10_000, "shortened to 200 characters"),
        ("q=a%00b", "Control characters were removed"),
        ("q=a&q=b", "was given more than once"),
    ],
)
def test_ignored_input_is_announced(client, model_projects, query, notice):
    response = client.get(f"{LIST['en']}?{query}")
    assert response.status_code == 200
    assert notice in response.content.decode()


def test_unknown_values_are_dropped_but_known_ones_kept(client, model_projects):
    response = client.get(LIST["en"], {"round": ["2019", "1999"]})
    assert result_count(response) == 13
    html = response.content.decode()
    assert "1999" in html  # named in the notice
    assert "round=1999" not in html  # but not carried into links


def test_last_page_is_shown_for_a_page_number_past_the_end(client, model_projects):
    response = client.get(LIST["de"], {"page": 99999999})
    assert len(result_slugs(response)) == 13


@pytest.mark.parametrize(
    "path",
    [
        "/de/modellprojekte/",
        "/de/modellprojekte/?round=2020&topic=app&topic=sensorik&q=a&sort=state&page=2",
        "/de/modellprojekte/karte/",
        "/de/modellprojekte/export.geojson",
        "/de/modellprojekte/berlin/",
    ],
)
def test_query_count_does_not_depend_on_the_number_of_projects(
    client, model_projects, path, django_assert_max_num_queries
):
    client.get(path)  # warm caches (site root, locales)
    small = count_queries(client, path)
    add_projects(500, topics=2)
    assert ModelProject.objects.count() == 573
    large = count_queries(client, path)
    assert small == large
    with django_assert_max_num_queries(25):
        client.get(path)


@pytest.mark.parametrize("language", ["de", "en"])
def test_detail_page(client, model_projects, language):
    response = client.get(url("modelproject_detail", language, slug="suedwestfalen"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "5 für Südwestfalen" in html
    for partner in ("Bad Berleburg", "Menden", "Olpe", "Soest"):
        assert partner in html
    assert 'id="map-config"' in html
    assert "project-measures" in html
    # No invented figures about the real places (the population field is gone).
    assert "Einwohner" not in html and "opulation" not in html
    project = ModelProject.objects.get(slug="suedwestfalen")
    if language == "de":
        assert "Demo-Inhalt" in html or "Demo content" in html
        assert project.summary_de in html
        assert "51,3967" in html  # coordinates as text, German decimal comma
        assert 'href="/en/model-projects/suedwestfalen/"' in html
    else:
        assert "Demo content" in html
        assert project.summary_en in html
        assert "51.3967" in html
        assert 'href="/de/modellprojekte/suedwestfalen/"' in html


def test_detail_without_demo_flag_has_no_demo_notice(client, model_projects):
    # Demo measures or publications listed on the page carry their own badge;
    # only the notice about the project itself must disappear.
    html = client.get(LIST["en"] + "ulm/").content.decode()
    assert 'class="kern-alert kern-alert--info demo-notice"' in html
    ModelProject.objects.filter(slug="ulm").update(is_demo_content=False)
    html = client.get(LIST["en"] + "ulm/").content.decode()
    assert "demo-notice" not in html
    assert "invented sample values" not in html


@pytest.mark.parametrize(
    "path",
    ["/de/modellprojekte/gibt-es-nicht/", "/en/model-projects/nope/", "/de/modellprojekte/a%00b/"],
)
def test_unknown_detail_gives_404(client, model_projects, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("language", ["de", "en"])
def test_map_table_lists_all_73_projects(client, model_projects, language):
    response = client.get(url("modelproject_map", language))
    assert response.status_code == 200
    html = response.content.decode()
    parser = TableParser()
    parser.feed(html)
    assert len(parser.rows) == 73
    assert all(len(row) == 6 for row in parser.rows)
    slugs = {link.rstrip("/").rsplit("/", 1)[1] for link in parser.links}
    assert slugs == set(ModelProject.objects.values_list("slug", flat=True))
    config = json.loads(re.search(r'id="map-config"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert len(config["points"]) == 73
    assert {p["url"].rstrip("/").rsplit("/", 1)[1] for p in config["points"]} == slugs
    # No tile server by default: the map draws on the site's own outline of Germany.
    assert config["tileUrl"] == ""
    assert config["outlineUrl"].endswith("germany-outline.json")
    # Nothing in the page depends on the map: scripts are external and deferred.
    assert re.findall(r"<script(?![^>]*(?:src=|type=\"application/[\w+]*json\"))", html) == []


def test_map_follows_the_list_filters(client, model_projects):
    response = client.get(url("modelproject_map", "en"), {"round": "2019"})
    parser = TableParser()
    parser.feed(response.content.decode())
    assert len(parser.rows) == 13
    assert "Showing 13 of 73 model projects" in response.content.decode()


GEOJSON_PROPERTIES = {
    "slug",
    "name",
    "official_name",
    "url",
    "funding_round",
    "category",
    "category_label",
    "state",
    "state_label",
    "phase",
    "phase_label",
    "partners",
    "topics",
    "is_demo_content",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_geojson_export(client, model_projects, language):
    response = client.get(url("modelproject_geojson", language))
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/geo+json")
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 73
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert 5.8 <= longitude <= 15.1 and 47.2 <= latitude <= 55.1
        assert set(feature["properties"]) == GEOJSON_PROPERTIES
        assert feature["properties"]["url"].startswith("http://testserver/")
    ulm = next(f for f in data["features"] if f["id"] == "ulm")
    assert ulm["properties"]["funding_round"] == 2019
    assert ulm["properties"]["state"] == "baden-wuerttemberg"
    assert ulm["geometry"]["coordinates"] == [9.9876, 48.4011]
    expected_label = {"de": "Großstadt", "en": "Large city"}[language]
    assert ulm["properties"]["category_label"] == expected_label


def test_geojson_honours_filters(client, model_projects):
    response = client.get(url("modelproject_geojson"), {"category": "mittelstadt"})
    assert len(json.loads(response.content)["features"]) == 12


@pytest.mark.parametrize("name", ["modelproject_list", "modelproject_map", "modelproject_geojson"])
def test_only_get_and_head_are_allowed(client, model_projects, name):
    assert client.head(url(name)).status_code == 200
    assert client.post(url(name)).status_code in (403, 405)


def test_csv_and_json_exports_follow_the_filters(client, model_projects):
    csv = client.get(url("modelproject_export", "de", fmt="csv"), {"round": "2019"})
    assert csv.status_code == 200
    body = b"".join(csv.streaming_content).decode("utf-8")
    lines = body.strip().splitlines()
    assert lines[0].startswith("slug,name,official_name,url,funding_round")
    assert len(lines) == 14
    data = json.loads(
        b"".join(client.get(url("modelproject_export", "en", fmt="json")).streaming_content)
    )
    assert data["count"] == 73 and len(data["results"]) == 73
    assert client.get(url("modelproject_export", "de", fmt="xml")).status_code == 404


def test_htmx_request_gets_the_results_fragment(client, model_projects):
    response = client.get(LIST["de"], {"round": "2019"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "HX-Request" in response.headers["Vary"]
    html = response.content.decode()
    assert 'id="filter-region"' in html and "<html" not in html
    # The map link above the region follows the filters too (out-of-band swap).
    assert 'id="project-map-link" data-hx-swap-oob="true"' in html
    assert "/de/modellprojekte/karte/?round=2019" in html
    assert result_count(response) == 13
