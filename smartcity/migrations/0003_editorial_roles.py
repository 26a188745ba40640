"""Editorial roles and the moderation workflow (see smartcity/editorial/roles.py).

The same function runs as ``manage.py setup_roles``; run that after new content models
have been added so that the groups get their permissions as well.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from smartcity.editorial.roles import setup_roles

    setup_roles(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("smartcity", "0002_initiative_key_contact_card"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("simple_translation", "0001_initial"),
        ("wagtailembeds", "0009_embed_cache_until"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("sessions", "0001_initial"),
        ("contacts", "0002_initiatives"),
        ("news", "0001_initial"),
        ("programmes", "0001_initial"),
        ("measures", "0002_search_indexes"),
        ("solutions", "0002_search_indexes"),
        ("publications", "0003_search_indexes"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
