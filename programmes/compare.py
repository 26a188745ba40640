"""``/de/modellprojekte/vergleich/?p=ulm&p=solingen``: two to four model projects side by side.

The query string is the whole state: ``p`` names a project by its slug, once per project, in
the order of the columns. A plain GET form on the page (and the "Compare" ticks of the list)
changes it, so the page works without scripts and every comparison has its own address.

Bad input gets a page with the chooser and a clear message, never an error page without a
way on: fewer than two projects answer 200 (the page asks for more), more than
``MAX_COMPARED`` answer 400, identifiers of no public project answer 404 and name them.
Repeated and empty values are dropped silently.

Queries are fixed, whatever the number of projects chosen: the public projects (also the
chooser's options), their topics, measures counted per project and status and per project
and field of action (one grouped query each, plus the two value lists), the solutions and the
project links of their partners, and the publications with their project links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Count, Q, prefetch_related_objects
from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from core.filtering.filters import clean_text
from measures.models import FieldOfAction, Measure, MeasureStatus
from publications.models import Publication
from solutions.models import SolutionProfile

from .views import ordered_topics, project_queryset, translation_links

PARAM = "p"
MIN_COMPARED = 2
MAX_COMPARED = 4
# The measures list's filter names (measures.filters.MeasureFilterSet) for links to counts.
MEASURE_FILTERS = {"project": "project", "field": "field_of_action", "status": "status"}
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")
MAX_NAMED = 5  # unknown identifiers named in the message
SHOWN_LENGTH = 40


def shown(value: str) -> str:
    """A visitor's value as the message quotes it: no control characters, at most 40 long."""
    value, _removed = clean_text(value)
    return value if len(value) <= SHOWN_LENGTH else value[: SHOWN_LENGTH - 1] + "…"


def requested_slugs(request) -> list[str]:
    """The ``p`` values in their order, stripped, without empty ones and repeats."""
    values = (value.strip() for value in request.GET.getlist(PARAM))
    return list(dict.fromkeys(value for value in values if value))


def query_for(slugs) -> str:
    query = QueryDict(mutable=True)
    query.setlist(PARAM, list(slugs))
    return query.urlencode()


@dataclass
class Column:
    """One compared project and what the table shows of it."""

    project: object
    measure_total: int = 0
    by_status: dict = field(default_factory=dict)  # status pk (or None) -> count
    by_field: dict = field(default_factory=dict)  # field of action pk -> count
    solutions: list = field(default_factory=list)
    publications: list = field(default_factory=list)
    remove_query: str = ""


def measures_url(base, project, **filters):
    """The measures list filtered by the project (and a field of action or status)."""
    query = QueryDict(mutable=True)
    query[MEASURE_FILTERS["project"]] = project.slug
    for name, value in filters.items():
        query[MEASURE_FILTERS[name]] = value
    return f"{base}?{query.urlencode()}"


def count_rows(items, columns, attribute, filter_name, base):
    """Rows of counts: one per value of a taxonomy, a cell per column (count and link)."""
    rows = []
    for item in items:
        cells = []
        for column in columns:
            count = getattr(column, attribute).get(item.pk if item is not None else None, 0)
            url = None
            if count and item is not None:
                url = measures_url(base, column.project, **{filter_name: item.key})
            cells.append({"count": count, "url": url})
        rows.append({"label": str(item) if item is not None else None, "cells": cells})
    return rows


def gather(columns):
    """Fill the columns with counts, solutions and publications in a fixed number of queries.

    Only what visitors may see counts: live measures, public solution profiles and live
    publications (the querysets the public lists and detail pages use).
    """
    by_pk = {column.project.pk: column for column in columns}
    ids = list(by_pk)

    measures = Measure.objects.live().filter(model_project_id__in=ids).order_by()
    by_status = measures.values_list("model_project_id", "status_id").annotate(n=Count("pk"))
    for project_id, status_id, count in by_status:
        column = by_pk[project_id]
        column.by_status[status_id] = count
        column.measure_total += count
    by_field = measures.values_list("model_project_id", "fields_of_action").annotate(n=Count("pk"))
    for project_id, field_id, count in by_field:
        if field_id is not None:
            by_pk[project_id].by_field[field_id] = count

    partner_links = SolutionProfile.partner_projects.through.objects.filter(modelproject_id__in=ids)
    solutions = list(
        SolutionProfile.objects.live()
        .filter(Q(lead_project_id__in=ids) | Q(pk__in=partner_links.values("solutionprofile_id")))
        .only("pk", "slug", "title", "lead_project_id")
        .order_by("title", "pk")
    )
    partners_of = {}
    for solution_id, project_id in partner_links.filter(
        solutionprofile_id__in=[solution.pk for solution in solutions]
    ).values_list("solutionprofile_id", "modelproject_id"):
        partners_of.setdefault(solution_id, set()).add(project_id)
    for solution in solutions:
        for project_id in ids:
            if solution.lead_project_id == project_id or project_id in partners_of.get(
                solution.pk, ()
            ):
                by_pk[project_id].solutions.append(solution)

    links = (
        Publication.model_projects.through.objects.filter(
            modelproject_id__in=ids, publication__in=Publication.objects.live()
        )
        .select_related("publication")
        .order_by("-publication__publication_date", "publication__pk")
    )
    for link in links:
        by_pk[link.modelproject_id].publications.append(link.publication)


