"""Advance widths of DejaVu Sans, the font a chart names, to size its margins and wrap its text.

Measured once from DejaVuSans.ttf (hmtx table, 2,048 units per em) for Latin, Latin-1, Latin
Extended-A and general punctuation; any other character counts as an average letter, or as a full
em when it is East Asian wide. Pages draw chart text in their own font, so this is a close
estimate by design: enough for margins that fit, never a layout engine.
"""

from __future__ import annotations

import functools
import unicodedata

_UNITS_PER_EM = 2048
_AVERAGE = 0.6  # em: an unknown character (about a lower-case letter's width)
_WIDTHS = {
    0: "\u2028\u2029\u202a\u202b\u202c\u202d\u202e",
    409: "\u202f",
    465: "′‵",
    563: "'",
    569: "ijlìíîïĩīĭįıĵĺļ",
    582: "ł",
    604: "IJÌÍÎÏĨĪĬĮİĴ",
    651: " ,.\xa0·‘’‚‛‧",
    685: "․",
    690: "/:;\\|¦",
    694: "‸",
    700: "ŀ",
    721: "fſ",
    739: "-\xad‐‑",
    765: "″‶",
    768: "ľ",
    799: "()[]",
    803: "tţťŧ",
    819: "‹›",
    821: "!¡²³¹",
    842: "rŕŗř",
    942: '"',
    965: "ªº",
    1024: "*_`§¨¯°´¸–‖‗†‡",
    1061: "“”„‟",
    1065: "‴‷",
    1067: "sśŝşš",
    1075: "zźżž",
    1087: "?¿",
    1126: "cçćĉċč",
    1138: "ĳ",
    1141: "LĹĻĽĿ",
    1151: "Ł",
    1178: "F",
    1186: "kķĸ",
    1208: "Ĳ•‣",
    1212: "vxyýÿŷ",
    1235: "P",
    1239: "Þ",
    1251: "TYÝŢŤŦŶŸ",
    1253: "o«»ðòóôõöøōŏő",
    1255: "aàáâãäåāăą",
    1260: "eèéêëēĕėęě",
    1290: "ß",
    1294: "EÈÉÊËĒĔĖĘĚ",
    1298: "hnuñùúûüĥńņňŋũūŭůűų",
    1300: "SbdgpqþďđĝğġģŚŜŞŠ",
    1303: "$0123456789{}¢£¤¥µ¶‒€",
    1343: "KĶ",
    1367: "‥",
    1401: "AVÀÁÂÃÄÅĀĂĄ",
    1403: "XZŹŻŽ",
    1405: "B",
    1423: "RħŔŖŘ",
    1430: "CÇĆĈĊČ",
    1499: "UÙÚÛÜŨŪŬŮŰŲ",
    1532: "NÑŃŅŇŊ",
    1540: "HĤ",
    1577: "DĎ",
    1587: "GÐĐĜĞĠĢ",
    1597: "&",
    1612: "OQÒÓÔÕÖØŌŎŐ",
    1666: "ŉ",
    1675: "wŵ",
    1716: "#+<=>^~¬±×÷−",
    1767: "M",
    1876: "Ħ",
    1946: "%",
    1985: "¼½¾",
    1995: "mÆ",
    2011: "æ",
    2025: "WŴ",
    2048: "@©®—―…™",
    2095: "œ",
    2191: "Œ",
    2748: "‰",
    3554: "‱",
}
_EM = {ch: units / _UNITS_PER_EM for units, chars in _WIDTHS.items() for ch in chars}


@functools.cache
def _advance(ch: str) -> float:
    known = _EM.get(ch)
    if known is not None:
        return known
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0.0
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else _AVERAGE


def width(text: str, size: float) -> float:
    """Width of one line of `text` at font size `size`, in the same unit as `size`."""
    return sum(map(_advance, text)) * size
