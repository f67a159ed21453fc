"""Sections on whole pages of house styles the seeds do not have, written for these tests.

Every outlet, person and place is invented. Each page is a list of `(block, accepted sections)`,
where `"a|b"` accepts either section, as the gold sets do where both readings are fair.
"""

from __future__ import annotations

import pytest

from tests.corpus.conftest import section_misses

BULLETIN_TITLE = "Evening bulletin: ferry talks stall over the northern crossing"
BULLETIN = [
    ("Northmere Television", "boilerplate"),
    ("News | Programmes | Transcripts", "boilerplate"),
    (BULLETIN_TITLE, "headline"),
    ("Broadcast on 14 May 2021, 18:00 BST", "byline"),
    ("PRESENTER: Good evening. Talks on the northern ferry crossing broke up this afternoon without a date "
     "for the next round, and both delegations blamed the other for the delay.", "body"),
    ("[TITLES]", "boilerplate|body"),
    ("PRESENTER: Our correspondent Tomas Brenner watched the delegates leave.", "body"),
    ("CORRESPONDENT (voice-over): The convoy left the old customs hall shortly after four, and nobody "
     "stopped to speak to the cameras waiting at the gate.", "body"),
    ("CORRESPONDENT (piece to camera): Inside, the mood was said to be polite but cold.", "body"),
    ("MARTA VELLINGER, Centre for Coastal Studies: The crossing matters less for trade than for pride.", "body"),
    ("ADAM KOSS (translated): We have waited twelve years for this ferry.", "body"),
    ("CORRESPONDENT (voice-over): The island council meets again on Friday, and it will ask the ministry "
     "for a written timetable before it signs anything else.", "body"),
    ("[STUDIO]", "boilerplate|body"),
    ("PRESENTER: Tomas Brenner reporting. That's all from us tonight.", "body|boilerplate"),
    ("[END OF TRANSCRIPT]", "boilerplate"),
    ("This transcript may not be in its final form and may be updated.", "boilerplate"),
    ("© 2021 Northmere Television", "boilerplate"),
]

LETTERS_TITLE = "The ferry deal is not a friendship: readers respond"
LETTERS = [
    ("The Ashby Gazette", "boilerplate"),
    ("Opinion › Letters", "boilerplate"),
    (LETTERS_TITLE, "headline"),
    ("Last week's report on the ferry crossing drew more letters than anything we have published this year. "
     "A selection follows; some have been shortened.", "body|standfirst"),
    ("A lease is not an alliance", "body|comment"),
    ("Your report treats the ferry lease as a sign of lasting friendship between the two councils. Anyone who "
     "has lived on the island knows that the lease was signed because neither side could afford to walk away, "
     "and it will last exactly as long as that remains true.", "body|comment"),
    ("Margaret Hollis", "byline|comment"),
    ("Lower Brenton", "byline|comment"),
    ("Ships come and go", "body|comment"),
    ("The ministry has moved its boats in and out of the harbour for twenty years, and each time we were told "
     "it meant nothing. I see no reason to believe it means more now.", "body|comment"),
    ("Dr Peter Amsel", "byline|comment"),
    ("Kestwick, Northshire", "byline|comment"),
    ("What the islanders want", "body|comment"),
    ("Nobody asked the people who use the ferry every day. A timetable that works in winter would do more for "
     "goodwill than any ceremony on the quay.", "body|comment"),
    ("Ruth Okafor", "byline|comment"),
    ("Port Selby", "byline|comment"),
    ("Write to us: letters@ashbygazette.example", "boilerplate"),
    ("© 2024 The Ashby Gazette", "boilerplate"),
]

PAPER_TITLE = "The price of a veto: how small councils bargain with large neighbours"
PAPER = [
    ("Lakeside Policy Blog", "boilerplate"),
    ("Research › Working papers", "boilerplate"),
    (PAPER_TITLE, "headline"),
    ("Anna Keller¹, Jonas Brandt² and Lina Moreau¹", "byline"),
    ("¹ Department of Politics, University of Eastmere", "byline"),
    ("² Institute for Regional Studies, Lakeside", "byline"),
    ("Abstract", "standfirst|body|boilerplate"),
    ("We ask why small councils keep vetoes they rarely use. Drawing on forty years of votes in three regional "
     "assemblies, we find that a veto is worth most when it is threatened and least when it is cast.",
     "standfirst|body"),
    ("Keywords: veto, regional assemblies, bargaining, small states", "boilerplate|standfirst"),
    ("Small councils have long been thought to gain little from a seat at the table. The votes we collected "
     "suggest otherwise: in most of the disputes we coded, the threat of a veto moved the final text more "
     "than any amendment did (Keller 2019; Moreau and Dahl 2021).", "body"),
    ("What the votes show", "body"),
    ("Across the three assemblies, vetoes were cast in fewer than one dispute in twenty, yet the council that "
     "held one was named in the final text in more than half of them. We call this the «shadow veto» and "
     "argue that it is priced in long before any vote.", "body"),
    ("References", "references"),
    ("Dahl, P. and Moreau, L. (2021) «Quiet power in regional assemblies», Journal of Example Studies 12(3), "
     "pp. 45–67.", "references"),
    ("Keller, A. (2019) The Small Council. Eastmere: Example University Press.", "references"),
    ("Cite as: Keller, A., Brandt, J. and Moreau, L. (2024) «The price of a veto». Lakeside Working Paper 7.",
     "boilerplate|references"),
]

BRIEF_TITLE = "Coast news in brief, 14 September 2013"
BRIEF = [
    ("Tidewater Press Agency", "boilerplate"),
    (BRIEF_TITLE, "headline"),
    ("Compiled by Nora Lindqvist", "byline"),
    ("14 September 2013", "byline"),
    ("KESTWICK, Sept 14 (TPA) - Delegates from the two island councils agreed on Saturday to meet again next "
     "month, after a day of talks that both sides described as useful.", "body"),
    ("Delegates leave the council building in Kestwick on Saturday.", "caption"),
    ("Photo: Jonas Holm/TPA", "caption"),
    ("PORT SELBY, Sept 14 (TPA) - The ferry operator said it would add a winter crossing from November.",
     "body"),
    ("LOWER BRENTON, Sept 14 (TPA) - Fishermen protested outside the harbour office over new mooring fees, "
     "the third protest this summer.", "body"),
    ("A fisherman holds a banner outside the harbour office.", "caption"),
    ("Photo: Clara Wendt/TPA", "caption"),
    ("ASHBY, Sept 14 (TPA) - The regional court adjourned the harbour case until October, lawyers said.",
     "body"),
    ("Compiled by Nora Lindqvist; edited by Ben Sato", "byline|boilerplate"),
    ("For photographs, contact the TPA pictures desk.", "boilerplate"),
]

