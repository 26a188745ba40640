from django.urls import path

from . import views

app_name = "contacts"

urlpatterns = [
    path("", views.contact_list, name="contact_list"),
    path("<slug:key>.vcf", views.contact_vcard, name="contact_vcard"),
]
