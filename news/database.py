"""The news as a database of the portal (``core.databases``).

Its filterable list is the news index page of each language (a Wagtail page, listed in
the sitemap with the other pages), so it has no list URL name. Events are not a database:
their index page lists upcoming events and an archive, without filters.
"""

from django.utils.translation import gettext_lazy as _

from core.databases import Database, register

from .models import NewsPage

register(
    Database(
        key="news",
        label=_("News"),
        model=NewsPage,
        list_url_name=None,
        feed_url_name="feeds:news",
        demo_flag="is_demo_content",
        order=50,
    )
)
