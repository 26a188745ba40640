"""Compare the public site of two checkouts: same pages, same URLs, same API output.

A restructuring (modules moving between packages, code moving between apps) must not
change what visitors and API clients get. This script takes a snapshot of one checkout
with its demo content and compares two snapshots.

Usage (from the repository root, with the project's virtual environment)::

    # the state before, in a detached worktree; static/vendor and the compiled
    # messages are not committed, so copy or build them there
    git worktree add --detach /tmp/before <ref>
    cp -a static/vendor /tmp/before/static/
    (cd /tmp/before && "$OLDPWD/.venv/bin/python" manage.py compilemessages \
        --ignore=.venv --ignore=node_modules -v 0)

    .venv/bin/python scripts/compare_site.py snapshot /tmp/before.json --project /tmp/before
    .venv/bin/python scripts/compare_site.py snapshot /tmp/after.json     # this checkout
    .venv/bin/python scripts/compare_site.py diff /tmp/before.json /tmp/after.json

A snapshot takes one to two minutes (about 1,900 requests on the demo content).

``snapshot OUT.json [--project DIR] [--python PYTHON]`` runs the collecting part in a
subprocess inside DIR (default: the checkout this script lives in), so it works on an older
checkout that does not contain this script: ``cwd`` and ``PYTHONPATH`` are DIR, the
settings are ``smartcity.settings.test`` and the database is a fresh SQLite file in a
temporary directory (never PostgreSQL, never ``db.sqlite3`` of the tree). The environment
of the subprocess is cleaned of the site's own variables, so both checkouts run with the
same defaults. It migrates, runs ``load_demo_content`` and fetches with Django's test
client (no server):

* ``robots.txt``, ``/sitemap.xml`` (and the sitemaps of an index) and every URL in it,
  which holds both languages; ``/`` with and without ``Accept-Language``;
* every filterable list (``LIST_PATHS``, plus every page of the sitemap that carries the
  filter form): page 2, each sort order, the first facet option the page offers, the
  search words of ``SEARCH_WORDS``, the htmx fragment (``HX-Request: true``) of the list
  and of the ticked option, the export links the page shows, a page number out of range
  and one that is not a number;
* the site search in both languages with the same words, and the type links it shows;
* every link of the open data page and the API documentation (feeds, DCAT in each
  format, dataset downloads, exports);
* the API: index, schema, each collection (pages 1 and 2, the first record), the
  taxonomies and each taxonomy, in German and with ``?lang=en``, and bad requests;
* a few addresses that do not exist;
* the downloads the fetched pages link to without a query (documents, vCards, calendar
  entries, PDF profiles) and the static files they refer to.

The set of URLs is derived the same way on every checkout and stored in the snapshot.
For each URL the snapshot keeps the status, content type, redirect target, a few headers
(``HEADERS``) and the body after the normalisations below; binary bodies, PDFs and static
files are kept as a SHA-256 hash. Progress goes to stderr.

``diff A.json B.json [--lines N]`` prints the URLs only in A and only in B; for URLs in
both, differences of status, content type, redirect target and headers, and a unified diff
of the body (the first N lines per change; JSON is pretty-printed and long XML lines are
split for it). A change that is the same on many URLs (a shared template) is printed once,
with the URLs it affects. The last line is a summary. Exit status 0 when both snapshots are
the same, 1 otherwise.

Normalisations (only what differs between two runs of the same checkout): see
``NORMALISATIONS`` and ``normalise``. The days of the run are normalised, so snapshots of
different days compare; what the demo content shows depending on the date (upcoming and
past events) can still move between them.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import hashlib
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

FORMAT = 1
HOST = "testserver"
SETTINGS = "smartcity.settings.test"

# The filterable lists, by path in both languages (model projects, measures, solutions,
# publications, news index). Pages of the sitemap that carry the filter form are added.
LIST_PATHS = [
    "/de/modellprojekte/",
    "/en/model-projects/",
    "/de/massnahmen/",
    "/en/measures/",
    "/de/loesungen/",
    "/en/solutions/",
    "/de/publikationen/",
    "/en/publications/",
    "/de/aktuelles/",
    "/en/news/",
]
SEARCH_PATHS = ["/de/suche/", "/en/search/"]
SEARCH_WORDS = ["Mobilität", "Energie"]
OPEN_DATA_PATHS = [
    "/de/offene-daten/",
    "/en/open-data/",
    "/de/offene-daten/api/",
    "/en/open-data/api/",
]
API_ROOT = "/api/v1/"
NOT_FOUND_PATHS = [
    "/de/diese-seite-gibt-es-nicht/",
    "/en/this-page-does-not-exist/",
    "/gibt-es-nicht",
    "/de/massnahmen/gibt-es-nicht/",
    "/api/v1/gibt-es-nicht/",
    "/api/v1/measures/gibt-es-nicht/",
]
HTMX = {"HX-Request": "true"}

# Response headers kept besides the content type and the redirect target.
HEADERS = [
    "Content-Disposition",
    "Content-Language",
    "Vary",
    "Cache-Control",
    "Link",
    "ETag",
    "Last-Modified",
    "X-Robots-Tag",
    "HX-Push-Url",
]

# Static files get these from the file's modification time in the checkout (WhiteNoise):
# they differ between two checkouts of the same files, so a static file keeps its hash only.
FILE_TIME_HEADERS = ("ETag", "Last-Modified")

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/geo+json")
TEXT_SUFFIXES = ("+json", "+xml", "/javascript", "/ld+json", "/turtle", "/rdf+xml", "/csv")

# ---------------------------------------------------------------------------------------
# Normalisation: only what differs between two runs of the same checkout.
# ---------------------------------------------------------------------------------------

NOW = "<now>"
TODAY = "<today>"
ANY_ETAG = "<etag>"

NORMALISATIONS = [
    # The demo loader saves, publishes and indexes at the time it runs: publication and
    # revision times, the sitemap's lastmod, the feeds' <updated>, the exports' and the
    # calendar's generation time are "now". Replaced only when they fall inside the run
    # (between the start of the migration and the last fetch), never a date of the content.
    "timestamps inside the run -> <now>",
    # The same instants as a bare day (sitemap lastmod, "last updated" lines): replaced
    # when the day is one of the run's days, so that snapshots of different days compare.
    "days of the run -> <today>",
    # The ETag hashes the body before normalisation: where normalising changed the body,
    # the ETag is replaced. Last-Modified inside the run is <now> like any other timestamp.
    "ETag of a normalised body -> <etag>",
    # Random UUIDs made by the load: Wagtail's translation keys, which the calendar
    # entries (.ics) use in their UID.
    "UUIDs -> <uuid>",
    # A PDF made on request carries its creation time, a file identifier hashed from it, and
    # the day in its text inside compressed streams: the streams are inflated, the
    # identifier dropped and the rest normalised as above before the PDF is hashed.
    "PDF: streams inflated, /ID -> <pdf-id>, then the rules above, then hashed",
    # Static files: no ETag and Last-Modified, which come from the file's modification
    # time in the checkout (FILE_TIME_HEADERS); the hash of the content is compared.
    "static files: ETag and Last-Modified left out",
    # A second upload under a name that is taken (several demo images share the start of
    # their name) gets a random seven-character suffix from Django's storage.
    "random suffix of uploaded file names -> _<random>",
]

ISO_DATETIME = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?"
    r"(Z|[+-]\d{2}:?\d{2})?"
)
COMPACT_DATETIME = re.compile(r"\b(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)\b")
PDF_DATETIME = re.compile(r"\bD:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?")
HTTP_DATETIME = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" \d{4} \d{2}:\d{2}:\d{2} (?:GMT|[+-]\d{4})"
)
GERMAN_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
LOCAL_ZONE = "Europe/Berlin"  # TIME_ZONE of the settings: naive times are local times.
SLACK = datetime.timedelta(seconds=2)  # stored times are cut to seconds


class Window:
    """The run's time span: what a fresh load stamps with "now" lies inside it."""

    def __init__(self, start: datetime.datetime, end: datetime.datetime):
        self.start = start.astimezone(datetime.UTC) - SLACK
        self.end = end.astimezone(datetime.UTC) + SLACK
        from zoneinfo import ZoneInfo

        self.zone = ZoneInfo(LOCAL_ZONE)
        days = set()
        for moment in (self.start, self.end):
            days.add(moment.date())
            days.add(moment.astimezone(self.zone).date())
        self.days = sorted(days)

    def as_json(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    def contains(self, moment: datetime.datetime) -> bool:
        if moment.tzinfo is None:
            # Naive: a local time, or a UTC time written without its zone.
            candidates = [moment.replace(tzinfo=self.zone), moment.replace(tzinfo=datetime.UTC)]
        else:
            candidates = [moment]
        return any(self.start <= c.astimezone(datetime.UTC) <= self.end for c in candidates)

    def day_patterns(self) -> list[str]:
        """The run's days as the site writes dates (ISO, German, English)."""
        forms = []
        for day in self.days:
            forms += [
                day.isoformat(),
                f"{day:%d.%m.%Y}",
                f"{day.day}.{day.month}.{day.year}",
                f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}",
                f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}",
                f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}",
                f"{ENGLISH_MONTHS[day.month - 1][:3]}. {day.day}, {day.year}",
                f"{day:%Y%m%d}",
            ]
        return sorted(set(forms), key=len, reverse=True)


