"""Real-browser checks with Chromium: axe-core (WCAG 2.1 A/AA), keyboard use, small screens."""

import re

import pytest

pytestmark = pytest.mark.browser

# (language, demo page key): home page, initiative overview and initiative pages, standard
# pages (the accessibility statement with its feedback contact, the sign-language page with
# its video placeholder).
AXE_PAGES = [
    (lang, key)
    for key in ("home", "initiatives", "mpsc", "accessibility", "sign-language")
    for lang in ("de", "en")
]
MAX_TABS = 40


def focused(tab):
    """Describe the element that has keyboard focus."""
    return tab.evaluate(
        """() => {
            const el = document.activeElement;
            const nav = el.closest('nav');
            const style = getComputedStyle(el);
            return {
                tag: el.tagName.toLowerCase(),
                id: el.id,
                href: el.getAttribute('href'),
                hreflang: el.getAttribute('hreflang'),
                text: el.textContent.trim(),
                className: el.className,
                nav: nav ? nav.getAttribute('aria-label') : null,
                outlineStyle: style.outlineStyle,
                outlineWidth: parseFloat(style.outlineWidth) || 0,
                boxShadow: style.boxShadow,
            };
        }"""
    )


def has_focus_indicator(info):
    return (info["outlineStyle"] != "none" and info["outlineWidth"] >= 2) or (
        info["boxShadow"] not in ("", "none")
    )


def tab_until(tab, predicate, limit=MAX_TABS):
    seen = []
    for _ in range(limit):
        tab.keyboard.press("Tab")
        info = focused(tab)
        seen.append(info)
        if predicate(info):
            return info, seen
    pytest.fail(
        "Not reached by keyboard within {} tabs; focus went through: {}".format(
            limit, [f"{i['tag']} {i['text'][:30]!r}" for i in seen]
        )
    )


@pytest.mark.parametrize(
    ("lang", "key"), AXE_PAGES, ids=[f"{lang}-{key}" for lang, key in AXE_PAGES]
)
def test_no_axe_violations(page, live_server, site_pages, axe, lang, key):
    response = page.goto(live_server.url + site_pages[lang][key].url)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == lang
    axe(page)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_axe_violations_on_404(page, live_server, site_pages, axe, lang):
    response = page.goto(f"{live_server.url}/{lang}/gibt-es-nicht/")
    assert response.status == 404
    axe(page)


def test_skip_link_is_first_tab_stop_and_moves_focus_to_main(page, live_server, site_pages):
    page.goto(live_server.url + site_pages["de"]["mpsc"].url)
    page.keyboard.press("Tab")
    info = focused(page)
    assert info["href"] == "#main-content", info
    assert info["text"] == "Zum Hauptinhalt springen"
    skip = page.locator("a.skip-link")
    assert skip.is_visible()
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0, "skip link is on screen when focused"
    assert has_focus_indicator(info), info

    page.keyboard.press("Enter")
    assert page.url.endswith("#main-content")
    assert focused(page)["id"] == "main-content"
    # The next Tab continues inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_keyboard_reaches_menu_and_language_switch(page, live_server, site_pages):
    pages = site_pages["de"]
    page.goto(live_server.url + pages["mpsc"].url)
    menu_urls = {pages[key].url for key in ("initiatives", "about", "stufenplan")}
    reached_menu = set()

    def menu_link(info):
        if info["nav"] == "Hauptnavigation":
            reached_menu.add(info["href"])
            assert has_focus_indicator(info), info
        return menu_urls <= reached_menu

    tab_until(page, menu_link)

    page.goto(live_server.url + pages["mpsc"].url)
    switch, seen = tab_until(page, lambda info: info["hreflang"] == "en")
    assert switch["nav"] == "Sprache"
    assert has_focus_indicator(switch), switch
    # The switch comes before the main menu and the content.
    assert not any(info["nav"] == "Hauptnavigation" for info in seen)

    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(site_pages["en"]["mpsc"].url) + "$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == site_pages["en"]["mpsc"].title


def test_focus_indicator_on_content_links(page, live_server, site_pages):
    page.goto(live_server.url + site_pages["en"]["home"].url)
    page.locator("#main-content").focus()
    info, _ = tab_until(page, lambda info: info["tag"] == "a")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert has_focus_indicator(info), info


@pytest.mark.parametrize(("lang", "key"), [("de", "home"), ("en", "mpsc"), ("de", "stufenplan")])
def test_no_horizontal_scrolling_on_small_screens(browser, live_server, site_pages, lang, key):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=1)
    try:
        tab = context.new_page()
        tab.goto(live_server.url + site_pages[lang][key].url)
        overflow = tab.evaluate(
            """() => {
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > width + 1)
                    .filter(el => getComputedStyle(el).position !== 'absolute')
                    .slice(0, 5)
                    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
            }"""
        )
        assert tab.evaluate("document.documentElement.scrollWidth") <= 375, overflow
    finally:
        context.close()


def test_axe_helper_reports_violations(browser, axe):
    """The helper must fail loudly, not pass because axe did not run."""
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.set_content('<html><body><main><img src="x.png"><a href="/x"></a></main></body></html>')
        with pytest.raises(pytest.fail.Exception) as failure:
            axe(tab)
        message = str(failure.value)
        assert "image-alt" in message and "link-name" in message and "html-has-lang" in message
    finally:
        context.close()
