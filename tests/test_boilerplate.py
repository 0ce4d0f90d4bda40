"""Page furniture inside the article's stretch (issue 12, item 5): captions with their credit,
calls to subscribe, the closing bio and credits. A table of blocks -> reason, with prose that
only mentions these things kept."""

from __future__ import annotations

import pytest
from brief.clean import clean
from brief.clean.boilerplate import BIO, CAPTION, LEGAL, LINK, PROMOTION, furniture

LAST = 0  # the block is the article's last one
MIDDLE = 10

ROWS = [
    (
        "Crowds gather outside the court on Monday. (Photo by Jane Roe/Getty Images)",
        MIDDLE,
        CAPTION,
    ),
    ("The rover's first image of the crater rim (Image credit: NASA/JPL)", MIDDLE, CAPTION),
    ("Photo: A flooded street in the old town.", MIDDLE, CAPTION),
    (
        "Cans move along a production line in Columbus, Ohio, in this file photo taken June 12, "
        "2023. WIRE/Jo Roe/File Photo",
        MIDDLE,
        CAPTION,
    ),
    # a gallery's counter opens its caption; an item of a list of items is prose
    ("Item 1 of 2 Passengers queue at a check-in desk in Paris. WIRE/Sam Roe", MIDDLE, CAPTION),
    ("[2/3] Firefighters work at the scene in Lagos, Nigeria.", MIDDLE, CAPTION),
    ("Item 1 of the agenda was the budget, which passed 7-2.", MIDDLE, None),
    ("Support independent journalism. Subscribe from R75 a month.", MIDDLE, PROMOTION),
    ("The minister, in this respect, was right.", MIDDLE, None),
    ("Police say the woman in this photo used the card on Jan. 4 and spent $1,200.", MIDDLE, None),
    (
        "A woman carries a jerrycan through a flooded camp on 9 April. Photo: Dan Roe / Aid UK",
        MIDDLE,
        CAPTION,
    ),
    ("The report's findings, in a table. Photo: see the appendix for sources.", MIDDLE, None),
    ("Roz Roe is led away by troopers on Dec. 3, 1986. Courier file photo", MIDDLE, CAPTION),
    # a photographer and the outlet after a slash, no brackets; a ratio with a slash is prose
    (
        "Jo Roe leaves the courthouse during his trial in June. Brent Oyler/The Carrick Courier",
        MIDDLE,
        CAPTION,
    ),
    (
        "The logo is seen at its headquarters, March 14, 2024. Continental Press/Ville Hakala/File "
        "Photo",
        MIDDLE,
        CAPTION,
    ),
    ("Borrowing rose again. The Debt/GDP ratio is now 104 per cent.", MIDDLE, None),
    # a copyright credit closing a caption (blind page 226); a sign inside prose is no credit
    (
        "A health worker gives a child a rehydration solution on 8 November 2025. © WHO / Jo Roe",
        MIDDLE,
        CAPTION,
    ),
    ("The logo, © Acme 2019, was dropped. Its owner objected.", MIDDLE, None),
    ("The rebels said talks would resume but gave no date. © 2025 AFP", MIDDLE, None),
    # an Inquirer-style credit in capitals after a dash (blind page 231)
    (
        "Residents wade through floodwater in Tumauini. —PHOTO COURTESY OF ISABELA PDRRMO",
        MIDDLE,
        CAPTION,
    ),
    ("The minister kept a file photo of the plant on her desk.", MIDDLE, None),
    (
        "A player celebrates a point in Madrid, Tuesday, Nov. 19, 2019. (Jane Roe/AP)",
        MIDDLE,
        CAPTION,
    ),
    ("Subscribe to our newsletter for the week's best stories.", MIDDLE, PROMOTION),
    ("Stay up to date. Sign up for our e-mail newsletters.", MIDDLE, PROMOTION),
    ("Follow us on Instagram", MIDDLE, PROMOTION),
    ("CLICK HERE TO GET THE NEWS APP", MIDDLE, PROMOTION),
    ("Download the app to get alerts", MIDDLE, PROMOTION),
    ("Catch up on the campaign with our reporters on our weekly podcast.", MIDDLE, PROMOTION),
    ("Get out of our country, the protesters chanted.", MIDDLE, None),  # an imperative quoted
    ("Ana Ruiz is a senior reporter for the Daily Ledger, covering courts and crime.", LAST, BIO),
    # found on blind synthetic pages (2026-12-07): a credit spaced around its slash, a bio
    # that says what its writer covers
    (
        "Voss leaves the justice center after his sentencing in June. (Theo Roe / Daily Herald)",
        MIDDLE,
        CAPTION,
    ),
    ("Renata Calloway covers courts and public safety for the Daily Herald.", LAST, BIO),
    ("The senator covers her costs for the campaign herself.", LAST, None),
    (
        "Medicaid covers the vaccine for low-income adults, and Medicare covers it for "
        "Americans 65 and older.",
        LAST,
        None,
    ),
    ("Most voters back the plan, a new poll finds. (NPR / Marist)", MIDDLE, None),
    ("John Q. Public is a fellow at the Institute for Policy Studies.", LAST, BIO),
    ("Reuters staff contributed to this report.", LAST, BIO),
    ("(Reporting by Ana Ruiz; Editing by John Doe)", LAST, BIO),
    # found on blind synthetic pages: a wire credit, an archive caption, legal lines
    ("Associated Press writer Jane Roe contributed from Denver.", LAST, BIO),
    ("Bo Li is a research analyst at the Harbour Institute.", LAST, BIO),
    (
        "FILE - A ferry leaves the harbour on Jan. 31, 2023. (Ledger Wire Photo/Jane Roe, File)",
        MIDDLE,
        CAPTION,
    ),
    ("Copyright © 2024 The Daily Ledger. All rights reserved.", LAST, LEGAL),
    (
        "This content is for informational purposes only and is not a substitute for "
        "professional medical advice.",
        LAST,
        LEGAL,
    ),
    ("The court's ruling is not legal advice for other tenants, she said.", LAST, None),
    # a wire's funding note (blind page 239)
    (
        "The Associated Press' climate and environmental coverage receives financial support "
        "from multiple private foundations. AP is solely responsible for all content.",
        LAST,
        LEGAL,
    ),
    ("The mayor said she is solely responsible for the decision.", LAST, None),
    # another story's headline after a link's label, a question or a sentence as it may be
    ("Read more: Are there really 10,000 more police officers than in 2010?", MIDDLE, LINK),
    ("READ: Storm exits the area; 5 provinces still under Signal No. 1", MIDDLE, LINK),
    ("Read: what the new rules mean for renters", MIDDLE, LINK),
    ("RELATED: Teachers ratify 3.5% raise, ending months of talks.", MIDDLE, LINK),
    ("See also: How the council spends its money", MIDDLE, LINK),
    ("Recommended: Slow Horses, season 5 (Apple TV+). Gary Oldman is back.", MIDDLE, None),
    ("Related coverage | Flood defences to be reviewed after storm", MIDDLE, LINK),
    ("Read more about the scheme, the minister said, on the department's website.", MIDDLE, None),
    ("Related charges were dropped: the court said the evidence was thin.", MIDDLE, None),
    # prose that only mentions these things
    (
        "The second change concerns the child tax credit: it will rise by 5% next year.",
        MIDDLE,
        None,
    ),
    ("Small firms still lack access to credit… and to the markets.", MIDDLE, None),
    ("The flooding was severe. Photos by local residents showed cars submerged.", MIDDLE, None),
    (
        "Rates were cut again. (It was the third cut to consumer credit costs this year.)",
        MIDDLE,
        None,
    ),
    ("Like many other countries here, Kenya has struggled with debt.", MIDDLE, None),
    ("Follow-up emails were sent to all 400 participants in March.", MIDDLE, None),
    ("Get the vaccine as soon as you can, the app's designers urged.", MIDDLE, None),
    ("Residents can sign up for the emergency alert emails, officials said.", MIDDLE, None),
    ("Khashoggi was a columnist for a newspaper in Washington.", LAST, None),
    ("Following reporting by the BBC, the ministry opened an inquiry.", LAST, None),
    ("Ana Ruiz is a senior reporter for the Daily Ledger, covering courts and crime.", 1, None),
    (
        "The agency said it would publish a photo of the suspect (taken at the border).",
        MIDDLE,
        None,
    ),
    ("Users can subscribe to the service for $5 a month, the company said.", MIDDLE, None),
    (
        "Ana Ruiz is a senior reporter for the Daily Ledger, covering courts and crime.",
        MIDDLE,
        None,
    ),
    ("The minister, who was a reporter before entering politics, resigned on Friday.", LAST, None),
    (
        "Police were called to the scene at 9 p.m., and reporting by witnesses was mixed.",
        MIDDLE,
        None,
    ),
    (
        "The newsletter, which the ministry sends to 40,000 farmers, will stop next year after "
        "funding for it was cut. Officials said the savings were small. Farmers' groups said "
        "they would ask for it to be restored, and several lawmakers backed them.",
        MIDDLE,
        None,
    ),
]


@pytest.mark.parametrize(("text", "from_end", "reason"), ROWS)
def test_furniture(text, from_end, reason):
    assert furniture(text, from_end) == reason


def test_cleaner_drops_furniture_and_says_why():
    article = [
        "The council voted on Tuesday to close the old harbour bridge to trucks after engineers "
        "found cracks in two of its piers, officials said.",
        "Trucks stand in line at the bridge. (Photo by Jane Roe/Getty Images)",
        "The closure will last at least six months while the piers are repaired and the deck is "
        "inspected, the council said in a statement.",
        "Ana Ruiz is a senior reporter for the Harbour Gazette, covering transport.",
    ]
    dump = "Home\nNews\n\nBridge closed to trucks\n\n" + "\n\n".join(article) + "\n\nContact\n"
    cleaned = clean(dump)
    body = [b.text for b in cleaned.blocks if b.kind != "title"]
    assert body == [article[0], article[2]]
    assert cleaned.dropped_text.get(CAPTION) == 1 and cleaned.dropped_text.get(BIO) == 1
