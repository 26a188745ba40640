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
