"""The records of the public API: one ``Resource`` per database.

A resource names its model, the live objects, its fields (which give both the JSON and
its schema), the FilterSet of the HTML list (so the API accepts the same parameters) and
the list view whose sort orders it offers. Adding a database is a class and a
``register()`` call; resources whose app is not installed (or not yet complete) are left
out silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Prefetch
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from .fields import (
    TERM_SCHEMA,
    Bool,
    Date,
    Field,
    Html,
    Int,
    Nested,
    Number,
    Ref,
    StringList,
    Term,
    Terms,
    Text,
    Url,
)


class Resource:
    """One collection of the API (``/api/v1/<name>/`` and ``/api/v1/<name>/<id>/``)."""

    name: str  # URL segment, stable, English
    model_label: str  # "app_label.ModelName"
    title = ""
    description = ""
    lookup = "slug"  # the stable identifier in URLs and records
    lookup_pattern = "^[-a-zA-Z0-9_]+$"
    filterset_class: str | None = None  # dotted path of the HTML list's FilterSet
    list_view: str | None = None  # dotted path of the HTML list view (sort orders)
    default_ordering: tuple = ("pk",)
    fields: list[Field] = []

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def is_available(self) -> bool:
        try:
            self.model  # noqa: B018
            if self.filterset_class:
                import_string(self.filterset_class)
        except (LookupError, ImportError):
            return False
        return True

    def get_queryset(self):
        return self.model._default_manager.all()

    def prefetch(self, queryset):
        return queryset

    def get_filterset_class(self):
        return import_string(self.filterset_class) if self.filterset_class else None

    def get_list_view(self):
        """The HTML list view (for its sort orders), or None when there is none (yet)."""
        if not self.list_view:
            return None
        try:
            return import_string(self.list_view)
        except ImportError:
            return None

    def identifier(self, obj) -> str:
        return str(getattr(obj, self.lookup))

    def record(self, obj, ctx) -> dict:
        return {f.key: f.value(obj, ctx) for f in self.fields}

    def last_modified(self):
        """Date of the newest change, for the open data page and the catalogue."""
        return None

    def lastmod(self, obj):
        """When one record last changed (for the sitemap), or None."""
        return getattr(obj, "updated_at", None)


class LiveResource(Resource):
    """A database whose records have drafts: only the published ones, through the model's
    public queryset ``live()``."""

    def get_queryset(self):
        return self.model.objects.live()


REGISTRY: dict[str, Resource] = {}


def register(resource_class):
    resource = resource_class()
    REGISTRY[resource.name] = resource
    return resource_class


def available_resources() -> dict[str, Resource]:
    return {name: r for name, r in REGISTRY.items() if r.is_available()}


def get_resource(name) -> Resource | None:
    resource = REGISTRY.get(name)
    return resource if resource is not None and resource.is_available() else None


class _ApiUrl(Field):
    """The record's own API address."""

    def __init__(self, resource_name, lookup="slug"):
        super().__init__("api_url", None, "Address of this record in the API.", format="uri")
        self.resource_name = resource_name
        self.lookup = lookup

    def value(self, obj, ctx):
        return ctx.api_url(self.resource_name, getattr(obj, self.lookup))


def identity(resource_name, lookup="slug"):
    return [
        Text(lookup, description="Stable identifier (the same in every language)."),
        Url("url", lambda o: o.get_absolute_url(), "Address of the page in this language."),
        _ApiUrl(resource_name, lookup),
    ]


def _max_date(queryset, field):
    from django.db.models import Max

    value = queryset.aggregate(latest=Max(field))["latest"]
    return value.date() if hasattr(value, "date") and callable(value.date) else value


