"""Loads the measures' taxonomies and the default demo measures. Idempotent."""

from django.db import transaction

from programmes.demo.loader import read_taxonomy_rows

from ..models import FieldOfAction, MeasureStatus, SpatialEffect
from .generator import DEFAULT_COUNT, DEFAULT_SEED, generate_measures

# taxonomy column in programmes/data/taxonomies.csv -> model
MEASURE_TAXONOMIES = {
    "field_of_action": FieldOfAction,
    "spatial_effect": SpatialEffect,
    "status": MeasureStatus,
}


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)


def load_measure_taxonomies(stdout=None):
    """Create missing values; never touch existing ones (editors may rename them)."""
    rows = read_taxonomy_rows()
    for taxonomy, model in MEASURE_TAXONOMIES.items():
        values = [row for row in rows if row["taxonomy"] == taxonomy]
        existing = set(model.objects.values_list("key", flat=True))
        missing = [
            model(
                key=row["key"],
                name_de=row["label_de"],
                name_en=row["label_en"],
                sort_order=(index + 1) * 10,
            )
            for index, row in enumerate(values)
            if row["key"] not in existing
        ]
        model.objects.bulk_create(missing)
        _say(
            stdout,
            f"  {model._meta.verbose_name_plural}: {len(missing)} created, "
            f"{len(values) - len(missing)} unchanged",
        )


@transaction.atomic
def load_measures(stdout=None):
    load_measure_taxonomies(stdout)
    created = generate_measures(count=DEFAULT_COUNT, seed=DEFAULT_SEED)
    _say(
        stdout,
        f"  demo measures: {created} created, {DEFAULT_COUNT - created} already present",
    )
    return created
