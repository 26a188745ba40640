from django.core.management.base import BaseCommand

from contacts.demo.loader import load_contacts
from core.databases import databases
from core.pagecache import invalidate_page_cache
from measures import similar
from search import indexing, signals
from smartcity.demo.loader import load_pages


def loaders():
    """The loaders in the order they run: the contacts and the site's pages (which the
    databases refer to), then each database's own (``Database.demo_loader``), in the
    databases' order."""
    return [
        load_contacts,
        load_pages,
        *[d.demo_loader for d in databases() if d.demo_loader is not None],
    ]


class Command(BaseCommand):
    help = (
        "Load the portal's content: the page tree in German and English, real model "
        "projects and contacts, and clearly marked demo data. Safe to run repeatedly."
    )

    def handle(self, *args, **options):
        # The search index is built once at the end instead of after every save.
        with signals.paused():
            for loader in loaders():
                name = f"{loader.__module__}.{loader.__name__}"
                self.stdout.write(self.style.MIGRATE_HEADING(f"Loading {name} …"))
                loader(stdout=self.stdout)
        self.stdout.write(self.style.MIGRATE_HEADING("Building the search index …"))
        indexing.rebuild(stdout=self.stdout)
        # Stored similar measures are ranked again on each measure's first view.
        similar.forget_all()
        # Bulk inserts send no save signals: empty the page cache explicitly.
        invalidate_page_cache()
        self.stdout.write(self.style.SUCCESS("Content loaded."))
