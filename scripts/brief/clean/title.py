"""Find the headline: the title-shaped line above the article body that is about the body.

Pages put the headline (h1) shortly before the first paragraph, with maybe a standfirst, a
byline, a date, an image and its credit in between. Those others are told apart without word
lists: a headline is title-shaped (a few words, no full stop), and it shares words with the
article below it, which a byline, a date, a share button or a credit rarely does. Share
buttons ("Share this with Facebook", "Share this with Email", …) and captions are never the
title and do not count as distance: a row of sixty buttons may stand between headline and
body. A feed footer, when there is one, names the title outright, which settles it.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Line
from .boilerplate import TAIL, furniture
from .comments import MONTH_ABBREVIATIONS
from .features import Features, ends_like_sentence

LOOKBACK = 30  # non-blank lines searched above the first paragraph (furniture not counted)
WIDGET_FAMILY = 3  # lines sharing their first three words: a widget ("Share this with …")
WIDGET_REACH = 3  # how many LOOKBACKs above the body furniture may stretch
MIN_WORDS, MAX_WORDS = 2, 30
MIN_SHARED = 1.5  # weight of the words a headline must share with the body
NEAR = 8  # lines above a short body searched for a headline that shares any word with it
NEAR_MIN_WORDS = 4  # that headline's length: a menu label ("Business and Markets") is shorter

_TOKEN = re.compile(r"\w+")
# A sentence ending inside the line, as in "... last week. Photograph by ...": a caption.
_INNER_STOP = re.compile(r"\w\w[.!?][\"'\u201d\u2019)]?\s*[A-Z(\[]")
# A sentence glued to a capitalised word, "… isn't easy.Kathrin Ziegler/Getty": a caption and
# its credit run together by the dump (two elements), never one headline.
_GLUED_STOP = re.compile(
    r"[a-z]{2}[.!?](?!(?:Com|Net|Org|Co|Io)\b)[A-Z][a-z]"
)  # not "Overstock.Com"
_WIDE_RUN = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]{2,}")


# A byline of names ("Lena Okafor and Tomás Reyes", "Ana Ruiz, Bo Li and Cy Diaz"): two or
# more names of two or three capitalised words, joined by commas, "and" or "&".
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}"
_NAMES = re.compile(rf"{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME})+")
# A breadcrumb trail ("News › City News › Leeds News › …"): two arrows or more, each crumb
# short. "Headline | Section | Site" is a page title, not a trail; a slash separates crumbs
# only in a trail that starts at the site's home ("Home / Emergencies / …") and ends on a short
# crumb, as a headline may hold one ("Pros / cons").
_BREADCRUMB = re.compile(
    r"^(?:[^›»>]{1,30}\s[›»>]\s){2,}|^Home\s/\s(?:[^/]{1,30}\s/\s)+[^/]{1,30}$"
)  # (a slash trail whose last crumb is a headline's length is kept: it may be the only one)
# A dateline ("14 November 2025 | Disease Outbreak News", "Nov. 14, 2025 · Health"): a line
# that opens on a full date is the page's stamp; headlines do not start with one.
_DATELINE = re.compile(
    rf"^(?:\d{{1,2}}\s+(?:{MONTH_ABBREVIATIONS})[a-z]*\.?|(?:{MONTH_ABBREVIATIONS})[a-z]*\.?\s+\d{{1,2}},?)\s+\d{{4}}"
    # the date alone, or with a short label after a bar or a dot ("| Disease Outbreak News");
    # not a headline after it ("14 November 2025 | Markets wrap: FTSE 100 falls …",
    # "14 November 2025: the day the Budget leaked")
    r"(?:\s*[|·•]\s*[^|·•:]{1,32})?\s*$",
    re.IGNORECASE,
)
_VERB_LIKE = re.compile(r"(?:ing|ed)$")
# A verb's "-s" inside a group ("Destroys Homes"), not a first name's ("Tomás", "Carlos")
_THIRD_PERSON = re.compile(r"[^aeiouáéíóú]s$|[ey]s$", re.IGNORECASE)


_CRUMB_SEP = re.compile(r"\s[|/]\s")
MAX_CRUMB_WORDS = 3


def _not_headline(text: str) -> bool:
    if _BREADCRUMB.match(text) or _DATELINE.match(text):
        return True
    crumbs = _CRUMB_SEP.split(text)
    if (
        len(crumbs) >= 3
        and len(crumbs[0].split()) < MAX_CRUMB_WORDS  # (not "Storm batters coast | World …")
        and all(len(c.split()) <= MAX_CRUMB_WORDS for c in crumbs)
    ):
        return True  # "News / India / North East India", "Child poverty | Social security |
        # Housing": a trail or a page's tags, short crumbs all ("Headline | Section | Site" is a
        # page title, its first part a headline's length)
    if text.rstrip().endswith(("»", "›", "→", ">>")):
        return True  # "Measles Outbreak Information: … »": a link's arrow asks for a click
    if not _NAMES.fullmatch(text):
        return False
    # "Wildfire Destroys Homes and Forces Evacuations", "Rising Prices, Falling Wages": a
    # title-case headline, whose words inflect as verbs do; names ("Lena Okafor and Tomás
    # Reyes") end a name with "-s" at most
    for group in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text):
        words = group.split()
        if any(_VERB_LIKE.search(w) for w in words) or any(
            _THIRD_PERSON.search(w) for w in words[:-1]
        ):
            return False
    return True


def is_title_shaped(text: str, f: Features, repeat: int | None = None, stop: bool = False) -> bool:
    """A headline: a few words, not too long, said once or twice (`repeat`, by default the
    page's count), no full stop at the end (a question or an exclamation is fine; so is a stop
    when the page says it twice, as in "X Is Falling. Why You Shouldn't Worry.", or when
    `stop`: the line stands right over its byline), not mostly digits (dates, counters)."""
    repeat = f.repeat if repeat is None else repeat
    if not (MIN_WORDS <= f.words <= MAX_WORDS and 10 <= f.length <= 250 and repeat <= 2):
        return False
    if (
        f.sentence
        and not stop
        and not text.endswith(("?", "!"))
        and repeat != 2
        and ends_like_sentence(text)
    ):
        return False  # a sentence; but a headline the page repeats once may end with a stop,
    # and one of two clauses need not end with one ("X is a choice. Here's how to fix it")
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.6 * len(text.replace(" ", ""))


def content_tokens(text: str) -> set[str]:
    """Casefolded words of 4+ letters (short words are mostly function words in any language),
    and character pairs for spaceless scripts."""
    words = {w for w in _TOKEN.findall(text.casefold()) if len(w) >= 4 and not w.isdigit()}
    for run in _WIDE_RUN.findall(text):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


def body_vocabulary(paragraphs: list[str]) -> dict[str, float]:
    """Content words of the body, each weighted by how few paragraphs use it: words found in
    most paragraphs are function words ("this", "with") whatever the language."""
    df: dict[str, int] = {}
    for text in paragraphs:
        for word in content_tokens(text):
            df[word] = df.get(word, 0) + 1
    n = len(paragraphs) + 1
    return {word: max(0.5, 1.0 - count / n) for word, count in df.items()}


def shared_words(candidate: str, vocabulary: dict[str, float]) -> float:
    """The weight of the candidate's content words that the body also uses."""
    return sum(vocabulary.get(word, 0.0) for word in content_tokens(candidate))


