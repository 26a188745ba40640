"""Every kind of public page is valid HTML, checked with the Nu HTML Checker (vnu.jar).

One page of each kind is rendered in both languages through the test client: the page
tree, news and events, every filterable list plain, filtered, searched, searched without
results and on its second page, the detail pages of each database, the map, the comparison
of model projects, the site search, the contact and open data pages and the 404 page. The
files are written to a temporary folder and checked in ONE run of the checker (the JVM
takes seconds to start); the test fails with every error, its page URL, line and message.
Warnings are not reported. Detail pages, filter values and search words are taken from the
rendered list pages, so the test follows the content and the filter forms without naming
them.

The checker comes from the npm package ``vnu-jar`` (``make assets`` / ``npm ci``) and
needs Java (11 or later). Run it alone with
``.venv/bin/python -m pytest -n 0 smartcity/tests/test_html_validity.py``.
"""

import datetime
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ("de", "en")
# The filterable databases: list URL name and how many detail pages to check.
LISTS = (
    "programmes:modelproject_list",
    "measures:measure_list",
    "solutions:solution_list",
    "publications:publication_list",
)
DETAILS_PER_LIST = 2
NO_RESULTS = "qqxzyvw"


HEADINGS = {"h2", "h3", "h4"}


class FormParser(HTMLParser):
    """Links and the checkbox/radio options of a page (name, value), in document order."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.links = []  # (href, text, inside a heading)
        self.options = []
        self._link = None
        self._headings = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in HEADINGS:
            self._headings += 1
        elif tag == "a" and attrs.get("href"):
            self._link = [attrs["href"], "", self._headings > 0]
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio") and attrs.get("name"):
            self.options.append((attrs["name"], attrs.get("value", "on")))

    def handle_data(self, data):
        if self._link is not None:
            self._link[1] += data

    def handle_endtag(self, tag):
        if tag in HEADINGS:
            self._headings = max(0, self._headings - 1)
        elif tag == "a" and self._link is not None:
            href, text, in_heading = self._link
            self.links.append((href, " ".join(text.split()), in_heading))
            self._link = None


def detail_links(html, list_path, count):
    """The first ``count`` results of a list: title links to pages below ``list_path``."""
    found = {}
    for href, text, in_heading in FormParser(html).links:
        path = urlsplit(href).path
        rest = path.removeprefix(list_path)
        if in_heading and path.startswith(list_path) and re.fullmatch(r"[\w-]+/", rest) and text:
            found.setdefault(path, text)
        if len(found) == count:
            break
    return list(found.items())


def first_options(html, names=2):
    """One value of each of the first ``names`` filters of a list page's form."""
    chosen = {}
    for name, value in FormParser(html).options:
        if name not in chosen and len(chosen) < names:
            chosen[name] = value
    return chosen


def search_word(text):
    """A word of an item's title to search for (the longest, for a selective query)."""
    words = re.findall(r"\w{4,}", text)
    return max(words, key=len) if words else text


def with_query(path, **params):
    return f"{path}?{urlencode(params, doseq=True)}"


def parse_qs_last(href):
    """The query parameters of a link (the last value of each)."""
    return {name: values[-1] for name, values in parse_qs(urlsplit(href).query).items()}


class Pages:
    """Fetches pages and keeps their HTML (by URL), failing on an unexpected status."""

    def __init__(self, client):
        self.client = client
        self.html = {}

    def get(self, url, status=200):
        if url in self.html:
            return self.html[url]
        response = self.client.get(url)
        assert response.status_code == status, f"{url}: HTTP {response.status_code}"
        assert "text/html" in response["Content-Type"], f"{url}: {response['Content-Type']}"
        self.html[url] = response.content.decode()
        return self.html[url]


