"""The open data page, the API documentation page and the model project downloads."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.databases import databases
from core.filtering.export import export_response
from core.filtering.filters import current_language
from core.licence import ATTRIBUTION, LICENCE, LICENCE_ID, LICENCE_URL

from . import datasets as D
from .api.resources import available_resources
from .api.views import Context


def _jsonld_dataset(request, dataset, count, modified):
    absolute = request.build_absolute_uri
    return {
        "@type": "Dataset",
        "name": str(dataset.title),
        "description": str(dataset.description),
        "url": absolute(dataset.landing_url()),
        "identifier": dataset.key,
        "keywords": list(dataset.keywords),
        "license": LICENCE_URL,
        "isAccessibleForFree": True,
        "inLanguage": ["de", "en"],
        **({"dateModified": modified.isoformat()} if modified else {}),
        "variableMeasured": f"{count}",
        "creator": {"@type": "Organization", "name": ATTRIBUTION},
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": distribution.media_type,
                "contentUrl": absolute(distribution.url()),
            }
            for distribution in dataset.distributions
        ],
    }


def dataset_rows(request):
    rows = []
    for dataset in D.available_datasets():
        count = dataset.count()
        modified = dataset.last_modified()
        rows.append(
            {
                "dataset": dataset,
                "count": count,
                "modified": modified,
                "distributions": [
                    {"label": d.label, "media_type": d.media_type, "url": d.url()}
                    for d in dataset.distributions
                ],
                "api_url": dataset.api_url(),
                "jsonld": _jsonld_dataset(request, dataset, count, modified),
            }
        )
    return rows


def open_data(request):
    rows = dataset_rows(request)
    context = {
        "datasets": rows,
        "licence": LICENCE,
        "attribution": ATTRIBUTION,
        "api_url": reverse("opendata_api:index"),
        "schema_url": reverse("opendata_api:schema"),
        "api_docs_url": reverse("opendata:api_docs"),
        "dcat_links": [
            {"label": "RDF/XML", "url": reverse("opendata:dcat", kwargs={"fmt": "rdf"})},
            {"label": "Turtle", "url": reverse("opendata:dcat", kwargs={"fmt": "ttl"})},
            {"label": "JSON-LD", "url": reverse("opendata:dcat", kwargs={"fmt": "jsonld"})},
        ],
        "jsonld": [row["jsonld"] for row in rows],
        "feeds": [
            {"url": reverse(f"feeds:{feed.name}"), "label": feed.label, "note": feed.note}
            for database in databases()
            for feed in database.feeds
        ],
        "extra_breadcrumbs": [{"title": _("Open data"), "url": None}],
    }
    return render(request, "opendata/open_data.html", context)


def api_docs(request):
    from .api.schema import build_schema

    language = current_language()
    ctx = Context(request, language)
    schema = build_schema(ctx)
    operations = []
    for url, item in schema["paths"].items():
        operation = item["get"]
        operations.append(
            {
                "path": url,
                "summary": operation["summary"],
                "description": operation.get("description", ""),
                "tag": operation["tags"][0],
                "parameters": [
                    {
                        "name": p["name"],
                        "where": p["in"],
                        "description": p.get("description", ""),
                        "many": p.get("schema", {}).get("type") == "array",
                        "values": (p["schema"].get("items", p["schema"]).get("enum") or [])[:12],
                        "more_values": max(
                            0, len(p["schema"].get("items", p["schema"]).get("enum") or []) - 12
                        ),
                    }
                    for p in operation.get("parameters", [])
                ],
            }
        )
    context = {
        "operations": operations,
        # The collections, from the registry (a new database's too).
        "collections": [resource.title for resource in available_resources().values()],
        "licence": LICENCE,
        "attribution": ATTRIBUTION,
        "api_url": reverse("opendata_api:index"),
        "schema_url": reverse("opendata_api:schema"),
        "example_url": reverse("opendata_api:list", kwargs={"resource": "measures"})
        + "?lang="
        + language,
        "extra_breadcrumbs": [
            {"title": _("Open data"), "url": reverse("opendata:index")},
            {"title": _("API"), "url": None},
        ],
    }
    return render(request, "opendata/api_docs.html", context)


def dataset_download(request, dataset, fmt):
    """CSV/JSON of the model projects (the other datasets use their lists' exports)."""
    if dataset != "model-projects" or fmt not in ("csv", "json"):
        raise Http404
    found = D.get_dataset(dataset)
    if found is None:
        raise Http404
    resource = found.resource
    queryset = resource.prefetch(resource.get_queryset()).order_by("name", "pk")
    base = request.build_absolute_uri("/")[:-1]
    basename = _("model-projects")
    filename = f"{basename}-{timezone.localdate().isoformat()}"
    return export_response(
        fmt,
        queryset,
        D.model_project_columns(base),
        filename=filename,
        meta={"language": current_language(), "query": "", "licence": LICENCE_ID},
    )
