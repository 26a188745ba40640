from modeltranslation.translator import TranslationOptions, register

from .models import SolutionImage, SolutionProcessStep, SolutionProfile, SolutionSuccessFactor


@register(SolutionProfile)
class SolutionProfileTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "teaser",
        "challenge",
        "solution",
        "data_basis",
        "costs_and_resources",
        "prerequisites",
        "operating_costs",
    )
    # German is the default language and the fallback; English may follow later.
    required_languages = ("de",)


@register(SolutionProcessStep)
@register(SolutionSuccessFactor)
class TitleTextTranslationOptions(TranslationOptions):
    fields = ("title", "text")
    required_languages = ("de",)


@register(SolutionImage)
class SolutionImageTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption")
