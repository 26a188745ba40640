"""News and events in the search core (each a type of its own in the site search)."""

from django.utils.translation import gettext_lazy as _

from search.pages import PAGE_FIELDS, page_language, page_summary, page_url
from search.registry import SearchableKind, SearchField, register

from .models import EventPage, NewsPage

register(
    SearchableKind(
        key="news",
        label=_("News"),
        singular=_("News"),
        model=NewsPage,
        public=lambda: NewsPage.objects.live().public().select_related("locale"),
        fields=PAGE_FIELDS,
        title=lambda page: page.title,
        summary=page_summary,
        date=lambda page: page.date,
        url=page_url,
        languages=page_language,
        rank=0.1,
        order=60,
    )
)

register(
    SearchableKind(
        key="events",
        label=_("Events"),
        singular=_("Event"),
        model=EventPage,
        public=lambda: EventPage.objects.live().public().select_related("locale"),
        fields=[
            *PAGE_FIELDS,
            SearchField("venue_name", "B"),
            SearchField("venue_city", "B"),
        ],
        title=lambda page: page.title,
        summary=page_summary,
        date=lambda page: page.start,
        url=page_url,
        languages=page_language,
        rank=0.1,
        order=70,
    )
)
