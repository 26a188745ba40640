from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from measures.demo.generator import MissingDataError, generate_measures
from measures.demo.loader import load_measure_taxonomies, load_measures
from measures.models import FieldOfAction, Measure, MeasureStatus, SpatialEffect
from programmes.demo.loader import load_model_projects
from programmes.models import ModelProject, Topic


@pytest.fixture
def catalogue(db):
    """The 73 model projects and all taxonomies, without any measures."""
    load_model_projects()
    load_measure_taxonomies()
    Measure.objects.all().delete()


def snapshot():
    return list(
        Measure.objects.order_by("slug").values_list(
            "slug", "title_de", "title_en", "status__key", "model_project__slug", "last_updated"
        )
    )


def test_default_demo_measures_cover_all_projects_and_facets(catalogue):
    out = StringIO()
    assert load_measures(stdout=out) == 650
    measures = Measure.objects.all()
    assert measures.count() == 650
    assert not measures.filter(is_demo_content=False).exists()
    assert not measures.filter(live=False).exists()
    assert measures.values("model_project").distinct().count() == ModelProject.objects.count()
    assert measures.values("status").distinct().count() == MeasureStatus.objects.count()
    assert measures.values("spatial_effect").distinct().count() == SpatialEffect.objects.count()
    assert measures.values("fields_of_action").distinct().count() == FieldOfAction.objects.count()
    assert measures.values("topics").distinct().count() == Topic.objects.count()
    assert not measures.filter(title_en="").exists() and not measures.filter(summary_en="").exists()
    assert measures.filter(repository_url__startswith="https://").exists()
    assert "demo measures: 650 created" in out.getvalue()
    # Idempotent: a second run adds nothing.
    assert load_measures() == 0
    assert Measure.objects.count() == 650


def test_generator_is_deterministic_and_extends(catalogue):
    generate_measures(count=30, seed=7)
    first = snapshot()
    Measure.objects.all().delete()
    generate_measures(count=30, seed=7)
    assert snapshot() == first
    assert generate_measures(count=40, seed=7) == 10
    assert set(first) <= set(snapshot())
    Measure.objects.all().delete()
    generate_measures(count=30, seed=8)
    assert snapshot() != first


def test_measures_of_an_earlier_generator_version_are_replaced(catalogue):
    """Same number and project but an older title: the measure is made anew, not doubled.
    Measures that are not demo content are never touched."""
    generate_measures(count=12, seed=7)
    current = snapshot()
    by_number = {row[0].rsplit("-", 1)[1]: row for row in current}
    slug, _de, _en, _status, project_slug, _updated = by_number["5"]
    outdated = f"frequenzmessung-in-der-innenstadt-fur-die-innenstadt-{project_slug}-5"
    Measure.objects.filter(slug=slug).update(
        slug=outdated, title_de="Frequenzmessung in der Innenstadt für die Innenstadt"
    )
    slug, *_rest = by_number["6"]
    own = f"eigene-massnahme-{by_number['6'][4]}-6"
    Measure.objects.filter(slug=slug).update(slug=own, is_demo_content=False)

    assert generate_measures(count=12, seed=7) == 2
    assert not Measure.objects.filter(slug=outdated).exists()
    assert Measure.objects.filter(slug=own, is_demo_content=False).exists()
    assert set(snapshot()) - {row for row in snapshot() if row[0] == own} == set(current)


def test_command_prints_progress_and_checks_the_count(catalogue):
    out = StringIO()
    call_command("generate_demo_measures", "--count", "25", "--seed", "3", stdout=out)
    assert "100% 25/25" in out.getvalue()
    assert Measure.objects.count() == 25
    call_command("generate_demo_measures", "--count", "5", "--replace", stdout=StringIO())
    assert Measure.objects.count() == 5
    with pytest.raises(CommandError):
        call_command("generate_demo_measures", "--count", "100001", stdout=StringIO())


def test_generator_without_taxonomies_explains(db):
    Measure.objects.all().delete()
    FieldOfAction.objects.all().delete()
    with pytest.raises(MissingDataError, match="fields of action"):
        generate_measures(count=1)
