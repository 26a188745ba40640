"""The open datasets of the portal: what the open data page lists and the DCAT-AP.de
catalogue describes.

The datasets are the databases of the registry (``core.databases``) that have an API
resource, in the registry's order; the landing page is the database's list. Each is backed
by its API resource (records, count, last change) and offers downloads (distributions):
the CSV/JSON exports of the filterable lists, GeoJSON where there is a location, and the
API. Each database declares its title, description, downloads and keywords in its own
``database.py`` (``core.databases.OpenDataset``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from core.databases import Database, Download, databases
from core.filtering.export import ExportColumn, related_names

MEDIA_TYPES = {
    "csv": ("CSV", "text/csv"),
    "json": ("JSON", "application/json"),
    "geojson": ("GeoJSON", "application/geo+json"),
}


@dataclass(frozen=True)
class Distribution:
    """A download of a dataset (``core.databases.Download``) with its format's label and
    media type."""

    download: Download

    @property
    def fmt(self):
        return self.download.fmt

    @property
    def label(self):
        return MEDIA_TYPES[self.fmt][0]

    @property
    def media_type(self):
        return MEDIA_TYPES[self.fmt][1]

    def url(self):
        return reverse(self.download.url_name, kwargs=self.download.kwargs)


@dataclass(frozen=True)
class Dataset:
    """A database as an open dataset: what its declaration says (``Database.open_data``),
    backed by its API resource (records, count, last change)."""

    database: Database

    @property
    def key(self) -> str:
        """Stable identifier: the name of the database's API resource."""
        return self.database.api.name

    @property
    def title(self):
        return self.database.open_data.title

    @property
    def description(self):
        return self.database.open_data.description

    @property
    def keywords(self):
        return self.database.open_data.keywords

    @property
    def theme(self):
        return self.database.open_data.theme

    @property
    def distributions(self) -> tuple[Distribution, ...]:
        return tuple(Distribution(download) for download in self.database.open_data.downloads)

    @property
    def list_url_name(self) -> str:
        """The page that shows the data: the database's list."""
        return self.database.list_url_name

    @property
    def resource(self):
        return self.database.api

    def landing_url(self):
        return reverse(self.list_url_name)

    def api_url(self):
        return reverse("opendata_api:list", kwargs={"resource": self.key})

    def count(self):
        return self.resource.get_queryset().count()

    def last_modified(self):
        return self.resource.last_modified()


def available_datasets() -> list[Dataset]:
    """The databases described as open datasets (with an API resource and a list), in
    the databases' order."""
    return [
        Dataset(database)
        for database in databases()
        if database.open_data is not None
        and database.api is not None
        and database.list_url_name is not None
    ]


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
