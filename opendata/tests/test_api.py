"""The public JSON API: envelope, licence, pagination, languages, filters shared with the
HTML lists, strict parameters, CORS, conditional GET and fixed query counts."""

import json

import pytest
from django.test import Client

from measures.models import Measure
from programmes.models import ModelProject

pytestmark = pytest.mark.django_db


def get(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response


def test_index_lists_collections_and_taxonomies(client):
    response = get(client, "/api/v1/")
    assert response.status_code == 200
    data = response.json()
    names = [c["name"] for c in data["collections"]]
    for name in ("model-projects", "measures", "publications", "organisations"):
        assert name in names
    taxonomies = get(client, "/api/v1/taxonomies/").json()["taxonomies"]
    assert {t["name"] for t in taxonomies} >= {
        "federal-states",
        "funding-rounds",
        "municipality-categories",
        "phases",
        "topics",
        "fields-of-action",
        "spatial-effects",
        "measure-statuses",
        "publication-types",
        "initiatives",
    }


def test_meta_states_the_licence(client):
    meta = get(client, "/api/v1/measures/").json()["meta"]
    assert meta["licence"]["id"] == "dl-de/by-2-0"
    assert meta["licence"]["url"] == "https://www.govdata.de/dl-de/by-2-0"
    assert "Smart City Dialog" in meta["attribution"]
    assert meta["documentation"].endswith("/de/offene-daten/api/")
    assert meta["schema"].endswith("/api/v1/schema/")


def test_pagination_with_count_next_and_previous(client):
    total = Measure.objects.live().count()
    assert total > 3
    first = get(client, "/api/v1/measures/?page_size=2").json()
    assert first["count"] == total
    assert len(first["results"]) == 2
    assert first["previous"] is None
    assert "page=2" in first["next"] and "page_size=2" in first["next"]
    second = get(client, first["next"].replace("http://testserver", "")).json()
    assert second["page"] == 2
    assert "page_size=2" in second["previous"]
    assert {r["slug"] for r in first["results"]}.isdisjoint({r["slug"] for r in second["results"]})
    last_page = (total + 1) // 2
    last = get(client, f"/api/v1/measures/?page_size=2&page={last_page}").json()
    assert last["next"] is None
    beyond = get(client, f"/api/v1/measures/?page_size=2&page={last_page + 1}")
    assert beyond.status_code == 404
    assert "last page" in beyond.json()["error"]["message"]


def test_records_use_stable_identifiers_not_database_ids(client):
    record = get(client, "/api/v1/measures/?page_size=1").json()["results"][0]
    measure = Measure.objects.get(slug=record["slug"])
    assert "id" not in record
    assert record["api_url"] == f"http://testserver/api/v1/measures/{measure.slug}/"
    assert record["url"] == f"http://testserver/de/massnahmen/{measure.slug}/"
    assert record["model_project"]["slug"] == measure.model_project.slug
    assert record["status"]["key"] == measure.status.key
    detail = get(client, f"/api/v1/measures/{measure.slug}/").json()
    assert detail["result"] == record


def test_language_by_parameter_and_by_accept_language(client):
    project = ModelProject.objects.order_by("name").first()
    url = f"/api/v1/model-projects/{project.slug}/"
    german = get(client, url)
    assert german["Content-Language"] == "de"
    assert german.json()["result"]["url"].endswith(f"/de/modellprojekte/{project.slug}/")
    english = get(client, url + "?lang=en")
    assert english["Content-Language"] == "en"
    assert english.json()["result"]["url"].endswith(f"/en/model-projects/{project.slug}/")
    assert english.json()["result"]["state"]["key"] == german.json()["result"]["state"]["key"]
    by_header = get(client, url, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9,de;q=0.5")
    assert by_header["Content-Language"] == "en"
    assert "Accept-Language" in by_header["Vary"]
    # The parameter wins over the header.
    assert get(client, url + "?lang=de", HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "de"


def test_taxonomy_labels_follow_the_language(client):
    german = get(client, "/api/v1/taxonomies/measure-statuses/?lang=de").json()
    english = get(client, "/api/v1/taxonomies/measure-statuses/?lang=en").json()
    assert [t["key"] for t in german["results"]] == [t["key"] for t in english["results"]]
    assert german["results"] != english["results"]


def test_filters_give_the_same_results_as_the_html_list(client):
    """The API takes the list's parameters and finds exactly what the list finds."""
    query = "status=abgeschlossen&field_of_action=mobilitaet&sort=title"
    html = client.get(f"/de/massnahmen/export.json?{query}")
    exported = [row["slug"] for row in json.loads(b"".join(html.streaming_content))["results"]]
    data = get(client, f"/api/v1/measures/?{query}&page_size=100").json()
    assert data["count"] == len(exported) > 0
    assert [r["slug"] for r in data["results"]] == exported[:100]
    for record in data["results"]:
        assert record["status"]["key"] == "abgeschlossen"
        assert "mobilitaet" in [f["key"] for f in record["fields_of_action"]]


def test_several_values_of_one_facet_are_alternatives(client):
    one = get(client, "/api/v1/measures/?status=abgeschlossen").json()["count"]
    other = get(client, "/api/v1/measures/?status=in-umsetzung").json()["count"]
    both = get(client, "/api/v1/measures/?status=abgeschlossen&status=in-umsetzung").json()
    assert both["count"] == one + other


def test_full_text_search_of_the_list(client):
    data = get(client, "/api/v1/measures/?q=Hitze&page_size=100").json()
    assert data["count"] > 0
    for record in data["results"]:
        text = " ".join([record["title"], record["summary"], record["description"]])
        assert "hitze" in text.lower()


def test_model_project_filters(client):
    data = get(client, "/api/v1/model-projects/?round=2019&page_size=100").json()
    assert data["count"] == ModelProject.objects.filter(funding_round__year=2019).count() > 0
    assert {r["funding_round"]["key"] for r in data["results"]} == {"2019"}


@pytest.mark.parametrize(
    ("query", "code", "words"),
    [
        ("utm_source=x", "unknown_parameter", ["utm_source", "Allowed parameters"]),
        ("status=nonsense", "unknown_value", ["nonsense", "status", "abgeschlossen"]),
        ("page=abc", "invalid_value", ["page", "whole number"]),
        ("page=0", "invalid_value", ["page"]),
        ("page_size=1000", "invalid_value", ["page_size", "100"]),
        ("q=a&q=b", "repeated_parameter", ["q"]),
        ("lang=fr", "unknown_value", ["lang", "de", "en"]),
        ("q=" + "x" * 300, "too_long", ["200"]),
        ("sort=random", "unknown_value", ["sort", "updated"]),
    ],
)
def test_bad_parameters_are_a_400_with_a_clear_message(client, query, code, words):
    response = get(client, f"/api/v1/measures/?{query}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == 400
    assert error["code"] == code
    for word in words:
        assert word in error["message"]
    assert response["Access-Control-Allow-Origin"] == "*"


def test_detail_accepts_only_the_language(client):
    slug = Measure.objects.live().first().slug
    assert get(client, f"/api/v1/measures/{slug}/?status=x").status_code == 400


def test_hostile_input_gives_no_server_error(client):
    for url in [
        "/api/v1/measures/?q=%00%01abc",
        "/api/v1/measures/?q=%22%27%3B--",
        "/api/v1/measures/%00/",
        "/api/v1/measures/" + "a" * 300 + "/",
        "/api/v1/nonsense/",
        "/api/v1/taxonomies/nonsense/",
        "/api/v1/model-projects/?q=" + "%F0%9F%98%80" * 50,
    ]:
        response = client.get(url)
        assert response.status_code < 500, url
        assert response["Content-Type"].startswith("application/json"), url


def test_not_found_is_json_and_not_redirected_to_a_language(client):
    response = get(client, "/api/v1/measures/does-not-exist/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert get(client, "/api/v1/nothing-here/").status_code == 404


def test_cors_for_get_and_preflight(client):
    response = get(client, "/api/v1/organisations/", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/measures/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_read_only(client):
    response = Client(enforce_csrf_checks=False).post("/api/v1/measures/", {})
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


def test_etag_and_conditional_get(client):
    first = get(client, "/api/v1/taxonomies/topics/")
    etag = first["ETag"]
    assert etag.startswith('"')
    again = client.get("/api/v1/taxonomies/topics/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert again["Access-Control-Allow-Origin"] == "*"
    other_language = client.get("/api/v1/taxonomies/topics/?lang=en", HTTP_IF_NONE_MATCH=etag)
    assert other_language.status_code == 200
    assert other_language["ETag"] != etag


def test_etag_changes_when_the_data_changes(client):
    url = "/api/v1/measures/?sort=updated&page_size=5"
    before = get(client, url)["ETag"]
    measure = Measure.objects.live().order_by("-last_updated", "pk").first()
    Measure.objects.filter(pk=measure.pk).update(title_de="Ganz neuer Titel")
    assert get(client, url)["ETag"] != before


@pytest.mark.parametrize("size", [5, 100])
def test_list_queries_do_not_grow_with_the_page(client, django_assert_max_num_queries, size):
    # Facet options (one per facet), count, page, prefetches: the same for 5 or 100 rows.
    with django_assert_max_num_queries(12):
        response = client.get(f"/api/v1/measures/?page_size={size}")
    assert len(response.json()["results"]) == size


def test_rich_text_keeps_its_paragraphs(client):
    """Descriptions come as plain text with a blank line between paragraphs, never glued
    together ("…Stadtgebiet.Die Umsetzung…")."""
    measure = Measure.objects.live().first()
    Measure.objects.filter(pk=measure.pk).update(
        description_de="<p>Sie wirkt im ganzen Stadtgebiet.</p><p>Die Umsetzung läuft.</p>"
        "<ul><li>Sensoren</li><li>Karte</li></ul>",
        description_en="<p>First paragraph.</p><p>Second one,<br>with a line break.</p>",
    )
    record = get(client, f"/api/v1/measures/{measure.slug}/").json()["result"]
    assert record["description"] == (
        "Sie wirkt im ganzen Stadtgebiet.\n\nDie Umsetzung läuft.\n\n- Sensoren\n- Karte"
    )
    record = get(client, f"/api/v1/measures/{measure.slug}/?lang=en").json()["result"]
    assert record["description"] == "First paragraph.\n\nSecond one,\nwith a line break."
    # The demo descriptions have several paragraphs, in the list as well.
    listed = get(client, "/api/v1/measures/?page_size=5").json()["results"]
    assert all("\n\n" in r["description"] for r in listed)


@pytest.mark.parametrize(
    ("resource", "model_label"),
    [
        ("model-projects", "programmes.ModelProject"),
        ("measures", "measures.Measure"),
        ("solutions", "solutions.SolutionProfile"),
        ("publications", "publications.Publication"),
    ],
)
def test_records_with_drafts_are_served_only_while_published(client, resource, model_label):
    from django.apps import apps

    model = apps.get_model(model_label)
    record = model.objects.live().order_by("pk").first()
    assert record is not None
    count = get(client, f"/api/v1/{resource}/").json()["count"]
    assert count == model.objects.live().count()
    assert get(client, f"/api/v1/{resource}/{record.slug}/").status_code == 200

    model.objects.filter(pk=record.pk).update(live=False)
    assert get(client, f"/api/v1/{resource}/").json()["count"] == count - 1
    assert get(client, f"/api/v1/{resource}/{record.slug}/").status_code == 404


def test_organisations_have_no_drafts_and_are_all_served(client):
    from contacts.models import Organisation

    count = get(client, "/api/v1/organisations/").json()["count"]
    assert count == Organisation.objects.count() > 0
