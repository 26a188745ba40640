from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from . import planning, signals

        # Each app declares its searchable kinds in its own search_index.py.
        autodiscover_modules("search_index")
        signals.connect()
        planning.connect()
