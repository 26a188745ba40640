"""Chromium: filter the publications by type, open one and download its PDF (with and
without JavaScript), and axe-core on the list and detail pages."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from publications.models import Publication, PublicationType

pytestmark = pytest.mark.browser


def open_type_facet(tab):
    """The type facet has more options than are shown expanded: open it like a visitor."""
    facet = tab.locator("details#facet-type")
    if facet.get_attribute("open") is None:
        facet.locator("> summary").click()
    expect(tab.get_by_label(re.compile(r"^Broschüre"))).to_be_visible()


def check_brochures_only(tab, expected_count):
    types = tab.locator("#filter-region .publication-item__type")
    expect(types).to_have_count(min(expected_count, 20))
    assert set(types.all_inner_texts()) == {"Broschüre"}
    expect(tab.locator("#results-heading")).to_have_text(
        re.compile(rf"^{expected_count} Publikation")
    )


def download_first_result(tab, tmp_path):
    tab.locator("#filter-region .publication-item__title a").first.click()
    expect(tab.locator("h1")).to_be_visible()
    assert re.search(r"/de/publikationen/[\w-]+/$", tab.url)
    link = tab.locator("a.publication-download")
    expect(link).to_contain_text(re.compile(r"\(PDF, \d+(,\d)?\s?KB\)"))
    with tab.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    target = Path(tmp_path) / download.suggested_filename
    download.save_as(target)
    assert target.read_bytes().startswith(b"%PDF-")


def brochure_count():
    return Publication.objects.live().filter(publication_type__key="brochure").count()


def test_filter_by_type_and_download_with_htmx(page, live_server, axe, tmp_path):
    expected = brochure_count()
    assert expected >= 2
    response = page.goto(live_server.url + "/de/publikationen/")
    assert response.status == 200
    # htmx is loaded: the "apply" button is hidden and ticking a box updates the list.
    page.wait_for_function("() => document.documentElement.classList.contains('js-filterable')")
    axe(page)

    open_type_facet(page)
    with page.expect_response(lambda r: "type=brochure" in r.url and r.status == 200):
        page.get_by_label(re.compile(r"^Broschüre")).check()
    expect(page).to_have_url(re.compile(r"/de/publikationen/\?type=brochure$"))
    check_brochures_only(page, expected)
    expect(page.locator("#filter-type-brochure")).to_be_checked()
    axe(page)

    download_first_result(page, tmp_path)
    axe(page)


def test_filter_by_type_and_download_without_javascript(browser, live_server, tmp_path):
    expected = brochure_count()
    context = browser.new_context(
        java_script_enabled=False, locale="de-DE", base_url=live_server.url
    )
    context.set_default_timeout(30_000)
    tab = context.new_page()
    try:
        tab.goto("/de/publikationen/")
        open_type_facet(tab)
        tab.get_by_label(re.compile(r"^Broschüre")).check()
        tab.get_by_role("button", name="Filter anwenden").click()
        expect(tab).to_have_url(re.compile(r"/de/publikationen/\?.*type=brochure"))
        check_brochures_only(tab, expected)
        download_first_result(tab, tmp_path)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_axe_violations_on_detail_with_cover_and_external_link(page, live_server, axe, lang):
    prefix = {"de": "/de/publikationen/", "en": "/en/publications/"}[lang]
    with_cover = Publication.objects.live().filter(cover_image__isnull=False).first()
    external = (
        Publication.objects.live().filter(document__isnull=True).exclude(external_url="").first()
    )
    assert with_cover and external
    for publication in (with_cover, external):
        response = page.goto(f"{live_server.url}{prefix}{publication.slug}/")
        assert response.status == 200
        axe(page)
    # An empty result and the notices for bad input are accessible too.
    assert PublicationType.objects.exists()
    page.goto(f"{live_server.url}{prefix}?q=gibtesnicht&page=abc&type=nope")
    expect(page.locator(".filter-notices")).to_be_visible()
    axe(page)
