"""The accessibility statement, the easy-language guide and the privacy notice: their
sections in both languages, the statement's dates, the easy-language sentence length, the
privacy notice following the map tile setting, and the loader keeping them current."""

import re

import pytest
from csp.constants import SELF
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from contacts.models import ContactPoint
from smartcity.blocks import map_tile_host
from smartcity.demo.loader import load_pages
from smartcity.demo.statements import SCHLICHTUNGSSTELLE_URL, STATEMENT_REVIEWED
from smartcity.tests.test_site import Doc, get_doc

pytestmark = pytest.mark.django_db

EXAMPLE_TILES = "https://tiles.example.org/{z}/{x}/{y}.png"
MAX_WORDS_PER_SENTENCE = 15
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
WORD = re.compile(r"\w", re.UNICODE)


def article(doc):
    main = doc.find("main")
    assert main is not None
    return main


def headings(doc):
    return [doc.text(el) for el in doc.within(article(doc)) if el["tag"] in {"h2", "h3"}]


def main_text(doc):
    return doc.text(article(doc))


def links(doc):
    return [el["attrs"].get("href") for el in doc.within(article(doc)) if el["tag"] == "a"]


# --- accessibility statement ----------------------------------------------------------

STATEMENT_SECTIONS = {
    "de": [
        "Geltungsbereich und Rechtsgrundlage",
        "Stand der Vereinbarkeit mit den Anforderungen",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung",
        "Prüfmethode",
        "Feedback und Kontaktangaben",
        "Schlichtungsverfahren",
    ],
    "en": [
        "Scope and legal basis",
        "Compliance status",
        "Content that is not accessible",
        "Preparation of this statement",
        "Method",
        "Feedback and contact information",
        "Enforcement procedure",
    ],
}
STATEMENT_FACTS = {
    "de": ["§ 12a", "BITV 2.0", "teilweise", "Selbstbewertung", "axe-core", "Playwright",
           "Gebärdensprache", "PDF", "Tabelle", "innerhalb von zwei Wochen", "§ 16 BGG",
           "kostenlos"],
    "en": ["section 12a", "BITV 2.0", "partially compliant", "self-assessment", "axe-core",
           "Playwright", "Sign Language", "PDF", "table", "within two weeks",
           "section 16 BGG", "free of charge"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["de", "en"])
def test_accessibility_statement_has_every_section(client, site_pages, lang):
    doc = get_doc(client, site_pages[lang]["accessibility"].url)
    found = headings(doc)
    for section in STATEMENT_SECTIONS[lang]:
        assert section in found, (section, found)
    text = main_text(doc)
    for fact in STATEMENT_FACTS[lang]:
        assert fact in text, fact


@pytest.mark.parametrize(("lang", "shown"), [("de", "4. Dezember 2026"), ("en", "Dec. 4, 2026")])
def test_accessibility_statement_shows_its_review_date(client, site_pages, lang, shown):
    doc = get_doc(client, site_pages[lang]["accessibility"].url)
    times = [el for el in doc.within(article(doc)) if el["tag"] == "time"]
    reviewed = [el for el in times if el["attrs"].get("datetime") == "2026-12-04"]
    assert STATEMENT_REVIEWED == "2026-12-04"
    assert reviewed, [el["attrs"] for el in times]
    assert doc.text(reviewed[0]) == shown
    # Each date is labelled (prepared on, last reviewed on).
    terms = [doc.text(el) for el in doc.within(article(doc)) if el["tag"] == "dt"]
    assert len(terms) == 2 and all(terms), terms


@pytest.mark.parametrize("lang", ["de", "en"])
def test_accessibility_statement_links_feedback_and_conciliation(client, site_pages, lang):
    doc = get_doc(client, site_pages[lang]["accessibility"].url)
    hrefs = links(doc)
    assert SCHLICHTUNGSSTELLE_URL == "https://www.schlichtungsstelle-bgg.de"
    assert SCHLICHTUNGSSTELLE_URL in hrefs
    # The feedback address is the coordination office's from the contact data.
    kts = ContactPoint.objects.get(key="kts")
    assert f"mailto:{kts.email}" in hrefs
    assert kts.phone in main_text(doc)
    with translation.override(lang):
        assert reverse("contacts:contact_list") in hrefs
    assert site_pages[lang]["sign-language"].url in hrefs
    assert site_pages[lang]["easy-language"].url in hrefs


# --- easy language --------------------------------------------------------------------

EASY_LANGUAGE_SECTIONS = {
    "de": [
        "Was ist diese Website?",
        "Wer macht diese Website?",
        "Was finden Sie hier?",
        "So benutzen Sie das Menü",
        "So suchen Sie etwas",
        "So wechseln Sie die Sprache",
        "Hier bekommen Sie Hilfe",
        "Barrieren melden",
        "Gebärden-Sprache",
    ],
    "en": [
        "What is this website?",
        "Who makes this website?",
        "What you can find here",
        "How to use the menu",
        "How to search",
        "How to change the language",
        "How to get help",
        "Tell us about barriers",
        "Sign language",
    ],
}
# Words the German guide explains, hyphenated where they are long compounds.
EXPLAINED = ["Smart City bedeutet", "Ministerium ist", "Modell-Projekte", "Maßnahme bedeutet",
             "Tabelle ist", "Menü ist", "Such-Feld", "Filter ist", "Barriere ist",
             "Gebärden-Sprache ist"]  # fmt: skip
ABBREVIATIONS = re.compile(r"\b(z\. ?B\.|d\. ?h\.|bzw\.|usw\.|ggf\.|u\. ?a\.|ca\.|etc\.)")


def sentences(doc):
    """The body's sentences: each paragraph and list item split after . ! ? and :."""
    for el in doc.within(article(doc)):
        if el["tag"] in {"p", "li"}:
            for sentence in SENTENCE_END.split(doc.text(el)):
                if WORD.search(sentence):
                    yield sentence


def word_count(sentence):
    return sum(1 for token in sentence.split() if WORD.search(token))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_easy_language_page_explains_the_site(client, site_pages, lang):
    doc = get_doc(client, site_pages[lang]["easy-language"].url)
    found = headings(doc)
    for section in EASY_LANGUAGE_SECTIONS[lang]:
        assert section in found, (section, found)
    hrefs = links(doc)
    with translation.override(lang):
        for name in (
            "programmes:modelproject_list",
            "programmes:modelproject_map",
            "measures:measure_list",
            "contacts:contact_list",
        ):
            assert reverse(name) in hrefs, name
    assert site_pages[lang]["sign-language"].url in hrefs
    assert site_pages[lang]["accessibility"].url in hrefs
    assert f"mailto:{ContactPoint.objects.get(key='kts').email}" in hrefs


@pytest.mark.parametrize("lang", ["de", "en"])
def test_easy_language_sentences_are_short(client, site_pages, lang):
    doc = get_doc(client, site_pages[lang]["easy-language"].url)
    found = list(sentences(doc))
    assert len(found) > 80, "the guide has its body text"
    too_long = [s for s in found if word_count(s) > MAX_WORDS_PER_SENTENCE]
    assert not too_long, too_long


def test_easy_language_explains_hard_words_and_avoids_abbreviations(client, site_pages):
    doc = get_doc(client, site_pages["de"]["easy-language"].url)
    text = main_text(doc)
    for phrase in EXPLAINED:
        assert phrase in text, phrase
    assert not ABBREVIATIONS.findall(text)


def test_sentence_check_catches_a_long_sentence():
    """The readability check must not pass because it splits too eagerly."""
    doc = Doc(
        "<main><p>Kurz. Dieser Satz ist mit Absicht viel zu lang, weil er sehr viele "
        "Wörter hat und einfach immer weiter und weiter geht.</p><ul><li>Eins: zwei."
        "</li></ul></main>"
    )
    found = list(sentences(doc))
    assert found[0] == "Kurz."
    assert word_count(found[1]) == 21
    assert found[2:] == ["Eins:", "zwei."]


# --- privacy notice -------------------------------------------------------------------

PRIVACY_SECTIONS = {
    "de": ["Verantwortliche Stelle", "Aufruf der Website und Protokolldateien",
           "Keine Reichweitenmessung", "Cookies", "Anmeldung im Redaktionssystem",
           "Inhalte anderer Server und Karten", "Ihre Rechte"],
    "en": ["Controller", "Visiting the website and log files", "No audience measurement",
           "Cookies", "Signing in to the editorial system",
           "Content from other servers and maps", "Your rights"],
}  # fmt: skip
NO_THIRD_PARTIES = {"de": "keine Anfragen an Dritte", "en": "no requests to third parties"}
TILES_FROM = {"de": "direkt vom Server", "en": "directly from the server"}


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("", ""),
        ("   ", ""),
        (EXAMPLE_TILES, "tiles.example.org"),
        ("https://{s}.tile.example.net/{z}/{x}/{y}.png", "tile.example.net"),
        ("https://user@Tiles.Example.org:8443/{z}/{x}/{y}.png", "tiles.example.org"),
        ("/tiles/{z}/{x}/{y}.png", ""),  # this site's own server
    ],
)
def test_map_tile_host(url, host):
    assert map_tile_host(url) == host


