"""Fixtures of the publications tests. The session database already holds the demo
content; these fixtures add their own rows (with their own type and topic keys) so
that tests can assert relative to them."""

import datetime
import itertools

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from contacts.models import Organisation
from programmes.models import Topic
from publications.demo.pdf import build_pdf
from publications.models import Publication, PublicationType

_numbers = itertools.count(1)


def make_pdf_document(title="Test document", size=None):
    """A Wagtail document holding a small valid PDF, padded to ``size`` bytes if given."""
    content = build_pdf(title, subtitle="Test", paragraphs=["A test file."])
    if size is not None:
        # A PDF comment after %%EOF keeps the file readable and sets its exact size.
        content += b"%" + b"x" * (size - len(content) - 2) + b"\n"
    document = get_document_model()(title=title)
    document.file.save(f"test-{next(_numbers)}.pdf", ContentFile(content), save=False)
    document.file_size = document.file.size
    document.save()
    return document


@pytest.fixture
def pdf_document(db):
    return make_pdf_document(size=12 * 1024)


@pytest.fixture
def test_types(db):
    """Three publication types of our own: {key: type}."""
    types = {}
    for position, key in enumerate(("zz-handbook", "zz-poster", "zz-audio")):
        types[key] = PublicationType.objects.create(
            key=key,
            name_de=f"Testart {key}",
            name_en=f"Test type {key}",
            sort_order=9000 + position,
        )
    return types


@pytest.fixture
def test_topics(db):
    return {
        key: Topic.objects.create(key=key, name_de=f"Testthema {key}", name_en=f"Test topic {key}")
        for key in ("zz-topic-a", "zz-topic-b")
    }


@pytest.fixture
def test_publisher(db):
    return Organisation.objects.create(
        key="zz-publisher", name_de="Testverlag", name_en="Test publisher", short_name="TV"
    )


@pytest.fixture
def make_publication(db, test_types):
    """Factory: a live publication with an external link unless told otherwise."""

    def make(**fields):
        number = next(_numbers)
        topics = fields.pop("topics", [])
        projects = fields.pop("model_projects", [])
        initiatives = fields.pop("initiatives", [])
        defaults = {
            "slug": f"zz-test-publication-{number}",
            "title_de": f"Testpublikation {number}",
            "title_en": f"Test publication {number}",
            "abstract_de": "Kurzfassung auf Deutsch.",
            "abstract_en": "Summary in English.",
            "publication_type": test_types["zz-handbook"],
            "publication_date": datetime.date(2022, 3, 1),
            "external_url": "https://www.example.org/publication",
        }
        defaults.update(fields)
        publication = Publication(**defaults)
        publication.topics.set(topics)
        publication.model_projects.set(projects)
        publication.initiatives.set(initiatives)
        publication.save()
        return publication

    return make


class Sample:
    """Publications of the sample, by short name; ``types`` lists our own type keys."""

    def __init__(self, publications, types, topics, publisher):
        self.publications = publications
        self.types = list(types)
        self.topics = topics
        self.publisher = publisher

    def slugs(self, *names):
        return {self.publications[name].slug for name in names}


@pytest.fixture
def sample(make_publication, test_types, test_topics, test_publisher):
    """Five live publications and a draft, all of our own three types.

    Filtering by ``type=sample.types`` restricts any list to these rows, whatever else the
    database holds.
    """
    from contacts.models import Initiative

    handbook, poster, audio = (test_types[k] for k in ("zz-handbook", "zz-poster", "zz-audio"))
    topic_a, topic_b = test_topics["zz-topic-a"], test_topics["zz-topic-b"]
    iscn, kts = Initiative.objects.get(key="iscn"), Initiative.objects.get(key="kts")
    specs = {
        "a": {
            "publication_type": handbook,
            "publication_date": datetime.date(2019, 5, 1),
            "language": "de",
            "topics": [topic_a],
            "publisher": test_publisher,
            "initiatives": [iscn],
            "title_de": "Alpha: Zebrastreifen digital planen",
            "title_en": "Alpha: planning zebra crossings digitally",
            "document": make_pdf_document("Alpha", size=3 * 1024),
            "external_url": "",
        },
        "b": {
            "publication_type": handbook,
            "publication_date": datetime.date(2020, 2, 1),
            "language": "en",
            "topics": [topic_a, topic_b],
            "title_de": "Beta: Handbuch",
            "title_en": "Beta: handbook",
        },
        "c": {
            "publication_type": poster,
            "publication_date": datetime.date(2020, 9, 1),
            "language": "multilingual",
            "topics": [topic_b],
            "publisher": test_publisher,
            "initiatives": [kts, iscn],
            "title_de": "Gamma: Plakat",
            "title_en": "Gamma: poster",
            "abstract_de": "Über Zebrastreifen und Ampeln.",
            "abstract_en": "About zebra crossings and traffic lights.",
        },
        "d": {
            "publication_type": poster,
            "publication_date": datetime.date(2021, 1, 15),
            "language": "de",
            "title_de": "Delta: Plakat",
            "title_en": "Delta: poster",
        },
        "e": {
            "publication_type": audio,
            "publication_date": datetime.date(2021, 6, 1),
            "language": "de",
            "topics": [topic_a],
            "publisher": test_publisher,
            "title_de": "Epsilon: Hörstück",
            "title_en": "Epsilon: audio piece",
        },
        "draft": {
            "publication_type": handbook,
            "publication_date": datetime.date(2019, 1, 1),
            "topics": [topic_a],
            "title_de": "Unveröffentlichter Entwurf",
            "title_en": "Unpublished draft",
            "live": False,
        },
    }
    publications = {name: make_publication(**fields) for name, fields in specs.items()}
    return Sample(publications, test_types, test_topics, test_publisher)
