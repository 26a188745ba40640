"""The living labs as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.databases import Database, FeedRoute, register

from . import urls
from .api import LivingLabResource
from .feeds import LivingLabFeed
from .models import LivingLab

register(
    Database(
        key="living-labs",
        label=_("Living labs"),
        model=LivingLab,
        url_path=_("living-labs/"),
        urls=urls,
        page_kinds=frozenset({"exampledb"}),
        list_url_name="exampledb:livinglab_list",
        api=LivingLabResource(),
        sitemap_views=(("exampledb:livinglab_list", 0.5),),
        feeds=(
            FeedRoute(
                "living-labs",
                pgettext_lazy("URL path", "living-labs/"),
                LivingLabFeed(),
                _("Living labs (Atom)"),
            ),
        ),
        order=60,
    )
)
