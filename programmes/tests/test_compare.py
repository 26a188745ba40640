"""Comparison of two to four model projects: the table against the records the detail pages
show, both languages, the choosers without JavaScript, bad input, query count, cache key."""

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.core.cache import caches
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from core import pagecache
from measures.filters import MeasureFilterSet
from measures.models import FieldOfAction, Measure, MeasureStatus
from programmes.compare import MAX_COMPARED, MEASURE_FILTERS
from programmes.models import ModelProject
from programmes.views import project_queryset
from publications.models import Publication
from publications.templatetags.publications_tags import project_publications
from solutions.models import SolutionProfile
from solutions.templatetags.solutions_tags import project_solutions

from .helpers import add_projects, count_queries

pytestmark = pytest.mark.django_db

COMPARE = {"de": "/de/modellprojekte/vergleich/", "en": "/en/model-projects/compare/"}
LIST = {"de": "/de/modellprojekte/", "en": "/en/model-projects/"}
LABELS = {
    "de": {
        "round": "Staffel",
        "category": "Kommunentyp",
        "state": "Bundesland",
        "partners": "Partnerkommunen",
        "measures": "Alle Maßnahmen",
        "solutions": "Smart-City-Lösungen",
        "publications": "Publikationen",
        "title": "Modellprojekte vergleichen",
        "crumb": "Vergleich",
        "none": "keine",
    },
    "en": {
        "round": "Funding round",
        "category": "Municipality category",
        "state": "Federal state",
        "partners": "Partner municipalities",
        "measures": "All measures",
        "solutions": "Smart City solutions",
        "publications": "Publications",
        "title": "Compare model projects",
        "crumb": "Comparison",
        "none": "none",
    },
}


def query(*slugs):
    return "?" + urlencode([("p", slug) for slug in slugs])


