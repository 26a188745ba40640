"""Demo cover images drawn locally with Pillow (portrait, A4 proportions)."""

import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

SIZE = (420, 594)


def draw_cover(seed: str, background: str, accent: str) -> bytes:
    """A deterministic abstract cover: a coloured page with a band, circles and lines."""
    rng = random.Random(seed)
    width, height = SIZE
    img = PILImage.new("RGB", SIZE, background)
    canvas = ImageDraw.Draw(img)
    canvas.rectangle([0, int(height * 0.62), width, int(height * 0.70)], fill=accent)
    points = [(rng.randint(30, width - 30), rng.randint(40, int(height * 0.55))) for _ in range(8)]
    for a, b in zip(points, points[1:], strict=False):
        canvas.line([a, b], fill=accent, width=4)
    for x, y in points:
        r = rng.randint(8, 22)
        canvas.ellipse([x - r, y - r, x + r, y + r], outline=accent, width=4)
    for row in range(3):
        top = int(height * 0.76) + row * 28
        canvas.rectangle([36, top, 36 + rng.randint(160, 340), top + 12], fill=accent)
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
