"""No article facts in code, templates or config: the converter must learn them from the seed.

Scans everything that ships as product (not tests) for names, places, numbers and words that
only this seed's article would give it.
"""

from __future__ import annotations

import re

from .conftest import ROOT

FACTS = re.compile(  # each from a word's start ("crisis" holds no name)
    r"\b(?:Tajik|Uzbek|Quantico|Eagle Pass|San Diego|Baltimore|Palestinian|Jordanian|TSDS|gotaway|"
    r"kingpin|Chapo|Wray|Ortiz|Wilmot|33,341|1\.7 million|Small Wars|Byers|Warner|Columbian|"
    r"Kabul|Hamas|ISIS|Sinaloa|Tucson|Yuma|smallwarsjournal)",
    re.IGNORECASE,
)
PRODUCT = ["scripts", "overrides", "docs"]


def test_product_files_hold_no_article_facts():
    files = [ROOT / "mkdocs.yml", ROOT / "Makefile"]
    for folder in PRODUCT:
        files += [
            p
            for p in (ROOT / folder).rglob("*")
            if p.is_file()
            and not {"__pycache__", "node_modules"} & set(p.parts)
            and not any(part.endswith(".egg-info") for part in p.parts)
        ]
    hits = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FACTS.search(line):
                hits.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:80]}")
    assert not hits, "\n".join(hits)
