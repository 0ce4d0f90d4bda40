"""A page's comment thread is not its article (issue 12, item 5): the rule as a table of
lines, and the cleaner on an article with a thread longer than itself."""

from __future__ import annotations

import pytest
from brief.clean import clean
from brief.clean.comments import is_comment_start

OPENS = [
    ("Ana Ruiz on September 12, 2018 at 4:47 pm said:", ""),
    ("Catherine (Staff) on March 3, 2021 at 10:07 am said:", ""),
    ("j.smith says:", "September 17, 2018 at 6:34 am"),
    ("thelastfan says:", "2 days ago"),
    ("Pat wrote:", "12/04/2019 09:15"),
    ("34 responses to “Why the vote failed”", ""),
    ('12 thoughts on "A budget for the coast"', ""),
]
NOT_OPENS = [
    ("In a statement, the ministry said:", ""),  # an article's quotation follows
    ("Trump said:", "“We will win.”"),  # no time stamp after it
    ("The report, published on 4 May 2019, said:", "“Costs rose.”"),
    ("10 Comments", ""),  # a link to the thread, often at the top of a page
    ("Posted in Open thread | Permalink | 10 Comments", ""),
    ("Leave a comment", ""),
    ("A police statement issued at 11:30 a.m. said:", ""),  # time stamps in an article's lead-in
    ("The statement released at 9:00 pm said:", ""),
    ("The minister wrote:", "We will meet again in 2024."),
    ("The notice said:", "Closed until 3 June 2020."),
    ("Officials said the count, taken at 4:30 pm on Monday, was final.", ""),
]


@pytest.mark.parametrize(("line", "following"), OPENS)
def test_comment_headers_open_the_thread(line, following):
    assert is_comment_start(line, following)


@pytest.mark.parametrize(("line", "following"), NOT_OPENS)
def test_article_lines_do_not(line, following):
    assert not is_comment_start(line, following)


def test_a_thread_longer_than_the_article_is_left_out():
    article = (
        "The council voted on Tuesday to close the old harbour bridge to trucks after engineers "
        "found cracks in two of its piers. The closure will last at least six months, the "
        "council said, while the piers are repaired and the deck is inspected."
    )
    comment = (
        "I drive across that bridge every day and I have been saying for years that the piers "
        "looked terrible, with rust stains running down them and chunks of concrete missing. "
        "It is about time somebody listened, although six months seems optimistic to me."
    )
    thread = "\n\n".join(
        f"Reader {n} on September {n}, 2018 at {n}:15 pm said:\n\n{comment} ({n})"
        for n in range(1, 9)
    )
    dump = f"Home\nNews\nSport\n\nBridge closed to trucks\n\n{article}\n\nComments\n\n{thread}\n"
    body = [b.text for b in clean(dump).blocks if b.kind != "title"]
    assert body == [article]
