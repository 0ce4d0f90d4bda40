"""Page furniture that sits inside the article's stretch: photo captions with their credit,
calls to subscribe or follow, and at the article's end the author's bio and the reporting
credits. Each is a rule of how web pages are written, not of one site: a caption ends with its
credit in brackets, a promotion addresses the reader with a newsletter, an app or a channel,
a bio names a writer's trade. Prose that merely mentions these things is longer, or does not
open or end the way they do.
"""

from __future__ import annotations

import re

CAPTION = "a photo caption or credit"
PROMOTION = "a call to subscribe, follow or download"
BIO = "the author's bio or the reporting credits"
LEGAL = "the publisher's copyright line or disclaimer"
LINK = "a link to another story"

# "(Photo by Kevin Mazur/Getty Images)", "(Image credit: NASA)", "(AP Photo/Jane Doe)" closing
# the block, or a block opening "Photo: …".
# A credit in brackets that says it is one, closing the block: "(Photo by Kevin Mazur/Getty
# Images)", "(Image credit: NASA)", "(AP Photo/Jane Doe)"; a parenthesis that only mentions
# credit ("(the third cut to consumer credit costs)") is prose.
_CREDIT_END = re.compile(
    r"\((?:(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,3})?(?:photos?|images?|pictures?|photographs?|illustrations?)"
    r"(?:\s+credit)?"
    r"\s*(?::|by\b|/|courtesy\b)[^()]{1,120}\)\s*$"
    r"|\((?:credits?\s*:|courtesy\b)[^()]{1,120}\)\s*$"
    r"|\((?:file|screenshot|handout|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\)\s*$"
    # "… Nov. 19, 2019. (Jane Roe/AP)": a photographer and an agency close the block
    r"|[.!?]\s*\([A-Z][\w.'’ -]{1,60}/[A-Z][\w.&' -]{1,40}\)\s*$"
    # spaced around the slash, a person's name first: "(Theo Roe / Daily Herald)", not a poll's
    # "(NPR / Marist)"
    r"|[.!?]\s*\([A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?\s/\s"
    r"[A-Z][\w.&' -]{1,40}\)\s*$",
    re.IGNORECASE,
)
_CREDIT_START = re.compile(
    r"^(?:photos?|images?|pictures?|photographs?|illustrations?)(?:\s+credit)?\s*:"
    # a wire photo's archive caption: "FILE - Jane Roe leaves the courthouse …"
    r"|^(?-i:FILE)\s*[-–—]\s+(?-i:[A-Z])"
    # a gallery's counter before its caption: "Item 1 of 2 Passengers queue …", "[1/2] …"
    r"|^(?:item|image|photo|picture|slide)\s+\d{1,2}\s+of\s+\d{1,2}\s+(?-i:[A-Z])"
    r"|^\[\d{1,2}/\d{1,2}\]\s*(?-i:[A-Z])",
    re.I,
)
# "… last week.Credit...Anna Roe/The Daily", "… Credit: Jane Roe/Agency": the label written
# capitalised, a name after it; "…. Photograph by Jane Roe" ending the block.
_CREDIT_LABEL = re.compile(
    r"(?:^|[\s.…])(?:Photo\s+|Image\s+)?Credits?\s*(?::|\.{2,}|…)\s*[A-Z][^.!?]{0,80}$"
    r"|[.!?]\s*(?:Photo(?:graph)?s?|Images?|Illustrations?)\s+(?:by|courtesy\s+of)\s+"
    r"[A-Z][^.!?]{0,80}$"
    # "… reached up to 3 meters. —PHOTO COURTESY OF ISABELA PDRRMO", "—PHOTO BY JANE ROE"
    r"|[.!?]\s*[—–-]\s*(?:PHOTO(?:GRAPH)?S?|IMAGES?)\s+(?:BY|COURTESY\s+OF)\s+[A-Z][^.!?a-z]{0,80}$"
    # "… on 9 April 2025. Photo: Daniel Roe / Relief Agency"
    r"|[.!?]\s*(?:Photo(?:graph)?s?|Images?|Pictures?)\s*:\s*[A-Z][^.!?]{0,80}$"
    # "… on Dec. 3, 1986. Courier file photo", "… Staff photo"
    r"|[.!?]\s*(?:[A-Z][\w&.'’-]*\s+){0,3}(?:[Ff]ile|[Ss]taff|[Hh]andout)\s+(?:photo|image)s?\s*$"
    # "… in Adré, Chad, on 8 November 2025. © WHO / Bruno Ndjeng": a photo's credit, its owner
    # and photographer (not "… gave no date. © 2025 AFP": a wire text's own notice)
    r"|[.!?]\s*©\s*(?:(?:19|20)\d\d\s+)?[A-Z][^.!?/]{0,40}/\s*[A-Z][^.!?]{0,60}$"
)
# "… during his trial in June. Brent Oyler/The Carrick Courier": a photographer (or an agency)
# of two or three capitalised words, a slash and the outlet, closing the block
_SLASH_CREDIT = re.compile(
    r"[.!?]\s+(?:[A-Z][\w.'’-]+\s+){1,2}[A-Z][\w.'’-]+\s?/\s?[A-Z][^.!?]{1,80}$"
)
# A wire photo's caption says what it shows "in this (file) photo": "…, in this file photo
# taken June 12, 2023.", "…, is seen in this undated handout picture."
_THIS_PHOTO = re.compile(
    r"\bin\s+this\s+(?:(?:undated|file|handout|recent|illustration|aerial|archive)\s+){0,3}"
    r"(?:photo(?:graph)?|picture|image|illustration)"
    # what a caption says next: when or by whom it was taken, or its end ("the woman in this
    # photo used the card" is the article's own sentence)
    r"(?=\s*(?:taken|released|dated|provided|obtained|made|from|shot|[.,;]|$))",
    re.IGNORECASE,
)
CAPTION_CHARS = 400  # a caption is a sentence or two and its credit
_CREDIT_WORDS = (
    "PHOTO",
    "Credit",
    "Photo",
    "Image",
    "Illustration",
    "Picture",
    "photo",
    "image",
    "©",
)  # in every label
_PROMO = re.compile(
    r"^(?:subscribe|sign\s+up)\b"
    r"|^(?:follow|like|join)\s+us\b"
    r"|^download\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?app\b"
    r"|^(?:listen|catch\s+up)\b.*\bpodcast\b"
    r"|\b(?:subscribe|sign\s+up)\s+(?:to|for)\s+our\s+(?:[\w-]+\s+){0,3}?"
    r"(?:newsletters?|e-?mails?|channel|podcast)\b"
    r"|\bclick\s+here\b|\bactivation\s+link\b|\bfollow\s+us\s+on\b"
    # "Support independent journalism. Subscribe from R75 a month."
    r"|\b(?:support|back|fund)\s+(?:independent|local|quality|public-interest|our)\s+journalism\b"
    r"|\bsubscribe\s+(?:from|for\s+(?:just|only)|now|today)\b",
    re.IGNORECASE,
)
PROMO_CHARS = 300  # a promotion is a line or two; a paragraph that mentions a newsletter is not
# a word each promotion holds (lower case)
_PROMO_WORDS = tuple(
    "subscribe sign follow like join download listen catch click activation journalism".split()
)
_ROLE = (
    r"(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|"
    r"author|fellow|blogger|freelancer|analyst|researcher|economist|scholar|professor|lecturer)"
)
# The author's bio closes the article, in the present: "Ana Ruiz is a reporter for …".
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,4}(?:is|serves\s+as)\s+(?:a|an)\s+"
    rf"(?:[\w,.'’-]+\s+){{0,8}}?{_ROLE}s?\b"
    # "Renata Calloway covers courts and public safety for the Marriston Herald." (a name of
    # two words or more, an outlet closing the sentence)
    r"|^(?:[A-Z][\w.'’-]+\s+){2,4}(?:covers|writes\s+about|reports\s+on)\s+[^.!?]{2,80}?\s+"
    r"for\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){1,5}\.(?:\s|$)"
)
BIO_CHARS = 300
_CREDITS = re.compile(
    r"\b(?:contributed\s+to\s+this\s+(?:report|story|article))\b"
    r"|^\(?(?:additional\s+)?reporting\s+by\b"
    # "Associated Press writer Jane Roe contributed from Denver."
    r"|^(?:[\w’'-]+\s+){0,3}(?:writers?|reporters?|correspondents?|journalists?)\s+"
    r"(?:[A-Z][\w.'’-]+\s+){1,3}(?:and\s+(?:[A-Z][\w.'’-]+\s+){1,3})?contributed\b",
    re.IGNORECASE,
)
# The publisher's legal lines closing a page: copyright, a disclaimer of advice or of opinion.
_LEGAL = re.compile(
    r"^(?:copyright\b|©|\(c\)\s)|\ball\s+rights\s+reserved\b"
    r"|\bfor\s+(?:general\s+)?informational\s+purposes\s+only\b"
    r"|\bnot\s+(?:a\s+substitute\s+for|intended\s+(?:as|to\s+be))\s+(?:professional\s+)?"
    r"(?:medical|legal|financial|investment|tax)\s+advice\b"
    r"|^(?:the\s+)?(?:opinions|views)\s+expressed\s+(?:in|by|here)\b"
    # a wire's funding note: "… receives financial support from multiple private foundations.
    # AP is solely responsible for all content."
    r"|\bis\s+solely\s+responsible\s+for\s+all\s+content\b",
    re.IGNORECASE,
)
LEGAL_CHARS = 300
# A headline after a link's label: "Read more: Are there really 10,000 more officers?",
# "RELATED: Teachers ratify raise", "READ: Storm exits; 5 areas still under warning", "See
# also: …" (a question or a sentence, it is another story's title, not the article's text).
_LINK_LABEL = re.compile(
    r"^\W*(?:read(?:\s+(?:more|also|next))?|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?"
    r"|related(?:\s+(?:story|stories|article|articles|coverage|reading|content))?"
    r"|recommended\s+reading)\s*[:|»›]\s*\S",  # (a review's "Recommended:" is its verdict)
    re.IGNORECASE,
)
LINK_CHARS = 250
CREDITS_CHARS = 300
TAIL = 3  # the credits are among the article's last blocks (a bio is the very last)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def furniture(text: str, from_end: int) -> str | None:
    """Why the block `text` is page furniture (one of the reasons above), or None; `from_end`
    counts the article's blocks after it (0: the last)."""
    # the length and the words each pattern needs first: every paragraph of the article comes
    # here, and these patterns are tried at each of its characters
    if len(text) <= CAPTION_CHARS and (
        ("(" in text and _CREDIT_END.search(text))
        or _CREDIT_START.match(text)
        or (any(w in text for w in _CREDIT_WORDS) and _CREDIT_LABEL.search(text))
        or ("this" in text and _THIS_PHOTO.search(text))
        or ("/" in text and _SLASH_CREDIT.search(text))
    ):
        return CAPTION
    if len(text) <= LINK_CHARS and _LINK_LABEL.match(text):
        return LINK
    short = len(text) <= PROMO_CHARS and len(_SENTENCE_END.findall(text)) <= 2
    if short and any(w in text.lower() for w in _PROMO_WORDS) and _PROMO.search(text):
        return PROMOTION
    if from_end == 0 and len(text) <= BIO_CHARS and _BIO.match(text):
        return BIO
    if from_end < TAIL and len(text) <= CREDITS_CHARS and _CREDITS.search(text):
        return BIO
    if from_end < TAIL and len(text) <= LEGAL_CHARS and _LEGAL.search(text):
        return LEGAL
    return None
