"""pg_trgm for the site search's spelling suggestions ("Did you mean …?").

``TrigramExtension`` (Django's ``CreateExtension``) does nothing on databases other than
PostgreSQL, so the migration is a no-op on SQLite.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [TrigramExtension()]