CHECK_TITLE = "Fact check: did the ministry withdraw every ferry from the northern route?"
CHECK = [
    ("Marlow Check", "boilerplate"),
    ("Home | Fact checks | About", "boilerplate"),
    (CHECK_TITLE, "headline"),
    ("By Ada Whitlock", "byline"),
    ("20 December 2024", "byline"),
    ("Claim", "standfirst|body"),
    ("“Every ferry has left the northern route and none will return.”", "standfirst|body"),
    ("Source: a post on a social network, 15 December 2024", "standfirst|body"),
    ("Rating: Misleading", "standfirst|body"),
    ("Two of the four ferries were moved south in December. The other two still run, on a reduced timetable.",
     "standfirst|body"),
    ("What we found", "body"),
    ("The ministry's own timetable, published on 16 December, lists two crossings a day on the northern route "
     "until the end of March, down from six, and the harbour office confirmed that both boats sailed this "
     "week.", "body"),
    ("Our ruling", "body"),
    ("The post is right that the service was cut, but wrong that it ended. We rate it misleading.", "body"),
    ("Sources", "references"),
    ("Ministry of Transport, northern route timetable, published 16 December 2024", "references"),
    ("Interview with the harbour office in Port Selby, 18 December 2024, by telephone with the duty manager "
     "on the morning shift.", "references"),
    ("Share this fact check", "boilerplate"),
]

FEATURE_TITLE = "The guarantors"
FEATURE = [
    ("Harbourline", "boilerplate"),
    ("Features | Politics | Culture", "boilerplate"),
    (FEATURE_TITLE, "headline"),
    ("They promised the island a safe crossing. Then the boats went south, and the promise went with them.",
     "standfirst"),
    ("By Ines Carvalho", "byline"),
    ("November 2021", "byline"),
    ("W\nhen the inspectors arrived in the spring, the harbour master walked them along the quay and pointed "
     "at every mooring that had stood empty since the storm, one after the other, without a word.", "body"),
    ("The island had been promised a ferry three times. Each promise came with a ceremony, a ribbon and a "
     "photograph, and each ended with the boat sailing somewhere else before the winter.", "body"),
    ("“They came three times, and three times they left before the ice,” said Amal Haddad, who has run the "
     "quay café for thirty years.", "body"),
    ("◆", "boilerplate|body"),
    ("“Three times they came … and three times they left”", "body|boilerplate"),
    ("— Amal Haddad", "body|boilerplate"),
    ("The council does not dispute the account. Its minutes record each visit, and each departure, in the "
     "same flat language, as if the boats were weather rather than decisions someone had made.", "body"),
    ("◆", "boilerplate|body"),
    ("By the autumn the quay was quiet again. The café still opens at six, in case a boat comes in.", "body"),
    ("Ines Carvalho is a writer based in Lisbon whose reporting on island communities has appeared widely.",
     "byline|boilerplate"),
]

# The same styles laid out otherwise: the first turn under the headline, a caption line over its words, a
# signature on one line, affiliations after the references, the claim box above the byline, credits in the
# caption, an ornament of asterisks.
BULLETIN_2 = [
    ("Evening news", "boilerplate"),
    (BULLETIN_TITLE, "headline"),
    ("Presenter: Lena Ash", "byline"),
    ("PRESENTER: Good evening. The ferry talks have stalled again, and the island council says it will not "
     "sign anything this year.", "body"),
    ("CORRESPONDENT (voice-over):", "body"),
    ("The delegates left by the back door, and the council's spokesman said only that the talks would resume.",
     "body"),
    ("MARTA VELLINGER, Centre for Coastal Studies (translated):", "body"),
    ("Nobody on the island believes the ministry any more.", "body"),
    ("[END OF TRANSCRIPT]", "boilerplate"),
]
LETTERS_2 = [
    (LETTERS_TITLE, "headline"),
    ("Readers on last week's report about the ferry lease.", "body|standfirst"),
    ("Not friendship but need", "body|comment"),
    ("The lease will last exactly as long as both councils need it, and not a day longer, whatever the "
     "speeches on the quay say about friendship.", "body|comment"),
    ("Helen Marsh, London SW1", "byline|comment"),
    ("A winter timetable, please", "body|comment"),
    ("Before anyone signs anything, could somebody on the council try the crossing in January?", "body|comment"),
    ("Tom Ashworth", "byline|comment"),
    ("Leeds LS6", "byline|comment"),
]
LETTERS_3 = [
    (LETTERS_TITLE, "headline"),
    ("Sir,", "body|comment"),
    ("The lease will last exactly as long as both councils need it, whatever the speeches say.", "body|comment"),
    ("Col. Jan Maris", "byline|comment"),
    ("Former harbour master, Kestwick", "byline|comment"),
    ("Winter crossings", "body|comment"),
    ("Could somebody on the council try the crossing in January, before anyone signs?", "body|comment"),
    ("ANNA PRYCE", "byline|comment"),
    ("Port Selby", "byline|comment"),
]
PAPER_2 = [
    (PAPER_TITLE, "headline"),
    ("Anna Keller (1) and Jonas Brandt (2)", "byline"),
    ("Abstract: We ask why small councils keep vetoes they rarely use, and find that a veto is worth most when "
     "it is threatened and least when it is cast.", "standfirst|body"),
    ("JEL codes: D72, F51", "boilerplate|standfirst"),
    ("Small councils have long been thought to gain little from a seat at the table. The votes we collected "
     "suggest otherwise: the threat of a veto moved the final text more than any amendment did.", "body"),
    ("References", "references"),
    ("Keller, A. (2019) The Small Council. Eastmere: Example University Press.", "references"),
    ("(1) Department of Politics, University of Eastmere", "byline"),
    ("(2) Institute for Regional Studies, Lakeside", "byline"),
    ("How to cite: Keller, A. and Brandt, J. (2024) «The price of a veto». Lakeside Working Paper 7.",
     "boilerplate|references"),
]
CHECK_2 = [
    (CHECK_TITLE, "headline"),
    ("Claim", "standfirst|body"),
    ("“Every ferry has left the northern route.”", "standfirst|body"),
    ("— a post shared on a social network, 15 December 2024", "standfirst|body"),
    ("Our rating: Misleading. Two of the four ferries were moved south; the other two still run.",
     "standfirst|body"),
    ("By Ada Whitlock", "byline"),
    ("20 December 2024", "byline"),
    ("The ministry's own timetable lists two crossings a day on the northern route until the end of March, down "
     "from six, and the harbour office confirmed that both boats sailed this week.", "body"),
    ("Sources:", "references"),
    ("• Ministry of Transport, northern route timetable, 16 December 2024", "references"),
    ("• Email from the harbour office press desk, 18 December 2024", "references"),
]
BRIEF_2 = [
    (BRIEF_TITLE, "headline"),
    ("Compiled by Nora Lindqvist", "byline"),
    ("KESTWICK, Sept 14 (TPA) - Delegates from the two island councils agreed on Saturday to meet again next "
     "month.", "body"),
    ("Delegates leave the council building in Kestwick on Saturday. Photo: Jonas Holm/TPA", "caption"),
    ("PORT SELBY, Sept 14 (TPA) - The ferry operator said it would add a winter crossing from November.",
     "body"),
    ("Pictures: TPA photo desk", "boilerplate"),
]
FEATURE_2 = [
    (FEATURE_TITLE, "headline"),
    ("By Ines Carvalho", "byline"),
    ("The quay at dawn, from the ferry's deck.", "caption"),
    ("(Harbourline/Jonas Holm)", "caption"),
    ("I", "body"),
    ("n the spring the inspectors came back, and the harbour master walked them along the quay again, "
     "pointing at every mooring that had stood empty since the storm.", "body"),
    ("* * *", "boilerplate|body"),
    ("The council does not dispute the account. Its minutes record each visit, and each departure, in the "
     "same flat language.", "body"),
    ("Ines Carvalho is a writer based in Lisbon.", "byline|boilerplate"),
]