class Page(HTMLParser):
    """What the tests read from a comparison page: the table, the chooser form, links."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.caption = ""
        self.columns = []  # first link text of each <th scope="col"> (the project name)
        self.rows = {}  # row header text -> list of cells {"text", "links"}
        self.row_headers_scoped = True
        self.forms = []  # {"action", "method", "selects": [{"id", "name", "options", "selected"}]}
        self.labels = {}  # for -> text
        self._stack = []
        self._cell = None
        self._row = None
        self._label = None
        self._select = None
        self._option = None
        self._in_caption = False
        self._in_table = False
        self._link_text = None
        self._in_head = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == "compare-table":
            self._in_table = True
        elif tag == "caption" and self._in_table:
            self._in_caption = True
        elif self._in_table and tag == "tr":
            self._row = {"header": None, "cells": [], "in_head": self._in_head}
        elif self._in_table and tag == "thead":
            self._in_head = True
        elif self._in_table and tag == "th" and self._row is not None:
            self._cell = {"kind": attrs.get("scope"), "text": "", "links": []}
        elif self._in_table and tag == "td" and self._row is not None:
            self._cell = {"kind": "td", "text": "", "links": []}
        elif tag == "li" and self._cell is not None:
            self._cell["text"] += " "
        elif tag == "a" and self._cell is not None:
            self._cell["links"].append(attrs.get("href"))
            self._link_text = ""
        elif tag == "form":
            self.forms.append(
                {"action": attrs.get("action"), "method": attrs.get("method"), "selects": []}
            )
        elif tag == "label":
            self._label = [attrs.get("for"), ""]
        elif tag == "select" and self.forms:
            self._select = {
                "id": attrs.get("id"),
                "name": attrs.get("name"),
                "options": [],
                "selected": None,
            }
            self.forms[-1]["selects"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._select["options"].append(attrs.get("value"))
            if "selected" in attrs:
                self._select["selected"] = attrs.get("value")

    def handle_endtag(self, tag):
        if tag == "a" and self._link_text is not None:
            self._cell.setdefault("link_texts", []).append(self._link_text.strip())
            self._link_text = None
        elif tag == "table":
            self._in_table = False
        elif tag == "caption":
            self._in_caption = False
        elif tag == "thead":
            self._in_head = False
        elif tag in ("th", "td") and self._cell is not None:
            cell, self._cell = self._cell, None
            cell["text"] = " ".join(cell["text"].split())
            if cell["kind"] == "col":
                self.columns.append(cell.get("link_texts", [""])[0])
            elif cell["kind"] == "row":
                self._row["header"] = cell["text"]
            elif cell["kind"] == "td" and self._row is not None:
                self._row["cells"].append(cell)
        elif tag == "tr" and self._row is not None:
            if self._row["header"]:
                self.rows[self._row["header"]] = self._row["cells"]
            elif self._row["cells"] and not self._row["in_head"]:
                self.row_headers_scoped = False
            self._row = None
        elif tag == "label" and self._label:
            self.labels[self._label[0]] = " ".join(self._label[1].split())
            self._label = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._in_caption:
            self.caption += data
        if self._cell is not None:
            self._cell["text"] += data
        if self._link_text is not None:
            self._link_text += data
        if self._label is not None:
            self._label[1] += data

    def texts(self, header):
        return [cell["text"] for cell in self.rows[header]]

    def chooser(self):
        return next(form for form in self.forms if form["selects"])


def get(client, language, *slugs, **extra):
    return client.get(COMPARE[language] + query(*slugs), **extra)


def html(response):
    return response.content.decode()


@pytest.fixture
def four(model_projects):
    """Four projects with something to compare: one that leads a public solution, one
    with a live publication, the others with live measures."""
    chosen = []
    solution = SolutionProfile.objects.live().select_related("lead_project").first()
    publication = Publication.objects.live().filter(model_projects__isnull=False).first()
    assert solution is not None and publication is not None, "demo content is loaded"
    chosen.append(solution.lead_project)
    other = publication.model_projects.exclude(pk=solution.lead_project_id).first()
    if other is not None:
        chosen.append(other)
    busiest = (
        project_queryset()
        .exclude(pk__in=[p.pk for p in chosen])
        .filter(measures__live=True)
        .distinct()
        .order_by("name")
    )
    chosen.extend(busiest[: 4 - len(chosen)])
    assert len(chosen) == 4
    return chosen


def test_urls_are_translated():
    for language, path in COMPARE.items():
        with translation.override(language):
            assert reverse("programmes:modelproject_compare") == path


@pytest.mark.parametrize("language", ["de", "en"])
def test_four_projects_side_by_side(client, four, language):
    response = get(client, language, *[p.slug for p in four])
    assert response.status_code == 200
    assert response.headers["Content-Language"] == language
    page = Page(html(response))
    labels = LABELS[language]
    with translation.override(language):
        names = [ModelProject.objects.get(pk=p.pk).name for p in four]
        categories = [str(p.category) for p in four]
        states = [str(p.state) for p in four]
    # Columns in the order of the query string, headed by the project names.
    assert page.columns == names
    assert all(name in page.caption for name in names)
    assert page.row_headers_scoped
    assert page.texts(labels["round"]) == [str(p.funding_round.year) for p in four]
    assert page.texts(labels["category"]) == categories
    assert page.texts(labels["state"]) == states
    for project, text in zip(four, page.texts(labels["partners"]), strict=True):
        assert text == (" ".join(project.partner_list) or labels["none"])
    # Column links lead to each project's page in the page's language.
    with translation.override(language):
        urls = [p.get_absolute_url() for p in four]
    assert (
        re.findall(
            r'<th scope="col" class="kern-table__header"><a class="kern-link" href="([^"]+)"',
            html(response),
        )
        == urls
    )
    assert "opulation" not in html(response) and "Einwohner" not in html(response)


def test_counts_and_links_are_what_the_public_pages_show(client, four):
    """Measures counted per field of action and status as the measures list counts them;
    solutions and publications as the project's own page lists them."""
    page = Page(html(get(client, "en", *[p.slug for p in four])))
    live = Measure.objects.live()
    assert page.texts("All measures") == [str(live.filter(model_project=p).count()) for p in four]
    with translation.override("en"):
        fields = list(FieldOfAction.objects.all())
        statuses = list(MeasureStatus.objects.all())
        for field in fields:
            assert page.texts(str(field)) == [
                str(live.filter(model_project=p, fields_of_action=field).count()) for p in four
            ], field
        for status in statuses:
            assert page.texts(str(status)) == [
                str(live.filter(model_project=p, status=status).count()) for p in four
            ], status
        for project, cell in zip(four, page.rows["Smart City solutions"], strict=True):
            assert cell["links"] == [s.get_absolute_url() for s in project_solutions(project)]
        for project, cell in zip(four, page.rows["Publications"], strict=True):
            assert cell["links"] == [p.get_absolute_url() for p in project_publications(project)]
    assert any(cell["links"] for cell in page.rows["Smart City solutions"])
    assert any(cell["links"] for cell in page.rows["Publications"])
    assert sum(int(text) for text in page.texts("All measures")) > 0