def _iso_moment(match: re.Match) -> datetime.datetime | None:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = datetime.datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            int((fraction or "0").ljust(6, "0")),
        )
    except ValueError:
        return None
    if zone == "Z":
        return moment.replace(tzinfo=datetime.UTC)
    if zone:
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return moment.replace(tzinfo=datetime.timezone(sign * offset))
    return moment


UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
ANY_UUID = "<uuid>"
UPLOAD_SUFFIX = re.compile(r"((?:/media/|/documents/\d+/)[\w./-]*?_)[A-Za-z0-9]{7}(?=\.)")


def normalise(text: str, window: Window | None) -> str:
    """The body (or header value) with the run's own instants, days and file suffixes replaced."""
    if not text:
        return text
    text = UPLOAD_SUFFIX.sub(r"\1<random>", text)
    text = UUID.sub(ANY_UUID, text)
    if window is None:
        return text

    def iso(match):
        moment = _iso_moment(match)
        return NOW if moment is not None and window.contains(moment) else match.group(0)

    def compact(match):
        year, month, day, hour, minute, second, zone = match.groups()
        try:
            moment = datetime.datetime(*map(int, (year, month, day, hour, minute, second)))
        except ValueError:
            return match.group(0)
        if zone == "Z":
            moment = moment.replace(tzinfo=datetime.UTC)
        elif zone:
            digits = zone[1:].replace("'", "")
            offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            moment = moment.replace(tzinfo=datetime.timezone(offset if zone[0] == "+" else -offset))
        return NOW if window.contains(moment) else match.group(0)

    def http(match):
        from email.utils import parsedate_to_datetime

        return NOW if window.contains(parsedate_to_datetime(match.group(0))) else match.group(0)

    text = ISO_DATETIME.sub(iso, text)
    text = COMPACT_DATETIME.sub(compact, text)
    text = PDF_DATETIME.sub(compact, text)
    text = HTTP_DATETIME.sub(http, text)
    days = "|".join(re.escape(form) for form in window.day_patterns())
    return re.sub(rf"(?<![\w.-])(?:{days})(?![\w-]|\.\d)", TODAY, text)


