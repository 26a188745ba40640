"""Public pages of the measures database: the faceted list (with exports) and the detail."""

from collections import defaultdict
from urllib.parse import quote

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.filtering.export import ExportColumn
from core.filtering.views import FilterableListView

from . import record
from .filters import MeasureFilterSet
from .models import Measure
from .similar import similar_measures, stored_similar_measures

# Long texts a list row does not show (the measure's and its project's).
ROW_DEFERRED = [
    f"{prefix}{name}{suffix}"
    for prefix, names in (
        ("", ("description", "goals")),
        ("model_project__", ("summary", "vision")),
    )
    for name in names
    for suffix in ("", "_de", "_en")
] + ["model_project__partners"]

# Stable export columns, declared with the measure's other formats (measures.record);
# documented in docs/filterable-lists.md ("Measures export").
EXPORT_COLUMNS = record.EXPORT_COLUMNS
# Properties of the GeoJSON features (keys of EXPORT_COLUMNS); documented in
# docs/filterable-lists.md ("Measures GeoJSON").
GEOJSON_KEYS = [
    "id",
    "slug",
    "url",
    "title",
    "summary",
    "model_project",
    "model_project_slug",
    "status",
    "spatial_effect",
    "fields_of_action",
    "topics",
    "last_updated",
    "is_demo_content",
]


class MeasureListView(FilterableListView):
    filterset_class = MeasureFilterSet
    template_name = "measures/measure_list.html"
    result_template = "measures/includes/measure_result.html"
    list_title = gettext_lazy("Measures")
    list_intro = gettext_lazy(
        "What the model projects Smart Cities have planned, built and made permanent: "
        "search all measures and narrow them down by field of action, status, region and more."
    )
    count_singular = gettext_lazy("%(count)s measure")
    count_plural = gettext_lazy("%(count)s measures")
    empty_title = gettext_lazy("No measures match these filters.")
    export_url_name = "measures:measure_export"
    export_formats = ("csv", "json", "geojson")
    geojson_id_key = "slug"
    feed_url_name = "feeds:measures"
    export_basename = gettext_lazy("measures")

    def get_queryset(self):
        return Measure.objects.live()

    def get_result_queryset(self, queryset):
        # A row shows the title, summary and project: the long texts stay in the database.
        return queryset.select_related("model_project").defer(*ROW_DEFERRED)

    def option_labels(self, facet):
        """{pk: label} of a facet's options (loaded once per content generation)."""
        return {option.pk: option.label for option in self.filterset.filters[facet].load_options()}

    def linked_labels(self, measures, facet):
        """{measure pk: labels} of a many-to-many facet, in the facet's option order: one
        query on its link table, labels from the facet's options."""
        facet_filter = self.filterset.filters[facet]
        options = facet_filter.load_options()
        position = {option.pk: index for index, option in enumerate(options)}
        labels = {option.pk: option.label for option in options}
        through, row_field, option_field = facet_filter.link_table(Measure)
        pairs = through.objects.filter(
            **{f"{row_field}__in": [measure.pk for measure in measures]}
        ).values_list(row_field, option_field)
        linked = defaultdict(list)
        for measure_id, value in pairs:
            if value in labels:
                linked[measure_id].append(value)
        return {
            measure_id: [labels[v] for v in sorted(values, key=position.__getitem__)]
            for measure_id, values in linked.items()
        }

    def prepare_results(self, measures):
        """State, status and fields of action of each row as labels of the facets'
        options (one query for the fields of action of the whole page)."""
        states, statuses = self.option_labels("state"), self.option_labels("status")
        fields = self.linked_labels(measures, "field_of_action")
        for measure in measures:
            measure.state_label = states.get(measure.model_project.state_id, "")
            measure.status_label = statuses.get(measure.status_id, "")
            measure.field_labels = fields.get(measure.pk, [])

    def get_export_queryset(self, queryset):
        return queryset.select_related("model_project")

    def prepare_export_chunk(self, measures):
        """Labels from the facets' options (already loaded for the filters) instead of
        joined rows; fields of action and topics with one query each per chunk."""
        labels = self.option_labels
        states, categories = labels("state"), labels("category")
        statuses, spatial = labels("status"), labels("spatial_effect")
        rounds = {o.pk: int(o.value) for o in self.filterset.filters["round"].load_options()}
        fields = self.linked_labels(measures, "field_of_action")
        topics = self.linked_labels(measures, "topic")
        for measure in measures:
            project = measure.model_project
            measure.export_state = states.get(project.state_id)
            measure.export_round = rounds.get(project.funding_round_id)
            measure.export_category = categories.get(project.category_id)
            measure.export_status = statuses.get(measure.status_id)
            measure.export_spatial_effect = spatial.get(measure.spatial_effect_id)
            measure.export_fields_of_action = fields.get(measure.pk, [])
            measure.export_topics = topics.get(measure.pk, [])

    @property
    def export_columns(self):
        base = self.request.build_absolute_uri("/")[:-1]
        columns = list(EXPORT_COLUMNS)
        columns[2] = ExportColumn("url", lambda m: base + m.get_absolute_url())
        return columns

    @property
    def geojson_columns(self):
        by_key = {column.key: column for column in self.export_columns}
        return [by_key[key] for key in GEOJSON_KEYS]

    def export_geometry(self, measure):
        """The point of the measure's model project (its lead municipality)."""
        project = measure.model_project
        if project.longitude is None or project.latitude is None:
            return None
        return (project.longitude, project.latitude)


def detail_context(measure, *, request=None, preview=False):
    """Everything the detail template shows (also used for admin previews)."""
    list_url = reverse("measures:measure_list")
    permalink = measure.get_absolute_url() if measure.pk and measure.slug else list_url
    if request is not None:
        permalink = request.build_absolute_uri(permalink)
    subject = _("Error in the measure “%(title)s”") % {"title": measure.title}
    body = _("Page: %(url)s\n\nWhat is wrong or missing?\n") % {"url": permalink}
    return {
        "measure": measure,
        "object": measure,
        "project": measure.model_project,
        "similar": (similar_measures(measure) if preview else stored_similar_measures(measure))
        if measure.pk
        else [],
        "list_url": list_url,
        "permalink": permalink,
        "report_error_url": (
            f"mailto:{settings.KTS_CONTACT_EMAIL}?subject={quote(subject)}&body={quote(body)}"
        ),
        "is_preview": preview,
        "extra_breadcrumbs": [
            {"title": _("Measures"), "url": list_url},
            {"title": measure.title, "url": None},
        ],
    }


def measure_detail(request, slug):
    measure = get_object_or_404(
        Measure.objects.live()
        .select_related(
            "model_project",
            "model_project__state",
            "model_project__funding_round",
            "model_project__category",
            "status",
            "spatial_effect",
        )
        .prefetch_related("fields_of_action", "topics"),
        slug=slug,
    )
    return TemplateResponse(
        request, Measure.detail_template, detail_context(measure, request=request)
    )
