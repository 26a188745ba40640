"""The model projects as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _

from core.databases import Database, register

from .models import ModelProject

register(
    Database(
        key="model-projects",
        label=_("Model projects"),
        model=ModelProject,
        list_url_name="programmes:modelproject_list",
        api_resource="model-projects",
        sitemap_views=(
            ("programmes:modelproject_list", 0.8),
            ("programmes:modelproject_map", 0.5),
        ),
        demo_flag="is_demo_content",
        order=10,
    )
)
