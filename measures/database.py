"""The measures as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.databases import Database, FeedRoute, OpenDataset, export_downloads, register
from core.resources import ValueList

from . import urls
from .api import MeasureResource
from .demo.loader import load_measures
from .feeds import MeasureFeed
from .models import FieldOfAction, Measure, MeasureStatus, SpatialEffect

register(
    Database(
        key="measures",
        label=_("Measures"),
        model=Measure,
        url_path=_("measures/"),
        urls=urls,
        page_kinds=frozenset({"measures", "programmes", "solutions"}),
        list_url_name="measures:measure_list",
        api=MeasureResource(),
        value_lists=(
            ValueList("fields-of-action", FieldOfAction, _("Fields of action")),
            ValueList("spatial-effects", SpatialEffect, _("Spatial effects")),
            ValueList("measure-statuses", MeasureStatus, _("Measure statuses")),
        ),
        open_data=OpenDataset(
            _("Measures of the model projects"),
            _(
                "What the model projects Smart Cities have planned, built and made permanent: "
                "measures with fields of action, status, spatial effect, topics, "
                "technologies, dates, licences and repositories."
            ),
            export_downloads("measures:measure_export", "csv", "json", "geojson"),
            keywords=("Smart City", "Maßnahmen", "Open Source", "Digitalisierung"),
        ),
        sitemap_views=(("measures:measure_list", 0.8),),
        feeds=(
            FeedRoute(
                "measures",
                pgettext_lazy("URL path", "measures/"),
                MeasureFeed(),
                _("New and updated measures (Atom)"),
                _("the measures list offers a feed for any combination of filters."),
            ),
        ),
        demo_loader=load_measures,
        demo_flag="is_demo_content",
        order=20,
    )
)
