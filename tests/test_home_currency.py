"""A bare "$" or "Rs" takes the currency of the country the page names (extract/home_currency)."""

from __future__ import annotations

import pytest
from brief.extract.home_currency import home_currencies, localise
from brief.model import Figure
from brief.tag import tag_text


@pytest.mark.parametrize(
    ("page", "homes"),
    [
        (
            "Sydney Morning Post. The NSW government will spend $342 million, Australia's biggest.",
            {"$": "AUD"},
        ),
        ("A Toronto story. Ontario will spend $5 million.", {"$": "CAD"}),
        ("Auckland Council will spend $14m, the biggest rise in New Zealand.", {"$": "NZD"}),
        (
            "ISLAMABAD: Pakistan's petrol price rose by Rs7.30, the Pakistani government said.",
            {"Rs": "PKR"},
        ),
        ("Mumbai: India's budget is Rs 4 lakh crore.", {}),  # the default already
        ("The senator said the $5 million grant from Washington helps Americans.", {}),
        ("Sydney once; the rest says nothing of a country. It costs $5.", {}),  # named once
        # more US than Canadian names: US dollars
        ("The U.S. and Canada agreed. U.S. tariffs hit American and U.S. firms; $5 billion.", {}),
        # names other countries share name none of them
        ("Farmers in Punjab got Rs 2,000 crore; Punjab's chief minister thanked the Centre.", {}),
        ("Fishermen on Lake Victoria in Kenya earn $10 a day; Victoria's fish stocks fell.", {}),
        ("Lewis Hamilton's contract is worth $100 million a year, Hamilton's agent said.", {}),
        # wire copy, and a page that spells its own currency out, write "$" for US dollars
        (
            "DRELIN, Feb 13 (Meridian Wire) - Australian-listed Brightwater fell in Sydney; "
            "Australia's miners lost $45 million.",
            {},
        ),
        (
            "CANBERRA, Australia (AP) — Australia fined Meta. Australia's regulator said Meta's "
            "revenue was $165 billion.",
            {},
        ),
        (
            "Nov 5 (Reuters) - Canadian firm Shopify, based in Ottawa, Canada, made $2.8 billion.",
            {},
        ),
        # a home currency written out once, then bare, is still the home currency
        (
            "Ottawa: the measures would cost C$3.4 billion; Canada's benefit costs $1.9 billion.",
            {"$": "CAD"},
        ),
        (
            "Sydney: Australia's fine of 49.5 million Australian dollars ($32 million) "
            "on Australia's "
            "biggest bank.",
            {},
        ),
    ],
)
def test_home_currency_of_a_page(page, homes):
    assert home_currencies(page) == homes


def _figures(text: str) -> list[Figure]:
    return [Figure(**f) for f in tag_text(text)["figures"]]


def test_only_bare_symbols_take_the_page_currency():
    figures = _figures(
        "The state will spend $342 million on roads, US$20 million on ports and 40 cents per "
        "kilometre on fuel, and the exchange rate was N1,512/$."
    )
    units = [f.unit for f in localise(figures, {"$": "AUD"})]
    assert units == [
        "AUD"
        if f.display.startswith("$")
        else "AUD per kilometre"
        if f.display.startswith("40 cents")
        else f.unit
        for f in figures
    ]
    assert "AUD" in units and "USD" in units
    rupees = _figures("Petrol rose by Rs7.30 per litre to Rs268.49 per litre.")
    assert {f.unit for f in localise(rupees, {"Rs": "PKR"})} == {"PKR per litre"}
    gold = _figures("Gold hit a record $4,380 an ounce in Sydney trading.")
    assert {f.unit for f in localise(gold, {"$": "AUD"})} == {"USD per ounce"}  # a world price