INTERVIEW_TITLE = "The harbour master who stopped waiting"
INTERVIEW = [
    (INTERVIEW_TITLE, "headline"),
    ("Twelve years of promises about the ferry, and why the woman who kept the quay stopped believing them.",
     "standfirst"),
    ("This interview has been edited for length and clarity.", "boilerplate"),
    ("By Ola Nystrom", "byline"),
    ("Q: When did the boats stop coming?", "body"),
    ("A: The first winter after the lease was signed. Nobody told us; they simply did not arrive.", "body"),
    ("Q: And now?", "body"),
    ("A: Now I open the café at six, in case one does.", "body"),
]

PAGES = {"bulletin": (BULLETIN_TITLE, BULLETIN), "letters": (LETTERS_TITLE, LETTERS),
         "working paper": (PAPER_TITLE, PAPER), "news in brief": (BRIEF_TITLE, BRIEF),
         "fact check": (CHECK_TITLE, CHECK), "feature": (FEATURE_TITLE, FEATURE),
         "bulletin, captions over the words": (BULLETIN_TITLE, BULLETIN_2),
         "letters, signed on one line": (LETTERS_TITLE, LETTERS_2),
         "letters, roles and names in capitals": (LETTERS_TITLE, LETTERS_3),
         "working paper, affiliations last": (PAPER_TITLE, PAPER_2),
         "fact check, claim above the byline": (CHECK_TITLE, CHECK_2),
         "news in brief, credits in the caption": (BRIEF_TITLE, BRIEF_2),
         "feature, asterisks": (FEATURE_TITLE, FEATURE_2),
         "interview with an editing note": (INTERVIEW_TITLE, INTERVIEW)}


@pytest.mark.parametrize("style", list(PAGES))
def test_every_block_of_a_house_style_page_gets_an_accepted_section(style):
    assert section_misses(*PAGES[style]) == []


ARTICLE_TITLE = "The island council gives up the quay"
PARAGRAPH = ("The council voted on Monday to hand the northern quay back to the ministry, ending twelve years of "
             "argument over who should pay for the breakwater and the crews who keep the ferry running in winter.")
SECOND_PARAGRAPH = ("The ministry said it would keep a ferry on the route through the winter, but it gave no "
                    "timetable, and the harbour office said it had heard nothing about crews or fuel.")
STAYS_BODY = {
    "a name line over an answer is a speaker, not a signature": [
        ("Jane Roe", "body"),
        ("We never expected the ministry to keep its word, and it did not, so the vote was easy.", "body")],
    "a crosshead naming a person over prose": [
        ("Anna Keller", "body"),
        ("The harbour master has kept the keys to the quay since the storm, and she has no plans to hand them over "
         "before the ministry pays what it owes.", "body")],
    "a closing paragraph in the authors' voice": [
        ("We find that the quay matters less for trade than for pride, and our data support the council's view.",
         "body")],
    "long paragraphs under a notes heading": [
        ("Notes", "references"), (PARAGRAPH + " " + PARAGRAPH, "body")],
    "a line that speaks of an end": [
        ("The end of the lease", "body"), (SECOND_PARAGRAPH, "body")],
}


@pytest.mark.parametrize("case", list(STAYS_BODY))
def test_lines_of_ordinary_articles_that_look_like_new_styles_stay_body(case):
    page = [(ARTICLE_TITLE, "headline"), ("By Ola Nystrom", "byline"), (PARAGRAPH, "body"), *STAYS_BODY[case]]
    assert section_misses(ARTICLE_TITLE, page) == []


@pytest.mark.parametrize("byline, note, accepted", [
    ("By Ines Carvalho", "Ines Carvalho has reported from the islands since 2012 and lives in Lisbon.", "byline"),
    ("Ines Carvalho and Ola Nystrom", "Ola Nystrom covered the ferry talks for this magazine.", "byline"),
    ("By Ola Nystrom", "Ines Carvalho has run the quay café since 2012 and lives above it.", "body"),
    ("Ola Nystrom", "Ola Nystrom is a historian of island politics.", "byline"),
    ("By Ola Nystrom", "The writer, a former harbour pilot, is a fellow at the Example Institute.", "byline"),
    ("By Ola Nystrom", "The writer is a retired ferry captain.", "byline"),
    ("By Ola Nystrom", "The author, Vladimir Putin said, was wrong about the bases.", "body"),  # a report, no note
    ("By Ola Nystrom", "The writer teaches at the Example Institute in Lisbon.", "byline"),
    ("By Ola Nystrom", "The author of the UN report said Russian jets had struck six hospitals in Idlib.", "body"),
    ("By Ola Nystrom", "The writer and activist Yassin al-Haj Saleh argues that Russia saved Assad but not Syria.",
     "body"),
    ("By Ola Nystrom", "The author concludes that Moscow won the war in Syria but could not pay for the peace.", "body"),
])
def test_a_last_paragraph_opening_with_the_bylined_name_is_the_author_note(byline, note, accepted):
    page = [(ARTICLE_TITLE, "headline"), (byline, "byline"), (PARAGRAPH, "body"), (SECOND_PARAGRAPH, "body"),
            (note, accepted)]
    assert section_misses(ARTICLE_TITLE, page) == []


NAMED_ABOVE = ("Marta Sousa, who has worked the night crossing for twenty years, said the crews had heard nothing "
               "from the ministry since the spring.")


@pytest.mark.parametrize("above, note, accepted", [
    # a person the article never named, and what they do in the present: the writer, however the header credits them
    (SECOND_PARAGRAPH, "Marta Sousa covers the islands and their ferries for the Example Courier.", "byline"),
    (SECOND_PARAGRAPH, "Rui Almeida teaches maritime law at the University of Lisbon.", "byline|boilerplate"),
    # near misses: a person the article named, a past tense, a feature's or a company's note, a quoted remark
    (NAMED_ABOVE, "Marta Sousa lives above the quay café and says the ferry is always late.", "body"),
    (SECOND_PARAGRAPH, "Marta Sousa worked the night crossing for twenty years before it was cut.", "body"),
    (SECOND_PARAGRAPH, "Island Voices is a weekly feature on life beyond the mainland.", "body|boilerplate"),
    (SECOND_PARAGRAPH, "Marta Sousa writes that “the ferry is the island’s only road”.", "body"),
    # near misses: a closing news paragraph that brings in a new person in the present, with no newsroom or
    # institution the person writes for or teaches at
    (SECOND_PARAGRAPH, "Captain Tiago Reis heads the coastguard patrol on the northern quay.", "body"),
    (SECOND_PARAGRAPH, "Lucia Ferraz lives in a caravan behind the harbour with her three sons.", "body"),
    (SECOND_PARAGRAPH, "Bruno Matos works at the last chandlery still trading on the quay.", "body"),
])
def test_a_last_paragraph_on_what_a_person_the_article_never_named_does_is_the_author_note(above, note, accepted):
    page = [(ARTICLE_TITLE, "headline"), ("By Ola Nystrom", "byline"), (PARAGRAPH, "body"), (above, "body"),
            (note, accepted)]
    assert section_misses(ARTICLE_TITLE, page) == []


