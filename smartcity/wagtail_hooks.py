"""Wagtail hooks: dashboard panels and the measures import of the editorial set-up, and
who may download a document."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import documents
from .editorial import imports
from .editorial.panels import ModerationQueuePanel, StaleMeasuresPanel, UserDraftsPanel


@hooks.register("before_serve_document")
def serve_only_public_documents(document, request):
    """A document nothing published uses is not there for visitors (see documents.py)."""
    if documents.may_see_every_document(request.user):
        return None
    if not documents.is_public(document):
        raise Http404("This document is not published.")
    return None


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.extend([ModerationQueuePanel(), UserDraftsPanel(), StaleMeasuresPanel()])


@hooks.register("register_admin_urls")
def register_measures_import_urls():
    return [
        path(
            "measures-import/",
            imports.MeasureImportView.as_view(),
            name="smartcity_measures_import",
        ),
        path(
            "measures-import/template.csv",
            imports.template_view,
            name="smartcity_measures_import_template",
        ),
        path(
            "measures-import/export.<slug:file_format>",
            imports.export_view,
            name="smartcity_measures_export",
        ),
    ]


class MeasuresImportMenuItem(MenuItem):
    def is_shown(self, request):
        return imports.can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_measures_import_menu_item():
    return MeasuresImportMenuItem(
        _("Import measures"),
        reverse("smartcity_measures_import"),
        name="measures-import",
        icon_name="upload",
        order=265,
    )
