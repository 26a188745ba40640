"""Content lines of vCard and iCalendar: escaping and folding (core.textformats)."""

import pytest

from core.textformats import MAX_LINE_OCTETS, content_lines, escape_text, fold


def unfold(text):
    return text.replace("\r\n ", "")


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("back\\slash", "back\\\\slash"),
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("one\ntwo", "one\\ntwo"),
        ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"),
        ("\\,;\n", "\\\\\\,\\;\\n"),
        ("Straße 1: ok", "Straße 1: ok"),
        (42, "42"),
        ("", ""),
    ],
)
def test_escape_text(value, escaped):
    assert escape_text(value) == escaped


def test_an_escaped_backslash_is_not_escaped_again():
    # The backslash goes first, so "\," (two characters) becomes "\\\," and not "\\\\,".
    assert escape_text("\\,") == "\\\\\\,"


def test_a_short_line_is_not_folded():
    line = "X" * MAX_LINE_OCTETS
    assert fold(line) == line
    assert fold("") == ""


def test_a_long_line_is_folded_at_75_octets():
    line = "X" * 200
    parts = fold(line).split("\r\n")
    assert [len(part.encode("utf-8")) for part in parts] == [75, 75, 52]
    assert parts[0] == "X" * 75
    assert all(part.startswith(" ") for part in parts[1:])  # 1 space + 74 characters
    assert unfold(fold(line)) == line


@pytest.mark.parametrize("char", ["ä", "€", "😀"])  # 2, 3 and 4 octets
@pytest.mark.parametrize("prefix", ["", "N", "NO", "NOT"])
def test_folding_never_splits_a_character(char, prefix):
    line = prefix + char * 80
    parts = fold(line).encode("utf-8").split(b"\r\n")
    assert len(parts) > 1
    assert all(len(part) <= MAX_LINE_OCTETS for part in parts)
    for part in parts:
        part.decode("utf-8")  # raises if a character was cut
    # Every chunk is as full as it can be without cutting the next character.
    width = len(char.encode("utf-8"))
    assert all(len(part) > MAX_LINE_OCTETS - width for part in parts[:-1])
    assert unfold(fold(line)) == line


def test_content_lines_end_in_crlf_and_are_folded():
    text = content_lines(["BEGIN:VCARD", "NOTE:" + "x" * 80, "END:VCARD"])
    assert text == "BEGIN:VCARD\r\nNOTE:" + "x" * 70 + "\r\n " + "x" * 10 + "\r\nEND:VCARD\r\n"
    assert content_lines([]) == ""
