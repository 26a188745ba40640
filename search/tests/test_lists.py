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


def test_a_relevance_page_chosen_from_the_titled_entries_is_the_full_rankings_page():
    """``FullTextFilter.ranked_page`` ranks the entries with a title part first and scores
    the others only when those do not fill the page above the others' ceiling. For every
    judged query, in both languages, pages 1 and 2 are those of ranking every match."""
    from django.utils import translation

    from measures.filters import MeasureFilterSet
    from measures.models import Measure
    from search.relevance.evaluate import load_queries

    shortcut_taken = scored_all = 0
    for judged in load_queries():
        with translation.override(judged.language):
            filterset = MeasureFilterSet({"q": judged.text}, queryset=Measure.objects.live())
            search = filterset.filters["q"]
            rows = filterset.queryset_without("q")
            ordering = ("-date",)
            full = [row["object_id"] for row in search.ranked_ids(rows, judged.text, ordering)]
            for start in (0, 20):
                page = Measure.objects.filter(
                    pk__in=search.ranked_page(rows, judged.text, ordering, start, start + 20)
                ).values_list("pk", flat=True)
                expected = full[start : start + 20]
                assert sorted(page) == sorted(expected), (judged.text, start)
            query = search.search_query(judged.text)
            best = (
                search.matching(judged.text)
                .filter(query.titled())
                .annotate(score=query.score())
                .filter(score__gt=query.untitled_ceiling())
                .count()
            )
            if best >= 40:
                shortcut_taken += 1
            elif full:
                scored_all += 1
    # Both ways are exercised by the judged set.
    assert shortcut_taken >= 3 and scored_all >= 3, (shortcut_taken, scored_all)


def test_a_record_without_the_words_in_its_title_can_still_lead_the_page():
    """Twenty-five titles hold the first word; one measure holds both words as a topic
    (both in the labels: 8 points) but neither in its title. The titled ones score 6.5,
    below the ceiling of 8 for entries without a title part, so the page must score the
    others too: the topic's measure comes first."""
    from django.utils import translation

    from measures.filters import MeasureFilterSet
    from measures.models import Measure, MeasureStatus, SpatialEffect
    from programmes.models import ModelProject, Topic
    from search.indexing import index_objects

    project = ModelProject.objects.live().first()
    common = {
        "model_project": project,
        "status": MeasureStatus.objects.first(),
        "spatial_effect": SpatialEffect.objects.first(),
    }
    titled = Measure.objects.bulk_create(
        Measure(
            slug=f"zylinderkopf-{number}",
            title_de=f"Zylinderkopf {number}",
            title_en=f"Zylinderkopf {number}",
            summary_de="Testeintrag",
            description_de="<p>Mit Wasserrad.</p>",
            **common,
        )
        for number in range(25)
    )
    labelled = Measure.objects.create(
        slug="anderes-vorhaben", title_de="Anderes Vorhaben", title_en="Another one", **common
    )
    topic = Topic.objects.create(
        name_de="Zylinderkopf Wasserrad",
        name_en="Zylinderkopf Wasserrad",
        key="zylinderkopf-wasserrad",
    )
    labelled.topics.add(topic)
    labelled.save()  # a parental many-to-many field is written on save
    index_objects("measures", Measure.objects.filter(pk__in=[m.pk for m in [*titled, labelled]]))
    with translation.override("de"):
        filterset = MeasureFilterSet(
            {"q": "Zylinderkopf Wasserrad"}, queryset=Measure.objects.live()
        )
        search = filterset.filters["q"]
        rows = filterset.queryset_without("q")
        page = list(
            search.ranked_ids(rows, "Zylinderkopf Wasserrad", ("-date",)).values_list(
                "object_id", flat=True
            )[:20]
        )
        chosen = set(
            Measure.objects.filter(
                pk__in=search.ranked_page(rows, "Zylinderkopf Wasserrad", ("-date",), 0, 20)
            ).values_list("pk", flat=True)
        )
    assert page[0] == labelled.pk
    assert chosen == set(page) and labelled.pk in chosen
    # The site search's page of measures ranks it first too.
    from search import views

    state = views.SearchState(text="Zylinderkopf Wasserrad", kind="measures")
    with translation.override("de"):
        hits = views.run_search(state, views.kinds(), "de")["hits"]
        assert hits[0].url == labelled.get_absolute_url()
    assert len(hits) == 20
