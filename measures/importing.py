"""Semi-annual import and export of measures as CSV or XLSX (docs/import-format.md).

One list of columns (``COLUMNS``, declared in ``measures.record`` with the measure's other
formats) serves both directions, so that a file written by
``export_measures`` is read back by ``import_measures`` without changes ("0 changed").

Rows are matched to measures by ``slug``, the measure's stable identifier (it is also part
of the public URL and never changes once published). Every row is validated before
anything is written; a single faulty cell rejects the whole file. Writing happens in one
transaction through Wagtail's create/edit actions, so revisions, the audit log and the
moderation workflow see imported changes like edits made in the admin: by default they
become drafts, with ``publish=True`` they go live.
"""

import copy
import csv
import datetime
import functools
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email, validate_slug
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from programmes.models import ModelProject, Topic

from .models import FieldOfAction, Measure
from .record import EXCHANGE_COLUMNS

LIST_SEPARATOR = ";"
CSV_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "xlsx")

# Limits, checked before or while reading, so that a hostile or broken file is refused in
# bounded time and memory whatever size it claims (a sheet may declare XFD1048576). They
# are generous: a semi-annual report has some hundred rows and 23 columns.
MAX_FILE_SIZE = 10 * 1024 * 1024  # bytes, checked before parsing
MAX_UNPACKED_SIZE = 100 * 1024 * 1024  # bytes, all parts of an .xlsx (a ZIP) unpacked
MAX_ROWS = 20_000  # data rows (spreadsheet rows 2 to 20,001, empty rows included)
MAX_COLUMNS = 60


# The exchange format's columns are declared with the measure's other formats.
COLUMNS = EXCHANGE_COLUMNS
COLUMN_KEYS = [column.key for column in COLUMNS]
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
M2M_COLUMNS = [column for column in COLUMNS if column.kind == "choices"]
# Model fields that are not stored in the file but belong to the measure's content.
_FIELD_OF_MODEL_ERROR = {"title": "title_de", "summary": "summary_de"}

