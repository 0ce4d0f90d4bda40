"""Glossary: abbreviations the article defines (Schwartz–Hearst), verbatim, first one wins."""

from __future__ import annotations

import pytest
from brief.extract.glossary import extract_glossary
from brief.model import Paragraph


def glossary(*texts: str) -> list[tuple[str, str]]:
    paragraphs = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts, 1)]
    return [(e.abbr, e.expansion) for e in extract_glossary(paragraphs)]


def test_seed_entries(seed_paragraphs):
    entries = extract_glossary(seed_paragraphs)
    assert [(e.abbr, e.expansion, e.evidence.paragraph) for e in entries] == [
        ("CBP", "Customs and Border Protection", "p1"),
        ("ISIS-K", "Islamic State-Khorasan Branch", "p1"),
        ("ICE", "Immigration and Customs Enforcement", "p7"),
        ("TSDS", "Terrorist Screening Data Set", "p9"),
    ]


def test_seed_evidence_is_the_defining_sentence(seed_paragraphs):
    by_id = {p.id: p.text for p in seed_paragraphs}
    for entry in extract_glossary(seed_paragraphs):
        quote = entry.evidence.quote
        assert quote in by_id[entry.evidence.paragraph]
        assert f"{entry.expansion} ({entry.abbr})" in quote


OMS = "Organisation mondiale de la santé"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data from the World Health Organization (WHO).", [("WHO", "World Health Organization")]),
        ("Data from WHO (World Health Organization).", [("WHO", "World Health Organization")]),
        ("WHO (the World Health Organization) said so.", [("WHO", "World Health Organization")]),
        ("Selon l'Organisation mondiale de la santé (OMS).", [("OMS", OMS)]),
        ("Some non-governmental groups (NGOs).", [("NGOs", "non-governmental groups")]),
        ("The European Union (EU; see below) acts.", [("EU", "European Union")]),
        ("A “Terrorist Screening Data Set” (TSDS).", [("TSDS", "Terrorist Screening Data Set")]),
        ("The study (2019) found it.", []),
        ("He was (sic) wrong (e.g. here).", []),
        ("A man (name not released) was held.", []),
        ("Attacks in Pakistan (including the 2021 attack) rose.", []),
        ("Peer Lowe’s (LOW) fell.", []),
        ("Stories from Livermore (The Press) today.", []),
        ("Markets close at 4:05 pm PT (07:05 pm ET).", []),
        ("The agency (ABC) said.", []),
    ],
)  # fmt: skip
def test_definitions(text, expected):
    assert glossary(text) == expected


def test_first_definition_wins_in_order_of_appearance():
    assert glossary(
        "The Food and Drug Administration (FDA) and the Centers for Disease Control (CDC) met.",
        "Later the Fast Dispute Arbitration (FDA) panel sat.",
    ) == [("FDA", "Food and Drug Administration"), ("CDC", "Centers for Disease Control")]
