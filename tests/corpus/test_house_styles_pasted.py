"""Sections on whole pages of a fifth round of house styles, written for these tests.

Every outlet, person and place is invented. The pages were annotated by hand, block by block, and committed
before the code ran on them: an e-mail newsletter pasted from a mail client with its headers, a university's
news release with its media contacts and its "About" paragraph, the minutes of a meeting pasted from a word
processor, and a parliament's written question with its answer. Each page is a list of `(block, accepted
sections)`, where `"a|b"` accepts either section, as the gold sets do where both readings are fair.
"""

from __future__ import annotations

import pytest

from tests.corpus.conftest import section_misses, sections_by_text

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

# A second round, annotated by hand and committed before the code ran on them: an agency story syndicated on a
# web portal, a social-media thread pasted post by post, a magazine long read with pull quotes and section
# breaks, and a policy brief with recommendations and endnotes.
PORTAL_TITLE = "Ferry operator cuts winter sailings to the outer isles"
PORTAL = [
    ("Portalia", "boilerplate"),
    ("Mail   News   Finance   Sport   Weather", "boilerplate"),
    (PORTAL_TITLE, "headline"),
    ("Coastline Press Agency", "byline"),
    ("Tue, 11 October 2022 at 9:14 am", "byline"),
    ("3 min read", "boilerplate"),
    ("PORT WENDLE, Oct 11 (CPA) - The only ferry operator serving the outer isles will cut its winter timetable "
     "to two sailings a week from November, the company said on Tuesday, blaming the price of fuel.", "body"),
    ("The operator, Outer Isles Shipping, said the cuts would last until March at the earliest.", "body"),
    ("Story continues", "boilerplate"),
    ("Island councillors said they had not been consulted. \"We read about it in a press release like everybody "
     "else,\" said Tove Brandt, who chairs the council's transport committee.", "body"),
    ("The company carried about 60,000 passengers last winter, according to its annual report.", "body"),
    ("(Reporting by Ines Kalla; Editing by Mark Dunne)", "byline"),
    ("Recommended Stories", "boilerplate"),
    ("Fuel prices push second island airline into talks", "boilerplate"),
    ("Harbour strike called off after late offer", "boilerplate"),
    ("Terms and Privacy Policy   Your Privacy Choices", "boilerplate"),
]

THREAD_TITLE = "A thread on why the winter ferry keeps failing"
THREAD = [
    ("Tove Brandt", "byline"),
    ("@tovebrandt_isles", "byline"),
    ("A thread on why the winter ferry keeps failing, from someone who has sat on the transport committee for "
     "nine years. 🧵 1/5", "body|headline"),
    ("2/5 The boats are not the problem. Both are old but sound. The problem is that the contract pays the "
     "operator per sailing, so a cancelled sailing costs it nothing.", "body"),
    ("3/5 In the winter of 2019 the operator cancelled one crossing in four. Not one penalty was paid.", "body"),
    ("4/5 Every new contract since 2012 has promised penalties. None has defined what a cancellation is.",
     "body"),
    ("5/5 Until that changes, expect the same winter every winter. End of thread.", "body"),
    ("10:42 AM · Oct 12, 2022", "byline|boilerplate"),
    ("214 Reposts   38 Quotes   1,102 Likes   41 Bookmarks", "boilerplate"),
    ("Post your reply", "boilerplate"),
]

