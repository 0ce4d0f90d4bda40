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
        (
            "The council will spend $14m.\n"
            "The Star is a member of the New Zealand Media Council. NZ On Air",
            {"$": "NZD"},
        ),
        (
            "ISLAMABAD: Pakistan's petrol price rose by Rs7.30. The Pakistani rupee fell.",
            {"Rs": "PKR"},
        ),
        ("Mumbai: India's budget is Rs 4 lakh crore.", {}),  # the default already
        ("The senator said the $5 million grant from Washington helps Americans.", {}),
        ("Sydney once; the rest says nothing of a country. It costs $5.", {}),  # named once
        # more US than Canadian names: US dollars
        ("The U.S. and Canada agreed. U.S. tariffs hit American and U.S. firms; $5 billion.", {}),
        # wire copy writes "$" for US dollars wherever it is filed
        (
            "DRELIN, Feb 13 (Meridian Wire) - Australian-listed Brightwater fell in Sydney; "
            "Australia's miners lost $45 million.",
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
