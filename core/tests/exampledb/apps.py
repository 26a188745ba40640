from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExampleDatabaseConfig(AppConfig):
    name = "core.tests.exampledb"
    label = "exampledb"
    verbose_name = _("Living labs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import database  # noqa: F401  (registers the database)
