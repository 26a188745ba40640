"""News, events and contact pages in Chromium: axe-core (WCAG 2.1 A/AA), no JavaScript needed."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/de/",
    "/en/",
    "/de/aktuelles/",
    "/en/news/?year=2024&tag=plan-by-stages",
    "/de/aktuelles/?page=abc&tag=unbekannt",
    "/de/aktuelles/stufenplan-beschlossen/",
    "/en/news/leipzig-congress-review/",
    "/de/veranstaltungen/",
    "/en/events/",
    "/de/veranstaltungen/kongress-modellprojekte-2024/",
    "/en/events/regional-conference-south-2027/",
    "/de/kontakt/",
    "/en/contact/",
    "/de/initiativen/dialogplattform-smart-cities/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, live_server, axe, path):
    response = page.goto(live_server.url + path)
    assert response.status == 200
    axe(page)


def test_news_filter_and_downloads_work_without_javascript(browser, live_server):
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server.url, accept_downloads=True
    )
    tab = context.new_page()
    try:
        tab.goto("/de/aktuelles/")
        tab.get_by_label("2021").check()
        tab.get_by_role("button", name="Filter anwenden").click()
        assert "year=2021" in tab.url
        assert tab.locator(".result-list > li").count() == 1
        tab.goto("/de/veranstaltungen/kongress-modellprojekte-2024/")
        with tab.expect_download() as download:
            tab.get_by_role("link", name="In den Kalender übernehmen").click()
        assert download.value.suggested_filename == "kongress-modellprojekte-2024.ics"
        tab.goto("/de/kontakt/")
        with tab.expect_download() as download:
            tab.locator('a[href="/de/kontakt/kts.vcf"]').first.click()
        assert download.value.suggested_filename == "kts.vcf"
    finally:
        context.close()
