"""The portal on a phone (390×844 in Chromium), and no requests to other hosts.

* Every filterable list shows its first result on the first screen: the filters fold into
  one "Filter (n)" disclosure above the results.
* The main menu folds behind a button that works with the keyboard.
* With the default settings no page, public or admin, makes the browser contact another
  origin (no map tiles, fonts, scripts or update checks from third parties).
* axe-core finds no WCAG 2.1 A/AA violation on the changed pages at phone size, with the
  menu and the filter panel open too.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# Every list built on core.filtering, in both languages for two of them.
LISTS = [
    "/de/massnahmen/",
    "/en/measures/",
    "/de/modellprojekte/",
    "/en/model-projects/",
    "/de/loesungen/",
    "/de/publikationen/",
    "/de/aktuelles/",
]
PASSWORD = "phone-test-password"


@pytest.fixture
def phone(browser, live_server):
    """A tab the size of a phone screen (390×844 CSS pixels), German."""
    context = browser.new_context(
        viewport=PHONE,
        locale="de-DE",
        base_url=live_server.url,
        service_workers="block",
        has_touch=True,
    )
    context.set_default_timeout(30_000)
    tab = context.new_page()
    yield tab
    context.close()


def words(text):
    """Text with its line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.parametrize("path", LISTS)
def test_first_result_on_the_first_screen(phone, path):
    response = phone.goto(path)
    assert response.status == 200
    panel = phone.locator("#filter-panel")
    summary = panel.locator("> summary")
    # Folded on a phone, but there: the filters are one tap away.
    assert summary.is_visible()
    assert panel.evaluate("element => element.open") is False
    assert re.match(r"^(Filter|Suchen und filtern|Search and filter)$", summary.inner_text())
    assert not phone.locator(".facet").first.is_visible()
    first = phone.locator(".result-list > li").first
    first_box, summary_box = first.bounding_box(), summary.bounding_box()
    assert summary_box["y"] < first_box["y"], "the filter disclosure comes before the results"
    assert first_box["y"] < PHONE["height"], (
        f"the first result starts at {first_box['y']:.0f} px, below the first screen"
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


SEARCHES = ["/de/suche/?q=Mobilit%C3%A4t", "/en/search/?q=mobility"]


@pytest.mark.parametrize("path", SEARCHES)
def test_site_search_shows_its_first_hit_on_the_first_screen(phone, path):
    """The kinds of content wrap as a row of tags above the hits on a phone, every one
    of them still there, instead of a column of links that pushed the hits down."""
    assert phone.goto(path).status == 200
    kinds = phone.locator(".search-types li")
    assert kinds.count() >= 9  # "all" and every kind, with or without hits
    first_kind, last_kind = kinds.first.bounding_box(), kinds.last.bounding_box()
    hit = phone.locator(".search-result").first
    hit_box = hit.bounding_box()
    assert last_kind["y"] < hit_box["y"], "the kinds come before the hits"
    assert first_kind["y"] == kinds.nth(1).bounding_box()["y"], "the kinds share rows"
    assert hit_box["y"] < PHONE["height"], (
        f"the first hit starts at {hit_box['y']:.0f} px, below the first screen"
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_filter_panel_counts_filters_and_leads_back_to_the_results(phone):
    phone.goto("/de/massnahmen/?status=in-umsetzung&q=Plattform")
    summary = phone.locator("#filter-panel > summary")
    assert summary.inner_text().splitlines()[0] == "Suchen und filtern (2)"
    summary.click()
    phone.locator("#filter-spatial_effect-quartier").check()
    # htmx swaps the results; the panel stays open and counts the new filter.
    phone.wait_for_url(re.compile(r"spatial_effect=quartier"))
    expect_text = "Suchen und filtern (3)"
    phone.wait_for_function(
        "text => document.querySelector('#filter-panel > summary').innerText.startsWith(text)",
        arg=expect_text,
    )
    assert phone.locator("#filter-panel").evaluate("element => element.open")
    heading = phone.locator("#results-heading").inner_text()
    show = phone.locator(".filter-show-results")
    assert show.inner_text() == f"{heading} anzeigen"
    show.click()
    assert phone.locator("#filter-panel").evaluate("element => element.open") is False
    assert phone.evaluate("document.activeElement.id") == "results-heading"
    # (The page may scroll smoothly: wait until it is there.)
    expect(phone.locator("#results-heading")).to_be_in_viewport()


def test_skip_link_jumps_over_the_filters(page, live_server):
    """On a wide screen the filter column is open; the first Tab into the list region
    offers the way past it."""
    page.goto(live_server.url + "/de/massnahmen/")
    assert page.locator(".facet").first.is_visible()
    assert not page.locator("#filter-panel > summary").is_visible()
    page.locator("#filter-status").evaluate("element => element.scrollIntoView()")
    skip = page.locator(".filter-skip")
    skip.focus()
    assert skip.inner_text() == "Zu den Ergebnissen"
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results-heading"


def test_long_facets_show_ticked_options_first_and_the_rest_on_request(page, live_server):
    page.goto(live_server.url + "/de/massnahmen/?state=thueringen")
    facet = page.locator("#facet-state")
    options = facet.locator(".kern-fieldset__body.facet-options").first.locator("input")
    assert options.first.get_attribute("value") == "thueringen"
    assert options.first.is_checked()
    more = facet.locator("#facet-state-more")
    assert words(more.locator("> summary").inner_text()) == "11 weitere anzeigen (Bundesland)"
    hidden = more.locator("input").first
    assert not hidden.is_visible()
    # No box with a scroll bar of its own: every option lies in the page's flow.
    assert facet.evaluate(
        """facet => [...facet.querySelectorAll('.facet-options')]
            .every(list => list.scrollHeight <= list.clientHeight + 1)"""
    )
    more.locator("> summary").click()
    assert hidden.is_visible()
    assert words(more.locator("> summary").inner_text()) == "Weniger anzeigen (Bundesland)"


def test_menu_button_works_by_keyboard(phone):
    phone.goto("/de/massnahmen/")
    button = phone.locator("[data-menu-toggle]")
    nav = phone.locator("#main-nav")
    assert button.is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    assert not nav.is_visible()
    # Skip link, logo, menu button.
    for _ in range(3):
        phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.hasAttribute('data-menu-toggle')")
    phone.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert nav.is_visible()
    assert phone.locator("#site-search-bar").is_visible()
    # The next stops: the language switch, then the menu links in order.
    reached = []
    for _ in range(12):
        phone.keyboard.press("Tab")
        reached.append(
            phone.evaluate(
                "() => [document.activeElement.closest('nav')?.id, "
                "document.activeElement.getAttribute('href')]"
            )
        )
    assert reached[0] == ["language-switch", "/de/massnahmen/"]
    assert reached[1] == ["language-switch", "/en/measures/"]
    menu_links = [href for nav_id, href in reached if nav_id == "main-nav"]
    assert "/de/massnahmen/" in menu_links
    assert len(menu_links) >= 5
    assert phone.evaluate("document.activeElement.closest('#main-nav') !== null")
    # Escape closes the menu and puts the focus back on the button.
    phone.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not nav.is_visible()
    assert phone.evaluate("document.activeElement.hasAttribute('data-menu-toggle')")
    # A second Enter opens it again; a click on the button closes it.
    phone.keyboard.press("Enter")
    assert nav.is_visible()
    button.click()
    assert not nav.is_visible()


def test_menu_without_javascript_and_on_wide_screens(browser, live_server, page):
    context = browser.new_context(
        viewport=PHONE, java_script_enabled=False, base_url=live_server.url
    )
    try:
        tab = context.new_page()
        tab.goto("/de/")
        assert not tab.locator("[data-menu-toggle]").is_visible()
        assert tab.locator("#main-nav").is_visible()
        assert tab.locator("#language-switch").is_visible()
        tab.goto("/de/massnahmen/")
        # A plain GET form: unfold, tick, apply.
        tab.locator("#filter-panel > summary").click()
        tab.locator("#filter-status-in-umsetzung").check()
        tab.get_by_role("button", name="Filter anwenden").click()
        assert "status=" in tab.url
        assert (
            tab.locator("#filter-panel > summary").inner_text().startswith("Suchen und filtern (1)")
        )
    finally:
        context.close()
    page.goto(live_server.url + "/de/")
    assert not page.locator("[data-menu-toggle]").is_visible()
    assert page.locator("#main-nav").is_visible()


def _public_paths(site_pages):
    from measures.models import Measure
    from news.models import EventPage, NewsPage
    from programmes.models import ModelProject
    from publications.models import Publication
    from solutions.models import SolutionProfile

    pages = site_pages["de"]
    with translation.override("de"):
        paths = [
            pages["home"].url,
            pages["initiatives"].url,
            pages["mpsc"].url,
            pages["about"].url,
            pages["easy-language"].url,
            pages["accessibility"].url,
            pages["privacy"].url,
            NewsPage.objects.live().filter(locale__language_code="de").first().url,
            EventPage.objects.live().filter(locale__language_code="de").first().url,
            "/de/aktuelles/",
            "/de/veranstaltungen/",
            reverse("measures:measure_list"),
            Measure.objects.filter(live=True).first().get_absolute_url(),
            reverse("programmes:modelproject_list"),
            ModelProject.objects.first().get_absolute_url(),
            reverse("programmes:modelproject_map"),
            reverse("solutions:solution_list"),
            SolutionProfile.objects.filter(live=True).first().get_absolute_url(),
            reverse("publications:publication_list"),
            Publication.objects.filter(live=True).first().get_absolute_url(),
            reverse("contacts:contact_list"),
            reverse("search") + "?q=Mobilit%C3%A4t",
        ]
    with translation.override("en"):
        paths += [site_pages["en"]["home"].url, reverse("programmes:modelproject_map")]
    return paths


def test_no_request_leaves_the_site(page, live_server, site_pages):
    """Default settings: no page asks the browser to contact another origin."""
    own = origin(live_server.url)
    foreign = []

    def record(request):
        if request.url.split(":", 1)[0] in ("data", "blob"):
            return  # no network request
        if origin(request.url) != own:
            foreign.append(f"{request.url} (from {page.url})")

    page.on("request", record)
    # Fail fast rather than wait for a host that cannot be reached here.
    page.route(
        "**/*",
        lambda route: route.abort() if origin(route.request.url) != own else route.continue_(),
    )
    for path in _public_paths(site_pages):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")

    from wagtail.models import Page

    get_user_model().objects.create_superuser("phone-admin", "admin@example.org", PASSWORD)
    page.goto(live_server.url + "/admin/login/")
    page.wait_for_load_state("networkidle")
    page.fill("#id_username", "phone-admin")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.wait_for_load_state("networkidle")
    edit = Page.objects.get(pk=site_pages["de"]["about"].pk)
    for path in (
        reverse("wagtailsnippets_measures_measure:list"),
        reverse("wagtailadmin_pages:edit", args=[edit.pk]),
    ):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
    assert foreign == [], "requests to other origins:\n" + "\n".join(foreign)


AXE_PHONE_PAGES = [
    "/de/",
    "/de/massnahmen/",
    "/en/model-projects/?round=2019",
    "/de/modellprojekte/karte/",
    "/de/modellprojekte/suedwestfalen/",
    "/de/loesungen/",
    "/de/suche/?q=Mobilit%C3%A4t",
]


@pytest.mark.parametrize("path", AXE_PHONE_PAGES)
def test_no_axe_violations_on_a_phone(phone, axe, path):
    assert phone.goto(path).status == 200
    axe(phone)
    # Open everything that folds: the menu and, on lists, the filter panel and a long facet.
    phone.locator("[data-menu-toggle]").click()
    if phone.locator("#filter-panel").count():
        phone.locator("#filter-panel > summary").click()
        phone.evaluate(
            "document.querySelectorAll('.facet, .facet-more').forEach(d => { d.open = true; })"
        )
    axe(phone)


def test_measure_detail_on_a_phone(phone, axe):
    from measures.models import Measure

    with translation.override("de"):
        path = Measure.objects.filter(live=True).first().get_absolute_url()
    assert phone.goto(path).status == 200
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    axe(phone)
