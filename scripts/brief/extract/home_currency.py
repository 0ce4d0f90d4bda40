"""The currency a bare "$" or "Rs" means on a page: the one of the country the article is about.

A Sydney paper's "$342 million" is Australian dollars and a Karachi paper's "Rs822bn" Pakistani
rupees; read alone, the quantity tagger takes the symbol's most common currency (USD, INR). A
reader of the brief's data must not be told a New Zealand council spends US dollars, so the
article's own words decide (not the page's menus and footers, which name editions and
councils): the country (or its demonym, states, provinces and large cities) it names most, when
it names one at least twice and more often than the symbol's default country.
An amount whose symbol names its currency ("US$", "A$", "C$", "PKR") is left as written; so are a
page's bare dollars when it converts its own currency into them ("49.5 million Australian
dollars ($32 million)"), a wire story's (wire copy writes "$" for US dollars wherever it is
filed) and world prices ("$64 a barrel").
"""

from __future__ import annotations

import re

from brief.model import Figure

# Symbol as a figure's display starts → the tagger's default code and the codes it may mean,
# each with the words that name its country and no other (not "Victoria", "Perth", "Hamilton",
# "Punjab", "National Assembly": names other countries use too). General knowledge.
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii"
    "|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    "|West Virginia|Wisconsin|Wyoming"
)
_PLACES: dict[str, dict[str, str]] = {
    "$": {
        "USD": "United States|U\\.S\\.|US|USA|American|Americans|White House|Congress|Pentagon"
        f"|{_STATES}",
        "AUD": "Australia|Australian|Australians|New South Wales|NSW|Queensland|Tasmania"
        "|South Australia|Western Australia|Sydney|Melbourne|Brisbane|Adelaide|Canberra",
        "CAD": "Canada|Canadian|Canadians|Ontario|Quebec|British Columbia|Alberta|Manitoba"
        "|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Toronto|Montreal|Vancouver"
        "|Ottawa|Calgary|Edmonton|Winnipeg",
        "NZD": "New Zealand|New Zealanders|Aotearoa|Auckland|Christchurch|Dunedin|Tauranga",
        "SGD": "Singapore|Singaporean|Singaporeans",
        "HKD": "Hong Kong",
    },
    "Rs": {
        "INR": "India|Indian|Indians|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Lok Sabha|Rajya Sabha",
        "PKR": "Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore|Sindh"
        "|Khyber Pakhtunkhwa|Balochistan|Peshawar|Quetta",
        "LKR": "Sri Lanka|Sri Lankan|Sri Lankans|Colombo",
        "NPR": "Nepal|Nepali|Nepalese|Kathmandu",
    },
}
_DEFAULT = {"$": "USD", "Rs": "INR"}
_NAMES = {
    symbol: {code: re.compile(rf"\b(?:{words})(?![\w-])") for code, words in codes.items()}
    for symbol, codes in _PLACES.items()
}
# A page that converts its home currency into bare dollars ("49.5 million Australian dollars
# ($32 million)", "A$1.2 billion ($800 million)") writes "$" for US dollars.
_CONVERTED = re.compile(
    r"(?:(?:Australian|Canadian|New Zealand|Singapore|Hong Kong)\s+dollars?"
    r"|(?<![\w$])(?:A|AU|C|CA|NZ|S|HK)\$\s?[\d.,]+(?:\s?(?:million|billion|trillion|bn|m)\b)?)"
    r"\s*\(\s*(?:about\s+|around\s+|roughly\s+)?(?:US)?\$"
)
# How a display shows the bare symbol: "$342 million", "40 cents", "Rs822bn", "Rs. 3.15".
_BARE = {"$": re.compile(r"\$|[\d.,]+\s?cents?\b"), "Rs": re.compile(r"Rs\.?\s?\d")}
# World prices are quoted in US dollars wherever the story is written.
_WORLD_PRICE = re.compile(r"\bper\s+(?:ounce|troy ounce|barrel|bushel|pound|mmbtu)\b")
MIN_MENTIONS = 2
# Wire copy writes "$" for US dollars wherever it is filed: "SYDNEY, Feb 13 (Agency) -",
# "CANBERRA, Australia (AP) —", "Nov 5 (Reuters) -"
_WIRE_DATELINE = re.compile(
    r"(?m)^[^\n]{0,60}?\((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,2}\)\s+[-–—]\s"
)


def home_currencies(text: str) -> dict[str, str]:
    """For each ambiguous symbol, the code the page's country gives it (only where it is not
    the tagger's default)."""
    found: dict[str, str] = {}
    if _WIRE_DATELINE.search(text) or _CONVERTED.search(text):
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
            if (
                _BARE[symbol].match(figure.display)
                and (figure.unit == default or figure.unit.startswith(default + " "))
                and not _WORLD_PRICE.search(figure.unit)
            ):
                figure = figure.model_copy(update={"unit": code + figure.unit[len(default) :]})
                break
        out.append(figure)
    return out
