"""The semi-annual measures import: validation, drafts or publishing, round trip."""

import csv
import datetime
import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry, Revision

from measures.importing import COLUMN_KEYS, export_measures, import_measures
from measures.models import Measure

TEMPLATE = Path(__file__).resolve().parent.parent / "data" / "import-template.csv"


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English (the German translations live in locale/)."""
    with translation.override("en"):
        yield


def row(**values):
    """A valid row for the ``world`` fixture; keyword arguments override cells."""
    cells = {
        "slug": "neue-massnahme",
        "model_project": "test-alpha",
        "title_de": "Neue Maßnahme",
        "title_en": "New measure",
        "summary_de": "Kurzbeschreibung.",
        "summary_en": "Short summary.",
        "description_de": "<p>Beschreibung.</p>",
        "description_en": "",
        "goals_de": "Ziel eins\nZiel zwei",
        "goals_en": "",
        "fields_of_action": "mobilitaet; energie",
        "spatial_effect": "quartier",
        "status": "geplant",
        "topics": "app",
        "technologies": "LoRaWAN, FIWARE",
        "start_date": "2024-01-15",
        "end_date": "2026-12-31",
        "repository_url": "https://gitlab.opencode.de/beispiel",
        "licence": "EUPL-1.2",
        "contact_name": "Projektbüro",
        "contact_email": "projekt@example.org",
        "last_updated": "2026-05-01",
        "is_demo_content": "false",
    }
    cells.update(values)
    return cells


def to_csv(rows, header=None, delimiter=",", encoding="utf-8"):
    header = header or COLUMN_KEYS
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for cells in rows:
        writer.writerow(
            [cells.get(key, "") for key in header] if isinstance(cells, dict) else cells
        )
    return out.getvalue().encode(encoding)


def to_xlsx(rows, header=None):
    from openpyxl import Workbook

    header = header or COLUMN_KEYS
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for cells in rows:
        sheet.append([cells.get(key) for key in header] if isinstance(cells, dict) else cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_bytes(file_format="csv"):
    if file_format == "xlsx":
        out = io.BytesIO()
        export_measures(out, "xlsx")
        return out.getvalue()
    out = io.StringIO()
    export_measures(out, "csv")
    return out.getvalue().encode("utf-8")


def snapshot():
    """Everything an import could change, to prove that nothing did."""
    return (
        sorted(
            Measure.objects.values_list(
                "slug", "title_de", "live", "has_unpublished_changes", "last_updated"
            )
        ),
        sorted(
            Measure.fields_of_action.through.objects.values_list("measure_id", "fieldofaction_id")
        ),
        Revision.objects.count(),
        ModelLogEntry.objects.count(),
    )


def errors_of(result):
    return {(error.row, error.column) for error in result.errors}


@pytest.fixture
def measures(world):
    """Three measures: one live, one live with a pending draft, one never published."""
    w = world
    w.measure(
        "live",
        slug="radweg",
        title_de="Radweg",
        description_de="<p>Ein <b>sicherer</b> Radweg.</p><ul><li>eins</li></ul>",
        goals_de="- schneller\n= sicherer",
        fields=("mobilitaet", "energie"),
        topics=("app", "sensorik"),
        start_date=datetime.date(2023, 4, 1),
        contact_email="rad@example.org",
        technologies="=SUMME(A1), GPS",
    )
    draft = w.measure("drafted", slug="sensoren", title_de="Sensoren (live)")
    draft.title_de = "Sensoren (Entwurf)"
    draft.save_revision()
    w.measure("unpublished", slug="entwurf", title_de="Nie veröffentlicht", live=False)
    return w


# -- round trip ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_import_changes_nothing(measures, file_format):
    data = export_bytes(file_format)
    before = snapshot()

    result = import_measures(data, f"measures.{file_format}")

    assert result.ok, [str(e) for e in result.errors]
    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert result.changed == 0
    assert snapshot() == before


@pytest.mark.django_db
def test_export_uses_latest_version_and_import_format(measures):
    rows = list(csv.DictReader(io.StringIO(export_bytes().decode("utf-8-sig"))))
    by_slug = {r["slug"]: r for r in rows}

    assert list(rows[0].keys()) == COLUMN_KEYS
    assert by_slug["sensoren"]["title_de"] == "Sensoren (Entwurf)"  # the draft
    assert by_slug["radweg"]["fields_of_action"] in ("mobilitaet; energie", "energie; mobilitaet")
    assert by_slug["radweg"]["model_project"] == "test-alpha"
    assert by_slug["radweg"]["start_date"] == "2023-04-01"
    # Cells that spreadsheet programs would run as formulas are defused ...
    assert by_slug["radweg"]["technologies"].startswith("'=")
    assert by_slug["radweg"]["goals_de"].startswith("'-")


@pytest.mark.django_db
def test_command_round_trip(measures, tmp_path):
    for file_format in ("csv", "xlsx"):
        path = tmp_path / f"export.{file_format}"
        call_command("export_measures", str(path), stderr=io.StringIO())
        out = io.StringIO()
        call_command("import_measures", str(path), stdout=out, stderr=io.StringIO())
        assert "0 created, 0 updated, 3 unchanged (0 changed)" in out.getvalue()


# -- writing ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_changes_become_drafts(measures):
    data = to_csv(
        [
            row(),
            row(
                slug="radweg",
                title_de="Radweg (neu)",
                fields_of_action="mobilitaet; energie",
                topics="app; sensorik",
            ),
        ]
    )
    live = Measure.objects.get(slug="radweg")
    live_values = (live.title_de, live.summary_de)

    result = import_measures(data, "file.csv")

    assert result.ok, [str(e) for e in result.errors]
    assert (result.created, result.updated, result.unchanged) == (1, 1, 0)
    created = Measure.objects.get(slug="neue-massnahme")
    assert not created.live
    assert created.has_unpublished_changes
    assert created.revisions.count() == 1
    assert sorted(created.fields_of_action.values_list("key", flat=True)) == [
        "energie",
        "mobilitaet",
    ]
    assert created.get_latest_revision_as_object().title_de == "Neue Maßnahme"

    live.refresh_from_db()
    assert live.live
    assert (live.title_de, live.summary_de) == live_values  # the public version is untouched
    assert live.has_unpublished_changes
    assert live.get_latest_revision_as_object().title_de == "Radweg (neu)"
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(created.pk)).exists()
    assert ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(live.pk)).exists()


@pytest.mark.django_db
def test_publish_option_publishes(measures):
    user = get_user_model().objects.create_user("importer", password="x")
    data = to_csv([row(), row(slug="radweg", title_de="Radweg (neu)", topics="app; sensorik")])

    result = import_measures(data, "file.csv", publish=True, user=user)

    assert result.ok, [str(e) for e in result.errors]
    created = Measure.objects.get(slug="neue-massnahme")
    updated = Measure.objects.get(slug="radweg")
    assert created.live and not created.has_unpublished_changes
    assert updated.live and updated.title_de == "Radweg (neu)"
    assert not updated.has_unpublished_changes
    assert updated.live_revision.user == user
    assert ModelLogEntry.objects.filter(
        action="wagtail.publish", object_id=str(updated.pk)
    ).exists()


@pytest.mark.django_db
def test_unchanged_rows_are_not_touched_and_last_updated_defaults_to_today(measures):
    data = export_bytes()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    for cells in rows:
        if cells["slug"] == "radweg":
            cells["summary_de"] = "Geänderte Kurzbeschreibung."
            cells["last_updated"] = ""
        if cells["slug"] == "entwurf":
            cells["last_updated"] = ""  # empty date alone is no change
    revisions = Revision.objects.count()

    result = import_measures(to_csv(rows), "file.csv")

    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    assert result.changed_rows()[0].changed == ["summary_de"]
    assert Revision.objects.count() == revisions + 1
    draft = Measure.objects.get(slug="radweg").get_latest_revision_as_object()
    assert draft.last_updated == timezone.localdate()  # the site's day, not the host's


@pytest.mark.django_db
def test_plain_text_description_becomes_paragraphs_and_markup_is_limited(world):
    data = to_csv(
        [
            row(slug="text", description_de="Erster Absatz & mehr.\n\nZweiter Absatz."),
            row(slug="html", description_de="<p>Gut</p><script>alert(1)</script><h2>Zu groß</h2>"),
        ]
    )
    result = import_measures(data, "file.csv", publish=True)
    assert result.ok, [str(e) for e in result.errors]
    text = Measure.objects.get(slug="text").description_de
    assert text == "<p>Erster Absatz &amp; mehr.</p><p>Zweiter Absatz.</p>"
    html = Measure.objects.get(slug="html").description_de
    assert "<script" not in html and "<h2" not in html
    # Importing the same file again is no change.
    assert import_measures(data, "file.csv").changed == 0


@pytest.mark.django_db
def test_lenient_input_forms(world):
    data = to_csv(
        [
            row(
                start_date="15.01.2024",  # German date
                status="Geplant",  # name instead of key
                fields_of_action="Energie;mobilitaet",
                is_demo_content="ja",
            )
        ],
        delimiter=";",
    )
    result = import_measures(b"\xef\xbb\xbf" + data, "file.csv", publish=True)
    assert result.ok, [str(e) for e in result.errors]
    measure = Measure.objects.get(slug="neue-massnahme")
    assert measure.start_date == datetime.date(2024, 1, 15)
    assert measure.status.key == "geplant"
    assert measure.is_demo_content


@pytest.mark.django_db
def test_xlsx_with_date_cells(world):
    data = to_xlsx([row(start_date=datetime.datetime(2024, 1, 15), is_demo_content=True)])
    result = import_measures(data, "file.xlsx", publish=True)
    assert result.ok, [str(e) for e in result.errors]
    assert Measure.objects.get(slug="neue-massnahme").start_date == datetime.date(2024, 1, 15)


@pytest.mark.django_db
def test_template_file_is_valid():
    from measures.demo.loader import load_measure_taxonomies

    load_measure_taxonomies()
    result = import_measures(TEMPLATE.read_bytes(), TEMPLATE.name, dry_run=True)
    assert result.ok, [str(e) for e in result.errors]
    assert result.created == 1
    header = TEMPLATE.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header == COLUMN_KEYS


# -- nothing is written unless everything is valid -------------------------------------


@pytest.mark.django_db
def test_dry_run_writes_nothing(measures):
    before = snapshot()
    data = to_csv([row(), row(slug="radweg", title_de="Radweg (neu)")])

    result = import_measures(data, "file.csv", dry_run=True)

    assert result.ok and not result.written
    assert (result.created, result.updated) == (1, 1)
    assert snapshot() == before


@pytest.mark.django_db
def test_faulty_file_changes_nothing(measures):
    before = snapshot()
    data = to_csv(
        [
            row(),  # valid, new
            row(slug="radweg", title_de="Radweg (neu)", fields_of_action="bildung"),  # valid
            row(slug="kaputt", start_date="gestern"),  # invalid
        ]
    )

    result = import_measures(data, "file.csv", publish=True)

    assert not result.ok and not result.written
    assert errors_of(result) == {(4, "start_date")}
    assert snapshot() == before


@pytest.mark.django_db
def test_command_dry_run_and_errors(measures, tmp_path):
    good = tmp_path / "good.csv"
    good.write_bytes(to_csv([row()]))
    out, err = io.StringIO(), io.StringIO()
    call_command("import_measures", str(good), "--dry-run", stdout=out, stderr=err)
    assert "Dry run, nothing written: 1 created, 0 updated, 0 unchanged" in out.getvalue()
    assert "1/1" in err.getvalue()  # the progress bar
    assert not Measure.objects.filter(slug="neue-massnahme").exists()

    bad = tmp_path / "bad.csv"
    bad.write_bytes(to_csv([row(model_project="nirgendwo")]))
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_measures", str(bad), stdout=io.StringIO(), stderr=err)
    assert "Row 2, column model_project: unknown model project" in err.getvalue()

    call_command("import_measures", str(good), "--publish", stdout=out, stderr=io.StringIO())
    assert Measure.objects.get(slug="neue-massnahme").live


# -- validation: every case reports row and column --------------------------------------


ROW_CASES = {
    "missing slug": ({"slug": ""}, "slug"),
    "invalid slug": ({"slug": "keine gültige ID"}, "slug"),
    "overlong slug": ({"slug": "a" * 256}, "slug"),
    "missing model project": ({"model_project": ""}, "model_project"),
    "unknown model project": ({"model_project": "atlantis"}, "model_project"),
    "missing German title": ({"title_de": ""}, "title_de"),
    "overlong title": ({"title_de": "x" * 256}, "title_de"),
    "overlong English title": ({"title_en": "x" * 256}, "title_en"),
    "missing summary": ({"summary_de": "  "}, "summary_de"),
    "missing fields of action": ({"fields_of_action": ""}, "fields_of_action"),
    "unknown field of action": ({"fields_of_action": "mobilitaet; raumfahrt"}, "fields_of_action"),
    "unknown spatial effect": ({"spatial_effect": "weltweit"}, "spatial_effect"),
    "unknown status": ({"status": "vielleicht"}, "status"),
    "unknown topic": ({"topics": "app; zauberei"}, "topics"),
    "malformed date": ({"start_date": "2024-13-01"}, "start_date"),
    "date in words": ({"end_date": "nächstes Jahr"}, "end_date"),
    "impossible German date": ({"last_updated": "31.02.2024"}, "last_updated"),
    "end before start": ({"start_date": "2025-01-01", "end_date": "2024-01-01"}, "end_date"),
    "invalid URL": ({"repository_url": "gitlab irgendwo"}, "repository_url"),
    "overlong licence": ({"licence": "L" * 101}, "licence"),
    "overlong technologies": ({"technologies": "t" * 501}, "technologies"),
    "invalid e-mail": ({"contact_email": "projekt(at)example.org"}, "contact_email"),
    "invalid boolean": ({"is_demo_content": "vielleicht"}, "is_demo_content"),
    "control characters": ({"summary_de": "Text\x07mit Klingel"}, "summary_de"),
}


# Excel files cannot hold control characters: that case is for CSV only.
CELL_CASES = [
    pytest.param(file_format, case, id=f"{file_format}-{case}")
    for file_format in ("csv", "xlsx")
    for case, (values, _column) in ROW_CASES.items()
    if file_format == "csv" or not any("\x07" in value for value in values.values())
]


@pytest.mark.django_db
@pytest.mark.parametrize(("file_format", "case"), CELL_CASES)
def test_invalid_cell(world, case, file_format):
    values, column = ROW_CASES[case]
    rows = [row(slug="erste"), row(**{"slug": "zweite", **values})]
    data = to_xlsx(rows) if file_format == "xlsx" else to_csv(rows)
    before = snapshot()

    result = import_measures(data, f"file.{file_format}", publish=True)

    assert not result.ok
    assert (3, column) in errors_of(result), [str(e) for e in result.errors]
    assert all(error.row == 3 for error in result.errors)
    assert snapshot() == before


@pytest.mark.django_db
def test_duplicate_ids(world):
    result = import_measures(to_csv([row(), row(title_de="Nochmal"), row()]), "file.csv")
    assert errors_of(result) == {(3, "slug"), (4, "slug")}
    assert "already in row 2" in result.errors[0].message


@pytest.mark.django_db
def test_wrong_encoding(world):
    data = to_csv([row(title_de="Maßnahme für Bürger")], encoding="cp1252")
    result = import_measures(data, "file.csv")
    assert not result.ok
    assert result.errors[0].row == 2
    assert "UTF-8" in result.errors[0].message


@pytest.mark.django_db
def test_unknown_missing_and_duplicate_columns(world):
    header = [key for key in COLUMN_KEYS if key != "status"] + ["bemerkung", "title_de"]
    data = to_csv([[*["x"] * len(header)]], header=header)
    result = import_measures(data, "file.csv")
    messages = [str(error) for error in result.errors]
    assert (1, "status") in errors_of(result)  # missing
    assert any("unknown column “bemerkung”" in m for m in messages)
    assert any("appears twice" in m for m in messages)
    assert all(error.row == 1 for error in result.errors)


@pytest.mark.django_db
def test_rows_with_too_many_or_too_few_cells(world):
    good = [row()[key] for key in COLUMN_KEYS]
    data = to_csv([good + ["überzählig"], good[:5]])
    result = import_measures(data, "file.csv")
    assert {error.row for error in result.errors} >= {2, 3}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"", "leer.csv", "empty"),
        (",".join(COLUMN_KEYS).encode(), "kopf.csv", "no data rows"),
        (b"PK\x03\x04kaputt", "kaputt.xlsx", "not a readable Excel workbook"),
        (b"\xd0\xcf\x11\xe0", "alt.xls", "Unsupported file type"),
        (
            b'slug,title_de\r\n"offen,ohne Ende\r\n',
            "quotes.csv",
            "CSV structure is broken",
        ),
        (b"slug\x00,title\r\n", "nul.csv", "NUL"),
    ],
)
def test_unreadable_files(world, data, name, message):
    result = import_measures(data, name)
    assert not result.ok
    assert any(message in str(error) for error in result.errors), [str(e) for e in result.errors]


@pytest.mark.django_db
def test_locked_measure_is_not_overwritten(measures):
    users = get_user_model().objects
    owner = users.create_user("owner", password="x")
    importer = users.create_user("importer", password="x")
    measure = Measure.objects.get(slug="radweg")
    measure.locked, measure.locked_by = True, owner
    measure.save(update_fields=["locked", "locked_by"])

    result = import_measures(
        to_csv([row(slug="radweg", title_de="Überschrieben")]), "f.csv", user=importer
    )

    assert errors_of(result) == {(2, "slug")}
    assert "locked" in result.errors[0].message
