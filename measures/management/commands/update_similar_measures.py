from django.core.management.base import BaseCommand

from measures.similar import rebuild_all


class Command(BaseCommand):
    help = (
        "Rank and store the similar measures of every published measure (otherwise each "
        "measure gets them on its first view after a bulk load)."
    )

    def handle(self, *args, **options):
        def progress(done, total):
            self.stdout.write(f"  {done} of {total} measures")

        total = rebuild_all(progress=progress)
        self.stdout.write(self.style.SUCCESS(f"Similar measures stored for {total} measures."))
