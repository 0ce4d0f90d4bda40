"""The header's dateline and byline (brief.extract.byline): each heuristic alone, the window
around the title, hostile and tricky lines, and the merge with the sidecar in the pipeline.

Names here are made up; the corpus check is `test_corpus_headers_are_read_without_mistakes`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from brief.clean import clean
from brief.extract.byline import (
    Byline,
    byline_authors,
    byline_of,
    find_byline,
    find_dates,
    is_name,
    kept_lines,
    numeric_orders,
    published_in,
    reads_as_prose,
    title_case,
    url_date,
)
from brief.model import Block, Cleaned
from brief.pipeline import convert_path
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import CORPUS, SEED

# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("July 2, 2018", "2018-07-02"),
        ("Nov. 20, 2019 5:52 AM EST", "2019-11-20"),
        ("NOVEMBER 20, 2019 10:43", "2019-11-20"),
        ("November 20th, 2019 - 07:50 GMT", "2019-11-20"),
        ("- Nov. 18th 2019 8:54 am PT", "2019-11-18"),
        ("Nov 20 2019, 11:06am ist", "2019-11-20"),
        ("Published Wed, Nov 20 20194:29 AM EST", "2019-11-20"),  # time glued to the year
        ("20 November 2019", "2019-11-20"),
        ("November 20 15:23 2019", "2019-11-20"),  # the time between day and year
        ("19 NOV 2019", "2019-11-19"),
        ("Wednesday 20 November 2019 9:22 am", "2019-11-20"),
        ("02 Ago 2017", "2017-08-02"),
        ("20. März 2019", "2019-03-20"),
        ("20 de noviembre de 2019", "2019-11-20"),
        ("2019-11-20", "2019-11-20"),
        ("By Jane Roe - Contributor 2019-11-19T12:48:14Z", "2019-11-19"),
        ("2019.11.20", "2019-11-20"),
        ("2019年11月20日", "2019-11-20"),
        ("2019년 11월 20일", "2019-11-20"),
        ("11.14.2019 09:00 AM", "2019-11-14"),  # 14 cannot be a month: month first
        ("13.11.2019, 23:06", "2019-11-13"),  # 13 cannot be a month: day first
        ("Jane Roe 27/09/2018 Comente!", "2018-09-27"),
        ("05.05.2019", "2019-05-05"),  # same either way
    ],
)
def test_full_dates_in_common_formats(line, iso):
    assert published_in(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "March 2010 April 2010 May 2010 June 2010",  # an archive calendar: no day
        "September 2018",
        "11/12/19 4:40PM",  # two-digit year
        "Published 22 hours ago",
        "Monday 5:30PM",
        "Nov 18",  # no year
        "February 30, 2019",  # no such day
        "14.14.2019",
        "Version 1.12.2019.3",
        "Call 20-11-20195",
        "11.12.2019",  # day and month both 12 or less, and nothing settles the order
    ],
)
def test_partial_impossible_or_ambiguous_dates_are_not_taken(line):
    assert published_in(line) is None


def test_the_page_settles_the_order_of_ambiguous_numeric_dates():
    assert numeric_orders("11.14.2019 and 11.12.2019") == {".": "mdy"}
    assert numeric_orders("13/11/2019") == {"/": "dmy"}
    assert published_in("11.12.2019", {".": "mdy"}) == "2019-11-12"
    assert published_in("11.12.2019", {".": "dmy"}) == "2019-12-11"
    assert published_in("11.12.2019", {"/": "mdy"}) is None  # another separator: no evidence
    # Conflicting evidence settles nothing.
    assert numeric_orders("11.14.2019 13.11.2019") == {}


def test_update_dates_are_not_the_publication_date():
    assert published_in("Updated 3:27 am PST, Wednesday, November 20, 2019") is None
    assert published_in("Last Updated : Nov 20, 2019 01:41 PM IST") is None
    line = "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 18, 2019 8:02 am ET"
    assert published_in(line) == "2019-11-18"
    line = "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 21, 2019"
    assert published_in(line) == "2019-11-19"
    line = "Nov 18, 2019 @17:19 PM · Updated: Nov 19, 2019 @17:26 PM"
    assert published_in(line) == "2019-11-18"


def test_dates_inside_sentences_are_not_datelines():
    sentence = "The committee met on Nov. 19, 2019 to discuss the budget for next year."
    assert published_in(sentence) is None
    caption = (
        "A candidate speaks during a fundraiser for the state party, Sunday, Nov. 17, 2019, in "
        "a city hall."
    )
    assert published_in(caption) is None
    assert published_in("x" * 300 + " July 2, 2018") is None
    assert reads_as_prose("word " * 30)
    assert not reads_as_prose("Posted by Jane Roe on November 19, 2019, 6:21 AM EST")


def test_dates_are_found_in_reading_order_with_their_labels():
    found = find_dates("Updated July 3, 2018 / July 2, 2018")
    assert [(d.iso, d.updated) for d in found] == [("2018-07-03", True), ("2018-07-02", False)]


# --- authors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("by Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and Juan de la Cruz", ["Jane Roe", "Juan de la Cruz"]),
        ("By Ann Lee, Bo Park, Cy Young", ["Ann Lee", "Bo Park", "Cy Young"]),
        ("By ANN LEE, MARY ANN COLE and BO PARK", ["Ann Lee", "Mary Ann Cole", "Bo Park"]),
        # An organisation after ALL-CAPS names: the change of case separates it.
        ("By ANN LEE and BO PARK Associated Press", ["Ann Lee", "Bo Park"]),
        ("By Jane Roe November 19, 2019, 07:47 PM EST", ["Jane Roe"]),
        ("Posted by Jane Roe on November 19, 2019, 6:21 AM EST", ["Jane Roe"]),
        ("Written by Jane Roe, MS, RD on November 14, 2019", ["Jane Roe"]),
        ("By Jane Roe | Daily Example", ["Jane Roe"]),
        ("September 10, 2018 | by Jane Roe", ["Jane Roe"]),
        ("By Jane Roe - Example Science Contributor 2019-11-19T12:48:14Z Space", ["Jane Roe"]),
        ("By Jane RoeStaff Writer", ["Jane Roe"]),  # role glued to the name
        ("By Jane Roe, Staff Writer", ["Jane Roe"]),
        ("By Jane Roe Jane Roe", ["Jane Roe"]),  # link text and label
        ("By Jane Roe jroe@example.com(509) 555-0100", ["Jane Roe"]),
        ("By Martin Lee King, Jr.", ["Martin Lee King, Jr."]),
        ("By Ludwig van Roe", ["Ludwig van Roe"]),
        ("By José Ñúñez-García", ["José Ñúñez-García"]),
    ],
)
def test_explicit_bylines(line, authors):
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By the way, the committee never met again.",
        "By 2030, the city plans to double its budget.",
        "By Tuesday, officials had left.",
        "Standby",
        "Jane Roe",  # no "By": not an explicit byline
        "Jane Roe, AP National Political Writer",
        "By",  # alone, with no name after it
        "By <script>alert(1)</script>",
        "By [A](javascript:alert(1))",
        "",
    ],
)
def test_lines_that_are_not_bylines(line):
    assert byline_authors(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "By HNN Staff | November 18, 2019 at 2:26 PM HST",
        "By EXAMPLE POST STAFF",
        "by Example Post News Weekly 0 Comments",
        "By Jane Roe Associated Press",  # organisation not clearly separate
        "by Jane",  # a single name cannot be cited
        "By Jane Roe and Reuters",
        "By Jane Roe and the Example Team",
    ],
)
def test_bylines_read_without_confidence_give_no_author(line):
    assert byline_authors(line) == []


def test_a_byline_split_over_two_lines():
    assert byline_authors("By", "Jane Roe") == ["Jane Roe"]
    assert (
        byline_authors("By", "By the end of the year, prices had risen sharply for everyone.")
        is None
    )


def test_name_shape_and_title_case():
    assert is_name(["Jane", "Roe"]) and is_name(["Juan", "de", "la", "Cruz"])
    assert not is_name(["Jane"]) and not is_name(["Jane", "roe"])
    assert not is_name(["Jane", "Roe2"]) and not is_name(["News", "Desk"])
    assert not is_name("A B C D E F".split())
    assert title_case("MARY O'NEIL-SMITH") == "Mary O'Neil-Smith"
    assert title_case("Mary McCoy") == "Mary McCoy"  # printed case kept
    assert title_case("JOHN MCCOY") == "John McCoy" and title_case("MACK MACY") == "Mack Macy"


# --- the header window ---------------------------------------------------------------------

PARA = "The example agency reviewed the regional budget in a detailed annual report."


def _byline(texts: list[str], title: int | None, first: int, kept: set[int] | None = None):
    kept = kept if kept is not None else {i for i in range(first, len(texts))}
    if title is not None:
        kept.add(title)
    return find_byline(texts, title, first, kept)


def test_dateline_and_byline_between_title_and_article():
    texts = ["Menu", "Home", "Budget review", "By Jane Roe", "July 2, 2018", PARA, PARA]
    assert _byline(texts, 2, 5) == Byline("2018-07-02", ("Jane Roe",))


def test_a_dateline_set_on_two_lines_is_read_as_one():
    texts = ["Menu", "Budget review", "November 20", "15:23 2019", "By Jane Roe", PARA, PARA]
    assert _byline(texts, 1, 5) == Byline("2019-11-20", ("Jane Roe",))


def test_archive_calendar_above_the_title_is_not_a_date():
    calendar = ["March 2010 April 2010 May 2010", "August 2010", "1 2 3 4 5 6 7 8 9 10"]
    calendar += [str(n) for n in range(11, 32)] + ["News Every Day |"]
    texts = [*calendar, "Budget review", PARA, PARA]
    title = len(calendar)
    assert _byline(texts, title, title + 1) == Byline()


def test_dated_list_above_the_title_is_not_a_date():
    texts = ["Other story", "November 1, 2019", "Another story", "November 2, 2019"]
    texts += ["Budget review", PARA]
    assert _byline(texts, 4, 5) == Byline()
    texts = ["Other story", "By Ann Lee", "Another story", "By Bo Park", "Budget review", PARA]
    assert _byline(texts, 4, 5) == Byline()


def test_a_lone_dateline_just_above_the_title_is_taken():
    texts = ["Menu", "Sport", "October 9, 2018 at 4:02 pm", "Tweet", "Budget review", PARA]
    assert _byline(texts, 4, 5).published == "2018-10-09"
    far = ["October 9, 2018", "Menu", "Sport", "Opinion", "Tweet", "Budget review", PARA]
    assert _byline(far, 5, 6).published is None  # more than ABOVE lines above


def test_header_below_the_title_wins_over_above():
    texts = ["June 1, 2018", "Budget review", "July 2, 2018", PARA]
    assert _byline(texts, 1, 3).published == "2018-07-02"


def test_article_text_is_never_read():
    texts = ["Budget review", PARA, "By the way, Jane Roe said on July 4, 2019 that it was late."]
    texts += ["By Jane Roe", "July 4, 2019", PARA]  # kept as article text
    assert _byline(texts, 0, 1) == Byline()


def test_lines_just_after_the_first_paragraph_that_are_not_article_text():
    texts = ["Budget review", PARA, "By Jane Roe | Updated : 19 November 2019", "July 2, 2018"]
    texts += [PARA]
    assert _byline(texts, 0, 1, kept={1, 4}) == Byline("2018-07-02", ("Jane Roe",))
    far = ["Budget review", PARA, "Share", "Tweet", "Email", "July 2, 2018", PARA]
    assert _byline(far, 0, 1, kept={1, 6}).published is None


def test_without_a_title_the_lines_above_the_article_are_read():
    texts = ["Menu", "By", "Jane Roe", "Nov. 18, 2019 7:04 pm ET", PARA]
    assert _byline(texts, None, 4) == Byline("2019-11-18", ("Jane Roe",))


def test_first_byline_decides_even_when_unsure():
    texts = ["Budget review", "By Example Staff", "By Jane Roe", PARA]
    assert _byline(texts, 0, 3).authors == ()


def test_lines_of_a_hard_wrapped_paragraph_are_article_text():
    text = "Budget review\nThe agency met on\nJuly 4, 2019.\n\n" + PARA + "\n"
    blocks = [
        Block(kind="title", text="Budget review", line=1),
        Block(kind="paragraph", text="The agency met on July 4, 2019.", line=2),
        Block(kind="paragraph", text=PARA, line=5),
    ]
    cleaned = Cleaned(blocks=blocks, lines_total=4, lines_dropped=0)
    assert byline_of(text, cleaned) == Byline()
    assert kept_lines(["a", "b c", "c", "d"], [(1, "b c")]) == {1, 2}


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(
    texts=st.lists(st.text(max_size=80), min_size=0, max_size=12),
    title=st.one_of(st.none(), st.integers(-3, 14)),
    first=st.integers(-3, 14),
)
def test_any_lines_give_a_byline_without_crashing(texts, title, first):
    found = find_byline(texts, title, first, set())
    assert found.published is None or len(found.published) == 10
    assert all(isinstance(a, str) and a for a in found.authors)


# --- the seed, the corpus and the pipeline ---------------------------------------------------


def test_the_seed_dump_states_no_date_or_author(seed_text):
    # Its top is an archive calendar of month names; none of it is a date of publication.
    assert byline_of(seed_text, clean(seed_text)) == Byline()


# What the corpus pages' headers state (checked by hand against each dump); pages not listed
# state neither near their title, state them in a way read as unsure, or only an update date.
CORPUS_HEADERS = {
    "000": ("2019-11-18", ()),
    "003": ("2019-11-19", ("Meg James",)),
    "010": ("2019-11-14", ()),
    "020": ("2018-07-02", ()),
    "022": ("2019-11-20", ()),  # "November 20" / "15:23 2019": one dateline on two lines
    "027": (None, ("Ana Swanson",)),  # no date near the title (only "© 2019" in the footer)
    "028": ("2019-11-19", ()),  # under the headline, above sixty share buttons
    "025": ("2019-11-18", ("Mike Wuerthele", "Malcolm Owen")),
    "033": ("2019-11-20", ("Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker")),
    "039": ("2019-11-20", ()),  # "Updated ..." only: the update day, the nearest date stated
    "042": ("2019-11-19", ("Megan Rowe",)),
    "049": ("2019-11-20", ()),  # "By JERUSALEM POST STAFF" is no person
    "051": ("2019-11-14", ("Rachael Link",)),
    "052": ("2019-11-18", ("Brigit Katz",)),
    "059": ("2019-11-19", ("Al Root",)),
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
@pytest.mark.parametrize("number", sorted(CORPUS_HEADERS))
def test_corpus_headers_are_read_without_mistakes(number):
    page = next(CORPUS.glob(f"{number}_*.txt"))
    text = page.read_text(encoding="utf-8")
    published, authors = CORPUS_HEADERS[number]
    assert byline_of(text, clean(text)) == Byline(published, authors)


HEADER_SEED = "\n".join(
    [
        "Home",
        "Opinion",
        "",
        "The regional budget review and the agency report",
        "By Jane Roe and Juan Pérez",
        "July 2, 2018",
        "",
        "The regional budget review was published by the agency in a detailed annual report "
        "that examined every district. It questioned how the budget was measured.",
        "",
        "The agency report described the regional review as uneven. Inspectors documented "
        "the budget office and the survey program across several districts.",
        "",
        "The review supported a separate formal program for the report, and the board "
        "expanded it in the following months.",
        "",
    ]
)


def _convert(tmp_path: Path, sidecar: str | None):
    seed = tmp_path / "001_header.txt"
    seed.write_text(HEADER_SEED, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / "001_header.yml").write_text(sidecar, encoding="utf-8")
    return convert_path(seed).source


def test_pipeline_fills_missing_metadata_from_the_dump(tmp_path):
    source = _convert(tmp_path, None)
    assert source.authors == ["Jane Roe", "Juan Pérez"]
    assert source.published == "2018-07-02"


def test_pipeline_sidecar_wins_field_by_field(tmp_path):
    source = _convert(tmp_path, "authors: [Ann Lee]\npublished: 2018-07-01\n")
    assert (source.authors, source.published) == (["Ann Lee"], "2018-07-01")
    source = _convert(tmp_path, "published: 2018-07-01\n")
    assert (source.authors, source.published) == (["Jane Roe", "Juan Pérez"], "2018-07-01")
    source = _convert(tmp_path, "authors: Ann Lee\n")
    assert (source.authors, source.published) == (["Ann Lee"], "2018-07-02")


def test_the_seed_keeps_its_sidecar_metadata():
    source = json.loads(convert_path(SEED).source.model_dump_json())
    assert source["authors"] == ["Andrew Byers", "Kelsey Warner"]
    assert source["published"] == "2024-10-22"


def _header(lines: list[str], title: int, first: int, last: int) -> Byline:
    kept = set(range(first, last + 1)) | {title}
    return find_byline(lines, title, first, kept, last)


def test_a_labelled_dateline_after_the_article_dates_it():
    """Some pages print "First Published: …" under the article, not in its header."""
    lines = [
        "Menu",
        "The headline of it",
        "Para one.",
        "Para two.",
        "Share",
        "Published: Nov. 19, 2019, 6:18 p.m.",
    ]
    assert _header(lines, 1, 2, 3).published == "2019-11-19"


def test_an_update_date_is_the_fallback_when_no_first_publication_is_stated():
    lines = [
        "Menu",
        "The headline of it",
        "Updated 3:27 am PST, Wednesday, November 20, 2019",
        "Para one.",
        "Para two.",
    ]
    assert _header(lines, 1, 3, 4).published == "2019-11-20"
    first = ["Updated Nov. 20, 2019", "The headline of it", "Posted Nov. 18, 2019", "Para one."]
    assert _header(first, 1, 3, 3).published == "2019-11-18"


FOOTER = ["Contact", "© 2019 Example Media, LLC. All rights reserved."]


@pytest.mark.parametrize(
    ("header", "footer", "iso"),
    [
        (["By Jane Roe", "Nov 18"], FOOTER, "2019-11-18"),
        (["Jane Roe • 18 November, 5:30 PM"], FOOTER, "2019-11-18"),
        (["Nov. 18"], ["Copyright 2005–2019 Example Media"], "2019-11-18"),
        # no copyright line, or two that disagree: the year is not stated
        (["By Jane Roe", "Nov 18"], ["Contact"], None),
        (["Nov 18"], ["© 2018 Example", "© 2019 Other"], None),
        # two yearless dates, prose, a word that is no month: no dateline
        (["Nov 18", "Nov 19"], FOOTER, None),
        (["The council met on Nov 18 to review the plans for the new bridge."], FOOTER, None),
        (["Sold out 3"], FOOTER, None),
        (["Feb 30"], FOOTER, None),
    ],
)
def test_a_dateline_without_a_year_takes_the_copyright_year(header, footer, iso):
    """Sites print the current year's dates without the year ("Nov 18"); the page's copyright
    line states that year. Without one year stated there, no date is taken."""
    lines = ["The headline of it", *header, "Para one of 2019.", "Para two.", *footer]
    first = 1 + len(header)
    assert _header(lines, 0, first, first + 1).published == iso


def test_a_yearless_dateline_needs_the_article_to_name_the_copyright_year():
    """A footer prints the year the page was made, perhaps years after the article: the
    article must name that year (or the one before or after) for a yearless dateline to take
    it; an update date is skipped, with or without its year; a labelled date is no dateline."""
    lines = ["The headline of it", "Nov 18", "Para one of 2012.", "Para two.", *FOOTER]
    assert _header(lines, 0, 2, 3).published is None
    updated = ["The headline of it", "Updated Nov 18", "Para one of 2019.", "Para two.", *FOOTER]
    assert _header(updated, 0, 2, 3).published is None
    event = ["The headline of it", "Event: Nov 18", "Para one of 2019.", "Para two.", *FOOTER]
    assert _header(event, 0, 2, 3).published is None


def test_a_full_dateline_wins_over_a_yearless_one():
    lines = ["The headline of it", "Nov 18", "July 2, 2018", "Para one.", *FOOTER]
    assert _header(lines, 0, 3, 3).published == "2018-07-02"


def test_an_unlabelled_date_far_from_the_header_is_not_taken():
    lines = ["The headline of it", "Para one.", "Para two.", "Related", "More", "20 November 2019"]
    assert _header(lines, 0, 1, 2).published is None


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://example.org/news/2019/11/18/some-story/", "2019-11-18"),
        ("https://example.org/2019/11/18/some-story.html", "2019-11-18"),
        ("https://example.org/news/2019-11-18-some-story", "2019-11-18"),
        ("https://example.org/a/20191118/story", "2019-11-18"),
        ("https://example.org/2019/11/18", "2019-11-18"),
        # month and year alone, the host, the query or an impossible day say nothing
        ("https://example.org/2019/11/some-story", None),
        ("https://2019.11.18.example.org/story", None),
        ("https://example.org/story?d=2019/11/18", None),
        ("https://example.org/2019/02/30/story", None),
        ("https://example.org/id/120191118999/story", None),
        ("", None),
        (None, None),
    ],
)
def test_the_day_a_url_files_an_article_under(url, iso):
    assert url_date(url) == iso


def test_a_sidecar_url_dates_a_dump_without_a_dateline(tmp_path):
    """The URL is the last resort: the dump's own dateline, when it has one, wins."""
    body = "An undated headline\n\n" + "\n\n".join(
        f"Paragraph {n} of the article says something plain and long enough to be kept."
        for n in range(4)
    )
    seed = tmp_path / "001_undated.txt"
    seed.write_text(body, encoding="utf-8")
    (tmp_path / "001_undated.yml").write_text(
        "url: https://example.org/news/2021/03/09/undated-headline/\n", encoding="utf-8"
    )
    assert str(convert_path(seed).source.published) == "2021-03-09"
    dated = "An undated headline\nPublished: March 1, 2021\n" + body.split("\n", 1)[1]
    seed.write_text(dated, encoding="utf-8")
    assert str(convert_path(seed).source.published) == "2021-03-01"
    # a dateline without a year is dated by the copyright line, but the address's day wins
    yearless = (
        "An undated headline\nMarch 1\n"
        + body.split("\n", 1)[1]
        + "\n\nThe program began in 2021 and runs in every county of the state.\n\n© 2021 Ex"
    )
    seed.write_text(yearless, encoding="utf-8")
    assert str(convert_path(seed).source.published) == "2021-03-09"
    (tmp_path / "001_undated.yml").unlink()
    assert str(convert_path(seed).source.published) == "2021-03-01"


