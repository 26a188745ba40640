from django.urls import path
from django.utils.translation import pgettext_lazy

from . import compare, views

app_name = "programmes"

urlpatterns = [
    path("", views.ModelProjectListView.as_view(), name="modelproject_list"),
    path(
        pgettext_lazy("URL path", "map/"),
        views.ModelProjectMapView.as_view(),
        name="modelproject_map",
    ),
    path(
        pgettext_lazy("URL path", "compare/"),
        compare.modelproject_compare,
        name="modelproject_compare",
    ),
    path(
        "export.geojson",
        views.ModelProjectListView.as_view(),
        {"fmt": "geojson"},
        name="modelproject_geojson",
    ),
    # export.csv and export.json (export.geojson is matched above).
    path("export.<slug:fmt>", views.ModelProjectListView.as_view(), name="modelproject_export"),
    path("<slug:slug>/", views.modelproject_detail, name="modelproject_detail"),
]