LONGREAD_TITLE = "The last keeper of the northern light"
LONGREAD = [
    ("THE HARBOUR QUARTERLY", "boilerplate"),
    ("Features", "boilerplate"),
    (LONGREAD_TITLE, "headline"),
    ("For forty years one family kept the lamp lit on Skarholm. Then the ministry sent a box of electronics and "
     "a letter of thanks.", "standfirst"),
    ("Words by Selma Ruud", "byline"),
    ("Photographs by Anders Holm", "byline|caption"),
    ("Issue 31, Winter 2021", "byline|boilerplate"),
    ("The boat that takes you to Skarholm leaves when the skipper decides it will, and on the morning I went he "
     "decided twice that it would not. When we finally crossed, the sea was the colour of wet slate and the "
     "lighthouse came out of the rain like a raised finger.", "body"),
    ("Jens Arvik met me on the jetty. He is seventy-three and has not lived on the island since the light was "
     "automated, but he still has a key, and nobody has asked for it back.", "body"),
    ("\u201cThey thanked us in a letter. Forty years, one letter.\u201d", "body|caption"),
    ("His father took the post in 1961, when the lamp still turned on a bath of mercury and had to be wound by "
     "hand every four hours through the night.", "body"),
    ("* * *", "boilerplate|body"),
    ("The ministry's letter is framed in the kitchen of his flat on the mainland. It is polite, and it is short.",
     "body"),
    ("Jens Arvik at the foot of the Skarholm light, which has run without a keeper since 2003.", "caption"),
    ("This article appears in the Winter 2021 issue of The Harbour Quarterly.", "boilerplate"),
    ("Selma Ruud is a writer based in Port Wendle.", "byline"),
    ("Subscribe to the Quarterly", "boilerplate"),
]

BRIEF_TITLE = "Paying for the crossing: five options for the winter ferry contract"
BRIEF = [
    ("Institute for Island Affairs", "boilerplate"),
    ("Policy brief no. 14 | March 2023", "byline|boilerplate"),
    (BRIEF_TITLE, "headline"),
    ("Karin Vos and Ahmed Sayegh", "byline"),
    ("Summary", "body|boilerplate|standfirst"),
    ("The winter ferry contract expires next year. This brief compares five ways of paying for the service and "
     "finds that only a contract with defined penalties for cancellation would change the operator's "
     "behaviour.", "body|standfirst"),
    ("The problem", "body"),
    ("Under the current contract the operator is paid for each sailing it makes.1 A cancelled sailing therefore "
     "costs it nothing, and in bad winters cancellations have run at one crossing in four.2", "body"),
    ("Recommendations", "body"),
    ("\u2022 Define a cancellation in the contract, including sailings that leave more than two hours late.",
     "body"),
    ("\u2022 Pay the operator for the timetable, not for the sailings, and deduct a penalty for each cancellation.",
     "body"),
    ("\u2022 Publish the cancellation figures every month.", "body"),
    ("Endnotes", "references"),
    ("1 Ministry of Harbours, Northern Crossing Contract 2016, schedule 3.", "references"),
    ("2 Island Council transport committee, Winter Services Review, 2020, p. 14.", "references"),
    ("The views in this brief are the authors' own and do not necessarily reflect those of the Institute.",
     "boilerplate"),
    ("\u00a9 Institute for Island Affairs 2023", "boilerplate"),
]


# A third round, annotated by hand and committed before the code ran on them: a minister's speech as a government
# site prints it, a news digest of short items from several outlets, a translated article with its original's
# details, and a podcast episode page with its transcript in mixed-case turns.
SPEECH_TITLE = "Minister Vell's speech at the Island Transport Forum"
SPEECH = [
    ("Government of the Northern Isles", "boilerplate"),
    ("Home › News › Speeches", "boilerplate"),
    ("Speech", "boilerplate|byline"),
    (SPEECH_TITLE, "headline"),
    ("The Minister for Harbours set out the government's plans for the winter ferry contract.",
     "standfirst|body"),
    ("From: Ministry of Harbours and Petra Vell", "byline"),
    ("Delivered on: 2 June 2023 (Original script, may differ from delivered version)", "byline|boilerplate"),
    ("Location: Port Wendle", "byline|boilerplate"),
    ("Thank you, Chair, and my thanks to everyone who braved the drizzle to be here.", "body"),
    ("I want to talk about the winter ferry, because I know that is what most of you came to hear about. Last "
     "winter one crossing in four was cancelled. That is not a service; it is a lottery.", "body"),
    ("So from next year the contract will pay for the timetable, not for the sailings. If a boat does not sail, "
     "the operator will pay a penalty, and that money will go back into the service.", "body"),
    ("Thank you.", "body"),
    ("Published 2 June 2023", "byline|boilerplate"),
    ("Is this page useful?   Yes   No", "boilerplate"),
    ("Report a problem with this page", "boilerplate"),
]

