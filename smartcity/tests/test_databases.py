"""The databases registry (core/databases.py): every filterable list is a registered
database, each declaration is complete and consistent, and the sitemap and the open data
catalogue list exactly the registered databases, in their order."""

import importlib
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import URLResolver, get_resolver, reverse
from django.utils import translation

from core import databases as registry
from core.databases import Database, databases, get_database, register
from core.filtering.views import FilterableListView
from news.models import NewsIndexPage
from opendata.api.resources import available_resources
from opendata.datasets import available_datasets
from search.registry import get_kind
from smartcity.sitemaps import RecordSitemap, ViewSitemap, view_url_names

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
BASE = "http://testserver"
KEYS = ["model-projects", "measures", "solutions", "publications", "news"]


@pytest.fixture
def restore_registry():
    saved = dict(registry._DATABASES)
    yield
    registry._DATABASES.clear()
    registry._DATABASES.update(saved)


def named_patterns(patterns, namespaces=()):
    """(full URL name, pattern) of every named URL pattern below ``patterns``."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            yield from named_patterns(pattern.url_patterns, inner)
        elif pattern.name:
            yield ":".join((*namespaces, pattern.name)), pattern


def filterable_list_pages():
    """{URL name: view class} of the filterable lists that are pages: no parameter in the
    address, so not the exports (``export.<fmt>``)."""
    return {
        name: pattern.callback.view_class
        for name, pattern in named_patterns(get_resolver().url_patterns)
        if issubclass(getattr(pattern.callback, "view_class", object), FilterableListView)
        and pattern.pattern.regex.groups == 0
        and not pattern.default_args
    }


def filterable_list_views():
    """Every FilterableListView subclass of the project's apps (their views imported)."""
    for config in apps.get_app_configs():
        own = Path(config.path).is_relative_to(settings.BASE_DIR)
        if own and importlib.util.find_spec(f"{config.name}.views") is not None:
            importlib.import_module(f"{config.name}.views")
    found, todo = [], [FilterableListView]
    while todo:
        for subclass in todo.pop().__subclasses__():
            found.append(subclass)
            todo.append(subclass)
    return [view for view in found if view.filterset_class is not None]


# --- the registry -----------------------------------------------------------------------


def test_the_databases_in_their_order():
    assert [database.key for database in databases()] == KEYS
    assert get_database("measures").list_url_name == "measures:measure_list"
    with pytest.raises(KeyError):
        get_database("events")


def test_every_filterable_list_is_a_registered_database():
    pages = filterable_list_pages()
    assert {"measures:measure_list", "programmes:modelproject_map"} <= set(pages)
    by_model = {database.model: database for database in databases()}
    for name, view in pages.items():
        database = by_model[view.filterset_class._meta.model]
        # The list itself, or another view of the same records (the map) in the sitemap.
        views = [view_name for view_name, _priority in database.sitemap_views]
        assert name == database.list_url_name or name in views, name
    registered = {d.list_url_name for d in databases() if d.list_url_name}
    assert registered <= set(pages)
    # Lists that are pages (the news index) are registered too.
    views = filterable_list_views()
    assert {view.__name__ for view in views} >= {"MeasureListView", "NewsListView"}
    for view in views:
        assert view.filterset_class._meta.model in by_model, view


def test_keys_models_and_addresses_are_unique():
    for attribute in ("key", "model", "list_url_name", "feed_url_name"):
        values = [getattr(d, attribute) for d in databases() if getattr(d, attribute)]
        assert len(values) == len(set(values)), attribute
    names = [d.api.name for d in databases() if d.api is not None]
    assert len(names) == len(set(names))


def test_a_second_declaration_under_a_key_is_refused(restore_registry):
    measures = get_database("measures")
    assert register(measures) is measures  # the same declaration again changes nothing
    with pytest.raises(ValueError, match="measures"):
        register(Database("measures", "Other", NewsIndexPage, None))
    assert get_database("measures") is measures


