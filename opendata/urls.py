"""The open data page, the API documentation, the DCAT-AP.de catalogue and downloads.

Mounted at ``/de/offene-daten/`` and ``/en/open-data/``.
"""

from django.urls import path

from . import dcat, views

app_name = "opendata"

urlpatterns = [
    path("", views.open_data, name="index"),
    path("api/", views.api_docs, name="api_docs"),
    path("dcat.<slug:fmt>", dcat.catalogue, name="dcat"),
    path("<slug:dataset>.<slug:fmt>", views.dataset_download, name="download"),
]
