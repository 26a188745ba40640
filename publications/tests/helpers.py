from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation


def list_url(lang="de", **params):
    with translation.override(lang):
        url = reverse("publications:publication_list")
    pairs = [
        (key, item)
        for key, value in params.items()
        for item in (value if isinstance(value, list | tuple) else [value])
    ]
    return url + ("?" + urlencode(pairs) if pairs else "")


def export_url(fmt, lang="de", **params):
    with translation.override(lang):
        url = reverse("publications:publication_export", kwargs={"fmt": fmt})
    query = list_url(lang, **params).partition("?")[2]
    return url + ("?" + query if query else "")


def slugs(response):
    return {p.slug for p in response.context["results"]}


def facet(response, name):
    return next(f for f in response.context["facets"] if f.name == name)


def option(response, facet_name, value):
    return next(o for o in facet(response, facet_name).options if o.value == value)