def test_a_registered_database_is_listed_in_its_place(restore_registry):
    register(Database("aaa", "First", NewsIndexPage, None, order=1))
    register(Database("zzz", "Last", NewsIndexPage, None, order=1000))
    assert [d.key for d in databases()] == ["aaa", *KEYS, "zzz"]


@pytest.mark.parametrize("key", KEYS)
def test_each_declaration_is_consistent(key):
    database = get_database(key)
    assert issubclass(database.model, models.Model)
    # The same key and list as the database's kind in the search core.
    kind = get_kind(key)
    assert kind.model is database.model
    assert kind.list_url_name == database.list_url_name
    names = [database.list_url_name, database.feed_url_name]
    names += [name for name, _priority in database.sitemap_views]
    for name in filter(None, names):
        for code in ("de", "en"):
            with translation.override(code):
                assert reverse(name).startswith(f"/{code}/")
    if database.list_url_name:
        assert database.sitemap_views[0][0] == database.list_url_name
    if database.api is not None:
        assert database.api.model is database.model
        assert available_resources()[database.api.name] is database.api
    if database.demo_flag:
        field = database.model._meta.get_field(database.demo_flag)
        assert isinstance(field, models.BooleanField)


@pytest.mark.django_db
def test_the_demo_flag_marks_the_loaded_demo_records():
    for database in databases():
        flagged = database.model.objects.filter(**{database.demo_flag: True})
        assert flagged.exists(), database.key


# --- the sitemap ------------------------------------------------------------------------


def test_sitemap_views_in_the_same_order():
    assert view_url_names() == [
        ("programmes:modelproject_list", 0.8),
        ("programmes:modelproject_map", 0.5),
        ("measures:measure_list", 0.8),
        ("solutions:solution_list", 0.8),
        ("publications:publication_list", 0.8),
        ("contacts:contact_list", 0.6),
        ("opendata:index", 0.6),
        ("opendata:api_docs", 0.4),
    ]
    entries = ViewSitemap().entries()
    assert [entry.paths["de"] for entry in entries[:5]] == [
        "/de/modellprojekte/",
        "/de/modellprojekte/karte/",
        "/de/massnahmen/",
        "/de/loesungen/",
        "/de/publikationen/",
    ]
    assert [entry.priority for entry in entries] == [p for _n, p in view_url_names()]


def test_a_registered_database_brings_its_views_into_the_sitemap(restore_registry):
    register(
        Database("first", "First", NewsIndexPage, None, sitemap_views=(("search", 0.3),), order=1)
    )
    assert view_url_names()[0] == ("search", 0.3)
    assert ViewSitemap().entries()[0].paths == {"de": "/de/suche/", "en": "/en/search/"}


