"""Hostile or broken query strings: never a 5xx; the bad part is ignored with a notice."""

import pytest

from .helpers import export_url, list_url, slugs

NOTICE_BOX = "Ein Teil Ihrer Anfrage wurde ignoriert"


def notices(response):
    return response.context["notices"]


def get(client, query, **headers):
    return client.get("/de/massnahmen/?" + query, **headers)


def test_unknown_facet_value_is_ignored_with_notice(client, sample):
    response = get(client, "status=foo&status=geplant&state=atlantis")
    assert response.status_code == 200
    assert slugs(response) == {sample.measures["energie"].slug}
    assert notices(response) == [
        "„foo“ ist kein Wert des Filters „Status“ und wurde ignoriert.",
        "„atlantis“ ist kein Wert des Filters „Bundesland“ und wurde ignoriert.",
    ]
    assert NOTICE_BOX in response.content.decode()
    # The cleaned URL drops the bad values.
    assert response.context["canonical_querystring"] == "?status=geplant"


def test_malformed_facet_values(client, sample):
    response = get(client, "state=%3Cscript%3Ealert(1)%3C/script%3E&topic=%ff%fe&round=20%2019")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert len(notices(response)) == 3
    assert response.context["result_count"] == 7


def test_many_unknown_values_are_summarised(client, sample):
    response = get(client, "&".join(f"topic=nope{i}" for i in range(40)))
    assert response.status_code == 200
    assert len(notices(response)) == 6
    assert notices(response)[-1] == "35 weitere unbekannte Filterwerte wurden ignoriert."


@pytest.mark.parametrize("page", ["abc", "-1", "0", "1.5", "1e3", "%20", "２"])
def test_bad_page_numbers_show_the_first_page(client, sample, page):
    response = get(client, f"page={page}")
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert len(notices(response)) == 1
    assert "ist keine Seitenzahl" in notices(response)[0]


def test_page_beyond_the_end_shows_the_last_page(client, sample):
    response = get(client, "page=99999999")
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert notices(response) == [
        "Eine Seite 99999999 gibt es nicht; die letzte Seite (1) wird angezeigt."
    ]
    huge = get(client, "page=" + "9" * 400)
    assert huge.status_code == 200 and huge.context["page_obj"].number == 1


def test_very_long_search_text_is_shortened(client, sample):
    response = get(client, "q=" + "Radwege " * 1250)  # 10,000 characters
    assert response.status_code == 200
    assert len(response.context["search_text"]) <= 200
    assert notices(response) == ["Der Suchtext wurde auf 200 Zeichen gekürzt."]
    # Every word must match (here one, repeated), on every database.
    assert response.context["result_count"] == 2


def test_nul_bytes_and_control_characters(client, sample):
    response = get(client, "q=Rad%00wege%01&status=%00geplant&sort=title%00")
    assert response.status_code == 200
    assert response.context["search_text"] == "Radwege"
    assert "Steuerzeichen wurden aus dem Suchtext entfernt." in notices(response)
    assert len(notices(response)) == 3  # plus the status value and the sort order
    assert "\x00" not in response.content.decode()
    assert sample.measures["radwege"].slug in slugs(response)


def test_repeated_parameters(client, sample):
    response = get(client, "q=Energie&q=Radwege&sort=title&sort=updated&page=1&page=1")
    assert response.status_code == 200
    assert response.context["search_text"] == "Radwege"
    assert response.context["view"].sort_key == "updated"
    assert notices(response) == [
        "Der Parameter „sort“ wurde mehrfach angegeben; der letzte Wert wird verwendet.",
        "Der Parameter „q“ wurde mehrfach angegeben; der letzte Wert wird verwendet.",
    ]
    # The same facet value twice is simply one value.
    twice = get(client, "status=geplant&status=geplant")
    assert twice.context["canonical_querystring"] == "?status=geplant"
    assert notices(twice) == []


def test_unknown_sort_and_relevance_without_search(client, sample):
    response = get(client, "sort=drop%20table")
    assert response.status_code == 200
    assert notices(response) == [
        "„drop table“ ist keine bekannte Sortierung; die Standardsortierung wird verwendet."
    ]
    relevance = get(client, "sort=relevance")
    assert relevance.status_code == 200 and notices(relevance) == []
    assert relevance.context["view"].sort_key == "updated"


def test_unknown_parameters_are_ignored_silently(client, sample):
    response = get(client, "utm_source=newsletter&foo[]=1&=x&&")
    assert response.status_code == 200
    assert notices(response) == []
    assert response.context["result_count"] == 7


def test_too_many_parameters_give_a_clear_400(client, sample):
    response = get(client, "&".join(f"topic=x{i}" for i in range(1100)))
    assert response.status_code == 400
    assert "<h1" in response.content.decode()  # the site's error page, not a bare message


def test_htmx_fragment_with_bad_input(client, sample):
    response = get(client, "page=abc&status=%00", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert NOTICE_BOX in response.content.decode()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exports_with_bad_input(client, sample, fmt):
    response = client.get(export_url(fmt, query="?status=foo&page=abc&q=%00" + "x" * 5000))
    assert response.status_code == 200
    b"".join(response.streaming_content)


@pytest.mark.parametrize("fmt", ["xlsx", "csv.exe", "CSV"])
def test_unknown_export_format_is_404(client, sample, fmt):
    assert client.get(f"/de/massnahmen/export.{fmt}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/de/massnahmen/kein-solcher-eintrag/",
        "/de/massnahmen/%00/",
        "/de/massnahmen/" + "a" * 300 + "/",
    ],
)
def test_unknown_detail_is_404(client, sample, path):
    assert client.get(path).status_code == 404


def test_list_url_helper_round_trip():
    assert list_url(status=["a", "b"]) == "/de/massnahmen/?status=a&status=b"
