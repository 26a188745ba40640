"""Small illustrations drawn locally with Pillow, so demo content needs no network."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTES = {
    "mpsc": ("#00376b", "#3c8dbc", "#ffce00"),
    "kts": ("#1d5c3f", "#58a77d", "#e8eef6"),
    "research": ("#4a2f6b", "#8b6bb5", "#f3f4f7"),
    "platform": ("#7a2e0e", "#d9822b", "#fff4e5"),
    "iscn": ("#0b4f6c", "#01baef", "#fbfbff"),
    "europe": ("#003399", "#ffcc00", "#e8eef6"),
}

DESCRIPTIONS = {
    "mpsc": "Abstrakte Grafik: vernetzte Punkte über einem stilisierten Stadtgrundriss",
    "kts": "Abstrakte Grafik: Linien, die mehrere Knoten miteinander verbinden",
    "research": "Abstrakte Grafik: Balken und Kreise als Sinnbild für Forschungsdaten",
    "platform": "Abstrakte Grafik: Kreise, die sich zu einem Gesprächsforum überlagern",
    "iscn": "Abstrakte Grafik: Punkte auf einem stilisierten Globus",
    "europe": "Abstrakte Grafik: ein Sternenkreis auf blauem Grund",
}


def draw(key, size=(960, 540)):
    """Deterministic abstract picture for a key: a few shapes in the key's palette."""
    dark, light, background = PALETTES[key]
    rng = random.Random(key)
    img = PILImage.new("RGB", size, background)
    canvas = ImageDraw.Draw(img)
    width, height = size
    points = [(rng.randint(40, width - 40), rng.randint(40, height - 40)) for _ in range(14)]
    for a, b in zip(points, points[1:], strict=False):
        canvas.line([a, b], fill=light, width=6)
    for x, y in points:
        r = rng.randint(12, 30)
        canvas.ellipse([x - r, y - r, x + r, y + r], fill=dark)
    canvas.rectangle([0, height - 24, width, height], fill=dark)
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ensure_images():
    """Create the demo images once; return {key: image id}."""
    image_model = get_image_model()
    ids = {}
    for key in PALETTES:
        title = f"Demo-Grafik {key}"
        existing = image_model.objects.filter(title=title).first()
        if existing is None:
            existing = image_model(title=title, description=DESCRIPTIONS[key])
            existing.file = ImageFile(io.BytesIO(draw(key)), name=f"demo-{key}.png")
            existing.save()
        ids[key] = existing.pk
    return ids