def test_a_press_release_is_dated_by_the_line_under_its_release_label():
    """Page 212: "FOR IMMEDIATE RELEASE" over the date, contact lines between it and the
    headline; the same date in a teaser list far above stays unread."""
    texts = [
        "Menu",
        "News Releases",
        "FOR IMMEDIATE RELEASE",
        "November 14, 2025",
        "Contact: Media Team",
        "608-555-0193",
        "media@example.gov",
        "Agency investigates outbreak",
        PARA,
        PARA,
    ]
    assert _byline(texts, 7, 8).published == "2025-11-14"
    texts[2] = "Related stories"
    assert _byline(texts, 7, 8).published is None


def test_a_release_dated_over_its_label_is_dated_so():
    """Found on a blind page (226): a WHO release prints "13 November 2025" over "News
    release", then the place and the reading time, then the headline; two labels above the
    headline (a list of releases) date nothing."""
    texts = [
        "Home / Newsroom / News / item / Agency investigates outbreak",
        "13 November 2025",
        "News release",
        "Geneva",
        "Reading time: 4 min (1063 words)",
        "Agency investigates outbreak",
        PARA,
        PARA,
    ]
    assert _byline(texts, 5, 6).published == "2025-11-13"
    texts[0] = "Press release"
    assert _byline(texts, 5, 6).published is None
    # review: a teaser's date over its label, its headline under it, dates nothing; a line
    # that says it is the publication date wins over a stack read above the headline
    teaser = [
        "Latest",
        "9 October 2025",
        "News release",
        "Ministers agree new funding for rural clinics across the region",
        "Read more",
        "Share",
        "Agency investigates outbreak",
        PARA,
        PARA,
    ]
    assert _byline(teaser, 6, 7).published is None
    texts = [*teaser, "Published: 14 October 2025"]
    assert _byline(texts, 6, 7, kept={7, 8}).published == "2025-10-14"


