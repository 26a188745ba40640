"""Starting values for the publication types. Editors may rename, reorder and add types."""

from django.db import migrations

TYPES = [
    ("brochure", "Broschüre", "Brochure"),
    ("study", "Studie", "Study"),
    ("guideline", "Leitfaden", "Guideline"),
    ("report", "Bericht", "Report"),
    ("online-publication", "Online-Publikation", "Online publication"),
    ("documentation", "Dokumentation", "Documentation"),
    ("podcast", "Podcast", "Podcast"),
    ("video", "Video", "Video"),
]


def create_types(apps, schema_editor):
    PublicationType = apps.get_model("publications", "PublicationType")
    for position, (key, name_de, name_en) in enumerate(TYPES, start=1):
        PublicationType.objects.get_or_create(
            key=key,
            defaults={
                "name": name_de,
                "name_de": name_de,
                "name_en": name_en,
                "sort_order": position * 10,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("publications", "0001_initial")]

    operations = [migrations.RunPython(create_types, migrations.RunPython.noop)]
