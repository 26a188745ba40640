"""The open datasets of the portal: what the open data page lists and the DCAT-AP.de
catalogue describes.

The datasets are the databases of the registry (``core.databases``) that have an API
resource, in the registry's order; the landing page is the database's list. Each is backed
by its API resource (records, count, last change) and offers downloads (distributions):
the CSV/JSON exports of the filterable lists, GeoJSON where there is a location, and the
API. Here each one gets its title, description, downloads and keywords: one
``Dataset(...)`` entry, keyed by the API resource.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from core.databases import Database, databases
from core.filtering.export import ExportColumn, related_names

from .api.resources import get_resource

LICENCE_URI = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
LICENCE_ID = "dl-de/by-2-0"
LICENCE_NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"

MEDIA_TYPES = {
    "csv": ("CSV", "text/csv"),
    "json": ("JSON", "application/json"),
    "geojson": ("GeoJSON", "application/geo+json"),
}


@dataclass(frozen=True)
class Distribution:
    """A download. ``fallback`` (url name, kwargs) is used when ``url_name`` does not
    exist (yet)."""

    fmt: str  # csv, json, geojson
    url_name: str
    kwargs: dict = field(default_factory=dict)
    fallback: tuple | None = None

    @property
    def label(self):
        return MEDIA_TYPES[self.fmt][0]

    @property
    def media_type(self):
        return MEDIA_TYPES[self.fmt][1]

    def url(self):
        try:
            return reverse(self.url_name, kwargs=self.kwargs)
        except NoReverseMatch:
            if self.fallback is None:
                raise
            name, kwargs = self.fallback
            return reverse(name, kwargs=kwargs)


@dataclass(frozen=True)
class Dataset:
    key: str  # stable identifier: the API resource name of a registered database
    title: str
    description: str
    distributions: tuple[Distribution, ...]
    keywords: tuple[str, ...] = ()
    theme: str = "REGI"  # EU data theme (Regions and cities)

    @property
    def database(self) -> Database | None:
        for database in databases():
            if database.api_resource == self.key:
                return database
        return None

    @property
    def list_url_name(self) -> str | None:
        """The page that shows the data: the database's list."""
        database = self.database
        return database.list_url_name if database is not None else None

    @property
    def resource(self):
        return get_resource(self.key)

    def is_available(self):
        if self.list_url_name is None or self.resource is None:
            return False
        try:
            self.landing_url()
            for distribution in self.distributions:
                distribution.url()
        except NoReverseMatch:
            return False
        return True

    def landing_url(self):
        return reverse(self.list_url_name)

    def api_url(self):
        return reverse("opendata_api:list", kwargs={"resource": self.key})

    def count(self):
        return self.resource.get_queryset().count()

    def last_modified(self):
        return self.resource.last_modified()


def _export(url_name, *formats):
    return tuple(Distribution(fmt, url_name, {"fmt": fmt}) for fmt in formats)


DATASETS = [
    Dataset(
        "model-projects",
        _("Model projects Smart Cities"),
        _(
            "The 73 model projects funded by the federal government: name, funding round, "
            "municipality category, federal state, location (WGS 84), partner "
            "municipalities, phase and topics."
        ),
        (
            Distribution("csv", "opendata:download", {"dataset": "model-projects", "fmt": "csv"}),
            Distribution("json", "opendata:download", {"dataset": "model-projects", "fmt": "json"}),
            Distribution("geojson", "programmes:modelproject_geojson"),
        ),
        keywords=("Smart City", "Modellprojekte", "Stadtentwicklung", "Digitalisierung"),
    ),
    Dataset(
        "measures",
        _("Measures of the model projects"),
        _(
            "What the model projects Smart Cities have planned, built and made permanent: "
            "measures with fields of action, status, spatial effect, topics, "
            "technologies, dates, licences and repositories."
        ),
        _export("measures:measure_export", "csv", "json", "geojson"),
        keywords=("Smart City", "Maßnahmen", "Open Source", "Digitalisierung"),
    ),
    Dataset(
        "solutions",
        _("Smart City solutions"),
        _(
            "Tried-and-tested digital solutions of the model projects, described so that "
            "other municipalities can adopt them, with a transferability checklist."
        ),
        _export("solutions:solution_export", "csv", "json"),
        keywords=("Smart City", "Lösungen", "Übertragbarkeit", "Open Source"),
    ),
    Dataset(
        "publications",
        _("Publications"),
        _(
            "Brochures, studies, guidelines, reports, podcasts and videos of the Smart City "
            "Dialogue and its initiatives, with type, topics, publisher and file."
        ),
        _export("publications:publication_export", "csv", "json"),
        keywords=("Smart City", "Publikationen", "Studien", "Leitfäden"),
    ),
]


def available_datasets() -> list[Dataset]:
    """The datasets of the registered databases, in the databases' order."""
    described = {dataset.key: dataset for dataset in DATASETS}
    found = []
    for database in databases():
        dataset = described.get(database.api_resource)
        if dataset is not None and dataset.is_available():
            found.append(dataset)
    return found


def get_dataset(key) -> Dataset | None:
    for dataset in available_datasets():
        if dataset.key == key:
            return dataset
    return None


def model_project_columns(base_url):
    """Columns of the model project CSV/JSON download (same keys as the API, flattened)."""
    return [
        ExportColumn("slug", "slug", "Stable identifier, part of the URL."),
        ExportColumn("url", lambda p: base_url + p.get_absolute_url(), "Address of the page."),
        ExportColumn("name", "name", "Name."),
        ExportColumn("official_name", "official_name", "Official name."),
        ExportColumn("funding_round", "funding_round.year", "Year of the funding round."),
        ExportColumn("category", "category.key", "Municipality category (key)."),
        ExportColumn("category_label", lambda p: str(p.category), "Municipality category."),
        ExportColumn("state", "state.key", "Federal state (key)."),
        ExportColumn("state_label", lambda p: str(p.state), "Federal state."),
        ExportColumn("phase", "phase.key", "Phase (key)."),
        ExportColumn("phase_label", lambda p: str(p.phase) if p.phase else None, "Phase."),
        ExportColumn("topics", lambda p: [t.key for t in p.topics.all()], "Topics (keys)."),
        ExportColumn("topic_labels", lambda p: related_names(p.topics), "Topics."),
        ExportColumn("partners", "partner_list", "Partner municipalities (list)."),
        ExportColumn("summary", "summary", "Summary."),
        ExportColumn("vision", "vision", "Vision."),
        ExportColumn("website", "website", "Website."),
        ExportColumn("latitude", lambda p: float(p.latitude), "Latitude (WGS 84)."),
        ExportColumn("longitude", lambda p: float(p.longitude), "Longitude (WGS 84)."),
        ExportColumn(
            "area_km2",
            lambda p: float(p.area_km2) if p.area_km2 is not None else None,
            "Area in km².",
        ),
        ExportColumn("funding_eur", "funding_eur", "Funding in euros."),
        ExportColumn("last_updated", lambda p: p.updated_at.date(), "Date of the last update."),
        ExportColumn("is_demo_content", "is_demo_content", "true when values are invented."),
    ]
