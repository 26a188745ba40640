import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from measures.importing import MAX_FILE_SIZE, import_measures


class ProgressBar:
    """A one-line progress bar on stderr (a line per stage when it is not a terminal)."""

    STAGES = {"check": "Checking", "write": "Writing"}
    WIDTH = 30

    def __init__(self, stream, enabled=True):
        self.stream = stream
        self.enabled = enabled
        self.interactive = enabled and hasattr(stream, "isatty") and stream.isatty()
        self.stage = None

    def __call__(self, done, total, stage):
        if not self.enabled or not total:
            return
        label = self.STAGES.get(stage, stage)
        if stage != self.stage:
            if self.stage is not None and self.interactive:
                self.stream.write("\n")
            self.stage = stage
        if not self.interactive and done not in (0, total):
            return
        filled = int(self.WIDTH * done / total) if total else self.WIDTH
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        line = f"{label:<9} [{bar}] {done}/{total}"
        if self.interactive:
            self.stream.write("\r" + line)
            self.stream.flush()
        elif done == total:
            self.stream.write(line + "\n")

    def finish(self):
        if self.enabled and self.interactive and self.stage is not None:
            self.stream.write("\n")
            self.stream.flush()


class Command(BaseCommand):
    help = (
        "Import measures from a CSV (UTF-8) or Excel (.xlsx) file in the format of "
        "docs/import-format.md. Rows are matched by their slug. Every row is checked "
        "first; if any row has an error nothing is written. Changes become drafts "
        "unless --publish is given."
    )
    # The project's system checks (about two seconds with Wagtail) are for deployments
    # (``manage.py check --deploy``, ``migrate``); an import answers without them.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or XLSX file; '-' reads CSV from stdin.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only check the file and report what would change; write nothing.",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish imported changes instead of saving them as drafts.",
        )
        parser.add_argument(
            "--user",
            help="Username recorded as the author of the revisions (and checked for locks).",
        )
        parser.add_argument(
            "--show-unchanged",
            action="store_true",
            help="List unchanged rows as well.",
        )

    def handle(self, *args, **options):
        path = options["file"]
        # One byte more than the limit is enough for the import to refuse a larger file.
        limit = MAX_FILE_SIZE + 1
        if path == "-":
            data, name = sys.stdin.buffer.read(limit), "stdin.csv"
        else:
            try:
                with Path(path).open("rb") as file:
                    data, name = file.read(limit), Path(path).name
            except OSError as error:
                raise CommandError(f"Cannot read {path}: {error}") from error
        user = None
        if options["user"]:
            try:
                user = get_user_model()._default_manager.get_by_natural_key(options["user"])
            except get_user_model().DoesNotExist as error:
                raise CommandError(f"Unknown user {options['user']!r}.") from error

        progress = ProgressBar(self.stderr._out, enabled=options["verbosity"] > 0)
        result = import_measures(
            data,
            name,
            user=user,
            publish=options["publish"],
            dry_run=options["dry_run"],
            progress=progress,
        )
        progress.finish()

        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(result.errors)} error(s) in {name}; nothing was imported.")

        verbose = options["verbosity"] > 1 or options["show_unchanged"]
        for row in result.rows:
            if row.action == "unchanged" and not verbose:
                continue
            columns = ", ".join(row.changed) if row.action == "update" else ""
            self.stdout.write(f"  row {row.row}: {row.action:<9} {row.slug}  {columns}".rstrip())
        summary = (
            f"{result.created} created, {result.updated} updated, "
            f"{result.unchanged} unchanged ({result.changed} changed)"
        )
        if result.dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run, nothing written: {summary}."))
        elif result.changed and result.published:
            self.stdout.write(self.style.SUCCESS(f"Imported and published: {summary}."))
        elif result.changed:
            self.stdout.write(
                self.style.SUCCESS(f"Imported as drafts (not yet published): {summary}.")
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Nothing to do: {summary}."))
