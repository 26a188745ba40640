from django.urls import path

from . import views

app_name = "exampledb"

urlpatterns = [
    path("", views.LivingLabListView.as_view(), name="livinglab_list"),
    path("<slug:slug>/", views.livinglab_detail, name="livinglab_detail"),
]