def test_a_caption_near_the_headline_dates_no_article():
    """Blind page 239: a gallery caption under the headline ("2 of 6 | Smoke … Sunday, Sept.
    14, 2025. (AP Photo/…)") is the day the photo was taken; the update line dates the page."""
    texts = [
        "Wildfire forces evacuations",
        "Updated 8:52 PM PDT, September 16, 2025",
        "2 of 6 | Smoke rises over Detroit Lake, Ore., Sunday, Sept. 14, 2025. (AP Photo/Jo Roe)",
        PARA,
        PARA,
    ]
    assert _byline(texts, 0, 3).published == "2025-09-16"


def test_a_numeric_first_publication_date_is_read_the_way_its_update_allows():
    """Blind page 241: "Updated: May 3, 2026" in the header, "First published on: 02-05-2026"
    under the article: 2 May (a day before the update), not 5 February."""
    texts = ["Result declared", "Guwahati | Updated: May 3, 2026 06:10 IST", PARA, PARA]
    texts += ["First published on: 02-05-2026 at 22:35 IST"]
    assert _byline(texts, 0, 2, kept={2, 3}).published == "2026-05-02"
    texts[1] = "Guwahati"
    assert _byline(texts, 0, 2, kept={2, 3}).published is None  # (no order to settle it)


def test_a_list_of_releases_after_the_article_dates_nothing():
    """Found in review: "Press release" / "3 October 2025" in a related list below an undated
    article is another release's date."""
    texts = [
        "Menu",
        "Council news",
        "Council opens new library",
        PARA,
        PARA,
        "Related news",
        "Press release",
        "3 October 2025",
        "Council approves budget",
    ]
    assert _byline(texts, 2, 3, kept={3, 4}).published is None