@pytest.mark.parametrize("note, accepted", [
    ("Ines Carvalho was Portugal's consul on the islands. She now teaches in Lisbon.", "byline"),
    ("Bashar al-Assad was Russia's client long before the jets arrived in 2015.", "body"),
])
def test_a_last_paragraph_opening_with_a_name_bylined_in_capitals_is_the_author_note(note, accepted):
    page = [(ARTICLE_TITLE, "headline"), ("INES CARVALHO", "byline"), ("Lisbon   4 MAR 2014 - 09:15", "byline"),
            (PARAGRAPH, "body"), (SECOND_PARAGRAPH, "body"), (note, accepted)]
    assert section_misses(ARTICLE_TITLE, page) == []


KNOWN_GAPS = {
    "an author note without a newsroom role, 'writes about' or the bylined name": [
        ("Ines Carvalho has reported from the islands since 2012 and lives in Lisbon.", "byline|boilerplate")],
    "a sources list without its heading": [
        ("Ministry of Transport, northern route timetable, 16 December 2024", "references"),
        ("Harbour office, Port Selby, telephone interview, 18 December 2024", "references")],
}


@pytest.mark.xfail(strict=True, reason="an author note or a sources list is read from its heading or its wording, "
                                       "not from its place after the last paragraph")
@pytest.mark.parametrize("case", list(KNOWN_GAPS))
def test_closing_blocks_known_only_by_their_place(case):
    page = [(ARTICLE_TITLE, "headline"), ("By Ola Nystrom", "byline"), (PARAGRAPH, "body"),
            (SECOND_PARAGRAPH, "body"), *KNOWN_GAPS[case]]
    assert section_misses(ARTICLE_TITLE, page) == []


@pytest.mark.parametrize("page", [
    [(ARTICLE_TITLE, "headline"), ("Volume 12: debated on Tuesday 3 May 2016", "boilerplate|byline"),
     (PARAGRAPH, "body"), (SECOND_PARAGRAPH, "body")],
    [(ARTICLE_TITLE, "headline"), ("Doc. IC/1234", "boilerplate|byline"), ("3 May 2016", "byline"),
     (PARAGRAPH, "body"), (SECOND_PARAGRAPH, "body")],
    [(ARTICLE_TITLE, "headline"), ("Editorial", "boilerplate|byline"), (PARAGRAPH, "body"),
     (SECOND_PARAGRAPH, "body"),
     ("Do you have a view on the ferry? Email us a letter of up to 300 words.", "boilerplate")],
    [(ARTICLE_TITLE, "headline"), ("Ola Nystrom", "byline"), (PARAGRAPH, "body"), (SECOND_PARAGRAPH, "body"),
     ("The Keeper of the Quay by Anna Keller is published by Example Press (£25, 320pp).", "boilerplate")],
], ids=["a dated record line is no standfirst", "a document symbol is no photo credit",
        "a closing prompt to write in", "a review's publication line"])
def test_metadata_lines_of_records_leaders_and_reviews(page):
    assert section_misses(ARTICLE_TITLE, page) == []


def test_a_standfirst_may_name_a_month_without_its_day():
    standfirst = "How the intervention of September 2015 changed what the ministry could promise the island"
    page = [(ARTICLE_TITLE, "headline"), (standfirst, "standfirst"), ("By Ola Nystrom", "byline"),
            (PARAGRAPH, "body"), (SECOND_PARAGRAPH, "body")]
    assert section_misses(ARTICLE_TITLE, page) == []


def test_the_dates_of_a_timeline_are_its_headings_and_a_time_stamp_stays_a_byline():
    page = [(ARTICLE_TITLE, "headline"), ("By Ola Nystrom", "byline"), ("12 May 2016", "byline"),
            (PARAGRAPH, "body"), ("March 2011", "body"), (SECOND_PARAGRAPH, "body"), ("8 December 2024", "body"),
            (PARAGRAPH + " Again.", "body"), ("14:05 GMT", "byline"), (SECOND_PARAGRAPH + " Again.", "body")]
    assert section_misses(ARTICLE_TITLE, page) == []


# Six more house styles, annotated by hand before the code ran on them: a press briefing with QUESTION turns, an
# encyclopedia article with [edit] headings, a report copied from a PDF with running heads and page numbers, a
# newsletter of bold labels, a forum thread where the first post is the article, and a government statement.
BRIEFING_TITLE = "Daily press briefing by the ministry spokesperson, 9 March 2022"
BRIEFING = [
    ("Ministry of Harbours and Coasts", "boilerplate"),
    ("Press room › Briefings", "boilerplate"),
    (BRIEFING_TITLE, "headline"),
    ("Transcript", "boilerplate|byline"),
    ("9 March 2022, 11:30", "byline"),
    ("MS. HOLLAND: Good morning. I have two announcements before I take your questions. First, the winter "
     "timetable for the northern crossing will be published on Friday, and it keeps two sailings a day.", "body"),
    ("Second, the minister travels to Port Wendle on Monday to meet the island council.", "body"),
    ("QUESTION: Thank you. Does two sailings a day mean the third boat is gone for good?", "body"),
    ("MS. HOLLAND: It means what it says. Two sailings a day through March, and then we look again.", "body"),
    ("QUESTION: Has the council been told?", "body"),
    ("MS. HOLLAND: Yesterday evening.", "body"),
    ("QUESTION (Harbour Radio): Can you confirm that the crews were offered transfers to the southern route?",
     "body"),
    ("MS. HOLLAND: I won't discuss personnel matters from this podium.", "body"),
    ("QUESTION: One more on the ferry —", "body"),
    ("MS. HOLLAND: Last one, please.", "body"),
    ("(The briefing ended at 11:52.)", "boilerplate|body"),
    ("Related documents", "boilerplate"),
    ("Winter timetable, northern crossing (PDF, 240 KB)", "boilerplate"),
    ("Statement by the minister on the island council, 7 March 2022", "boilerplate"),
    ("Page last reviewed: 10 March 2022", "boilerplate|byline"),
]

