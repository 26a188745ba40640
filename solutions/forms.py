"""Admin form of the solution profiles."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class MeasureChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        state = "" if obj.live else f" ({_('draft')})"
        return f"{obj.model_project.name}: {obj.title}{state}"


class SolutionProfileForm(WagtailAdminModelForm):
    """Offers as related measures those of the lead and partner model projects.

    Choosing among several hundred measures in one list is impractical, so once the
    profile has a lead model project (after the first save) only the measures of its
    model projects – plus any already linked – are offered, as checkboxes.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("related_measures")
        if field is None:
            return
        measures = field.queryset.model._default_manager.select_related("model_project")
        widget = forms.SelectMultiple
        help_text = _(
            "Save the profile with a lead model project to choose from the measures of its "
            "model projects."
        )
        instance = self.instance
        if instance is not None and instance.pk and instance.lead_project_id:
            project_ids = {instance.lead_project_id}
            project_ids.update(p.pk for p in instance.partner_projects.all())
            linked = [m.pk for m in instance.related_measures.all()]
            measures = measures.filter(Q(model_project_id__in=project_ids) | Q(pk__in=linked))
            widget = forms.CheckboxSelectMultiple
            help_text = _(
                "Measures of the lead and partner model projects. Save the profile after "
                "changing the model projects to update this list."
            )
        self.fields["related_measures"] = MeasureChoiceField(
            queryset=measures.order_by("model_project__name", "title_de"),
            required=False,
            label=field.label,
            help_text=help_text,
            widget=widget,
        )