def normalise_headers(headers: dict, body_normalised: bool, window: Window | None) -> dict:
    """The headers normalised like bodies; the ETag dropped when the body was normalised."""
    result = {}
    for name, value in headers.items():
        value = normalise(value, window)
        if name == "ETag" and body_normalised:
            # The ETag hashes the raw body, which held something of this run.
            value = ANY_ETAG
        result[name] = value
    return result


# ---------------------------------------------------------------------------------------
# Collecting (runs inside the checkout, in a subprocess).
# ---------------------------------------------------------------------------------------


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def request_key(path: str, headers: dict | None = None) -> str:
    """The snapshot's name of a request: the path, then the request headers if any."""
    if not headers:
        return path
    return path + " [" + "; ".join(f"{k}: {v}" for k, v in sorted(headers.items())) + "]"


def with_query(path: str, **params) -> str:
    parts = urlsplit(path)
    query = urlencode(list(params.items()), doseq=True)
    return urlunsplit(("", "", parts.path, "&".join(filter(None, [parts.query, query])), ""))


def local_path(url: str, base: str = "/") -> str | None:
    """An address of this site as path and query, or None for other sites and anchors."""
    url = html.unescape(url.strip())
    if not url or url.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    parts = urlsplit(urljoin(f"http://{HOST}{base}", url))
    if parts.scheme not in ("http", "https") or parts.netloc != HOST:
        return None
    return urlunsplit(("", "", parts.path, parts.query, ""))


