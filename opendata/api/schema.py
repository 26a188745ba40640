"""The OpenAPI 3 document of the API, built from the registry.

Paths, parameters and record schemas come from the same resource definitions and
FilterSets the views use; the allowed values of facet parameters are read from the
database when the document is requested, so they are always current.
"""

from __future__ import annotations

from django.http import QueryDict
from django.urls import reverse

from core.fields import TERM_SCHEMA, record_schema
from core.licence import ATTRIBUTION, LICENCE

from . import params as P
from .resources import available_resources, available_taxonomies
from .views import languages, resource_params

VERSION = "1.0.0"

META_SCHEMA = {
    "type": "object",
    "properties": {
        "language": {"type": "string", "description": "Language of labels and texts."},
        "licence": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "url": {"type": "string", "format": "uri"},
            },
            "required": ["id", "name", "url"],
        },
        "attribution": {"type": "string", "description": "Name the source like this."},
        "documentation": {"type": "string", "format": "uri"},
        "schema": {"type": "string", "format": "uri"},
    },
    "required": ["language", "licence", "attribution", "documentation", "schema"],
}

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
                "parameters": {"type": "array", "items": {"type": "string"}},
            },
            "required": ["status", "code", "message"],
        }
    },
    "required": ["error"],
}


def _json(schema_ref, description):
    return {
        "description": description,
        "headers": {
            "ETag": {"schema": {"type": "string"}, "description": "Version of the answer."},
            "Content-Language": {"schema": {"type": "string"}},
        },
        "content": {"application/json": {"schema": schema_ref}},
    }


def _error(description):
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


NOT_MODIFIED = {"description": "Not modified (the ETag given in If-None-Match still holds)."}
ACCEPT_LANGUAGE = {
    "name": "Accept-Language",
    "in": "header",
    "required": False,
    "description": "Preferred language (de or en) when no lang parameter is given.",
    "schema": {"type": "string"},
}


def _envelope(properties, required):
    return {
        "type": "object",
        "properties": {"meta": {"$ref": "#/components/schemas/Meta"}, **properties},
        "required": ["meta", *required],
    }


def _list_schema(record_ref):
    return _envelope(
        {
            "count": {"type": "integer", "minimum": 0, "description": "Number of matches."},
            "page": {"type": "integer", "minimum": 1},
            "page_size": {"type": "integer", "minimum": 1},
            "next": {"type": "string", "format": "uri", "nullable": True},
            "previous": {"type": "string", "format": "uri", "nullable": True},
            "results": {"type": "array", "items": {"$ref": record_ref}},
        },
        ["count", "page", "page_size", "next", "previous", "results"],
    )


def _schema_name(name):
    return "".join(part.capitalize() for part in name.split("-"))


