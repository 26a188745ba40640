"""The measures as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _

from core.databases import Database, register

from .models import Measure

register(
    Database(
        key="measures",
        label=_("Measures"),
        model=Measure,
        list_url_name="measures:measure_list",
        feed_url_name="feeds:measures",
        api_resource="measures",
        sitemap_views=(("measures:measure_list", 0.8),),
        demo_flag="is_demo_content",
        order=20,
    )
)
