"""Key findings for the overview: a few verbatim sentences, each a link to its paragraph.

Chosen by position and by evidence, not by topic words: the article's lead sentence, the
sentences that carry the most extracted items (figures and cases), and the first sentence of the
closing section. Nothing is paraphrased, so a finding is never stronger than the source.
"""

from __future__ import annotations

from collections import Counter

from brief.extract.sentences import sentence_texts
from brief.model import Case, Evidence, Figure, Section

MAX_FINDINGS = 5
EVIDENCE_PICKS = 3


def key_findings(
    sections: list[Section], cases: list[Case], figures: list[Figure]
) -> list[Evidence]:
    paragraphs = [p for s in sections for p in s.paragraphs]
    if not paragraphs:
        return []
    order = {p.id: i for i, p in enumerate(paragraphs)}
    picks: list[Evidence] = []

    def add(ev: Evidence) -> None:
        if ev not in picks and len(picks) < MAX_FINDINGS:
            picks.append(ev)

    lead = sentence_texts(paragraphs[0].text)
    if lead:
        add(Evidence(paragraph=paragraphs[0].id, quote=lead[0]))

    weight: Counter[Evidence] = Counter()
    for figure in figures:
        weight[figure.evidence] += 1
    for case in cases:
        for ev in case.evidence:
            weight[ev] += 2 if case.kind == "incident" else 1
    ranked = sorted(weight, key=lambda ev: (-weight[ev], order.get(ev.paragraph, 0), ev.quote))
    for ev in ranked[:EVIDENCE_PICKS]:
        add(ev)

    last = sections[-1]
    if len(sections) > 1 and last.heading and last.paragraphs:
        closing = sentence_texts(last.paragraphs[0].text)
        if closing:
            add(Evidence(paragraph=last.paragraphs[0].id, quote=closing[0]))

    return sorted(picks, key=lambda ev: order.get(ev.paragraph, 0))
