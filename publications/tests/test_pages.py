"""Page counts come from the PDF itself, never from a typed-in or invented number."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from fpdf import FPDF
from wagtail.documents import get_document_model

from publications.demo.loader import correct_demo_page_counts, read_publications
from publications.demo.pdf import build_pdf
from publications.models import Publication
from publications.pagecount import pdf_page_count

from .conftest import make_pdf_document

pytestmark = pytest.mark.django_db

PUBLICATIONS = read_publications()


def pdf_with_pages(count):
    """A PDF of ``count`` A4 pages, written with fpdf2 (another writer than the demo's)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for number in range(1, count + 1):
        pdf.add_page()
        pdf.cell(text=f"Page {number}")
    return bytes(pdf.output())


def document(content, name="test.pdf"):
    doc = get_document_model()(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.file_size = len(content)
    doc.save()
    return doc


def detail(client, publication, language="de"):
    path = {"de": "/de/publikationen/", "en": "/en/publications/"}[language]
    return client.get(f"{path}{publication.slug}/").content.decode()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (build_pdf("One page"), 1),
        (pdf_with_pages(1), 1),
        (pdf_with_pages(3), 3),
        (b"%PDF-1.4\nthis is not really a PDF\n%%EOF\n", None),
        (pdf_with_pages(3)[:200], None),  # cut off: no page tree
        (b"PK\x03\x04 a zip file, e.g. a .docx", None),
        (b"", None),
    ],
)
def test_counting_pages(content, expected):
    assert pdf_page_count(io.BytesIO(content)) == expected


def test_saving_reads_the_count_from_the_pdf(client, make_publication):
    three = make_publication(
        document=document(pdf_with_pages(3)), external_url="", pages=20
    )  # a typed-in count is replaced by the file's
    three.refresh_from_db()
    assert three.pages == 3
    one = make_publication(document=document(pdf_with_pages(1)), external_url="")
    one.refresh_from_db()
    assert one.pages == 1

    assert re.search(r"<dt>Seiten</dt>\s*<dd>3</dd>", detail(client, three))
    assert re.search(r"<dt>Pages</dt>\s*<dd>1</dd>", detail(client, one, "en"))


def test_validation_sets_the_count_before_a_revision_is_saved(make_publication):
    publication = make_publication()
    publication.document = document(pdf_with_pages(3))
    publication.pages = 99
    publication.full_clean()
    assert publication.pages == 3
    revision = publication.save_revision()
    assert revision.as_object().pages == 3


def test_no_count_without_a_readable_pdf(client, make_publication):
    broken = make_publication(
        document=document(b"%PDF-1.4\nbroken\n", "broken.pdf"), external_url="", pages=12
    )
    broken.refresh_from_db()
    assert broken.pages is None
    for language in ("de", "en"):
        html = detail(client, broken, language)
        assert "<dt>Seiten</dt>" not in html and "<dt>Pages</dt>" not in html

    # Not a PDF: the count is what the editors know (here: nothing).
    other = make_publication(document=document(b"plain text", "notes.txt"), external_url="")
    assert other.pages is None
    assert "<dt>Seiten</dt>" not in detail(client, other)


def test_replacing_the_file_updates_the_count(make_publication):
    doc = document(pdf_with_pages(1))
    publication = make_publication(document=doc, external_url="")
    assert Publication.objects.get(pk=publication.pk).pages == 1
    doc.file.save("longer.pdf", ContentFile(pdf_with_pages(3)), save=False)
    doc.save()
    assert Publication.objects.get(pk=publication.pk).pages == 3


def test_demo_publications_have_the_count_of_their_file_or_none():
    demo = Publication.objects.filter(slug__in=[spec["slug"] for spec in PUBLICATIONS])
    assert demo.count() == len(PUBLICATIONS)
    for publication in demo.select_related("document"):
        if publication.document_id:
            with publication.document.file.open("rb") as handle:
                assert publication.pages == pdf_page_count(handle) == 1, publication.slug
        else:
            assert publication.pages is None, publication.slug


def test_invented_counts_of_earlier_releases_are_corrected():
    with_file = Publication.objects.filter(
        slug__in=[s["slug"] for s in PUBLICATIONS if s.get("document")]
    ).first()
    without = Publication.objects.filter(
        slug__in=[s["slug"] for s in PUBLICATIONS if not s.get("document")]
    ).first()
    Publication.objects.filter(pk__in=[with_file.pk, without.pk]).update(pages=20)
    assert correct_demo_page_counts() == 2
    assert Publication.objects.get(pk=with_file.pk).pages == 1
    assert Publication.objects.get(pk=without.pk).pages is None
    assert correct_demo_page_counts() == 0


def test_padded_test_documents_still_count():
    doc = make_pdf_document(size=12 * 1024)
    with doc.file.open("rb") as handle:
        assert pdf_page_count(handle) == 1
