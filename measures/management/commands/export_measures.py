import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from measures.importing import export_measures


class Command(BaseCommand):
    help = (
        "Export all measures (latest version, drafts included) in the import format of "
        "docs/import-format.md, as CSV (UTF-8) or Excel (.xlsx). Importing the file "
        "again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", default="-", help="Output file (.csv or .xlsx); default stdout."
        )
        parser.add_argument(
            "--format",
            choices=["csv", "xlsx"],
            help="File format; by default taken from the file name (CSV for stdout).",
        )
        parser.add_argument(
            "--delimiter",
            choices=[",", ";"],
            default=",",
            help="CSV delimiter (';' suits spreadsheet programs set to German).",
        )

    def handle(self, *args, **options):
        path = options["file"]
        file_format = options["format"] or ("xlsx" if path.lower().endswith(".xlsx") else "csv")
        if path == "-":
            if file_format == "xlsx":
                raise CommandError("Give a file name for XLSX output.")
            count = export_measures(self.stdout._out, "csv", delimiter=options["delimiter"])
            sys.stdout.flush()
        else:
            mode = "wb" if file_format == "xlsx" else "w"
            kwargs = {} if file_format == "xlsx" else {"encoding": "utf-8", "newline": ""}
            with Path(path).open(mode, **kwargs) as out:
                count = export_measures(out, file_format, delimiter=options["delimiter"])
            self.stderr.write(f"{count} measures written to {path}.")
