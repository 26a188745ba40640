from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SolutionsConfig(AppConfig):
    name = "solutions"
    verbose_name = _("Solutions")

    def ready(self):
        from . import database  # noqa: F401  (registers the database)
