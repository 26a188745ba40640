"""Model project pages in Chromium: axe-core (WCAG 2.1 A/AA), the map without tiles
(clusters, symbols, keyboard)."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/de/modellprojekte/",
    "/en/model-projects/?round=2019&category=grossstadt",
    "/de/modellprojekte/karte/",
    "/en/model-projects/map/",
    "/de/modellprojekte/suedwestfalen/",
    "/en/model-projects/berlin/",
]


def block_tiles(tab):
    """Tiles cannot load here anyway; fail fast instead of waiting for the network."""
    tab.route(
        "**/*",
        lambda route: (
            route.abort()
            if "testserver" not in route.request.url
            and "127.0.0.1" not in route.request.url
            and "localhost" not in route.request.url
            else route.continue_()
        ),
    )


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, live_server, axe, path):
    block_tiles(page)
    response = page.goto(live_server.url + path)
    assert response.status == 200
    axe(page)


# Projects on the map: single markers plus the numbers on the clusters.
SHOWN_ON_MAP = """(
    document.querySelectorAll('#project-map .map-marker').length
    + [...document.querySelectorAll('#project-map .map-cluster__count')]
        .map(count => parseInt(count.textContent, 10))
        .reduce((sum, count) => sum + count, 0)
)"""


def shown_on_map(tab):
    return tab.evaluate("() => " + SHOWN_ON_MAP)


def map_scale(tab):
    """Leaflet's zoom as the scale of its proxy element (2 to the power of the zoom)."""
    return tab.evaluate(
        """() => new DOMMatrix(getComputedStyle(
            document.querySelector('#project-map .leaflet-proxy')).transform).a"""
    )


def test_map_draws_every_project_without_tiles(page, live_server):
    errors = []
    requests = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    block_tiles(page)
    page.goto(live_server.url + "/de/modellprojekte/karte/")
    page.locator("#project-map .map-cluster").first.wait_for()
    # Nearby projects are grouped; every project is on the map once (waited for: on a
    # busy machine the markers may still be being added when the first cluster shows).
    page.wait_for_function(SHOWN_ON_MAP + " === 73")
    assert shown_on_map(page) == 73
    assert page.locator("#project-map .map-cluster").count() < 30
    assert page.locator("#project-table tbody tr").count() == 73
    # The plain base map: outlines from the site itself, no tiles from anywhere.
    page.locator("#project-map path.leaflet-interactive, #project-map svg path").first.wait_for()
    assert not [url for url in requests if "tile" in url]
    assert any(url.endswith("/germany-outline.json") for url in requests)
    assert page.locator(".map-note").is_visible()
    assert page.locator(".map-legend li").count() == 4  # three rounds and the clusters
    assert errors == []

    # A cluster is a button in the tab order; Enter zooms in on it.
    cluster = page.locator("#project-map .map-cluster").first
    assert cluster.get_attribute("role") == "button"
    assert cluster.get_attribute("tabindex") == "0"
    assert "Modellprojekte nah beieinander" in cluster.inner_text()
    before = map_scale(page)
    cluster.focus()
    page.keyboard.press("Enter")
    # Zoomed in, and the animation over: clusters split and markers are drawn anew
    # when it ends, so a marker taken during it may be replaced.
    page.wait_for_function(
        """before => {
            const map = document.querySelector('#project-map');
            const style = getComputedStyle(map.querySelector('.leaflet-proxy'));
            return new DOMMatrix(style.transform).a > before
                && !map.querySelector('.leaflet-map-pane').classList.contains('leaflet-zoom-anim');
        }""",
        arg=before,
    )

    # A single marker is reachable by keyboard and opens a popup with a link to the project.
    marker = page.locator("#project-map .map-marker").first
    assert marker.get_attribute("role") == "button"
    marker.focus()
    page.keyboard.press("Enter")
    assert (
        page.locator(".leaflet-popup-content a")
        .first.get_attribute("href")
        .startswith("/de/modellprojekte/")
    )


def test_pages_work_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    tab = context.new_page()
    try:
        tab.goto("/de/modellprojekte/")
        tab.get_by_label("Großstadt").check()
        tab.locator(".filter-actions button[type=submit]").click()
        assert "category=grossstadt" in tab.url
        assert tab.locator("#results-heading").inner_text().startswith("28 ")
        tab.goto("/de/modellprojekte/karte/")
        assert tab.locator("#project-map").is_hidden()
        assert tab.locator("#project-table tbody tr").count() == 73
    finally:
        context.close()
