"""Import limits: files that claim or hold too much are refused before they are read in
full, with a clear error, in bounded memory, and nothing is written.

The files are built here. Work is measured deterministically: peak memory with
``tracemalloc`` and, for the header check, the number of cells looked at.
"""

import io
import re
import tracemalloc
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from measures import importing
from measures.importing import COLUMN_KEYS, MAX_COLUMNS, MAX_FILE_SIZE, MAX_ROWS, import_measures

from .test_import import row, snapshot, to_csv, to_xlsx

MEMORY_LIMIT = 50 * 1024 * 1024  # bytes of peak Python allocations during one import


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def messages(result):
    return [str(error) for error in result.errors]


def import_measuring_memory(data, name, **options):
    """Run an import that would write (``publish=True``); return it and its peak memory."""
    tracemalloc.start()
    try:
        result = import_measures(data, name, publish=True, **options)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def huge_sheet():
    """A valid table plus one cell at XFD1048576: the sheet declares 1,048,576 rows and
    16,384 columns (A1:XFD1048576) in a file of a few KB."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMN_KEYS)
    sheet.append([row()[key] for key in COLUMN_KEYS])
    sheet["XFD1048576"] = "x"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def without_dimension(data):
    """The same workbook without the sheet's ``<dimension>`` element (it is optional)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                content, count = re.subn(rb"<dimension [^>]*/>", b"", content)
                assert count == 1
            target.writestr(info.filename, content)
    return out.getvalue()


# -- Excel -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_xlsx_declaring_a_huge_sheet_is_refused_in_bounded_memory(measures_before):
    data = huge_sheet()
    assert len(data) < 10_000

    result, peak = import_measuring_memory(data, "riesig.xlsx")

    assert not result.ok and not result.written
    assert messages(result) == [
        "The first worksheet extends to cell XFD1048576 (1048576 rows, 16384 columns); an "
        f"import may have at most {MAX_ROWS} data rows and {MAX_COLUMNS} columns. Delete the "
        "rows and columns after the table, or copy the table into a new workbook."
    ]
    assert peak < MEMORY_LIMIT
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_xlsx_without_a_declared_size_is_read_only_up_to_the_limits(measures_before):
    """Without ``<dimension>`` the rows are streamed with fixed bounds: the row after the
    limit is enough to refuse the file."""
    data = without_dimension(huge_sheet())

    result, peak = import_measuring_memory(data, "riesig.xlsx")

    assert not result.ok and not result.written
    assert messages(result) == [
        f"The file has more than {MAX_ROWS} data rows; an import may have at most "
        f"{MAX_ROWS}. Split it into several files."
    ]
    assert peak < MEMORY_LIMIT
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_xlsx_with_too_many_columns_is_refused(measures_before):
    cells = [row()[key] for key in COLUMN_KEYS]
    wide = cells + [None] * (MAX_COLUMNS - len(cells)) + ["zu breit"]  # column MAX_COLUMNS + 1

    declared = import_measures(to_xlsx([wide]), "breit.xlsx", publish=True)
    undeclared = import_measures(without_dimension(to_xlsx([wide])), "breit.xlsx", publish=True)

    assert "(2 rows, 61 columns)" in messages(declared)[0]
    assert f"at most {MAX_ROWS} data rows and {MAX_COLUMNS} columns" in messages(declared)[0]
    assert messages(undeclared) == [
        f"Row 2: this row has values beyond column BH; a file may have at most {MAX_COLUMNS} "
        "columns."
    ]
    assert not declared.written and not undeclared.written
    assert snapshot() == measures_before


