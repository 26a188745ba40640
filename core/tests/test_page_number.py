"""Reading ``?page=``: one rule and one wording for every list
(core.filtering.views.page_number)."""

import pytest
from django.utils import translation

from core.filtering.views import page_number


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize(("raw", "number"), [("", 1), ("1", 1), ("2", 2), ("007", 7)])
def test_a_page_number_is_read_without_notice(raw, number):
    notices = []
    assert page_number(raw, notices, last=10) == number
    assert notices == []


@pytest.mark.parametrize("raw", ["abc", "-1", "0", "000", "1.5", " 2", "2 ", "1e3", "9" * 10])
def test_a_malformed_page_number_means_the_first_page(raw):
    notices = []
    assert page_number(raw, notices, last=10) == 1
    assert notices == [f"“{raw}” is not a page number; showing the first page."]


def test_the_shown_value_is_cleaned_and_shortened():
    notices = []
    assert page_number("\x00" + "x" * 100, notices) == 1
    assert notices == ["“" + "x" * 39 + "…” is not a page number; showing the first page."]


def test_a_number_beyond_the_last_page_means_the_last_page():
    notices = []
    assert page_number("99999999", notices, last=4) == 4
    assert notices == ["There is no page 99999999; showing the last page (4)."]
    assert page_number("4", notices, last=4) == 4
    assert len(notices) == 1


def test_without_a_last_page_any_valid_number_is_taken():
    notices = []
    assert page_number("999999999", notices) == 999999999
    assert notices == []


def test_german_wording():
    notices = []
    with translation.override("de"):
        page_number("abc", notices)
        page_number("9", notices, last=2)
    assert notices == [
        "„abc“ ist keine Seitenzahl; die erste Seite wird angezeigt.",
        "Eine Seite 9 gibt es nicht; die letzte Seite (2) wird angezeigt.",
    ]
