"""The publications as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.databases import Database, FeedRoute, OpenDataset, export_downloads, register
from core.resources import ValueList

from . import urls
from .api import PublicationResource
from .demo.loader import load_publications
from .feeds import PublicationFeed
from .models import Publication, PublicationType

register(
    Database(
        key="publications",
        label=_("Publications"),
        model=Publication,
        url_path=_("publications/"),
        urls=urls,
        page_kinds=frozenset({"publications", "programmes", "solutions"}),
        list_url_name="publications:publication_list",
        api=PublicationResource(),
        value_lists=(ValueList("publication-types", PublicationType, _("Publication types")),),
        open_data=OpenDataset(
            _("Publications"),
            _(
                "Brochures, studies, guidelines, reports, podcasts and videos of the Smart City "
                "Dialogue and its initiatives, with type, topics, publisher and file."
            ),
            export_downloads("publications:publication_export", "csv", "json"),
            keywords=("Smart City", "Publikationen", "Studien", "Leitfäden"),
        ),
        sitemap_views=(("publications:publication_list", 0.8),),
        feeds=(
            FeedRoute(
                "publications",
                pgettext_lazy("URL path", "publications/"),
                PublicationFeed(),
                _("Publications (Atom)"),
            ),
        ),
        demo_loader=load_publications,
        demo_flag="is_demo_content",
        order=40,
    )
)