def _prefix(text: str) -> str:
    """A line's first three words: share buttons and teaser lists repeat theirs."""
    words = text.casefold().split()
    return " ".join(words[:3]) if len(words) > 3 else ""


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def find_title(
    lines: list[Line],
    feats: list[Features],
    body: list[int],
    hint: str | None = None,
) -> int | None:
    """Index of the title line above the body (indices of its lines, in order), or None.

    `hint` is a title named elsewhere (a feed footer): the nearest line equal to it wins.
    """
    if not body:
        return None
    first = body[0]
    if hint:
        for i in range(first - 1, -1, -1):
            if _same(lines[i].text, hint):
                return i
    vocabulary = body_vocabulary([lines[i].text for i in body])
    # The site's name as its photo credits give it ("Photograph: Jane Roe/The Daily Ledger"):
    # the masthead, never the headline.
    owners = {
        m.group("owner").strip().casefold()
        for line in lines
        if "/" in line.text and (m := _CREDIT_OWNER.search(line.text))
    }
    best, best_score = None, 0.0
    scores: dict[int, float] = {}
    deck_of: dict[int, int] = {}  # a deck's line → the headline above it
    bylines: dict[int, int] = {}  # a bylined candidate → its byline's line
    low = max(0, first - WIDGET_REACH * LOOKBACK)
    prefixes = Counter(_prefix(lines[i].text) for i in range(low, first))
    above = Counter(lines[i].text for i in range(low, first))
    distance = -1
    for i in range(first - 1, low - 1, -1):
        text = lines[i].text
        prefix = _prefix(text)  # "" for a line of three words or fewer: no family
        if text.strip().casefold() in owners:
            continue
        below = _next_lines(lines, i, first, BYLINE_REACH)
        bylined = any(_BYLINE.match(t) for t in below)
        family = prefix and prefixes[prefix] >= WIDGET_FAMILY
        if family and bylined:
            family = False  # a headline its teasers echo ("Aero 14 review", "Aero 14 Test")
        if family or furniture(text, TAIL) is not None:
            continue  # "Share this with X" buttons, a caption: never the title, nor distance
        distance += 1
        if distance >= LOOKBACK:
            break
        # A line the page repeats only below the article's start is a headline its share
        # buttons and metadata echo (a menu item repeats above it too): said once, in effect.
        f = feats[i]
        repeat = 1 if f.repeat > 2 and above[text] == 1 else f.repeat
        if (
            not is_title_shaped(
                text,
                f,
                repeat,
                stop=(over := _over_byline(lines, i, first) and _two_sentences(text)),
            )
            or _GLUED_STOP.search(text)
            or _not_headline(text)
            or _list_item(lines, feats, i)
        ):
            continue
        shared = shared_words(lines[i].text, vocabulary)
        if shared < MIN_SHARED:
            continue
        # Per square root of its words: a headline is dense in topic words, a caption or a
        # breadcrumb trail dilutes them.
        shared /= max(1, len(content_tokens(lines[i].text))) ** 0.5
        # Nearer is likelier; the h1 stands alone; pages often repeat the headline once
        # (breadcrumb, share text).
        score = shared + 0.3 * f.standalone + 0.3 * (repeat == 2) - 0.02 * distance
        # The byline or the dateline sits right under the headline ("By Jane Roe",
        # "Published 4 June 2025"), and a headline's deck right under it: the upper of two
        # stacked headline-shaped lines is the headline (a deck never comes first).
        if bylined:
            score += BYLINE_BONUS
            bylines[i] = _byline_line(lines, i, first)
        if (
            f.words >= DECK_MIN_WORDS
            and below
            and not _KICKER.search(text)
            and below[0].casefold() not in text.casefold()  # "Home News <headline>", then it
            and _is_deck(below[0], feats, lines, i, vocabulary)
        ):
            score += DECK_BONUS
            deck_of[_next_index(lines, i)] = i
        # Few headlines hold a full stop, captions do (not over a byline).
        if _INNER_STOP.search(lines[i].text) and not over:
            score -= 0.5
        scores[i] = score
        if score > best_score:
            best, best_score = i, score
    if best is None:
        return _nearest_headline(lines, feats, first, low, vocabulary)
    # The headline stands above its deck and above its byline or dateline: a line under a
    # headline's byline is the article's (a subhead, a result line), and a deck is never the
    # headline of the headline above it.
    if best in deck_of and feats[best].words > feats[deck_of[best]].words:
        best = deck_of[best]  # (a deck says more than its headline; a teaser above may not)
    over = [i for i, at in bylines.items() if at < best and scores[i] > 0]
    if over:
        best = max(over)  # the nearest above its byline (a teaser may stand higher up)
    return best