def render_every_page_kind(client, site_pages):
    pages = Pages(client)
    for lang in LANGUAGES:
        locale = Locale.objects.get(language_code=lang)
        # The page tree: home, initiatives, standard pages (legal, accessibility, easy
        # language, sign language, …).
        for page in site_pages[lang].values():
            pages.get(page.url)
        # News and events: index, filtered index, one article, an upcoming and a past event.
        for index in NewsIndexPage.objects.live().filter(locale=locale):
            html = pages.get(index.url)
            for name, value in first_options(html).items():
                pages.get(with_query(index.url, **{name: value}))
        news = NewsPage.objects.live().filter(locale=locale).order_by("-date").first()
        pages.get(news.url)
        for index in EventIndexPage.objects.live().filter(locale=locale):
            pages.get(index.url)
        events = EventPage.objects.live().filter(locale=locale).order_by("start")
        pages.get(events.first().url)
        pages.get(events.last().url)

        with translation.override(lang):
            list_urls = [reverse(name) for name in LISTS]
            map_url = reverse("programmes:modelproject_map")
            compare_url = reverse("programmes:modelproject_compare")
            search_url = reverse("search")
            other_urls = [
                reverse("contacts:contact_list"),
                reverse("opendata:index"),
                reverse("opendata:api_docs"),
            ]
        # Each database: plain, filtered, searched, filtered and searched, no results,
        # second page, and its first detail pages.
        word = None
        for list_url in list_urls:
            html = pages.get(list_url)
            details = detail_links(html, list_url, DETAILS_PER_LIST)
            assert details, f"{list_url}: no links to detail pages found"
            for path, _text in details:
                pages.get(path)
            filters = first_options(html)
            assert filters, f"{list_url}: no filter options found"
            word = search_word(details[0][1])
            pages.get(with_query(list_url, **filters))
            pages.get(with_query(list_url, q=word))
            pages.get(with_query(list_url, q=word, **filters))
            pages.get(with_query(list_url, q=NO_RESULTS))
            pages.get(with_query(list_url, page=2))
        # The map of model projects, plain and filtered.
        pages.get(map_url)
        map_filters = first_options(pages.get(map_url)) or first_options(pages.get(list_urls[0]))
        pages.get(with_query(map_url, **map_filters))
        # The comparison of model projects: the chooser alone, two and three projects, an
        # unknown project (404) and too many (400).
        projects = [
            path.rstrip("/").rsplit("/", 1)[-1]
            for path, _text in detail_links(pages.get(list_urls[0]), list_urls[0], 5)
        ]
        assert len(projects) == 5, f"{list_urls[0]}: fewer than five projects listed"
        pages.get(compare_url)
        pages.get(with_query(compare_url, p=projects[:2]))
        pages.get(with_query(compare_url, p=projects[:3]))
        pages.get(with_query(compare_url, p=[projects[0], NO_RESULTS]), status=404)
        pages.get(with_query(compare_url, p=projects), status=400)
        # Site search: empty form, hits, hits of one kind and their second page, a word
        # with a typo, no hits.
        pages.get(search_url)
        html = pages.get(with_query(search_url, q=word))
        kinds = [href for href, _text, _h in FormParser(html).links if "type=" in href]
        assert kinds, f"{search_url}?q={word}: no links to the kinds of content found"
        pages.get(with_query(search_url, **parse_qs_last(kinds[0]), page=2))
        pages.get(with_query(search_url, q=word[:2] + word[3:]))
        pages.get(with_query(search_url, q=NO_RESULTS))
        for url in other_urls:
            pages.get(url)
        # Error page.
        pages.get(f"/{lang}/{NO_RESULTS}/", status=404)
    return pages.html


def run_checker(files):
    """Nu HTML Checker messages (errors only) for ``files``, in one JVM run."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(
            "Java is needed for the HTML check (Nu HTML Checker) but `java` is not on the "
            "PATH: install a Java runtime, 11 or later (Debian: apt-get install "
            "default-jre-headless)."
        )
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing; run `npm ci` (make assets).")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        return json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(
            f"The HTML checker gave no report (exit code {result.returncode}):\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        )


def test_every_page_kind_is_valid_html(client, site_pages, tmp_path):
    rendered = render_every_page_kind(client, site_pages)
    urls, files = {}, []
    for number, (url, html) in enumerate(rendered.items()):
        file = tmp_path / f"page-{number:03d}.html"
        file.write_text(html, encoding="utf-8")
        urls[file.name] = url
        files.append(str(file))
    messages = run_checker(files)
    errors = []
    for message in messages:
        if message.get("type") == "info":  # warnings (not asked for with --errors-only)
            continue
        source = message.get("url") or ""
        url = urls.get(source.rsplit("/", 1)[-1], source)
        line = message.get("lastLine", "?")
        extract = " ".join((message.get("extract") or "").split())
        errors.append(f"{url} line {line}: {message.get('message')}\n    {extract}")
    if errors:
        pytest.fail(
            f"{len(errors)} HTML error(s) in {len(rendered)} pages:\n" + "\n".join(errors),
            pytrace=False,
        )
    # Sanity: every kind was rendered in both languages.
    assert len(rendered) > 2 * (len(site_pages["de"]) + 6 * len(LISTS))


def test_html_datetime_filter_gives_valid_datetime_values():
    """Whole seconds in the site's time zone with a colon in the offset; dates stay dates."""
    from smartcity.templatetags.smartcity_tags import html_datetime

    winter = datetime.datetime(2026, 12, 4, 16, 46, 8, 958784, tzinfo=datetime.UTC)
    summer = datetime.datetime(2026, 7, 1, 8, 0, 0, 5, tzinfo=datetime.UTC)
    assert html_datetime(winter) == "2026-12-04T17:46:08+01:00"
    assert html_datetime(summer) == "2026-07-01T10:00:00+02:00"
    assert html_datetime(datetime.datetime(2026, 1, 2, 3, 4, 5, 6)) == "2026-01-02T03:04:05"
    assert html_datetime(datetime.date(2019, 5, 1)) == "2019-05-01"
    assert html_datetime(None) == html_datetime("") == ""