ENCYCLOPEDIA_TITLE = "Northern crossing ferry dispute"
ENCYCLOPEDIA = [
    ("Wikiharbour", "boilerplate"),
    ("Article  Talk  Read  Edit  View history", "boilerplate"),
    (ENCYCLOPEDIA_TITLE, "headline"),
    ("From Wikiharbour, the free encyclopedia", "boilerplate"),
    ("Date\t2009–2021", "boilerplate"),
    ("Location\tBrennick, Northern Isles", "boilerplate"),
    ("The northern crossing ferry dispute was a disagreement between the Ministry of Harbours and the island "
     "council of Brennick over who should pay for the ferry route, from 2009 until the council handed the "
     "northern quay back to the ministry in 2021.[1]", "body|standfirst"),
    ("Contents", "boilerplate"),
    ("1 Background", "boilerplate"),
    ("2 The lease of 2012", "boilerplate"),
    ("3 Aftermath", "boilerplate"),
    ("4 References", "boilerplate"),
    ("Background[edit]", "body"),
    ("The route opened in 1987 with a single boat, paid for by the ministry. After the fuel crisis of 2008 the "
     "ministry asked the council to share the cost of the winter sailings, which the council refused, arguing "
     "that a ferry was a road and roads were the ministry's business.[2]", "body"),
    ("The lease of 2012[edit]", "body"),
    ("Under the lease signed in June 2012, the council took over the quay and half the winter costs in return "
     "for a seat on the timetable board.[3] Critics on both sides called it a truce rather than a settlement.",
     "body"),
    ("The lease was renewed twice.[4]", "body"),
    ("Aftermath[edit]", "body"),
    ("In May 2021 the council voted to end the lease. The ministry kept two sailings a day, and the third boat "
     "was moved to the southern route the following winter.[5]", "body"),
    ("References[edit]", "references"),
    ("1. ^ Keller, Anna (2019). The Small Council. Eastmere: Example University Press. p. 41.", "references"),
    ("2. ^ \"Island says no to ferry bill\". Brennick Courier. 12 November 2009. Retrieved 3 January 2022.",
     "references"),
    ("3. ^ Ministry of Harbours (2012). Northern quay lease (Report). p. 7.", "references"),
    ("4. ^ Keller 2019, pp. 88–90.", "references"),
    ("5. ^ \"Third ferry moves south\". Harbour Radio. 2 October 2021. Retrieved 3 January 2022.", "references"),
    ("Categories: Ferry routes | Island politics | Disputes of the 2010s", "boilerplate"),
    ("This page was last edited on 2 February 2024, at 10:15.", "boilerplate"),
]

PDF_REPORT_TITLE = "Annual Review of the Northern Crossing 2023"
PDF_REPORT = [
    ("Island Transport Observatory", "boilerplate"),
    (PDF_REPORT_TITLE, "headline"),
    ("A report to the regional assembly on ferry services, fares and winter reliability", "standfirst"),
    ("Prepared by Lena Ashdown and Tomas Brenner", "byline"),
    ("March 2024", "byline"),
    ("Executive summary", "standfirst|body"),
    ("The northern crossing ran fewer sailings in 2023 than in any year since it opened. Fares rose twice, and "
     "the winter timetable was cut from three sailings a day to two. We recommend that the assembly fund a "
     "second winter crew before it funds a new boat.", "body"),
    ("2", "boilerplate"),
    ("ISLAND TRANSPORT OBSERVATORY — ANNUAL REVIEW 2023", "boilerplate"),
    ("1. Sailings and cancellations", "body"),
    ("Between January and December the harbour office logged 1,412 scheduled sailings on the northern route, of "
     "which 1,318 left on time. The remaining 94 were cancelled or delayed, and the logbooks give a cause for "
     "each of them, of", "body"),
    ("3", "boilerplate"),
    ("ISLAND TRANSPORT OBSERVATORY — ANNUAL REVIEW 2023", "boilerplate"),
    ("which weather accounts for a little over half and missing crew for almost all the rest, a share that has "
     "grown every year since 2019.", "body"),
    ("Figure 1. Cancelled sailings by cause, 2019–2023", "caption"),
    ("Source: harbour office logbooks", "caption|references"),
    ("2. Fares", "body"),
    ("A return ticket for a car and two adults rose from 38 to 46 crowns over the year. The council's survey "
     "suggests that islanders now cross less often and shop on the island more.", "body"),
    ("4", "boilerplate"),
    ("ISLAND TRANSPORT OBSERVATORY — ANNUAL REVIEW 2023", "boilerplate"),
    ("3. Recommendations", "body"),
    ("• Fund a second winter crew, so that one sick deckhand no longer cancels a sailing.", "body"),
    ("• Publish the winter timetable by the end of August each year.", "body"),
    ("Notes", "references"),
    ("1 Harbour office, logbook extracts, January to December 2023.", "references"),
    ("2 Regional assembly, transport committee minutes, 14 November 2023.", "references"),
    ("5", "boilerplate"),
    ("© Island Transport Observatory 2024", "boilerplate"),
]

NEWSLETTER_TITLE = "The island council walks away from the ferry"
NEWSLETTER = [
    ("Harbour Brief", "boilerplate"),
    (NEWSLETTER_TITLE, "headline"),
    ("Ola Nystrom", "byline"),
    ("Mar 9, 2022", "byline"),
    ("The island council voted on Monday to stop paying for the northern ferry, ending a twelve-year "
     "arrangement with the ministry.", "body|standfirst"),
    ("Why it matters: The vote leaves the ministry as the only funder of a route that loses money every winter.",
     "body"),
    ("Driving the news: Councillors voted nine to three after the ministry refused to open its fuel accounts.",
     "body"),
    ("Between the lines:", "body"),
    ("• The council never liked the lease, but it liked the seat on the timetable board that came with it.",
     "body"),
    ("• Without that seat, it has no say over winter sailings.", "body"),
    ("What they're saying: \"We are a council, not a bank,\" councillor Amal Rahimi told Harbour Brief.", "body"),
    ("Yes, but", "body"),
    ("The ministry says it will keep two sailings a day through March.", "body"),
    ("What's next: The assembly's transport committee meets on 21 March.", "body"),
    ("Go deeper: Why the northern crossing loses money", "boilerplate"),
    ("Thanks for reading. Forward this to a friend who takes the ferry.", "boilerplate"),
    ("Sign up for Harbour Brief", "boilerplate"),
]

FORUM_TITLE = "I ran the northern ferry for eleven years. Ask me anything."
FORUM = [
    ("Harbourtalk forums", "boilerplate"),
    ("Forums › Island life › Transport", "boilerplate"),
    (FORUM_TITLE, "headline"),
    ("Started by quaymaster_ines, 9 March 2022", "byline"),
    ("quaymaster_ines", "byline|comment"),
    ("9 Mar 2022, 14:02", "byline|comment"),
    ("Hi all. I was master of the northern ferry from 2010 until the council handed the quay back last year. I "
     "can talk about the boats, the crews and the timetable, but not about the lease, which I never saw.",
     "body"),
    ("Ask away.", "body"),
    ("Reply · Quote · 12 likes", "boilerplate|comment"),
    ("24 replies", "boilerplate|comment"),
    ("tidewatcher", "comment"),
    ("9 Mar 2022, 14:10", "comment"),
    ("What was the worst winter crossing you made?", "comment"),
    ("Reply · Quote · 3 likes", "comment|boilerplate"),
    ("quaymaster_ines", "comment"),
    ("9 Mar 2022, 14:25", "comment"),
    ("January 2014, without a doubt. We left on time and arrived four hours late, with half the cars chained to "
     "the deck and the other half in the hands of the insurers.", "comment|body"),
    ("Reply · Quote · 8 likes", "comment|boilerplate"),
    ("brennick_gull", "comment"),
    ("9 Mar 2022, 15:01", "comment"),
    ("Did the crews know the third boat was going south before the vote?", "comment"),
    ("Reply · Quote · 1 like", "comment|boilerplate"),
    ("Page 1 of 3   Next ›", "boilerplate"),
]

