"""The downloadable PDF profile of a solution, written with fpdf2.

fpdf2's built-in Helvetica needs no font file, so nothing depends on fonts installed on
the machine. Its encoding is Latin-1, which holds every German letter (ä, ö, ü, ß);
typographic characters outside Latin-1 (German quotes, dashes, ellipsis, bullets) are
replaced with their plain equivalents and anything else unknown with "?".
"""

from __future__ import annotations

import functools
import hashlib
import logging
from html.parser import HTMLParser

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

logger = logging.getLogger(__name__)

CACHE_SECONDS = 60 * 60

REPLACEMENTS = {
    "\u201e": '"',  # „
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201a": "'",  # ‚
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u2013": "-",  # –
    "\u2014": "-",  # —
    "\u2011": "-",  # non-breaking hyphen
    "\u2026": "...",  # …
    "\u2022": "-",  # •
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200b": "",
    "\u20ac": "EUR",  # € is not in Latin-1
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2192": "->",
}


def latin1(text: str) -> str:
    """Text that Helvetica can show: typographic characters replaced, the rest kept."""
    text = "".join(REPLACEMENTS.get(char, char) for char in str(text or ""))
    return text.encode("latin-1", "replace").decode("latin-1")


class _RichTextReader(HTMLParser):
    """Turns rich text into (kind, text) blocks: paragraphs, list items, headings."""

    BLOCKS = {"p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.lists: list[list] = []  # stack of [kind, counter]
        self.kind = None
        self.parts: list[str] = []
        self.href = None

    def _flush(self):
        text = " ".join("".join(self.parts).split())
        if text:
            self.blocks.append((self.kind or "p", text))
        self.parts = []
        self.kind = None

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, 0])
        elif tag in self.BLOCKS:
            self._flush()
            if tag == "li" and self.lists:
                self.lists[-1][1] += 1
                kind, number = self.lists[-1]
                self.kind = f"{number}." if kind == "ol" else "-"
            else:
                self.kind = "h" if tag.startswith("h") else "p"
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in self.BLOCKS:
            self._flush()
        elif tag == "a":
            if self.href and self.href.startswith(("http://", "https://", "mailto:")):
                self.parts.append(f" ({self.href.removeprefix('mailto:')})")
            self.href = None

    def handle_data(self, data):
        self.parts.append(data)

    def close(self):
        super().close()
        self._flush()


def rich_text_blocks(html: str) -> list[tuple[str, str]]:
    reader = _RichTextReader()
    reader.feed(expand_db_html(html or ""))
    reader.close()
    return reader.blocks


@functools.cache
def _pdf_class():
    """The document class; fpdf2 is imported only when a PDF is made, so that a missing
    library costs the download, not the web pages."""
    from fpdf import FPDF

    class ProfilePDF(FPDF):
        """A4 portrait with a running footer: site name, address of the page, page number."""

        footer_text = ""

        def multi_cell(self, *args, **kwargs):
            # Ragged right reads better than justified text (no uneven word gaps).
            kwargs.setdefault("align", "L")
            return super().multi_cell(*args, **kwargs)

        def footer(self):
            self.set_y(-15)
            self.set_font("helvetica", size=8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, latin1(self.footer_text), align="L")
            self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")

    return ProfilePDF


BLUE = (0, 55, 107)
TEXT = (19, 21, 37)


