from modeltranslation.translator import TranslationOptions, register

from programmes.translation import TaxonomyTranslationOptions

from .models import FieldOfAction, Measure, MeasureStatus, SpatialEffect

for taxonomy in (FieldOfAction, SpatialEffect, MeasureStatus):
    register(taxonomy)(TaxonomyTranslationOptions)


@register(Measure)
class MeasureTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "goals")
    # German is required; English falls back to German where it is missing.
    required_languages = ("de",)