def _next_index(lines: list[Line], i: int) -> int:
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j


def _two_sentences(text: str) -> bool:
    """Two sentences ("… in 34 states. Here's what …"): a headline of that shape may end with a
    stop; a one-sentence caption over the byline may not ("Firefighters battle the fire.")."""
    return _INNER_STOP.search(text) is not None


def _over_byline(lines: list[Line], i: int, first: int) -> bool:
    """The next line under line `i` is a byline ("By …", the authors' names) or a dateline:
    line `i` is the headline, even one that ends with a full stop ("Child care costs more
    than rent. Here's what states can do.") as some sites write them."""
    j = _next_index(lines, i)
    if j >= first:
        return False
    text = lines[j].text.strip()
    return bool(
        _BYLINE.match(text)
        or _DATELINE.match(text)
        or (_NAMES.fullmatch(text) and _not_headline(text))
    )


def _byline_line(lines: list[Line], i: int, first: int) -> int:
    """The index of the byline or dateline within `BYLINE_REACH` lines under line `i`."""
    seen = 0
    for j in range(i + 1, first):
        if lines[j].text.strip():
            if _BYLINE.match(lines[j].text.strip()):
                return j
            seen += 1
            if seen >= BYLINE_REACH:
                break
    return first


BYLINE_REACH = 4  # lines under a headline in which its byline or dateline stands
BYLINE_BONUS = 0.5
DECK_BONUS = 0.4
DECK_MIN_WORDS = 6  # a headline above its deck; not a section label ("Ministry of Water")
_CREDIT_OWNER = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Illustration|Credit)s?\s*(?::|by)\s*[^/]{1,60}/\s*"
    r"(?P<owner>[A-Z][^/()]{2,60}?)\s*\)?\s*$"
)
# A kicker or a label, never a headline over its deck: "POLICY BRIEF No. 47 | EDUCATION".
_KICKER = re.compile(r"\s[|•·]\s|^[^a-z]*$")
_BYLINE = re.compile(
    r"(?:[Bb]y|BY|Von|Par|Por)\s+[A-Z]"
    r"|(?:Published|Updated|Posted|First\s+published|Last\s+updated)\b[:\s]"
)


