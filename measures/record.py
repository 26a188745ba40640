"""A measure's record, declared once.

Each field of a published measure is one row of ``FIELDS``: how it appears in the public
exports of the list (CSV, JSON and GeoJSON, ``export``), in the JSON API (``api``) and in
the exchange format that editors import and export (``exchange``: its columns, one per
language for translated texts; docs/import-format.md). The list view, the API resource,
the importer and the admin's spreadsheet export all read their columns from here, in this
order, so that adding a field is one row.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from core.fields import Bool, Date, Field, Html, Ref, StringList, Term, Terms, Text
from core.filtering.export import ExportColumn
from core.plaintext import html_to_text
from core.resources import identity
from programmes.models import Topic

from .models import FieldOfAction, Measure, MeasureStatus, SpatialEffect


@dataclass(frozen=True)
class Column:
    """One column of the exchange format.

    ``kind`` decides how a cell is read and written: ``text``, ``richtext`` (HTML of the
    rich text editor, or plain text), ``slug``, ``project`` (slug of a model project),
    ``choice`` (key of a value list), ``choices`` (keys separated by ``;``), ``date``,
    ``url``, ``email``, ``bool``.
    """

    key: str
    kind: str
    required: bool = False
    options: type | None = None  # value list model for choice(s)
    description: str = ""

    @property
    def field_name(self):
        return self.key

    @property
    def max_length(self):
        return getattr(Measure._meta.get_field(self.field_name), "max_length", None)


@dataclass(frozen=True)
class MeasureField:
    """One field of the record and its form in each format (None or empty: not there)."""

    key: str
    export: ExportColumn | None = None
    api: Field | None = None
    exchange: tuple[Column, ...] = ()


def _text(key, description, *, required_de=False, kind="text"):
    """The German and English columns of a translated text."""
    return (
        Column(f"{key}_de", kind, required_de, description=description[0]),
        Column(f"{key}_en", kind, description=description[1]),
    )


_slug, _url, _api_url = identity("measures")

FIELDS = [
    MeasureField("id", export=ExportColumn("id", "pk", "Database id of the measure.")),
    MeasureField(
        "slug",
        export=ExportColumn("slug", "slug", "Stable identifier, part of the URL."),
        api=_slug,
        exchange=(
            Column(
                "slug",
                "slug",
                True,
                description=gettext_lazy("Stable identifier of the measure (ID)."),
            ),
        ),
    ),
    MeasureField(
        "url",
        export=ExportColumn(
            "url", "url", "Permanent address of the measure's page in this language."
        ),
        api=_url,
    ),
    MeasureField("api_url", api=_api_url),
    MeasureField(
        "title",
        export=ExportColumn("title", "title", "Title."),
        api=Text("title", description="Title."),
        exchange=_text(
            "title",
            (gettext_lazy("Title, German."), gettext_lazy("Title, English.")),
            required_de=True,
        ),
    ),
    MeasureField(
        "summary",
        export=ExportColumn("summary", "summary", "Short summary."),
        api=Text("summary", description="Short summary."),
        exchange=_text(
            "summary",
            (gettext_lazy("Short summary, German."), gettext_lazy("Short summary, English.")),
            required_de=True,
        ),
    ),
    MeasureField(
        "description",
        export=ExportColumn(
            "description",
            lambda m: html_to_text(m.description),
            "Description (plain text, paragraphs separated by a blank line).",
        ),
        api=Html("description", description="Description as plain text."),
        exchange=_text(
            "description",
            (gettext_lazy("Description, German."), gettext_lazy("Description, English.")),
            kind="richtext",
        ),
    ),
    MeasureField(
        "goals",
        export=ExportColumn("goals", "goals", "Goals."),
        api=Text("goals", description="Goals (one per line)."),
        exchange=_text(
            "goals",
            (
                gettext_lazy("Goals, German (one per line)."),
                gettext_lazy("Goals, English (one per line)."),
            ),
        ),
    ),
    MeasureField(
        "model_project",
        export=ExportColumn("model_project", "model_project.name", "Name of the model project."),
        api=Ref("model_project", resource="model-projects", description="The model project."),
        exchange=(
            Column(
                "model_project",
                "project",
                True,
                description=gettext_lazy("Identifier of the model project."),
            ),
        ),
    ),
    MeasureField(
        "model_project_slug",
        export=ExportColumn(
            "model_project_slug", "model_project.slug", "Identifier of the model project."
        ),
    ),
    MeasureField(
        "federal_state",
        export=ExportColumn("federal_state", "export_state", "Federal state of the project."),
    ),
    MeasureField(
        "funding_round",
        export=ExportColumn("funding_round", "export_round", "Year of the project's round."),
    ),
    MeasureField(
        "municipality_category",
        export=ExportColumn(
            "municipality_category", "export_category", "Category of the municipality."
        ),
    ),
    MeasureField(
        "fields_of_action",
        export=ExportColumn(
            "fields_of_action", "export_fields_of_action", "Fields of action (list)."
        ),
        api=Terms("fields_of_action", description="Fields of action."),
        exchange=(
            Column(
                "fields_of_action",
                "choices",
                True,
                FieldOfAction,
                gettext_lazy("Fields of action (keys)."),
            ),
        ),
    ),
    MeasureField(
        "spatial_effect",
        export=ExportColumn("spatial_effect", "export_spatial_effect", "Spatial effect."),
        api=Term("spatial_effect", description="Spatial effect."),
        exchange=(
            Column(
                "spatial_effect",
                "choice",
                False,
                SpatialEffect,
                gettext_lazy("Spatial effect (key)."),
            ),
        ),
    ),
    MeasureField(
        "status",
        export=ExportColumn("status", "export_status", "Status."),
        api=Term("status", description="Status."),
        exchange=(Column("status", "choice", False, MeasureStatus, gettext_lazy("Status (key).")),),
    ),
    MeasureField(
        "topics",
        export=ExportColumn("topics", "export_topics", "Topics (list)."),
        api=Terms("topics", description="Topics."),
        exchange=(Column("topics", "choices", False, Topic, gettext_lazy("Topics (keys).")),),
    ),
    MeasureField(
        "technologies",
        export=ExportColumn("technologies", "technology_list", "Technologies (list)."),
        api=StringList("technologies", "technology_list", "Technologies."),
        exchange=(
            Column(
                "technologies", "text", description=gettext_lazy("Technologies, comma-separated.")
            ),
        ),
    ),
    MeasureField(
        "start_date",
        export=ExportColumn("start_date", "start_date", "Start (YYYY-MM-DD)."),
        api=Date("start_date", description="Start (YYYY-MM-DD)."),
        exchange=(Column("start_date", "date", description=gettext_lazy("Start, YYYY-MM-DD.")),),
    ),
    MeasureField(
        "end_date",
        export=ExportColumn("end_date", "end_date", "End (YYYY-MM-DD)."),
        api=Date("end_date", description="End (YYYY-MM-DD)."),
        exchange=(Column("end_date", "date", description=gettext_lazy("End, YYYY-MM-DD.")),),
    ),
    MeasureField(
        "repository_url",
        export=ExportColumn("repository_url", "repository_url", "Open-source repository."),
        api=Text("repository_url", description="Open-source repository."),
        exchange=(
            Column(
                "repository_url",
                "url",
                description=gettext_lazy("Open-source repository (URL)."),
            ),
        ),
    ),
    MeasureField(
        "licence",
        export=ExportColumn("licence", "licence", "Licence (SPDX identifier)."),
        api=Text("licence", description="Licence of the software (SPDX identifier)."),
        exchange=(
            Column("licence", "text", description=gettext_lazy("Licence (SPDX identifier).")),
        ),
    ),
    MeasureField(
        "contact_name",
        export=ExportColumn("contact_name", "contact_name", "Contact person or unit."),
        api=Text("contact_name", description="Contact person or unit."),
        exchange=(
            Column("contact_name", "text", description=gettext_lazy("Contact person or unit.")),
        ),
    ),
    MeasureField(
        "contact_email",
        export=ExportColumn("contact_email", "contact_email", "Contact e-mail address."),
        api=Text("contact_email", description="Contact e-mail address."),
        exchange=(
            Column("contact_email", "email", description=gettext_lazy("Contact e-mail address.")),
        ),
    ),
    MeasureField(
        "last_updated",
        export=ExportColumn(
            "last_updated", "last_updated", "Date of the last update (YYYY-MM-DD)."
        ),
        api=Date("last_updated", description="Date of the last update.", nullable=False),
        exchange=(
            Column(
                "last_updated",
                "date",
                description=gettext_lazy("Last checked by the project, YYYY-MM-DD."),
            ),
        ),
    ),
    MeasureField(
        "is_demo_content",
        export=ExportColumn(
            "is_demo_content", "is_demo_content", "true for invented sample entries."
        ),
        api=Bool("is_demo_content", description="true for invented sample entries."),
        exchange=(
            Column(
                "is_demo_content",
                "bool",
                description=gettext_lazy("true for invented sample entries."),
            ),
        ),
    ),
]

# The columns of each format, in the order of FIELDS.
EXPORT_COLUMNS = [f.export for f in FIELDS if f.export is not None]
API_FIELDS = [f.api for f in FIELDS if f.api is not None]
EXCHANGE_COLUMNS = [column for f in FIELDS for column in f.exchange]
# The admin's spreadsheet export of the snippet list: the exchange format's single-valued
# columns (a spreadsheet cell cannot hold a list or rich text), with the database id and
# whether the measure is published.
ADMIN_EXPORT = [
    "id",
    *[c.key for c in EXCHANGE_COLUMNS if c.kind not in ("choices", "richtext")],
    "live",
]
