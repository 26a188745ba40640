import csv
import io
import json

from measures.views import EXPORT_COLUMNS

from .helpers import export_url, list_url
from .test_queries import add_measures, count_queries

DOCUMENTED_COLUMNS = [
    "id",
    "slug",
    "url",
    "title",
    "summary",
    "description",
    "goals",
    "model_project",
    "model_project_slug",
    "federal_state",
    "funding_round",
    "municipality_category",
    "fields_of_action",
    "spatial_effect",
    "status",
    "topics",
    "technologies",
    "start_date",
    "end_date",
    "repository_url",
    "licence",
    "contact_name",
    "contact_email",
    "last_updated",
    "is_demo_content",
]


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(body))), body


def read_json(response):
    return json.loads(b"".join(response.streaming_content).decode("utf-8"))


def test_columns_are_the_documented_ones():
    assert [c.key for c in EXPORT_COLUMNS] == DOCUMENTED_COLUMNS
    with open("docs/filterable-lists.md", encoding="utf-8") as handle:
        docs = handle.read()
    for key in DOCUMENTED_COLUMNS:
        assert f"| `{key}` |" in docs


def test_csv_export_of_the_filtered_result(client, sample):
    response = client.get(export_url("csv", query="?field_of_action=mobilitaet&state=bayern"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="massnahmen-')
    rows, body = read_csv(response)
    assert body.splitlines()[0] == ",".join(DOCUMENTED_COLUMNS)
    assert not body.startswith("\ufeff")
    page = client.get(list_url(field_of_action="mobilitaet", state="bayern"))
    assert [row["slug"] for row in rows] == [m.slug for m in page.context["results"]]
    radwege = next(r for r in rows if r["slug"] == sample.measures["radwege"].slug)
    assert radwege["title"] == "Sichere Radwege für den Schulweg"
    assert radwege["federal_state"] == "Bayern"
    assert radwege["funding_round"] == "2019"
    assert radwege["fields_of_action"] == "Mobilität und Infrastruktur"
    assert radwege["spatial_effect"] == "Quartier"
    assert radwege["last_updated"] == "2026-05-15"
    assert radwege["is_demo_content"] == "false"
    assert radwege["url"] == f"http://testserver/de/massnahmen/{radwege['slug']}/"
    assert radwege["description"] == "Beschreibung."


def test_exports_keep_paragraphs(client, world):
    world.measure(
        description_de="<p>Sie wirkt im ganzen Stadtgebiet.</p><p>Die Umsetzung läuft.</p>"
        "<ul><li>Sensoren</li><li>Karte</li></ul>",
    )
    expected = "Sie wirkt im ganzen Stadtgebiet.\n\nDie Umsetzung läuft.\n\n- Sensoren\n- Karte"
    rows, _body = read_csv(client.get(export_url("csv")))
    assert rows[0]["description"] == expected
    data = read_json(client.get(export_url("json")))
    assert data["results"][0]["description"] == expected


def test_csv_lists_and_formula_cells(client, world):
    world.measure(
        title_de='=HYPERLINK("http://example.com")',
        fields=("mobilitaet", "energie"),
        topics=("app", "sensorik"),
        technologies="LoRaWAN, FIWARE",
    )
    rows, _body = read_csv(client.get(export_url("csv")))
    assert rows[0]["title"] == '\'=HYPERLINK("http://example.com")'
    assert set(rows[0]["fields_of_action"].split("; ")) == {
        "Mobilität und Infrastruktur",
        "Energie",
    }
    assert rows[0]["technologies"] == "LoRaWAN; FIWARE"


def test_json_export_in_english(client, sample):
    response = client.get(export_url("json", "en", "?q=cycle+paths&sort=title"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = read_json(response)
    assert data["count"] == len(data["results"]) == 2
    assert data["language"] == "en"
    assert data["query"] == "q=cycle+paths&sort=title"
    titles = [r["title"] for r in data["results"]]
    assert titles == sorted(titles)
    first = next(r for r in data["results"] if r["slug"] == sample.measures["zaehlung"].slug)
    assert list(first) == DOCUMENTED_COLUMNS
    assert sorted(first["fields_of_action"]) == [
        "Administration and citizen services",
        "Mobility and infrastructure",
    ]
    assert first["federal_state"] == "Berlin"
    assert first["status"] == "Completed"
    assert first["start_date"] is None
    assert first["is_demo_content"] is False
    assert first["url"].startswith("http://testserver/en/measures/")


def test_export_ignores_the_page_and_includes_all_results(client, world):
    for number in range(25):
        world.measure(title_de=f"M {number}")
    data = read_json(client.get(export_url("json", query="?page=2")))
    assert data["count"] == len(data["results"]) == 25


def test_export_excludes_drafts(client, sample):
    data = read_json(client.get(export_url("json")))
    assert sample.measures["draft"].slug not in {r["slug"] for r in data["results"]}
    assert data["count"] == 7


def test_list_page_links_to_the_exports_of_its_state(client, sample):
    response = client.get(list_url(state="bayern", page=1, sort="title"))
    links = {link["format"]: link["url"] for link in response.context["export_links"]}
    assert links == {
        "CSV": "/de/massnahmen/export.csv?state=bayern&sort=title",
        "JSON": "/de/massnahmen/export.json?state=bayern&sort=title",
        "GeoJSON": "/de/massnahmen/export.geojson?state=bayern&sort=title",
    }
    html = response.content.decode()
    assert 'href="/de/massnahmen/export.geojson?state=bayern&amp;sort=title"' in html
    assert "GeoJSON-Datei" in html


GEOJSON_PROPERTIES = [
    "id",
    "slug",
    "url",
    "title",
    "summary",
    "model_project",
    "model_project_slug",
    "status",
    "spatial_effect",
    "fields_of_action",
    "topics",
    "last_updated",
    "is_demo_content",
]


def test_geojson_export_of_the_filtered_result(client, sample):
    query = "?field_of_action=mobilitaet&state=bayern&sort=title"
    response = client.get(export_url("geojson", query=query))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="massnahmen-')
    assert response["Content-Disposition"].endswith('.geojson"')
    data = read_json(response)
    assert set(data) == {"type", "features"}
    assert data["type"] == "FeatureCollection"
    page = client.get(list_url(field_of_action="mobilitaet", state="bayern", sort="title"))
    expected = [m.slug for m in page.context["results"]]
    assert [f["properties"]["slug"] for f in data["features"]] == expected
    assert sample.measures["draft"].slug not in expected
    project = sample.projects["alpha"]
    for feature in data["features"]:
        # RFC 7946: a Feature with an id, a Point geometry [longitude, latitude], properties.
        assert set(feature) == {"type", "id", "geometry", "properties"}
        assert feature["type"] == "Feature"
        assert feature["id"] == feature["properties"]["slug"]
        assert list(feature["properties"]) == GEOJSON_PROPERTIES
        longitude, latitude = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
    radwege = next(f for f in data["features"] if f["id"] == sample.measures["radwege"].slug)
    assert radwege["geometry"]["coordinates"] == [
        float(project.longitude),
        float(project.latitude),
    ]
    properties = radwege["properties"]
    assert properties["title"] == "Sichere Radwege für den Schulweg"
    assert properties["url"] == f"http://testserver/de/massnahmen/{radwege['id']}/"
    assert properties["model_project"] == "Teststadt Alpha"
    assert properties["model_project_slug"] == "test-alpha"
    assert properties["status"] == "In Umsetzung"
    assert properties["fields_of_action"] == ["Mobilität und Infrastruktur"]
    assert properties["last_updated"] == "2026-05-15"
    assert properties["is_demo_content"] is False


def test_geojson_export_in_english_follows_the_search(client, sample):
    data = read_json(client.get(export_url("geojson", "en", "?q=cycle+paths")))
    assert {f["id"] for f in data["features"]} == {
        sample.measures["radwege"].slug,
        sample.measures["zaehlung"].slug,
    }
    zaehlung = next(f for f in data["features"] if f["id"] == sample.measures["zaehlung"].slug)
    assert zaehlung["properties"]["status"] == "Completed"
    assert zaehlung["properties"]["url"].startswith("http://testserver/en/measures/")
    assert zaehlung["geometry"]["coordinates"] == [11.5, 48.1]


def test_geojson_export_without_results_is_an_empty_collection(client, sample):
    data = read_json(client.get(export_url("geojson", query="?q=Zeppelinlandeplatz")))
    assert data == {"type": "FeatureCollection", "features": []}


def test_geojson_queries_do_not_grow_per_feature(client, world):
    """Ids 1, one chunk 1, its labels 2 (options memoised): the same as the CSV export."""
    add_measures(world, 10, offset=0)
    total_10, _own, response = count_queries(client, export_url("geojson"))
    add_measures(world, 490, offset=10)
    total_500, _own, response = count_queries(client, export_url("geojson"))
    assert total_10 == total_500 == 4
    assert len(read_json(client.get(export_url("geojson")))["features"]) == 500
