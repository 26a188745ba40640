"""Test settings: fast password hashing, in-memory media, PostgreSQL when DATABASE_URL is set."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="smartcity-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files from the app folders; there is no collectstatic run in tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# django-axes stays on: the login throttling tests post to the login form. force_login()
# skips the authentication backends, so tests that use it are not counted or locked out.
