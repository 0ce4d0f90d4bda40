"""The currency a bare "$" or "Rs" means on a page: the one of the country the article is about.

A Sydney paper's "$342 million" is Australian dollars and a Karachi paper's "Rs822bn" Pakistani
rupees; read alone, the quantity tagger takes the symbol's most common currency (USD, INR). A
reader of the brief's data must not be told a New Zealand council spends US dollars, so the
page's own words decide, the whole dump's (a footer's "member of the New Zealand Media Council"
names the outlet's country as well as the article does): the country (or its demonym, states,
provinces and large cities) it names most, when it names one at least twice and more often than
the symbol's default country.
An amount whose symbol names its currency ("US$", "A$", "C$", "PKR") is left as written, and so
is a wire story's (a "SYDNEY, Feb 13 (Agency) -" dateline): wire copy writes "$" for US dollars
wherever it is filed.
"""

from __future__ import annotations

import re

from brief.model import Figure

# Symbol as a figure's display starts → the tagger's default code and the codes it may mean,
# each with the words that name its country. General knowledge, no article's facts.
_PLACES: dict[str, dict[str, str]] = {
    "$": {
        "USD": "United States|U\\.S\\.|USA|American|Americans|Washington|Congress",
        "AUD": "Australia|Australian|Australians|New South Wales|NSW|Queensland|Victoria|Tasmania"
        "|South Australia|Western Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra",
        "CAD": "Canada|Canadian|Canadians|Ontario|Quebec|British Columbia|Alberta|Manitoba"
        "|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Toronto|Montreal|Vancouver"
        "|Ottawa|Calgary|Edmonton|Halifax|Winnipeg",
        "NZD": "New Zealand|New Zealanders|NZ|Aotearoa|Auckland|Wellington|Christchurch|Hamilton"
        "|Dunedin|Tauranga|Kiwis",
        "SGD": "Singapore|Singaporean|Singaporeans",
        "HKD": "Hong Kong",
    },
    "Rs": {
        "INR": "India|Indian|Indians|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Lok Sabha|Rajya Sabha",
        "PKR": "Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore|Punjab|Sindh"
        "|Khyber Pakhtunkhwa|Balochistan|Peshawar|Quetta|National Assembly",
        "LKR": "Sri Lanka|Sri Lankan|Sri Lankans|Colombo",
        "NPR": "Nepal|Nepali|Nepalese|Kathmandu",
    },
}
_DEFAULT = {"$": "USD", "Rs": "INR"}
_NAMES = {
    symbol: {code: re.compile(rf"\b(?:{words})(?![\w-])") for code, words in codes.items()}
    for symbol, codes in _PLACES.items()
}
# How a display shows the bare symbol: "$342 million", "40 cents", "Rs822bn", "Rs. 3.15".
_BARE = {"$": re.compile(r"\$|[\d.,]+\s?cents?\b"), "Rs": re.compile(r"Rs\.?\s?\d")}
MIN_MENTIONS = 2
_WIRE_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'/-]{2,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"\s+\([^()\n]{2,40}\)\s+[-–—]"
)


def home_currencies(text: str) -> dict[str, str]:
    """For each ambiguous symbol, the code the page's country gives it (only where it is not
    the tagger's default)."""
    found: dict[str, str] = {}
    if _WIRE_DATELINE.search(text):
        return found
    for symbol, names in _NAMES.items():
        counts = {code: len(pattern.findall(text)) for code, pattern in names.items()}
        default = _DEFAULT[symbol]
        code, most = max(counts.items(), key=lambda item: (item[1], item[0] == default))
        if code != default and most >= MIN_MENTIONS and most > counts[default]:
            found[symbol] = code
    return found


def localise(figures: list[Figure], homes: dict[str, str]) -> list[Figure]:
    """The figures with a bare symbol's default code replaced by the page's currency."""
    if not homes:
        return figures
    out = []
    for figure in figures:
        for symbol, code in homes.items():
            default = _DEFAULT[symbol]
            if _BARE[symbol].match(figure.display) and (
                figure.unit == default or figure.unit.startswith(default + " ")
            ):
                figure = figure.model_copy(update={"unit": code + figure.unit[len(default) :]})
                break
        out.append(figure)
    return out
