import re
from io import StringIO

import pytest

from publications.demo.loader import load_publications, read_publications
from publications.demo.pdf import build_pdf
from publications.models import Publication, PublicationType

pytestmark = pytest.mark.django_db

PUBLICATIONS = read_publications()


def check_pdf_structure(content: bytes):
    """Header, trailer and a cross-reference table whose offsets point at the objects."""
    assert content.startswith(b"%PDF-1.4\n")
    assert content.rstrip().endswith(b"%%EOF")
    start = int(re.search(rb"startxref\n(\d+)\n", content).group(1))
    assert content[start : start + 4] == b"xref"
    offsets = re.findall(rb"(\d{10}) 00000 n ", content[start:])
    assert offsets
    for number, offset in enumerate(offsets, start=1):
        assert content[int(offset) :].startswith(b"%d 0 obj" % number)
    match = re.search(rb"/Length (\d+) >>\nstream\n", content)
    end = match.end() + int(match.group(1))
    assert content[end : end + 10] == b"endstream\n"


def test_pdf_writer_output_is_well_formed():
    content = build_pdf(
        "Überschrift (mit Klammern) und \\ Backslash",
        subtitle="Bonn · 2024",
        paragraphs=["Ä Ö Ü ß – " * 40, "Second paragraph."],
        footer="Fußzeile",
    )
    check_pdf_structure(content)
    assert "Überschrift \\(mit Klammern\\)".encode("cp1252") in content
    assert build_pdf("Same") == build_pdf("Same")  # deterministic


def test_demo_content_is_loaded():
    """The session loaded the demo content: every demo publication is there and live."""
    slugs = {spec["slug"] for spec in PUBLICATIONS}
    assert 18 <= len(slugs) <= 25
    loaded = Publication.objects.filter(slug__in=slugs)
    assert loaded.count() == len(slugs)
    assert all(p.live and p.is_demo_content for p in loaded)
    assert all(p.title_de and p.title_en and p.abstract_de and p.abstract_en for p in loaded)
    assert all(p.document_id or p.external_url for p in loaded)
    assert {p.publication_type.key for p in loaded} >= {"brochure", "podcast", "report"}
    assert loaded.filter(publisher__isnull=False).count() == len(slugs)
    assert loaded.filter(initiatives__isnull=False).distinct().count() == len(slugs)
    assert loaded.filter(model_projects__isnull=False).distinct().exists()
    assert all(p.live_revision_id for p in loaded)


def test_demo_documents_are_small_valid_pdfs():
    with_documents = Publication.objects.filter(
        slug__in=[s["slug"] for s in PUBLICATIONS if s.get("document")]
    ).select_related("document")
    assert with_documents.exists()
    for publication in with_documents:
        with publication.document.file.open("rb") as handle:
            content = handle.read()
        check_pdf_structure(content)
        assert len(content) < 20_000
        assert publication.document.file_size == len(content)


def test_loader_is_idempotent():
    before = {
        "publications": Publication.objects.count(),
        "types": PublicationType.objects.count(),
    }
    out = StringIO()
    result = load_publications(stdout=out)
    assert result == {"created": 0, "unchanged": len(PUBLICATIONS)}
    assert f"publications: 0 created, {len(PUBLICATIONS)} unchanged" in out.getvalue()
    assert Publication.objects.count() == before["publications"]
    assert PublicationType.objects.count() == before["types"]


def test_loader_keeps_editors_changes_and_recreates_missing():
    charta = Publication.objects.get(slug="smart-city-charta")
    charta.title_de = "Von der Redaktion geändert"
    charta.save()
    Publication.objects.filter(slug="iscn-report-2023").delete()
    result = load_publications()
    assert result["created"] == 1
    charta.refresh_from_db()
    assert charta.title_de == "Von der Redaktion geändert"
    assert Publication.objects.get(slug="iscn-report-2023").live
