"""Rich text (HTML) as plain text that keeps its paragraphs.

``html_to_text`` is the one way the portal turns rich text into plain text for machines
and files: the JSON API, the CSV/JSON exports of the lists and the feeds. Django's
``strip_tags`` would glue paragraphs together ("…im Stadtgebiet.Die Umsetzung…"); here

* block elements (paragraphs, headings, lists, quotes, tables, …) become paragraphs
  separated by one blank line (``"\\n\\n"``),
* ``<br>`` becomes a line break within its paragraph,
* list items become lines of their own, starting with "- " (or "1. ", "2. ", … in an
  ordered list),
* runs of white space inside a paragraph become one space, as a browser shows them,
* character references are decoded (``&amp;`` → ``&``), and the content of ``script``,
  ``style`` and ``template`` elements is dropped.

Text without any markup is returned with its own line breaks (normalised and trimmed).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
}
HIDDEN = {"script", "style", "template"}
SPACE = re.compile(r"[ \t\r\n\f\v]+")
TAG = re.compile(r"<[a-zA-Z/!?]")


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.lines: list[str] = []  # lines of the current paragraph
        self.words: list[str] = []  # text of the current line
        self.lists: list[list] = []  # open lists: [ordered, next number]
        self.hidden = 0

    # --- building paragraphs ----------------------------------------------------------

    def end_line(self):
        line = SPACE.sub(" ", "".join(self.words)).strip()
        self.words = []
        if line:
            self.lines.append(line)

    def end_paragraph(self):
        self.end_line()
        if self.lines:
            self.paragraphs.append("\n".join(self.lines))
        self.lines = []

    # --- parser callbacks ---------------------------------------------------------------

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.end_line()
        elif tag == "li":
            self.end_line()
            if self.lists:
                current = self.lists[-1]
                marker = f"{current[1]}. " if current[0] else "- "
                current[1] += 1
            else:
                marker = "- "
            self.words.append(marker)
        elif tag in ("td", "th"):
            if "".join(self.words).strip():
                self.words.append(" | ")
        elif tag in BLOCKS:
            if tag in ("ol", "ul"):
                if not self.lists:
                    self.end_paragraph()
                else:
                    self.end_line()
                self.lists.append([tag == "ol", 1])
            elif tag == "tr":
                self.end_line()
            else:
                self.end_paragraph()

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.end_line()
        elif tag == "hr":
            self.end_paragraph()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "li":
            self.end_line()
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            if self.lists:
                self.end_line()
            else:
                self.end_paragraph()
        elif tag == "tr":
            self.end_line()
        elif tag in BLOCKS:
            self.end_paragraph()

    def handle_data(self, data):
        if not self.hidden:
            self.words.append(data)

    def text(self) -> str:
        self.close()
        self.end_paragraph()
        return "\n\n".join(self.paragraphs)


def html_to_text(value) -> str:
    """``value`` (HTML, e.g. a ``RichTextField``'s content) as plain text with paragraphs
    separated by a blank line. ``None`` gives ``""``."""
    if value is None:
        return ""
    value = str(value)
    if not TAG.search(value):
        lines = [line.strip() for line in value.replace("\r\n", "\n").split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    parser = _TextParser()
    parser.feed(value)
    return parser.text()
