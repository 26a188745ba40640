"""Model projects and contact points take part in the moderation workflow too.

Both models now use ``WorkflowMixin``, ``DraftStateMixin`` and ``LockableMixin``
(``programmes.0003``, ``contacts.0003``). Running ``setup_roles`` again creates their
publish/lock/unlock permissions, grants them to the roles (editors: add, change, lock;
moderators: publish and unlock as well) and assigns the "Moderators approval" workflow
to both content types.
"""

from django.db import migrations


def update_roles(apps, schema_editor):
    from smartcity.editorial.roles import setup_roles

    setup_roles(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0003_workflow_drafts_and_locking"),
        ("programmes", "0003_workflow_drafts_and_locking"),
        ("smartcity", "0004_workflow_for_solutions_and_publications"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