@pytest.mark.django_db
@pytest.mark.parametrize(("cell", "row_number"), [("GR2", 2), ("XFD2", 2), ("GR1", 1)])
def test_xlsx_value_far_beyond_the_columns_is_refused_without_a_declared_size(
    measures_before, cell, row_number
):
    """Rows are cut at ``MAX_COLUMNS + 1`` when read; a value further right must still
    be found, not dropped."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMN_KEYS)
    sheet.append([row()[key] for key in COLUMN_KEYS])
    sheet[cell] = "weit rechts"
    out = io.BytesIO()
    workbook.save(out)

    result, peak = import_measuring_memory(without_dimension(out.getvalue()), "breit.xlsx")

    assert messages(result) == [
        f"Row {row_number}: this row has values beyond column BH; a file may have at most "
        f"{MAX_COLUMNS} columns."
    ]
    assert not result.written
    assert peak < MEMORY_LIMIT
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_xlsx_within_the_limits_is_imported(world, monkeypatch):
    """The limits count spreadsheet rows and columns, so a full sheet is fine."""
    monkeypatch.setattr(importing, "MAX_ROWS", 2)
    monkeypatch.setattr(importing, "MAX_COLUMNS", len(COLUMN_KEYS))
    rows = [row(slug="eins"), row(slug="zwei")]

    assert import_measures(to_xlsx(rows), "passt.xlsx", dry_run=True).created == 2
    too_long = to_xlsx([*rows, row(slug="drei")])
    declared = import_measures(too_long, "zu-lang.xlsx")
    undeclared = import_measures(without_dimension(too_long), "zu-lang.xlsx")
    assert "extends to cell W4 (4 rows, 23 columns)" in messages(declared)[0]
    assert messages(undeclared) == [
        "The file has more than 2 data rows; an import may have at most 2. Split it into "
        "several files."
    ]


@pytest.mark.django_db
def test_xlsx_that_unpacks_to_too_much_is_refused(world, monkeypatch):
    data = to_xlsx([row()])
    unpacked = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    monkeypatch.setattr(importing, "MAX_UNPACKED_SIZE", unpacked - 1)

    result = import_measures(data, "gepackt.xlsx")

    assert messages(result) == [
        "The workbook unpacks to more than 0 MB; an import may unpack to at most 0 MB."
    ]


# -- CSV -------------------------------------------------------------------------------


@pytest.fixture
def measures_before(world):
    world.measure(slug="vorhanden")
    return snapshot()


@pytest.fixture
def cells_looked_at(monkeypatch):
    """Counts the cells the import turns into text (every check of a cell does)."""
    calls = []
    as_text = importing._as_text

    def counting(value):
        calls.append(1)
        return as_text(value)

    monkeypatch.setattr(importing, "_as_text", counting)
    return calls


@pytest.mark.django_db
def test_csv_with_unnamed_header_columns_is_refused_up_front(measures_before, cells_looked_at):
    """Empty header cells between named columns are refused before a data row is read
    (they used to be checked against every row: quadratic in the size of the file)."""
    header = [*COLUMN_KEYS[:3], "", "", *COLUMN_KEYS[3:], "", *[""] * 5]  # trailing: ignored
    good = row()
    data_rows = [[good.get(key, "") for key in header] for _ in range(5_000)]

    result = import_measures(to_csv(data_rows, header=header), "ohne-namen.csv", publish=True)

    assert messages(result) == [
        "Row 1: the header has columns without a name: D, E. Give every column its key from "
        "the import format, or delete the empty columns."
    ]
    assert len(cells_looked_at) < 100  # the header, no data row
    assert not result.written
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_csv_with_many_unnamed_columns_is_refused_in_bounded_work(measures_before, cells_looked_at):
    """A file like the one that took seconds: hundreds of unnamed columns, many rows."""
    header = [*[""] * 300, *COLUMN_KEYS]
    data = to_csv([[""] * len(header)] * 700, header=header)
    assert len(data) > 200_000

    result, peak = import_measuring_memory(data, "leer.csv")

    assert messages(result) == [
        f"Row 1: the header has {len(header)} columns; a file may have at most {MAX_COLUMNS} "
        "columns."
    ]
    assert len(cells_looked_at) < 100
    assert peak < MEMORY_LIMIT
    assert not result.written
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_csv_with_too_many_rows_is_refused(measures_before):
    data = to_csv([["x"]] * (MAX_ROWS + 1))

    result, peak = import_measuring_memory(data, "lang.csv")

    assert messages(result) == [
        f"The file has more than {MAX_ROWS} data rows; an import may have at most "
        f"{MAX_ROWS}. Split it into several files."
    ]
    assert peak < MEMORY_LIMIT
    assert not result.written
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_csv_row_with_too_many_columns_is_refused(measures_before):
    good = [row()[key] for key in COLUMN_KEYS]
    wide = good + [""] * (MAX_COLUMNS - len(good)) + ["zu breit"]

    result = import_measures(to_csv([good, wide, good]), "breit.csv", publish=True)

    assert messages(result) == [
        f"Row 3: this row has values beyond column BH; a file may have at most {MAX_COLUMNS} "
        "columns."
    ]
    assert not result.written
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_csv_rows_within_the_limits_are_imported(world, monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 2)
    header = [*COLUMN_KEYS, "", ""]  # trailing empty header cells are no columns

    result = import_measures(
        to_csv([row(slug="eins"), row(slug="zwei")], header=header), "passt.csv", dry_run=True
    )

    assert result.ok, messages(result)
    assert result.created == 2


@pytest.mark.django_db
def test_file_larger_than_the_limit_is_refused_before_parsing(measures_before, cells_looked_at):
    data = to_csv([row()]) + b"x" * MAX_FILE_SIZE

    result = import_measures(data, "gross.csv", publish=True)

    assert messages(result) == [f"The file is larger than {MAX_FILE_SIZE // 1024 // 1024} MB."]
    assert cells_looked_at == []
    assert snapshot() == measures_before


# -- the command and the German messages -----------------------------------------------


@pytest.mark.django_db
def test_command_dry_run_refuses_the_huge_workbook(measures_before, tmp_path):
    path = tmp_path / "riesig.xlsx"
    path.write_bytes(huge_sheet())
    err = io.StringIO()

    with pytest.raises(CommandError, match="1 error"):
        call_command("import_measures", str(path), "--dry-run", stdout=io.StringIO(), stderr=err)

    assert "extends to cell XFD1048576" in err.getvalue()
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_command_reads_no_more_than_the_size_limit(measures_before, tmp_path, monkeypatch):
    path = tmp_path / "gross.csv"
    path.write_bytes(to_csv([row()]) + b"x" * MAX_FILE_SIZE)
    read = []
    original = importing.read_table

    def recording(data, filename=""):
        read.append(len(data))
        return original(data, filename)

    monkeypatch.setattr(importing, "read_table", recording)
    err = io.StringIO()

    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_measures", str(path), stdout=io.StringIO(), stderr=err)

    assert read == [MAX_FILE_SIZE + 1]
    assert "larger than 10 MB" in err.getvalue()
    assert snapshot() == measures_before


@pytest.mark.django_db
def test_limit_messages_in_german(world):
    header = [*COLUMN_KEYS[:3], "", *COLUMN_KEYS[3:]]
    with translation.override("de"):
        unnamed = import_measures(to_csv([row()], header=header), "f.csv")
        huge = import_measures(huge_sheet(), "f.xlsx")
        assert messages(unnamed) == [
            "Zeile 1: die Kopfzeile hat Spalten ohne Namen: D. Geben Sie jeder Spalte ihren "
            "Schlüssel aus dem Importformat oder löschen Sie die leeren Spalten."
        ]
        assert messages(huge)[0].startswith(
            "Das erste Tabellenblatt reicht bis zur Zelle XFD1048576"
        )
