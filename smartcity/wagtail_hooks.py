"""Admin hooks of the editorial set-up: dashboard panels and the measures import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .editorial import imports
from .editorial.panels import ModerationQueuePanel, StaleMeasuresPanel, UserDraftsPanel


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
