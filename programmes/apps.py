from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "programmes"
    verbose_name = _("Model projects")

    def ready(self):
        from . import database  # noqa: F401  (registers the database)
