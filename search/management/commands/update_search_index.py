from django.core.management.base import BaseCommand

from search.indexing import rebuild
from search.registry import kinds


class Command(BaseCommand):
    help = "Build the search index of every public record again (or of the given kinds)."

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", help="Kinds to index (default: all).")

    def handle(self, *args, **options):
        known = {kind.key for kind in kinds()}
        selected = options["kinds"] or None
        unknown = sorted(set(selected or ()) - known)
        if unknown:
            self.stderr.write(
                f"Unknown kinds: {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
            raise SystemExit(2)
        written = rebuild(selected, stdout=self.stdout)
        total = sum(written.values())
        self.stdout.write(self.style.SUCCESS(f"Search index: {total} entries."))