TRUE_VALUES = {"true", "wahr", "ja", "yes", "1", "x"}
FALSE_VALUES = {"false", "falsch", "nein", "no", "0", ""}
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_TAG = re.compile(r"<\s*/?\s*(p|h[1-6]|ul|ol|li|b|i|strong|em|a|br|div|span)\b", re.I)
_BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def column_letter(index):
    """Spreadsheet letter of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass
class RowError:
    """A problem with the file. ``row`` is the spreadsheet row (header = 1), ``column``
    the column key or letter; either may be ``None`` when it concerns the whole file."""

    row: int | None
    column: str | None
    message: str

    def __str__(self):
        where = []
        if self.row is not None:
            where.append(_("row %(row)s") % {"row": self.row})
        if self.column:
            where.append(_("column %(column)s") % {"column": self.column})
        prefix = ", ".join(where)
        prefix = prefix[:1].upper() + prefix[1:]
        return f"{prefix}: {self.message}" if prefix else self.message


@dataclass
class RowPlan:
    """What happens to one row: ``create``, ``update`` or ``unchanged``."""

    row: int
    slug: str
    title: str
    action: str
    changed: list = field(default_factory=list)  # column keys
    values: dict = field(default_factory=dict)
    measure: Measure | None = None  # the existing measure
    current: Measure | None = None  # its latest version (draft or live)


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    written: bool = False
    published: bool = False
    dry_run: bool = False
    format: str = ""

    @property
    def ok(self):
        return not self.errors

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self):
        return self.count("create")

    @property
    def updated(self):
        return self.count("update")

    @property
    def unchanged(self):
        return self.count("unchanged")

    @property
    def changed(self):
        return self.created + self.updated

    def changed_rows(self):
        return [row for row in self.rows if row.action != "unchanged"]


class ImportFailed(Exception):
    """Raised inside the transaction so that nothing is written."""


# -- reading ---------------------------------------------------------------------------


@dataclass
class Table:
    format: str
    header: list  # as in the file
    rows: list  # (row number, [cells])
    errors: list = field(default_factory=list)


def detect_format(filename, data):
    name = (filename or "").lower()
    if name.endswith(".xlsx") or data[:4] == b"PK\x03\x04":
        return "xlsx"
    if name.endswith((".csv", ".txt")) or not name:
        return "csv"
    return None


def read_table(data, filename=""):
    """Read the raw cells of a CSV or XLSX file; problems end up in ``table.errors``."""
    file_format = detect_format(filename, data)
    if file_format is None:
        return Table(
            "",
            [],
            [],
            [
                RowError(
                    None,
                    None,
                    _(
                        "Unsupported file type “%(name)s”. Please upload a CSV (UTF-8) "
                        "or an Excel file (.xlsx)."
                    )
                    % {"name": filename},
                )
            ],
        )
    if len(data) > MAX_FILE_SIZE:
        return Table(
            file_format,
            [],
            [],
            [
                RowError(
                    None,
                    None,
                    _("The file is larger than %(size)s MB.")
                    % {"size": MAX_FILE_SIZE // (1024 * 1024)},
                )
            ],
        )
    if not data.strip():
        return Table(file_format, [], [], [RowError(None, None, _("The file is empty."))])
    if file_format == "xlsx":
        return _read_xlsx(data)
    return _read_csv(data)


def _read_csv(data):
    table = Table("csv", [], [])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        table.errors.append(
            RowError(
                line,
                None,
                _(
                    "The file is not encoded in UTF-8 (first invalid byte in line "
                    "%(line)s). Save it as “CSV UTF-8” or upload the Excel file instead."
                )
                % {"line": line},
            )
        )
        return table
    if "\x00" in text:
        table.errors.append(
            RowError(None, None, _("The file contains NUL bytes; it is not a text file."))
        )
        return table
    first_line = text.split("\n", 1)[0]
    counts = {delimiter: first_line.count(delimiter) for delimiter in (",", ";", "\t")}
    delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 1  # the record being read; the header is 1
    try:
        header = next(reader, None)
        if header is None:
            table.errors.append(RowError(None, None, _("The file is empty.")))
            return table
        table.header = header[: _width(header)]
        table.errors.extend(_header_errors(table.header))
        if table.errors:
            return table
        number = 2
        for record in reader:
            error = _limit_error(number, record)
            if error is not None:
                table.errors.append(error)
                return table
            table.rows.append((number, [_uncsv(cell) for cell in record]))
            number += 1
    except csv.Error as error:
        table.errors.append(
            RowError(
                number,
                None,
                _("The CSV structure is broken here (%(error)s). Check the quotation marks.")
                % {"error": error},
            )
        )
    return table


def _width(cells):
    """Number of cells up to the last one that is not empty."""
    width = len(cells)
    while width and not _as_text(cells[width - 1]):
        width -= 1
    return width


def _limit_error(number, cells, *, beyond=False):
    """The error for a data row beyond ``MAX_ROWS`` or ``MAX_COLUMNS`` (``beyond``: the
    reader found a value past the columns it kept), else ``None``."""
    if number > MAX_ROWS + 1:
        return RowError(
            None,
            None,
            _(
                "The file has more than %(limit)s data rows; an import may have at most "
                "%(limit)s. Split it into several files."
            )
            % {"limit": MAX_ROWS},
        )
    if beyond or _width(cells) > MAX_COLUMNS:
        return RowError(
            number,
            None,
            _(
                "this row has values beyond column %(column)s; a file may have at most "
                "%(limit)s columns."
            )
            % {"column": column_letter(MAX_COLUMNS - 1), "limit": MAX_COLUMNS},
        )
    return None


def _header_errors(header):
    """Problems of the header row (without trailing empty cells), found before any data
    row is read: too many columns, or columns without a name."""
    if len(header) > MAX_COLUMNS:
        return [
            RowError(
                1,
                None,
                _("the header has %(count)s columns; a file may have at most %(limit)s columns.")
                % {"count": len(header), "limit": MAX_COLUMNS},
            )
        ]
    unnamed = [column_letter(index) for index, name in enumerate(header) if not _as_text(name)]
    if not unnamed:
        return []
    return [
        RowError(
            1,
            None,
            _(
                "the header has columns without a name: %(columns)s. Give every column "
                "its key from the import format, or delete the empty columns."
            )
            % {"columns": ", ".join(unnamed)},
        )
    ]


def _uncsv(cell):
    """Undo the apostrophe the export puts before cells that look like formulas."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in CSV_FORMULA_PREFIXES:
        return cell[1:]
    return cell