GOVERNMENT_TITLE = "Statement by the First Minister on the northern crossing"
GOVERNMENT = [
    ("Government of the Northern Isles", "boilerplate"),
    ("Home › News › Statements", "boilerplate"),
    (GOVERNMENT_TITLE, "headline"),
    ("From: Office of the First Minister", "byline"),
    ("Published 9 March 2022", "byline"),
    ("Delivered on: 9 March 2022 (Original script, may differ from delivered version)", "byline|boilerplate"),
    ("Madam Speaker,", "body"),
    ("With permission, I will make a statement on the future of the northern crossing.", "body"),
    ("Members will know that the island council voted on Monday to end its share of the funding for the "
     "northern ferry. I regret that decision, but I understand it, and I do not intend to spend this afternoon "
     "arguing about who was to blame for the lease.", "body"),
    ("The government will not let the route close. From April the ministry will pay the full cost of two "
     "sailings a day, and it will publish the winter timetable by the end of August each year.", "body"),
    ("I commend this statement to the House.", "body"),
    ("Share this page", "boilerplate"),
    ("Facebook  Twitter  Email", "boilerplate"),
    ("Is this page useful?  Yes  No", "boilerplate"),
    ("Related content", "boilerplate"),
    ("Ferry services in the Northern Isles: a guide", "boilerplate"),
    ("All content is available under the Open Government Licence v3.0, except where otherwise stated",
     "boilerplate"),
]

NEW_STYLES = {"press briefing": (BRIEFING_TITLE, BRIEFING), "encyclopedia": (ENCYCLOPEDIA_TITLE, ENCYCLOPEDIA),
              "report copied from a PDF": (PDF_REPORT_TITLE, PDF_REPORT),
              "newsletter of labels": (NEWSLETTER_TITLE, NEWSLETTER), "forum thread": (FORUM_TITLE, FORUM),
              "government statement": (GOVERNMENT_TITLE, GOVERNMENT)}


# Blocks of these pages the layout cues still get wrong, each with the general cause.
NEW_STYLE_GAPS = {
    ("newsletter of labels", "Go deeper: Why the northern crossing loses money"):
        "a label-colon link after the last paragraph reads as a crosshead",
    ("newsletter of labels", "Thanks for reading. Forward this to a friend who takes the ferry."):
        "a sign-off whose call to action is its second sentence reads as a closing sentence of prose",
    ("thread with handles", "About Community"):
        "a sidebar heading after a comment thread reads as a short comment",
    ("subscription newsletter post", "Why I stopped trusting the winter timetable"):
        "a subtitle under the headline shorter than eight words is no standfirst",
}


