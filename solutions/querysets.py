"""Querysets of the public views, with every relation the templates show loaded up front
(a fixed number of queries, however many profiles or relations there are)."""

from django.db.models import Prefetch

from measures.models import FieldOfAction, Measure
from programmes.models import ModelProject, MunicipalityCategory, Topic

from .models import SolutionImage, SolutionProfile


def detail_queryset():
    return (
        SolutionProfile.objects.live()
        .select_related("lead_project__state", "lead_project__category", "contact__organisation")
        .prefetch_related(
            Prefetch(
                "partner_projects",
                queryset=ModelProject.objects.live().select_related("state").order_by("name"),
            ),
            Prefetch("topics", queryset=Topic.objects.order_by("sort_order", "name")),
            Prefetch(
                "municipality_categories",
                queryset=MunicipalityCategory.objects.order_by("sort_order", "name"),
            ),
            Prefetch("fields_of_action", queryset=FieldOfAction.objects.order_by("sort_order")),
            Prefetch(
                "related_measures",
                queryset=Measure.objects.live()
                .select_related("model_project")
                .order_by("model_project__name", "title_de"),
            ),
            "process_steps",
            "success_factors",
            Prefetch(
                "images",
                queryset=SolutionImage.objects.select_related("image").prefetch_related(
                    "image__renditions"
                ),
            ),
        )
    )
