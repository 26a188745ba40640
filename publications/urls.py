from django.urls import path

from . import views

app_name = "publications"

urlpatterns = [
    path("", views.PublicationListView.as_view(), name="publication_list"),
    path("export.<slug:fmt>", views.PublicationListView.as_view(), name="publication_export"),
    path("<slug:slug>/", views.publication_detail, name="publication_detail"),
]
