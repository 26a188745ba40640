"""Model project pages in Chromium: axe-core (WCAG 2.1 A/AA), the map without tiles."""

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


def test_map_draws_every_project_without_tiles(page, live_server):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    block_tiles(page)
    page.goto(live_server.url + "/de/modellprojekte/karte/")
    markers = page.locator("#project-map .leaflet-marker-icon")
    markers.first.wait_for()
    assert markers.count() == 73
    assert page.locator("#project-table tbody tr").count() == 73
    assert errors == []
    # A marker is reachable by keyboard and opens a popup with a link to the project.
    markers.first.focus()
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
