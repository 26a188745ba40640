"""Solution pages in Chromium: axe-core (WCAG 2.1 A/AA), filtering with and without htmx."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/de/loesungen/",
    "/en/solutions/?topic=sensorik&open_source=yes",
    "/de/loesungen/?q=Daten&sort=relevance",
    "/de/loesungen/hitze-wasser-management/",
    "/en/solutions/bad-belzig-app/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, live_server, axe, path):
    response = page.goto(live_server.url + path)
    assert response.status == 200
    axe(page)


def test_ticking_a_facet_updates_the_results_in_place(page, live_server):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + "/de/loesungen/")
    total = page.locator("#results-heading").inner_text()
    page.locator("#filter-form input[name='open_source'][value='yes']").check()
    page.wait_for_url("**/de/loesungen/?open_source=yes")
    page.wait_for_function(
        "total => document.querySelector('#results-heading').innerText !== total", arg=total
    )
    assert (
        page.locator(".result-list .kern-badge--success").count()
        == page.locator(".result-list > li").count()
    )
    assert errors == []


def test_filtering_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    tab = context.new_page()
    try:
        tab.goto("/de/loesungen/")
        tab.locator("#filter-form input[name='open_source'][value='no']").check()
        tab.locator("#filter-form button[type='submit']").last.click()
        assert "open_source=no" in tab.url
        assert tab.locator(".result-list .kern-badge--success").count() == 0
        assert tab.locator(".result-list > li").count() >= 1
    finally:
        context.close()


def test_pdf_download(page, live_server):
    page.goto(live_server.url + "/de/loesungen/hitze-wasser-management/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Profil herunterladen").click()
    download = info.value
    assert download.suggested_filename == "hitze-wasser-management-de.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
