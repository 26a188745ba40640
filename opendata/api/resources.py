"""The collections of the public API: each database's resource (declared in its app's
``api.py`` and named by its ``core.databases.Database``), the organisations and the value
lists (taxonomies)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from contacts.models import Initiative, Organisation
from core.databases import databases
from core.fields import Text
from core.resources import ApiUrl, Resource, ValueList


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


INITIATIVES = ValueList("initiatives", Initiative, _("Initiatives"))


def available_taxonomies() -> dict[str, ValueList]:
    """Every value list, in the order of the databases that declare them, then the
    initiatives (of the contacts, which are not a database)."""
    lists = {v.name: v for d in databases() for v in d.value_lists}
    lists[INITIATIVES.name] = INITIATIVES
    return lists