@pytest.mark.django_db
def test_sitemap_has_every_database_list_and_record(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [url.find("s:loc", NS).text for url in root.findall("s:url", NS)]
    listed = set(locations)
    for database in databases():
        for name, _priority in database.sitemap_views:
            for code in ("de", "en"):
                with translation.override(code):
                    assert BASE + reverse(name) in listed, name
        if database.api is not None:
            records = database.model.objects.live()
            assert records.exists()
            for record in records:
                for code in ("de", "en"):
                    with translation.override(code):
                        assert BASE + record.get_absolute_url() in listed
    # The news database's list is its index page, one per language.
    for index in NewsIndexPage.objects.live():
        assert BASE + index.url in listed


@pytest.mark.django_db
def test_sitemap_records_in_the_databases_order():
    entries = RecordSitemap().entries()
    expected = []
    for database in databases():
        if database.api is not None:
            expected += [
                (database.key, pk)
                for pk in database.model.objects.live().order_by("pk").values_list("pk", flat=True)
            ]
    assert len(entries) == len(expected)
    by_path = {}
    for database in databases():
        if database.api is not None:
            for record in database.model.objects.live():
                with translation.override("de"):
                    by_path[record.get_absolute_url()] = (database.key, record.pk)
    assert [by_path[entry.paths["de"]] for entry in entries] == expected


# --- the open data catalogue ------------------------------------------------------------


def test_every_database_with_an_api_resource_is_described_as_a_dataset():
    described = {dataset.key for dataset in available_datasets()}
    for database in databases():
        if database.api is not None:
            assert database.open_data is not None, database.key
            assert database.api.name in described, database.key


@pytest.mark.django_db
def test_the_catalogue_lists_each_database_in_order(client):
    with_api = [d for d in databases() if d.api is not None]
    datasets = available_datasets()
    assert [dataset.key for dataset in datasets] == [d.api.name for d in with_api]
    assert [d.key for d in with_api] == ["model-projects", "measures", "solutions", "publications"]
    for dataset, database in zip(datasets, with_api, strict=True):
        assert dataset.database is database
        assert dataset.landing_url() == reverse(database.list_url_name)

    from rdflib import Graph, URIRef
    from rdflib.namespace import DCAT, RDF

    html = client.get("/de/offene-daten/").content.decode()
    positions = [html.index(f'id="{dataset.key}"') for dataset in datasets]
    assert positions == sorted(positions)
    graph = Graph().parse(data=client.get("/de/offene-daten/dcat.ttl").content, format="turtle")
    landing = {str(page) for page in graph.objects(None, DCAT.landingPage)}
    with translation.override("de"):
        assert landing == {BASE + reverse(d.list_url_name) for d in with_api}
    nodes = set(graph.subjects(RDF.type, DCAT.Dataset))
    assert nodes == {URIRef(f"{BASE}/de/offene-daten/#{d.api.name}") for d in with_api}


@pytest.mark.django_db
def test_a_database_left_out_of_the_registry_leaves_the_catalogue(restore_registry):
    del registry._DATABASES["solutions"]
    assert [dataset.key for dataset in available_datasets()] == [
        "model-projects",
        "measures",
        "publications",
    ]
    assert ("solutions:solution_list", 0.8) not in view_url_names()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "en"])
def test_the_main_menu_links_every_database_list_in_order_then_the_contacts(language):
    from smartcity.navigation import main_menu_pages

    with translation.override(language):
        menu = main_menu_pages()
        expected = [
            (str(database.label), reverse(database.list_url_name))
            for database in databases()
            if database.list_url_name
        ]
        contact = reverse("contacts:contact_list")
    views = [(entry["title"], entry["url"]) for entry in menu if entry["page_id"] is None]
    assert views[:-1] == expected
    assert views[-1][1] == contact
    assert [entry["url"] for entry in menu if entry.get("is_database")] == [
        url for _label, url in expected
    ]


@pytest.mark.django_db
def test_a_registered_database_gets_its_menu_entry(restore_registry):
    from smartcity.navigation import main_menu_pages

    measures = get_database("measures")
    register(Database(**{**measures.__dict__, "key": "more-measures", "order": 1}))
    with translation.override("de"):
        first_view = next(entry for entry in main_menu_pages() if entry["page_id"] is None)
    assert first_view["url"] == reverse("measures:measure_list")


def test_the_api_value_lists_are_those_the_databases_declare():
    from opendata.api.resources import available_taxonomies

    declared = [v.name for d in databases() for v in d.value_lists]
    assert "fields-of-action" in declared and "federal-states" in declared
    assert list(available_taxonomies()) == [*declared, "initiatives"]
    for database in databases():
        for value_list in database.value_lists:
            assert available_taxonomies()[value_list.name].model is value_list.model


def test_a_database_left_out_takes_its_value_lists_along(restore_registry):
    from opendata.api.resources import available_taxonomies

    del registry._DATABASES["measures"]
    assert "fields-of-action" not in available_taxonomies()
    assert "federal-states" in available_taxonomies()
