from django.core.management.base import BaseCommand, CommandError

from core.pagecache import invalidate_page_cache
from measures.demo.generator import (
    DEFAULT_COUNT,
    DEFAULT_SEED,
    MAX_COUNT,
    MissingDataError,
    generate_measures,
)
from measures.demo.loader import load_measure_taxonomies
from measures.models import Measure
from measures.similar import forget_all
from search.indexing import rebuild
from search.signals import paused


class Command(BaseCommand):
    help = (
        "Create invented demo measures (flagged as demo content) spread over the model "
        "projects and all facet values. Deterministic: the same seed gives the same "
        "measures, and measures that already exist are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--count",
            type=int,
            default=DEFAULT_COUNT,
            help=f"How many measures (default {DEFAULT_COUNT}, at most {MAX_COUNT}).",
        )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help=f"Seed (default {DEFAULT_SEED})."
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete all existing demo measures first.",
        )

    def handle(self, *args, count, seed, replace, **options):
        if not 0 <= count <= MAX_COUNT:
            raise CommandError(f"--count must be between 0 and {MAX_COUNT}.")
        load_measure_taxonomies(self.stdout)
        if replace:
            with paused():  # the index is rebuilt below
                deleted, _details = Measure.objects.filter(is_demo_content=True).delete()
            self.stdout.write(f"  deleted {deleted} demo rows")
        try:
            created = generate_measures(count=count, seed=seed, stdout=self.stdout)
        except MissingDataError as error:
            raise CommandError(str(error)) from error
        # Bulk inserts send no save signals: index the measures and empty the page cache.
        self.stdout.write("Indexing the measures for search …")
        rebuild(["measures"], stdout=self.stdout)
        forget_all()  # stored similar measures: ranked again on each measure's first view
        invalidate_page_cache()
        self.stdout.write(
            self.style.SUCCESS(f"{created} demo measures created ({count - created} existed).")
        )
