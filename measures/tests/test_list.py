import re

import pytest
from django.http import QueryDict
from django.utils import translation

from core.filtering import filtersets
from core.testing.lists import (
    assert_counts_equal_filtered_results,
    assert_largest_options_count_on_the_page,
)
from measures.filters import MeasureFilterSet
from measures.models import Measure

from .helpers import facet, list_url, option, slugs

FACETS = (
    "field_of_action",
    "spatial_effect",
    "status",
    "state",
    "project",
    "round",
    "category",
    "topic",
)


def test_list_shows_published_measures_in_german(client, sample):
    response = client.get(list_url())
    assert response.status_code == 200
    assert response.context["result_count"] == 7
    assert "draft" not in {m.slug for m in response.context["results"]}
    html = response.content.decode()
    assert "Sichere Radwege für den Schulweg" in html
    assert "Unveröffentlichter Entwurf" not in html
    assert '<html lang="de"' in html
    assert [f.name for f in response.context["facets"]] == list(FACETS)


def test_list_in_english(client, sample):
    response = client.get(list_url("en"))
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/en/measures/"
    html = response.content.decode()
    assert "Safe cycle paths to school" in html
    assert "7 measures" in html
    assert option(response, "state", "bayern").label == "Bavaria"


def test_facets_are_multi_select_or_within_and_across(client, sample):
    response = client.get(list_url(status=["geplant", "abgeschlossen"]))
    assert slugs(response) == {sample.measures[k].slug for k in ("zaehlung", "energie", "m6")}
    response = client.get(list_url(status=["geplant", "abgeschlossen"], state="bayern"))
    assert slugs(response) == {sample.measures[k].slug for k in ("energie", "m6")}


@pytest.mark.parametrize(
    "state",
    [
        {},
        {"state": "bayern"},
        {"field_of_action": "mobilitaet", "status": "in-umsetzung"},
        {"topic": ["sensorik", "app"], "round": "2019"},
        {"q": "Radwege"},
        {"field_of_action": ["energie", "verwaltung"], "category": "mittelstadt"},
        # Several single-valued facets ticked at once: their counts and the result count
        # are derived from one grouped query (FacetedFilterSet.count_facets).
        {"q": "Radwege", "status": ["in-umsetzung", "geplant"], "state": "bayern"},
        {"status": "in-umsetzung", "spatial_effect": "gesamtstadt", "round": "2020"},
        {"topic": "sensorik", "status": "in-umsetzung", "category": "grossstadt"},
    ],
)
@pytest.mark.parametrize("group_limit", [20_000, 3])
def test_each_count_equals_the_results_of_ticking_that_option(
    client, sample, state, group_limit, monkeypatch
):
    """The count next to an option is the number of results with that option selected in
    its facet and every other filter unchanged (disjunctive counts). With a tiny group
    limit the single-valued facets are counted in separate queries instead of together:
    the same counts either way."""
    monkeypatch.setattr(filtersets, "COMBINED_GROUP_LIMIT", group_limit)
    response = client.get(list_url(**state))
    with translation.override("de"):
        everything = QueryDict(list_url(**state).partition("?")[2])
        expected_total = MeasureFilterSet(everything, queryset=Measure.objects.live()).qs.count()
    assert response.context["result_count"] == expected_total
    with_results = assert_counts_equal_filtered_results(
        response, state, list_url, MeasureFilterSet, Measure.objects.live()
    )
    assert with_results >= 8
    # The same through the page itself, for one option per facet.
    assert_largest_options_count_on_the_page(client, response, state, list_url)


def test_zero_count_options_are_disabled_but_a_ticked_one_is_not(client, sample):
    response = client.get(list_url(field_of_action="energie", status="verstetigt"))
    html = response.content.decode()
    bildung = option(response, "field_of_action", "bildung")
    assert bildung.count == 0 and bildung.disabled
    assert 'value="bildung" disabled' in html
    verstetigt = option(response, "status", "verstetigt")
    assert verstetigt.selected and not verstetigt.disabled
    assert 'value="verstetigt" checked>' in html


def test_url_round_trips_the_state(client, sample):
    first = client.get(
        list_url(q="Schule", status=["in-umsetzung", "geplant"], state="bayern", sort="title")
    )
    canonical = first.context["canonical_querystring"]
    state = QueryDict(canonical[1:])
    assert (state["q"], state["state"], state["sort"]) == ("Schule", "bayern", "title")
    assert QueryDict(canonical[1:]).getlist("status") == ["geplant", "in-umsetzung"]
    second = client.get(first.request["PATH_INFO"] + canonical)
    assert second.context["canonical_querystring"] == canonical
    assert [m.pk for m in second.context["results"]] == [m.pk for m in first.context["results"]]
    # The form shows the state: search text, ticked boxes, chosen sort.
    html = second.content.decode()
    assert 'name="q" value="Schule"' in html
    assert 'value="geplant" checked' in html
    assert '<option value="title" selected>' in html


def test_pagination_links_keep_the_filters(client, world):
    for number in range(45):
        world.measure(title_de=f"Maßnahme {number:02d}", project="beta")
    response = client.get(list_url(state="berlin", sort="title"))
    page = response.context["page_obj"]
    assert page.number == 1 and response.context["paginator"].num_pages == 3
    html = response.content.decode()
    assert 'href="?state=berlin&amp;sort=title&amp;page=2"' in html
    second = client.get(list_url(state="berlin", sort="title", page=2))
    titles = [m.title for m in second.context["results"]]
    assert titles[0] == "Maßnahme 20"
    assert 'rel="prev"' in second.content.decode()


