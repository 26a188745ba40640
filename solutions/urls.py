app_name = "solutions"

urlpatterns = []
