"""Public views of the model projects: filterable list, map, detail and exports.

List, map and exports are one ``FilterableListView`` (``core.filtering``) reading the
same query string, so links between them keep the visitor's filters.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from core.filtering.export import ExportColumn
from core.filtering.views import FilterableListView

from .filters import ModelProjectFilterSet
from .models import ModelProject, Topic


def project_queryset():
    """The model projects visitors may see (published), with the relations pages show."""
    return ModelProject.objects.live().select_related("funding_round", "category", "state", "phase")


def ordered_topics():
    return Prefetch("topics", queryset=Topic.objects.order_by("sort_order", "name"))


def translation_links(url_name, querystring=""):
    """Language switch links that keep only the valid filters of the current view."""
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse(url_name)
        links.append(
            {
                "code": code,
                "name": name,
                "url": f"{url}?{querystring}" if querystring else url,
                "is_current": code == current,
                "exists": True,
            }
        )
    return links


def _with_query(url, query):
    return f"{url}?{query.urlencode()}" if query else url


def geojson_feature(project, request):
    return {
        "type": "Feature",
        "id": project.slug,
        "geometry": {
            "type": "Point",
            "coordinates": [float(project.longitude), float(project.latitude)],
        },
        "properties": {
            "slug": project.slug,
            "name": project.name,
            "official_name": project.official_name,
            "url": request.build_absolute_uri(project.get_absolute_url()),
            "funding_round": project.funding_round.year,
            "category": project.category.key,
            "category_label": str(project.category),
            "state": project.state.key,
            "state_label": str(project.state),
            "phase": project.phase.key if project.phase else None,
            "phase_label": str(project.phase) if project.phase else None,
            "partners": project.partner_list,
            "topics": [topic.key for topic in project.topics.all()],
            "is_demo_content": project.is_demo_content,
        },
    }


class ModelProjectListView(FilterableListView):
    """``/de/modellprojekte/``: the filterable list; ``export.csv|json|geojson`` too.

    GeoJSON: a FeatureCollection (RFC 7946); see ``programmes/README.md`` for the
    properties. CSV and JSON follow docs/filterable-lists.md with the columns below.
    """

    filterset_class = ModelProjectFilterSet
    template_name = "programmes/modelproject_list.html"
    fragment_template_name = "programmes/includes/list_region.html"
    result_template = "programmes/includes/modelproject_result.html"
    list_title = gettext_lazy("Model projects")
    list_intro = gettext_lazy(
        "Since 2019 the federal government has selected 73 Model Projects Smart Cities in "
        "three rounds. Cities, towns, rural municipalities and districts try out how digital "
        "tools can serve integrated, common-good urban development, and pass on what works."
    )
    count_singular = gettext_lazy("%(count)s model project")
    count_plural = gettext_lazy("%(count)s model projects")
    empty_title = gettext_lazy("No model project matches all of the selected filters.")
    paginate_by = 20
    export_formats = ("csv", "json", "geojson")
    export_url_name = "programmes:modelproject_export"
    export_basename = gettext_lazy("model-projects")
    export_columns = [
        ExportColumn("slug", "slug", "Identifier, part of the page URL."),
        ExportColumn("name", "name", "Name."),
        ExportColumn("official_name", "official_name", "Official name."),
        ExportColumn("url", lambda p: p.get_absolute_url(), "Path of the project page."),
        ExportColumn("funding_round", "funding_round.year", "Year of the funding round."),
        ExportColumn("municipality_category", lambda p: str(p.category), "Category."),
        ExportColumn("federal_state", lambda p: str(p.state), "Federal state."),
        ExportColumn("latitude", lambda p: float(p.latitude), "Lead municipality, WGS 84."),
        ExportColumn("longitude", lambda p: float(p.longitude), "Lead municipality, WGS 84."),
        ExportColumn("partners", lambda p: p.partner_list, "Partner municipalities (list)."),
        ExportColumn("phase", lambda p: str(p.phase) if p.phase else None, "Current phase."),
        ExportColumn("topics", lambda p: [str(t) for t in p.topics.all()], "Topics (list)."),
        ExportColumn("summary", "summary", "Summary."),
        ExportColumn("website", "website", "Website."),
        ExportColumn("is_demo_content", "is_demo_content", "Editable fields are samples."),
    ]

    def get_queryset(self):
        return project_queryset()

    def get_result_queryset(self, queryset):
        return queryset.prefetch_related(ordered_topics())

    def export(self, fmt):
        if fmt != "geojson":
            return super().export(fmt)
        projects = self.get_result_queryset(self.ordered(self.filterset.qs))
        response = JsonResponse(
            {
                "type": "FeatureCollection",
                "features": [geojson_feature(p, self.request) for p in projects],
            },
            content_type="application/geo+json; charset=utf-8",
            json_dumps_params={"ensure_ascii": False},
        )
        response["Content-Disposition"] = 'inline; filename="model-projects.geojson"'
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = context["state_query"]
        context["map_url"] = _with_query(reverse("programmes:modelproject_map"), query)
        context["translation_links"] = translation_links(
            "programmes:modelproject_list", context["canonical_querystring"].lstrip("?")
        )
        return context


class ModelProjectMapView(ModelProjectListView):
    """``/de/modellprojekte/karte/``: the (filtered) projects on a map and in a table."""

    template_name = "programmes/modelproject_map.html"
    fragment_template_name = template_name
    export_formats = ()

    def get_context_data(self, **kwargs):
        projects = list(self.ordered(self.filterset.qs))
        query = self.canonical_query()
        return {
            "projects": projects,
            "result_count": len(projects),
            "total_count": ModelProject.objects.live().count(),
            "is_filtered": bool(set(query) - {self.sort_param}),
            "notices": self.notices,
            "list_url": _with_query(reverse("programmes:modelproject_list"), query),
            "map_config": _map_config([_map_point(p) for p in projects]),
            "translation_links": translation_links(
                "programmes:modelproject_map", query.urlencode()
            ),
            "extra_breadcrumbs": [
                {"title": _("Model projects"), "url": reverse("programmes:modelproject_list")},
                {"title": _("Map")},
            ],
        }


# Marker symbol of each funding round, in the order of the rounds: shape and colour, so
# that the legend does not rely on colour alone.
MAP_SYMBOLS = ["circle", "square", "diamond", "triangle"]


def _map_config(points, *, zoom=None):
    """What map.js draws. Without ``MAP_TILE_URL`` no tile is requested: the markers lie
    on outlines of Germany and its neighbours served with the site's own static files."""
    rounds = sorted({point["round"] for point in points})
    symbols = {year: MAP_SYMBOLS[index % len(MAP_SYMBOLS)] for index, year in enumerate(rounds)}
    for point in points:
        point["symbol"] = symbols[point["round"]]
    return {
        "tileUrl": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "outlineUrl": static("vendor/map/germany-outline.json"),
        "iconPath": static("vendor/leaflet/images/"),
        "zoom": zoom,
        "points": points,
        "legend": [
            {"symbol": symbols[year], "label": _("Round %(year)s") % {"year": year}}
            for year in rounds
        ],
        "clusterLabel": _("%(count)s model projects close together; select to zoom in"),
    }


def _map_point(project):
    return {
        "name": project.name,
        "url": project.get_absolute_url(),
        "lat": float(project.latitude),
        "lon": float(project.longitude),
        "round": project.funding_round.year,
        "detail": f"{project.funding_round.year} · {project.category} · {project.state}",
    }


def detail_context(project, *, preview=False):
    """Context of the detail template; also used by the admin preview of a draft."""
    context = {
        "project": project,
        "map_config": _map_config([_map_point(project)], zoom=11),
        "extra_breadcrumbs": [
            {"title": _("Model projects"), "url": reverse("programmes:modelproject_list")},
            {"title": project.name},
        ],
    }
    if preview:
        # The admin preview has no public address to switch languages on.
        context["translation_links"] = []
    return context


@require_safe
def modelproject_detail(request, slug):
    project = get_object_or_404(
        project_queryset().select_related("image").prefetch_related(ordered_topics()),
        slug=slug,
    )
    return render(request, "programmes/modelproject_detail.html", detail_context(project))