def build_table(columns):
    """The table's measure rows: total, per field of action, per status."""
    base = reverse("measures:measure_list")
    total = [
        {
            "count": column.measure_total,
            "url": measures_url(base, column.project) if column.measure_total else None,
        }
        for column in columns
    ]
    statuses = list(MeasureStatus.objects.all())
    if any(None in column.by_status for column in columns):
        statuses.append(None)  # measures without a status
    return {
        "measure_total": total,
        "by_field": count_rows(FieldOfAction.objects.all(), columns, "by_field", "field", base),
        "by_status": count_rows(statuses, columns, "by_status", "status", base),
    }


def unknown_message(unknown):
    named = ", ".join(f"“{shown(value)}”" for value in unknown[:MAX_NAMED])
    message = ngettext(
        "There is no model project with the identifier %(names)s.",
        "There are no model projects with the identifiers %(names)s.",
        len(unknown),
    ) % {"names": named}
    if len(unknown) > MAX_NAMED:
        message += " " + _("%(count)s more identifiers were not found either.") % {
            "count": len(unknown) - MAX_NAMED
        }
    return message


@require_safe
def modelproject_compare(request):
    requested = requested_slugs(request)
    available = list(project_queryset().order_by("name", "pk"))
    by_slug = {project.slug: project for project in available}
    known = [slug for slug in requested if SLUG.fullmatch(slug) and slug in by_slug]
    unknown = [slug for slug in requested if slug not in known]

    status = 200
    errors = []
    hint = ""
    chosen = []
    if len(requested) > MAX_COMPARED:
        status = 400
        errors.append(
            _(
                "At most %(max)s model projects can be compared at once; %(count)s were "
                "chosen. Choose up to %(max)s below."
            )
            % {"max": MAX_COMPARED, "count": len(requested)}
        )
        known = known[:MAX_COMPARED]
    elif unknown:
        status = 404
        errors.append(unknown_message(unknown))
    else:
        chosen = [by_slug[slug] for slug in known]
        if not chosen:
            hint = _("Choose two to four model projects to compare.")
        elif len(chosen) == 1:
            hint = _("Choose at least one more model project to compare with %(name)s.") % {
                "name": chosen[0].name
            }

    columns = []
    table = None
    if len(chosen) >= MIN_COMPARED:
        prefetch_related_objects(chosen, ordered_topics())
        columns = [
            Column(
                project,
                remove_query=query_for(slug for slug in known if slug != project.slug),
            )
            for project in chosen
        ]
        gather(columns)
        table = build_table(columns)

    clean_query = query_for(known)
    known_projects = [by_slug[slug] for slug in known]
    selects = [
        {
            "number": number,
            "id": f"compare-project-{number}",
            "selected": known[number - 1] if number <= len(known) else "",
        }
        for number in range(1, MAX_COMPARED + 1)
    ]
    list_url = reverse("programmes:modelproject_list")
    context = {
        "columns": columns,
        "table": table,
        "column_count": len(columns) + 1,
        "errors": errors,
        "hint": hint,
        "known_projects": known_projects,
        "known_query": clean_query if len(known) >= MIN_COMPARED and errors else "",
        "available": available,
        "selects": selects,
        "param": PARAM,
        "min_compared": MIN_COMPARED,
        "max_compared": MAX_COMPARED,
        "has_demo_content": any(column.project.is_demo_content for column in columns),
        "canonical_querystring": f"?{clean_query}" if clean_query else "",
        "translation_links": translation_links("programmes:modelproject_compare", clean_query),
        "extra_breadcrumbs": [
            {"title": _("Model projects"), "url": list_url},
            {"title": _("Comparison")},
        ],
        "list_url": list_url,
    }
    return render(request, "programmes/modelproject_compare.html", context, status=status)
