from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SmartCityConfig(AppConfig):
    name = "smartcity"
    verbose_name = _("Smart City Dialogue: pages")

    def ready(self):
        from . import documents

        documents.connect_signals()