DIGEST_TITLE = "Morning digest: ferries, fuel and the council vote"
DIGEST = [
    ("Islands Digest", "boilerplate"),
    (DIGEST_TITLE, "headline"),
    ("Compiled by Ola Nystrom", "byline"),
    ("Monday 16 October 2023", "byline"),
    ("Ferry operator confirms winter cuts", "body"),
    ("The only operator serving the outer isles confirmed it will run two sailings a week from November.",
     "body"),
    ("Source: Coastline Press Agency", "byline|boilerplate|body"),
    ("Council to vote on harbour fees", "body"),
    ("Port Wendle councillors will vote on Thursday on raising harbour fees by a tenth, the first rise in six "
     "years.", "body"),
    ("Source: The Ashby Gazette", "byline|boilerplate|body"),
    ("Fuel prices ease", "body"),
    ("Marine diesel fell for the third week in a row, though it remains well above last winter's price.",
     "body"),
    ("Source: Harbour Trade Weekly", "byline|boilerplate|body"),
    ("Got a tip for the digest? Email us at digest@islandsdigest.example", "boilerplate"),
    ("Unsubscribe from this digest", "boilerplate"),
]

TRANSLATED_TITLE = "Why the islands no longer believe in the ferry"
TRANSLATED = [
    ("Skerry Review", "boilerplate"),
    ("Translations", "boilerplate"),
    (TRANSLATED_TITLE, "headline"),
    ("Anneli Saar", "byline"),
    ("Translated from the Estonian by Mark Dunne", "byline"),
    ("12 November 2022", "byline"),
    ("Every autumn the islands are promised a better winter, and every winter they get the same one. It is "
     "no wonder that nobody on the outer isles plans a journey in January any more.", "body"),
    ("The government now says the new contract will change that. It may. But the islanders have heard the "
     "promise before, and they measure it not in contracts but in crossings.", "body"),
    ("Original: \u201cMiks saared ei usu enam praami\u201d, Saarte Leht, 8 November 2022.",
     "byline|boilerplate|references"),
    ("Anneli Saar is a columnist for Saarte Leht.", "byline"),
    ("Translation \u00a9 Skerry Review 2022", "boilerplate"),
]

PODCAST_TITLE = "Episode 42: The ferry that never sails"
PODCAST = [
    ("Harbour Talk", "boilerplate"),
    ("Episodes   About   Subscribe", "boilerplate"),
    (PODCAST_TITLE, "headline"),
    ("Tove Brandt talks to the harbour master of Port Wendle about the worst winter on record.", "standfirst|body"),
    ("28 September 2023 · 34 min", "byline"),
    ("Listen on Apple Podcasts   Spotify   RSS", "boilerplate"),
    ("Transcript", "body|boilerplate"),
    ("Tove Brandt: Welcome to Harbour Talk. With me is Jonas Keller, who has been harbour master at Port Wendle "
     "for eleven years.", "body"),
    ("Jonas Keller: Twelve, actually. Thanks for having me.", "body"),
    ("Tove Brandt: Last winter was the worst on record for cancellations. What went wrong?", "body"),
    ("Jonas Keller: Mostly crews. We had boats that could sail and nobody to sail them, because the contract "
     "gave the operator no reason to keep a standby crew.", "body"),
    ("Tove Brandt: Jonas Keller, thank you.", "body"),
    ("This transcript was generated automatically and may contain errors.", "boilerplate"),
    ("Harbour Talk is produced by Quay Media.", "byline|boilerplate"),
    ("More episodes", "boilerplate"),
    ("Episode 41: Fuel, fees and the island budget", "boilerplate"),
]


# A fourth round, annotated by hand and committed before the code ran on them: a state news agency's story with
# inline "Read also" links, an interview set as Q and A, a blog post with its comment thread, and the summary of a
# round table held under a non-attribution rule.
AGENCY_TITLE = "Island council approves new ferry contract"
AGENCY = [
    ("NORDPRESS", "boilerplate"),
    ("Politics   Economy   Society   Regions", "boilerplate"),
    (AGENCY_TITLE, "headline"),
    ("PORT WENDLE, October 20. /NORDPRESS/. The island council of Brennick on Friday approved a new ten-year "
     "contract for the northern ferry, council chair Amal Rahimi told reporters.", "body"),
    ("\"The contract pays for the timetable, not for the sailings,\" Rahimi said.", "body"),
    ("Read also", "boilerplate"),
    ("Ferry operator warns of winter cuts", "boilerplate"),
    ("Under the new contract the operator will pay a penalty for every cancelled crossing. The ministry of "
     "harbours will cover a third of the cost.", "body"),
    ("The previous contract expired in May.", "body"),
    ("Tags", "boilerplate"),
    ("Brennick   Ferries   Port Wendle", "boilerplate"),
    ("\u00a9 NORDPRESS 2023. No part may be reprinted without the agency's written consent.", "boilerplate"),
]

