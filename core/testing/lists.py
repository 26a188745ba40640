"""A filterable list in the apps' tests: its address with filters, its export's address,
and what the response shows (result slugs, a facet, an option).

An app binds the addresses to its list's URL names once, e.g. in ``<app>/tests/helpers.py``::

    list_url = partial(lists.list_url, "measures:measure_list")
    list_url("en", field_of_action=["energie", "mobilitaet"])
"""

from urllib.parse import urlencode

from django.http import QueryDict
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


def with_option(state, facet_name, value):
    """The filters ``state`` with ``value`` alone ticked in the facet ``facet_name``."""
    ticked = {key: values for key, values in state.items() if key != facet_name}
    ticked[facet_name] = value
    return ticked


def assert_counts_equal_filtered_results(response, state, list_url, filterset_class, queryset):
    """Each option's count on the list page ``response`` (shown for the filters ``state``)
    equals the number of records that ``filterset_class`` keeps of ``queryset`` with that
    option ticked instead of its facet's values, and an option is disabled exactly when it
    has no results and is not ticked. Returns how many options have results."""
    with_results = 0
    with translation.override("de"):
        for shown_facet in response.context["facets"]:
            for shown in shown_facet.options:
                url = list_url(**with_option(state, shown_facet.name, shown.value))
                query = QueryDict(url.partition("?")[2])
                results = filterset_class(query, queryset=queryset).qs
                assert results.count() == shown.count, (shown_facet.name, shown.value)
                assert shown.disabled == (shown.count == 0 and not shown.selected)
                with_results += shown.count > 0
    return with_results


def assert_largest_options_count_on_the_page(client, response, state, list_url):
    """For the option with the most results of each facet on the list page ``response``,
    the page with that option ticked shows as many results as the option's count."""
    for shown_facet in response.context["facets"]:
        shown = max(shown_facet.options, key=lambda o: o.count)
        url = list_url(**with_option(state, shown_facet.name, shown.value))
        assert client.get(url).context["result_count"] == shown.count