def _read_xlsx(data):
    from openpyxl import load_workbook

    table = Table("xlsx", [], [])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # zipfile never unpacks more than these declared sizes.
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_SIZE:
            table.errors.append(
                RowError(
                    None,
                    None,
                    _(
                        "The workbook unpacks to more than %(size)s MB; an import may "
                        "unpack to at most %(size)s MB."
                    )
                    % {"size": MAX_UNPACKED_SIZE // (1024 * 1024)},
                )
            )
            return table
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        table.errors.append(
            RowError(
                None,
                None,
                _("The file is not a readable Excel workbook (.xlsx): %(error)s")
                % {"error": error},
            )
        )
        return table
    try:
        _read_sheet(workbook.worksheets[0], table)
    finally:
        workbook.close()
    return table


def _read_sheet(sheet, table):
    """Stream the rows of a read-only worksheet into ``table``, never beyond the limits.

    The declared dimension (``<dimension ref="A1:W651"/>``) is refused when it exceeds
    the limits; it may also be missing or too small, so the rows are read with fixed
    bounds as well (openpyxl pads every row to ``max_col`` and fills gaps up to
    ``max_row``, so neither may come from the file)."""
    declared_rows, declared_columns = sheet.max_row or 0, sheet.max_column or 0
    if declared_rows > MAX_ROWS + 1 or declared_columns > MAX_COLUMNS:
        table.errors.append(
            RowError(
                None,
                None,
                _(
                    "The first worksheet extends to cell %(cell)s (%(rows)s rows, "
                    "%(columns)s columns); an import may have at most %(max_rows)s data "
                    "rows and %(max_columns)s columns. Delete the rows and columns after "
                    "the table, or copy the table into a new workbook."
                )
                % {
                    "cell": f"{column_letter(max(declared_columns, 1) - 1)}{declared_rows}",
                    "rows": declared_rows,
                    "columns": declared_columns,
                    "max_rows": MAX_ROWS,
                    "max_columns": MAX_COLUMNS,
                },
            )
        )
        return
    # ``max_col`` cuts each row before we see it; a value far to the right in a sheet
    # without a declared size would be dropped silently. The parser hands over only the
    # cells a row holds, so look at their column numbers before the cut.
    beyond = []
    cut_row = sheet._get_row

    def _get_row(cells, min_col=1, max_col=None, values_only=False):
        if any(cell["column"] > MAX_COLUMNS and _as_text(cell["value"]) for cell in cells):
            beyond.append(True)
        return cut_row(cells, min_col, max_col, values_only)

    sheet._get_row = _get_row
    rows = sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS + 1, values_only=True)
    for number, values in enumerate(rows, start=1):
        too_wide = bool(beyond)
        beyond.clear()
        if number == 1:
            if too_wide:
                table.errors.append(_limit_error(number, values, beyond=True))
                return
            header = ["" if cell is None else str(cell) for cell in values]
            table.header = header[: _width(header)]
            table.errors.extend(_header_errors(table.header))
            if table.errors:
                return
            continue
        error = _limit_error(number, values, beyond=too_wide)
        if error is not None:
            table.errors.append(error)
            return
        width = _width(values)
        if width:  # empty rows are skipped anyway
            table.rows.append((number, list(values[:width])))
    if not table.header and not table.rows:
        table.errors.append(RowError(None, None, _("The first worksheet is empty.")))


# -- cleaning --------------------------------------------------------------------------


class CellError(Exception):
    pass


@functools.cache
def _rich_text_converter():
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    return ContentstateConverter(Measure._meta.get_field("description_de").features)


def normalise_rich_text(value):
    """Rich text as the editor stores it: only the features of the description field,
    everything else reduced to text. Plain text becomes paragraphs (blank line between)."""
    if not value or not value.strip():
        return ""
    if not _HTML_TAG.search(value):
        paragraphs = re.split(r"\n\s*\n", value.strip())
        value = "".join(
            "<p>" + "<br/>".join(escape(line) for line in paragraph.split("\n")) + "</p>"
            for paragraph in paragraphs
        )
    converter = _rich_text_converter()
    html = converter.to_database_format(converter.from_database_format(value))
    html = _BLOCK_KEY.sub("", html)
    return "" if html in ("<p></p>", "") else html


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if not value.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


