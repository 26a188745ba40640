"""The editorial page tree in German and English.

The texts are kept in ``pages.yaml`` beside this module, one record per page in creation
order (parents before children); the privacy notice, the accessibility statement and the
easy-language guide are in ``statements.yaml``, which ``pages.yaml`` includes at their
place in the tree. Facts come from the public information on the Smart City Dialogue;
the wording is the portal's own. Imprint and privacy texts are sample texts and say so.

Here is what the data files cannot hold: the demo images' ids and the values that the
``{placeholders}`` in the texts of blocks stand for (``text_values``).
"""

from pathlib import Path

from core.demo.blocks import from_data
from core.demo.datafiles import read_records

from . import statements

PAGES_FILE = Path(__file__).resolve().parent / "pages.yaml"
LANGUAGES = ("de", "en")
REQUIRED_KEYS = ("key", "type", "slug", "title")
# Fields with one value per language.
TRANSLATED_FIELDS = ("slug", "title", "intro", "body", "key_figures", "quote")
# Of those, the StreamFields: a list of blocks per language (or rich text, as the home
# page's body).
STREAM_FIELDS = ("body", "key_figures", "quote")

# The imprint and the privacy notice begin with it.
SAMPLE_NOTE = {
    "de": "<strong>Mustertext:</strong> Dieser Abschnitt ist ein Platzhalter der Demo-Installation "
    "und muss vor dem Livegang durch den geprüften Text der Redaktion ersetzt werden.",
    "en": "<strong>Sample text:</strong> this section is a placeholder of the demo installation "
    "and must be replaced by the editors' approved text before going live.",
}


def text_values(lang):
    """What the ``{placeholders}`` in the texts of blocks stand for, in one language."""
    return {**statements.text_values(lang), "sample_note": SAMPLE_NOTE[lang]}


def page_tree(images):
    """All page specs in creation order (parents before children). ``images``: demo
    image key → image id."""
    return read_pages(PAGES_FILE, images)


def initiatives(images):
    """The specs of the initiative pages, in the order of the tree."""
    return [spec for spec in page_tree(images) if spec["type"] == "InitiativePage"]


def read_pages(path, images):
    """The page specs of a data file, the pages of an included file (a record
    ``include: <file name>``) at its place. A malformed file fails with the file and the
    record named, before anything is written."""
    path = Path(path)
    specs = []
    for number, record in enumerate(read_records(path), start=1):
        if "include" in record:
            if len(record) != 1:
                raise ValueError(f"{path}: record {number} includes a file and has other keys")
            specs.extend(read_pages(path.parent / record["include"], images))
            continue
        where = f"{path}: record {number} ({record.get('key', 'without key')})"
        missing = [key for key in REQUIRED_KEYS if key not in record]
        if missing:
            raise ValueError(f"{where} lacks {', '.join(missing)}")
        specs.append(_page(record, images, where))
    return specs


def _page(record, images, where):
    spec = dict(record)
    for field in TRANSLATED_FIELDS:
        if field in spec and (
            not isinstance(spec[field], dict) or sorted(spec[field]) != sorted(LANGUAGES)
        ):
            raise ValueError(f"{where}: {field} needs one value for each of {', '.join(LANGUAGES)}")
    for field in STREAM_FIELDS:
        if field in spec:
            spec[field] = {
                lang: _stream(value, images, text_values(lang), f"{where}, {field} ({lang})")
                for lang, value in spec[field].items()
            }
    return spec


def _stream(value, images, values, where):
    """A StreamField's data: blocks from their entries, or rich text as it is."""
    if isinstance(value, str):
        try:
            return _fill(value, values)
        except ValueError as error:
            raise ValueError(f"{where}: {error}") from None
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list of blocks or a text")
    blocks = []
    for number, entry in enumerate(value, start=1):
        try:
            blocks.append(from_data(_fill(entry, values), images))
        except ValueError as error:
            raise ValueError(f"{where}, block {number}: {error}") from None
    return blocks


def _fill(value, values):
    """``value`` with the placeholders in its texts filled from ``values``."""
    if isinstance(value, str):
        try:
            return value.format_map(values)
        except KeyError as error:
            raise ValueError(f"unknown placeholder {error} in {value!r}") from None
    if isinstance(value, list):
        return [_fill(item, values) for item in value]
    if isinstance(value, dict):
        return {key: _fill(item, values) for key, item in value.items()}
    return value
