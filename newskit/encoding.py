r"""Turn the bytes of a story file into text, saying what was guessed.

Example
-------
>>> decode("caf\xe9".encode("cp1252"), "a.txt")[0]
'café'
"""

from __future__ import annotations

import codecs
import re

from .errors import NewskitError

_MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")
_HTML = re.compile(r"<\s*(!doctype|html|head|body|div|p|span|script|article|a\s+href)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    r"""Decode ``data`` read from ``name``.

    Tries UTF-8 (with or without a byte-order mark), then UTF-16 when a UTF-16
    byte-order mark is present, then Windows-1252. Raises :class:`NewskitError`
    for empty, whitespace-only or binary input.

    Returns
    -------
    text, encoding, warnings
        The decoded text (byte-order mark removed, line endings kept), the codec
        that decoded it, and the warnings a reader should see.

    Example
    -------
    >>> decode(b"\xef\xbb\xbfHello.", "a.txt")[:2]
    ('Hello.', 'utf-8-sig')
    """
    if not data.strip():
        raise NewskitError(f"{name}: the file is empty or holds only whitespace")
    notes: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif b"\x00" in data:
        raise NewskitError(f"{name}: binary data (NUL bytes), not text")
    else:
        text, encoding = _decode_8bit(data, name, notes)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise NewskitError(f"{name}: binary data ({controls} control characters), not text")
    if not text.strip():
        raise NewskitError(f"{name}: the file holds only whitespace")
    notes.extend(_suspicious(text, name))
    return text, encoding, notes


def _decode_8bit(data: bytes, name: str, notes: list[str]) -> tuple[str, str]:
    """UTF-8 if it decodes, else Windows-1252 (else Latin-1), noting the guess."""
    try:
        return data.decode("utf-8-sig"), ("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8")
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        notes.append(f"{name}: not valid UTF-8 (first bad {where}); decoded as {encoding}")
        return text, encoding
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _suspicious(text: str, name: str) -> list[str]:
    """Warnings for text that decoded but looks wrong: mojibake or HTML."""
    found = []
    mojibake = list(_MOJIBAKE.finditer(text))
    if mojibake:
        first = mojibake[0]
        found.append(
            f"{name}: {len(mojibake)} mojibake sequence(s) such as {first.group()!r} at offset "
            f"{first.start()} (UTF-8 text once decoded as Windows-1252); the text is kept as it is"
        )
    tag = _HTML.search(text)
    if tag:
        found.append(
            f"{name}: looks like HTML ({tag.group()!r} at offset {tag.start()}); "
            "`newskit new` extracts the article text from an HTML page"
        )
    return found
