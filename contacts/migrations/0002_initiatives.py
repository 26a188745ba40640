"""The six initiatives of the Smart City Dialogue: a fixed vocabulary the initiative
pages and contact points share. Editors may rename and reorder them later."""

from django.db import migrations

INITIATIVES = [
    ("model-projects-smart-cities", "Modellprojekte Smart Cities", "Model Projects Smart Cities"),
    (
        "kts",
        "Koordinierungs- und Transferstelle (KTS)",
        "Coordination and Transfer Office (KTS)",
    ),
    ("accompanying-research", "Begleitforschung", "Accompanying research"),
    (
        "national-dialogue-platform",
        "Nationale Dialogplattform Smart Cities",
        "National Dialogue Platform Smart Cities",
    ),
    (
        "iscn",
        "Internationales Smart Cities Netzwerk (ISCN)",
        "International Smart Cities Network (ISCN)",
    ),
    ("connected-in-europe", "#connectedinEurope", "#connectedinEurope"),
]


def create_initiatives(apps, schema_editor):
    Initiative = apps.get_model("contacts", "Initiative")
    for position, (key, name_de, name_en) in enumerate(INITIATIVES, start=1):
        Initiative.objects.get_or_create(
            key=key,
            defaults={
                "name": name_de,
                "name_de": name_de,
                "name_en": name_en,
                "sort_order": position * 10,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("contacts", "0001_initial")]

    operations = [migrations.RunPython(create_initiatives, migrations.RunPython.noop)]
