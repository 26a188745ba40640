"""The news as a database of the portal (``core.databases``).

Its filterable list is the news index page of each language (a Wagtail page, listed in
the sitemap with the other pages), so it has no list URL name. Events are not a database:
their index page lists upcoming events and an archive, without filters.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.databases import Database, FeedRoute, register

from .demo.loader import load_news
from .feeds import EventFeed, NewsFeed
from .models import NewsPage

register(
    Database(
        key="news",
        label=_("News"),
        model=NewsPage,
        list_url_name=None,
        feeds=(
            FeedRoute("news", pgettext_lazy("URL path", "news/"), NewsFeed(), _("News (Atom)")),
            FeedRoute(
                "events", pgettext_lazy("URL path", "events/"), EventFeed(), _("Events (Atom)")
            ),
        ),
        demo_loader=load_news,
        demo_flag="is_demo_content",
        order=50,
    )
)
