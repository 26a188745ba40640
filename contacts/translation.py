from modeltranslation.translator import TranslationOptions, register

from .models import ContactPoint, Initiative, Organisation


@register(Initiative)
class InitiativeTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("de",)


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "short_name")
    required_languages = ("de",)


@register(ContactPoint)
class ContactPointTranslationOptions(TranslationOptions):
    fields = ("unit", "purpose", "persons")
    required_languages = ("de",)
