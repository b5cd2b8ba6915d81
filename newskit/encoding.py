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
from .text.visible import blank

_MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")
_HTML = re.compile(r"<\s*(!doctype|html|head|body|div|p|span|script|article|a\s+href)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    r"""Decode ``data`` read from ``name``.

    UTF-8 (with or without a byte-order mark) first: bytes that are not valid
    UTF-8 are mapped one by one from Windows-1252, the rest of the file staying
    UTF-8, and a warning gives their count and character offsets (a file with no
    valid multi-byte UTF-8 sequence at all is Windows-1252). UTF-16 is read with
    a byte-order mark, or without one when its NUL bytes fall on every other
    byte. Raises :class:`NewskitError` for empty, whitespace-only or binary
    input. Line endings (LF, CRLF, CR) are kept.

    Returns
    -------
    text, encoding, warnings
        The decoded text (byte-order mark removed, line endings kept), the codec
        that decoded it, and the warnings a reader should see.

    Example
    -------
    >>> decode(b"\xef\xbb\xbfHello.", "a.txt")[:2]
    ('Hello.', 'utf-8-sig')
    >>> text, encoding, notes = decode("“Hi,” she said ".encode() + b"\x93there\x94.", "a.txt")
    >>> text, encoding
    ('“Hi,” she said “there”.', 'utf-8')
    >>> notes
    ... # doctest: +NORMALIZE_WHITESPACE
    ['a.txt: 2 byte(s) not valid UTF-8, read as Windows-1252 at character offset(s) 15, 21;
      the rest of the file is UTF-8']
    """
    if not data.strip():
        raise NewskitError(f"{name}: the file is empty or holds only whitespace")
    notes: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _decode_utf16(data, "utf-16", name)
    elif b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if not encoding:
            raise NewskitError(f"{name}: binary data (NUL bytes), not text")
        text, encoding = _decode_utf16(data, encoding, name)
        notes.append(f"{name}: UTF-16 without a byte-order mark; read as {encoding}")
    else:
        text, encoding = _decode_8bit(data, name, notes)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise NewskitError(f"{name}: binary data ({controls} control characters), not text")
    if blank(text):
        raise NewskitError(f"{name}: the file holds only whitespace")
    notes.extend(_suspicious(text, name))
    return text, encoding, notes


def _utf16_without_bom(data: bytes) -> str:
    """``"utf-16-le"`` or ``"utf-16-be"`` when NULs sit on most odd (or even) bytes (ASCII-heavy UTF-16), else ''."""
    if len(data) % 2:
        return ""
    pairs = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return ""


def _decode_utf16(data: bytes, encoding: str, name: str) -> tuple[str, str]:
    """UTF-16 text, or a :class:`NewskitError` saying the file looks like UTF-16 but is not."""
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as err:
        raise NewskitError(f"{name}: looks like {encoding.upper()} but byte {err.start} does not decode "
                           f"({err.reason}); save it as UTF-8") from err


def _decode_8bit(data: bytes, name: str, notes: list[str]) -> tuple[str, str]:
    """UTF-8, with any invalid bytes mapped from Windows-1252 one by one and noted."""
    bom = data.startswith(codecs.BOM_UTF8)
    encoding = "utf-8-sig" if bom else "utf-8"
    text = data.decode(encoding, errors="surrogateescape")
    bad = [m.start() for m in _ESCAPED.finditer(text)]
    if not bad:
        return text, encoding
    text = _ESCAPED.sub(lambda m: _CP1252.get(m.group(), "\ufffd"), text)
    if not bom and not _MULTIBYTE.search(data):
        notes.append(f"{name}: not valid UTF-8 (no multi-byte sequence, {len(bad)} byte(s) above 127); "
                     "decoded as cp1252 (Windows-1252)")
        return text, "cp1252"
    shown = ", ".join(map(str, bad[:10])) + (", ..." if len(bad) > 10 else "")
    notes.append(f"{name}: {len(bad)} byte(s) not valid UTF-8, read as Windows-1252 at character offset(s) "
                 f"{shown}; the rest of the file is UTF-8")
    return text, encoding


def _cp1252_table() -> dict[str, str]:
    """The lone surrogate ``surrogateescape`` gives byte ``b`` (>= 0x80), mapped to its Windows-1252 character."""
    table = {}
    for byte in range(0x80, 0x100):
        try:
            table[chr(0xDC00 + byte)] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252
            table[chr(0xDC00 + byte)] = "\ufffd"
    return table


_ESCAPED = re.compile("[\udc80-\udcff]")
_CP1252 = _cp1252_table()
_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


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
