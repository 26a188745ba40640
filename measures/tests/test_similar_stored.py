"""Stored similar measures: the detail page reads them, and they follow every change.

They are ranked again when a transaction commits (``measures.signals``); the tests run
inside one, so changes are made under ``django_capture_on_commit_callbacks(execute=True)``,
which runs the commit hooks as a commit would."""

import pytest
from django.db import transaction

from measures import signals, similar
from measures.models import Measure, SimilarMeasure


def stored(measure):
    return list(
        SimilarMeasure.objects.filter(measure=measure)
        .order_by("position")
        .values_list("similar__slug", flat=True)
    )


def ranked_now(measure):
    measure = Measure.objects.prefetch_related("fields_of_action", "topics").get(pk=measure.pk)
    return [m.slug for m in similar.similar_measures(measure)]


def shown(measure):
    """What the detail page shows (and stores on a first view)."""
    return [m.slug for m in similar.stored_similar_measures(Measure.objects.get(pk=measure.pk))]


def assert_all_current():
    """Every stored list equals a ranking made now (what a full rebuild would store); a
    measure without a stored list gets one on its next view."""
    for measure in Measure.objects.live().filter(similar_links__isnull=False).distinct():
        assert stored(measure) == ranked_now(measure), measure.slug


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A context in which changes are ranked as after a commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def cluster(world, committed):
    with committed():
        base = world.measure("base", title_de="Sensoren für Radwege", topics=("sensorik",))
        for index in range(5):
            world.measure(f"n{index}", project="beta", topics=("sensorik",) if index < 2 else ())
        world.measure("far", fields=("bildung",))
    return base


def test_saving_measures_stores_their_neighbours(cluster, world):
    # The last one saved has ranked its neighbours; the first one gets its list on view.
    assert stored(world.measures["n4"]) == ranked_now(world.measures["n4"])
    assert shown(cluster) == ranked_now(cluster)
    assert stored(cluster) == ranked_now(cluster)
    assert len(stored(cluster)) == 4
    assert_all_current()


def test_detail_page_reads_the_stored_neighbours_without_ranking(
    client, cluster, world, monkeypatch
):
    expected = shown(cluster)
    assert stored(cluster) == expected

    def no_ranking(*args, **kwargs):
        raise AssertionError("ranked on a request")

    monkeypatch.setattr(similar, "ranked_candidates", no_ranking)
    response = client.get(cluster.get_absolute_url())
    assert [m.slug for m in response.context["similar"]] == expected


def test_a_better_new_measure_enters_the_lists_of_others(cluster, world, committed):
    before = shown(cluster)
    with committed():
        twin = world.measure(
            "twin", project="gamma", title_de="Sensoren für Radwege zählen", topics=("sensorik",)
        )
    assert stored(cluster)[0] == twin.slug
    assert stored(cluster)[1:] == before[:3]
    assert_all_current()


def test_unpublishing_or_deleting_a_neighbour_removes_it_everywhere(cluster, world, committed):
    for measure in world.measures.values():
        shown(measure)
    first = Measure.objects.get(slug=stored(cluster)[0])
    first.live = False
    with committed():
        first.save()
    assert first.slug not in stored(cluster)
    assert len(stored(cluster)) == 4
    assert_all_current()
    second = Measure.objects.get(slug=stored(cluster)[0])
    with committed():
        second.delete()
    assert second.slug not in stored(cluster)
    assert_all_current()


def test_changing_fields_of_action_ranks_again(cluster, world, committed):
    shown(cluster)
    cluster.fields_of_action.set([world.fields["bildung"]])
    cluster.topics.set([])
    with committed():
        cluster.save()
    assert stored(cluster) == [world.measures["far"].slug]
    assert_all_current()


def test_after_a_bulk_load_the_first_view_stores_them(client, cluster):
    expected = shown(cluster)
    similar.forget_all()
    assert not SimilarMeasure.objects.exists()
    response = client.get(cluster.get_absolute_url())
    assert [m.slug for m in response.context["similar"]] == expected
    assert stored(cluster) == expected


def test_update_similar_measures_command_stores_every_list(cluster):
    from io import StringIO

    from django.core.management import call_command

    similar.forget_all()
    out = StringIO()
    call_command("update_similar_measures", stdout=out)
    assert "of" in out.getvalue()
    assert stored(cluster) == ranked_now(cluster)
    live = Measure.objects.live().count()
    assert SimilarMeasure.objects.values("measure").distinct().count() == live - 1  # "far"


def test_a_measure_is_ranked_once_per_commit_and_not_after_a_rollback(
    cluster, world, committed, monkeypatch
):
    """Saving a measure, changing its relations and saving again in one transaction ranks
    it once, after the commit; a transaction rolled back ranks nothing."""
    ranked = []
    real = signals.refresh_neighbours
    monkeypatch.setattr(signals, "refresh_neighbours", lambda pk: ranked.append(pk) or real(pk))
    with committed() as hooks, transaction.atomic():
        cluster.title_de = "Sensoren zählen Radfahrende"
        cluster.save()
        cluster.topics.set([world.topics["app"]])
        cluster.save()
        assert ranked == []  # not before the commit
    assert ranked == [cluster.pk]
    assert len(hooks) == 1
    assert_all_current()

    ranked.clear()
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        cluster.title_de = "Verworfen"
        cluster.save()
        raise RuntimeError("rolled back")
    assert ranked == []