@pytest.mark.parametrize("lang", ["de", "en"])
def test_privacy_notice_sections(client, site_pages, lang):
    doc = get_doc(client, site_pages[lang]["privacy"].url)
    found = headings(doc)
    for section in PRIVACY_SECTIONS[lang]:
        assert section in found, (section, found)
    text = main_text(doc)
    for fact in ("sessionid", "csrftoken", "gravatar.com", "Krausenstraße 17–18", "Art. 77"):
        assert fact in text, fact
    assert site_pages[lang]["imprint"].url in links(doc)


@override_settings(MAP_TILE_URL="")
@pytest.mark.parametrize("lang", ["de", "en"])
def test_privacy_notice_without_tile_source(client, site_pages, lang):
    doc = get_doc(client, site_pages[lang]["privacy"].url)
    text = main_text(doc)
    assert NO_THIRD_PARTIES[lang] in text
    assert TILES_FROM[lang] not in text
    for host in ("tiles.example.org", "openstreetmap"):
        assert host not in text


@override_settings(MAP_TILE_URL=EXAMPLE_TILES)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_privacy_notice_names_the_configured_tile_host(client, site_pages, lang):
    doc = get_doc(client, site_pages[lang]["privacy"].url)
    text = main_text(doc)
    assert TILES_FROM[lang] in text
    assert NO_THIRD_PARTIES[lang] not in text
    strong = [doc.text(el) for el in doc.within(article(doc)) if el["tag"] == "strong"]
    assert "tiles.example.org" in strong
    assert "{z}" not in text


