"""The DCAT-AP.de catalogue parses with rdflib and describes every dataset."""

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from core.licence import LICENCE_URI
from opendata.datasets import available_datasets

pytestmark = pytest.mark.django_db

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
FORMATS = {"rdf": "xml", "ttl": "turtle", "jsonld": "json-ld"}


def load(client, fmt, language="de"):
    prefix = "offene-daten" if language == "de" else "open-data"
    response = client.get(f"/{language}/{prefix}/dcat.{fmt}")
    assert response.status_code == 200
    graph = Graph()
    graph.parse(data=response.content, format=FORMATS[fmt])
    return graph


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_catalogue_parses_in_every_format(client, fmt):
    graph = load(client, fmt)
    catalogues = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogues) == 1
    assert len(list(graph.subjects(RDF.type, DCAT.Dataset))) == len(available_datasets())


def test_every_format_says_the_same(client):
    graphs = [load(client, fmt) for fmt in FORMATS]
    sizes = {len(graph) for graph in graphs}
    assert len(sizes) == 1


def test_required_classes_and_properties(client):
    graph = load(client, "ttl")
    (catalogue,) = graph.subjects(RDF.type, DCAT.Catalog)
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCAT.dataset):
        assert graph.value(catalogue, prop) is not None, prop
    titles = {literal.language for literal in graph.objects(catalogue, DCTERMS.title)}
    assert titles == {"de", "en"}
    publisher = graph.value(catalogue, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Organization) in graph
    assert graph.value(publisher, FOAF.name) is not None

    datasets = set(graph.objects(catalogue, DCAT.dataset))
    assert datasets == set(graph.subjects(RDF.type, DCAT.Dataset))
    for dataset in datasets:
        for prop in (
            DCTERMS.title,
            DCTERMS.description,
            DCTERMS.publisher,
            DCATDE.contributorID,
            DCAT.contactPoint,
            DCAT.landingPage,
            DCAT.theme,
            DCTERMS.modified,
            DCAT.distribution,
        ):
            assert graph.value(dataset, prop) is not None, (dataset, prop)
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) >= 3  # CSV, JSON (and GeoJSON) downloads plus the API
        for distribution in distributions:
            assert (distribution, RDF.type, DCAT.Distribution) in graph
            assert graph.value(distribution, DCTERMS.license) == URIRef(LICENCE_URI)
            assert graph.value(distribution, DCAT.accessURL) is not None
            assert graph.value(distribution, DCTERMS.format) is not None
            assert graph.value(distribution, DCATDE.licenseAttributionByText) is not None
        downloads = [graph.value(d, DCAT.downloadURL) for d in distributions]
        assert any(str(url).endswith(".csv") or "csv" in str(url) for url in downloads if url)


def test_catalogue_lists_every_dataset_with_its_downloads(client):
    graph = load(client, "rdf")
    titles = {str(t) for t in graph.objects(None, DCTERMS.title)}
    for dataset in available_datasets():
        assert str(dataset.title) in titles or any(str(dataset.title) in t for t in titles)
    download_urls = {str(url) for url in graph.objects(None, DCAT.downloadURL)}
    for dataset in available_datasets():
        for distribution in dataset.distributions:
            assert "http://testserver" + distribution.url() in download_urls


def test_downloads_named_in_the_catalogue_work(client):
    graph = load(client, "ttl")
    for url in set(graph.objects(None, DCAT.downloadURL)):
        response = client.get(str(url).replace("http://testserver", ""))
        assert response.status_code == 200, url


def test_data_service_describes_the_api(client):
    graph = load(client, "jsonld")
    (service,) = graph.subjects(RDF.type, DCAT.DataService)
    assert str(graph.value(service, DCAT.endpointDescription)).endswith("/api/v1/schema/")
    served = set(graph.objects(service, DCAT.servesDataset))
    assert served == set(graph.subjects(RDF.type, DCAT.Dataset))


def test_unknown_format_is_404(client):
    assert client.get("/de/offene-daten/dcat.xyz").status_code == 404