QA_TITLE = "\u201cNobody plans a journey in January any more\u201d"
QA = [
    ("The Island Voice", "boilerplate"),
    ("Interviews", "boilerplate"),
    (QA_TITLE, "headline"),
    ("The harbour master of Port Wendle on cancelled crossings, tired crews and the new contract", "standfirst"),
    ("Interview by Lena Moss", "byline"),
    ("5 November 2023", "byline"),
    ("Jonas Keller has been harbour master of Port Wendle for twelve years. We met in his office above the "
     "ticket hall on a morning when, for once, the ferry left on time.", "body"),
    ("Q: How bad was last winter?", "body"),
    ("A: The worst I have seen. One crossing in four did not happen, and for the outer isles it was worse.",
     "body"),
    ("Q: Whose fault was that?", "body"),
    ("A: Nobody's alone. The contract paid for sailings, so a cancelled sailing cost the operator nothing. "
     "You get the behaviour you pay for.", "body"),
    ("Q: Will the new contract change that?", "body"),
    ("A: If the penalties are enforced. That is a big if.", "body"),
    ("This interview has been condensed and edited for clarity.", "boilerplate"),
    ("Lena Moss is the Island Voice's transport reporter.", "byline"),
]

BLOG_TITLE = "Why I gave up on the winter timetable"
BLOG = [
    ("Notes from the Quay", "boilerplate"),
    ("Home   About   Archive", "boilerplate"),
    (BLOG_TITLE, "headline"),
    ("Posted on 3 January 2024 by quaywalker", "byline"),
    ("I have lived on Brennick for thirty years, and for most of them I believed the timetable. This winter I "
     "stopped. Three of the five crossings I planned in December never left the harbour.", "body"),
    ("The operator says the weather is to blame. The logbooks, which anyone can ask to see, say otherwise: "
     "most of the cancelled sailings were cancelled for want of a crew.", "body"),
    ("Posted in Island life | Tagged ferries, winter | 3 Comments", "boilerplate"),
    ("3 thoughts on \u201cWhy I gave up on the winter timetable\u201d", "comment|boilerplate"),
    ("Marta Lind says:", "comment"),
    ("3 January 2024 at 18:20", "comment"),
    ("Same here. I book the plane now and take the ferry only in summer.", "comment"),
    ("Reply", "comment|boilerplate"),
    ("Tomas Reed says:", "comment"),
    ("4 January 2024 at 09:02", "comment"),
    ("The logbooks point is a good one. Has anyone asked the council to publish them?", "comment"),
    ("Reply", "comment|boilerplate"),
    ("Leave a Reply", "boilerplate"),
]

ROUNDTABLE_TITLE = "Paying for island ferries: summary of a round table"
ROUNDTABLE = [
    ("Centre for Coastal Studies", "boilerplate"),
    ("Events › Past events", "boilerplate"),
    (ROUNDTABLE_TITLE, "headline"),
    ("Round table, 14 March 2023, Port Wendle", "byline|boilerplate"),
    ("Speakers: Jonas Keller, Karin Vos, Ahmed Sayegh", "byline"),
    ("Chair: Tove Brandt", "byline"),
    ("This meeting was held under a non-attribution rule. Views are not attributed to named participants.",
     "boilerplate"),
    ("Participants agreed that the present contract rewards the operator for each sailing and so gives it no "
     "reason to avoid cancellations.", "body"),
    ("One speaker argued that penalties alone would not be enough without a standby crew, and that the cost of "
     "such a crew should be shared between the council and the ministry.", "body"),
    ("Another warned that an operator facing heavy penalties might simply decline to bid.", "body"),
    ("Key recommendations", "body"),
    ("1. Define a cancellation in the contract.", "body"),
    ("2. Fund a standby crew for the winter months.", "body"),
    ("Summary prepared by Ines Kalla, research assistant.", "byline"),
    ("The Centre for Coastal Studies is an independent research institute.", "boilerplate"),
]


