"""Fields of action and topics become ``ParentalManyToManyField`` (django-modelcluster).

Drafts and revisions then keep the links: a draft's changes reach the link tables only
when it is published. The fields keep Django's auto-created through models, so the link
tables (``measures_measure_fields_of_action``, ``measures_measure_topics``), their
columns, constraints and rows stay exactly as they are: only the migration state
changes. (A plain ``AlterField`` would rebuild both tables on SQLite for nothing.)

Revisions saved before this migration hold no links; publishing or reverting to one
keeps the measure's current links.
"""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("measures", "0004_stored_search_vectors"),
        ("programmes", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="measure",
                    name="fields_of_action",
                    field=modelcluster.fields.ParentalManyToManyField(
                        related_name="measures",
                        to="measures.fieldofaction",
                        verbose_name="fields of action",
                    ),
                ),
                migrations.AlterField(
                    model_name="measure",
                    name="topics",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        related_name="measures",
                        to="programmes.topic",
                        verbose_name="topics",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
