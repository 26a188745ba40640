"""The contract of every database's filterable list, run on the demo content.

Each registered database (``core.databases``) answers the same tests on its list:
the page in both languages, bad input (a notice, never a 5xx), facet counts against
ticking the option, the htmx fragment, the canonical query string, a query count that
does not depend on the page, and the CSV export. A list that is a Wagtail page (the news
index) is reached as the parent page of its records in each language. The apps' own
tests check their lists in detail; this is the floor every list stands on
(docs/filterable-lists.md).
"""

import csv
import io
import re
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page

from core.databases import databases
from core.filtering.views import FilterableListView

pytestmark = pytest.mark.django_db

LANGUAGES = ("de", "en")
# At most this many queries for a list page, the site chrome included, on a second
# request (as smartcity/tests/test_page_queries.py pins for every kind of page).
MAX_QUERIES = 12
# A value that no facet has.
UNKNOWN = "gibt-es-nicht"
LONG_SEARCH = ("Stadt " * 2000)[:10_000]

DATABASES = databases()


def list_path(database, language="de"):
    """The address of the database's list: its URL name reversed in ``language``, or, for
    a list that is a Wagtail page, the parent page of its records in that language."""
    if database.list_url_name:
        with translation.override(language):
            return reverse(database.list_url_name)
    assert issubclass(database.model, Page), f"{database.key} has no list"
    record = (
        database.model.objects.live()
        .public()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    assert record is not None, f"no public {database.key} record in {language}"
    return record.get_parent().specific.url


def get(client, path, params=(), **headers):
    """GET ``path`` with ``params`` (pairs, repeated names allowed): never a 5xx."""
    url = path + ("?" + urlencode(list(params)) if params else "")
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url[:200], response.status_code)
    return response


def view_of(response) -> FilterableListView:
    view = response.context["view"]
    assert isinstance(view, FilterableListView), type(view)
    return view


def countable_options(facet, limit=2):
    """The first ``limit`` options of ``facet`` with results that are not ticked."""
    return [o for o in facet.options if o.count > 0 and not o.selected][:limit]


def first_ticked_state(response):
    """(facet name, value) of the first option with results of the first facet that
    has one."""
    for facet in response.context["facets"]:
        options = countable_options(facet, 1)
        if options:
            return facet.name, options[0].value
    pytest.fail("no facet option has results")


@pytest.fixture(params=DATABASES, ids=[database.key for database in DATABASES])
def database(request):
    return request.param


# --- the page ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_page(client, database, language):
    response = get(client, list_path(database, language))
    view = view_of(response)
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == language
    # Skip links lead somewhere ("skip to main content", "skip to results").
    skips = [a for a in html.find_all("a") if "skip" in " ".join(a.get("class", ()))]
    assert len(skips) >= 2
    for link in skips:
        assert link["href"].startswith("#"), link
        assert html.find(id=link["href"][1:]) is not None, link
    assert len(html.find_all("h1")) == 1
    assert html.h1.get_text(strip=True)
    # A labelled search field where the list can be searched.
    filterset = view.filterset
    form = html.find("form", id="filter-form")
    search_fields = form.find_all("input", attrs={"name": filterset.search_name or "q"})
    if filterset.search_name:
        assert len(search_fields) == 1
        label = html.find("label", attrs={"for": search_fields[0].get("id")})
        assert label is not None and label.get_text(strip=True)
    else:
        assert search_fields == []
    # The result count, as a heading above the results.
    count = response.context["result_count"]
    assert count > 0
    heading = html.find(id="results-heading")
    assert heading.get_text(strip=True) == response.context["result_count_text"]
    assert str(count) in heading.get_text()
    assert response.context["notices"] == []


# --- bad input --------------------------------------------------------------------------


def assert_notices(response):
    notices = response.context["notices"]
    assert notices, "no notice for bad input"
    html = response.content.decode()
    for notice in notices:
        assert escape(notice) in html
    return notices


@pytest.mark.parametrize(
    "params",
    [[("page", "abc")], [("page", "999999")], [("sort", "nonsense")]],
    ids=["page=abc", "page=999999", "sort=nonsense"],
)
def test_bad_page_and_sort_give_a_notice(client, database, params):
    response = get(client, list_path(database), params)
    assert_notices(response)
    canonical = response.context["canonical_querystring"]
    assert "abc" not in canonical and "nonsense" not in canonical


def test_an_unknown_value_of_every_facet_gives_a_notice(client, database):
    path = list_path(database)
    facets = get(client, path).context["facets"]
    assert facets
    for facet in facets:
        response = get(client, path, [(facet.name, UNKNOWN)])
        notices = assert_notices(response)
        assert len(notices) == 1, (facet.name, notices)
        assert UNKNOWN in notices[0] and str(facet.label) in notices[0], notices
        assert response.context["canonical_querystring"] == ""


@pytest.mark.parametrize(
    "params",
    [[("q", LONG_SEARCH)], [("q", "\x00")], [("q", "Stadt"), ("q", "Land")]],
    ids=["q=10000 characters", "q=NUL", "q repeated"],
)
def test_bad_search_text_gives_a_notice(client, database, params):
    path = list_path(database)
    response = get(client, path, params)
    view = view_of(response)
    if view.filterset.search_name:
        assert_notices(response)
        text = response.context["search_text"]
        assert len(text) <= 200 and "\x00" not in text
    else:
        # A list without search ignores ``q`` like any unknown parameter.
        assert response.context["notices"] == []
        assert response.context["result_count"] == get(client, path).context["result_count"]


