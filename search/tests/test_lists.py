"""The lists, the API and the feeds read the same search: same words, same records."""

import pytest

pytestmark = pytest.mark.django_db


def sort_options(response):
    return {choice["label"]: choice for choice in response.context["sort_choices"]}


def test_the_default_order_has_the_empty_value_so_a_typed_search_is_ranked(client):
    plain = client.get("/de/massnahmen/")
    assert sort_options(plain)["Zuletzt aktualisiert"]["value"] == ""
    # The form sends the sort menu's value along with the newly typed words.
    typed = client.get("/de/massnahmen/", {"q": "Parkraum", "sort": ""})
    assert typed.context["view"].sort_key == "relevance"
    options = sort_options(typed)
    assert options["Relevanz"] == {"value": "", "label": "Relevanz", "selected": True}
    assert options["Zuletzt aktualisiert"]["value"] == "updated"
    assert "sort=" not in typed.context["canonical_querystring"]


def test_another_order_stays_selectable_with_a_search(client):
    response = client.get("/de/massnahmen/", {"q": "Parkraum", "sort": "updated"})
    assert response.context["view"].sort_key == "updated"
    assert "sort=updated" in response.context["canonical_querystring"]


@pytest.mark.parametrize("path", ["/de/modellprojekte/", "/de/loesungen/", "/de/publikationen/"])
def test_every_list_ranks_by_relevance_when_searching(client, path):
    response = client.get(path, {"q": "Daten"})
    assert response.context["view"].sort_key == "relevance"


def test_api_feed_and_list_find_the_same_measures(client):
    for text in ("Parkraum", "Bewässerung Bäume", "Mobilitaet"):
        listed = client.get("/de/massnahmen/", {"q": text}).context["result_count"]
        api = client.get("/api/v1/measures/", {"q": text, "lang": "de"}).json()
        assert listed > 0
        assert api["count"] == listed, text


def test_the_list_offers_a_correction(client):
    response = client.get("/de/massnahmen/", {"q": "Leerstandsmanagment"})
    assert response.context["search_suggestion"] == "Leerstandsmanagement"
    assert response.context["result_count"] > 0
    html = response.content.decode()
    assert "Meinten Sie" in html and "q=Leerstandsmanagement" in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Mobilität"},  # broad: many equal scores, broken by date, then id
        {"q": "Mobilität", "page": "3"},
        {"q": "Sensorik", "status": "in-umsetzung", "field_of_action": "mobilitaet"},
        {"q": "Parkraum Telemedizin"},  # no measure holds both: the some-words fallback
        {"q": "Daten -Plattform", "page": "2"},
    ],
)
def test_measures_ranked_on_the_index_keep_the_order_of_the_looked_up_rank(client, params):
    """The measures list picks a relevance page on the search index's entries
    (SortOption.index_ordering); the rows and their order are those of ranking every
    result by its entry's score, then last update, then id."""
    from django.http import QueryDict
    from django.utils import translation

    from measures.filters import MeasureFilterSet
    from measures.models import Measure

    response = client.get("/de/massnahmen/", params)
    view = response.context["view"]
    assert view.sort_key == "relevance"
    shown = [measure.pk for measure in response.context["results"]]
    assert len(shown) == min(20, response.context["result_count"] - 20 * (view_page(params) - 1))
    with translation.override("de"):
        query = QueryDict(mutable=True)
        query.update(params)
        filterset = MeasureFilterSet(query, queryset=Measure.objects.live())
        search = filterset.filters["q"]
        looked_up = filterset.qs.annotate(rank=search.rank(filterset.qs, params["q"]))
        expected = list(
            looked_up.order_by("-rank", "-last_updated", "pk").values_list("pk", flat=True)
        )
    start = 20 * (view_page(params) - 1)
    assert shown == expected[start : start + 20]
    assert response.context["result_count"] == len(expected)


def view_page(params):
    return int(params.get("page", 1))