@register
class ModelProjectResource(LiveResource):
    name = "model-projects"
    model_label = "programmes.ModelProject"
    title = _("Model projects")
    description = _("The 73 Model Projects Smart Cities with location, round and topics.")
    filterset_class = "programmes.filters.ModelProjectFilterSet"
    list_view = "programmes.views.ModelProjectListView"
    default_ordering = ("name", "pk")
    fields = [
        *identity("model-projects"),
        Text("name", description="Name."),
        Text("official_name", description="Official name of the funded project."),
        Term("funding_round", key_attr="year", description="Funding round (key: its year)."),
        Term("category", description="Municipality category."),
        Term("state", description="Federal state."),
        Term("phase", description="Phase of the project."),
        Terms("topics", description="Topics."),
        StringList("partners", "partner_list", "Partner municipalities."),
        Text("summary", description="Short summary."),
        Text("vision", description="Vision."),
        Text("website", description="Website of the project."),
        Number("latitude", description="Latitude of the lead municipality (WGS 84)."),
        Number("longitude", description="Longitude of the lead municipality (WGS 84)."),
        Number("area_km2", description="Area in km²."),
        Int("funding_eur", description="Funding in euros."),
        Date("last_updated", lambda p: p.updated_at.date(), "Date of the last update."),
        Bool("is_demo_content", description="true when sample values are invented."),
    ]

    def prefetch(self, queryset):
        from programmes.models import Topic

        return queryset.select_related(
            "funding_round", "category", "state", "phase"
        ).prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("sort_order", "name"))
        )

    def last_modified(self):
        return _max_date(self.get_queryset(), "updated_at")


@register
class MeasureResource(LiveResource):
    name = "measures"
    model_label = "measures.Measure"
    title = _("Measures")
    description = _("What the model projects planned, built and made permanent.")
    filterset_class = "measures.filters.MeasureFilterSet"
    list_view = "measures.views.MeasureListView"
    default_ordering = ("-last_updated", "pk")
    fields = [
        *identity("measures"),
        Text("title", description="Title."),
        Text("summary", description="Short summary."),
        Html("description", description="Description as plain text."),
        Text("goals", description="Goals (one per line)."),
        Ref("model_project", resource="model-projects", description="The model project."),
        Terms("fields_of_action", description="Fields of action."),
        Term("spatial_effect", description="Spatial effect."),
        Term("status", description="Status."),
        Terms("topics", description="Topics."),
        StringList("technologies", "technology_list", "Technologies."),
        Date("start_date", description="Start (YYYY-MM-DD)."),
        Date("end_date", description="End (YYYY-MM-DD)."),
        Text("repository_url", description="Open-source repository."),
        Text("licence", description="Licence of the software (SPDX identifier)."),
        Text("contact_name", description="Contact person or unit."),
        Text("contact_email", description="Contact e-mail address."),
        Date("last_updated", description="Date of the last update.", nullable=False),
        Bool("is_demo_content", description="true for invented sample entries."),
    ]

    def prefetch(self, queryset):
        return queryset.select_related(
            "model_project", "spatial_effect", "status"
        ).prefetch_related("fields_of_action", "topics")

    def last_modified(self):
        return _max_date(self.get_queryset(), "last_updated")

    def lastmod(self, obj):
        return obj.last_updated


@register
class SolutionResource(LiveResource):
    name = "solutions"
    model_label = "solutions.SolutionProfile"
    title = _("Smart City solutions")
    description = _("Tried-and-tested digital solutions of the model projects.")
    filterset_class = "solutions.filters.SolutionFilterSet"
    list_view = "solutions.views.SolutionListView"
    default_ordering = ("title", "pk")
    fields = [
        *identity("solutions"),
        Text("title", description="Title."),
        Text("teaser", description="Teaser."),
        Html("challenge", description="Challenge (plain text)."),
        Html("solution", description="Solution (plain text)."),
        Html("data_basis", description="Data basis (plain text)."),
        Html("costs_and_resources", description="Costs and resources (plain text)."),
        Ref("lead_project", resource="model-projects", description="Lead model project."),
        Ref(
            "partner_projects",
            resource="model-projects",
            many=True,
            description="Partner model projects.",
        ),
        Terms("topics", description="Topics."),
        Terms("fields_of_action", description="Fields of action."),
        Terms("suitable_for", "municipality_categories", "Municipality categories it suits."),
        StringList("prerequisites", "prerequisite_list", "Prerequisites."),
        Bool("is_open_source", description="Published as open source."),
        Text("licence", description="Licence (SPDX identifier)."),
        Text("repository_url", description="Source code repository."),
        Bool("data_protection_done", description="Data protection groundwork done."),
        Bool("procurement_done", description="Procurement groundwork done."),
        Bool("made_permanent", description="Runs beyond the funding period."),
        Text("operating_costs", description="Operating costs."),
        Date("last_updated", lambda p: p.updated_at.date(), "Date of the last update."),
        Bool("is_demo_content", description="true for invented sample content."),
    ]

    def prefetch(self, queryset):
        from programmes.models import ModelProject

        return queryset.select_related("lead_project").prefetch_related(
            Prefetch("partner_projects", queryset=ModelProject.objects.live()),
            "topics",
            "fields_of_action",
            "municipality_categories",
        )

    def last_modified(self):
        return _max_date(self.get_queryset(), "updated_at")


