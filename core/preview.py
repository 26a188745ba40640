"""Admin previews of translated snippets in each site language.

Measures, solutions and publications keep both languages in one object
(django-modeltranslation). Wagtail's preview panel offers one mode per language, and the
preview renders the public template with that language active, so editors check the
German and the English version before submitting.
"""

from django.conf import settings
from django.utils import translation


class BilingualPreviewMixin:
    """Put before Wagtail's ``PreviewableMixin`` in the bases."""

    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            # Render now: a template response would otherwise render after the override.
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
        return response