PAGES = {"e-mail newsletter with its headers": (MAIL_TITLE, MAIL),
         "university news release": (RELEASE_TITLE, RELEASE),
         "minutes of a meeting": (MINUTES_TITLE, MINUTES),
         "written question and answer": (QUESTION_TITLE, QUESTION),
         "agency story on a portal": (PORTAL_TITLE, PORTAL), "social thread": (THREAD_TITLE, THREAD),
         "magazine long read": (LONGREAD_TITLE, LONGREAD), "policy brief with endnotes": (BRIEF_TITLE, BRIEF),
         "speech on a government site": (SPEECH_TITLE, SPEECH), "news digest": (DIGEST_TITLE, DIGEST),
         "translated article": (TRANSLATED_TITLE, TRANSLATED), "podcast episode": (PODCAST_TITLE, PODCAST),
         "state agency story": (AGENCY_TITLE, AGENCY), "interview in Q and A": (QA_TITLE, QA),
         "blog post with comments": (BLOG_TITLE, BLOG), "round-table summary": (ROUNDTABLE_TITLE, ROUNDTABLE)}


# First run, before any cue was written for them: e-mail 15/16, release 13/18, minutes 16/19, written question
# 15/16 (59/69 = 0.86). The blocks still missed, each with its general cause:
GAPS = {
    ("e-mail newsletter with its headers", "Maja"):
        "a first name alone under the last sentence is read as tail furniture, not as the writer's sign-off",
    # Second round, first run: portal 15/16, thread 7/10, long read 15/17, policy brief 17/17 (54/60 = 0.90).
    ("magazine long read", "Jens Arvik at the foot of the Skarholm light, which has run without a keeper since 2003."):
        "a caption with no credit and no figure number, set between paragraphs, reads as a paragraph",
    ("magazine long read", "Issue 31, Winter 2021"):
        "a short line under a credit found by its layout ('Photographs by …') reads as the first crosshead; "
        "taking such a line as metadata turns a judgment's first crosshead under its 'Judges:' line into a byline",
    # Third round, first run: speech 14/15, digest 15/15, translated article 10/11, podcast 16/16 (55/57 = 0.96).
    # Fourth round, first run: state agency 10/12, Q and A 15/15, blog 17/17, round table 10/15 (52/59 = 0.88).
    ("state agency story", "Ferry operator warns of winter cuts"):
        "a single link under an inline 'Read also' reads as a crosshead: a list in the text needs two items",
}


def _misses_but_gaps(style: str) -> list[tuple[str, str, str]]:
    return [miss for miss in section_misses(*PAGES[style]) if (style, miss[0]) not in GAPS]


@pytest.mark.parametrize("style", list(PAGES))
def test_every_block_of_a_pasted_house_style_page_gets_an_accepted_section(style):
    assert _misses_but_gaps(style) == []


@pytest.mark.parametrize("style, block", [
    pytest.param(style, block, marks=pytest.mark.xfail(strict=True, reason=reason), id=f"{style}: {block[:30]}")
    for (style, block), reason in GAPS.items()])
def test_known_gaps_of_the_pasted_house_styles(style, block):
    assert block not in [miss[0] for miss in section_misses(*PAGES[style])]


ARTICLE_TITLE = "Lock keepers vote to strike over night shifts"
OPENING = ("Lock keepers on the Ashmere canal voted on Friday to strike for two days next month, after the "
           "navigation authority refused to pay extra for the night shifts it brought in last spring.")
MIDDLE = ("The keepers say the night shifts were added without a vote of the branch, and that two of them have "
          "since worked three nights in a row with nobody to relieve them at the top lock.")
CLOSING = ("The authority said it would keep the locks open with managers from its head office, though it did "
           "not say how many of them had worked a lock before.")


def _sections(blocks: list[str], *, title: str = ARTICLE_TITLE) -> dict[str, str]:
    return sections_by_text(*blocks, title=title)


