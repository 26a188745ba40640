"""Rich text to plain text: paragraphs stay apart (core.plaintext)."""

import pytest

from core.plaintext import html_to_text


def test_paragraphs_are_separated_by_a_blank_line():
    html = "<p>Sie wirkt im ganzen Stadtgebiet.</p><p>Die Umsetzung läuft.</p>"
    assert html_to_text(html) == "Sie wirkt im ganzen Stadtgebiet.\n\nDie Umsetzung läuft."


def test_inline_markup_white_space_and_references():
    html = (
        '<p>Mit <b>Daten</b> und <a href="/x/" linktype="page" id="3">Karten</a>\n'
        "   &amp; <i>Sensoren</i>&nbsp;im&#160;Quartier.</p>"
    )
    assert html_to_text(html) == "Mit Daten und Karten & Sensoren\xa0im\xa0Quartier."


def test_headings_lists_and_line_breaks():
    html = (
        "<h3>Ziele</h3><ul><li>Erstens</li><li>Zweitens<br/>mit Zeile</li></ul>"
        "<ol><li>Eins</li><li>Zwei</li></ol><p>Ende</p>"
    )
    assert html_to_text(html) == (
        "Ziele\n\n- Erstens\n- Zweitens\nmit Zeile\n\n1. Eins\n2. Zwei\n\nEnde"
    )


def test_nested_lists_and_tables():
    html = (
        "<ul><li>A<ul><li>A1</li></ul></li><li>B</li></ul>"
        "<table><tr><th>Jahr</th><th>Wert</th></tr><tr><td>2024</td><td>3</td></tr></table>"
    )
    assert html_to_text(html) == "- A\n- A1\n- B\n\nJahr | Wert\n2024 | 3"


def test_scripts_styles_and_embeds_leave_no_text():
    html = (
        '<p>Text</p><script>alert("x")</script><style>p{}</style>'
        '<embed embedtype="image" id="1" format="left" alt="Bild"/><p>Mehr</p>'
    )
    assert html_to_text(html) == "Text\n\nMehr"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        ("<p></p>", ""),
        ("<p> </p><p>Nur das</p>", "Nur das"),
        (
            "Schon Text\r\nzweite Zeile\n\n\n\nneuer Absatz ",
            "Schon Text\nzweite Zeile\n\nneuer Absatz",
        ),
        ("a < b und c > d", "a < b und c > d"),
        ("Text ohne Schluss <p>und ein Absatz", "Text ohne Schluss\n\nund ein Absatz"),
    ],
)
def test_edge_cases(value, expected):
    assert html_to_text(value) == expected