class _Writer:
    def __init__(self, pdf):
        self.pdf = pdf

    def heading(self, text, size=13):
        pdf = self.pdf
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("helvetica", "B", size)
        pdf.set_text_color(*BLUE)
        pdf.multi_cell(0, size * 0.5, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(*TEXT)
        pdf.ln(1)

    def paragraph(self, text, style="", size=10.5):
        if not text:
            return
        self.pdf.set_font("helvetica", style, size)
        self.pdf.multi_cell(0, 5.2, latin1(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1.5)

    def item(self, marker, text, style=""):
        pdf = self.pdf
        pdf.set_font("helvetica", style, 10.5)
        indent = 8
        pdf.cell(indent, 5.2, latin1(marker))
        pdf.multi_cell(pdf.epw - indent, 5.2, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    def rich_text(self, html):
        for kind, text in rich_text_blocks(html):
            if kind == "p":
                self.paragraph(text)
            elif kind == "h":
                self.paragraph(text, style="B")
            else:
                self.item(kind, text)

    def facts(self, rows):
        pdf = self.pdf
        label_width = 52
        for label, value in rows:
            if not value:
                continue
            pdf.set_font("helvetica", "B", 10)
            y = pdf.get_y()
            pdf.multi_cell(label_width, 5, latin1(label), new_x="RIGHT", new_y="TOP")
            pdf.set_font("helvetica", "", 10)
            pdf.multi_cell(0, 5, latin1(value), new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), y + 5))
            pdf.ln(0.8)


def build_pdf(profile, *, absolute_url: str = "") -> bytes:
    """The profile as PDF in the active language. Expects the relations used by the
    detail view to be loaded (or loads them itself with a few queries)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    pdf = _pdf_class()(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(latin1(profile.title))
    pdf.set_author(latin1(_("Smart City Dialogue")))
    pdf.set_subject(latin1(_("Solution profile")))
    pdf.set_creator(latin1(_("Smart City Dialogue")))
    pdf.set_lang(language)
    pdf.footer_text = f"{_('Smart City Dialogue')} - {absolute_url or profile.get_absolute_url()}"
    pdf.add_page()
    pdf.set_text_color(*TEXT)
    write = _Writer(pdf)

    pdf.set_font("helvetica", "", 10)
    pdf.set_text_color(*BLUE)
    pdf.cell(
        0,
        6,
        latin1(_("Smart City Dialogue - Smart City solution profile")),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("helvetica", "B", 20)
    pdf.multi_cell(0, 9, latin1(profile.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*TEXT)
    pdf.ln(2)
    if profile.is_demo_content:
        pdf.set_fill_color(255, 244, 229)
        pdf.set_font("helvetica", "B", 10)
        pdf.multi_cell(
            0,
            5.5,
            latin1(
                _(
                    "Demo content: this profile is an invented example based on public "
                    "information about the model projects. It will be replaced by the "
                    "editorial team."
                )
            ),
            fill=True,
            padding=2,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(2)
    write.paragraph(profile.teaser, size=12)

    lead = profile.lead_project
    partners = ", ".join(p.name for p in profile.partner_projects.all())
    topics = ", ".join(str(t) for t in profile.topics.all())
    categories = ", ".join(str(c) for c in profile.municipality_categories.all())
    fields_of_action = ", ".join(str(f) for f in profile.fields_of_action.all())
    write.facts(
        [
            (_("Lead model project"), f"{lead.name} ({lead.state})"),
            (_("Partner model projects"), partners),
            (_("Topics"), topics),
            (_("Fields of action"), fields_of_action),
        ]
    )

    for heading, html in (
        (_("The challenge"), profile.challenge),
        (_("The solution"), profile.solution),
    ):
        if rich_text_blocks(html):
            write.heading(heading)
            write.rich_text(html)

    steps = list(profile.process_steps.all())
    if steps:
        write.heading(_("Process steps"))
        for number, step in enumerate(steps, start=1):
            write.item(f"{number}.", step.title, style="B")
            if step.text:
                pdf.set_x(pdf.l_margin + 8)
                pdf.set_font("helvetica", "", 10.5)
                pdf.multi_cell(pdf.epw - 8, 5.2, latin1(step.text), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)

    if rich_text_blocks(profile.data_basis):
        write.heading(_("Data basis"))
        write.rich_text(profile.data_basis)

    factors = list(profile.success_factors.all())
    if factors:
        write.heading(_("Success factors"))
        for factor in factors:
            write.paragraph(factor.title, style="B")
            write.paragraph(factor.text)

    if rich_text_blocks(profile.costs_and_resources):
        write.heading(_("Costs and resources"))
        write.rich_text(profile.costs_and_resources)

    write.heading(_("Transferability checklist"))
    for row in profile.checklist():
        mark = "[x]" if row["done"] else "[  ]"
        status = _("yes") if row["done"] else _("no")
        detail = f" ({row['detail']})" if row["detail"] else ""
        write.item(mark, f"{row['label']}: {status}{detail}")
    pdf.ln(1)
    write.facts(
        [
            (_("Suitable for"), categories),
            (_("Repository"), profile.repository_url),
            (_("Operating costs"), profile.operating_costs),
        ]
    )
    prerequisites = profile.prerequisite_list
    if prerequisites:
        write.paragraph(_("Prerequisites"), style="B")
        for prerequisite in prerequisites:
            write.item("-", prerequisite)

    measures = [m for m in profile.related_measures.all() if m.live]
    if measures:
        write.heading(_("Related measures"))
        for measure in measures:
            write.item("-", f"{measure.title} ({measure.model_project.name})")

    contact = profile.public_contact
    if contact is not None:
        write.heading(_("Contact"))
        organisation = contact.organisation
        lines = [organisation.name, contact.unit, contact.purpose]
        address = " ".join(part for part in (contact.postcode, contact.city) if part)
        lines += [contact.street, address]
        if contact.phone:
            lines.append(f"{_('Phone')}: {contact.phone}")
        if contact.email:
            lines.append(f"{_('E-mail')}: {contact.email}")
        write.paragraph("\n".join(line for line in lines if line))

    credits = [image.credit for image in profile.images.all() if image.credit]
    pdf.ln(3)
    pdf.set_font("helvetica", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    stamp = date_format(timezone.localdate(), "DATE_FORMAT")
    pdf.multi_cell(
        0,
        4.5,
        latin1(
            _("As of %(date)s. Current version: %(url)s")
            % {"date": stamp, "url": absolute_url or profile.get_absolute_url()}
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if credits:
        pdf.multi_cell(
            0,
            4.5,
            latin1(
                _("Image credits on the web page: %(credits)s") % {"credits": "; ".join(credits)}
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    return bytes(pdf.output())


def cache_key(profile, language, absolute_url=""):
    stamp = profile.updated_at.timestamp() if profile.updated_at else 0
    address = hashlib.sha1(absolute_url.encode("utf-8")).hexdigest()[:12]
    return f"solutions:pdf:{profile.pk}:{language}:{stamp}:{address}"


def profile_pdf(profile, *, absolute_url="", use_cache=True) -> bytes | None:
    """The PDF bytes, cached per profile version and language; None if it cannot be made."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    key = cache_key(profile, language, absolute_url)
    if use_cache and profile.pk:
        cached = cache.get(key)
        if cached is not None:
            return cached
    try:
        data = build_pdf(profile, absolute_url=absolute_url)
    except Exception:  # a broken PDF must not take the web page down with it
        logger.exception("Could not build the PDF of solution profile %s", profile.pk)
        return None
    if use_cache and profile.pk:
        cache.set(key, data, CACHE_SECONDS)
    return data
