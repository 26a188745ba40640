"""Follows every internal link from both home pages: no server errors, no broken links.

The crawl is generic: it finds whatever the apps link to (pages, database lists, detail
views, feeds, documents), so new content is covered without touching this test. Long
lists of detail pages and query-string variants are sampled (see the limits below);
images, style sheets, scripts and downloads found on the way are checked to exist.
"""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage

pytestmark = pytest.mark.django_db

# Safety net: the crawl fails rather than running for ever.
MAX_PAGES = 1500
# Filter forms and pagination produce endless query-string variants of one list;
# a few of each are enough to prove they work.
MAX_QUERY_VARIANTS_PER_PATH = 4
# Databases have hundreds of detail pages built from one template; the first ones of each
# list (in link order) stand for the rest and keep the crawl fast.
MAX_PAGES_PER_FOLDER = 40
NOT_CRAWLED = ("/admin/", "/django-admin/", "/cms/")
ASSET_PREFIXES = ("/static/", "/media/", "/documents/")


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []  # followed and crawled
        self.assets = []  # checked, not parsed
        self.lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").split()
            (self.links if "alternate" in rel else self.assets).append(attrs["href"])
        elif tag in {"img", "script", "source", "video", "audio"} and attrs.get("src"):
            self.assets.append(attrs["src"])
        elif tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self.links.append(attrs.get("action") or "")
        if attrs.get("srcset"):
            self.assets += [part.split()[0] for part in attrs["srcset"].split(",") if part.strip()]

    handle_startendtag = handle_starttag


def internal(base, href):
    """The local path (with query) of an internal link, or None for anything else."""
    href = href.strip()
    if not href or href.startswith(("mailto:", "tel:", "javascript:", "data:")):
        return None
    url, _fragment = urldefrag(urljoin(base, href))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname != "testserver":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def check_asset(client, path):
    """Static files and media are served by whitenoise / the web server, not by the test
    client: check that they exist. Documents are served by Wagtail: fetch them."""
    clean = urlsplit(path).path
    if clean.startswith("/static/"):
        return finders.find(clean.removeprefix("/static/")) is not None
    if clean.startswith("/media/"):
        return default_storage.exists(clean.removeprefix("/media/"))
    return client.get(path).status_code == 200


def crawl(client, start_urls):
    queue = deque(start_urls)
    seen = set(start_urls)
    query_variants = {}
    folder_pages = {}
    problems = []
    visited = []
    assets = {}  # path -> first page that uses it
    while queue:
        path, referrer = queue.popleft(), None
        if isinstance(path, tuple):
            path, referrer = path
        if len(visited) >= MAX_PAGES:
            pytest.fail(f"Crawl stopped after {MAX_PAGES} pages; raise MAX_PAGES if intended.")
        visited.append(path)
        try:
            response = client.get(path)
        except Exception as exc:  # the test client re-raises view exceptions
            problems.append(f"{path} (linked from {referrer}): {type(exc).__name__}: {exc}")
            continue
        status = response.status_code
        if status >= 400:
            problems.append(f"{path} (linked from {referrer}): HTTP {status}")
            continue
        base = f"http://testserver{path}"
        if status in (301, 302, 303, 307, 308):
            hrefs, page_assets = [response["Location"]], []
        elif "text/html" in response.get("Content-Type", ""):
            missing = [name for name in SECURITY_HEADERS if name not in response]
            if missing:
                problems.append(f"{path}: security headers missing: {missing}")
            elif "unsafe-inline" in response["Content-Security-Policy"]:
                problems.append(f"{path}: the public CSP allows inline code")
            parser = LinkParser()
            parser.feed(response.content.decode())
            prefix = path.split("/")[1] if path.count("/") > 1 else ""
            if prefix in ("de", "en") and parser.lang != prefix:
                problems.append(f"{path}: <html lang={parser.lang!r}>, expected {prefix!r}")
            hrefs, page_assets = parser.links, parser.assets
        else:
            continue
        for href in page_assets:
            target = internal(base, href)
            if target is not None:
                assets.setdefault(target, path)
        for href in hrefs:
            target = internal(base, href)
            if target is None or target in seen:
                continue
            if target.startswith(ASSET_PREFIXES):
                assets.setdefault(target, path)
                continue
            if target.startswith(NOT_CRAWLED):
                continue
            seen.add(target)
            if "?" in target:
                route = target.split("?")[0]
                query_variants[route] = query_variants.get(route, 0) + 1
                if query_variants[route] > MAX_QUERY_VARIANTS_PER_PATH:
                    continue
            else:
                folder = target.rstrip("/").rsplit("/", 1)[0]
                folder_pages[folder] = folder_pages.get(folder, 0) + 1
                # Everything directly below /de/ and /en/ is crawled.
                if folder.count("/") > 1 and folder_pages[folder] > MAX_PAGES_PER_FOLDER:
                    continue
            queue.append((target, path))
    for asset, referrer in sorted(assets.items()):
        if not check_asset(client, asset):
            problems.append(f"{asset} (used on {referrer}): missing")
    return visited, problems


# Sent with every public HTML page (HSTS and secure cookies: production settings tests).
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
)


def test_every_internal_link_works(client, site_pages):
    """Every page reachable by links answers, has its assets and sends the security headers."""
    visited, problems = crawl(client, ["/de/", "/en/"])
    assert not problems, f"{len(problems)} problem(s) in {len(visited)} pages:\n" + "\n".join(
        problems
    )
    # Sanity: the crawl really reached the whole page tree in both languages.
    for lang in ("de", "en"):
        for key, page in site_pages[lang].items():
            assert page.url in visited, f"{key} ({lang}) was never linked"


def test_root_and_robots(client, site_pages):
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
