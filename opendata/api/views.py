"""The public read-only JSON API (``/api/v1/``): plain Django views.

Every answer is JSON with the licence in its ``meta``; ``GET``/``HEAD`` only, open to
every origin (CORS), with an ``ETag`` over the body (``If-None-Match`` gives a 304) and
``Content-Language``. The language comes from ``?lang=`` or ``Accept-Language``.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import wraps

from django.conf import settings
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header

from core.filtering.state import choose_sort, order_results
from core.licence import ATTRIBUTION, LICENCE

from . import params as P
from .params import ApiError
from .resources import available_resources, available_taxonomies, get_resource

IDENTIFIER = re.compile(r"^[-a-zA-Z0-9_]{1,255}$")
ALLOWED_METHODS = "GET, HEAD, OPTIONS"


def languages():
    return [code for code, _name in settings.LANGUAGES]


class Context:
    """What serialising a record needs: absolute URLs and the API's own addresses."""

    def __init__(self, request, language):
        self.request = request
        self.language = language
        self.base = request.build_absolute_uri("/")[:-1]

    def absolute(self, url):
        if url.startswith(("http://", "https://")):
            return url
        return self.base + url

    def api_url(self, resource, identifier):
        return self.base + reverse(
            "opendata_api:detail", kwargs={"resource": resource, "identifier": identifier}
        )

    def meta(self):
        with translation.override(self.language):
            docs = reverse("opendata:api_docs")
        return {
            "language": self.language,
            "licence": LICENCE,
            "attribution": ATTRIBUTION,
            "documentation": self.absolute(docs),
            "schema": self.absolute(reverse("opendata_api:schema")),
        }


def resolve_language(request):
    """``?lang=`` (validated later with the other parameters) or Accept-Language."""
    available = languages()
    requested = request.GET.getlist(P.LANGUAGE_PARAM)
    if len(requested) == 1 and requested[0] in available:
        return requested[0]
    header = request.headers.get("Accept-Language", "")
    try:
        accepted = parse_accept_lang_header(header[:255])
    except (TypeError, ValueError):
        accepted = ()
    for code, _quality in accepted:
        primary = code.split("-")[0].lower()
        if primary in available:
            return primary
    return settings.LANGUAGE_CODE


def json_response(data, status=200):
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    return HttpResponse(
        body.encode("utf-8"), status=status, content_type="application/json; charset=utf-8"
    )


def error_body(status, code, message, **details):
    return {"error": {"status": status, "code": code, "message": message, **details}}