def build_schema(ctx) -> dict:
    api = reverse("opendata_api:index")
    resources = list(available_resources())  # the collections' names, from the registry
    components = {
        "Meta": META_SCHEMA,
        "Error": ERROR_SCHEMA,
        "Term": TERM_SCHEMA,
    }
    paths = {}
    lang_only = [P.language_param(languages()).openapi(), ACCEPT_LANGUAGE]
    common_errors = {"400": _error("Invalid query (unknown parameter or value).")}

    paths[api] = {
        "get": {
            "operationId": "index",
            "summary": "Collections of the API",
            "tags": ["index"],
            "parameters": lang_only,
            "responses": {
                "200": _json(
                    _envelope(
                        {
                            "collections": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "name": {"type": "string"},
                                        "title": {"type": "string"},
                                        "description": {"type": "string"},
                                        "url": {"type": "string", "format": "uri"},
                                    },
                                    "required": ["name", "title", "description", "url"],
                                },
                            },
                            "taxonomies": {"type": "string", "format": "uri"},
                        },
                        ["collections", "taxonomies"],
                    ),
                    "The collections and where to find them.",
                ),
                "304": NOT_MODIFIED,
                **common_errors,
            },
        }
    }

    for name, resource in available_resources().items():
        schema_name = _schema_name(name)
        components[schema_name] = record_schema(resource.fields)
        record_ref = f"#/components/schemas/{schema_name}"
        filterset_class = resource.get_filterset_class()
        filterset = (
            filterset_class(QueryDict(), queryset=resource.get_queryset())
            if filterset_class
            else None
        )
        parameters = [p.openapi() for p in resource_params(resource, filterset)]
        list_url = reverse("opendata_api:list", kwargs={"resource": name})
        paths[list_url] = {
            "get": {
                "operationId": f"list_{name.replace('-', '_')}",
                "summary": f"{resource.title}: list, filter and search",
                "description": str(resource.description)
                + " The filters are those of the list on the website.",
                "tags": [name],
                "parameters": [*parameters, ACCEPT_LANGUAGE],
                "responses": {
                    "200": _json(_list_schema(record_ref), "One page of records."),
                    "304": NOT_MODIFIED,
                    **common_errors,
                    "404": _error("There is no such page."),
                },
            }
        }
        example = resource.get_queryset().order_by("pk").values_list(resource.lookup, flat=True)
        example = example.first()
        identifier = {
            "name": resource.lookup,
            "in": "path",
            "required": True,
            "description": "Stable identifier of the record.",
            "schema": {"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$", "maxLength": 255},
        }
        if example:
            identifier["example"] = str(example)
        detail_url = list_url + "{" + resource.lookup + "}/"
        paths[detail_url] = {
            "get": {
                "operationId": f"get_{name.replace('-', '_')}",
                "summary": f"{resource.title}: one record",
                "tags": [name],
                "parameters": [identifier, *lang_only],
                "responses": {
                    "200": _json(
                        _envelope({"result": {"$ref": record_ref}}, ["result"]), "The record."
                    ),
                    "304": NOT_MODIFIED,
                    **common_errors,
                    "404": _error("There is no record with this identifier."),
                },
            }
        }

    term_list = _envelope(
        {
            "name": {"type": "string"},
            "title": {"type": "string"},
            "count": {"type": "integer", "minimum": 0},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}},
        },
        ["name", "title", "count", "results"],
    )
    paths[reverse("opendata_api:taxonomy_index")] = {
        "get": {
            "operationId": "list_taxonomies",
            "summary": "Taxonomies (value lists)",
            "tags": ["taxonomies"],
            "parameters": lang_only,
            "responses": {
                "200": _json(
                    _envelope(
                        {
                            "taxonomies": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "name": {"type": "string"},
                                        "title": {"type": "string"},
                                        "url": {"type": "string", "format": "uri"},
                                    },
                                    "required": ["name", "title", "url"],
                                },
                            }
                        },
                        ["taxonomies"],
                    ),
                    "Every taxonomy.",
                ),
                "304": NOT_MODIFIED,
                **common_errors,
            },
        }
    }
    for name, taxonomy in available_taxonomies().items():
        paths[reverse("opendata_api:taxonomy", kwargs={"taxonomy": name})] = {
            "get": {
                "operationId": f"taxonomy_{name.replace('-', '_')}",
                "summary": f"{taxonomy.title}: every value",
                "description": "Keys are the values the filters of the lists accept.",
                "tags": ["taxonomies"],
                "parameters": lang_only,
                "responses": {
                    "200": _json(term_list, "Every value, in display order."),
                    "304": NOT_MODIFIED,
                    **common_errors,
                },
            }
        }

    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Smart City Dialog – Open Data API",
            "version": VERSION,
            "description": (
                "Read-only access to the databases of the Smart City Dialogue: "
                f"{', '.join(resources)} and every taxonomy. Lists accept the same filters "
                "as the lists on the website, are "
                "paginated (count, next, previous) and answer in German or English "
                f"(?lang= or Accept-Language). Data licence: {LICENCE['name']} "
                f"({LICENCE['id']}); attribution: “{ATTRIBUTION}”. Unknown query "
                "parameters and values are answered with 400."
            ),
            "license": {"name": LICENCE["id"], "url": LICENCE["url"]},
            "x-data-licence": LICENCE,
        },
        "externalDocs": {"url": ctx.meta()["documentation"], "description": "Documentation"},
        "paths": paths,
        "components": {"schemas": components},
    }
