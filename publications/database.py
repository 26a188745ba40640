"""The publications as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _

from core.databases import Database, register

from .models import Publication

register(
    Database(
        key="publications",
        label=_("Publications"),
        model=Publication,
        list_url_name="publications:publication_list",
        feed_url_name="feeds:publications",
        api_resource="publications",
        sitemap_views=(("publications:publication_list", 0.8),),
        demo_flag="is_demo_content",
        order=40,
    )
)