HREF = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']*)["']""")
TAG = re.compile(r"<(input|select|option|/select)\b([^>]*)>", re.IGNORECASE)
ATTR = re.compile(r"""([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?""")


def links(body: str, base: str) -> list[str]:
    found = []
    for match in HREF.finditer(body):
        path = local_path(match.group(1), base)
        if path and path not in found:
            found.append(path)
    return found


def _attrs(raw: str) -> dict:
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or "")
        for m in ATTR.finditer(raw)
    }


def form_controls(body: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The enabled checkboxes (name, value) and the sort options of a list page."""
    checkboxes, sorts, in_sort = [], [], False
    for match in TAG.finditer(body):
        tag, attrs = match.group(1).lower(), _attrs(match.group(2))
        if tag == "input" and attrs.get("type") == "checkbox" and "disabled" not in attrs:
            if attrs.get("name") and "value" in attrs:
                checkboxes.append((attrs["name"], attrs["value"]))
        elif tag == "select":
            in_sort = attrs.get("name") == "sort"
        elif tag == "/select":
            in_sort = False
        elif tag == "option" and in_sort and attrs.get("value"):
            sorts.append(attrs["value"])
    return checkboxes, sorts


PDF_ID = re.compile(r"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")
PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def inflate_pdf(content: bytes) -> str:
    """A PDF with its compressed streams inflated, as Latin-1 text (for normalising)."""

    def inflate(match):
        decompressor = zlib.decompressobj()
        try:
            data = decompressor.decompress(match.group(1)) + decompressor.flush()
        except zlib.error:
            return match.group(0)
        return b"stream\n" + data + b"\nendstream"

    text = PDF_STREAM.sub(inflate, content).decode("latin-1")
    return PDF_ID.sub("/ID [<pdf-id>]", text)


def body_hash(content: bytes) -> str:
    return f"sha256:{hashlib.sha256(content).hexdigest()} ({len(content)} bytes)"


def is_text(content_type: str) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    return kind.startswith(TEXT_TYPES) or kind.endswith(TEXT_SUFFIXES)


class Collector:
    def __init__(self):
        from django.test import Client

        self.client = Client()
        self.raw: dict[str, dict] = {}
        self.order: list[str] = []

    def fetch(self, path: str, headers: dict | None = None, *, static=False) -> dict:
        """GET the path (once); a static file is kept as a hash without file-time headers."""
        key = request_key(path, headers)
        if key in self.raw:
            return self.raw[key]
        extra = {"HTTP_" + k.upper().replace("-", "_"): v for k, v in (headers or {}).items()}
        response = self.client.get(path, **extra)
        if getattr(response, "streaming", False):
            content = b"".join(response.streaming_content)
        else:
            content = response.content
        if hasattr(response, "close"):
            response.close()
        content_type = response.get("Content-Type", "")
        text = None
        if is_text(content_type) and not static:
            try:
                text = content.decode(response.charset or "utf-8")
            except (UnicodeDecodeError, LookupError):
                text = None
        entry = {
            "status": response.status_code,
            "content_type": content_type,
            "location": response.get("Location"),
            "headers": {
                name: response[name]
                for name in HEADERS
                if response.has_header(name) and not (static and name in FILE_TIME_HEADERS)
            },
            "text": text,
            "pdf": inflate_pdf(content) if content_type.startswith("application/pdf") else None,
            "hash": None if text is not None else body_hash(content),
        }
        self.raw[key] = entry
        self.order.append(key)
        if len(self.order) % 100 == 0:
            progress(f"fetched {len(self.order)}")
        return entry

    def fetch_all(self, paths, headers=None, **kwargs):
        return [self.fetch(path, headers, **kwargs) for path in paths]

    # -- the parts of the site ------------------------------------------------------------

    def sitemap(self) -> list[str]:
        pages, queue, seen = [], ["/sitemap.xml"], set()
        while queue:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            body = self.fetch(path)["text"] or ""
            locations = [local_path(loc) for loc in re.findall(r"<loc>([^<]*)</loc>", body)]
            if "<sitemapindex" in body:
                queue += [loc for loc in locations if loc]
            else:
                pages += [loc for loc in locations if loc and loc not in pages]
        return pages

    def filterable_list(self, path: str) -> None:
        page = self.fetch(path)
        body = page["text"] or ""
        checkboxes, sorts = form_controls(body)
        self.fetch(with_query(path, page=2))
        for sort in sorts:
            self.fetch(with_query(path, sort=sort))
        for word in SEARCH_WORDS:
            self.fetch(with_query(path, q=word))
        self.fetch(path, HTMX)
        if checkboxes:
            name, value = checkboxes[0]
            self.fetch(with_query(path, **{name: value}))
            self.fetch(with_query(path, **{name: value}), HTMX)
            self.fetch(with_query(path, **{name: value}, page=2))
        self.fetch(with_query(path, page=9999))
        self.fetch(with_query(path, page="abc"))
        for link in links(body, path):
            if "/export." in link:
                self.fetch(link)
                if checkboxes:
                    self.fetch(with_query(link, **{checkboxes[0][0]: checkboxes[0][1]}))

    def site_search(self) -> None:
        for path in SEARCH_PATHS:
            self.fetch(path)
            for word in SEARCH_WORDS:
                url = with_query(path, q=word)
                body = self.fetch(url)["text"] or ""
                self.fetch(with_query(url, page=2))
                for link in links(body, path):
                    if urlsplit(link).path == path and "type=" in link:
                        self.fetch(link)

    def open_data(self) -> None:
        for path in OPEN_DATA_PATHS:
            body = self.fetch(path)["text"] or ""
            for link in links(body, path):
                if not link.startswith("/static/"):
                    self.fetch(link)

    def api(self) -> None:
        def json_of(path):
            entry = self.fetch(path)
            try:
                return json.loads(entry["text"] or "null")
            except ValueError:
                return None

        for lang in (None, "en"):
            params = {"lang": lang} if lang else {}
            index = json_of(with_query(API_ROOT, **params)) or {}
            json_of(with_query(API_ROOT + "schema/", **params))
            for collection in index.get("collections", []):
                path = local_path(collection.get("url", ""))
                if not path:
                    continue
                first = json_of(with_query(path, **params)) or {}
                json_of(with_query(path, page=2, **params))
                results = first.get("results") or []
                if results and isinstance(results[0], dict) and results[0].get("api_url"):
                    json_of(with_query(local_path(results[0]["api_url"]), **params))
            taxonomies = local_path(index.get("taxonomies") or "") or API_ROOT + "taxonomies/"
            for taxonomy in (json_of(with_query(taxonomies, **params)) or {}).get("taxonomies", []):
                path = local_path(taxonomy.get("url", ""))
                if path:
                    json_of(with_query(path, **params))
            if not lang:
                for collection in index.get("collections", []):
                    path = local_path(collection.get("url", ""))
                    if path:
                        self.fetch(with_query(path, page=9999))
                        self.fetch(with_query(path, unknown="x"))
        self.fetch(API_ROOT, {"Accept-Language": "en"})

    def html_pages(self):
        for key in list(self.order):
            entry = self.raw[key]
            if entry["text"] and entry["content_type"].startswith("text/html"):
                yield key.split(" [")[0], entry["text"]

    def linked_files(self) -> None:
        """Addresses without a query that the pages link to and nothing else fetched:
        downloads such as documents, vCards, calendar entries and PDF profiles."""
        found = []
        for path, body in self.html_pages():
            for link in links(body, path):
                skipped = "?" in link or link.startswith(("/static/", "/media/", "/admin/"))
                if not skipped and link not in self.raw and link not in found:
                    found.append(link)
        self.fetch_all(found)

    def static_files(self) -> None:
        referenced = []
        for path, body in self.html_pages():
            for link in links(body, path):
                if link.startswith("/static/") and link not in referenced:
                    referenced.append(link)
        self.fetch_all(sorted(referenced), static=True)

    def run(self) -> None:
        self.fetch("/robots.txt")
        self.fetch("/")
        self.fetch("/", {"Accept-Language": "en"})
        self.fetch("/", {"Accept-Language": "de"})
        pages = self.sitemap()
        progress(f"sitemap: {len(pages)} URLs")
        lists = list(LIST_PATHS)
        for path in pages:
            entry = self.fetch(path)
            if 'id="filter-form"' in (entry["text"] or "") and path not in lists:
                lists.append(path)
        progress(f"lists: {len(lists)}")
        for path in lists:
            self.filterable_list(path)
        progress("site search, open data, API …")
        self.site_search()
        self.open_data()
        self.api()
        self.fetch_all(NOT_FOUND_PATHS)
        self.linked_files()
        self.static_files()
        progress(f"fetched {len(self.order)}")

    def snapshot(self, window) -> dict:
        responses = {}
        for key in self.order:
            entry = self.raw[key]
            if entry["text"] is not None:
                body = normalise(entry["text"], window)
                normalised = body != entry["text"]
            elif entry["pdf"] is not None:
                text = normalise(entry["pdf"], window)
                body = "PDF " + body_hash(text.encode("utf-8"))
                normalised = True  # the identifier at least
            else:
                body, normalised = entry["hash"], False
            responses[key] = {
                "status": entry["status"],
                "content_type": entry["content_type"],
                "location": normalise(entry["location"], window) if entry["location"] else None,
                "headers": normalise_headers(entry["headers"], normalised, window),
                "body": body,
            }
        return {"urls": list(self.order), "responses": responses}


def check_sources(project_dir: Path) -> None:
    """Every module comes from the checkout or the interpreter's environment, none from
    another checkout (an editable install of the project points at one)."""
    environment = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    strangers = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not file:
            continue
        where = Path(file).resolve()
        if where == Path(__file__).resolve():  # this script (as __main__ and __mp_main__)
            continue
        if not any(root in where.parents for root in (project_dir, *environment)):
            strangers.append(f"{name} ({where})")
    if strangers:
        raise SystemExit(
            f"modules imported from outside {project_dir}: " + ", ".join(sorted(strangers)[:10])
        )


def collect(out: str, project: str) -> None:
    """Inside the checkout: migrate, load the demo content, fetch everything, write OUT."""
    start = datetime.datetime.now(datetime.UTC)
    project_dir = Path(project).resolve()
    script_dir = str(Path(__file__).resolve().parent)
    sys.path[:] = [str(project_dir)] + [p for p in sys.path if p not in ("", script_dir)]
    os.chdir(project_dir)
    import logging

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    database = settings.DATABASES["default"]
    if "sqlite" not in database["ENGINE"] or not str(database["NAME"]).startswith(
        tempfile.gettempdir()
    ):
        raise SystemExit(f"refusing to run on the database {database['NAME']!r}")
    check_sources(project_dir)
    # Saving and publishing log every page; keep stderr for progress and errors.
    logging.disable(logging.WARNING)
    media_root = Path(settings.MEDIA_ROOT)
    try:
        progress("migrate …")
        call_command("migrate", "--noinput", verbosity=0)
        progress("demo content …")
        call_command("load_demo_content", stdout=io.StringIO())
        collector = Collector()
        collector.run()
        check_sources(project_dir)
        window = Window(start, datetime.datetime.now(datetime.UTC))
        data = collector.snapshot(window)
    finally:
        # The test settings make a fresh media directory per process.
        if media_root.name.startswith("smartcity-test-media-") and media_root.parent == Path(
            tempfile.gettempdir()
        ):
            shutil.rmtree(media_root, ignore_errors=True)
    data["window"] = window.as_json()
    Path(out).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# ---------------------------------------------------------------------------------------
# snapshot: start the collecting part inside the checkout.
# ---------------------------------------------------------------------------------------

# Only these variables reach the subprocess: the site's own settings variables
# (DATABASE_URL, PAGE_CACHE_SECONDS, MAP_TILE_URL, …) keep their defaults on both sides.
PASSED_ENVIRONMENT = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ", "SYSTEMROOT")


def git_info(project: Path) -> dict:
    def git(*args):
        result = subprocess.run(
            ["git", "-C", str(project), *args], capture_output=True, text=True, check=False
        )
        return result.stdout.strip() if result.returncode == 0 else None

    status = git("status", "--porcelain", "--untracked-files=no")
    return {
        "commit": git("rev-parse", "HEAD"),
        "changed_files": len(status.splitlines()) if status else 0,
    }


def snapshot(out: str, project: str, python: str) -> int:
    project_dir = Path(project).resolve()
    if not (project_dir / "manage.py").exists():
        raise SystemExit(f"{project_dir} is not a checkout of the project (no manage.py)")
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="compare-site-") as tmp:
        env = {name: os.environ[name] for name in PASSED_ENVIRONMENT if name in os.environ}
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            DATABASE_URL=f"sqlite:///{tmp}/db.sqlite3",
            PYTHONPATH=str(project_dir),
            PYTHONHASHSEED="0",
        )
        partial = Path(tmp) / "snapshot.json"
        command = [
            python,
            str(Path(__file__).resolve()),
            "_collect",
            str(partial),
            "--project",
            str(project_dir),
        ]
        result = subprocess.run(command, cwd=project_dir, env=env, check=False)
        if result.returncode != 0:
            progress(f"collecting failed in {project_dir} (exit status {result.returncode})")
            return result.returncode
        data = json.loads(partial.read_text(encoding="utf-8"))
    data = {
        "format": FORMAT,
        "project": str(project_dir),
        "git": git_info(project_dir),
        "taken": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        **data,
    }
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    progress(f"{len(data['urls'])} URLs written to {out} in {time.monotonic() - began:.0f} s")
    return 0