def test_count_links_open_the_measures_list_with_that_many_results(client, four):
    page = Page(html(get(client, "de", *[p.slug for p in four])))
    assert set(MEASURE_FILTERS.values()) <= set(MeasureFilterSet.base_filters)
    checked = 0
    for header in ["Alle Maßnahmen", *[str(f) for f in FieldOfAction.objects.all()]]:
        for cell in page.rows[header]:
            if not cell["links"]:
                assert cell["text"] == "0"
                continue
            listed = client.get(cell["links"][0])
            assert listed.status_code == 200
            count = re.search(r'id="results-heading"[^>]*>(\d+) ', html(listed)).group(1)
            assert count == cell["text"], cell["links"][0]
            checked += 1
            if checked >= 6:
                return
    assert checked


def test_only_published_records_count(client, four):
    slugs = [p.slug for p in four]
    before = Page(html(get(client, "en", *slugs)))
    measure = Measure.objects.live().filter(model_project__in=four).first()
    solution = SolutionProfile.objects.live().filter(lead_project=four[0]).first()
    publication = Publication.objects.live().filter(model_projects__in=four).first()
    Measure.objects.filter(pk=measure.pk).update(live=False)
    SolutionProfile.objects.filter(pk=solution.pk).update(live=False)
    Publication.objects.filter(pk=publication.pk).update(live=False)

    after = Page(html(get(client, "en", *slugs)))
    column = slugs.index(measure.model_project.slug)
    assert int(after.texts("All measures")[column]) == (
        int(before.texts("All measures")[column]) - 1
    )
    everything = str(after.rows["Smart City solutions"]) + str(after.rows["Publications"])
    assert solution.get_absolute_url() not in everything
    assert publication.get_absolute_url() not in everything


@pytest.mark.parametrize("language", ["de", "en"])
def test_page_frame_title_breadcrumbs_canonical_and_language_links(client, four, language):
    slugs = [p.slug for p in four[:2]]
    response = get(client, language, slugs[0], slugs[1], slugs[0], "", " ")
    assert response.status_code == 200
    text = html(response)
    labels = LABELS[language]
    title = re.search(r"<title>(.*?)</title>", text, re.S).group(1)
    assert labels["title"] in title and four[0].name in title
    assert f'<h1 class="kern-heading-x-large">{labels["title"]}</h1>' in text
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', text, re.S).group(0)
    assert f'href="{LIST[language]}"' in crumbs
    assert f'<span aria-current="page">{labels["crumb"]}</span>' in crumbs
    # The canonical address is the cleaned query string (no repeats, no empty values).
    clean = query(*slugs).replace("?", "").replace("&", "&amp;")
    assert f'<link rel="canonical" href="http://testserver{COMPARE[language]}?{clean}">' in text
    other = "en" if language == "de" else "de"
    assert f'hreflang="{other}" href="http://testserver{COMPARE[other]}?{clean}"' in text
    assert "noindex" not in text  # like the filtered lists


def test_repeated_projects_count_once(client, four):
    a, b = four[0].slug, four[1].slug
    page = Page(html(get(client, "en", a, a, b, a, b, b)))
    assert len(page.columns) == 2
    response = get(client, "en", a, a)
    assert response.status_code == 200
    assert "Choose at least one more model project" in html(response)
    assert "compare-table" not in html(response)


@pytest.mark.parametrize("language", ["de", "en"])
def test_fewer_than_two_projects_show_the_chooser_with_a_message(client, four, language):
    empty = client.get(COMPARE[language])
    assert empty.status_code == 200
    message = {"de": "Wählen Sie zwei bis vier", "en": "Choose two to four"}[language]
    assert message in html(empty)
    assert "compare-table" not in html(empty)
    one = get(client, language, four[0].slug)
    assert one.status_code == 200
    with translation.override(language):
        name = ModelProject.objects.get(pk=four[0].pk).name
    hint = {"de": f"um es mit {name} zu vergleichen", "en": f"to compare with {name}."}
    assert hint[language] in html(one)
    chooser = Page(html(one)).chooser()
    assert [select["selected"] for select in chooser["selects"]] == [four[0].slug, "", "", ""]


