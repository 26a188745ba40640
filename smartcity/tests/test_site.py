"""The bilingual site: language redirect, home pages, initiatives, navigation, error pages."""

from html.parser import HTMLParser

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale

from smartcity.models import HomePage, InitiativePage, StandardPage

pytestmark = pytest.mark.django_db

INITIATIVE_KEYS = ["mpsc", "kts", "research", "dialogue-platform", "iscn", "connected-in-europe"]
INITIATIVE_TITLES = {
    "de": {
        "mpsc": "Modellprojekte Smart Cities",
        "kts": "Koordinierungs- und Transferstelle (KTS)",
        "research": "Begleitforschung",
        "dialogue-platform": "Nationale Dialogplattform Smart Cities",
        "iscn": "Internationales Smart Cities Netzwerk (ISCN)",
        "connected-in-europe": "#connectedinEurope",
    },
    "en": {
        "mpsc": "Model Projects Smart Cities",
        "kts": "Coordination and Transfer Office (KTS)",
        "research": "Accompanying research",
        "dialogue-platform": "National Dialogue Platform Smart Cities",
        "iscn": "International Smart Cities Network (ISCN)",
        "connected-in-europe": "#connectedinEurope",
    },
}
LEGAL_KEYS = ["imprint", "privacy", "accessibility", "easy-language", "sign-language"]


