from modeltranslation.translator import TranslationOptions, register

from .models import (
    FederalState,
    FundingRound,
    ModelProject,
    MunicipalityCategory,
    Phase,
    Topic,
)


class TaxonomyTranslationOptions(TranslationOptions):
    fields = ("name",)
    # German is the default language and the fallback; English may follow later.
    required_languages = ("de",)


for taxonomy in (FederalState, MunicipalityCategory, Phase, Topic):
    register(taxonomy)(TaxonomyTranslationOptions)


@register(FundingRound)
class FundingRoundTranslationOptions(TranslationOptions):
    fields = ("motto",)


@register(ModelProject)
class ModelProjectTranslationOptions(TranslationOptions):
    fields = ("summary", "vision")
