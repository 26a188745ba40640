"""The collections of the public API: each database's resource (declared in its app's
``api.py`` and named by its ``core.databases.Database``), the organisations and the value
lists (taxonomies)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from contacts.models import Initiative, Organisation
from core.databases import databases
from core.fields import Text
from core.resources import ApiUrl, Resource
from measures.models import FieldOfAction, MeasureStatus, SpatialEffect
from programmes.models import FederalState, FundingRound, MunicipalityCategory, Phase, Topic
from publications.models import PublicationType


class OrganisationResource(Resource):
    name = "organisations"
    model = Organisation
    title = _("Organisations")
    description = _("Organisations behind the Smart City Dialogue and its publications.")
    lookup = "key"
    default_ordering = ("name", "pk")
    fields = [
        Text("key", description="Stable identifier."),
        ApiUrl("organisations", "key"),
        Text("name", description="Name."),
        Text("short_name", description="Abbreviation."),
        Text("street", description="Street and number."),
        Text("postcode", description="Postcode."),
        Text("city", description="City."),
        Text("website", description="Website."),
    ]


ORGANISATIONS = OrganisationResource()


def available_resources() -> dict[str, Resource]:
    """Every collection, in the order of the databases, then the organisations."""
    resources = {d.api.name: d.api for d in databases() if d.api is not None}
    resources[ORGANISATIONS.name] = ORGANISATIONS
    return resources


def get_resource(name) -> Resource | None:
    return available_resources().get(name)


# --- taxonomies ----------------------------------------------------------------------


@dataclass(frozen=True)
class Taxonomy:
    """A value list: ``/api/v1/taxonomies/<name>/``."""

    name: str
    model: type
    title: str
    key_attr: str = "key"

    def record(self, obj):
        return {"key": str(getattr(obj, self.key_attr)), "name": str(obj)}


TAXONOMIES = [
    Taxonomy("federal-states", FederalState, _("Federal states")),
    Taxonomy("funding-rounds", FundingRound, _("Funding rounds"), key_attr="year"),
    Taxonomy("municipality-categories", MunicipalityCategory, _("Municipality categories")),
    Taxonomy("phases", Phase, _("Phases")),
    Taxonomy("topics", Topic, _("Topics")),
    Taxonomy("fields-of-action", FieldOfAction, _("Fields of action")),
    Taxonomy("spatial-effects", SpatialEffect, _("Spatial effects")),
    Taxonomy("measure-statuses", MeasureStatus, _("Measure statuses")),
    Taxonomy("publication-types", PublicationType, _("Publication types")),
    Taxonomy("initiatives", Initiative, _("Initiatives")),
]


def available_taxonomies() -> dict[str, Taxonomy]:
    return {t.name: t for t in TAXONOMIES}
