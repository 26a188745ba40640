"""Public views of the solution profiles: filterable list, detail page and PDF profile.

Only live (published) profiles are public; drafts are seen in the admin preview only.
"""

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from core.filtering.export import ExportColumn, related_names
from core.filtering.views import FilterableListView
from programmes.models import ModelProject, MunicipalityCategory, Topic

from . import pdf
from .filters import SolutionFilterSet
from .models import SolutionImage, SolutionProfile
from .querysets import detail_queryset


def list_url():
    return reverse("solutions:solution_list")


def detail_context(profile, *, request=None, preview=False):
    """Context of the detail template; also used by the admin preview of a draft."""
    pdf_size = None
    if not preview:
        detail_url = profile.get_absolute_url()
        if request is not None:
            detail_url = request.build_absolute_uri(detail_url)
        data = pdf.profile_pdf(profile, absolute_url=detail_url)
        pdf_size = len(data) if data is not None else None
    context = {
        "profile": profile,
        "lead_project": profile.lead_project,
        "partner_projects": list(profile.partner_projects.all()),
        "topics": list(profile.topics.all()),
        "municipality_categories": list(profile.municipality_categories.all()),
        "fields_of_action": list(profile.fields_of_action.all()),
        "related_measures": [m for m in profile.related_measures.all() if m.live],
        "process_steps": list(profile.process_steps.all()),
        "success_factors": list(profile.success_factors.all()),
        "images": list(profile.images.all()),
        "checklist": profile.checklist(),
        "contact": profile.public_contact,
        "pdf_size": pdf_size,
        "is_preview": preview,
        "extra_breadcrumbs": [
            {"title": _("Smart City solutions"), "url": list_url()},
            {"title": profile.title},
        ],
    }
    if preview:
        # The admin preview has no public address to switch languages on.
        context["translation_links"] = []
    return context


def solution_detail(request, slug):
    profile = get_object_or_404(detail_queryset(), slug=slug)
    return render(
        request, SolutionProfile.detail_template, detail_context(profile, request=request)
    )


def solution_pdf(request, slug):
    profile = get_object_or_404(detail_queryset(), slug=slug)
    detail_url = request.build_absolute_uri(profile.get_absolute_url())
    data = pdf.profile_pdf(profile, absolute_url=detail_url)
    if data is None:
        raise Http404("The PDF could not be generated.")
    response = HttpResponse(data, content_type="application/pdf")
    filename = f"{profile.slug}-{get_language() or 'de'}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Length"] = str(len(data))
    return response


# Stable export columns: new ones are only ever appended.
EXPORT_COLUMNS = [
    ExportColumn("id", "pk", "Database id of the solution profile."),
    ExportColumn("slug", "slug", "Stable identifier, part of the URL."),
    ExportColumn("url", "url", "Permanent address of the profile's page in this language."),
    ExportColumn("title", "title", "Title."),
    ExportColumn("teaser", "teaser", "Teaser."),
    ExportColumn("lead_model_project", "lead_project.name", "Lead model project."),
    ExportColumn("lead_model_project_slug", "lead_project.slug", "Its identifier."),
    ExportColumn("federal_state", "lead_project.state.name", "Federal state of the lead project."),
    ExportColumn(
        "partner_model_projects", lambda p: related_names(p.partner_projects), "Partners (list)."
    ),
    ExportColumn("topics", lambda p: related_names(p.topics), "Topics (list)."),
    ExportColumn(
        "fields_of_action", lambda p: related_names(p.fields_of_action), "Fields of action (list)."
    ),
    ExportColumn(
        "suitable_for",
        lambda p: related_names(p.municipality_categories),
        "Municipality categories it suits (list).",
    ),
    ExportColumn("is_open_source", "is_open_source", "true if published as open source."),
    ExportColumn("licence", "licence", "Licence (SPDX identifier)."),
    ExportColumn("repository_url", "repository_url", "Source code repository."),
    ExportColumn("data_protection_done", "data_protection_done", "Data protection groundwork."),
    ExportColumn("procurement_done", "procurement_done", "Procurement groundwork."),
    ExportColumn("made_permanent", "made_permanent", "Runs beyond the funding period."),
    ExportColumn("operating_costs", "operating_costs", "Operating costs."),
    ExportColumn(
        "last_updated", lambda p: p.updated_at.date(), "Date of the last update (YYYY-MM-DD)."
    ),
    ExportColumn("is_demo_content", "is_demo_content", "true for invented sample profiles."),
]


class SolutionListView(FilterableListView):
    filterset_class = SolutionFilterSet
    template_name = "solutions/solution_list.html"
    result_template = "solutions/includes/solution_result.html"
    list_title = gettext_lazy("Smart City solutions")
    list_intro = gettext_lazy(
        "Tried-and-tested digital solutions of the model projects Smart Cities, described so "
        "that other municipalities can adopt them: with process steps, success factors, "
        "costs and a transferability checklist."
    )
    count_singular = gettext_lazy("%(count)s solution")
    count_plural = gettext_lazy("%(count)s solutions")
    empty_title = gettext_lazy("No solutions match these filters.")
    paginate_by = 10
    export_url_name = "solutions:solution_export"
    export_basename = gettext_lazy("solutions")

    def get_queryset(self):
        return SolutionProfile.objects.live()

    def get_result_queryset(self, queryset):
        return queryset.select_related("lead_project__state").prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("sort_order", "name")),
            Prefetch(
                "municipality_categories",
                queryset=MunicipalityCategory.objects.order_by("sort_order", "name"),
            ),
            Prefetch(
                "images",
                queryset=SolutionImage.objects.select_related("image").prefetch_related(
                    "image__renditions"
                ),
            ),
        )

    def get_export_queryset(self, queryset):
        return queryset.select_related("lead_project__state").prefetch_related(
            Prefetch("partner_projects", queryset=ModelProject.objects.live()),
            "topics",
            "fields_of_action",
            "municipality_categories",
        )

    @property
    def export_columns(self):
        base = self.request.build_absolute_uri("/")[:-1]
        columns = list(EXPORT_COLUMNS)
        columns[2] = ExportColumn("url", lambda p: base + p.get_absolute_url())
        return columns