def add_cors(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag, Content-Language, Link"
    return response


def api_view(view=None, *, meta=True):
    """JSON, language, CORS, errors as JSON and conditional GET around an API view.

    The view returns a dict; with ``meta`` the response's ``meta`` (language, licence,
    attribution, documentation) is added to it.
    """
    if view is None:
        return lambda view: api_view(view, meta=meta)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # No language-prefix redirect for 404s of the API (LocaleMiddleware would send
        # /api/v1/x/ to /de/api/v1/x/, which Wagtail's catch-all pattern accepts).
        # Setting request.urlconf after the URL was resolved only changes what the
        # middleware looks at on the way out; the API's own URLconf has no i18n patterns.
        request.urlconf = "opendata.api.urls"
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED_METHODS
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, If-None-Match"
            response["Access-Control-Max-Age"] = "86400"
            return add_cors(response)
        language = resolve_language(request)
        if request.method not in ("GET", "HEAD"):
            response = json_response(
                error_body(405, "method_not_allowed", "The API is read-only: use GET."),
                status=405,
            )
            response["Allow"] = ALLOWED_METHODS
        else:
            with translation.override(language):
                ctx = Context(request, language)
                try:
                    data = view(request, ctx, *args, **kwargs)
                    response = json_response({"meta": ctx.meta(), **data} if meta else data)
                except ApiError as error:
                    response = json_response(
                        error_body(error.status, error.code, error.message, **error.details),
                        status=error.status,
                    )
        response["Content-Language"] = language
        patch_vary_headers(response, ["Accept-Language"])
        add_cors(response)
        if response.status_code == 200:
            etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
            response["ETag"] = etag
            response["Cache-Control"] = "public, max-age=300"
            conditional = get_conditional_response(request, etag=etag, response=response)
            if conditional is not response:
                add_cors(conditional)
                conditional["Content-Language"] = language
            return conditional
        return response

    return wrapper


def check_only_language(request):
    P.validate(request.GET, [P.language_param(languages())])


def _page_url(ctx, query: QueryDict, number):
    query = query.copy()
    query["page"] = str(number)
    return ctx.request.build_absolute_uri(ctx.request.path) + "?" + query.urlencode()


def paginate(ctx, queryset, query: QueryDict, record):
    size = int(query.get("page_size") or P.DEFAULT_PAGE_SIZE)
    number = int(query.get("page") or 1)
    paginator = Paginator(queryset, size)
    if number > paginator.num_pages:
        raise ApiError(
            404,
            "no_such_page",
            f"There is no page {number}; the last page is {paginator.num_pages}.",
        )
    page = paginator.page(number)
    return {
        "count": paginator.count,
        "page": number,
        "page_size": size,
        "next": _page_url(ctx, query, number + 1) if page.has_next() else None,
        "previous": _page_url(ctx, query, number - 1) if page.has_previous() else None,
        "results": [record(obj) for obj in page.object_list],
    }


def resource_params(resource, filterset=None):
    """Every parameter the resource's list accepts (filterset: an instance, or None)."""
    params = []
    if filterset is not None:
        params += P.filter_params(filterset)
    sort = P.sort_param(resource.get_filterset_class())
    if sort is not None and "sort" not in {p.name for p in params}:
        params.append(sort)
    return params + P.page_params() + [P.language_param(languages())]


def ordered(resource, filterset, queryset, query):
    """The records in the order of the resource's list, by the list's own sort rules
    (its FilterSet's orders, ``core.filtering.state``); unknown orders are refused before
    this."""
    orders = resource.get_filterset_class()
    search_filter = getattr(filterset, "search_filter", None)
    search_text = filterset.search_text if search_filter is not None else ""
    if orders is None or not orders.sort_options:
        ordering = list(queryset.query.order_by) or list(resource.default_ordering)
        if "pk" not in ordering and "-pk" not in ordering:
            ordering.append("pk")
        return queryset.order_by(*ordering)
    key, _unknown = choose_sort(orders, query.get("sort") or "", bool(search_text))
    return order_results(queryset, orders.sort_options[key], search_filter, search_text)


NON_FILTER_PARAMS = ("page", "page_size", P.LANGUAGE_PARAM)


@api_view
def resource_list(request, ctx, resource):
    resource = get_resource(resource)
    if resource is None:
        raise ApiError(404, "not_found", "There is no such collection in the API.")
    queryset = resource.get_queryset()
    filterset_class = resource.get_filterset_class()
    filterset = None
    if filterset_class is not None:
        # The lenient filters take the raw query; the strict check below rejects
        # anything they would have ignored. One FilterSet, so options load once.
        filter_data = request.GET.copy()
        for name in NON_FILTER_PARAMS:
            filter_data.pop(name, None)
        if filterset_class.sort_options:
            filter_data.pop("sort", None)
        filterset = filterset_class(filter_data, queryset=queryset)
    query = P.validate(request.GET, resource_params(resource, filterset))
    if filterset is not None:
        queryset = filterset.qs
    queryset = ordered(resource, filterset, queryset, query)
    return paginate(ctx, resource.prefetch(queryset), query, lambda obj: resource.record(obj, ctx))


@api_view
def resource_detail(request, ctx, resource, identifier):
    resource = get_resource(resource)
    if resource is None:
        raise ApiError(404, "not_found", "There is no such collection in the API.")
    check_only_language(request)
    if not IDENTIFIER.match(identifier):
        raise ApiError(404, "not_found", "There is no record with this identifier.")
    obj = resource.prefetch(resource.get_queryset()).filter(**{resource.lookup: identifier}).first()
    if obj is None:
        raise ApiError(404, "not_found", "There is no record with this identifier.")
    return {"result": resource.record(obj, ctx)}


@api_view
def index(request, ctx):
    check_only_language(request)
    base = ctx.base
    return {
        "collections": [
            {
                "name": name,
                "title": str(resource.title),
                "description": str(resource.description),
                "url": base + reverse("opendata_api:list", kwargs={"resource": name}),
            }
            for name, resource in available_resources().items()
        ],
        "taxonomies": base + reverse("opendata_api:taxonomy_index"),
    }


@api_view
def taxonomy_index(request, ctx):
    check_only_language(request)
    return {
        "taxonomies": [
            {
                "name": name,
                "title": str(taxonomy.title),
                "url": ctx.base + reverse("opendata_api:taxonomy", kwargs={"taxonomy": name}),
            }
            for name, taxonomy in available_taxonomies().items()
        ]
    }


@api_view
def taxonomy_detail(request, ctx, taxonomy):
    taxonomy = available_taxonomies().get(taxonomy)
    if taxonomy is None:
        raise ApiError(404, "not_found", "There is no such taxonomy.")
    check_only_language(request)
    results = [taxonomy.record(obj) for obj in taxonomy.model._default_manager.all()]
    return {"name": taxonomy.name, "title": str(taxonomy.title), "count": len(results),
            "results": results}  # fmt: skip


@api_view(meta=False)
def schema(request, ctx):
    from .schema import build_schema

    check_only_language(request)
    return build_schema(ctx)
