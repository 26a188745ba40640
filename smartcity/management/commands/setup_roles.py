from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, transaction

from smartcity.editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the editorial roles (Redaktion, Moderation, Administration), "
        "their permissions on every content model and the moderation workflow. Run it "
        "again after new content models have been added; it is safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, **options):
        with transaction.atomic(using=options["database"]):
            setup_roles(using=options["database"], stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Roles and workflow are up to date."))