def test_more_than_four_projects_are_refused(client, model_projects):
    slugs = list(project_queryset().values_list("slug", flat=True)[: MAX_COMPARED + 1])
    response = get(client, "en", *slugs)
    assert response.status_code == 400
    text = html(response)
    assert "At most 4 model projects can be compared at once; 5 were chosen." in text
    assert "compare-table" not in text
    # The chooser keeps the first four, and a link compares them.
    chooser = Page(text).chooser()
    assert [select["selected"] for select in chooser["selects"]] == slugs[:4]
    assert f'href="{COMPARE["en"]}{query(*slugs[:4])}"'.replace("&", "&amp;") in text
    german = get(client, "de", *slugs)
    assert german.status_code == 400
    assert "Es lassen sich höchstens 4 Modellprojekte" in html(german)


def test_unknown_projects_are_named(client, four):
    a, b = four[0].slug, four[1].slug
    response = get(client, "en", a, "atlantis", b)
    assert response.status_code == 404
    text = html(response)
    assert "There is no model project with the identifier “atlantis”." in text
    assert f'href="{COMPARE["en"]}{query(a, b)}"'.replace("&", "&amp;") in text
    assert [s["selected"] for s in Page(text).chooser()["selects"]] == [a, b, "", ""]

    hostile = get(client, "de", "<script>alert(1)</script>", "x" * 500, a)
    assert hostile.status_code == 404
    text = html(hostile)
    assert "Es gibt keine Modellprojekte mit den Kennungen" in text
    assert "<script>alert(1)</script>" not in text
    assert "“&lt;script&gt;alert(1)&lt;/script&gt;”" in text
    assert "x" * 39 + "…" in text and "x" * 41 not in text

    many = get(client, "en", *[f"unknown-{n}" for n in range(4)])
    assert many.status_code == 404
    assert "“unknown-0”, “unknown-1”, “unknown-2”, “unknown-3”" in html(many)


@pytest.mark.parametrize(
    "raw",
    [
        "p=",
        "p=%00",
        "p=ulm%00&p=solingen",
        "p=%FF%FE&p=ulm",
        "p=" + "x" * 10_000,
        "p[]=ulm&p[]=solingen",
        "P=ulm&p=solingen",
        "&".join(["p=ulm"] * 500),
        "&".join(f"p=u{n}" for n in range(900)),
        "&".join(["p=ulm"] * 1200),
        "p=ulm&p=solingen&page=abc&sort=x&utm_source=y",
        "p=..%2F..%2Fetc%2Fpasswd&p=ulm",
        "p=ULM&p=Solingen",
        "p=%20ulm%20&p=solingen%0A",
    ],
)
def test_odd_query_strings_never_give_a_server_error(client, model_projects, raw):
    response = client.get(f"{COMPARE['de']}?{raw}")
    assert response.status_code in (200, 400, 404)


def test_whitespace_around_identifiers_is_ignored(client, model_projects):
    response = client.get(COMPARE["de"] + "?p=%20ulm%20&p=solingen%0A")
    assert response.status_code == 200
    assert len(Page(html(response)).columns) == 2


def test_only_get_and_head(client, model_projects):
    assert client.post(COMPARE["de"] + query("ulm", "solingen")).status_code == 405
    assert client.head(COMPARE["de"] + query("ulm", "solingen")).status_code == 200


def test_query_count_is_fixed(client, four, django_assert_max_num_queries):
    slugs = [p.slug for p in four]
    client.get(COMPARE["de"] + query(*slugs))  # warm caches (site root, locales)
    counts = {n: count_queries(client, COMPARE["de"] + query(*slugs[:n])) for n in (2, 3, 4)}
    assert len(set(counts.values())) == 1, counts
    add_projects(300)
    assert count_queries(client, COMPARE["de"] + query(*slugs)) == counts[4]
    with django_assert_max_num_queries(20):
        client.get(COMPARE["en"] + query(*slugs))


def test_chooser_is_a_plain_get_form_with_labels(client, four):
    """Without JavaScript: pick projects in the labelled selects and submit the form."""
    response = get(client, "en", four[0].slug, four[1].slug)
    page = Page(html(response))
    form = page.chooser()
    assert form["method"] == "get" and form["action"] == COMPARE["en"]
    assert len(form["selects"]) == MAX_COMPARED
    for number, select in enumerate(form["selects"], 1):
        assert select["name"] == "p"
        assert page.labels[select["id"]] == f"Project {number}"
        assert select["options"][0] == ""
        assert set(select["options"][1:]) == set(project_queryset().values_list("slug", flat=True))
    assert re.search(
        r'<form method="get" action="[^"]+" class="compare-form">.*?'
        r'<button type="submit"',
        html(response),
        re.S,
    )
    # What a browser sends: every select, the empty ones too.
    chosen = [s["selected"] for s in form["selects"]]
    chosen[2] = four[2].slug
    submitted = client.get(form["action"], {"p": chosen})
    assert submitted.status_code == 200
    assert len(Page(html(submitted)).columns) == 3
    # Each column can be removed with a link.
    remove = Page(html(submitted)).rows["Change the comparison"][0]["links"][0]
    assert parse_qs(urlsplit(remove).query)["p"] == [four[1].slug, four[2].slug]