class Doc(HTMLParser):
    """Just enough of an HTML tree for assertions: elements with attributes, text and
    their chain of open ancestors."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}  # fmt: skip

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self._open = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": "", "ancestors": list(self._open)}
        self.elements.append(element)
        if tag not in self.VOID:
            self._open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append(
            {"tag": tag, "attrs": dict(attrs), "text": "", "ancestors": list(self._open)}
        )

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index]["tag"] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data

    def find_all(self, tag=None, **attrs):
        return [
            element
            for element in self.elements
            if (tag is None or element["tag"] == tag)
            and all(
                element["attrs"].get(name.replace("_", "-")) == value
                for name, value in attrs.items()
            )
        ]

    def find(self, tag=None, **attrs):
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def within(self, container):
        return [element for element in self.elements if container in element["ancestors"]]

    def text(self, element):
        return " ".join(element["text"].split())


def get_doc(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, f"{url}: {response.status_code}"
    return Doc(response.content.decode())


def nav(doc, label):
    element = doc.find("nav", aria_label=label)
    assert element is not None, f"no <nav aria-label={label!r}>"
    return element


def hreflang_alternates(doc):
    """Language alternates of the page, by language (an ``x-default`` entry is ignored)."""
    return {
        link["attrs"]["hreflang"]: link["attrs"]["href"]
        for link in doc.find_all("link", rel="alternate")
        if link["attrs"].get("hreflang") in {"de", "en"}
    }


def links_in(doc, container):
    return [
        (el["attrs"].get("href"), doc.text(el)) for el in doc.within(container) if el["tag"] == "a"
    ]


# --- language selection ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("de-DE,de;q=0.9,en;q=0.8", "/de/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("en-US,en;q=0.9,de;q=0.5", "/en/"),
        ("fr-FR,fr;q=0.9", "/de/"),
        (None, "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, site_pages, accept_language, target):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code in (301, 302)
    assert response["Location"] == target


@pytest.mark.parametrize(
    ("lang", "other", "title"),
    [("de", "en", "Smart City Dialog"), ("en", "de", "Smart City Dialogue")],
)
def test_home_page_in_each_language(client, site_pages, lang, other, title):
    doc = get_doc(client, f"/{lang}/")
    assert doc.find("html")["attrs"]["lang"] == lang
    assert doc.text(doc.find("h1")) == title
    home = {"de": "Startseite", "en": "Home page"}[lang]
    assert doc.text(doc.find("title")) == f"{home} – {title}"
    assert hreflang_alternates(doc) == {
        lang: f"http://testserver/{lang}/",
        other: f"http://testserver/{other}/",
    }
    initiatives = doc.find("section", aria_labelledby="initiatives-heading")
    hrefs = [href for href, _ in links_in(doc, initiatives)]
    assert hrefs == [site_pages[lang][key].url for key in INITIATIVE_KEYS]


@pytest.mark.parametrize(
    ("lang", "menu_label"), [("de", "Hauptnavigation"), ("en", "Main navigation")]
)
def test_home_page_teases_the_databases_from_the_menu(client, site_pages, lang, menu_label):
    doc = get_doc(client, f"/{lang}/")
    menu = dict(links_in(doc, nav(doc, menu_label)))
    section = doc.find("section", aria_labelledby="databases-heading")
    if section is None:  # no database app is installed yet
        return
    teasers = links_in(doc, section)
    assert teasers, "a databases section without entries"
    for href, title in teasers:
        assert menu.get(href) == title
    with translation.override(lang):
        try:
            contact = reverse("contacts:contact_list")
        except NoReverseMatch:
            contact = None
    assert contact not in dict(teasers), "the contact list is not a knowledge database"


def test_home_pages_are_linked_translations(site_pages):
    de, en = site_pages["de"]["home"], site_pages["en"]["home"]
    assert de.translation_key == en.translation_key
    assert HomePage.objects.count() == 2


@pytest.mark.parametrize("lang", ["de", "en"])
def test_six_initiative_pages_in_each_language(client, site_pages, lang):
    locale = Locale.objects.get(language_code=lang)
    live = InitiativePage.objects.live().filter(locale=locale)
    assert sorted(live.values_list("title", flat=True)) == sorted(INITIATIVE_TITLES[lang].values())
    for key in INITIATIVE_KEYS:
        page = site_pages[lang][key]
        assert page.url.startswith(f"/{lang}/")
        doc = get_doc(client, page.url)
        assert doc.find("html")["attrs"]["lang"] == lang
        assert doc.text(doc.find("h1")) == INITIATIVE_TITLES[lang][key]
        assert doc.find("title")["text"].startswith(INITIATIVE_TITLES[lang][key])


@pytest.mark.parametrize("key", ["mpsc", "about", "imprint", "initiatives"])
def test_language_switch_leads_to_the_translation(client, site_pages, key):
    de_page, en_page = site_pages["de"][key], site_pages["en"][key]
    for page, lang, other_page, other in (
        (de_page, "de", en_page, "en"),
        (en_page, "en", de_page, "de"),
    ):
        doc = get_doc(client, page.url)
        switch = nav(doc, "Sprache" if lang == "de" else "Language")
        links = {el["attrs"]["hreflang"]: el for el in doc.within(switch) if el["tag"] == "a"}
        assert links[other]["attrs"]["href"] == other_page.url
        assert links[other]["attrs"]["lang"] == other
        assert links[lang]["attrs"]["href"] == page.url
        assert links[lang]["attrs"].get("aria-current") == "true"
        assert hreflang_alternates(doc)[other] == f"http://testserver{other_page.url}"


def test_language_switch_without_translation_leads_to_other_home_page(client, site_pages):
    home = site_pages["de"]["home"]
    only_german = StandardPage(title="Nur auf Deutsch", slug="nur-auf-deutsch", locale=home.locale)
    home.add_child(instance=only_german)
    only_german.save_revision().publish()

    doc = get_doc(client, "/de/nur-auf-deutsch/")
    switch = nav(doc, "Sprache")
    links = {
        el["attrs"]["hreflang"]: el["attrs"]["href"]
        for el in doc.within(switch)
        if el["tag"] == "a"
    }
    assert links == {"de": "/de/nur-auf-deutsch/", "en": "/en/"}
    # No hreflang alternate may point at a page that is not a translation.
    assert list(hreflang_alternates(doc)) == ["de"]


def test_language_switch_on_untranslated_path_leads_to_other_home(client, site_pages):
    doc = get_doc(client, "/en/no-such-page/", status=404)
    links = {
        el["attrs"]["hreflang"]: el["attrs"]["href"]
        for el in doc.within(nav(doc, "Language"))
        if el["tag"] == "a"
    }
    assert links["de"] == "/de/"


# --- navigation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "menu_label", "footer_label"),
    [("de", "Hauptnavigation", "Rechtliches und Barrierefreiheit"),
     ("en", "Main navigation", "Legal and accessibility")],
)  # fmt: skip
def test_menu_and_footer_on_every_page_type(client, site_pages, lang, menu_label, footer_label):
    pages = site_pages[lang]
    for key in ("home", "initiatives", "mpsc", "about", "imprint"):
        doc = get_doc(client, pages[key].url)
        menu = dict(links_in(doc, nav(doc, menu_label)))
        for menu_key in ("initiatives", "about", "stufenplan"):
            assert menu.get(pages[menu_key].url) == pages[menu_key].title, (key, menu_key)
        footer = dict(links_in(doc, nav(doc, footer_label)))
        for legal_key in LEGAL_KEYS:
            assert footer.get(pages[legal_key].url) == pages[legal_key].title, (key, legal_key)
        # The footer navigation sits in the page's contentinfo landmark.
        assert any(el["tag"] == "footer" for el in nav(doc, footer_label)["ancestors"])


def test_menu_marks_the_current_section(client, site_pages):
    pages = site_pages["en"]
    doc = get_doc(client, pages["initiatives"].url)
    current = [
        el for el in doc.within(nav(doc, "Main navigation")) if el["attrs"].get("aria-current")
    ]
    assert [(el["attrs"]["href"], el["attrs"]["aria-current"]) for el in current] == [
        (pages["initiatives"].url, "page")
    ]
    doc = get_doc(client, pages["mpsc"].url)
    current = [
        el for el in doc.within(nav(doc, "Main navigation")) if el["attrs"].get("aria-current")
    ]
    assert [(el["attrs"]["href"], el["attrs"]["aria-current"]) for el in current] == [
        (pages["initiatives"].url, "true")
    ]


@pytest.mark.parametrize(
    ("lang", "label", "home"),
    [("de", "Brotkrumennavigation", "Startseite"), ("en", "Breadcrumb", "Home")],
)
def test_breadcrumbs(client, site_pages, lang, label, home):
    pages = site_pages[lang]
    doc = get_doc(client, pages["mpsc"].url)
    crumbs = nav(doc, label)
    items = [el for el in doc.within(crumbs) if el["tag"] == "li"]
    assert [doc.text(item) for item in items] == [
        home,
        pages["initiatives"].title,
        pages["mpsc"].title,
    ]
    assert links_in(doc, crumbs) == [
        (pages["home"].url, home),
        (pages["initiatives"].url, pages["initiatives"].title),
    ]
    last = [el for el in doc.within(items[-1]) if el["attrs"].get("aria-current") == "page"]
    assert last, "the current page is marked aria-current=page"
    # The home page itself has no breadcrumb trail.
    assert doc.find("nav", aria_label=label) is not None
    assert get_doc(client, pages["home"].url).find("nav", aria_label=label) is None


FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary", "iframe"}


def focusable(element):
    attrs = element["attrs"]
    if "tabindex" in attrs:
        return attrs["tabindex"] != "-1"
    if element["tag"] == "a":
        return "href" in attrs
    return element["tag"] in FOCUSABLE and "disabled" not in attrs


@pytest.mark.parametrize("key", ["home", "mpsc", "privacy"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_skip_link_is_first_focusable_element(client, site_pages, key, lang):
    doc = get_doc(client, site_pages[lang][key].url)
    body = doc.find("body")
    first = next(el for el in doc.within(body) if focusable(el))
    assert first["tag"] == "a" and first["attrs"]["href"] == "#main-content"
    assert doc.text(first) == {"de": "Zum Hauptinhalt springen", "en": "Skip to main content"}[lang]
    targets = doc.find_all(id="main-content")
    assert len(targets) == 1 and targets[0]["tag"] == "main"
    assert len(doc.find_all("main")) == 1


@pytest.mark.parametrize("lang", ["de", "en"])
def test_ids_are_unique(client, site_pages, lang):
    for key in ("home", "initiatives", "mpsc", "kts", "accessibility", "sign-language"):
        doc = get_doc(client, site_pages[lang][key].url)
        ids = [el["attrs"]["id"] for el in doc.elements if el["attrs"].get("id")]
        duplicates = {value for value in ids if ids.count(value) > 1}
        assert not duplicates, (key, duplicates)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_one_h1_and_no_skipped_heading_levels(client, site_pages, lang):
    for key, page in site_pages[lang].items():
        doc = get_doc(client, page.url)
        levels = [
            int(el["tag"][1])
            for el in doc.elements
            if el["tag"] in {"h1", "h2", "h3", "h4", "h5", "h6"}
        ]
        assert levels.count(1) == 1, (key, levels)
        assert levels[0] == 1, (key, levels)
        for previous, current in zip(levels, levels[1:], strict=False):
            assert current <= previous + 1, (key, levels)


# --- error pages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [
        ("/de/gibt-es-nicht/", "de", "Seite nicht gefunden"),
        ("/en/does-not-exist/", "en", "Page not found"),
        ("/de/initiativen/gibt-es-nicht/", "de", "Seite nicht gefunden"),
        ("/en/initiatives/does-not-exist/", "en", "Page not found"),
    ],
)
def test_404_in_the_site_layout(client, site_pages, url, lang, heading):
    doc = get_doc(client, url, status=404)
    assert doc.find("html")["attrs"]["lang"] == lang
    assert doc.text(doc.find("h1")) == heading
    # Rendered inside the full layout: skip link, header, menu, main, footer.
    assert doc.find("a", href="#main-content") is not None
    assert doc.find("main", id="main-content") is not None
    assert doc.find("header") is not None and doc.find("footer") is not None
    menu = nav(doc, "Hauptnavigation" if lang == "de" else "Main navigation")
    initiatives = site_pages[lang]["initiatives"]
    assert (initiatives.url, initiatives.title) in links_in(doc, menu)
    main_links = [href for href, _ in links_in(doc, doc.find("main"))]
    assert site_pages[lang]["home"].url in main_links


def test_the_wagtail_site_is_looked_up_once_per_content_generation(client, site_pages):
    """Wagtail queries the site table on every request; the memo answers until the
    content changes, and a changed site is seen at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    client.get("/de/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/de/").status_code == 200
    assert not [q for q in captured.captured_queries if "wagtailcore_site" in q["sql"]]

    site = Site.objects.get(is_default_site=True)
    site.site_name = "Umbenannt"
    site.save()

    with CaptureQueriesContext(connection) as captured:
        response = client.get("/de/")
    assert response.status_code == 200
    assert [q for q in captured.captured_queries if "wagtailcore_site" in q["sql"]]
    assert response.wsgi_request._wagtail_site.site_name == "Umbenannt"


def test_a_page_is_routed_once_per_content_generation(client, site_pages):
    """Wagtail walks the page tree on every request; the memo answers until the content
    changes, and an unpublished page is gone at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = site_pages["de"]["imprint"]
    assert client.get(page.url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(page.url).status_code == 200
    tree_walk = [
        q
        for q in captured.captured_queries
        if "wagtailcore_locale" in q["sql"] or '"wagtailcore_page"."slug" =' in q["sql"]
    ]
    assert not tree_walk, [q["sql"] for q in tree_walk]

    page.unpublish()

    assert client.get(page.url).status_code == 404


def test_pages_not_found_are_not_kept(client, site_pages):
    from core import memo

    assert client.get("/de/gibt-es-nicht/").status_code == 404
    assert not [key for key in memo._memo if key[0] == "wagtail_route"]
