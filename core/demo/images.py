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


def render_png(size, background, paint):
    """PNG bytes of a picture of ``size`` filled with ``background`` on which
    ``paint(canvas)`` draws."""
    img = PILImage.new("RGB", size, background)
    paint(ImageDraw.Draw(img))
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_network(canvas, rng, size, dark, light, *, dots, radii, bottom_margin=40):
    """``dots`` points at random (from ``rng``) joined in turn by ``light`` lines, each a
    ``dark`` dot with a radius within ``radii``, and a ``dark`` band along the bottom."""
    width, height = size
    points = [
        (rng.randint(40, width - 40), rng.randint(40, height - bottom_margin)) for _ in range(dots)
    ]
    for a, b in zip(points, points[1:], strict=False):
        canvas.line([a, b], fill=light, width=6)
    for x, y in points:
        r = rng.randint(*radii)
        canvas.ellipse([x - r, y - r, x + r, y + r], fill=dark)
    canvas.rectangle([0, height - 24, width, height], fill=dark)


def draw(key, size=(960, 540)):
    """Deterministic abstract picture for a key: a few shapes in the key's palette."""
    dark, light, background = PALETTES[key]
    rng = random.Random(key)

    def paint(canvas):
        draw_network(canvas, rng, size, dark, light, dots=14, radii=(12, 30))

    return render_png(size, background, paint)


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
