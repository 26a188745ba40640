"""A filterable list in the apps' tests: its address with filters, its export's address,
and what the response shows (result slugs, a facet, an option).

An app binds the addresses to its list's URL names once, e.g. in ``<app>/tests/helpers.py``::

    list_url = partial(lists.list_url, "measures:measure_list")
    list_url("en", field_of_action=["energie", "mobilitaet"])
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation


def query_string(params):
    """``?name=value&…`` of ``params`` (a list or tuple value repeats the name), or ``""``."""
    pairs = [
        (key, item)
        for key, value in params.items()
        for item in (value if isinstance(value, list | tuple) else [value])
    ]
    return "?" + urlencode(pairs) if pairs else ""


def list_url(url_name, language="de", /, **params):
    """The list ``url_name`` reversed in ``language``, filtered by ``params``.

    ``url_name`` and ``language`` are positional only, so that a filter may be called
    ``language`` too (the publications' language facet)."""
    with translation.override(language):
        url = reverse(url_name)
    return url + query_string(params)


def export_url(url_name, fmt, language="de", /, query="", **params):
    """The export ``url_name`` in the format ``fmt``, reversed in ``language``, followed by
    ``query`` (a query string with its ``?``) or else by ``params`` as in ``list_url``."""
    with translation.override(language):
        url = reverse(url_name, kwargs={"fmt": fmt})
    return url + (query or query_string(params))


def slugs(response):
    """The slugs of the records on the list page ``response``."""
    return {record.slug for record in response.context["results"]}


def facet(response, name):
    """The facet ``name`` shown on the list page ``response``."""
    return next(f for f in response.context["facets"] if f.name == name)


def option(response, facet_name, value):
    """The option ``value`` of the facet ``facet_name`` on the list page ``response``."""
    return next(o for o in facet(response, facet_name).options if o.value == value)
