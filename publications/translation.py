from modeltranslation.translator import TranslationOptions, register

from .models import Publication, PublicationType


@register(PublicationType)
class PublicationTypeTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("de",)


@register(Publication)
class PublicationTranslationOptions(TranslationOptions):
    fields = ("title", "abstract", "cover_image_alt")
    required_languages = ("de",)
