"""Helpers to write StreamField content as raw JSON-compatible data."""

import uuid


def _block(block_type, value):
    # Stable ids keep repeated loads identical.
    return {
        "type": block_type,
        "value": value,
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, repr(value))),
    }


def heading(text, level="h2"):
    return _block("heading", {"text": text, "level": level})


def paragraph(*paragraphs):
    return _block("paragraph", "".join(f"<p>{p}</p>" for p in paragraphs))


def bullets(*items, intro=None):
    html = f"<p>{intro}</p>" if intro else ""
    html += "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return _block("paragraph", html)


def quote(text, attribution, context=""):
    return _block("quote", {"quote": text, "attribution": attribution, "context": context})


def key_figures(heading_text, figures):
    return _block(
        "key_figures",
        {"heading": heading_text, "figures": [{"value": v, "label": lbl} for v, lbl in figures]},
    )


def image(image_id, alt_text, caption="", credit=""):
    return _block(
        "image", {"image": image_id, "alt_text": alt_text, "caption": caption, "credit": credit}
    )


def call_to_action(title, text, link_label, external_url="", page=None):
    return _block(
        "call_to_action",
        {
            "title": title,
            "text": text,
            "link_label": link_label,
            "page": page,
            "external_url": external_url,
        },
    )


def contact(heading_text, organisation, unit="", email="", phone=""):
    return _block(
        "contact",
        {
            "heading": heading_text,
            "organisation": organisation,
            "unit": unit,
            "email": email,
            "phone": phone,
        },
    )


def video(title, description, transcript_html=""):
    return _block(
        "video", {"title": title, "description": description, "transcript": transcript_html}
    )


def dates(*entries):
    """``entries``: (label, "YYYY-MM-DD") pairs."""
    items = [
        {
            "type": "item",
            "value": {"label": label, "date": day},
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{label}|{day}")),
        }
        for label, day in entries
    ]
    return _block("dates", {"dates": items})


def map_tiles_privacy():
    # No value; the id only has to be stable.
    return {
        "type": "map_tiles_privacy",
        "value": None,
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "map_tiles_privacy")),
    }