# ---------------------------------------------------------------------------------------
# diff
# ---------------------------------------------------------------------------------------


def display_lines(body: str | None, content_type: str) -> list[str]:
    """The body as lines for a readable diff: JSON pretty-printed, long XML lines split."""
    if body is None:
        return []
    if "json" in content_type:
        try:
            return json.dumps(json.loads(body), ensure_ascii=False, indent=1).splitlines()
        except ValueError:
            pass
    lines = []
    for line in body.splitlines():
        if len(line) > 200 and ("xml" in content_type or "html" in content_type):
            lines += line.replace("><", ">\n<").splitlines()
        else:
            lines.append(line)
    return lines


def body_diff(a: dict, b: dict, max_lines: int) -> list[str]:
    lines = list(
        difflib.unified_diff(
            display_lines(a["body"], a["content_type"]),
            display_lines(b["body"], b["content_type"]),
            "A",
            "B",
            n=1,
            lineterm="",
        )
    )[2:]
    if len(lines) > max_lines:
        lines = lines[:max_lines] + [f"… {len(lines) - max_lines} more diff lines"]
    return lines


_BETWEEN_TAGS = re.compile(r">\s+<")
_SPACE = re.compile(r"\s+")


def fold_whitespace(body: str | None) -> str | None:
    """An HTML body with the white space between tags removed and every other run of
    white space made one blank (for ``diff --ignore-whitespace``)."""
    if body is None:
        return None
    return _SPACE.sub(" ", _BETWEEN_TAGS.sub("><", body)).strip()