@pytest.mark.parametrize("back_matter, after", [
    ("Notes to editors", "The union balloted 212 members, of whom 170 voted."),
    ("MEDIA CONTACTS", "Press office of the Ashmere Canal Trust, press@canaltrust.example, +44 1632 960 100"),
    ("For further information, please contact:", "Jon Ashby, Regional Organiser, +44 1632 960 201"),
    ("About the Ashmere Canal Trust", "The trust was set up in 1971 to keep the canal open for boats and walkers, "
                                      "and it now looks after nineteen locks and two reservoirs on the line."),
    ("About Towpath Archive: every notice is kept as it was first printed, spelling and all, and the archive "
     "adds no comment of its own to any of them.", "© 2024 Towpath Archive"),
    ("PRACTICAL INFORMATION", "Venue: the boathouse on the north bank. Bring a packed lunch; tea is provided."),
    ("How this event works", "The morning talk is on the record and will be filmed for the trust's website."),
    ("Accessibility", "The boathouse has a ramp from the towpath and a hearing loop in the main room."),
    ("Technical specifications", "Running time: 52 min · Format: HD · Sound: stereo · Language: English"),
    ("CREDITS", "Director: Ann Lee · Producer: Jon Ashby · Music: the Ashmere Silver Band"),
    ("Product details", "Publisher: Towpath Press, 2nd edition (4 May 2023) · Paperback: 212 pages"),
])
def test_back_matter_after_the_text_is_no_body(back_matter, after):
    sections = _sections([ARTICLE_TITLE, OPENING, CLOSING, back_matter, after])
    assert (sections[CLOSING], sections[back_matter], sections[after]) == ("body", "boilerplate", "boilerplate")


@pytest.mark.parametrize("crosshead", ["Contact with the unions", "About the night shifts", "About face at the locks",
                                       "Accessibility of the towpath", "Credits and debts of the trust",
                                       "How the rota works"])
def test_a_crosshead_that_opens_like_back_matter_stays_body(crosshead):
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, crosshead, CLOSING])
    assert (sections[crosshead], sections[CLOSING]) == ("body", "body")


@pytest.mark.parametrize("crosshead", ["Credits", "Accessibility", "Practical information", "Technical details"])
@pytest.mark.parametrize("after", [[], ["Contact", "Events team: events@towpath.example"], ["© 2024 Towpath Trust"]])
def test_a_practical_box_s_heading_over_the_rest_of_the_article_is_a_crosshead(crosshead, after):
    """A bare heading that a practical box would have, with the article's prose going on under it to the end; the same
    heading over prose that contacts or a copyright line follow is the event's box, back matter."""
    sections = _sections([ARTICLE_TITLE, OPENING, crosshead, MIDDLE, CLOSING, *after])
    expected = "boilerplate" if after else "body"
    assert (sections[crosshead], sections[MIDDLE], sections[CLOSING]) == (expected,) * 3


@pytest.mark.parametrize("signatures", [
    ("Morag, Kestwick", "Ann Lee, Port Selby"),
    ("Marta, Lower Brenton", "Dr Samir Haddad, Ashby-on-Sea"),
])
def test_readers_signing_with_their_town_in_a_run_are_bylines(signatures):
    question = "Why do the locks close at night when the boats still need them?"
    answer = ("Because the authority cut the night shift to save money, and the keepers who are left cannot be "
              "at every lock at once, so the locks nearest the town are kept open and the others are not.")
    blocks = [ARTICLE_TITLE, OPENING, question, signatures[0], answer, question.replace("night", "weekend"),
              signatures[1], answer.replace("night", "weekend"), CLOSING]
    sections = _sections(blocks)
    assert [sections[signature] for signature in signatures] == ["byline", "byline"]
    assert sections[answer] == "body"


def test_one_place_pair_in_the_text_is_no_signature():
    places = "Ashmere, Lower Brenton"
    sections = _sections([ARTICLE_TITLE, OPENING, places, CLOSING])
    assert sections[places] == "body"


@pytest.mark.parametrize("field", ["Held at: Ashmere Town Hall, Committee Room 2",
                                   "Venue: the old pump house, Lock Lane",
                                   "Distribution: members of the lock keepers' branch"])
