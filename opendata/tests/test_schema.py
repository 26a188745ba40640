"""The OpenAPI document is valid, and the API keeps to it under property-based testing
(schemathesis generates requests from the document and checks every answer against it)."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis import GenerationMode

pytestmark = pytest.mark.django_db

SCHEMA_URL = "/api/v1/schema/"
COLLECTIONS = ("model-projects", "measures", "publications", "organisations")


def test_schema_is_valid_openapi(client):
    response = client.get(SCHEMA_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    document = response.json()
    validate(document)
    assert document["openapi"].startswith("3.")
    for name in COLLECTIONS:
        assert f"/api/v1/{name}/" in document["paths"]
    for taxonomy in ("federal-states", "topics", "fields-of-action", "measure-statuses"):
        assert f"/api/v1/taxonomies/{taxonomy}/" in document["paths"]
    assert "dl-de/by-2-0" in document["info"]["description"]


def test_list_parameters_are_those_of_the_html_filters(client):
    from measures.filters import MeasureFilterSet
    from programmes.filters import ModelProjectFilterSet

    paths = client.get(SCHEMA_URL).json()["paths"]

    def query_parameters(path):
        return {p["name"]: p for p in paths[path]["get"]["parameters"] if p["in"] == "query"}

    measures = query_parameters("/api/v1/measures/")
    assert set(MeasureFilterSet.base_filters) | {"sort", "page", "page_size", "lang"} == set(
        measures
    )
    assert measures["sort"]["schema"]["enum"] == list(MeasureFilterSet.sort_options)
    assert measures["status"]["schema"]["type"] == "array"
    assert "verstetigt" in measures["status"]["schema"]["items"]["enum"]
    projects = query_parameters("/api/v1/model-projects/")
    assert set(ModelProjectFilterSet.base_filters) <= set(projects)


def run_operations(schema, mode, examples):
    """Every operation with ``examples`` generated requests; returns the failures."""
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=examples,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            case.call_and_validate()

        try:
            check()
        except Exception as error:  # noqa: BLE001 - collected and reported below
            failures.append(f"{operation.label}: {error}")
    return failures


@pytest.fixture
def api_schema(db):
    """The schema, loaded from the WSGI application itself.

    A plain WSGI handler closes the database connection after each request (as a server
    would); inside a test transaction that would lose the test's data, so the signal
    handler is detached while the test runs (Django's test client does the same).
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi(SCHEMA_URL, WSGIHandler())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_api_conforms_to_its_schema(api_schema):
    """Schema-valid requests: no server error, every answer matches the schema
    (status code, content type, headers, body) and valid data is accepted."""
    failures = run_operations(api_schema, GenerationMode.POSITIVE, examples=8)
    assert not failures, "\n\n".join(failures)


def test_invalid_requests_give_no_server_error(api_schema):
    """Schema-invalid requests are rejected with a documented 4xx, never a 5xx."""
    failures = run_operations(api_schema, GenerationMode.NEGATIVE, examples=5)
    assert not failures, "\n\n".join(failures)
