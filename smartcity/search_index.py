"""The site's own pages and the document library in the search core.

Documents are searchable only while they are public: used by live content or kept in a
public collection (``smartcity/documents.py``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from news.models import EventPage, NewsPage
from search.pages import PAGE_FIELDS, page_language, page_summary, page_url
from search.registry import SearchableKind, SearchField, register

from .documents import public_documents


def public_pages():
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .not_type(NewsPage, EventPage)
        .select_related("locale")
        .specific()
    )


register(
    SearchableKind(
        key="pages",
        label=_("Pages"),
        singular=_("Page"),
        model=Page,
        public=public_pages,
        fields=PAGE_FIELDS,
        title=lambda page: page.title,
        summary=page_summary,
        url=page_url,
        languages=page_language,
        rank=0.3,
        order=10,
    )
)


register(
    SearchableKind(
        key="documents",
        label=_("Documents"),
        singular=_("Document"),
        model=get_document_model(),
        public=public_documents,
        fields=[SearchField("title", "A"), SearchField("filename", "B")],
        title=lambda document: document.title,
        summary=lambda document: document.filename,
        date=lambda document: document.created_at,
        url=lambda document: document.url,
        rank=0.0,
        order=90,
    )
)
