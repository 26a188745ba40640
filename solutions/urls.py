from django.urls import path

from . import views

app_name = "solutions"

urlpatterns = [
    path("", views.SolutionListView.as_view(), name="solution_list"),
    path("export.<slug:fmt>", views.SolutionListView.as_view(), name="solution_export"),
    path("<slug:slug>/", views.solution_detail, name="solution_detail"),
    path("<slug:slug>/pdf/", views.solution_pdf, name="solution_pdf"),
]
