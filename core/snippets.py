"""What the admin of the portal's snippet models shares (used in the apps'
``wagtail_hooks.py``)."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet


def both_languages(name, **kwargs):
    """The German and the English panel of the translated field ``name`` (its ``_de``
    and ``_en`` columns), each with ``kwargs``."""
    return [FieldPanel(f"{name}_de", **kwargs), FieldPanel(f"{name}_en", **kwargs)]


class RecordViewSet(SnippetViewSet):
    """The admin of a database's records and value lists: an inspect view for each
    entry, and a list that searches ``search_fields`` (both language columns named) in
    the database itself, since the models are not in a Wagtail search index."""

    search_backend_name = None
    inspect_view_enabled = True