def test_a_field_line_under_the_headline_is_no_standfirst_or_heading(field):
    sections = _sections([ARTICLE_TITLE, field, OPENING, CLOSING])
    assert sections[field] not in ("standfirst", "body")


@pytest.mark.parametrize("running_head", ["Ashmere Canal Trust annual review 4 of 12", "MINUTES 0042 002 OF 003"])
def test_a_running_head_with_the_page_count_is_a_page_number(running_head):
    sections = _sections([ARTICLE_TITLE, OPENING, running_head, CLOSING])
    assert (sections[running_head], sections[CLOSING]) == ("boilerplate", "body")


def test_a_sentence_that_counts_pages_stays_body():
    sentence = "The authority's own report on the night shifts, which we have seen, runs to 40 of 52 pages."
    sections = _sections([ARTICLE_TITLE, OPENING, sentence, CLOSING])
    assert sections[sentence] == "body"


@pytest.mark.parametrize("credit", ["Answers by Dr Lena Moss, lecturer in transport history, University of Ashmere",
                                    "Reporting by Tom Fairley, our canal correspondent",
                                    "Interviews by Priya Nair, with help from the lock keepers' branch"])
def test_a_credit_with_the_person_s_role_is_a_byline(credit):
    sections = _sections([ARTICLE_TITLE, credit, OPENING, CLOSING])
    assert sections[credit] == "byline"


@pytest.mark.parametrize("prompt", [
    "Have a question about the canal? Email our reporter at canal@towpathnews.example and we will try to answer it.",
    "Questions for our panel? Send them to panel@lockside.example or share them on our page.",
    pytest.param("Know more about the night shifts? Write to our newsdesk at tips@ashmere-echo.example, in confidence.",
                 marks=pytest.mark.xfail(strict=True, reason="a prompt with an address but no web vocabulary "
                                                             "(write, not email) reads as a closing sentence")),
])
def test_a_prompt_in_the_site_s_voice_with_an_address_after_the_text_is_no_body(prompt):
    sections = _sections([ARTICLE_TITLE, OPENING, CLOSING, prompt])
    assert (sections[CLOSING], sections[prompt]) == ("body", "boilerplate")


def test_a_sentence_that_gives_an_address_without_the_site_s_voice_stays_body():
    sentence = ("The union has set up a page for supporters at www.lockstrike.example and says it raised the money "
                "for the strike fund in under a week.")
    sections = _sections([ARTICLE_TITLE, OPENING, sentence, CLOSING])
    assert sections[sentence] == "body"


def test_a_numbered_crosshead_over_a_short_closing_sentence_stays_body():
    heading, sentence = "5. Any other business", "There was none."
    blocks = [ARTICLE_TITLE, "1. Night shifts", OPENING, heading, "The next meeting is on 4 May.",
              "Page 1 of 1"]
    sections = _sections(blocks)
    assert (sections[heading], sections["The next meeting is on 4 May."]) == ("body", "body")
    assert sentence not in sections


@pytest.mark.parametrize("chrome", ["Story continues", "Story continues below advertisement", "Continue reading",
                                    "Continue reading the main story", "Article continues after advertisement"])
def test_a_portal_s_continuation_prompt_inside_the_text_is_boilerplate(chrome):
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, chrome, CLOSING])
    assert (sections[chrome], sections[CLOSING]) == ("boilerplate", "body")


def test_a_sentence_about_continuing_stays_body():
    sentence = "The story continues in the spring, when the keepers will vote again on the night shifts."
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, sentence, CLOSING])
    assert sections[sentence] == "body"


@pytest.mark.parametrize("author", [("Lena Moss", "@lenamoss"), ("Tomás Ferreira", "@tferreira_canal")])
def test_the_name_and_handle_over_a_social_post_are_bylines(author):
    post = ("Thread: the lock keepers' strike, and why it is about sleep more than pay. Nobody has had a full "
            "night off since March. 1/4")
    sections = _sections(["Pastebook", *author, post, OPENING], title=post)
    assert [sections[line] for line in author] == ["byline", "byline"]
    assert sections["Pastebook"] == "boilerplate"


def test_a_section_label_over_the_headline_stays_boilerplate():
    sections = _sections(["Ashmere Echo", "Canal News", ARTICLE_TITLE, OPENING, CLOSING])
    assert (sections["Ashmere Echo"], sections["Canal News"]) == ("boilerplate", "boilerplate")