def _misses_but_gaps(style: str, title: str, page: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Return the misses of `section_misses` less the known gaps of `style` (tested apart, as expected failures)."""
    return [miss for miss in section_misses(title, page) if (style, miss[0]) not in NEW_STYLE_GAPS]


@pytest.mark.parametrize("style", list(NEW_STYLES))
def test_every_block_of_a_new_house_style_page_gets_an_accepted_section(style):
    assert _misses_but_gaps(style, *NEW_STYLES[style]) == []


# The new styles laid out otherwise, annotated by hand after the cues above were written and before they ran on
# these pages: a report with a dotted contents list and page footers, a noon briefing with mixed-case labels and
# crossheads in capitals, a thread with user handles and vote counts and no comments heading, and a press release.
PDF_REPORT_2 = [
    ("Harbour Council", "boilerplate"),
    ("Winter Services Review", "headline"),
    ("Final report, November 2022", "byline|boilerplate|standfirst"),
    ("Contents", "boilerplate"),
    ("1. Introduction .......... 2", "boilerplate"),
    ("2. What went wrong .......... 3", "boilerplate"),
    ("3. What we propose .......... 5", "boilerplate"),
    ("1. Introduction", "body"),
    ("The council asked us in March to review the winter ferry service after three crossings in a row were "
     "cancelled at a day's notice. We spoke to crews, passengers and the harbour office, and we read every "
     "logbook from the last five winters.", "body"),
    ("Page 2 of 9", "boilerplate"),
    ("2. What went wrong", "body"),
    ("Most cancellations had one of two causes: a crew member off sick with nobody to replace them, or a "
     "forecast that the harbour master judged too risky for the smaller of the two boats, which is the boat", "body"),
    ("Page 3 of 9", "boilerplate"),
    ("that sails most often in January and February, when the weather is at its worst.", "body"),
    ("Table 2: Cancelled crossings by cause, winters 2018–2022", "caption"),
    ("Note: a crossing delayed by more than two hours counts as cancelled.", "caption|body"),
    ("3. What we propose", "body"),
    ("We propose a standby crew for the winter months and a larger boat on the route from December to March, "
     "paid for jointly by the council and the ministry.", "body"),
    ("Page 5 of 9", "boilerplate"),
]

BRIEFING_2_TITLE = "Noon briefing by the Spokesperson for the Harbour Commission"
BRIEFING_2 = [
    ("Harbour Commission", "boilerplate"),
    ("Media › Briefings › 2022", "boilerplate"),
    (BRIEFING_2_TITLE, "headline"),
    ("11 April 2022", "byline"),
    ("The following is a near-verbatim transcript of today's noon briefing.", "boilerplate"),
    ("NORTHERN CROSSING", "body"),
    ("Good afternoon. The Commission welcomes the agreement reached yesterday between the island council and "
     "the ministry on the winter timetable for the northern crossing, which restores three sailings a day from "
     "December.", "body"),
    ("HARBOUR SAFETY", "body"),
    ("Inspectors will visit the four island harbours next week, starting in Port Wendle on Monday.", "body"),
    ("QUESTIONS AND ANSWERS", "body"),
    ("Question: Will the Commission pay for the third boat?", "body"),
    ("Spokesperson: The Commission does not run ferries. It welcomes an agreement that the two parties reached "
     "on their own.", "body"),
    ("Question: And the inspections, are they linked to the accident in February?", "body"),
    ("Spokesperson: They were planned last year.", "body"),
    ("* *** *", "boilerplate|body"),
    ("Related", "boilerplate"),
    ("Noon briefing, 8 April 2022", "boilerplate"),
    ("Noon briefing, 7 April 2022", "boilerplate"),
]

FORUM_2_TITLE = "I sailed the last winter ferry to Brennick. AMA"
FORUM_2 = [
    ("r/islandlife", "boilerplate"),
    (FORUM_2_TITLE, "headline"),
    ("Posted by u/deckhand_ola 3 years ago", "byline"),
    ("I worked as a deckhand on the northern route for six winters, until the third boat went south. Happy to "
     "answer anything about the crossings, the crews or the weather.", "body"),
    ("1.2k upvotes · 214 comments · Share", "boilerplate|comment"),
    ("tidewatcher · 3 yr. ago", "comment"),
    ("How often did you actually cancel because of the weather?", "comment"),
    ("Reply · Share · 88 upvotes", "comment|boilerplate"),
    ("deckhand_ola · 3 yr. ago", "comment"),
    ("Less than people think. Most cancellations were about crews, not weather, and the council knew it.",
     "comment|body"),
    ("Reply · Share · 140 upvotes", "comment|boilerplate"),
    ("About Community", "boilerplate"),
    ("Rules   Wiki   Moderators", "boilerplate"),
]

RELEASE_TITLE = "Ministry confirms three winter sailings on the northern crossing"
RELEASE = [
    ("Ministry of Harbours and Coasts", "boilerplate"),
    ("PRESS RELEASE", "boilerplate"),
    ("For immediate release: 12 April 2022", "byline|boilerplate"),
    (RELEASE_TITLE, "headline"),
    ("The Ministry of Harbours and Coasts today confirmed that the northern crossing will run three sailings a "
     "day from December, after an agreement with the island council of Brennick.", "body|standfirst"),
    ("The agreement follows four months of talks. The ministry will pay for a standby crew, and the council "
     "will pay for the upkeep of the northern quay.", "body"),
    ("\"This is a good day for the islands,\" said the Minister for Harbours, Petra Vell.", "body"),
    ("ENDS", "boilerplate"),
    ("Notes to editors", "boilerplate|references"),
    ("1. The northern crossing links Brennick with the mainland and carried 410,000 passengers in 2021.",
     "boilerplate|references|body"),
    ("2. The previous lease between the council and the ministry ended in May 2021.",
     "boilerplate|references|body"),
    ("Media enquiries: Press Office, +44 20 0000 0100, press@harbours.example", "boilerplate"),
]

NEW_STYLES_2 = {"report copied from a PDF, contents and footers": ("Winter Services Review", PDF_REPORT_2),
                "noon briefing": (BRIEFING_2_TITLE, BRIEFING_2), "thread with handles": (FORUM_2_TITLE, FORUM_2),
                "press release": (RELEASE_TITLE, RELEASE)}


@pytest.mark.parametrize("style", list(NEW_STYLES_2))
def test_every_block_of_a_new_house_style_laid_out_otherwise_gets_an_accepted_section(style):
    assert _misses_but_gaps(style, *NEW_STYLES_2[style]) == []


@pytest.mark.parametrize("style, block", [
    pytest.param(style, block, marks=pytest.mark.xfail(strict=True, reason=reason), id=f"{style}: {block[:30]}")
    for (style, block), reason in NEW_STYLE_GAPS.items()])
def test_known_gaps_of_the_new_house_style_pages(style, block):
    assert block not in [miss[0] for miss in section_misses(*{**NEW_STYLES, **NEW_STYLES_2}[style])]


# A third round, annotated by hand before the code ran on them, in styles no cue was written for: a journal
# article's landing page, a court's press summary of a judgment, a podcast's show notes with chapter times, and a
# personal blog with its sidebar.
JOURNAL_TITLE = "Ferries as promises: island politics and the state in the Northern Isles"
JOURNAL = [
    ("Journal of Island Studies", "boilerplate"),
    ("Volume 14, Issue 2, pp. 101–124", "boilerplate|byline"),
    ("Research article", "boilerplate"),
    (JOURNAL_TITLE, "headline"),
    ("Ines Carvalho and Ola Nystrom", "byline"),
    ("Received: 3 March 2023 · Accepted: 9 August 2023 · Published online: 2 October 2023", "byline|boilerplate"),
    ("https://doi.org/10.0000/jis.2023.0142", "boilerplate|byline"),
    ("Abstract", "standfirst|body|boilerplate"),
    ("Ferry services to small islands are usually studied as transport. We argue that they are better read as "
     "promises made by the state, and we show, from forty years of council minutes, that islanders judge the "
     "state by whether the boat comes rather than by what it costs.", "standfirst|body"),
    ("Keywords: islands; ferries; state promises; local government", "boilerplate|standfirst"),
    ("Introduction", "body"),
    ("When the third ferry left the northern route in 2021, the council minutes recorded the decision in a "
     "single line. The letters that followed it filled two boxes in the island archive.", "body"),
    ("Conclusion", "body"),
    ("A ferry timetable is a small document, but it carries a large promise, and islanders read it as one.",
     "body"),
    ("Funding", "body|boilerplate|references"),
    ("This work was supported by a grant from the Example Research Council.", "boilerplate|references|body"),
    ("References", "references"),
    ("Carvalho, I. (2019) Island Minutes. Eastmere: Example University Press.", "references"),
    ("Nystrom, O. and Keller, A. (2021) 'The last boat', Example Review 7(1), pp. 3–19.", "references"),
    ("© 2023 The Authors. Published by Example Press.", "boilerplate"),
]

JUDGMENT_TITLE = "Brennick Island Council v Ministry of Harbours"
JUDGMENT = [
    ("Regional Court of the Northern Isles", "boilerplate"),
    ("Judgments › 2022", "boilerplate"),
    ("Press summary", "boilerplate"),
    (JUDGMENT_TITLE, "headline"),
    ("[2022] RCNI 14", "boilerplate|byline"),
    ("On appeal from the Harbour Tribunal", "boilerplate|byline|standfirst"),
    ("Judges: Judge Marta Vell, Judge Piet Amsel, Judge Ruth Okafor", "byline"),
    ("Background to the appeal", "body"),
    ("The island council appealed against the tribunal's ruling that the ministry could move the third ferry to "
     "the southern route without consulting the council. The council argued that the lease of 2012 gave it a "
     "right to be consulted on any change to the winter timetable.", "body"),
    ("Judgment", "body"),
    ("The court dismisses the appeal. Judge Vell gives the lead judgment, with which the other judges agree.",
     "body"),
    ("Reasons for the judgment", "body"),
    ("The lease gave the council a seat on the timetable board, but it did not give the board any power over "
     "where the ministry's boats sail. The ministry was therefore free to move the boat.", "body"),
    ("References in square brackets are to paragraphs in the judgment.", "boilerplate|body"),
    ("NOTE: This summary is provided to help in understanding the court's decision. It does not form part of "
     "the reasons for the decision. The full judgment is the only authoritative document.", "boilerplate"),
    ("Read the full judgment (PDF)", "boilerplate"),
]

SHOW_NOTES_TITLE = "Episode 41: The ferry that never came back"
SHOW_NOTES = [
    ("The Harbour Hour", "boilerplate"),
    ("Episodes   About   Support the show", "boilerplate"),
    (SHOW_NOTES_TITLE, "headline"),
    ("14 March 2022 · 52 min", "byline"),
    ("Listen on your favourite app", "boilerplate"),
    ("This week Lena Ash talks to a former deckhand and a councillor about the winter the third ferry went "
     "south, and what the island lost with it.", "standfirst|body"),
    ("In this episode", "body|boilerplate"),
    ("00:00 Introduction", "boilerplate|body"),
    ("04:12 The last crossing", "boilerplate|body"),
    ("21:40 The council's vote", "boilerplate|body"),
    ("Guests", "body|byline|boilerplate"),
    ("Ola Nystrom, former deckhand on the northern route", "body|byline|boilerplate"),
    ("Amal Rahimi, councillor for Brennick North", "body|byline|boilerplate"),
    ("Produced by Tomas Brenner. Music by Ines Carvalho.", "byline"),
    ("Support the show", "boilerplate"),
]

BLOG_TITLE = "What the ferry timetable doesn't tell you"
BLOG = [
    ("Notes from the Quay", "boilerplate"),
    ("A blog about island life", "boilerplate"),
    (BLOG_TITLE, "headline"),
    ("Posted on 9 March 2022 by quaynotes", "byline"),
    ("Every winter the ministry publishes a timetable, and every winter I pin it to the fridge. It tells you when "
     "the boat is meant to leave. It does not tell you how often it actually does.", "body"),
    ("So I kept a record. Of the 180 winter crossings I meant to take last year, 31 did not happen, and most of "
     "those were cancelled the night before, by text message, for want of a deckhand.", "body"),
    ("Next winter I will keep the record again.", "body"),
    ("Posted in Island life | Tagged ferries, winter | 4 Comments", "boilerplate"),
    ("4 thoughts on “What the ferry timetable doesn't tell you”", "boilerplate|comment"),
    ("Ruth Okafor says:", "comment"),
    ("10 March 2022 at 08:15", "comment"),
    ("Same here. I stopped counting after twenty.", "comment"),
    ("Reply", "comment|boilerplate"),
    ("Recent posts", "boilerplate"),
    ("The quay in February", "boilerplate"),
    ("Why I still take the ferry", "boilerplate"),
    ("Archives", "boilerplate"),
    ("March 2022", "boilerplate"),
    ("February 2022", "boilerplate"),
]

NEW_STYLES_3 = {"journal article page": (JOURNAL_TITLE, JOURNAL), "judgment press summary": (JUDGMENT_TITLE, JUDGMENT),
                "podcast show notes": (SHOW_NOTES_TITLE, SHOW_NOTES), "personal blog": (BLOG_TITLE, BLOG)}


@pytest.mark.parametrize("style", list(NEW_STYLES_3))
def test_every_block_of_a_third_round_house_style_gets_an_accepted_section(style):
    assert _misses_but_gaps(style, *NEW_STYLES_3[style]) == []


# A fourth round, annotated by hand before the code ran on them: an event page of a think tank, an obituary, a
# newsletter post on a subscription platform, and a joint communiqué with numbered paragraphs and a signing block.
EVENT_TITLE = "The northern crossing after the lease: what next for the islands?"
EVENT = [
    ("Eastmere Institute", "boilerplate"),
    ("Events | Research | Experts | About", "boilerplate"),
    ("Panel discussion", "boilerplate"),
    (EVENT_TITLE, "headline"),
    ("Tuesday 14 June 2022, 18:00–19:30", "byline|boilerplate"),
    ("Eastmere Institute, 12 Harbour Row, and online", "byline|boilerplate"),
    ("Register to attend", "boilerplate"),
    ("A year after the island council ended its lease of the northern quay, our panel asks who now speaks for "
     "the islands in the ministry, and whether the third ferry will ever come back.", "standfirst|body"),
    ("Speakers", "body|byline|boilerplate"),
    ("Amal Rahimi, councillor for Brennick North", "body|byline|boilerplate"),
    ("Ola Nystrom, former deckhand and author", "body|byline|boilerplate"),
    ("Chair: Lena Ashdown, Eastmere Institute", "body|byline|boilerplate"),
    ("Event summary", "body"),
    ("The panel agreed that the lease had given the council a voice it has now lost. It disagreed about whether "
     "the ministry would listen without it, and a question from the floor about winter crews went unanswered.",
     "body"),
    ("Watch the recording", "boilerplate"),
    ("Related events", "boilerplate"),
    ("Island councils and the state, 3 May 2022", "boilerplate"),
]

OBITUARY_TITLE = "Petra Vell obituary"
OBITUARY = [
    ("The Brennick Courier", "boilerplate"),
    ("Obituaries", "boilerplate"),
    (OBITUARY_TITLE, "headline"),
    ("Harbour master who kept the northern quay open through three winters without a ferry", "standfirst"),
    ("Ines Carvalho", "byline"),
    ("Mon 3 Oct 2022 12.30 BST", "byline"),
    ("Petra Vell, who has died aged 81, was harbour master of Brennick for twenty-two years, and for three of "
     "them she kept the northern quay open when no ferry called at it at all.", "body"),
    ("She was born in Port Wendle, the daughter of a fisherman and a schoolteacher, and went to sea at sixteen.",
     "body"),
    ("In 1999 she married Tomas Brenner, who survives her, along with their two daughters.", "body"),
    ("Petra Vell, harbour master, born 2 May 1941; died 18 September 2022", "body|byline|boilerplate"),
]

POST_TITLE = "The ferry and the fridge door"
POST = [
    ("Quay Notes", "boilerplate"),
    ("Subscribe", "boilerplate"),
    ("Sign in", "boilerplate"),
    (POST_TITLE, "headline"),
    ("Why I stopped trusting the winter timetable", "standfirst"),
    ("Ola Nystrom", "byline"),
    ("Mar 9, 2022", "byline"),
    ("12", "boilerplate"),
    ("3", "boilerplate"),
    ("Share", "boilerplate"),
    ("Every winter I pin the ferry timetable to the fridge door, and every winter it turns out to be a list of "
     "hopes rather than departures. Last year a sixth of the crossings I planned simply did not happen.", "body"),
    ("The council blames the ministry and the ministry blames the weather, but the logbooks blame the rota.",
     "body"),
    ("Subscribe to Quay Notes", "boilerplate"),
    ("Type your email…", "boilerplate"),
    ("12 Likes", "boilerplate|comment"),
    ("3 Comments", "boilerplate|comment"),
    ("harbourgull", "comment"),
    ("Mar 9", "comment"),
    ("The rota, every time.", "comment"),
    ("Reply", "comment|boilerplate"),
]

COMMUNIQUE_TITLE = "Joint communiqué of the island councils and the Ministry of Harbours"
COMMUNIQUE = [
    ("Ministry of Harbours and Coasts", "boilerplate"),
    ("Documents › Communiqués", "boilerplate"),
    (COMMUNIQUE_TITLE, "headline"),
    ("Port Wendle, 20 May 2022", "byline"),
    ("1. The councils of Brennick, Port Wendle and Lower Ashby and the Ministry of Harbours met in Port Wendle on "
     "19 and 20 May 2022 to agree the winter timetable for the northern crossing.", "body"),
    ("2. The parties agreed that three sailings a day will run from December to March, and that the ministry "
     "will pay for a standby crew.", "body"),
    ("3. The parties will meet again before the end of the year.", "body"),
    ("Done at Port Wendle on 20 May 2022.", "body|byline"),
    ("For the island councils: Amal Rahimi", "byline"),
    ("For the Ministry of Harbours: Petra Lind", "byline"),
    ("Print this page", "boilerplate"),
]

NEW_STYLES_4 = {"event page": (EVENT_TITLE, EVENT), "obituary": (OBITUARY_TITLE, OBITUARY),
                "subscription newsletter post": (POST_TITLE, POST), "joint communiqué": (COMMUNIQUE_TITLE, COMMUNIQUE)}


@pytest.mark.parametrize("style", list(NEW_STYLES_4))
def test_every_block_of_a_fourth_round_house_style_gets_an_accepted_section(style):
    assert _misses_but_gaps(style, *NEW_STYLES_4[style]) == []
