"""Loads the publication types and about 20 demo publications (``publication_types.yaml``,
``publications.yaml``).

Idempotent: types are only created when missing (editors' renames survive), and a
publication whose slug exists is left as it is. New publications get a generated
one-page PDF as a Wagtail document (or an external link) and, for some, a drawn cover
image; each is saved as a revision and published, so the admin shows its history. The
page count comes from the PDF (``Publication.refresh_pages``), never from the data.
"""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from contacts.models import Initiative, Organisation
from core.demo.datafiles import read_records
from programmes.models import ModelProject, Topic
from publications.models import Publication, PublicationType

from .covers import draw_cover
from .pdf import build_pdf

DATA_DIR = Path(__file__).parent
REQUIRED_KEYS = (
    "slug",
    "type",
    "publisher",
    "date",
    "language",
    "title",
    "abstract",
    "authors",
    "topics",
    "projects",
    "initiatives",
)

DEMO_NOTE = {
    "de": "Demo-Inhalt: Dieses Dokument ist ein Platzhalter des Portals Smart City Dialog. "
    "Titel und Jahr folgen einer realen Veröffentlichung oder sind erfunden; Inhalt, "
    "Umfang und Autorenschaft sind Beispielwerte.",
    "en": "Demo content: this document is a placeholder of the Smart City Dialogue portal. "
    "Title and year follow a real publication or are invented; contents, length and "
    "authors are sample values.",
}
COVER_ALT = {
    "de": "Titelbild (Demo-Grafik): Kreise und Linien über einem farbigen Balken",
    "en": "Cover (demo graphic): circles and lines above a coloured band",
}


def read_publication_types():
    """The publication types of ``publication_types.yaml``, in their order."""
    return read_records(DATA_DIR / "publication_types.yaml", required=("key", "name"))


def read_publications():
    """The demo publications of ``publications.yaml``, one mapping per publication."""
    return read_records(DATA_DIR / "publications.yaml", required=REQUIRED_KEYS)


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)


def ensure_types(stdout=None):
    """Create missing publication types; return {key: type}."""
    existing = {t.key: t for t in PublicationType.objects.all()}
    created = 0
    for position, spec in enumerate(read_publication_types(), start=1):
        key = spec["key"]
        if key in existing:
            continue
        existing[key] = PublicationType.objects.create(
            key=key,
            name_de=spec["name"]["de"],
            name_en=spec["name"]["en"],
            sort_order=position * 10,
        )
        created += 1
    _say(stdout, f"  publication types: {created} created, {len(existing) - created} present")
    return existing


def demo_pdf(spec, publisher_name):
    """The placeholder PDF of a publication, in the publication's language."""
    language = "en" if spec["language"] == "en" else "de"
    year = spec["date"].year
    subtitle = f"{publisher_name} · {year}" if publisher_name else str(year)
    paragraphs = [spec["abstract"][language]]
    if spec["language"] == "multilingual":
        paragraphs.append(spec["abstract"]["en"])
    paragraphs.append(DEMO_NOTE[language])
    return build_pdf(
        spec["title"][language],
        subtitle=subtitle,
        paragraphs=paragraphs,
        footer="Smart City Dialog · Demo-Inhalt / demo content",
    )


def _create_document(spec, publisher_name):
    document = get_document_model()(title=spec["title"]["de"])
    document.file.save(f"{spec['slug']}.pdf", ContentFile(demo_pdf(spec, publisher_name)), False)
    document.file_size = document.file.size
    document.save()
    return document


def _create_cover(spec):
    background, accent = spec["cover"]["background"], spec["cover"]["accent"]
    image = get_image_model()(title=f"Demo-Titelbild {spec['slug']}", description=COVER_ALT["de"])
    image.file = ImageFile(
        io.BytesIO(draw_cover(spec["slug"], background, accent)), name=f"{spec['slug']}-cover.png"
    )
    image.save()
    return image


def load_publications(stdout=None):
    """Create the demo publications that are missing; report the counts."""
    types = ensure_types(stdout)
    organisations = {o.key: o for o in Organisation.objects.all()}
    topics = {t.key: t for t in Topic.objects.all()}
    projects = {p.slug: p for p in ModelProject.objects.only("pk", "slug")}
    initiatives = {i.key: i for i in Initiative.objects.all()}
    existing = set(Publication.objects.values_list("slug", flat=True))

    specs = read_publications()
    created = unchanged = 0
    for spec in specs:
        if spec["slug"] in existing:
            unchanged += 1
            continue
        publisher = organisations.get(spec["publisher"])
        with transaction.atomic():
            publication = Publication(
                slug=spec["slug"],
                publication_type=types[spec["type"]],
                publisher=publisher,
                publication_date=spec["date"],
                language=spec["language"],
                title_de=spec["title"]["de"],
                title_en=spec["title"]["en"],
                abstract_de=spec["abstract"]["de"],
                abstract_en=spec["abstract"]["en"],
                authors=spec["authors"],
                external_url=spec.get("external_url", ""),
                is_demo_content=True,
            )
            if spec.get("document"):
                publication.document = _create_document(
                    spec, publisher.name_de if publisher else ""
                )
            if spec.get("cover"):
                publication.cover_image = _create_cover(spec)
                publication.cover_image_alt_de = COVER_ALT["de"]
                publication.cover_image_alt_en = COVER_ALT["en"]
            publication.topics.set([topics[k] for k in spec["topics"] if k in topics])
            publication.model_projects.set([projects[s] for s in spec["projects"] if s in projects])
            publication.initiatives.set(
                [initiatives[k] for k in spec["initiatives"] if k in initiatives]
            )
            publication.save()
            publication.save_revision().publish()
        created += 1
    corrected = correct_demo_page_counts(specs)
    _say(
        stdout,
        f"  publications: {created} created, {unchanged} unchanged"
        + (f", {corrected} page counts corrected" if corrected else ""),
    )
    return {"created": created, "unchanged": unchanged}


def correct_demo_page_counts(specs=None):
    """Demo publications of earlier releases carried invented page counts: give them the
    count of their file (or none without a PDF). Returns how many were corrected."""
    if specs is None:
        specs = read_publications()
    corrected = 0
    demo = Publication.objects.filter(
        is_demo_content=True, slug__in=[spec["slug"] for spec in specs]
    ).select_related("document")
    for publication in demo:
        pages = publication.pages
        if publication.document_id:
            publication.refresh_pages()
        elif pages is not None:
            publication.pages = None
        if publication.pages != pages:
            Publication.objects.filter(pk=publication.pk).update(pages=publication.pages)
            corrected += 1
    return corrected
