"""The solution profiles as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _

from core.databases import Database, OpenDataset, export_downloads, register

from . import urls
from .api import SolutionResource
from .demo.loader import load_solutions
from .models import SolutionProfile

register(
    Database(
        key="solutions",
        label=_("Solutions"),
        model=SolutionProfile,
        url_path=_("solutions/"),
        urls=urls,
        page_kinds=frozenset({"solutions", "programmes", "measures", "contacts"}),
        list_url_name="solutions:solution_list",
        api=SolutionResource(),
        open_data=OpenDataset(
            _("Smart City solutions"),
            _(
                "Tried-and-tested digital solutions of the model projects, described so that "
                "other municipalities can adopt them, with a transferability checklist."
            ),
            export_downloads("solutions:solution_export", "csv", "json"),
            keywords=("Smart City", "Lösungen", "Übertragbarkeit", "Open Source"),
        ),
        sitemap_views=(("solutions:solution_list", 0.8),),
        demo_loader=load_solutions,
        demo_flag="is_demo_content",
        order=30,
    )
)
