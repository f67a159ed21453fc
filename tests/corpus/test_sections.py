"""Blocks tile the text; rules and positions label sections; the seeds match the hand-made gold."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from analysis.corpus.registry import load_corpus
from analysis.errors import InputError
from analysis.corpus.sections import SECTIONS, iter_blocks, read_section_rules, split_blocks
from tests.conftest import GOLD_DIR, SEEDS_DIR


def _sections(text: str) -> list[tuple[str, str]]:
    return [(block.text, block.section) for block in iter_blocks(text)]


@pytest.mark.parametrize("text", [
    "One line",
    "Title\n\nFirst paragraph.\nSecond paragraph.\n\n\n  Indented.  \n",
    "\r\nWindows\r\n\r\nline endings\r\n",
    "A hard-wrapped paragraph that goes on\nand on across lines.\n\nNext.",
    "   \n\n",
])
def test_blocks_cover_the_text_and_only_whitespace_lies_between(text):
    spans = split_blocks(text)
    covered = 0
    for _, start, end, _ in spans:
        assert text[covered:start].strip() == ""
        assert text[start:end] == text[start:end].strip() != ""
        covered = end
    assert text[covered:].strip() == ""


def test_hard_wrapped_lines_join_but_sentence_lines_do_not():
    text = "The regime survived because Russia\nintervened in 2015.\nIran helped too."
    assert [text[s:e] for _, s, e, _ in split_blocks(text)] == [
        "The regime survived because Russia\nintervened in 2015.", "Iran helped too."]


@pytest.mark.parametrize("text, blocks", [
    ("guid: https://example.org/p/41\npubDate: Tue, 4 Mar 2014 09:00:00 GMT\ncategory: Ports",
     ["guid: https://example.org/p/41", "pubDate: Tue, 4 Mar 2014 09:00:00 GMT", "category: Ports"]),
    ("channel link: https://example.org/ports\nlanguage: en-gb",
     ["channel link: https://example.org/ports", "language: en-gb"]),
    ("The harbour master listed the\nconditions: a ceasefire, a crew and a lease.",
     ["The harbour master listed the\nconditions: a ceasefire, a crew and a lease."]),
    ("Reasons for the delay\nnote: the ferry was late", ["Reasons for the delay\nnote: the ferry was late"]),
    ("The ferry's timetable names each\nlink: the quay, the bridge", ["The ferry's timetable names each\nlink: the quay, "
                                                                    "the bridge"]),
])
def test_a_feed_s_field_lines_are_blocks_of_their_own_but_hard_wrapped_prose_joins(text, blocks):
    """A metadata field opened by its label in lower case, under another such field, is no hard wrap."""
    assert [text[s:e] for _, s, e, _ in split_blocks(text)] == blocks


@pytest.mark.parametrize("line, section", [
    ("Skip to main content", "boilerplate"),
    ("Advertisement", "boilerplate"),
    ("Share this article", "boilerplate"),
    ("Most viewed", "boilerplate"),
    ("© 2025 Guardian News & Media Limited", "boilerplate"),
    ("Sign up to our daily briefing", "boilerplate"),
    ("By Jane Smith, Middle East Correspondent", "byline"),
    ("By Jane Smith and John Doe in Kyiv", "byline"),
    ("by Jane Smith", "byline"),
    ("Published: 3 February 2025", "byline"),
    ("Translated by Nick Evans.", "byline"),
    ("Syrian rebels in Idlib. Photograph: Omar Haj Kadour/AFP via Getty Images", "caption"),
    ("Putin and Assad at Hmeimim (Image: Kremlin)", "caption"),
    ("Photograph: Reuters", "caption"),
])
def test_other_outlets_conventions(line, section):
    body = "Russia deployed jets to Syria in 2015, and the war turned. " * 5
    text = f"Assad's last stand\n\n{line}\n\n{body}\n\n{body}\n"
    assert dict(_sections(text))[line] == section


def test_headline_standfirst_and_body_by_position():
    text = ("Moscow’s long game in Syria\n\nRussia has spent a decade propping up Assad. It may not go on.\n\n"
            + "First paragraph of the article, which is long enough to be body prose and more. " * 3)
    assert [section for _, section in _sections(text)] == ["headline", "standfirst", "body"]


def test_tail_credits_references_and_numbered_comments():
    prose = "The war changed when Russia intervened, and Assad's forces advanced again. " * 4
    text = "\n\n".join([
        prose, prose,
        "Jane Smith is a senior fellow at the Institute.",
        "References",
        "Smith, Jane. 2020. Syria after the war. Press.",
        "Comments (2)",
        "1. I disagree with this article entirely, for reasons I set out below at length. " * 3,
        "    And a second paragraph of the same comment, indented like its first, goes on for a while." * 3,
        "2. Great piece.",
        "Leave a Reply",
    ])
    assert [section for _, section in _sections(text)] == [
        "body", "body", "byline", "references", "references", "boilerplate",
        "comment", "comment", "comment", "boilerplate"]


@pytest.mark.parametrize("line, section", [
    # an author's note names its author in two words or more before 'is a …' (see the tail credits test); a body
    # sentence that opens with a pronoun or an article, or a one-word name, before 'is a …' is no author note
    ("It was a message the Russian ambassador delivered in person when Assad visited Moscow in 2015.", "body"),
    ("That is a view shared by one senior Western diplomat, who said Turkey remained the guarantor.", "body"),
    ("Moscow is a reluctant patron, said Anna Berg, who is a lecturer in Russian politics.", "body"),
])
def test_a_sentence_opening_with_a_pronoun_or_one_name_is_no_author_note(line, section):
    prose = "The war changed when Russia intervened, and Assad's forces advanced again. " * 4
    text = "\n\n".join([prose, line, prose])
    assert dict(_sections(text))[line] == section


def test_repeated_caption_and_image_title():
    body = "Russia deployed jets to Syria in 2015, and the war turned. " * 5
    text = f"Rebels take Aleppo as Moscow watches\n\nRebels in Aleppo\n\nRebels stormed the city (Image: Getty)\n\n" \
           f"{body}\n\nCartoon by activists.\nCartoon by activists.\n\n{body}"
    assert [section for _, section in _sections(text)] == [
        "headline", "caption", "caption", "body", "caption", "caption", "body"]


def test_a_mid_article_advertisement_does_not_end_the_body():
    body = "Russia deployed jets to Syria in 2015, and the war turned. " * 5
    text = f"{body}\n\nAdvertisement\n\n{body}\n\nRelated Posts"
    assert [section for _, section in _sections(text)] == ["body", "boilerplate", "body", "boilerplate"]


def test_overrides_correct_a_block_by_line():
    text = "Headline\n\nA short first paragraph.\n\n" + "Body prose goes here at some length. " * 8
    blocks = list(iter_blocks(text, overrides={3: "body"}))
    assert blocks[1].section == "body"


def test_bad_rule_file_names_every_bad_row(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("section,pattern,max_chars,example,note\n"
                    "sidebar,^x$,10,,\nboilerplate,(unclosed,10,,\ncaption,^ok$,ten,,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_section_rules(path)
    problems = caught.value.problems
    assert len(problems) == 3
    assert "line 2: unknown section 'sidebar'" in problems[0]
    assert "line 3: invalid pattern" in problems[1]
    assert "line 4: max_chars 'ten'" in problems[2]


def _gold():
    with (GOLD_DIR / "sections.csv").open(encoding="utf-8", newline="") as handle:
        return {(row["doc_id"], int(row["line"])): row for row in csv.DictReader(handle)}


def test_seed_sections_match_the_gold(raw_texts):
    gold = _gold()
    titles = {document.doc_id: document.source.title for document in load_corpus(SEEDS_DIR)}
    predicted = {}
    for doc_id, text in raw_texts.items():
        for block in iter_blocks(text, title=titles[doc_id]):
            assert block.text.startswith(gold[(doc_id, block.line)]["first_words"].split()[0])
            predicted[(doc_id, block.line)] = block.section
    assert set(predicted) == set(gold), "every gold line is one block"
    hits, guessed, wanted = Counter(), Counter(), Counter()
    for key, row in gold.items():
        wanted[row["section"]] += 1
        guessed[predicted[key]] += 1
        hits[row["section"]] += predicted[key] == row["section"]
    print("\nsection       precision  recall  (n gold)")
    for section in SECTIONS:
        precision = hits[section] / guessed[section] if guessed[section] else float("nan")
        recall = hits[section] / wanted[section] if wanted[section] else float("nan")
        print(f"{section:12}  {precision:9.2f}  {recall:6.2f}  ({wanted[section]})")
    wrong = {key: (gold[key]["section"], predicted[key]) for key in gold if gold[key]["section"] != predicted[key]}
    assert not wrong


PROSE = "The harbour board met for six hours and left without a date for the next round of talks. " * 3


def _by_text(text: str) -> dict[str, tuple[str, str]]:
    return {block.text: (block.section, block.reason) for block in iter_blocks(text)}


@pytest.mark.parametrize("line, section", [
    ("Translator’s note: the word used here also means a staged show.", "boilerplate"),
    ("Editor's note: An earlier version of this story gave the wrong date.", "boilerplate"),
    ("Editors’ Note: This piece has been shortened.", "boilerplate"),
    ("A note from the translator: names are given in their usual English spelling.", "boilerplate"),
    ("EDITOR'S NOTE: The crew could not say how many of the passengers were harbour staff.", "boilerplate"),
    ("TRANSLATOR’S NOTE: THE ORIGINAL GIVES THE DATE IN THE OLD STYLE.", "boilerplate"),
    ("[Transcriber's note: The storm that closed the quay struck on 4 February 2014.]", "boilerplate"),
    ("(Editor’s note: The harbour master asked that her name be left out.)", "boilerplate"),
    ("The editor noted that Moscow had backed Assad since 2015, whatever Iran and Hezbollah did.", "body"),
    ("EDITORS NOTED IN 2016 THAT RUSSIA'S STRIKES ON REBELS NEAR ALEPPO HAD NOT STOPPED AT ALL.", "body"),
    ("Compiled by the Northern Europe desk", "byline"),
    ("(Harbour Agency Oslo bureau)", "byline"),
    ("Lena Holm contributed reporting from Bergen.", "byline"),
    ("Oslo newsroom, Harbour Agency", "byline"),
    ("Translated from the Norwegian by Ola Berg", "byline"),
    ("Originally published in Norwegian in the Coast Weekly on 3 May 2022.", "byline"),
    ("[00:12:40]", "boilerplate"),
    ("(01:05)", "boilerplate"),
    ("Share this update", "boilerplate"),
    ("He sat at the desk and wrote the reply that ended the talks for good that year.", "body"),
])
def test_notes_sign_offs_and_stamps_between_paragraphs(line, section):
    text = f"Talks stall at the harbour\n\n{PROSE}\n\n{line}\n\n{PROSE}\n"
    assert _by_text(text)[line][0] == section



@pytest.mark.parametrize("line", [
    # a bracketed note that opens a paragraph of the author's text does not make the paragraph a note
    "[Translator’s note: ‘the skipper’ here means the harbour master.] We stay until the ice goes, the skipper told "
    "the crew on Monday.",
    "(Editor's note: this interview was shortened.) The harbour master said the quay would stay open all winter, "
    "whatever the board decided in the spring.",
])
def test_a_bracketed_note_opening_the_authors_paragraph_leaves_it_body(line):
    text = f"Talks stall at the harbour\n\n{PROSE}\n\n{line}\n\n{PROSE}\n"
    assert _by_text(text)[line][0] == "body"

@pytest.mark.parametrize("opening", [
    "OSLO, March 4. /HA/. The harbour board met for six hours on Tuesday.",
    "BERGEN, Oct 9. /Harbour Agency/. Two fleets agreed a truce.",
])
def test_an_agency_dateline_opens_the_body_not_a_standfirst(opening):
    text = f"Talks stall at the harbour\n\n{opening}\n\n{PROSE}\n"
    assert _by_text(text)[opening] == ("body", "position:body")


def test_live_blog_key_events_are_a_link_list_and_entries_are_body():
    text = "\n\n".join([
        "Harbour strike spreads to the northern ports – live",
        "Union leaders reject the final offer as five ports close",
        "Updated at 18:42 GMT",
        "Key events", "3h ago", "Union rejects final offer", "1h ago", "Ministers meet tonight",
        "Pinned",
        PROSE,
        "18:42 GMT", "Ministers meet tonight", PROSE, "Share", "Updated at 18:50 GMT",
        "16:05 GMT", "Good evening, and welcome to the coverage of the strike.",
    ])
    sections = _by_text(text)
    assert [sections[line][0] for line in ("Key events", "3h ago", "Union rejects final offer", "Pinned")] == \
        ["boilerplate"] * 4
    assert sections["18:42 GMT"][0] in ("byline", "body")
    assert sections["Ministers meet tonight"][0] == "body"
    assert sections["Updated at 18:50 GMT"] == ("boilerplate", "layout:update-note")
    assert sections["Good evening, and welcome to the coverage of the strike."][0] == "body"


def test_transcript_turns_are_body_and_timecodes_boilerplate():
    text = "\n\n".join([
        "Episode 12: The harbour towns after the strike",
        "March 3, 2016",
        "Transcript",
        "[MUSIC]",
        "ANNA ROE: Welcome back. With me is Piet Vos, who organised the first walkout.",
        "PIET VOS: Thanks. Good to be here.",
        "[00:02:10]",
        "ANNA ROE: And the employers? [CROSSTALK]",
        "PIET VOS: They blinked first. [LAUGHTER]",
        "12:40",
        "[00:09:55]",
        "ANNA ROE: We'll stop there. Thanks, Piet.",
        "[00:10:02] PIET VOS: Thanks.",
        "Subscribe to the show on your favourite podcast app.",
    ])
    sections = _by_text(text)
    assert sections["Transcript"][0] == "boilerplate"
    assert sections["[00:02:10]"] == sections["12:40"] == ("boilerplate", "layout:timecode")
    for turn in ("ANNA ROE: And the employers? [CROSSTALK]", "PIET VOS: They blinked first. [LAUGHTER]",
                 "ANNA ROE: We'll stop there. Thanks, Piet.", "[00:10:02] PIET VOS: Thanks."):
        assert sections[turn][0] == "body", turn


def test_numbered_crossheads_and_a_key_points_box_belong_to_the_body():
    text = "\n\n".join([
        "The morning digest",
        "Good morning. Here is what matters to the harbour towns today.",
        "1. Talks stall again",
        PROSE,
        "2. A quiet budget",
        PROSE,
    ])
    sections = _by_text(text)
    assert sections["1. Talks stall again"][0] == sections["2. A quiet budget"][0] == "body"
    brief = "\n\n".join(["Ports and the limits of leverage", "Jane Moss", "March 2021", "Key points",
                         "Exporters adapted faster than anyone in the ministries expected.", PROSE])
    assert _by_text(brief)["Key points"][0] in ("standfirst", "body")


def test_a_pinned_summary_in_bullets_opens_the_body():
    bullets = ["• Dockers at five ports walked out at noon after the final offer was rejected",
               "• Ministers will meet tonight to decide whether to send in the navy"]
    text = "\n\n".join(["Harbour strike spreads – live", "Updated at 18:42 GMT", "Pinned", *bullets, PROSE])
    sections = _by_text(text)
    assert [sections[bullet][0] for bullet in bullets] == ["body", "body"]


def test_key_events_after_a_pinned_summary_are_a_link_list_and_an_advert_is_no_list():
    text = "\n\n".join(["Harbour strike spreads – live", PROSE, "Key events", "3h ago", "Union rejects final offer",
                        "1h ago", "Ministers meet tonight", "18:42 GMT", "Ministers meet tonight", PROSE,
                        "Advertisement", "The search for a deal", PROSE])
    blocks = list(iter_blocks(text))
    sections = [(block.text, block.section) for block in blocks]
    assert sections[3:7] == [("3h ago", "boilerplate"), ("Union rejects final offer", "boilerplate"),
                             ("1h ago", "boilerplate"), ("Ministers meet tonight", "boilerplate")]
    assert sections[7][1] in ("byline", "body") and sections[8] == ("Ministers meet tonight", "body")
    assert sections[11] == ("The search for a deal", "body")


def test_a_newsletter_sign_off_names_its_writer():
    text = "\n\n".join(["The morning digest", PROSE, PROSE, "That's all for today. See you tomorrow,", "Hannah",
                        "This newsletter reaches you because you signed up. Unsubscribe"])
    sections = _by_text(text)
    assert sections["Hannah"] == ("byline", "layout:sign-off")
    assert sections["That's all for today. See you tomorrow,"][0] == "boilerplate"


def _rule_examples() -> list[tuple[int, str, str]]:
    from analysis.corpus.resources import read_resource_table
    from analysis.corpus.sections import RULE_COLUMNS, SECTION_RULES_FILE

    rows, _ = read_resource_table(SECTION_RULES_FILE, columns=RULE_COLUMNS)
    return [(number, row["section"], row["example"]) for number, (_, row) in enumerate(rows, start=1)]


@pytest.mark.parametrize("number, section, example", _rule_examples())
def test_each_rule_labels_its_own_example_with_its_section(number, section, example):
    from analysis.corpus.sections import _rule_label, default_rules

    assert _rule_label(example, default_rules()) == (section, f"rule:{number}")


@pytest.mark.parametrize("text, labelled", [
    ("This report only represents the views of its two authors.", True),
    ("The drawings only represent the views of the artists.", True),
    ("All views expressed here belong to the contributors alone.", True),
    ("The views expressed in this pamphlet are personal.", True),
    ("Reviews expressed here are collected weekly.", False),  # 'views' inside a longer word
    ("Opinions in this digest do not necessarily reflect the board's position.", True),
    ("The essay does not necessarily represent the institute.", True),
    ("Our reviewers do not necessarily reflectively agree.", False),  # the verb runs on into a longer word
    ("Any errors are the sole responsibility of our translator.", True),
    ("Mistakes are the sole responsibility offered to nobody.", False),
    ("DISCLAIMER: figures are provisional.", True),
    ("Disclaimers about mining rights were read aloud.", False),
])
def test_the_disclaimer_rule_finds_each_of_its_phrasings(text, labelled):
    from analysis.corpus.sections import _rule_label, default_rules

    assert (_rule_label(text, default_rules()) == ("boilerplate", "rule:20")) == labelled


@pytest.mark.parametrize("text, section", [
    ("Correction: the map gave the wrong name for the northern pier.", "boilerplate"),
    ("An earlier version of this review misspelt the conductor's name.", "boilerplate"),
    ("This interview was lightly edited and condensed.", "boilerplate"),
    ("This written statement has been submitted for the committee's record.", "boilerplate"),
    ("This report was submitted to the harbour board in May, two clerks said.", None),  # news of a report
    ("This report said the pier would close in May.", None),  # the report's content, not a note on it
    ("Next week: what the new timetable means for island schools.", "boilerplate"),
    ("How we work: letters are checked with their writers before we print them.", "boilerplate"),
    ("Messages here represent only the opinions of their writers.", "boilerplate"),
    ("Photographs remain the property of their owners.", "boilerplate"),
    ("Any views expressed are solely the lecturer's own.", "boilerplate"),
    ("The views of the crews were never asked.", None),
    ("The council’s letter reflects the views of its members, the mayor said, not those of the board.", None),
    ("Example Radio is listener-funded. © 2019 Example Radio", "boilerplate"),
    ("KEY FINDINGS", "standfirst"),  # a summary box's heading heads its summary
    ("Learning outcomes:", "standfirst"),
    ("KEYWORDS: ports; ferries; island politics", "boilerplate"),
    ("Cited by", "boilerplate"),
    ("Similar threads", "boilerplate"),
    ("Moderator note: keep it civil and on topic, please.", "boilerplate"),
    ("Got a question? Email us at desk@example.org", "boilerplate"),
    ("Who gains? Follow the money to the port authority.", None),
    # an op-ed's rhetorical question answered in the next sentence is the author's text
    ("Who pays? Report after report has blamed the harbour board.", None),
    ("Why now? Join the dots between the two ferry contracts.", None),
    ("What changed? Open any timetable from 1990 and compare.", None),
    ("Enjoyed this digest? Share it with a colleague.", "boilerplate"),
    ("Check against delivery", "boilerplate"),
    ("All times are GMT. The time now is 18:20.", "boilerplate"),
    ("Original publication: Example Zeitung, 3 May 2016, p. 4.", "boilerplate"),
    ("The full tables are in the archive. When citing this survey, please name the Example Institute.", "boilerplate"),
    ("When citing casualty figures, the ministry relies on its own count of the wounded.", None),
    ("Critics said the report was careless when citing older surveys of the island.", None),
    # a broadcast or podcast page's own parts under their headings
    ("Transcript", "boilerplate"),
    ("FULL TRANSCRIPT", "boilerplate"),
    ("Show notes", "boilerplate"),
    ("Episode notes", "boilerplate"),
    ("Transcripts of the calls were leaked to the press.", None),
])
def test_general_notes_of_a_page_on_itself_are_read_by_the_rules(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, labelled", [
    ("Jane Roe, Middle East correspondent", True),
    ("Jane Roe, the Example Courier's diplomatic editor", True),
    ("Our Moscow correspondent", True),
    ("Foreign affairs reporter", True),
    ("Notes to editors", False),  # the role as the object of a preposition or a verb: a heading, no byline
    ("Letters to the editor", False),
    ("More from the readers' editor", False),
    ("Questions from reporters", False),
    ("Contact the standards editor", False),
    ("Ask the correspondent", False),
])
def test_a_role_line_names_the_author_s_role_not_a_heading_addressed_to_the_newsroom(text, labelled):
    from analysis.corpus.sections import _rule_label, default_rules

    assert (_rule_label(text, default_rules()) == ("byline", "rule:2")) == labelled


@pytest.mark.parametrize("text, labelled", [
    ("Dr Jane Roe is a Senior Fellow in the Maritime Programme at the Example Institute.", True),
    ("John Doe is the Chief Economist of the Example Bank and writes a monthly column.", True),
    ("Ann Lee was a transport correspondent for the Example Courier for a decade.", True),
    ("Tom Berg was the harbour's Director of Operations until last year.", True),
    ("Ann Lee was late for the council meeting because the ferry broke down.", False),  # no role
    ("The harbour was an island's lifeline long before the bridge was built.", False),
])
def test_an_author_note_gives_a_role_in_the_present_or_the_past_in_any_case(text, labelled):
    from analysis.corpus.sections import _rule_label, default_rules

    assert (_rule_label(text, default_rules()) == ("byline", "rule:7")) == labelled


@pytest.mark.parametrize("text, labelled", [
    ("A version of this article appears in print in the Sunday edition.", True),
    ("This leader reflects the view of our editorial board.", True),
    ("This summary has been prepared for the press. The tribunal's reasons are in the full decision.", True),
    ("Figures are rounded. This summary is not binding and gives no legal advice.", True),
    ("This column reflects the mood of the harbour towns this winter.", False),
    ("This report argues that the ferry subsidy should be doubled.", False),
    ("The mayor said the vote is not binding on the council.", False),  # no page noun as the subject
])
def test_the_page_s_note_on_itself_covers_print_versions_editorial_notes_and_summaries(text, labelled):
    from analysis.corpus.sections import _rule_label, default_rules

    assert (_rule_label(text, default_rules()) == ("boilerplate", "rule:32")) == labelled


@pytest.mark.parametrize("text, section", [
    ("By Ann Lee and Example Courier staff", "byline"),
    ("By the Example Institute's Europe and Asia desks", "byline"),
    ("By the Example Institute Europe and Asia desks", "byline"),
    ("By Example Wire reporters", "byline"),
    ("By the end of the week", None),
    ("By Tuesday the ferry staff", None),  # a lower-case word among the names
    ("Agencies", "byline"),
    ("— Agencies", "byline"),
    ("Staff and agencies", "byline"),
    ("(With agency inputs)", "byline"),
    ("With inputs from news agencies.", "byline"),
    ("Aid agencies", None),
    ("Three agencies have said the ferry is safe.", None),
    ("Write a comment…", "boilerplate"),
    ("Add your reply", "boilerplate"),
    ("Comments (4) Closed", "boilerplate"),
    ("Comments are closed", "boilerplate"),
    ("Comments are subject to approval by our moderators.", "boilerplate"),
    ("All comments will be moderated before they go live.", "boilerplate"),
    ("Comments from the harbour master were not recorded.", None),
    ("Comments are what the council asked for, and it got plenty.", None),
])
def test_a_newsroom_s_collective_credit_and_a_comment_form_s_furniture(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("Our panellists speak for themselves: the views of the panellists are their own.", "boilerplate"),
    ("Opinions expressed are the writer's own.", "boilerplate"),
    ("The Example Forum does not take institutional positions on policy questions.", "boilerplate"),
    ("Her views on the lease are well known.", None),
    ("Transcripts are prepared by a contractor and are checked against the recording.", "boilerplate"),
    ("Transcript pages on this site might contain errors of hearing.", "boilerplate"),
    ("Transcripts of the hearing were never released.", None),
    ("About our obituaries: they are written by staff and checked with the family.", "boilerplate"),
    ("Letters to the editor: keep them short, and give your town.", "boilerplate"),
    ("About our neighbours we know little, the mayor said.", None),  # no colon after the label
    ("Original text first appeared in Portuguese in May 2019.", "boilerplate"),
    ("Original version was published in the Harbour Weekly.", "boilerplate"),
    ("The original plan was published in 2019 and shelved.", None),
])
def test_the_page_s_notes_on_itself_disclaimers_transcripts_kinds_of_article_and_translations(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    # the disclaimer's own sentence: at the paragraph's start or after another sentence or a colon
    ("The views expressed in this column are the writer's own.", "boilerplate"),
    ("This work is shared under an open licence. The views expressed are the writers' own.", "boilerplate"),
    ("His views are his own.", "boilerplate"),
    # a reported speaker's views inside a news sentence
    ("Pressed on whether he spoke for the port board, the harbour master said his views are his own.", None),
    ("The mayor stressed that the opinions of the trade mission are their own.", None),
])
def test_a_disclaimer_giving_the_views_to_their_holders_opens_its_own_sentence(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    # an organisation's note that it takes no positions of its own as a body
    ("The Example Forum does not take collective positions on policy questions.", "boilerplate"),
    ("The Harbour Institute takes no institutional positions.", "boilerplate"),
    ("The Example Council on Ports does not take corporate positions; the views of its fellows are their own.",
     "boilerplate"),
    # positions of another kind, or no organisation's note on itself
    ("The ferry company does not take bookings by telephone.", None),
    ("Asked about the lease, the port board said it does not take positions on rumours.", None),
])
def test_a_disclaimer_that_the_organisation_takes_no_positions_of_its_own(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    # the page's own transcript: how transcripts are made, one of this programme's, or a heading with its note
    ("Transcripts are provided by an outside captioning firm and may contain errors.", "boilerplate"),
    ("Transcripts of our programme may differ from what went on air.", "boilerplate"),
    ("Transcript (excerpts, machine-made, may contain errors)", "boilerplate"),
    # transcripts that the news is about
    ("Transcripts of the tapped phone lines may contain proof of the bribes, investigators said.", None),
    ("Transcripts were prepared by the court clerk and handed to the defence.", None),
])
def test_a_note_on_transcripts_is_about_the_page_s_own_transcript(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    # a note that the interview or transcript was translated, or that it may yet be revised
    ("This interview was held in Danish and has been translated and shortened.", "boilerplate"),
    ("This conversation has been translated from the Polish by the editors.", "boilerplate"),
    ("This transcript was typed up overnight and may be revised.", "boilerplate"),
    ("This transcript may be updated once the recording has been checked.", "boilerplate"),
    ("The interview was taped in the harbour office and may be corrected in a later edition.", "boilerplate"),
    # news of someone's interview or transcript
    ("The mayor said the interview had been translated badly by the station.", None),
    ("This interview may be her last before the ferry vote, aides said.", None),
])
def test_a_note_on_the_interview_s_translation_or_revision_is_the_page_s_own(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    # a short note on the translation's original, or one that names this article's original
    ("Original version published in Danish on 2 June 2014.", "boilerplate"),
    ("The original version of this article first appeared in Polish in 2018, in a regional weekly.", "boilerplate"),
    # the original text of some other document, in a news sentence
    ("The original text published by the harbour board in 2012 set a fee of ten euros per berth.", None),
    ("Original text published by the port authority set a fee of ten euros, which the council later halved.", None),
])
def test_a_note_on_the_original_is_a_short_note_or_names_this_article(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    # a closed thread's note is the whole short line; the moderation note names moderation or the site's rules
    ("Comments are closed on this thread.", "boilerplate"),
    ("Comments are reviewed by our moderators before they appear.", "boilerplate"),
    ("Comments may be subject to review under our community guidelines.", "boilerplate"),
    # comments that the news is about
    ("Comments are closed to visitors until the audit is finished, the council said.", None),
    ("Comments will be reviewed by the harbour board before the vote in June.", None),
])
def test_a_closed_thread_s_note_is_the_whole_line_and_a_moderation_note_names_moderation(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    # a run-in note on a kind of article or on the page's makers
    ("About our contributors: each writes in a personal capacity.", "boilerplate"),
    ("About this newsletter: it is sent every Friday to subscribers.", "boilerplate"),
    # a run-in lead on the news itself
    ("About these negotiations: the two ports have met six times since 2019.", None),
    ("About our harbour: it is the oldest on the coast, the mayor said.", None),
])
def test_a_run_in_about_note_names_a_kind_of_article_or_the_page_s_makers(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("This report by Example Wire was first published May 3, 2019.", "byline"),
    ("This story by the Example Press Agency was originally published in French.", "byline"),
    ("This article was supplied by Example Wire and edited for length by Harbour Herald staff.", "boilerplate"),
    ("This piece was provided by Example Syndication.", "boilerplate"),
    ("This statement was provided by the embassy after the vessel was seized.", None),  # news of a document
    ("This testimony was provided by a former captain who asked not to be named.", None),
    ("Extracted from The Long Quay: Ten Years at the Port by Jane Roe, published by Example Press on 3 May, £20.",
     "boilerplate"),
    ("This is an edited extract from Ferries and Fares by John Doe, published by Example Books.", "boilerplate"),
    ("Herald readers can order a copy for £18 at examplebooks.example or by phone.", "boilerplate"),
    ("The report was first published by the ministry in 2019 and later withdrawn.", None),  # news of a report
    ("The fleet, supplied by Russia, was first sent in 2015.", None),
    ("Adapted from an older Soviet design, the missiles reached the port in March.", None),
    ("Adapted from a novel published in Norway in 1981, the film follows a ferry captain.", None),  # news of a book
    ("An excerpt from the letter, published in Example Daily, shows the operator knew.", None),
    ("Hundreds of fans queued outside the shop to buy a copy at midnight.", None),
    ("She said she would buy a copy for her mother, who grew up on the island.", None),
    ("Readers can buy a copy from examplebooks.example for the launch price.", "boilerplate"),
])
def test_credits_of_a_text_s_origin_republished_syndicated_or_extracted(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("Moscow does not subscribe to the reading of the truce that the envoys gave.", None),
    ('"Nobody in this town will sign up to pay his debts," the banker said.', None),
    ("Ankara refused to sign up for a deal that left the garrison in place.", None),
    ("Only three of the island councils have agreed to sign up.", None),  # prose closed by the verb
    ("Few families on the islands can afford to subscribe.", None),
    ("Parents were urged to sign up for free school transport before March.", None),
    ("The digest is free. Your email address   Subscribe", "boilerplate"),  # a button closing the line
    ("Newsletter: the week's harbour news. Sign up ›", "boilerplate"),
    ("Sign up for our evening briefing", "boilerplate"),
    ("Subscribe   Sign in   Search", "boilerplate"),
    ("Liked this? You can sign up below.", "boilerplate"),
    ("Get the harbour newsletter every Friday.", "boilerplate"),
    ("Newsletter   Contact   Privacy", "boilerplate"),  # a menu item
    ("Weekly newsletter", "boilerplate"),  # a box's heading
    ("To leave this list, unsubscribe by email to the list owner.", "boilerplate"),
    ("Action: the clerk will summarise the ferry vote for the newsletter, with the port's figures.", None),  # minutes
    ("The ministry's newsletter said the crossing would reopen in May.", None),  # news of a newsletter
])
def test_the_newsletter_prompt_rule_leaves_the_verbs_inside_prose_alone(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("Query: harbour AND lease | Records: 3 May – 9 May 2016 | 14 records | Sorted: oldest first", "boilerplate"),
    ("Results: 40 items · sorted by relevance · 6 of 12 columns shown", "boilerplate"),
    ("Results for: ferry fares (2015–2017) | Sorted by: Date", "boilerplate"),
    ("SEARCH RESULTS: 9 answers | Keywords: quay | Answered: 2014", "boilerplate"),
    ("Results: the council voted 5–2 to keep the quay open.", None),  # one field, a sentence
    ("Result: Harbour FC 2 | Town 1", None),  # a match's single result, no search
    ("The query from the islands | a letter", None),  # the label does not open the line
    ("Results: Labour 12,304 | Conservative 9,876 | Liberal Democrats 2,115", None),  # votes, no setting after a bar
    ("Results: Harbour FC 2 · Town FC 1 · Port Rovers 0", None),  # scores
])
def test_a_search_summary_over_its_results_is_boilerplate(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("SIGN UP TO OUR NEWSLETTER", "boilerplate"),  # a sign-up box's heading in capitals
    ("By registering, you accept the Example Courier's Terms of Use and Privacy Policy.", "boilerplate"),
    ("PRIVACY NOTICE   TERMS OF SERVICE   CONTACT", "boilerplate"),
    ("THE ISLANDS WILL NOT SIGN UP TO THE DEAL", None),  # a headline in capitals, the verb inside it
    ("WHY THE ISLANDS WILL NOT SIGN UP", None),  # a headline in capitals closed by the verb
    ("Why the Islands Will Not Sign Up", None),  # and in title case
    ("Your email address   SUBSCRIBE", "boilerplate"),  # the button after a gap
    ("Sign Up for Our Weekly Briefing", "boilerplate"),
    ("The terms of the lease were never published.", None),  # terms, but not a site's terms of use
    ("Accept all cookies", "boilerplate"),  # a button
    ("Harbourboard · Community rules · Privacy Policy · Help · © 2023 Harbourboard Ltd. All rights reserved.",
     "boilerplate"),  # a sentence closes after the words, but a dot follows them
    ("We use cookies to improve your experience. Manage settings", "boilerplate"),  # a consent line to the reader
    ("The council said the Terms of Service of the ferry app were unfair to islanders.", None),  # news of a policy
    ("Critics say the operator's Privacy Policy lets it sell passengers' travel records.", None),
    ("The mayor handed out cookies to the strikers on the quay.", None),
])
def test_the_privacy_terms_and_sign_up_rules_read_any_letter_case(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("From Examplepedia, the free encyclopedia", "boilerplate"),
    ("From Harbourwiki, the open travel wiki", "boilerplate"),
    ("For the island's ferries, see List of Example Isle ferry routes.", "boilerplate"),
    ("This list is about sailings since 1990. For earlier sailings, see Example Line (1900–1989).", "boilerplate"),
    ("“Old Quay” redirects here. For the song, see Old Quay (song).", "boilerplate"),
    ("This is the talk page for discussing improvements to the Example Isle ferry article.", "boilerplate"),
    ("From Moscow, the free encyclopedia of Soviet shipping went to every port library.", None),  # prose
    ("For the islanders, the fare rise was the last straw; see the letters page.", None),  # 'see' after a clause
    ("The minister said that for other uses, see the annex.", None),  # not opening the line
    ("For the treaty, see Treaty of Kestwick (1970).", "boilerplate"),  # a title with a year in brackets
    ("For a full list of sailings, see Appendix B.", None),  # a part of the same text
    ("For the winter figures, see Table 2.", None),
    ("For a review of the fares, see Roe (2015).", None),  # a work cited
    ("For an older account, see Roe and Doe 2009.", None),
    ("Old Quay redirects here", "boilerplate"),
    ("The night ferry redirects here on Sundays, to the north pier.", None),  # the sentence goes on
])
def test_a_wiki_s_tagline_hatnote_and_talk_header_are_boilerplate(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("Copying of these recordings beyond short extracts requires the Example Archive's consent.", "boilerplate"),
    ("Data are free for teaching; republication of the full dataset is not permitted.", "boilerplate"),
    ("When using our materials, an active link to example.org is required.", "boilerplate"),
    ("Reuse of the old quay requires the harbour board's consent.", None),  # the reuse of a thing, not of the page
    ("When using the ferry, a ticket is mandatory.", None),
    ("Reproduction of this article is prohibited without the written consent of the editors.", "boilerplate"),
    ("The reproduction of images of the founder is forbidden in the sect's law.", None),  # a ban with a scope
    ("Reproduction of the report's findings requires more data, the auditors said.", None),  # no permission
])
def test_the_page_s_terms_of_reuse_are_boilerplate(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("Tags: Harbour, Ferries, Example Isle, Island councils, Transport policy, Port of Kestwick", "boilerplate"),
    ("Categories: Ferry companies | Ports of Example Isle | 1998 establishments", "boilerplate"),
    ("Topics: Ferries · Fares · Island councils · Harbour authority · Winter timetable", "boilerplate"),
    ("Topics: the lease came first, then the fares, then the winter timetable.", None),  # a sentence
    ("Labels: Example Records pressed the first run in 1998, and Example Music reissued it", None),  # two items
    ("Subjects: The minister, the mayor, and the harbour master met on Tuesday.", None),  # items joined by 'and'
    ("Labels: Harbour Records, Example Music, and Kestwick Sounds pressed the record in 1998", None),
    ("Tags: Harbour, Ferries and fares, Island councils, Winter timetable", "boilerplate"),  # 'and' inside a tag
    ("Categories: Ferries | Then and now | Island councils | Harbours of the north", "boilerplate"),  # a tag opened so
])
def test_a_long_tag_or_category_list_under_its_label_is_boilerplate(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("This episode is sponsored by Example Bank. Listeners get a month free with the code PORT.", "boilerplate"),
    ("The seminar is supported by the Harbour Trust and the Department of History.", "boilerplate"),
    ("Our webinar series is made possible by readers who give each month.", "boilerplate"),
    ("The conference was sponsored by a shipping firm close to the ministry.", None),  # news, in the past
    ("The offensive is supported by aircraft flying from the coast.", None),  # news of another subject
    ("This video is about the ferries that stopped running in 2015.", None),
])
def test_a_note_on_who_funds_or_sponsors_the_page_or_its_event(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("Written questions are published as tabled; answers are published as the minister gives them.", "boilerplate"),
    ("Homilies on this site are posted as preached.", None),  # a kind of item the list does not name
    ("Sermons on this site are posted as preached and may differ from the recording.", "boilerplate"),
    ("Tributes are moderated and may be edited for length.", "boilerplate"),
    ("Submissions to the harbour page should be no more than 200 words.", "boilerplate"),
    ("The questions were sent to the ministry in March and answered in May.", None),  # news: article and past tense
    ("The answers are published in the register, the clerk said on Tuesday.", None),  # an article: these answers
    ("Questions are being asked about the ferry contract in the council.", None),  # no verb of publishing
    ("Comments by the harbour master are published in full by the Gazette.", None),  # whose comments: news
    # the page speaks of itself: as tabled or given, on this site, to us, an address, a length in words
    ("Petitions are printed as received; replies as given.", None),  # a kind of item the list does not name
    ("Letters are published as received and may be shortened.", "boilerplate"),
    ("Questions to the council are posted when tabled; replies once given.", "boilerplate"),
    ("Questions to the council were posted when tabled, the clerk said.", None),  # the past: news
    ("Letters may be sent to us at the address below.", "boilerplate"),
    ("Letters about the ferry may be sent to editor@example.org.", "boilerplate"),
    ("Comments on this page are checked before they appear.", "boilerplate"),
    ("Replies should be no more than 150 words.", "boilerplate"),
    # a bare plural with a present passive that speaks of no page is news
    ("Questions about the pier are considered delicate on the island.", None),
    ("Posts on the ferry line's account are checked by its lawyers before they go up.", None),
    ("Local corrections are accepted only from the harbour board, a clerk said.", None),
    ("Council transcripts are edited before release, campaigners say.", None),
    ("Comments on the harbour forum are moderated by volunteers, its founder said.", None),
])
def test_the_page_s_house_rules_for_the_items_it_prints_are_boilerplate(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("text, section", [
    ("Attachments: Letter from the harbour master to the council, 3 May 2021 (PDF, 48 KB)", "boilerplate"),
    ("Attachment: ferry_timetable_winter_v2.docx", "boilerplate"),
    ("Attachments: none", "boilerplate"),
    ("Attachments: 2 files, 1.4 MB", "boilerplate"),
    ("Attachments: what the harbour means to the island and why it stays", None),  # a heading opened by the word
    ("Attachment theory explains why the town holds on to its ferry.", None),
])
def test_an_attachments_field_is_boilerplate_and_a_heading_opened_by_the_word_is_not(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


def test_a_rule_is_tried_only_on_texts_within_its_length_in_the_rules_order():
    import re

    from analysis.corpus.sections import SectionRule, _rule_label

    rules = (SectionRule("byline", re.compile(r"^By "), 10), SectionRule("caption", re.compile(r"Photo"), 40),
             SectionRule("boilerplate", re.compile(r"^By "), 20))
    assert _rule_label("By J. Roe", rules) == _rule_label("By Jane Ro", rules) == ("byline", "rule:1")  # 10 characters
    assert _rule_label("By Jane Roe, Photo", rules) == ("caption", "rule:2")
    assert _rule_label("By Jane Roe, desk", rules) == ("boilerplate", "rule:3")
    assert _rule_label("By Jane Roe and the harbour desk", rules) is None
    assert _rule_label("Photo: " + "x" * 40, rules) is None


@pytest.mark.parametrize("text, section", [
    ("Exported 3 May 2021, 09:12 by jroe (Jane Roe) · RIS · 12 items", "boilerplate"),
    ("Exported: 4/3/2014, 18:40 by Jane Roe", "boilerplate"),
    ("Exported with Example Desktop 2.1 · 40 messages", "boilerplate"),
    ("Exported from the talk page on 4 March 2014. Headings are kept as typed.", "boilerplate"),
    ("Printed from Example Mail on 4 Mar 2014, 08:03 · Page 1 of 1", "boilerplate"),
    ("Printed by order of the Council · Harbour Office, Kestwick", "boilerplate"),
    ("Printed linen with a harbour scene, about 1930", None),  # a participle that opens a description
    ("Printed draft, 4 pp., with notes in pencil in the margins", None),
    ("Exported wheat paid for the new quay, the council said.", None),
    # near misses: a participle or a count that opens a sentence, with no date, time, separator or page count, or a
    # clause with its own subject after a comma
    ("Printed on thin card, the notices reached every door on the quay.", None),
    ("Exported from Norway, the timber reached Kestwick in May.", None),
    ("Printed using borrowed presses, the tickets kept the ferry running.", None),
    ("Printed 2,000 copies a week, the bulletin backed the council.", None),
    ("Exported: 30,000 tonnes of fish to the mainland", None),
    ("Exported from Norway on 4 May 2014, the timber reached the quay a week later.", None),
    ("Printed on recycled paper, the leaflets reached every house.", None),
    ("Printed on 4 May 2014, the leaflets reached every house.", None),
    # a stamp whose comma is followed by a name or a phrase with a determiner, no clause
    ("Printed: 04/05/2014, The Kestwick Courier archives", "boilerplate"),
    ("Printed on 4 May 2014, the Kestwick Courier", "boilerplate"),
])
def test_an_export_s_or_print_out_s_stamp_is_boilerplate_and_a_description_is_not(text, section):
    from analysis.corpus.sections import _rule_label, default_rules

    label = _rule_label(text, default_rules())
    assert (label[0] if label else None) == section


@pytest.mark.parametrize("heading, section", [
    ("References", "references"),
    ("Reference list", "references"),  # Harvard style's heading
    ("7. References", "references"),  # a report's or a proposal's numbered last part
    ("IV. Bibliography", "references"),
    # near misses: a heading that only opens with the word, a numbered crosshead on something else
    ("References to the treaty", "body"),
    ("9. Risks", "body"),
])
def test_a_reference_list_heading_may_be_numbered(heading, section):
    prose = "The war changed when Russia intervened, and Assad's forces advanced again. " * 4
    text = "\n\n".join([prose, heading, prose + " The talks resumed."])
    assert dict(_sections(text))[heading] == section


@pytest.mark.parametrize("heading, next_heading", [("2. Notes", "3. Next steps"), ("4. Evidence", "5. Next steps")])
def test_a_numbered_part_on_notes_or_evidence_in_the_middle_of_a_report_stays_body(heading, next_heading):
    # near miss of a numbered reference-list heading: a report's middle part over prose paragraphs
    paragraphs = [
        "The review looked at how the ferry service was run in its first winter, and at what the crews were told "
        "when the weather closed the crossing.",
        "Crews kept a log of every cancelled sailing, but the log was not shared with the harbour office until the "
        "spring, when the board asked for it.",
        "The board's own minutes show that the office learned of most cancellations from passengers rather than from "
        "the crews.",
        "The board will publish a new timetable in May and meet the crews' union again before the summer season "
        "begins.",
    ]
    text = "\n\n".join([paragraphs[0], heading, *paragraphs[1:3], next_heading, paragraphs[3]])
    sections = dict(_sections(text))
    assert [sections[block] for block in [heading, *paragraphs[1:]]] == ["body"] * 4
