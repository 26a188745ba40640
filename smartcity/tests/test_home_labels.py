"""The English home page speaks English: the labels above the initiative cards (the
initiatives' short names) are English, the German ones stay on the German page."""

import re
from collections import defaultdict
from html import unescape

import pytest

from smartcity.demo.pages import initiatives

pytestmark = pytest.mark.django_db

# The labels above the initiative cards, in the order of the cards. Abbreviations (MPSC,
# KTS, BBSR, ISCN) and the campaign name are the same in both languages.
CARD_LABELS = {
    "de": ["MPSC", "KTS", "BBSR", "Dialogplattform", "ISCN", "#connectedinEurope"],
    "en": ["MPSC", "KTS", "BBSR", "Dialogue Platform", "ISCN", "#connectedinEurope"],
}
# German words that were shown as labels on the English page.
GERMAN_LABEL_WORDS = ["Dialogplattform"]


def card_labels(html):
    section = html[html.index('aria-labelledby="initiatives-heading"') :]
    section = section[: section.index("</section>")]
    return [
        unescape(label.strip())
        for label in re.findall(r'<p class="kern-preline">([^<]*)</p>', section)
    ]


@pytest.mark.parametrize("language", ["de", "en"])
def test_card_labels_are_in_the_page_language(client, language):
    html = client.get(f"/{language}/").content.decode()
    assert card_labels(html) == CARD_LABELS[language]


def test_no_german_label_on_the_english_home_page(client):
    html = client.get("/en/").content.decode()
    for word in GERMAN_LABEL_WORDS:
        assert word not in html


def test_every_short_name_with_a_german_word_has_an_english_one():
    for spec in initiatives(defaultdict(int)):  # image ids do not matter here
        short_name = spec.get("short_name", "")
        if isinstance(short_name, dict):
            assert set(short_name) == {"de", "en"}, spec["key"]
            assert short_name["en"] not in GERMAN_LABEL_WORDS, spec["key"]
        else:
            assert short_name not in GERMAN_LABEL_WORDS, spec["key"]


def test_english_initiative_pages_carry_the_english_short_name(site_pages):
    assert site_pages["en"]["dialogue-platform"].short_name == "Dialogue Platform"
    assert site_pages["de"]["dialogue-platform"].short_name == "Dialogplattform"


def test_an_installation_with_the_german_label_gets_the_english_one(client, site_pages):
    """Loaded before the label was translated and never edited: the loader corrects it."""
    from smartcity.demo.loader import load_pages

    page = site_pages["en"]["dialogue-platform"]
    page.short_name = "Dialogplattform"
    page.save_revision().publish()  # as the loader did (no editor)
    assert "Dialogplattform" in client.get("/en/").content.decode()
    load_pages()
    page.refresh_from_db()
    assert page.short_name == "Dialogue Platform"
    assert card_labels(client.get("/en/").content.decode()) == CARD_LABELS["en"]