def test_what_the_privacy_notice_claims_holds(client, site_pages):
    """No cookies for readers, no scripts or connections to other hosts, no gravatar."""
    for key in ("home", "privacy"):
        response = client.get(site_pages["de"][key].url)
        assert response.status_code == 200
        assert not response.cookies, (key, list(response.cookies))
    policy = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == SELF
    assert directives["connect-src"] == SELF
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


# --- the loader keeps untouched pages current ------------------------------------------


def _replace_body(page, user=None):
    page.body = [("paragraph", "<p>An earlier version of this page.</p>")]
    page.save_revision(user=user).publish(user=user)


def test_loader_updates_pages_no_editor_has_saved(site_pages):
    page = site_pages["de"]["privacy"]
    _replace_body(page)
    load_pages()
    page.refresh_from_db()
    assert [block.block_type for block in page.body].count("map_tiles_privacy") == 1
    assert "earlier version" not in str(page.body.raw_data)
    revisions = page.revisions.count()
    load_pages()  # nothing left to update: no new revision
    page.refresh_from_db()
    assert page.revisions.count() == revisions


def test_loader_keeps_an_editors_version(site_pages):
    editor = get_user_model().objects.create_superuser("redaktion-test", password="x")
    page = site_pages["en"]["accessibility"]
    _replace_body(page, user=editor)
    load_pages()
    page.refresh_from_db()
    assert "earlier version" in str(page.body.raw_data)


# --- in the browser ---------------------------------------------------------------------

BROWSER_PAGES = [(lang, key) for key in ("privacy", "easy-language") for lang in ("de", "en")]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "key"), BROWSER_PAGES, ids=[f"{lang}-{key}" for lang, key in BROWSER_PAGES]
)
def test_no_axe_violations(page, live_server, site_pages, axe, lang, key):
    response = page.goto(live_server.url + site_pages[lang][key].url)
    assert response.status == 200
    axe(page)


def test_editors_can_open_and_validate_the_statement(client, site_pages):
    """The admin edits the page with its dates and map tiles blocks; its content is valid."""
    page = site_pages["de"]["accessibility"]
    client.force_login(get_user_model().objects.create_superuser("admin-test", password="x"))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    for key in ("accessibility", "privacy"):
        body = site_pages["de"][key].body
        body.stream_block.clean(body)  # raises ValidationError when a block is invalid
