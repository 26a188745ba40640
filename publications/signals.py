"""Keep the page counts of publications in step with their documents' files.

When a document's file is replaced in the admin, the publications that offer it get the
page count of the new file (``Publication.refresh_pages`` does the same whenever a
publication itself is validated or saved).
"""

from django.db.models.signals import post_save
from wagtail.documents import get_document_model

from .pagecount import document_page_count, is_pdf_document


def refresh_page_counts(sender, instance, raw=False, **kwargs):
    if raw or not is_pdf_document(instance):
        return
    from .models import Publication

    publications = Publication.objects.filter(document=instance)
    if not publications.exists():
        return
    try:
        pages = document_page_count(instance)
    except OSError:
        return
    publications.exclude(pages=pages).update(pages=pages)


def connect():
    post_save.connect(
        refresh_page_counts,
        sender=get_document_model(),
        dispatch_uid="publications.refresh_page_counts",
    )