# --- facet counts -----------------------------------------------------------------------


def assert_counts_match(client, path, base, facets, skip=()):
    checked = 0
    for facet in facets:
        if facet.name in skip:
            continue
        for option in countable_options(facet):
            response = get(client, path, [*base, (facet.name, option.value)])
            assert response.context["result_count"] == option.count, (
                base,
                facet.name,
                option.value,
            )
            checked += 1
    return checked


def test_facet_counts_equal_the_results_of_ticking_the_option(client, database):
    path = list_path(database)
    response = get(client, path)
    assert assert_counts_match(client, path, [], response.context["facets"]) > 0
    # With an option of one facet ticked, the other facets count within it.
    ticked = first_ticked_state(response)
    response = get(client, path, [ticked])
    assert_counts_match(client, path, [ticked], response.context["facets"], skip={ticked[0]})


# --- htmx and the canonical query string ------------------------------------------------


def messy_params(client, path):
    """(params, expected): a query string with two ticked options of one facet in the
    reverse of their order, an unknown value, a parameter that no list reads, the first
    page, the search text (where the list has a search) and a sort other than the
    default; and the canonical state it stands for, as (name, values) pairs in order."""
    response = get(client, path)
    view = view_of(response)
    name, options = next(
        (facet.name, countable_options(facet))
        for facet in response.context["facets"]
        if countable_options(facet)
    )
    values = [option.value for option in options]
    params = [("utm_source", "newsletter"), (name, UNKNOWN)]
    params += [(name, value) for value in reversed(values)]
    params.append(("page", "1"))
    expected = []
    if view.filterset.search_name:
        # A word of the first ticked result's title, so that something is found.
        first = get(client, path, [(name, values[0])]).context["results"][0]
        word = (re.findall(r"\w{5,}", str(first)) or ["Stadt"])[0]
        params.append((view.filterset.search_name, word))
        expected.append((view.filterset.search_name, [word]))
    expected.append((name, values))
    other = [
        key
        for key, option in view.sort_options.items()
        if key != view.default_sort and not option.needs_search
    ]
    if other:
        params.append((view.sort_param, other[0]))
        expected.append((view.sort_param, [other[0]]))
    return params, expected


def state_of(canonical):
    """The (name, values) pairs of a canonical query string, in order."""
    assert canonical.startswith("?"), canonical
    return list(QueryDict(canonical[1:]).lists())


def test_htmx_answers_with_the_fragment_and_pushes_the_canonical_url(client, database):
    path = list_path(database)
    params, expected = messy_params(client, path)
    page = get(client, path, params)
    fragment = get(client, path, params, HX_Request="true")
    view = view_of(fragment)
    templates = [template.name for template in fragment.templates]
    assert templates[0] == view.fragment_template_name
    assert view.template_name not in templates and "base.html" not in templates
    assert "<h1" not in fragment.content.decode()
    canonical = fragment.context["canonical_querystring"]
    assert state_of(canonical) == expected
    assert canonical == page.context["canonical_querystring"]
    assert fragment["HX-Push-Url"] == path + canonical
    assert "HX-Request" in fragment["Vary"] and "HX-Request" in page["Vary"]
    # A history restore wants the whole page.
    restore = get(client, path, params, HX_Request="true", HX_History_Restore_Request="true")
    assert view.template_name in [template.name for template in restore.templates]


def test_the_canonical_query_string_round_trips(client, database):
    path = list_path(database)
    params, expected = messy_params(client, path)
    first = get(client, path, params)
    canonical = first.context["canonical_querystring"]
    assert state_of(canonical) == expected
    assert first.context["result_count"] > 0
    again = client.get(path + canonical)
    assert again.status_code == 200
    assert again.context["canonical_querystring"] == canonical
    assert again.context["result_count"] == first.context["result_count"]
    assert [str(o) for o in again.context["results"]] == [str(o) for o in first.context["results"]]
    assert again.context["notices"] == []


# --- queries ----------------------------------------------------------------------------


def test_the_number_of_queries_is_bounded_and_the_same_on_every_page(client, database, monkeypatch):
    path = list_path(database)
    response = get(client, path)
    count = response.context["result_count"]
    assert count >= 2
    if response.context["paginator"].num_pages < 2:
        # Too few records in the demo content for two pages (news): smaller pages.
        monkeypatch.setattr(type(view_of(response)), "paginate_by", (count + 1) // 2)
    counts = {}
    for number in (1, 2):
        params = [("page", str(number))] if number > 1 else []
        get(client, path, params)  # the first request builds the memos
        with CaptureQueriesContext(connection) as captured:
            response = get(client, path, params)
        assert response.context["page_obj"].number == number
        counts[number] = len(captured.captured_queries)
    assert counts[1] == counts[2], counts
    assert counts[1] <= MAX_QUERIES, counts


# --- export -----------------------------------------------------------------------------


def test_the_csv_export(client, database):
    path = list_path(database)
    response = get(client, path)
    view = view_of(response)
    ticked = first_ticked_state(response)
    response = get(client, path, [ticked])
    links = {link["format"]: link["url"] for link in response.context["export_links"]}
    if not (view.export_url_name and view.export_columns and "csv" in view.export_formats):
        assert links == {}
        return
    assert "CSV" in links
    export = client.get(links["CSV"])
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    body = b"".join(export.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == [column.key for column in view.export_columns]
    assert len(rows) - 1 == response.context["result_count"]
    unknown = links["CSV"].replace("export.csv", "export.xlsx")
    assert client.get(unknown).status_code == 404
