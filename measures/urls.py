from django.urls import path

from . import views

app_name = "measures"

urlpatterns = [
    path("", views.MeasureListView.as_view(), name="measure_list"),
    path("export.<slug:fmt>", views.MeasureListView.as_view(), name="measure_export"),
    path("<slug:slug>/", views.measure_detail, name="measure_detail"),
]