def test_list_rows_tick_into_a_get_form_of_the_comparison(client, model_projects):
    text = html(client.get(LIST["de"], {"round": "2019"}))
    form = re.search(r'<form id="compare-form" method="get" action="([^"]+)"', text)
    assert form.group(1) == COMPARE["de"]
    boxes = re.findall(
        r'<input class="kern-form-check__checkbox" type="checkbox" id="(compare-[^"]+)" '
        r'name="p" value="([^"]+)" form="compare-form">',
        text,
    )
    assert len(boxes) == 13
    for html_id, slug in boxes:
        assert html_id == f"compare-{slug}"
        label = re.search(rf'<label class="kern-label" for="{html_id}">(.*?)</label>', text)
        assert label.group(1).startswith('Vergleichen<span class="kern-sr-only">: ')
    assert re.search(
        r'id="compare-form".*?<button type="submit" class="kern-btn kern-btn--primary">',
        text,
        re.S,
    )
    # The htmx fragment of the list carries the ticks too.
    fragment = html(client.get(LIST["en"], headers={"HX-Request": "true"}))
    assert fragment.count('form="compare-form"') == 20
    assert '<label class="kern-label" for="compare-' in fragment and "Compare<span" in fragment


@pytest.mark.parametrize("language", ["de", "en"])
def test_detail_page_links_to_a_comparison_with_the_project(client, model_projects, language):
    with translation.override(language):
        path = reverse("programmes:modelproject_detail", kwargs={"slug": "ulm"})
    text = html(client.get(path))
    label = {"de": "Mit anderen vergleichen", "en": "Compare with others"}[language]
    assert f'<a class="kern-link" href="{COMPARE[language]}?p=ulm">{label}</a>' in text
    chooser = Page(html(client.get(f"{COMPARE[language]}?p=ulm"))).chooser()
    assert chooser["selects"][0]["selected"] == "ulm"


def test_page_cache_key_keeps_the_projects_and_their_order(four):
    factory = RequestFactory()
    a, b = four[0].slug, four[1].slug
    request = factory.get(COMPARE["de"] + query(a, b) + "&utm_source=x")
    assert pagecache.is_cacheable_request(request)
    assert pagecache.canonical_query(request) == urlencode([("p", a), ("p", b)])
    swapped = factory.get(COMPARE["de"] + query(b, a))
    assert pagecache.cache_key(request, "g") != pagecache.cache_key(swapped, "g")
    same = factory.get(COMPARE["de"] + query(a, b))
    assert pagecache.cache_key(request, "g") == pagecache.cache_key(same, "g")


@override_settings(PAGE_CACHE_SECONDS=300)
def test_comparisons_are_served_from_the_page_cache(client, four):
    caches["default"].clear()
    pagecache.forget_generation()
    try:
        path = COMPARE["en"] + query(four[0].slug, four[1].slug)
        assert client.get(path)["X-Page-Cache"] == "miss"
        hit = client.get(path)
        assert hit["X-Page-Cache"] == "hit"
        other = client.get(COMPARE["en"] + query(four[0].slug, four[2].slug))
        assert other["X-Page-Cache"] == "miss"
        assert four[2].name in html(other)
        # Refusals are not stored.
        assert "X-Page-Cache" not in client.get(COMPARE["en"] + query("atlantis", "ulm"))
    finally:
        caches["default"].clear()
        pagecache.forget_generation()


@override_settings(PAGE_CACHE_SECONDS=300)
@pytest.mark.parametrize("kind", ["measure", "solution", "publication"])
def test_unpublishing_what_a_comparison_shows_renews_its_cached_page(client, four, kind):
    """The comparison shows measures, solutions and publications besides the projects: a
    change to any of them must not leave a stale cached comparison."""
    caches["default"].clear()
    pagecache.forget_generation()
    try:
        path = COMPARE["en"] + query(*[p.slug for p in four])
        before = Page(html(client.get(path)))
        assert client.get(path)["X-Page-Cache"] == "hit"
        if kind == "measure":
            record = Measure.objects.live().filter(model_project__in=four).first()
        elif kind == "solution":
            record = SolutionProfile.objects.live().filter(lead_project=four[0]).first()
        else:
            record = Publication.objects.live().filter(model_projects__in=four).first()
        record.live = False
        record.save()
        response = client.get(path)
        assert response["X-Page-Cache"] == "miss"
        after = Page(html(response))
        if kind == "measure":
            column = [p.pk for p in four].index(record.model_project_id)
            counts = before.texts("All measures")[column], after.texts("All measures")[column]
            assert int(counts[1]) == int(counts[0]) - 1
        else:
            assert record.get_absolute_url() not in html(response)
    finally:
        caches["default"].clear()
        pagecache.forget_generation()