@pytest.mark.parametrize("second", [
    "2/4 The branch asked for a rota in April. The authority answered in August, with a form.",
    "2. The branch asked for a rota in April. The authority answered in August, with a form.",
])
def test_the_second_post_or_point_under_the_headline_is_no_standfirst(second):
    sections = _sections([ARTICLE_TITLE, second, OPENING, CLOSING])
    assert sections[second] == "body"




@pytest.mark.parametrize("original", ["Original: \u201cDer Kanal schl\u00e4ft nie\u201d, Kanalbote, 3 May 2021.",
                                      "Original article: Lock keepers and their nights, Towpath Weekly, 2020"])
def test_the_original_s_details_under_a_translation_are_no_body(original):
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, CLOSING, original])
    assert sections[original] in ("byline", "boilerplate", "references")


def test_a_sentence_on_the_original_plan_stays_body():
    sentence = "Original plans for the canal, drawn up in 1790, show no locks at all between the two towns."
    sections = _sections([ARTICLE_TITLE, OPENING, sentence, MIDDLE, CLOSING])
    assert sections[sentence] == "body"


@pytest.mark.parametrize("heading", ["Read also", "Also read", "See also"])
def test_an_inline_link_heading_is_boilerplate(heading):
    sections = _sections([ARTICLE_TITLE, OPENING, heading, MIDDLE, CLOSING])
    assert (sections[heading], sections[MIDDLE]) == ("boilerplate", "body")


@pytest.mark.parametrize("note", [
    "This meeting was held under a non-attribution rule. Views are not attributed to named participants.",
    "The discussion was held under the Chatham House Rule.",
    "Remarks are not attributed to individual speakers.",
])
def test_a_non_attribution_note_is_boilerplate(note):
    sections = _sections([ARTICLE_TITLE, note, OPENING, MIDDLE, CLOSING])
    assert sections[note] == "boilerplate"


def test_a_sentence_about_attribution_stays_body():
    sentence = ("The keepers' leaflet was not signed, and the authority has attributed it to the branch secretary, "
                "who denies writing it.")
    sections = _sections([ARTICLE_TITLE, OPENING, sentence, MIDDLE, CLOSING])
    assert sections[sentence] == "body"


@pytest.mark.parametrize("heading", ["Recommendations", "What the branch wants"])
def test_a_numbered_list_of_sentences_closing_the_text_stays_body(heading):
    items = ["1. Pay the night shifts at the weekend rate.", "2. Publish the rota a month ahead.",
             "3. Keep two keepers on the top lock at night."]
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, CLOSING, heading, *items, "\u00a9 2024 Ashmere Echo"])
    assert [sections[block] for block in (heading, *items)] == ["body"] * 4


def test_a_numbered_list_of_links_after_the_text_stays_boilerplate():
    items = ["1. Canal trust names new chair", "2. Towpath to close for repairs"]
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, CLOSING, "Most read", *items])
    assert [sections[item] for item in items] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("credit", ["Summary prepared by Priya Nair, research assistant.",
                                    "Compiled by Tom Fairley, staff writer."])
def test_a_credit_with_a_role_closed_by_a_full_stop_is_a_byline(credit):
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, CLOSING, credit])
    assert sections[credit] == "byline"


@pytest.mark.parametrize("sentence", ["Backed by Moscow Harbour Bank.",
                                      "Backed by Anna Berg, the keepers won the first round.",
                                      "Led by Tom Fairley, the branch has never lost a vote."])
def test_a_sentence_opening_with_a_participle_and_by_stays_body(sentence):
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, sentence, CLOSING])
    assert sections[sentence] == "body"


@pytest.mark.parametrize("disclaimer", [
    "Disclaimer: towpath boundaries on these canal maps are drawn for guidance and carry no legal weight.",
    "DISCLAIMER: All counts here are preliminary and subject to revision.",
])
def test_a_labelled_disclaimer_is_boilerplate(disclaimer):
    sections = _sections([ARTICLE_TITLE, OPENING, MIDDLE, disclaimer, CLOSING])
    assert (sections[disclaimer], sections[CLOSING]) == ("boilerplate", "body")
