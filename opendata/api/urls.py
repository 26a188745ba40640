"""``/api/v1/``: mounted outside the language prefixes (see smartcity/urls.py)."""

from django.urls import path

from . import views

app_name = "opendata_api"

urlpatterns = [
    path("", views.index, name="index"),
    path("schema/", views.schema, name="schema"),
    path("taxonomies/", views.taxonomy_index, name="taxonomy_index"),
    path("taxonomies/<slug:taxonomy>/", views.taxonomy_detail, name="taxonomy"),
    path("<slug:resource>/", views.resource_list, name="list"),
    path("<slug:resource>/<str:identifier>/", views.resource_detail, name="detail"),
]