def test_sort_orders(client, sample):
    by_title = client.get(list_url(sort="title"))
    titles = [m.title_de for m in by_title.context["results"]]
    assert titles == sorted(titles)
    by_date = client.get(list_url())
    dates = [m.last_updated for m in by_date.context["results"]]
    assert dates == sorted(dates, reverse=True)
    assert by_date.context["results"][0].slug == sample.measures["radwege"].slug
    # Relevance is offered (and the default) only with a search text.
    values = [c["value"] for c in by_date.context["sort_choices"]]
    assert "relevance" not in values
    searched = client.get(list_url(q="Radwege"))
    assert searched.context["view"].sort_key == "relevance"
    # A title hit ranks above a hit in the description only.
    assert [m.slug for m in searched.context["results"]] == [
        sample.measures["radwege"].slug,
        sample.measures["zaehlung"].slug,
    ]


def test_english_title_sort_falls_back_to_german(client, world):
    world.measure(title_de="Zebra", title_en="Aardvark")
    world.measure(title_de="Affe", title_en="")
    world.measure(title_de="Mitte", title_en="Middle")
    response = client.get(list_url("en", sort="title"))
    assert [m.title for m in response.context["results"]] == ["Aardvark", "Affe", "Middle"]


def test_active_filters_can_be_removed_one_by_one(client, sample):
    response = client.get(list_url(state="bayern", status=["geplant", "abgeschlossen"]))
    chips = response.context["active_filters"]
    assert [c["label"] for c in chips] == [
        "Status: Geplant",
        "Status: Abgeschlossen",
        "Bundesland: Bayern",
    ]
    assert chips[0]["remove_query"] == "?status=abgeschlossen&state=bayern"
    html = response.content.decode()
    assert "Alle Filter zurücksetzen" in html


def test_helpful_empty_state(client, sample):
    response = client.get(list_url(q="Radwege", status="geplant"))
    assert response.status_code == 200
    assert response.context["result_count"] == 0
    html = response.content.decode()
    assert "Keine Maßnahmen passen zu diesen Filtern." in html
    assert 'href="/de/massnahmen/?q=Radwege"' in html  # search without the other filters
    assert "Bürgerbeteiligung" in html  # hint on compound words
    # The site search for the same words, which also covers pages, news and documents.
    assert (
        '<a class="kern-link" href="/de/suche/?q=Radwege">'
        "Die ganze Website nach „Radwege“ durchsuchen</a>"
    ) in html


def test_htmx_request_gets_the_fragment(client, sample):
    response = client.get(list_url(state="bayern", status="foo"), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<div id="filter-region"')
    assert 'id="filter-status" data-hx-swap-oob="innerHTML"' in html
    assert "5 Maßnahmen" in html
    assert "„foo“" in html or "“foo”" in html  # the notice comes along
    assert "HX-Request" in response["Vary"]
    assert response["HX-Push-Url"] == "/de/massnahmen/?state=bayern"


def test_full_page_varies_on_htmx_header_and_history_restore_gets_full_page(client, sample):
    full = client.get(list_url())
    assert "HX-Request" in full["Vary"]
    assert "<html" in full.content.decode()
    restore = client.get(list_url(), HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert "<html" in restore.content.decode()
    assert "HX-Request" in restore["Vary"]


def test_page_is_accessible_markup(client, sample):
    """Labels for every control, a legend per facet, a live region, no inline code."""
    html = client.get(list_url()).content.decode()
    assert html.count("<fieldset") == html.count("<legend") == len(FACETS)
    assert 'for="filter-search-input"' in html and 'for="filter-sort"' in html
    assert 'role="status" aria-live="polite"' in html
    assert "<script>" not in html and "style=" not in html and " onclick" not in html
    assert ' data-hx-get="/de/massnahmen/"' in html
    assert "/static/js/filterable.js" in html


def test_facet_option_ids_are_stable_for_focus(client, sample):
    one = client.get(list_url())
    two = client.get(list_url(status="geplant"), HTTP_HX_REQUEST="true")
    assert option(one, "status", "geplant").html_id == "filter-status-geplant"
    assert 'id="filter-status-geplant"' in two.content.decode()
    assert facet(one, "project").options  # model projects are a facet too


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "status", "fields"),
    [
        ("de", "Abgeschlossen", ["Mobilität und Infrastruktur", "Verwaltung und Bürgerservice"]),
        ("en", "Completed", ["Mobility and infrastructure", "Administration and citizen services"]),
    ],
)
def test_rows_show_project_state_status_and_fields_in_the_page_language(
    client, sample, language, status, fields
):
    """The labels come from the facets' options (prepare_results), in their order."""
    html = client.get(list_url(language, q="Verkehrszählung" if language == "de" else "counting"))
    row = html.content.decode().split('class="measure-result"')[1].split("</article>")[0]

    assert "Teststadt Beta (Berlin)" in row
    assert f'<span class="measure-status">{status}</span>' in row
    assert re.findall(r'<li class="measure-tag">([^<]+)</li>', row) == fields
