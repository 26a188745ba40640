"""Solution profiles and publications take part in the moderation workflow too.

Both models now use ``WorkflowMixin`` and ``LockableMixin``. Running ``setup_roles`` again
creates their lock/unlock permissions, grants them to the roles and assigns the
"Moderators approval" workflow to both content types (on databases where 0003 ran before
the models had the mixins; on new databases it changes nothing).
"""

from django.db import migrations


def update_roles(apps, schema_editor):
    from smartcity.editorial.roles import setup_roles

    setup_roles(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("smartcity", "0003_editorial_roles"),
        ("solutions", "0003_workflow_and_locking"),
        ("publications", "0004_workflow_and_locking"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
