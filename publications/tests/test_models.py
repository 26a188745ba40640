import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from publications.models import Publication
from publications.templatetags.publications_tags import file_label
from publications.validators import isbn_is_valid, normalize_doi, validate_doi, validate_isbn

from .conftest import make_pdf_document


@pytest.mark.parametrize(
    "value",
    ["978-3-87994-123-0", "9783879941230", "0-8044-2957-X", "0 8044 2957 x", "979-10-90636-07-1"],
)
def test_valid_isbns(value):
    assert isbn_is_valid(value)
    validate_isbn(value)


@pytest.mark.parametrize(
    "value", ["978-3-87994-123-4", "12345", "0-8044-2957-9", "977-3-87994-123-0", "ISBN"]
)
def test_invalid_isbns(value):
    assert not isbn_is_valid(value)
    with pytest.raises(ValidationError):
        validate_isbn(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10.58007/abc-123", "10.58007/abc-123"),
        ("https://doi.org/10.1000/xyz.1", "10.1000/xyz.1"),
        ("doi:10.1000/ABC", "10.1000/ABC"),
    ],
)
def test_doi_normalised_and_valid(value, expected):
    assert normalize_doi(value) == expected
    validate_doi(value)


@pytest.mark.parametrize("value", ["11.1000/x", "10.12/x", "10.1000/", "10.1000/with space"])
def test_invalid_dois(value):
    with pytest.raises(ValidationError):
        validate_doi(value)


@pytest.mark.django_db
def test_clean_fills_slug_and_normalises_identifiers(test_types):
    publication = Publication(
        title_de="Städte im Wandel",
        title_en="Cities in change",
        publication_type=test_types["zz-handbook"],
        publication_date=datetime.date(2024, 1, 1),
        external_url="https://www.example.org/",
        isbn="978-3-87994-123-0",
        doi="https://doi.org/10.1000/xyz",
    )
    publication.full_clean()
    assert publication.slug == "stadte-im-wandel"
    assert publication.isbn == "9783879941230"
    assert publication.doi == "10.1000/xyz"
    assert publication.doi_url == "https://doi.org/10.1000/xyz"


@pytest.mark.django_db
def test_slug_made_unique(make_publication, test_types):
    make_publication(slug="gleicher-titel")
    other = Publication(
        title_de="Gleicher Titel",
        publication_type=test_types["zz-handbook"],
        publication_date=datetime.date(2024, 1, 1),
        external_url="https://www.example.org/",
    )
    other.full_clean()
    assert other.slug == "gleicher-titel-2"


@pytest.mark.django_db
def test_document_or_link_required(test_types):
    publication = Publication(
        title_de="Ohne Datei",
        publication_type=test_types["zz-handbook"],
        publication_date=datetime.date(2024, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        publication.full_clean()
    assert "document" in str(error.value) or "URL" in str(error.value)


@pytest.mark.django_db
def test_invalid_identifiers_rejected(test_types):
    publication = Publication(
        title_de="Falsche Nummern",
        publication_type=test_types["zz-handbook"],
        publication_date=datetime.date(2024, 1, 1),
        external_url="https://www.example.org/",
        isbn="978-3-87994-123-4",
        doi="no-doi",
    )
    with pytest.raises(ValidationError) as error:
        publication.full_clean()
    assert set(error.value.message_dict) == {"isbn", "doi"}


@pytest.mark.django_db
def test_file_label_shows_format_and_size(make_publication):
    publication = make_publication(document=make_pdf_document(size=12 * 1024))
    with translation.override("en"):
        assert file_label(publication) == "PDF, 12.0\xa0KB"
    with translation.override("de"):
        assert file_label(publication) == "PDF, 12,0\xa0KB"
    assert file_label(make_publication()) == ""


@pytest.mark.django_db
def test_live_queryset_excludes_drafts(make_publication):
    shown = make_publication()
    draft = make_publication(live=False)
    live = set(Publication.objects.live().values_list("pk", flat=True))
    assert shown.pk in live
    assert draft.pk not in live


@pytest.mark.django_db
def test_revisions_keep_many_to_many_relations(make_publication, test_topics):
    publication = make_publication(topics=[test_topics["zz-topic-a"]])
    revision = publication.save_revision()
    publication.topics.set([test_topics["zz-topic-b"]])
    publication.save()
    restored = revision.as_object()
    assert [t.key for t in restored.topics.all()] == ["zz-topic-a"]