def whitespace_only(a: dict, b: dict) -> bool:
    """Whether two HTML responses differ in their bodies' white space and nothing else."""
    if a.get("body") == b.get("body") or "html" not in (a.get("content_type") or ""):
        return False
    rest = ("status", "content_type", "location", "headers")
    return all(a.get(k) == b.get(k) for k in rest) and fold_whitespace(
        a["body"]
    ) == fold_whitespace(b["body"])


def compare_response(a: dict, b: dict, max_lines: int) -> list[str]:
    """What differs between two responses to one request, as lines (empty when equal)."""
    out = []
    for field, label in (
        ("status", "status"),
        ("content_type", "content type"),
        ("location", "redirect"),
    ):
        if a.get(field) != b.get(field):
            out.append(f"{label}: {a.get(field)!r} -> {b.get(field)!r}")
    headers_a, headers_b = a.get("headers") or {}, b.get("headers") or {}
    for name in sorted(set(headers_a) | set(headers_b)):
        if headers_a.get(name) != headers_b.get(name):
            out.append(f"header {name}: {headers_a.get(name)!r} -> {headers_b.get(name)!r}")
    if a.get("body") != b.get("body"):
        out.append("body:")
        out += ["  " + line for line in body_diff(a, b, max_lines)]
    return out


def diff_snapshots(
    a: dict, b: dict, max_lines: int = 40, ignore_whitespace: bool = False
) -> tuple[list[str], bool]:
    """The report comparing two snapshots, and whether they are the same.
    ``ignore_whitespace``: HTML bodies that differ only in white space (indentation, line
    breaks between tags) count as the same; the summary says how many there were."""
    urls_a, urls_b = a["urls"], b["urls"]
    set_a, set_b = set(urls_a), set(urls_b)
    only_a = [url for url in urls_a if url not in set_b]
    only_b = [url for url in urls_b if url not in set_a]
    out = []
    if only_a:
        out.append(f"Only in A ({len(only_a)}):")
        out += [f"  {url}" for url in only_a]
    if only_b:
        out.append(f"Only in B ({len(only_b)}):")
        out += [f"  {url}" for url in only_b]
    # The same change on many URLs (a shared template) is printed once.
    groups: dict[tuple, tuple[list[str], list[str]]] = {}  # changes -> (first report, URLs)
    counts = {"status": 0, "content type": 0, "redirect": 0, "header": 0, "body": 0}
    spacing = 0
    for url in urls_a:
        if url not in set_b:
            continue
        if ignore_whitespace and whitespace_only(a["responses"][url], b["responses"][url]):
            spacing += 1
            continue
        lines = compare_response(a["responses"][url], b["responses"][url], max_lines)
        if not lines:
            continue
        for kind in counts:
            if any(line.startswith(kind) for line in lines):
                counts[kind] += 1
        # Grouped by what changed: context lines and line numbers differ from page to page.
        key = tuple(line for line in lines if not line.startswith(("   ", "  @@")))
        groups.setdefault(key, (lines, []))[1].append(url)
    changed = sum(len(group) for _lines, group in groups.values())
    for lines, group in groups.values():
        out.append(f"== {group[0]}")
        if len(group) > 1:
            shown = ", ".join(group[1:6]) + (
                f", … ({len(group) - 6} more)" if len(group) > 6 else ""
            )
            out.append(f"   (the same on {len(group) - 1} more: {shown})")
        out += ["  " + line for line in lines]
    same = not only_a and not only_b and not changed
    kinds = ", ".join(f"{kind} {n}" for kind, n in counts.items() if n)
    out.append(
        f"Summary: {len(urls_a)} URLs in A, {len(urls_b)} in B; {len(only_a)} only in A, "
        f"{len(only_b)} only in B; {changed} differ"
        + (f" ({kinds})" if kinds else "")
        + f"; {len(set_a & set_b) - changed - spacing} identical"
        + (f", {spacing} differ in white space only (ignored)" if spacing else "")
        + ". "
        + ("SAME" if same else "DIFFERENT")
    )
    return out, same


