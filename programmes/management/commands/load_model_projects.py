from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from programmes.demo.loader import MODEL_PROJECTS_CSV, ModelProjectDataError, load_model_projects


class Command(BaseCommand):
    help = (
        "Load the programme's taxonomies and the model projects from programmes/data/. "
        "Safe to run repeatedly; reports what it created or updated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--csv",
            type=Path,
            default=MODEL_PROJECTS_CSV,
            help="Model project list to read (default: programmes/data/model_projects.csv).",
        )

    def handle(self, *args, **options):
        try:
            load_model_projects(stdout=self.stdout, path=options["csv"])
        except (ModelProjectDataError, OSError) as error:
            raise CommandError(str(error)) from error
