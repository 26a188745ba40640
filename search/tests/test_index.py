"""The index follows the content: publishing, drafts, unpublishing, deleting, renames."""

import pytest
from django.utils import translation

from measures.models import Measure
from programmes.models import ModelProject
from search.indexing import index_objects, rebuild
from search.models import SearchEntry
from search.query import SearchQuery
from search.registry import kinds

pytestmark = pytest.mark.django_db


def found(text, kind, language="de"):
    query = SearchQuery(text, language).resolve()
    return set(query.entries(kind).values_list("object_id", flat=True))


def test_every_public_record_has_one_entry_per_language():
    for kind in kinds():
        public = kind.public()
        expected = sum(len(kind.object_languages(obj)) for obj in public)
        assert SearchEntry.objects.filter(kind=kind.key).count() == expected, kind.key


def test_saving_a_measure_updates_its_entry():
    measure = Measure.objects.live().first()
    measure.title_de = "Quartiersgarten mit Regenwasserzisterne"
    measure.save()
    assert measure.pk in found("Regenwasserzisterne", "measures")
    assert measure.pk in found("Zisterne", "measures")  # the compound's ending


def test_unpublished_and_deleted_records_leave_the_index():
    measure = Measure.objects.live().first()
    measure.title_de = "Unverwechselbarer Testtitel"
    measure.save()
    assert found("Unverwechselbarer", "measures") == {measure.pk}
    measure.live = False
    measure.save()
    assert not found("Unverwechselbarer", "measures")
    other = Measure.objects.live().first()
    other.title_de = "Unverwechselbarer Testtitel"
    other.save()
    other.delete()
    assert not found("Unverwechselbarer", "measures")


def test_renaming_a_model_project_reindexes_its_measures():
    project = ModelProject.objects.filter(measures__live=True).first()
    project.name = "Zauberstadt"
    project.save()
    measures = set(project.measures.filter(live=True).values_list("pk", flat=True))
    assert measures
    assert found("Zauberstadt", "measures") == measures
    assert found("Zauberstadt", "model-projects") == {project.pk}


def test_a_draft_of_a_page_is_not_searchable_until_published(site_pages):
    page = site_pages["de"]["about"]
    page.title = "Neuer Titel Wolkenkuckucksheim"
    page.save_revision()
    assert not found("Wolkenkuckucksheim", "pages")
    page.get_latest_revision().publish()
    assert page.pk in found("Wolkenkuckucksheim", "pages")
    page.unpublish()
    assert not found("Wolkenkuckucksheim", "pages")


def test_english_entries_are_searched_in_english():
    measure = Measure.objects.live().first()
    with translation.override("en"):
        measure.title_en = "Rainwater cistern garden"
        measure.save()
    assert measure.pk in found("cisterns", "measures", "en")
    assert measure.pk not in found("cisterns", "measures", "de")


def test_index_objects_removes_objects_that_are_no_longer_public():
    measure = Measure.objects.live().first()
    Measure.objects.filter(pk=measure.pk).update(live=False)  # no signal
    assert SearchEntry.objects.filter(kind="measures", object_id=measure.pk).exists()
    index_objects("measures", [measure])
    assert not SearchEntry.objects.filter(kind="measures", object_id=measure.pk).exists()


def test_rebuild_writes_the_same_entries():
    before = set(SearchEntry.objects.values_list("kind", "object_id", "language", "terms_a"))
    rebuild()
    after = set(SearchEntry.objects.values_list("kind", "object_id", "language", "terms_a"))
    assert before == after