def test_comparisons_are_not_in_the_sitemap(client, model_projects):
    sitemap = html(client.get("/sitemap.xml"))
    assert "/de/modellprojekte/</loc>" in sitemap
    assert "modellprojekte/vergleich" not in sitemap
    assert "model-projects/compare" not in sitemap


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "status"),
    [
        (COMPARE["de"] + query("ulm", "solingen", "gelsenkirchen", "bad-belzig-wiesenburg"), 200),
        (COMPARE["en"] + query("ulm", "solingen"), 200),
        (COMPARE["en"] + query("ulm"), 200),
        (COMPARE["de"] + query("ulm", "atlantis"), 404),
    ],
)
def test_no_axe_violations(page, live_server, axe, path, status):
    response = page.goto(live_server.url + path)
    assert response.status == status
    axe(page)


@pytest.mark.browser
def test_ticks_survive_filtering_and_open_the_comparison(page, live_server):
    """With scripts: a tick reloads nothing, filtering keeps it, at most four, then compare."""
    fragments = []
    page.on("request", lambda r: fragments.append(r.url) if r.headers.get("hx-request") else None)
    page.goto(live_server.url + LIST["de"])  # waits for "load": the deferred scripts ran
    boxes = page.locator('input[type="checkbox"][form="compare-form"]')
    first, second = boxes.nth(0).get_attribute("value"), boxes.nth(1).get_attribute("value")
    boxes.nth(0).check()
    boxes.nth(1).check()
    status = page.locator("#compare-status")
    assert status.inner_text() == "Angekreuzt: 2 von höchstens 4."
    # Filter to a round that leaves out at least one of the ticked projects.
    rounds = dict(ModelProject.objects.values_list("slug", "funding_round__year"))
    other_round = next(year for year in (2019, 2020, 2021) if year != rounds[first])
    page.locator(f'input[name="round"][value="{other_round}"]').check()
    page.wait_for_url(f"**round={other_round}**")
    # The URL is pushed before the swapped list settles, and the hidden fields are written
    # on "htmx:afterSettle": wait for them (expect retries) instead of reading them at once.
    hidden = page.locator('#compare-form input[type="hidden"][name="p"]')
    expect(hidden.and_(page.locator(f'[value="{first}"]'))).to_have_count(1)
    expect(
        page.locator(f'input[type="checkbox"][form="compare-form"][value="{first}"]')
    ).to_have_count(0)
    assert len(fragments) == 1  # the filter, not the ticks
    # Two more ticks make four; a fifth is refused.
    shown = page.locator('input[type="checkbox"][form="compare-form"]:not(:checked)')
    for _ in range(2):
        shown.first.check()
    assert "Vier Modellprojekte sind angekreuzt" in status.inner_text()
    extra = shown.first
    extra.click()
    assert not extra.is_checked()
    page.locator("#compare-form button[type=submit]").click()
    page.wait_for_url("**/vergleich/?**")
    chosen = parse_qs(urlsplit(page.url).query)["p"]
    assert len(chosen) == 4 and first in chosen and second in chosen
    assert page.locator("#compare-table thead th[scope=col]").count() == 4


@pytest.mark.browser
def test_comparison_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    tab = context.new_page()
    try:
        tab.goto(LIST["de"] + "?round=2019")
        boxes = tab.locator('input[type="checkbox"][form="compare-form"]')
        boxes.nth(0).check()
        boxes.nth(1).check()
        tab.locator("#compare-form button[type=submit]").click()
        tab.wait_for_url("**/vergleich/?**")
        assert tab.locator("#compare-table thead th[scope=col]").count() == 2
        tab.get_by_label("Projekt 3").select_option("ulm")
        tab.locator(".compare-form button[type=submit]").click()
        tab.wait_for_url("**p=ulm**")
        assert tab.locator("#compare-table thead th[scope=col]").count() == 3
    finally:
        context.close()
