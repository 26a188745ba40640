"""The model projects as a database of the portal (``core.databases``)."""

from django.utils.translation import gettext_lazy as _

from core.databases import Database, Download, OpenDataset, register
from core.resources import ValueList

from . import urls
from .api import ModelProjectResource
from .demo.loader import load_model_projects
from .models import FederalState, FundingRound, ModelProject, MunicipalityCategory, Phase, Topic

register(
    Database(
        key="model-projects",
        label=_("Model projects"),
        model=ModelProject,
        url_path=_("model-projects/"),
        urls=urls,
        list_url_name="programmes:modelproject_list",
        api=ModelProjectResource(),
        value_lists=(
            ValueList("federal-states", FederalState, _("Federal states")),
            ValueList("funding-rounds", FundingRound, _("Funding rounds"), key_attr="year"),
            ValueList(
                "municipality-categories", MunicipalityCategory, _("Municipality categories")
            ),
            ValueList("phases", Phase, _("Phases")),
            ValueList("topics", Topic, _("Topics")),
        ),
        open_data=OpenDataset(
            _("Model projects Smart Cities"),
            _(
                "The 73 model projects funded by the federal government: name, funding round, "
                "municipality category, federal state, location (WGS 84), partner "
                "municipalities, phase and topics."
            ),
            (
                Download("csv", "opendata:download", {"dataset": "model-projects", "fmt": "csv"}),
                Download("json", "opendata:download", {"dataset": "model-projects", "fmt": "json"}),
                Download("geojson", "programmes:modelproject_geojson"),
            ),
            keywords=("Smart City", "Modellprojekte", "Stadtentwicklung", "Digitalisierung"),
        ),
        sitemap_views=(
            ("programmes:modelproject_list", 0.8),
            ("programmes:modelproject_map", 0.5),
        ),
        demo_loader=load_model_projects,
        demo_flag="is_demo_content",
        order=10,
    )
)
