"""Helpers to write StreamField content as raw JSON-compatible data.

Data files write a block as a mapping of its type to its value (``from_data``); the
names in a value are the parameters of the helper of that type.
"""

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


def key_figures(heading, figures):
    """``figures``: (value, label) pairs."""
    return _block(
        "key_figures",
        {"heading": heading, "figures": [{"value": v, "label": lbl} for v, lbl in figures]},
    )


def image(image, alt_text, caption="", credit=""):
    """``image``: the id of a Wagtail image."""
    return _block(
        "image", {"image": image, "alt_text": alt_text, "caption": caption, "credit": credit}
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


def contact(heading, organisation, unit="", email="", phone=""):
    return _block(
        "contact",
        {
            "heading": heading,
            "organisation": organisation,
            "unit": unit,
            "email": email,
            "phone": phone,
        },
    )


def video(title, description, transcript=""):
    """``transcript``: HTML."""
    return _block("video", {"title": title, "description": description, "transcript": transcript})


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


# The block types a data file may use, by the name it writes them with.
DATA_BLOCKS = {
    helper.__name__: helper
    for helper in (
        heading,
        paragraph,
        bullets,
        quote,
        key_figures,
        image,
        call_to_action,
        contact,
        video,
        dates,
        map_tiles_privacy,
    )
}


def from_data(entry, images):
    """The block an entry of a data file describes: ``{type: value}``.

    The value is passed to the type's helper: a mapping as keyword arguments, a list as
    arguments, a text as the one argument, nothing (``null``) as no argument. Bullets with
    an intro are ``{intro: …, items: [...]}``; an image names a demo image by its key in
    ``images`` (key → image id). Raises ``ValueError`` for anything else.
    """
    if not isinstance(entry, dict) or len(entry) != 1:
        raise ValueError(f"a block is a mapping of its type to its value, found {entry!r}")
    ((kind, value),) = entry.items()
    helper = DATA_BLOCKS.get(kind)
    if helper is None:
        raise ValueError(f"unknown block type {kind!r} (known: {', '.join(DATA_BLOCKS)})")
    args, kwargs = [], {}
    if isinstance(value, dict):
        kwargs = dict(value)
    elif isinstance(value, list):
        args = value
    elif value is not None:
        args = [value]
    if kind == "bullets" and kwargs:
        if "items" not in kwargs:
            raise ValueError("bullets: a mapping needs items")
        args = kwargs.pop("items")
    if kind == "image":
        if "image" not in kwargs:
            raise ValueError("image: a mapping needs the image's key (image)")
        try:
            kwargs["image"] = images[kwargs["image"]]
        except KeyError:
            raise ValueError(f"image: no demo image {kwargs['image']!r}") from None
    try:
        return helper(*args, **kwargs)
    except TypeError as error:
        raise ValueError(f"{kind}: {error}") from None
