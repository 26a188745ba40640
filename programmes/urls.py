from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "programmes"

urlpatterns = [
    path("", views.modelproject_list, name="modelproject_list"),
    path(pgettext_lazy("URL path", "map/"), views.modelproject_map, name="modelproject_map"),
    path("export.geojson", views.modelproject_geojson, name="modelproject_geojson"),
    path("<slug:slug>/", views.modelproject_detail, name="modelproject_detail"),
]