class RowCleaner:
    """Turns the cells of one row into model values, collecting errors per cell."""

    def __init__(self):
        self.projects = {project.slug: project for project in ModelProject.objects.all()}
        self.project_names = {
            project.name.casefold(): project.slug for project in self.projects.values()
        }
        self.options = {}
        for column in COLUMNS:
            if column.options is not None and column.options not in self.options:
                lookup = {}
                for option in column.options.objects.all():
                    for label in (option.name_de, option.name_en):
                        if label:
                            lookup.setdefault(label.casefold(), option)
                # Keys win over names.
                for option in column.options.objects.all():
                    lookup[option.key.casefold()] = option
                self.options[column.options] = lookup
        self.url_validator = URLValidator()

    def clean(self, column, raw):
        method = getattr(self, f"clean_{column.kind}")
        if column.kind not in ("date", "bool"):
            text = _as_text(raw)
            if _CONTROL_CHARACTERS.search(text):
                raise CellError(_("contains control characters; remove them."))
            if column.required and not text:
                raise CellError(_("is required but empty."))
            return method(column, text)
        return method(column, raw)

    def _check_length(self, column, text):
        if column.max_length and len(text) > column.max_length:
            raise CellError(
                _("is %(length)s characters long; at most %(max)s are allowed.")
                % {"length": len(text), "max": column.max_length}
            )

    def clean_text(self, column, text):
        self._check_length(column, text)
        return text

    def clean_richtext(self, column, text):
        return text  # normalised later, and only where it differs from the stored value

    def clean_slug(self, column, text):
        self._check_length(column, text)
        try:
            validate_slug(text)
        except ValidationError as error:
            raise CellError(
                _("“%(value)s” is not a valid ID: use only a-z, 0-9, hyphens and underscores.")
                % {"value": text}
            ) from error
        return text

    def clean_project(self, column, text):
        project = self.projects.get(text) or self.projects.get(text.lower())
        if project is None:
            hint = ""
            if text.casefold() in self.project_names:
                hint = " " + _("Did you mean “%(slug)s”?") % {
                    "slug": self.project_names[text.casefold()]
                }
            raise CellError(_("unknown model project “%(value)s”.") % {"value": text[:80]} + hint)
        return project

    def _option(self, column, value):
        option = self.options[column.options].get(value.casefold())
        if option is None:
            keys = ", ".join(sorted(o.key for o in column.options.objects.all())[:30])
            raise CellError(
                _("unknown value “%(value)s” (allowed: %(keys)s).")
                % {"value": value[:80], "keys": keys}
            )
        return option

    def clean_choice(self, column, text):
        return self._option(column, text) if text else None

    def clean_choices(self, column, text):
        values = [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]
        options, errors = [], []
        for value in values:
            try:
                option = self._option(column, value)
            except CellError as error:
                errors.append(str(error))
                continue
            if option not in options:
                options.append(option)
        if errors:
            raise CellError(" ".join(errors))
        if column.required and not options:
            raise CellError(_("is required but empty."))
        return options

    def clean_date(self, column, raw):
        if raw is None or raw == "":
            return None
        if isinstance(raw, datetime.datetime):
            return raw.date()
        if isinstance(raw, datetime.date):
            return raw
        text = _as_text(raw)
        if not text:
            return None
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
        match = _GERMAN_DATE.match(text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return datetime.date(year, month, day)
            except ValueError:
                pass
        raise CellError(
            _("“%(value)s” is not a valid date; use YYYY-MM-DD (e.g. 2026-03-31).")
            % {"value": text[:40]}
        )

    def clean_url(self, column, text):
        if not text:
            return ""
        self._check_length(column, text)
        try:
            self.url_validator(text)
        except ValidationError as error:
            raise CellError(_("“%(value)s” is not a valid URL.") % {"value": text[:80]}) from error
        return text

    def clean_email(self, column, text):
        if not text:
            return ""
        self._check_length(column, text)
        try:
            validate_email(text)
        except ValidationError as error:
            raise CellError(
                _("“%(value)s” is not a valid e-mail address.") % {"value": text[:80]}
            ) from error
        return text

    def clean_bool(self, column, raw):
        if isinstance(raw, bool):
            return raw
        text = _as_text(raw).casefold()
        if text in TRUE_VALUES:
            return True
        if text in FALSE_VALUES:
            return False
        raise CellError(_("“%(value)s” is not “true” or “false”.") % {"value": text[:20]})


def _check_header(table):
    """Map column keys to positions; every column must be there exactly once."""
    errors, positions = [], {}
    for index, name in enumerate(table.header):
        key = unicodedata.normalize("NFC", _as_text(name)).strip().lstrip("\ufeff").lower()
        letter = column_letter(index)
        if not key:
            continue  # refused by _header_errors() while reading
        if key not in COLUMNS_BY_KEY:
            errors.append(RowError(1, letter, _("unknown column “%(name)s”.") % {"name": key[:80]}))
        elif key in positions:
            errors.append(
                RowError(1, letter, _("the column “%(name)s” appears twice.") % {"name": key})
            )
        else:
            positions[key] = index
    for key in COLUMN_KEYS:
        if key not in positions:
            errors.append(RowError(1, key, _("the column “%(name)s” is missing.") % {"name": key}))
    return positions, errors


# -- planning and writing --------------------------------------------------------------


def _existing_measures(slugs):
    return {
        measure.slug: measure
        for measure in Measure.objects.filter(slug__in=slugs)
        .select_related("model_project", "spatial_effect", "status", "locked_by")
        .prefetch_related(
            Prefetch("fields_of_action", queryset=FieldOfAction.objects.order_by("pk")),
            Prefetch("topics", queryset=Topic.objects.order_by("pk")),
        )
    }


def _current_value(current, column):
    if column.kind == "choices":
        return getattr(current, column.field_name).all()
    return getattr(current, column.field_name)


def _differs(column, new, old):
    if column.kind == "choices":
        return sorted(o.pk for o in new) != sorted(o.pk for o in old)
    if column.kind in ("project", "choice"):
        return (new.pk if new else None) != (old.pk if old else None)
    if column.kind == "richtext":
        old = old or ""
        if new == old:
            return False
        return normalise_rich_text(new) != normalise_rich_text(old)
    if column.kind == "text":
        return new != (old or "")
    return new != old


class MeasureImporter:
    """Validate a file and (unless it is a dry run) write it in one transaction.

    ``progress(done, total, stage)`` is called while rows are checked and written.
    ``user`` becomes the author of the revisions; without a user (the command) locks
    are not checked.
    """

    def __init__(self, *, user=None, publish=False, dry_run=False, progress=None, today=None):
        self.user = user
        self.publish = publish
        self.dry_run = dry_run
        self.progress: Callable | None = progress
        self.today = today or timezone.localdate()

    def _progress(self, done, total, stage):
        if self.progress is not None:
            self.progress(done, total, stage)

    def run(self, data, filename=""):
        result = ImportResult(published=self.publish, dry_run=self.dry_run)
        table = read_table(data, filename)
        result.format = table.format
        result.errors.extend(table.errors)
        if result.errors:
            return result
        positions, header_errors = _check_header(table)
        if header_errors:
            result.errors.extend(header_errors)
            return result
        rows = [(number, cells) for number, cells in table.rows if any(_as_text(c) for c in cells)]
        if not rows:
            result.errors.append(RowError(None, None, _("The file has no data rows.")))
            return result
        try:
            with transaction.atomic():
                self._plan(rows, positions, len(table.header), result)
                if result.errors:
                    raise ImportFailed
                if not self.dry_run:
                    self._write(result)
                    result.written = True
        except ImportFailed:
            result.written = False
        return result

    def _plan(self, rows, positions, header_width, result):
        cleaner = RowCleaner()
        slugs = []
        for _number, cells in rows:
            index = positions["slug"]
            slugs.append(_as_text(cells[index]) if index < len(cells) else "")
        existing = _existing_measures([slug for slug in slugs if slug])
        seen = {}
        total = len(rows)
        for done, (number, cells) in enumerate(rows, start=1):
            self._progress(done - 1, total, "check")
            errors = []
            extra = [cell for cell in cells[header_width:] if _as_text(cell)]
            if extra:
                errors.append(
                    RowError(
                        number,
                        column_letter(header_width),
                        _("this row has more cells (%(count)s) than the header has columns.")
                        % {"count": len(cells)},
                    )
                )
            elif result.format == "csv" and len(cells) < header_width:
                errors.append(
                    RowError(
                        number,
                        None,
                        _("this row has %(count)s cells, the header %(expected)s columns.")
                        % {"count": len(cells), "expected": header_width},
                    )
                )
            values = {}
            for column in COLUMNS:
                index = positions[column.key]
                raw = cells[index] if index < len(cells) else None
                try:
                    values[column.key] = cleaner.clean(column, raw)
                except CellError as error:
                    errors.append(RowError(number, column.key, str(error)))
            slug = values.get("slug")
            if slug:
                if slug in seen:
                    errors.append(
                        RowError(
                            number,
                            "slug",
                            _("duplicate ID “%(slug)s” (already in row %(row)s).")
                            % {"slug": slug, "row": seen[slug]},
                        )
                    )
                else:
                    seen[slug] = number
            start, end = values.get("start_date"), values.get("end_date")
            if start and end and end < start:
                errors.append(RowError(number, "end_date", _("the end lies before the start.")))
            if errors:
                result.errors.extend(errors)
                continue
            result.rows.append(self._plan_row(number, values, existing.get(slug)))
        self._progress(total, total, "check")
        for plan in result.rows:
            if plan.action != "unchanged":
                result.errors.extend(self._validate_model(plan))
                result.errors.extend(self._check_lock(plan))

    def _plan_row(self, number, values, measure):
        title = values["title_de"]
        if measure is None:
            return RowPlan(number, values["slug"], title, "create", COLUMN_KEYS[:], values)
        current = measure.get_latest_revision_as_object()
        changed = []
        for column in COLUMNS:
            new = values[column.key]
            if column.key == "last_updated" and new is None:
                continue  # keep; set to today below if anything else changes
            if _differs(column, new, _current_value(current, column)):
                changed.append(column.key)
        action = "update" if changed else "unchanged"
        return RowPlan(number, values["slug"], title, action, changed, values, measure, current)

    def _apply_values(self, plan, target):
        for column in COLUMNS:
            if column.kind == "choices" or column.key not in plan.changed:
                continue
            value = plan.values[column.key]
            if column.kind == "richtext":
                value = normalise_rich_text(value)
            setattr(target, column.field_name, value)
        if plan.values["last_updated"] is None:
            target.last_updated = self.today

    def _validate_model(self, plan):
        """Model validation (e.g. the end before the start) before anything is written."""
        # A copy of an existing measure: the planned object itself is written later.
        target = Measure(slug=plan.slug) if plan.action == "create" else copy.copy(plan.current)
        self._apply_values(plan, target)
        exclude = [column.field_name for column in M2M_COLUMNS]
        try:
            target.full_clean(exclude=exclude, validate_unique=False)
        except ValidationError as error:
            return [
                RowError(
                    plan.row,
                    _FIELD_OF_MODEL_ERROR.get(name, name) if name != "__all__" else None,
                    " ".join(str(message) for message in messages),
                )
                for name, messages in error.message_dict.items()
            ]
        return []

    def _check_lock(self, plan):
        """Locked measures (by another user, or in moderation) are not overwritten."""
        if self.user is None or plan.measure is None:
            return []
        lock = plan.measure.get_lock()
        if lock is None or not lock.for_user(self.user):
            return []
        return [
            RowError(
                plan.row,
                "slug",
                _("the measure “%(slug)s” is locked: %(reason)s")
                % {"slug": plan.slug, "reason": lock.get_message(self.user)},
            )
        ]

    def _write(self, result):
        from wagtail.actions.create import CreateAction
        from wagtail.actions.edit import EditAction

        changed_rows = result.changed_rows()
        total = len(changed_rows)
        for done, plan in enumerate(changed_rows):
            self._progress(done, total, "write")
            if plan.action == "create":
                measure = Measure(slug=plan.slug)
                self._apply_values(plan, measure)
                self._set_m2m(plan, measure)
                action = CreateAction(measure, user=self.user, clean=False)
                action.execute(skip_permission_checks=True)
            else:
                # Fields of action and topics are parental many-to-many fields: set on
                # the latest version they go into the new revision, like the other
                # values, and reach the published measure only when it is published.
                measure = plan.current
                self._apply_values(plan, measure)
                self._set_m2m(plan, measure)
                action = EditAction(measure, user=self.user, clean=False)
                action.execute(skip_permission_checks=True)
            revision = action.revision
            if self.publish:
                revision.publish(user=self.user, skip_permission_checks=True)
        self._progress(total, total, "write")

    def _set_m2m(self, plan, measure):
        """Set the links on the instance (written by its next ``save()``)."""
        for column in M2M_COLUMNS:
            getattr(measure, column.field_name).set(plan.values[column.key])


def import_measures(data, filename="", **options):
    """Validate and import a file; see :class:`MeasureImporter` for the options."""
    return MeasureImporter(**options).run(data, filename)


# -- exporting -------------------------------------------------------------------------


def export_queryset():
    return (
        Measure.objects.select_related(
            "model_project", "spatial_effect", "status", "latest_revision"
        )
        .prefetch_related(
            Prefetch("fields_of_action", queryset=FieldOfAction.objects.order_by("pk")),
            Prefetch("topics", queryset=Topic.objects.order_by("pk")),
        )
        .order_by("slug")
    )


def export_values(measure):
    """One measure as {column key: value} in the latest version (drafts included).

    Values are Python objects (dates stay dates); :func:`as_csv_cell` turns them into text.
    """
    current = measure.get_latest_revision_as_object()
    values = {}
    for column in COLUMNS:
        value = _current_value(current, column)
        if column.kind == "choices":
            # From the latest version too: revisions hold the fields of action and topics
            # (without a revision, ``current`` is the measure with its prefetched links).
            options = sorted(value, key=lambda o: (o.sort_order, o.key))
            value = f"{LIST_SEPARATOR} ".join(option.key for option in options)
        elif column.kind == "project":
            value = value.slug if value else ""
        elif column.kind == "choice":
            value = value.key if value else ""
        elif value is None:
            value = ""
        values[column.key] = value
    return values


def as_csv_cell(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    if text.startswith(CSV_FORMULA_PREFIXES):
        return "'" + text  # spreadsheet programs must not run it; the import removes it
    return text


def write_csv(measures, out, delimiter=","):
    """Write UTF-8 CSV (with BOM, so that Excel recognises the encoding)."""
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMN_KEYS)
    count = 0
    for measure in measures:
        values = export_values(measure)
        writer.writerow([as_csv_cell(values[key]) for key in COLUMN_KEYS])
        count += 1
    return count


def write_xlsx(measures, out):
    """Write an Excel workbook: the measures on the first sheet, the allowed values on
    a second one ("values") for reference. ``out`` is a binary file object."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "measures"
    sheet.append(COLUMN_KEYS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    count = 0
    for measure in measures:
        values = export_values(measure)
        row = []
        for key in COLUMN_KEYS:
            value = values[key]
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            row.append(value)
        sheet.append(row)
        count += 1
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            elif isinstance(cell.value, datetime.date):
                cell.number_format = "YYYY-MM-DD"
    for index, key in enumerate(COLUMN_KEYS):
        width = 40 if key.startswith(("title", "summary", "description", "goals")) else 18
        sheet.column_dimensions[column_letter(index)].width = width

    reference = workbook.create_sheet("values")
    reference.append(["column", "key", "name_de", "name_en"])
    for cell in reference[1]:
        cell.font = Font(bold=True)
    for project in ModelProject.objects.order_by("slug"):
        reference.append(["model_project", project.slug, project.name, ""])
    for column in COLUMNS:
        if column.options is None:
            continue
        for option in column.options.objects.all():
            reference.append([column.key, option.key, option.name_de, option.name_en])
    workbook.save(out)
    return count


def export_measures(out, file_format="csv", queryset=None, delimiter=","):
    measures = (queryset if queryset is not None else export_queryset()).iterator(chunk_size=500)
    if file_format == "xlsx":
        return write_xlsx(measures, out)
    return write_csv(measures, out, delimiter=delimiter)
