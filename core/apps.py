from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground every app builds on: base page, blocks, filterable lists, records and
    the registry of databases, preview, page cache and text helpers. It imports no app
    of the portal."""

    name = "core"
    verbose_name = _("Smart City Dialogue: core")

    def ready(self):
        from . import pagecache

        pagecache.connect_signals()
