"""The solution profiles as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _

from core.databases import Database, register

from .models import SolutionProfile

register(
    Database(
        key="solutions",
        label=_("Solutions"),
        model=SolutionProfile,
        list_url_name="solutions:solution_list",
        api_resource="solutions",
        sitemap_views=(("solutions:solution_list", 0.8),),
        demo_flag="is_demo_content",
        order=30,
    )
)