LIST_WORDS = 8  # a list's items are short lines, one after another


def _list_item(lines: list[Line], feats: list[Features], i: int) -> bool:
    """A short line between two short lines, no blank line between them: an item of a list
    ("Pros", "Cons", a spec sheet), never the headline."""
    line = lines[i]
    if feats[i].words > LIST_WORDS or not 0 < line.run_pos < line.run_len - 1:
        return False  # not inside a run of lines (the first or last of one, or alone)
    neighbours = (lines[i - 1].text, lines[i + 1].text)
    return all(len(t.split()) <= LIST_WORDS for t in neighbours)


def _next_lines(lines: list[Line], i: int, first: int, n: int) -> list[str]:
    """The texts of up to `n` non-blank lines after line `i`, above the body's first line."""
    out = []
    for j in range(i + 1, first):
        text = lines[j].text.strip()
        if text:
            out.append(text)
            if len(out) >= n:
                break
    return out


def _is_deck(text: str, feats: list[Features], lines: list[Line], i: int, vocabulary) -> bool:
    """The line right under a candidate is a deck: headline-shaped, about the body."""
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    if j >= len(lines) or lines[j].text.strip() != text:
        return False
    f = feats[j]
    return (
        MIN_WORDS <= f.words <= MAX_WORDS
        and not _BYLINE.match(text)
        and shared_words(text, vocabulary) >= MIN_SHARED
    )


def _nearest_headline(
    lines: list[Line], feats: list[Features], first: int, low: int, vocabulary: dict[str, float]
) -> int | None:
    """Failing a title that shares enough words with the body (a body cut short by a paywall,
    a two-paragraph post), the nearest standalone title-shaped line just above it that shares
    any content word with it, four words at least (a headline above a paywalled teaser, not
    the menu label above it)."""
    distance = -1
    for i in range(first - 1, low - 1, -1):
        text = lines[i].text
        if furniture(text, TAIL) is not None:
            continue
        distance += 1
        if distance >= NEAR:
            return None
        f = feats[i]
        shaped = (
            f.standalone
            and is_title_shaped(text, f)
            and not _GLUED_STOP.search(text)
            and not _not_headline(text)
        )
        if shaped and f.words >= NEAR_MIN_WORDS and shared_words(text, vocabulary) > 0:
            return i
    return None
