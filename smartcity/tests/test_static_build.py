"""The production static-file build: every file a stylesheet or script refers to exists."""

import json

from django.core.management import call_command
from django.test import override_settings


def test_collectstatic_with_the_production_storage(tmp_path):
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        # Raises when a CSS url() or a script's source map names a missing file.
        call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    for name in (
        "css/site.css",
        "search/search.css",
        "opendata/opendata.css",
        "vendor/kern/kern.min.css",
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet.markercluster/leaflet.markercluster.js",
        "vendor/map/germany-outline.json",
    ):
        assert name in manifest, name
        hashed = tmp_path / manifest[name]
        assert hashed.exists()
        assert hashed.with_name(hashed.name + ".gz").exists()
