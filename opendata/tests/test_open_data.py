"""The open data page: every dataset with downloads, licence, last change and count."""

import csv
import io
import json

import pytest

from measures.models import Measure
from opendata.datasets import available_datasets
from programmes.models import ModelProject

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_addresses_in_both_languages(client):
    assert client.get("/de/offene-daten/").status_code == 200
    assert client.get("/en/open-data/").status_code == 200
    assert client.get("/de/offene-daten/api/").status_code == 200
    assert client.get("/en/open-data/api/").status_code == 200


def test_each_page_loads_the_styles_it_uses(client):
    """The open data pages load their own stylesheet, the site search its own; other
    pages load neither (the header's search form is styled by the site's stylesheet)."""
    for path in ("/de/offene-daten/", "/en/open-data/api/"):
        html = client.get(path).content.decode()
        assert "/static/opendata/opendata.css" in html, path
        assert "/static/search/search.css" not in html, path
    html = client.get("/de/suche/", {"q": "Parkraum"}).content.decode()
    assert "/static/search/search.css" in html
    assert "/static/opendata/opendata.css" not in html
    html = client.get("/de/").content.decode()
    assert "/static/css/site.css" in html
    assert "opendata.css" not in html and "search/search.css" not in html


def test_page_lists_every_dataset(client):
    html = client.get("/de/offene-daten/").content.decode()
    keys = [dataset.key for dataset in available_datasets()]
    assert {"model-projects", "measures"} <= set(keys)
    for dataset in available_datasets():
        assert f'id="{dataset.key}"' in html
        assert str(dataset.title) in html
        for distribution in dataset.distributions:
            assert f'href="{distribution.url()}"' in html
    assert "dl-de/by-2-0" in html
    assert f"<dd>{Measure.objects.live().count()}</dd>" in html
    assert f"<dd>{ModelProject.objects.count()}</dd>" in html
    assert "/api/v1/schema/" in html
    assert "/de/offene-daten/dcat.ttl" in html


def test_page_has_dataset_json_ld(client):
    html = client.get("/en/open-data/").content.decode()
    blocks = [
        json.loads(part.split("</script>")[0])
        for part in html.split('<script type="application/ld+json">')[1:]
    ]
    datasets = [block for block in blocks if block.get("@type") == "Dataset"]
    assert len(datasets) == len(available_datasets())
    assert all(d["license"] == "https://www.govdata.de/dl-de/by-2-0" for d in datasets)
    assert all(d["distribution"] for d in datasets)


def test_every_download_works(client):
    for dataset in available_datasets():
        for distribution in dataset.distributions:
            response = client.get(distribution.url())
            assert response.status_code == 200, distribution.url()
            assert response["Content-Type"].split(";")[0] == distribution.media_type


def test_model_project_downloads(client):
    rows = list(
        csv.DictReader(
            io.StringIO(body(client.get("/de/offene-daten/model-projects.csv")).decode())
        )
    )
    assert len(rows) == ModelProject.objects.count()
    assert {"slug", "name", "funding_round", "state", "latitude", "longitude"} <= set(rows[0])
    data = json.loads(body(client.get("/en/open-data/model-projects.json")))
    assert data["count"] == ModelProject.objects.count()
    assert data["language"] == "en"
    assert data["results"][0]["url"].startswith("http://testserver/en/model-projects/")
    assert client.get("/de/offene-daten/model-projects.xml").status_code == 404
    assert client.get("/de/offene-daten/measures.csv").status_code == 404


def test_api_documentation_lists_the_endpoints_and_filters(client):
    html = client.get("/en/open-data/api/").content.decode()
    for path in ("/api/v1/measures/", "/api/v1/model-projects/{slug}/", "/api/v1/taxonomies/"):
        assert path in html
    assert "<code>field_of_action</code>" in html
    assert "dl-de/by-2-0" in html