def _publication_file(publication):
    return publication.document.url if publication.document_id else None


@register
class PublicationResource(LiveResource):
    name = "publications"
    model_label = "publications.Publication"
    title = _("Publications")
    description = _("Brochures, studies, guidelines, reports, podcasts and videos.")
    filterset_class = "publications.filters.PublicationFilterSet"
    list_view = "publications.views.PublicationListView"
    default_ordering = ("-publication_date", "pk")
    fields = [
        *identity("publications"),
        Text("title", description="Title."),
        Term("type", "publication_type", description="Type of publication."),
        Nested(
            "publisher",
            lambda p: {"key": p.publisher.key, "name": str(p.publisher)} if p.publisher else None,
            "Publisher (an organisation, see /organisations/).",
            object_schema={**TERM_SCHEMA, "nullable": True},
        ),
        Date("publication_date", description="Publication date.", nullable=False),
        Text("authors", description="Authors."),
        Text("language", description="Language of the publication (de, en, multilingual)."),
        Text("abstract", description="Summary."),
        Terms("topics", description="Topics."),
        Url("file_url", _publication_file, "Address of the file to download.", nullable=True),
        Text("file_format", description="Format of the file, e.g. PDF."),
        Text("external_url", description="External or media address."),
        Int("pages", description="Number of pages."),
        Text("isbn", description="ISBN."),
        Text("doi", description="DOI."),
        Ref(
            "model_projects",
            resource="model-projects",
            many=True,
            description="Related model projects.",
        ),
        Terms("initiatives", description="Related initiatives."),
        Bool("is_demo_content", description="true for invented sample entries."),
    ]

    def prefetch(self, queryset):
        from programmes.models import ModelProject

        return queryset.select_related(
            "publication_type", "publisher", "document"
        ).prefetch_related(
            "topics",
            "initiatives",
            Prefetch(
                "model_projects",
                queryset=ModelProject.objects.live().only("pk", "slug", "name"),
            ),
        )

    def last_modified(self):
        return _max_date(self.get_queryset(), "updated_at")


@register
class OrganisationResource(Resource):
    name = "organisations"
    model_label = "contacts.Organisation"
    title = _("Organisations")
    description = _("Organisations behind the Smart City Dialogue and its publications.")
    lookup = "key"
    default_ordering = ("name", "pk")
    fields = [
        Text("key", description="Stable identifier."),
        _ApiUrl("organisations", "key"),
        Text("name", description="Name."),
        Text("short_name", description="Abbreviation."),
        Text("street", description="Street and number."),
        Text("postcode", description="Postcode."),
        Text("city", description="City."),
        Text("website", description="Website."),
    ]


# --- taxonomies ----------------------------------------------------------------------


@dataclass(frozen=True)
class Taxonomy:
    """A value list: ``/api/v1/taxonomies/<name>/``."""

    name: str
    model_label: str
    title: str
    key_attr: str = "key"

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def is_available(self):
        try:
            self.model  # noqa: B018
        except LookupError:
            return False
        return True

    def record(self, obj):
        return {"key": str(getattr(obj, self.key_attr)), "name": str(obj)}


TAXONOMIES = [
    Taxonomy("federal-states", "programmes.FederalState", _("Federal states")),
    Taxonomy("funding-rounds", "programmes.FundingRound", _("Funding rounds"), key_attr="year"),
    Taxonomy(
        "municipality-categories", "programmes.MunicipalityCategory", _("Municipality categories")
    ),
    Taxonomy("phases", "programmes.Phase", _("Phases")),
    Taxonomy("topics", "programmes.Topic", _("Topics")),
    Taxonomy("fields-of-action", "measures.FieldOfAction", _("Fields of action")),
    Taxonomy("spatial-effects", "measures.SpatialEffect", _("Spatial effects")),
    Taxonomy("measure-statuses", "measures.MeasureStatus", _("Measure statuses")),
    Taxonomy("publication-types", "publications.PublicationType", _("Publication types")),
    Taxonomy("initiatives", "contacts.Initiative", _("Initiatives")),
]


def available_taxonomies() -> dict[str, Taxonomy]:
    return {t.name: t for t in TAXONOMIES if t.is_available()}