def describe(name: str, data: dict) -> str:
    git = data.get("git") or {}
    commit = (git.get("commit") or "?")[:9]
    changed = git.get("changed_files")
    state = f"{commit}" + (f" + {changed} changed files" if changed else "")
    count = len(data["urls"])
    return f"{name}: {data.get('project')} ({state}), taken {data.get('taken')}, {count} URLs"


def diff(path_a: str, path_b: str, max_lines: int, ignore_whitespace: bool = False) -> int:
    a = json.loads(Path(path_a).read_text(encoding="utf-8"))
    b = json.loads(Path(path_b).read_text(encoding="utf-8"))
    print(describe("A", a))
    print(describe("B", b))
    lines, same = diff_snapshots(a, b, max_lines, ignore_whitespace)
    print("\n".join(lines))
    return 0 if same else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("snapshot", help="snapshot a checkout's site into OUT.json")
    take.add_argument("out")
    take.add_argument(
        "--project",
        default=str(Path(__file__).resolve().parent.parent),
        help="the checkout (default: the one this script lives in)",
    )
    take.add_argument(
        "--python", default=sys.executable, help="the interpreter with the project's dependencies"
    )
    compare = commands.add_parser(
        "diff", help="compare two snapshots; exit status 1 when they differ"
    )
    compare.add_argument("a")
    compare.add_argument("b")
    compare.add_argument("--lines", type=int, default=40, help="diff lines shown per change")
    compare.add_argument(
        "--ignore-whitespace",
        action="store_true",
        help="HTML bodies that differ only in white space between tags count as the same",
    )
    inner = commands.add_parser("_collect")  # the part that runs inside the checkout
    inner.add_argument("out")
    inner.add_argument("--project", required=True)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        return snapshot(args.out, args.project, args.python)
    if args.command == "diff":
        return diff(args.a, args.b, args.lines, args.ignore_whitespace)
    collect(args.out, args.project)
    return 0


if __name__ == "__main__":
    sys.exit(main())
