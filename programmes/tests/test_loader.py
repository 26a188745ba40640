import csv
from collections import Counter
from io import StringIO

import pytest

from programmes.demo.loader import (
    MODEL_PROJECT_COLUMNS,
    MODEL_PROJECTS_CSV,
    ModelProjectDataError,
    demo_values,
    load_model_projects,
    read_model_project_rows,
)
from programmes.models import (
    FederalState,
    FundingRound,
    ModelProject,
    MunicipalityCategory,
    Phase,
    Topic,
)

pytestmark = pytest.mark.django_db


def csv_rows():
    with open(MODEL_PROJECTS_CSV, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_csv_holds_the_official_counts():
    rows = csv_rows()
    assert len(rows) == 73
    assert Counter(row["staffel"] for row in rows) == {"2019": 13, "2020": 32, "2021": 28}
    assert Counter(row["category"] for row in rows) == {
        "grossstadt": 28,
        "mittelstadt": 12,
        "kleinstadt_landgemeinde": 10,
        "interkommunal_landkreis": 23,
    }


def test_all_73_projects_are_loaded_with_round_category_and_state(model_projects):
    assert ModelProject.objects.count() == 73
    by_round = Counter(ModelProject.objects.values_list("funding_round__year", flat=True))
    assert by_round == {2019: 13, 2020: 32, 2021: 28}
    by_category = Counter(ModelProject.objects.values_list("category__key", flat=True))
    assert by_category == {
        "grossstadt": 28,
        "mittelstadt": 12,
        "kleinstadt_landgemeinde": 10,
        "interkommunal_landkreis": 23,
    }
    loaded = {
        p.slug: p for p in ModelProject.objects.select_related("funding_round", "state", "category")
    }
    for row in csv_rows():
        project = loaded[row["slug"]]
        assert project.name == row["name"]
        assert project.funding_round.year == int(row["staffel"])
        assert project.category.key == row["category"]
        assert project.state.name_de == row["state"]


def test_taxonomies_are_seeded_in_both_languages(model_projects):
    assert FederalState.objects.count() == 16
    assert FederalState.objects.get(key="nordrhein-westfalen").name_en == "North Rhine-Westphalia"
    assert set(MunicipalityCategory.objects.values_list("key", flat=True)) == {
        "grossstadt",
        "mittelstadt",
        "kleinstadt_landgemeinde",
        "interkommunal_landkreis",
    }
    assert set(Phase.objects.values_list("key", flat=True)) == {"strategie", "umsetzung"}
    assert Topic.objects.count() == 14
    for model in (FederalState, MunicipalityCategory, Phase, Topic):
        assert not model.objects.filter(name_de="").exists()
        assert not model.objects.filter(name_en="").exists()


def test_funding_round_facts(model_projects):
    round_2020 = FundingRound.objects.get(year=2020)
    assert round_2020.applications == 86
    assert round_2020.motto_de == "Gemeinwohl und Netzwerkstadt/Stadtnetzwerk"
    assert str(round_2020.announced_on) == "2020-09-08"
    round_2021 = FundingRound.objects.get(year=2021)
    assert round_2021.budget_eur == 300_000_000
    assert round_2021.applications == 94
    assert str(round_2021.announced_on) == "2021-07-15"


def test_second_run_changes_nothing(model_projects):
    before = {p.slug: p.updated_at for p in ModelProject.objects.all()}
    output = StringIO()
    result = load_model_projects(stdout=output)
    assert result == {"created": 0, "updated": 0, "unchanged": 73}
    assert "0 created, 0 updated, 73 unchanged" in output.getvalue()
    assert {p.slug: p.updated_at for p in ModelProject.objects.all()} == before
    assert FederalState.objects.count() == 16


def test_official_fields_follow_the_csv_and_editors_changes_survive(model_projects):
    berlin = ModelProject.objects.get(slug="berlin")
    berlin.name = "Berlin (typo)"
    berlin.summary_de = "Von der Redaktion geschrieben."
    berlin.is_demo_content = False
    berlin.save()
    topic = Topic.objects.get(key="app")
    topic.name_de = "Apps"
    topic.sort_order = 999
    topic.save()

    result = load_model_projects()

    assert result == {"created": 0, "updated": 1, "unchanged": 72}
    berlin.refresh_from_db()
    assert berlin.name == "Berlin"
    assert berlin.summary_de == "Von der Redaktion geschrieben."
    assert berlin.is_demo_content is False
    topic.refresh_from_db()
    assert (topic.name_de, topic.sort_order) == ("Apps", 999)


def test_invented_values_are_flagged_plausible_and_deterministic(model_projects):
    projects = ModelProject.objects.select_related("phase").prefetch_related("topics")
    for project in projects:
        assert project.is_demo_content
        assert project.summary_de and project.summary_en and project.vision_de
        assert project.summary_de != project.summary_en
        assert project.phase is not None
        assert 2 <= len(project.topics.all()) <= 4

    row = read_model_project_rows(
        years={2019, 2020, 2021},
        category_keys={
            "grossstadt",
            "mittelstadt",
            "kleinstadt_landgemeinde",
            "interkommunal_landkreis",
        },
        state_names=set(FederalState.objects.values_list("name_de", flat=True)),
    )[0]
    kwargs = {
        "topics": list(Topic.objects.order_by("key")),
        "phases": {p.key: p for p in Phase.objects.all()},
        "state": FederalState.objects.get(name_de=row.state_name),
    }
    values, _topics = demo_values(row, **kwargs)
    assert demo_values(row, **kwargs) == (values, _topics)
    # Only texts, a phase and topics are invented; no figures about the real places.
    assert set(values) == {"summary_de", "summary_en", "vision_de", "vision_en", "phase"}


def test_partner_list_accepts_lines_and_semicolons():
    project = ModelProject(partners="Olpe;Soest\nMenden\n\n ; Bad Berleburg ")
    assert project.partner_list == ["Olpe", "Soest", "Menden", "Bad Berleburg"]
    assert ModelProject(partners="").partner_list == []


def write_csv(path, rows, header=MODEL_PROJECT_COLUMNS):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_invalid_csv_is_rejected_with_every_problem_and_nothing_written(model_projects, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["neu", "Neu", "Neu", "2019", "grossstadt", "Berlin", "52.5", "13.4", ""],
            ["Bad Slug", "X", "X", "2019", "grossstadt", "Berlin", "52.5", "13.4", ""],
            ["neu", "Dup", "Dup", "2018", "metropole", "Atlantis", "52.5", "13.4", ""],
            ["swapped", "S", "S", "2020", "mittelstadt", "Bayern", "11.5", "48.1", ""],
            ["nan", "N", "N", "2020", "mittelstadt", "Bayern", "abc", "", ""],
        ],
    )
    with pytest.raises(ModelProjectDataError) as error:
        load_model_projects(path=path)
    message = str(error.value)
    for expected in (
        "line 3: invalid slug",
        "line 4: duplicate slug",
        "unknown funding round '2018'",
        "unknown category 'metropole'",
        "unknown federal state 'Atlantis'",
        "line 5: coordinates 11.5, 48.1 lie outside Germany",
        "line 6: coordinates are not numbers",
    ):
        assert expected in message
    assert not ModelProject.objects.filter(slug="neu").exists()


def test_wrong_header_is_rejected(tmp_path):
    path = write_csv(tmp_path / "bad.csv", [], header=["slug", "name"])
    with pytest.raises(ModelProjectDataError, match="header"):
        load_model_projects(path=path)


def test_management_command_reports_counts(model_projects):
    from django.core.management import call_command

    output = StringIO()
    call_command("load_model_projects", stdout=output)
    assert "model projects: 0 created, 0 updated, 73 unchanged" in output.getvalue()
