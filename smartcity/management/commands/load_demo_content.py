from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from core.pagecache import invalidate_page_cache
from measures import similar
from search import indexing, signals

# Each content area contributes one loader; they run in this order.
LOADERS = [
    "contacts.demo.loader.load_contacts",
    "smartcity.demo.loader.load_pages",
    "news.demo.loader.load_news",
    "programmes.demo.loader.load_model_projects",
    "measures.demo.loader.load_measures",
    "solutions.demo.loader.load_solutions",
    "publications.demo.loader.load_publications",
]


class Command(BaseCommand):
    help = (
        "Load the portal's content: the page tree in German and English, real model "
        "projects and contacts, and clearly marked demo data. Safe to run repeatedly."
    )

    def handle(self, *args, **options):
        # The search index is built once at the end instead of after every save.
        with signals.paused():
            for path in LOADERS:
                self.stdout.write(self.style.MIGRATE_HEADING(f"Loading {path} …"))
                import_string(path)(stdout=self.stdout)
        self.stdout.write(self.style.MIGRATE_HEADING("Building the search index …"))
        indexing.rebuild(stdout=self.stdout)
        # Stored similar measures are ranked again on each measure's first view.
        similar.forget_all()
        # Bulk inserts send no save signals: empty the page cache explicitly.
        invalidate_page_cache()
        self.stdout.write(self.style.SUCCESS("Content loaded."))
