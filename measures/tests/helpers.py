from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation


def list_url(language="de", **params):
    with translation.override(language):
        url = reverse("measures:measure_list")
    pairs = [
        (key, item)
        for key, value in params.items()
        for item in (value if isinstance(value, list | tuple) else [value])
    ]
    return url + ("?" + urlencode(pairs) if pairs else "")


def export_url(fmt, language="de", query=""):
    with translation.override(language):
        return reverse("measures:measure_export", kwargs={"fmt": fmt}) + query


def slugs(response):
    return {m.slug for m in response.context["results"]}


def facet(response, name):
    return next(f for f in response.context["facets"] if f.name == name)


def option(response, facet_name, value):
    return next(o for o in facet(response, facet_name).options if o.value == value)
