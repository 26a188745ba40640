"""The shared template components in templates/components/ render what their comments say."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation


def render(template, **context):
    return BeautifulSoup(render_to_string(f"components/{template}", context), "html.parser")


def alert(**context):
    soup = render("alert.html", **context)
    (div,) = soup.select("div.kern-alert")
    return div


# --- alert.html -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "alert_class", "icon_class", "role"),
    [
        ("info", "kern-alert--info", "kern-icon--info", "status"),
        ("warning", "kern-alert--warning", "kern-icon--warning", "alert"),
        ("error", "kern-alert--danger", "kern-icon--danger", "alert"),
        ("demo", "kern-alert--info", "kern-icon--info", "note"),
    ],
)
def test_alert_kind_sets_class_icon_and_role(kind, alert_class, icon_class, role):
    div = alert(kind=kind, heading="Titel", text="Ein Satz.")
    assert div["class"] == ["kern-alert", alert_class] + (["demo-notice"] if kind == "demo" else [])
    assert div["role"] == role
    (icon,) = div.select(".kern-alert__header .kern-icon")
    assert icon["class"] == ["kern-icon", icon_class]
    assert icon["aria-hidden"] == "true"
    assert div.select_one(".kern-alert__header .kern-title").get_text() == "Titel"
    assert div.select_one(".kern-alert__body p.kern-body").get_text() == "Ein Satz."
    assert not div.select("ul")


def test_alert_classes_are_added():
    div = alert(kind="warning", heading="Titel", text="Satz.", classes="list-notice wide")
    assert div["class"] == ["kern-alert", "kern-alert--warning", "list-notice", "wide"]


def test_alert_text_and_heading_are_escaped():
    html = render_to_string(
        "components/alert.html",
        {"kind": "error", "heading": "<b>Fehler</b>", "text": "<script>alert(1)</script>"},
    )
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>" not in html
    assert "&lt;b&gt;Fehler&lt;/b&gt;" in html


def test_alert_items_render_a_list_instead_of_the_text():
    div = alert(
        kind="warning",
        heading="Nicht berücksichtigt",
        text="Dieser Text erscheint nicht.",
        items=["Erster Wert", "<i>Zweiter</i> Wert"],
    )
    (ul,) = div.select(".kern-alert__body ul.kern-list")
    assert [li.get_text() for li in ul.find_all("li")] == ["Erster Wert", "<i>Zweiter</i> Wert"]
    assert not div.select("i")
    assert not div.select("p")
    assert "Dieser Text erscheint nicht." not in div.get_text()


def test_alert_empty_items_fall_back_to_the_text():
    div = alert(kind="info", heading="Titel", text="Ein Satz.", items=[])
    assert not div.select("ul")
    assert div.select_one("p.kern-body").get_text() == "Ein Satz."


@pytest.mark.parametrize(("language", "heading"), [("de", "Demo-Inhalt"), ("en", "Demo content")])
def test_demo_alert_has_a_default_heading(language, heading):
    with translation.override(language):
        div = alert(kind="demo", text="Die Werte sind erfunden.")
    assert div.select_one(".kern-title").get_text() == heading


def test_demo_alert_keeps_a_given_heading():
    div = alert(kind="demo", heading="Beispiel", text="Die Werte sind erfunden.")
    assert div.select_one(".kern-title").get_text() == "Beispiel"


def test_only_the_demo_kind_has_a_default_heading():
    with translation.override("en"):
        div = alert(kind="info", text="Ein Satz.")
    assert div.select_one(".kern-title").get_text() == ""


@pytest.mark.parametrize("language", ["de", "en"])
def test_demo_alert_component_is_the_alert_of_the_kind_demo(language):
    text = "Die Kennzahlen <sind> erfunden."
    with translation.override(language):
        demo = render_to_string("components/demo_alert.html", {"text": text})
        generic = render_to_string("components/alert.html", {"kind": "demo", "text": text})
    assert demo.strip() == generic.strip()
    assert "demo-notice" in demo
    assert "&lt;sind&gt;" in demo


def test_demo_alert_component_passes_only_its_text():
    # Included with "only": a heading or kind in the caller's context changes nothing.
    with translation.override("en"):
        html = render_to_string(
            "components/demo_alert.html",
            {"text": "Erfunden.", "heading": "Fremd", "kind": "error", "classes": "x"},
        )
    div = BeautifulSoup(html, "html.parser").select_one("div.kern-alert")
    assert div["class"] == ["kern-alert", "kern-alert--info", "demo-notice"]
    assert div["role"] == "note"
    assert div.select_one(".kern-title").get_text() == "Demo content"


# --- detail_header.html ---------------------------------------------------------------


def test_detail_header_with_every_part():
    with translation.override("de"):
        soup = render(
            "detail_header.html",
            title="Digitaler Zwilling <Ulm>",
            kicker="Lösung",
            lead="Kurz gesagt.",
            date=datetime.date(2025, 11, 14),
            source="KTS",
            demo_text="Die Angaben sind erfunden.",
        )
    header = soup.find("header")
    assert header.select_one("p.kern-preline").get_text() == "Lösung"
    (h1,) = header.find_all("h1")
    assert h1.get_text() == "Digitaler Zwilling <Ulm>"
    assert h1["class"] == ["kern-heading-x-large"]
    assert header.select_one("p.lead").get_text() == "Kurz gesagt."
    meta = header.select_one("p.result-meta")
    time = meta.find("time")
    assert time["datetime"] == "2025-11-14"
    assert time.get_text() == "14. November 2025"
    assert meta.get_text().startswith("KTS · ")
    # The demo alert follows the header, outside it.
    (demo,) = soup.select("div.demo-notice")
    assert demo.find_parent("header") is None
    assert demo["role"] == "note"
    assert demo.select_one(".kern-body").get_text() == "Die Angaben sind erfunden."


def test_detail_header_with_the_title_only():
    soup = render("detail_header.html", title="Veröffentlichung")
    header = soup.find("header")
    assert header.find("h1").get_text() == "Veröffentlichung"
    assert not header.select(".kern-preline, .lead, .result-meta, time")
    assert not soup.select(".kern-alert")


def test_detail_header_date_without_source():
    soup = render("detail_header.html", title="T", date=datetime.date(2024, 3, 1))
    meta = soup.select_one("p.result-meta")
    assert "·" not in meta.get_text()
    assert meta.find("time")["datetime"] == "2024-03-01"


# --- card.html ------------------------------------------------------------------------


def test_card_links_its_title():
    soup = render("card.html", title="Modellprojekte", url="/de/modellprojekte/")
    (card,) = soup.select("article.kern-card")
    heading = card.select_one(".kern-card__header h3.kern-title")
    link = heading.find("a")
    assert link["href"] == "/de/modellprojekte/"
    assert link["class"] == ["kern-link"]
    assert link.get_text() == "Modellprojekte"
    # No text given: no body, no kicker, no image.
    assert not card.select(".kern-card__body, .kern-preline, .kern-card__media, img")


def test_card_with_level_kicker_and_text():
    soup = render(
        "card.html",
        title="Initiative <A>",
        url="/de/a/?x=1&y=2",
        level=2,
        kicker="Initiative",
        text="Worum es geht.",
    )
    card = soup.select_one("article.kern-card")
    assert not card.select("h3")
    link = card.select_one("h2.kern-title a")
    assert link.get_text() == "Initiative <A>"
    assert link["href"] == "/de/a/?x=1&y=2"
    assert card.select_one(".kern-card__header .kern-preline").get_text() == "Initiative"
    assert card.select_one(".kern-card__body p.kern-body").get_text() == "Worum es geht."


def test_card_with_an_empty_text_keeps_its_body():
    soup = render("card.html", title="T", url="/", text="")
    body = soup.select_one(".kern-card__body p.kern-body")
    assert body is not None
    assert body.get_text() == ""


# --- pagination.html and core.pagination ----------------------------------------------


def pages_of(count, number, per_page=1):
    from django.core.paginator import Paginator
    from django.http import QueryDict

    from core.pagination import page_links, query_page_url

    page = Paginator(list(range(count)), per_page).page(number)
    return page_links(page, query_page_url(QueryDict("q=Hitze&topic=a&topic=b")))


def test_page_links_elide_the_middle_and_keep_the_query():
    pages = pages_of(20, 10)
    assert (pages["number"], pages["total"]) == (10, 20)
    shown = [link.get("number", "…") for link in pages["page_links"]]
    assert shown == [1, "…", 8, 9, 10, 11, 12, "…", 20]
    assert [link["number"] for link in pages["page_links"] if link.get("current")] == [10]
    assert pages["previous_url"] == "?q=Hitze&topic=a&topic=b&page=9"
    assert pages["next_url"] == "?q=Hitze&topic=a&topic=b&page=11"


def test_page_links_of_the_first_and_only_page():
    first = pages_of(3, 1)
    assert first["previous_url"] == "" and first["next_url"].endswith("page=2")
    assert pages_of(1, 1)["page_links"] == []


def test_pagination_component_renders_the_links():
    with translation.override("en"):
        soup = render("pagination.html", pages=pages_of(20, 10), boost=True)
    (nav,) = soup.select("nav.pagination")
    assert nav["aria-label"] == "Pages"
    assert nav["data-hx-boost"] == "true"
    assert nav.select_one("p").get_text() == "Page 10 of 20"
    assert nav.select_one("[aria-current=page]").get_text() == "Page 10"
    assert nav.select_one("a[rel=prev]")["href"] == "?q=Hitze&topic=a&topic=b&page=9"
    assert len(nav.select(".pagination__gap")) == 2


def test_pagination_component_takes_a_label_and_no_boost():
    soup = render("pagination.html", pages=pages_of(3, 2), label="Past events")
    nav = soup.select_one("nav.pagination")
    assert nav["aria-label"] == "Past events"
    assert not nav.has_attr("data-hx-boost")


def test_pagination_component_is_empty_for_one_page():
    assert render("pagination.html", pages=pages_of(1, 1)).get_text().strip() == ""


# --- search_partial.html ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "second"),
    [
        ((2, 3), "These results contain all of them but one."),
        ((2, 4), "These results contain 2 of the 4 words."),
        (None, "These results contain some of them."),
    ],
)
def test_search_partial_notice_says_how_many_words_the_results_hold(held, second):
    with translation.override("en"):
        (notice,) = render("search_partial.html", held=held).select("p.search-partial")
    assert notice["role"] == "status"
    assert notice.get_text() == f"No result contains all of your search words. {second}"
