"""Public views of the model projects: filterable list, map, detail and GeoJSON export.

List, map and export read the same query string through ``ProjectQuery``, so a link
from the list to the map or the export keeps the visitor's filters.
"""

import contextlib

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Prefetch
from django.http import JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .filters import ModelProjectFilterSet
from .listing import paginate, sanitize_query
from .models import ModelProject, Topic

PAGE_SIZE = 20


def project_queryset():
    return ModelProject.objects.select_related("funding_round", "category", "state", "phase")


class ProjectQuery:
    """The visitor's query string, cleaned, validated and applied to the projects."""

    def __init__(self, request):
        self.data, self.notices = sanitize_query(request.GET)
        self.filterset = ModelProjectFilterSet(self.data, queryset=project_queryset())
        self.projects = self.filterset.qs
        self.notices += self.filterset.ignored_input_notices()

        self.canonical_data = self._canonical_data()

    def _canonical_data(self):
        """The valid filters only, for pagination links and links to map and export."""
        cleaned = self.filterset.form.cleaned_data
        data = QueryDict(mutable=True)
        if cleaned.get("q"):
            data["q"] = cleaned["q"]
        for name in ModelProjectFilterSet.FACETS:
            if cleaned.get(name):
                data.setlist(name, cleaned[name])
        if cleaned.get("sort") and cleaned["sort"] != "name":
            data["sort"] = cleaned["sort"]
        return data

    @property
    def querystring(self):
        return self.canonical_data.urlencode()


def list_url():
    return reverse("programmes:modelproject_list")


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


@require_safe
def modelproject_list(request):
    query = ProjectQuery(request)
    projects = query.projects.prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("sort_order", "name"))
    )
    page, page_notice = paginate(projects, query.data.get("page"), per_page=PAGE_SIZE)
    notices = query.notices + ([page_notice] if page_notice else [])
    context = {
        "page_obj": page,
        "page_range": page.paginator.get_elided_page_range(page.number),
        "query_data": query.canonical_data,
        "projects": page.object_list,
        "result_count": page.paginator.count,
        "filterset": query.filterset,
        "facets": query.filterset.facets(),
        "search_text": query.filterset.form.cleaned_data.get("q", ""),
        "current_sort": query.filterset.current_sort,
        "active_filter_count": query.filterset.active_filter_count(),
        "notices": notices,
        "filter_querystring": query.querystring,
        "translation_links": translation_links("programmes:modelproject_list", query.querystring),
        "extra_breadcrumbs": [{"title": _("Model projects")}],
    }
    return render(request, "programmes/modelproject_list.html", context)


def _map_config(points, *, zoom=None):
    return {
        "tileUrl": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "iconPath": static("vendor/leaflet/images/"),
        "zoom": zoom,
        "points": points,
    }


def _map_point(project):
    return {
        "name": project.name,
        "url": project.get_absolute_url(),
        "lat": float(project.latitude),
        "lon": float(project.longitude),
        "detail": f"{project.funding_round.year} · {project.category} · {project.state}",
    }


@require_safe
def modelproject_map(request):
    query = ProjectQuery(request)
    projects = list(query.projects)
    context = {
        "projects": projects,
        "result_count": len(projects),
        "total_count": ModelProject.objects.count(),
        "is_filtered": query.filterset.active_filter_count() > 0,
        "notices": query.notices,
        "filter_querystring": query.querystring,
        "map_config": _map_config([_map_point(p) for p in projects]),
        "translation_links": translation_links("programmes:modelproject_map", query.querystring),
        "extra_breadcrumbs": [
            {"title": _("Model projects"), "url": list_url()},
            {"title": _("Map")},
        ],
    }
    return render(request, "programmes/modelproject_map.html", context)


def measure_summary(project):
    """Published measures of the project, counted per status.

    Returns None while the measures app provides no ``Measure`` with a
    ``model_project`` relation (related name ``measures``).
    """
    try:
        relation = ModelProject._meta.get_field("measures")
    except FieldDoesNotExist:
        return None
    measure_model = relation.related_model
    measures = measure_model._default_manager.filter(**{relation.field.name: project})
    field_names = {field.name for field in measure_model._meta.get_fields()}
    if "live" in field_names:
        measures = measures.filter(live=True)
    summary = {"total": measures.count(), "by_status": [], "list_url": None}
    if "status" in field_names and measure_model._meta.get_field("status").is_relation:
        status_model = measure_model._meta.get_field("status").related_model
        counts = dict(measures.order_by().values_list("status").annotate(n=Count("pk")))
        summary["by_status"] = [
            {"status": status, "count": counts[status.pk]}
            for status in status_model._default_manager.filter(pk__in=counts)
        ]
    with contextlib.suppress(NoReverseMatch):
        summary["list_url"] = reverse("measures:measure_list")
    return summary


@require_safe
def modelproject_detail(request, slug):
    project = get_object_or_404(
        project_queryset()
        .select_related("image")
        .prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("sort_order"))),
        slug=slug,
    )
    context = {
        "project": project,
        "measure_summary": measure_summary(project),
        "map_config": _map_config([_map_point(project)], zoom=11),
        "extra_breadcrumbs": [
            {"title": _("Model projects"), "url": list_url()},
            {"title": project.name},
        ],
    }
    return render(request, "programmes/modelproject_detail.html", context)


@require_safe
def modelproject_geojson(request):
    """The (filtered) model projects as a GeoJSON FeatureCollection (RFC 7946).

    Geometry: the lead municipality as a Point ``[longitude, latitude]`` (WGS 84).
    Properties, stable: ``slug``, ``name``, ``official_name``, ``url`` (absolute),
    ``funding_round`` (year, int), ``category`` and ``category_label``, ``state`` and
    ``state_label``, ``phase`` and ``phase_label`` (null when unset), ``partners``
    (list of names), ``topics`` (list of keys), ``is_demo_content`` (bool). Labels are
    in the language of the URL; keys do not change with the language.
    """
    query = ProjectQuery(request)
    projects = query.projects.prefetch_related(
        Prefetch("topics", queryset=Topic.objects.only("id", "key"))
    )
    features = [
        {
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
        for project in projects
    ]
    response = JsonResponse(
        {"type": "FeatureCollection", "features": features},
        content_type="application/geo+json; charset=utf-8",
        json_dumps_params={"ensure_ascii": False},
    )
    response["Content-Disposition"] = 'inline; filename="model-projects.geojson"'
    return response
