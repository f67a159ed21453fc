"""Sections on whole pages of a fifth round of house styles, written for these tests.

Every outlet, person and place is invented. The pages were annotated by hand, block by block, and committed
before the code ran on them: an e-mail newsletter pasted from a mail client with its headers, a university's
news release with its media contacts and its "About" paragraph, the minutes of a meeting pasted from a word
processor, and a parliament's written question with its answer. Each page is a list of `(block, accepted
sections)`, where `"a|b"` accepts either section, as the gold sets do where both readings are fair.
"""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks

MAIL_TITLE = "Weir Week: the water board blinks first"
MAIL = [
    ("From: Weir Week <hello@weirweek.example>", "boilerplate|byline"),
    ("To: subscriber@mail.example", "boilerplate"),
    ("Date: Thursday, 6 October 2022 at 07:02", "byline|boilerplate"),
    ("Subject: Weir Week: the water board blinks first", "headline|boilerplate"),
    ("View this email in your browser", "boilerplate"),
    (MAIL_TITLE, "headline|boilerplate"),
    ("Good morning. After eight months of refusing to discuss the Calder weir at all, the regional water board "
     "agreed on Tuesday night to put its future to a public hearing in the spring.", "body"),
    ("The board's chair, Ilse Varga, told members that the repairs could no longer be put off and that the "
     "cheapest option, taking the weir out altogether, would have to be on the table.", "body"),
    ("What happens next", "body"),
    ("The hearing will sit for three days in March. Anglers and the rowing club have already asked to be heard; "
     "the mill museum, which would lose its water wheel, is expected to follow.", "body"),
    ("That's all for this week.", "body|boilerplate"),
    ("Maja", "byline"),
    ("Maja Lindqvist, editor", "byline"),
    ("Weir Week is written by Maja Lindqvist and sent every Thursday.", "byline|boilerplate"),
    ("You are receiving this email because you signed up at weirweek.example.", "boilerplate"),
    ("Unsubscribe | Update your preferences", "boilerplate"),
]

RELEASE_TITLE = "River study finds old weirs hold back fish more than drought does"
RELEASE = [
    ("University of Ashmere", "boilerplate"),
    ("Study   Research   News   About", "boilerplate"),
    ("News › Research news", "boilerplate"),
    (RELEASE_TITLE, "headline"),
    ("Researchers counted salmon and trout above and below 41 weirs over six summers.",
     "standfirst|body"),
    ("Published: 14 June 2023", "byline"),
    ("A six-year survey of the rivers that drain the Ashmere hills has found that old mill weirs, not the dry "
     "summers of recent years, are the main reason migrating fish fail to reach their spawning grounds.", "body"),
    ("The team, led by Dr Kofi Mensah of the School of Biosciences, counted fish at 41 weirs. Below the weirs "
     "the numbers held steady even in the driest years; above them they fell by more than half.", "body"),
    ("\"We expected the drought years to dominate the data, and they simply did not,\" Dr Mensah said.", "body"),
    ("The study is published today in the Journal of River Ecology.", "body"),
    ("Notes for editors", "boilerplate"),
    ("The paper, Weirs and the upstream decline of migratory fish, is available on request.", "boilerplate|references"),
    ("Media contact", "boilerplate|byline"),
    ("Hannah Price, Press Officer, press@ashmere.example, +44 1632 960 412", "boilerplate|byline"),
    ("About the University of Ashmere", "boilerplate"),
    ("The University of Ashmere was founded in 1962 and teaches 19,000 students across four faculties. Its "
     "research on rivers and uplands is funded by national research councils and by charities.", "boilerplate"),
    ("Share this page", "boilerplate"),
    ("Privacy   Accessibility   Freedom of information", "boilerplate"),
]

MINUTES_TITLE = "Minutes of the Calder Weir Working Group, 2 February 2023"
MINUTES = [
    ("CALDER WEIR WORKING GROUP", "boilerplate|headline"),
    (MINUTES_TITLE, "headline"),
    ("Held at: Ashmere Town Hall, Committee Room 2", "byline|boilerplate"),
    ("Present: Ilse Varga (Chair), Tomas Reed, Dr Kofi Mensah, Priya Nair", "byline|boilerplate"),
    ("Apologies: Gareth Evans", "byline|boilerplate"),
    ("In attendance: Ruth Cole (Secretary)", "byline|boilerplate"),
    ("1. Minutes of the last meeting", "body"),
    ("The minutes of the meeting held on 8 December 2022 were agreed as a correct record.", "body"),
    ("2. Survey of the weir", "body"),
    ("Mr Reed reported that the engineers had found cracks along the whole length of the crest and that the "
     "repair would cost at least twice the figure given to the board last year.", "body"),
    ("Action: Mr Reed to circulate the engineers' report before the next meeting.", "body"),
    ("3. Public hearing", "body"),
    ("The Chair said the board had agreed to a hearing in March. Members discussed whether the mill museum "
     "should be invited to give evidence and agreed that it should.", "body"),
    ("Action: Secretary to write to the museum.", "body"),
    ("4. Date of next meeting", "body"),
    ("The next meeting will be held on 9 March 2023.", "body"),
    ("The meeting closed at 8.40 pm.", "body|boilerplate"),
    ("Signed: ..................................  (Chair)", "byline|boilerplate"),
    ("Page 1 of 1", "boilerplate"),
]

QUESTION_TITLE = "Calder weir: repairs"
QUESTION = [
    ("Assembly Questions and Answers", "boilerplate"),
    ("Home › Written questions › 2023", "boilerplate"),
    (QUESTION_TITLE, "headline"),
    ("Question for the Minister for Rivers", "byline|boilerplate"),
    ("UIN 4471, tabled on 3 March 2023", "byline|boilerplate"),
    ("Asked by Ruth Okafor (Ashmere North)", "byline"),
    ("To ask the Minister for Rivers what estimate she has made of the cost of repairing the Calder weir, and "
     "whether she will meet the cost if the regional water board cannot.", "body"),
    ("Answered on 10 March 2023", "byline"),
    ("Answered by Helena Strand", "byline"),
    ("The regional water board owns the Calder weir and is responsible for its upkeep. The board has told my "
     "officials that its engineers are still costing the repair.", "body"),
    ("My department will consider any request for help once the board has held its public hearing, as it does "
     "for every structure of this kind.", "body"),
    ("This answer replaced a holding answer given on 8 March 2023.", "boilerplate|body"),
    ("Related questions", "boilerplate"),
    ("Calder weir: fish passes", "boilerplate"),
    ("Mill museums: funding", "boilerplate"),
    ("Contact us   Cookies   Accessibility statement", "boilerplate"),
]

PAGES = {"e-mail newsletter with its headers": (MAIL_TITLE, MAIL),
         "university news release": (RELEASE_TITLE, RELEASE),
         "minutes of a meeting": (MINUTES_TITLE, MINUTES),
         "written question and answer": (QUESTION_TITLE, QUESTION)}


def _misses(title: str, page: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Return `(block, section, accepted)` for each block whose section the page does not accept."""
    text = "\n\n".join(block for block, _ in page) + "\n"
    blocks = list(iter_blocks(text, title=title))
    assert [block.text for block in blocks] == [block for block, _ in page]
    return [(block.text, block.section, accepted) for block, (_, accepted) in zip(blocks, page)
            if block.section not in accepted.split("|")]


@pytest.mark.parametrize("style", list(PAGES))
def test_every_block_of_a_pasted_house_style_page_gets_an_accepted_section(style):
    assert _misses(*PAGES[style]) == []
