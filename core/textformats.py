"""Content lines of the vCard (RFC 6350) and iCalendar (RFC 5545) formats.

Both formats write text values and lines the same way, so the contact points' vCards
(``contacts.vcard``) and the events' calendar files (``news.ics``) share these rules:

* ``escape_text``: a text value escapes backslash, comma, semicolon and line breaks
  (vCard 3.4, iCalendar 3.3.11); every kind of line break becomes ``\\n``.
* ``fold``: a content line longer than 75 octets is split without cutting a UTF-8
  character; each continuation starts with a space, which counts towards its 75 octets
  (vCard 3.2, iCalendar 3.1).
* ``content_lines``: the lines of a whole object, each folded and ended with CRLF.
"""

MAX_LINE_OCTETS = 75


def escape_text(value):
    """``value`` as a text value: backslash, comma, semicolon and line breaks escaped."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Split a content line into chunks of at most 75 octets; continuations start with a space."""
    chunks = []
    current = b""
    limit = MAX_LINE_OCTETS
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            chunks.append(current)
            current = b""
            limit = MAX_LINE_OCTETS - 1  # the leading space of a continuation line counts
        current += encoded
    chunks.append(current)
    return b"\r\n ".join(chunks).decode("utf-8")


def content_lines(lines):
    """The text of ``lines``: each one folded and ended with CRLF."""
    return "".join(fold(line) + "\r\n" for line in lines)
