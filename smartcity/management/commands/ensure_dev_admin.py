from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "smartcity-dev"  # noqa: S105 - development only, refused when DEBUG is off


class Command(BaseCommand):
    help = "Create a development superuser (only when DEBUG is on) and print its credentials."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a development admin with DEBUG off.")
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=USERNAME,
            defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            self.style.WARNING(
                f"Development admin: http://127.0.0.1:8000/admin/  user “{USERNAME}”, "
                f"password “{PASSWORD}” (development only)."
            )
        )
