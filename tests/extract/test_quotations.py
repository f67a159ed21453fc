"""Quotation marks, attribution and kinds, on hand-written texts in many outlets' conventions, and
agreement with the hand-made gold set for the seeds."""

from __future__ import annotations

import re

import pytest

from analysis.tables.build import analyse_text
from analysis.evaluation.scores import quotation_scores, read_gold_quotations
from analysis.extract.quotations import find_quote_marks


def _marked(text: str) -> list[str]:
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [text[q.start:q.end] for q in find_quote_marks(text, blocks)]


@pytest.mark.parametrize("text, quotes", [
    ("He said “we won” and left.", ["we won"]),
    ('He said "we won" and left.', ["we won"]),
    ("The minister called it ‘a triumph’ in Assad’s presence.", ["a triumph"]),
    ("The rebels’ advance and Jones’ report worried Assad’s allies.", []),
    ("Critics said ‘the rebels’ claims’ were false.", ["the rebels’ claims"]),
    ("She said: “Russia’s view is that ‘regime change’ is unacceptable.”",
     ["Russia’s view is that ‘regime change’ is unacceptable.", "regime change"]),
    ("He wrote that “[Assad] did not seem concerned.”", ["[Assad] did not seem concerned."]),
    ("“The bases matter,” she added, “but not at any price.”", ["The bases matter,", "but not at any price."]),
    ("“It began in Aleppo.\n“It will end in Damascus,” he said.", ["It began in Aleppo.", "It will end in Damascus,"]),
    ("They say “they want to stop it. “\nA later “fine” quote.", ["they want to stop it.", "fine"]),
    ("An unclosed “quote runs to the end\nBut the “next” paragraph is fine.", ["quote runs to the end", "next"]),
    ("“Quote one” then an apostrophe’ and a stray ” and “quote two”.", ["Quote one", "quote two"]),
    ("“ ” ‘ ’ \" '", []),
    ("Er sagte „wir bleiben“ und ging.", ["wir bleiben"]),
    # the low single mark opens a quote inside a German-style quote, and the high one closes it
    ("„Ein Fischer sagte mir: ‚Wir bleiben hier.‘ Das glaube ich,“ sagt sie.",
     ["Ein Fischer sagte mir: ‚Wir bleiben hier.‘ Das glaube ich,", "Wir bleiben hier."]),
    ("The harbour master wrote: „A pilot told me: ‚The ice will hold.‘ He was wrong.“",
     ["A pilot told me: ‚The ice will hold.‘ He was wrong.", "The ice will hold."]),
    ("Han sagde »vi bliver« og gik.", ["vi bliver"]),
    ("«Il a dit ‹ non › hier», dit-elle.", ["Il a dit ‹ non › hier", "non"]),
])
def test_quote_marks(text, quotes):
    assert _marked(text) == quotes


def test_a_quote_reopened_in_the_next_paragraph_continues_the_quotation():
    text = "“The port was quiet.\n“Then the ships came.\n“Then they left,” she said.\n“A new quote.”"
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert [q.continues for q in find_quote_marks(text, blocks)] == [False, True, True, False]


def _quotes(nlp, text, *, author=""):
    table = analyse_text(text, nlp=nlp, author=author)["quotations"].astype(object)
    return {row.text: row for row in table.where(table.notna(), None).itertuples()}


@pytest.mark.parametrize("text, quote, kind, speaker, cue", [
    ("The ambassador put it bluntly: “Moscow will not abandon Damascus.”",
     "Moscow will not abandon Damascus.", "direct", "The ambassador", "put"),
    ("“Russia has limits,” said Anna Petrova, a researcher at the Carnegie Endowment.",
     "Russia has limits,", "direct", "Anna Petrova", "say"),
    ("“The withdrawal was inevitable,” explains BBC security correspondent, Professor Frank Gardner.",
     "The withdrawal was inevitable,", "direct", "Professor Frank Gardner", "explain"),
    ("According to the Kremlin, “the operation is over.”", "the operation is over.", "partial", "the Kremlin", "according to"),
    ("As explained by a senior diplomat, “Nobody wanted this war.”", "Nobody wanted this war.", "direct",
     "a senior diplomat", "explain"),
    ("The report outlines how Moscow “never intended to stay”.", "never intended to stay", "partial", "The report", "outline"),
    ("Lavrov insists that the bases are “purely defensive”.", "purely defensive", "partial", "Lavrov", "insist"),
    ("“We are finished,” a rebel commander told Reuters.", "We are finished,", "direct", "a rebel commander", "tell"),
])
def test_attribution_patterns(nlp, text, quote, kind, speaker, cue):
    found = _quotes(nlp, text)[quote]
    assert (found.kind, found.speaker, found.cue) == (kind, speaker, cue)


def test_split_quote_keeps_its_speaker(nlp):
    found = _quotes(nlp, "“The bases matter,” she added, “but not at any price.”")
    assert found["The bases matter,"].speaker == found["but not at any price."].speaker == "she"


def test_quote_continuing_in_the_next_sentence_keeps_its_speaker(nlp):
    text = ("“Russia overreached,” says Professor Mark Galeotti. “Then Ukraine took everything it had.”")
    found = _quotes(nlp, text)
    assert found["Then Ukraine took everything it had."].speaker == "Professor Mark Galeotti"


def test_pronoun_speaker_resolves_to_the_earlier_person_and_short_names_to_the_longest(nlp):
    text = ("Vladimir Putin met Assad in Sochi. Putin praised the army. "
            "Later he said: “The operation is wrapping up.”")
    found = _quotes(nlp, text)["The operation is wrapping up."]
    assert (found.speaker, found.speaker_name, found.speaker_actor) == ("he", "Vladimir Putin", "Vladimir Putin")


def test_citation_after_a_quote_names_its_source(nlp):
    found = _quotes(nlp, "Assad was “blissfully unconcerned” (Coughlin 2023 135).")["blissfully unconcerned"]
    assert (found.speaker, found.cue) == ("Coughlin", "cite")


def test_scare_quotes_and_reference_titles(nlp):
    text = ("The US trained so-called “moderate” rebels.\n\nReferences\n"
            "Smith, Jane. 2020. “Why Assad Survived.” Foreign Affairs, May 2.")
    found = _quotes(nlp, text)
    assert (found["moderate"].kind, found["moderate"].speaker) == ("scare", None)
    assert found["Why Assad Survived."].kind == "title"


def test_indirect_speech(nlp):
    found = _quotes(nlp, "The Pentagon conceded that the programme had trained only sixty fighters.")
    row = found["the programme had trained only sixty fighters"]
    assert (row.kind, row.speaker, row.cue) == ("indirect", "The Pentagon", "concede")


@pytest.mark.parametrize("text, expected", [
    ("The ferry left at noon. The harbour master admitted that the timetable had slipped twice this month. "
     "Passengers waited on the quay. Later the operator claimed that the engines were sound.",
     {"the timetable had slipped twice this month": "The harbour master", "the engines were sound": "the operator"}),
    ("Rain fell all week. Heavy clouds stayed over the valley.", {}),
    ("The coach argued that the pitch was too wet for a fair match.",
     {"the pitch was too wet for a fair match": "The coach"}),
])
def test_indirect_speech_in_the_sentences_that_hold_a_reporting_verb(nlp, text, expected):
    found = _quotes(nlp, text)
    assert {quote: row.speaker for quote, row in found.items() if row.kind == "indirect"} == expected


def test_first_person_speaker_is_the_author(nlp):
    found = _quotes(nlp, "As I argue in my book, legitimacy can be bought.", author="Jane Smith")
    assert found["legitimacy can be bought"].speaker_name == "Jane Smith"


def test_one_apostrophe_does_not_lose_the_other_quotes(nlp):
    text = "Assad’s allies were “few”. The rebels’ leader called it “a victory”. Jones’ view: “late”."
    assert {"few", "a victory", "late"} <= set(_quotes(nlp, text))


def test_offsets_round_trip(corpus_tables, raw_texts):
    quotations = corpus_tables["quotations"]
    assert len(quotations) > 0
    assert all(raw_texts[d][s:e] == t for d, s, e, t in zip(quotations.doc_id, quotations.start, quotations.end,
                                                            quotations.text))
    speakers = quotations.dropna(subset=["speaker"])
    assert all(raw_texts[d][s:e] == t for d, s, e, t in zip(speakers.doc_id, speakers.speaker_start,
                                                            speakers.speaker_end, speakers.speaker))
    cues = quotations.dropna(subset=["cue"])
    assert cues.cue_start.notna().all() and (cues.cue_end > cues.cue_start).all()


@pytest.fixture(scope="module")
def scores(corpus_tables):
    table = quotation_scores(corpus_tables["quotations"], read_gold_quotations())
    print("\nquotations against data/gold/quotations.csv (span match: overlap >= 0.5)\n" + table.to_string())
    return table


def test_quote_spans_in_marks_match_the_gold(scores):
    assert scores.loc["marked", "precision"] >= 0.95
    assert scores.loc["marked", "recall"] >= 0.95


def test_all_quotation_spans_are_precise(scores):
    assert scores.loc["all", "precision"] >= 0.95


def test_speakers_match_the_gold(scores):
    assert scores.loc["all", "speaker_accuracy"] >= 0.9


@pytest.mark.xfail(reason="reported speech without marks is found only through a reporting verb with a clause, "
                          "'according to' or a citation; 'see X as', 'develops the point about how' and parser "
                          "errors are missed", strict=True)
def test_indirect_speech_recall(scores):
    assert scores.loc["indirect", "recall"] >= 0.95


def test_paragraphs_of_a_long_quotation_share_the_speaker_of_the_first(nlp):
    text = ("“The harbour was quiet for years,” said Tomas Berg, a retired captain. “Then the warships came back.\n\n"
            "“Nobody in the town was asked about it.\n\n"
            "“We read about it in the papers.”")
    found = _quotes(nlp, text)
    for quote in ("Then the warships came back.", "Nobody in the town was asked about it.",
                  "We read about it in the papers."):
        assert (found[quote].kind, found[quote].speaker_name) == ("direct", "Tomas Berg")


def test_a_long_quotation_takes_the_person_the_paragraph_before_introduces(nlp):
    text = ("Tomas Berg kept the lighthouse for thirty years.\n\n"
            "When I asked him about the warships, he looked at the sea for a while.\n\n"
            "“The harbour was quiet for years.\n\n"
            "“Then the warships came back, and nobody asked the town.”")
    found = _quotes(nlp, text, author="Ada Quill")
    assert found["The harbour was quiet for years."].speaker_name == "Tomas Berg"
    assert found["Then the warships came back, and nobody asked the town."].speaker_name == "Tomas Berg"


@pytest.mark.parametrize("text, quote, speaker", [
    ("The harbour master said: “The cranes stopped in May.”", "The cranes stopped in May.", "The harbour master"),
    ("“The convoy left at dawn,” according to Ilse Marr, a local reporter.", "The convoy left at dawn,", "Ilse Marr"),
    ("Ilse Marr, who has covered the port for a decade, said: “The cranes stopped in May.”",
     "The cranes stopped in May.", "Ilse Marr"),
    ("“The cranes stopped in May,” Ilse Marr said.", "The cranes stopped in May,", "Ilse Marr"),
    ("“The cranes stopped in May,” said Ilse Marr, a local reporter.", "The cranes stopped in May,", "Ilse Marr"),
    ("The harbour master complained that the port was “run like a museum”.", "run like a museum", "The harbour master"),
    ("The council hailed the deal as “a new start for the docks”.", "a new start for the docks", "The council"),
    # a title keeps the post it names
    ("As explained by Norway’s Ambassador to Valdin, “The port will stay open.”", "The port will stay open.",
     "Norway’s Ambassador to Valdin"),
    ("“The port will stay open,” said the mayor of Valdin.", "The port will stay open,", "the mayor of Valdin"),
    ("“The port will stay open,” the mayor said on Monday.", "The port will stay open,", "the mayor"),
])
def test_reporting_structures(nlp, text, quote, speaker):
    assert _quotes(nlp, text)[quote].speaker == speaker


def test_the_second_half_of_a_split_quote_is_as_direct_as_the_first(nlp):
    found = _quotes(nlp, "“We never promised a new harbour,” the mayor said, “only that the old one would stay open.”")
    assert found["only that the old one would stay open."].kind == "direct"


def test_pronoun_resolves_to_the_last_person_named_or_described(nlp):
    text = ("Vera Lind chairs the port council. A retired captain spoke at its meeting on Monday. "
            "“The cranes will turn again,” he said.")
    assert "captain" in _quotes(nlp, text)["The cranes will turn again,"].speaker_name


def test_a_definite_description_refers_back_to_the_person_just_named(nlp):
    text = ("Tomas Berg spent thirty years at sea. The retired captain now grows apples inland. "
            "“The sea never leaves you,” he said.")
    assert _quotes(nlp, text)["The sea never leaves you,"].speaker_name == "Tomas Berg"


def test_first_person_in_an_interview_answer_is_the_person_labelled(nlp):
    text = ("The port after the war\n\nWe spoke to Tomas Berg, a retired captain, about the harbour.\n\n"
            "Q: Will the harbour recover?\n\n"
            "Berg: Slowly. As I told the council, the town “cannot live on memories”.")
    found = _quotes(nlp, text, author="Ada Quill")["cannot live on memories"]
    assert (found.speaker, found.speaker_name) == ("I", "Tomas Berg")


@pytest.mark.parametrize("label", ["Tomas Berg (via video link): ", "Berg (translated): "])
def test_a_label_in_plain_case_with_a_note_names_the_first_person(nlp, label):
    text = ("The port after the war\n\nWe spoke to Tomas Berg, a retired captain, about the harbour.\n\n"
            "Q: Will the harbour recover?\n\n" + label + "Slowly. I would put it like this: “The town is tired.”")
    found = _quotes(nlp, text, author="Ada Quill")["The town is tired."]
    assert (found.speaker, found.speaker_name) == ("I", "Tomas Berg")


def test_a_transcript_label_in_capitals_names_the_first_person(nlp):
    text = ("The port after the war\n\nWe spoke to Tomas Berg, a retired captain, about the harbour.\n\n"
            "HOST: Will the harbour recover?\n\n"
            "TOMAS BERG: Slowly. As I told the council, the town “cannot live on memories”.")
    assert _quotes(nlp, text, author="Ada Quill")["cannot live on memories"].speaker_name == "Tomas Berg"


@pytest.mark.parametrize("dateline", ["VALDIN, May 4 (Northline News) – ", "VALDIN, May 4. /Northline/. "])
def test_a_dateline_is_never_a_speaker(nlp, dateline):
    text = dateline + "Speaking on Monday, he called the closure “temporary”."
    table = analyse_text(text, nlp=nlp)["quotations"]
    dateline_end = len(dateline)
    assert not (table.speaker_start.dropna() < dateline_end).any()
    assert not table.speaker_name.fillna("").str.contains("VALDIN|Northline").any()


def test_a_name_in_use_is_a_scare_quote_and_a_title_in_title_case_is_a_title(nlp):
    text = ("Ships sail the route known as the “Amber Line”, according to port records. "
            "When I wrote “The Long Decline of Valdin Harbour” in 2019, I argued that the port would close.")
    found = _quotes(nlp, text, author="Ada Quill")
    assert (found["Amber Line"].kind, found["Amber Line"].speaker) == ("scare", None)
    assert found["The Long Decline of Valdin Harbour"].kind == "title"


def test_a_bad_quote_lexicon_names_each_bad_row(tmp_path, monkeypatch):
    import analysis.extract.quotations.lexicon as lexicon
    from analysis.errors import InputError

    cues, words = tmp_path / "quote_cues.csv", tmp_path / "quote_lexicon.csv"
    cues.write_text("cue,use,note\nsay,both,\nmutter,sometimes,\n", encoding="utf-8")
    words.write_bytes(b"term,role,note\nbook,work_noun,\xff\n")
    monkeypatch.setattr(lexicon, "CUES_FILE", cues)
    monkeypatch.setattr(lexicon, "LEXICON_FILE", words)
    with pytest.raises(InputError) as caught:
        lexicon.read_quote_lexicon()
    assert caught.value.problems == [
        "quote_cues.csv line 3 ('mutter'): use must be one of both, direct, noun, thought, as",
        "quote_lexicon.csv: not valid UTF-8 at byte 30 (invalid start byte)",
    ]


@pytest.mark.parametrize("text, quote, kind, speaker", [
    ("Helen Carter was unimpressed: ‘We have heard this before.’ The council did not reply.",
     "We have heard this before.", "direct", "Helen Carter"),
    ("I met a ferry captain at the quay. He was blunt: “They come, they look, they leave.”",
     "They come, they look, they leave.", "direct", "He"),
    ("The problem is simple: “no money, no ships”.", "no money, no ships", "scare", None),
])
def test_a_colon_after_a_clause_about_a_person_introduces_their_words(nlp, text, quote, kind, speaker):
    found = _quotes(nlp, text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, quote, name", [
    ("The harbour master, Ivan Sokol, met the crews at dawn. “The president has failed us,” he said.",
     "The president has failed us,", "Ivan Sokol"),
    ("The port’s spokeswoman, Helen Carter, spoke first. ‘It holds,’ she said.", "It holds,", "Helen Carter"),
])
def test_pronoun_speakers_resolve_to_the_named_person_not_a_subject_inside_the_quote(nlp, text, quote, name):
    assert _quotes(nlp, text)[quote].speaker_name == name


@pytest.mark.parametrize("entry, title", [
    ("“How the last ferry sailed” – a profile of a captain on the northern route.", "How the last ferry sailed"),
    ("• ‘Ports and power’ by Jane Moss, on the politics of shipping.", "Ports and power"),
    ("2. “What the harbour remembers” — an essay from the archive.", "What the harbour remembers"),
    ("“The quiet fleet,” by Ola Berg, on the fishing towns.", "The quiet fleet,"),
    ("“After the strike” (The Coast Weekly)", "After the strike"),
])
def test_quoted_titles_opening_reading_list_entries(nlp, entry, title):
    text = f"The weekly digest\n\nWhat we are reading this week\n\n{entry}\n\nSee you next week.\n"
    assert _quotes(nlp, text)[title].kind == "title"


@pytest.mark.parametrize("entry, kind, speaker", [
    # a list entry that holds up a quotation with its author-date source and page is a quotation of that author
    ("1. “The port kept the town alive, never the mayor” (Lund, 2019, p. 40). Discuss.", "direct", "Lund"),
    # near miss: a title with its publisher and year in brackets
    ("1. “Salt and sail” (Harbour Press, 2019) – a history of the trade.", "title", None),
    # near miss: an article with its author, year and pages, described by a dash after them
    ("1. “Tolls on the northern sound” (Lund, 2019: 14–29) – a survey of the ferry trade.", "title", None),
])
def test_a_list_entry_with_a_page_citation_quotes_its_source(nlp, entry, kind, speaker):
    text = f"Essay questions\n\nAnswer one of:\n\n{entry}\n\nEssays are due in May.\n"
    found = _quotes(nlp, text)[entry[entry.index("“") + 1:entry.index("”")]]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("entry", [
    # a bracket in lower case after a phrase, or with a year, describes a work: its medium, year or format
    "“Evening over the bay” (oil on canvas, 2015)",
    "“The last ferry” (photograph)",
    "“The sea keeps its own” (woodcut, 1998)",
])
def test_a_work_described_in_brackets_in_lower_case_stays_a_title(nlp, entry):
    text = f"Works on show\n\n{entry}\n\nThe show closes in May.\n"
    assert _quotes(nlp, text)[entry[entry.index("“") + 1:entry.index("”")]].kind == "title"


def test_a_question_credited_in_brackets_in_lower_case_is_no_title(nlp):
    # a bracket that opens in lower case describes who asked, not a work ('(The Coast Weekly)' names one)
    text = ("Client question of the month\n\n“Can we reopen the yard before the winter storms?” (shipping client, north "
            "coast)\n\nYes, with care.\n")
    assert _quotes(nlp, text)["Can we reopen the yard before the winter storms?"].kind == "direct"


def test_a_quote_opening_a_paragraph_before_its_attribution_is_not_a_title(nlp):
    text = "Ports reopen\n\n“We stay until the deal is signed,” – the captain told the crowd on the quay.\n"
    assert _quotes(nlp, text)["We stay until the deal is signed,"].kind == "direct"


def test_first_person_in_a_transcript_turn_is_the_turn_speaker(nlp):
    text = ("The Long Table, episode 12\n\nANNA ROE: Welcome back to the show, and thanks for coming in.\n\n"
            "PIET VOS: Thanks. I told the committee, “If we wait for spring, we lose.”\n")
    found = _quotes(nlp, text)["If we wait for spring, we lose."]
    assert (found.speaker, found.speaker_name) == ("I", "Piet Vos")


@pytest.mark.parametrize("text, quotes", [
    ("‘The offer does nothing for us.\n‘We will not sign it,’ he said.", ["The offer does nothing for us.", "We will not sign it,"]),
    ("Officials call it ‘fragile but indispensable’[2] and move on.", ["fragile but indispensable"]),
    ("Officials call it “fragile”¹ and move on.", ["fragile"]),
    # an endnote number glued after the closing mark, as journals print them, when punctuation precedes the mark
    ("One skipper put it bluntly: ‘The big boats took the north.’7 Others disagreed.", ["The big boats took the north."]),
    ("Officials called the plan “unworkable.”12\nIt was dropped.", ["unworkable."]),
    ("In the ’90s the port was ‘busy’ all year.", ["busy"]),
    ("The dockers’ union won’t sign.\n‘No deal,’ they said.", ["No deal,"]),
])
def test_single_quote_paragraphs_and_footnote_markers(text, quotes):
    assert _marked(text) == quotes


def test_a_single_quoted_quotation_over_paragraphs_keeps_its_speaker(nlp):
    text = ("Ports reopen\n\nThe union leader, Paul Hennessy, read a statement to the crowd.\n\n"
            "‘This offer does nothing for the workers. It cuts overtime.\n\n‘We will not sign it,’ he said.\n")
    found = _quotes(nlp, text)
    assert found["This offer does nothing for the workers. It cuts overtime."].speaker_name == "Paul Hennessy"


@pytest.mark.parametrize("text, quote, speaker", [
    ("Lars Eklund, who ran the harbour office for a decade, said the deal was “better than nothing”.",
     "better than nothing", "Lars Eklund"),
    ("The mayor, Lars Eklund, told reporters the port was “open for good”.", "open for good", "Lars Eklund"),
])
def test_a_speaker_mention_keeps_the_name_without_its_relative_clause(nlp, text, quote, speaker):
    assert _quotes(nlp, text)[quote].speaker == speaker


def test_you_in_a_transcript_turn_is_the_other_speaker(nlp):
    text = ("The Long Table, episode 12\n\nANNA ROE: Welcome back. With me is Piet Vos, who led the first walkout.\n\n"
            "PIET VOS: Thanks for having me.\n\n"
            "ANNA ROE: In March you told the committee, “We strike or we lose.” Do you still think so?\n")
    found = _quotes(nlp, text)["We strike or we lose."]
    assert (found.speaker, found.speaker_name) == ("you", "Piet Vos")


@pytest.mark.parametrize("text, quote, speaker", [
    ("“The council welcomes the agreement,” the council’s statement said.", "The council welcomes the agreement,",
     "the council"),
    ("“The ports reopen on Monday,” a statement from the ministry said.", "The ports reopen on Monday,", "the ministry"),
])
def test_a_statement_speaks_for_whoever_issued_it(nlp, text, quote, speaker):
    assert _quotes(nlp, text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, kind, speaker", [
    ("Commentators called the truce “Oslo’s Munich” and moved on.", "Oslo’s Munich", "partial", "Commentators"),
    ("Commentators called the truce “Oslo’s Munich” and the minister “a pushover”.", "a pushover", "partial",
     "Commentators"),
    ("Asked about the fleets, Berg replied: “Not this year.”", "Not this year.", "direct", "Berg"),
    ("“We stay,” she said, “until the deal is signed.”", "until the deal is signed.", "direct", "she"),
    ("Berg said that “Oslo and nobody else” would keep the banks open.", "Oslo and nobody else", "partial", "Berg"),
])
def test_a_capitalised_phrase_set_into_the_sentence_is_partial(nlp, text, quote, kind, speaker):
    found = _quotes(nlp, text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


HEADLINE_BODY = "The two fleets agreed on Tuesday to share the northern banks until the spring, ending a month of clashes."


@pytest.mark.parametrize("headline, quote, speaker", [
    ("Berg: ‘We will not leave the northern banks’", "We will not leave the northern banks", "Berg"),
    ("‘We will not leave’: fisheries minister vows to stay on the banks", "We will not leave", "fisheries minister"),
])
def test_headline_quotes_take_the_name_beside_the_colon(nlp, headline, quote, speaker):
    text = f"{headline}\n\n{HEADLINE_BODY}\n"
    found = _quotes(nlp, text)[quote]
    assert (found.kind, found.speaker) == ("direct", speaker)



def test_a_timecode_before_a_turn_label_keeps_the_turn_speaker(nlp):
    text = ("The Long Table, episode 12\n\n[00:00:05] ANNA ROE: Welcome back to the show, thanks for coming in.\n\n"
            "[00:00:12] PIET VOS: Thanks. I told them, “We strike or we lose.”\n")
    assert _quotes(nlp, text)["We strike or we lose."].speaker_name == "Piet Vos"


@pytest.mark.parametrize("text, quote, kind", [
    ("Officials in the port were “keenly aware that the fleet had gone” by the spring.",
     "keenly aware that the fleet had gone", "partial"),
    ("The plan was “to reopen the banks to every boat from both towns” by March.",
     "to reopen the banks to every boat from both towns", "partial"),
    ("The talk of “regime change” faded by the spring.", "regime change", "scare"),
    ("The so-called “fishing war was over” by March.", "fishing war was over", "scare"),
    ("The old saying ‘My enemy’s enemy is my friend’ held for a while.", "My enemy’s enemy is my friend", "scare"),
])
def test_an_unattributed_clause_in_marks_is_a_partial_quote_and_a_term_a_scare_quote(nlp, text, quote, kind):
    found = _quotes(nlp, text)[quote]
    assert (found.kind, found.speaker) == (kind, None)


@pytest.mark.parametrize("text, quote, kind, speaker, cue", [
    ("In the words of one former harbour official, “nobody wins a fishing war”.", "nobody wins a fishing war",
     "partial", "one former harbour official", "in the words of"),
    ("The ministry described the truce as “a practical arrangement”, while the union dismissed it as "
     "“window dressing”.", "window dressing", "partial", "the union", "dismiss"),
])
def test_more_attribution_phrases(nlp, text, quote, kind, speaker, cue):
    found = _quotes(nlp, text)[quote]
    assert (found.kind, found.speaker, found.cue) == (kind, speaker, cue)
    assert text[found.cue_start:found.cue_end].lower().startswith(cue[:5])


@pytest.mark.parametrize("text, quote, name", [
    ("Ola Berg, the fisheries minister, opened the talks on Monday.\n\nReporters later asked Ivan Sokol about "
     "the deal.\n\n“It holds for now,” he said.", "It holds for now,", "Ivan Sokol"),
    ("Ola Berg met Ivan Sokol on Monday, and he told reporters, “It holds for now.”", "It holds for now.", "Ola Berg"),
    ("I spoke to a farmer near the quay last month. He was blunt: ‘They come, they look, they go.’",
     "They come, they look, they go.", "a farmer"),
])
def test_he_or_she_is_the_subject_of_its_sentence_or_a_person_named_after_it(nlp, text, quote, name):
    assert _quotes(nlp, text)[quote].speaker_name == name


def test_a_speaker_label_on_its_own_line_names_the_turn_under_it(nlp):
    text = ("The Long Table, episode 12\n\nANNA ROE:\n\nWelcome back to the show, thanks for coming in.\n\n"
            "PIET VOS:\n\nThanks. I told them, “We strike or we lose.”\n")
    assert _quotes(nlp, text)["We strike or we lose."].speaker_name == "Piet Vos"


FLEETS = "The two fleets agreed on Tuesday to share the northern banks until the spring, ending a month of clashes."


@pytest.mark.parametrize("paragraph, quote, speaker", [
    ("Sokol said the deal was already dead. “Nobody believes it any more.”", "Nobody believes it any more.", "Sokol"),
    ("The harbour official was gloomy. “Nobody believes it any more.”", "Nobody believes it any more.",
     "The harbour official"),
    ("“Nobody believes it any more.” That was how Ivan Sokol put it on Tuesday.", "Nobody believes it any more.",
     "Ivan Sokol"),
    ("Moscow was silent. “Nobody believes it any more.”", "Nobody believes it any more.", None),
])
def test_a_quoted_sentence_of_its_own_takes_the_speaker_of_the_sentence_beside_it(nlp, paragraph, quote, speaker):
    found = _quotes(nlp, f"Ports reopen\n\n{FLEETS}\n\n{paragraph}\n")[quote]
    assert found.speaker == speaker


def test_a_colon_ended_paragraph_introduces_the_quote_by_its_verb_with_a_subject(nlp):
    text = (f"Ports reopen\n\n{FLEETS}\n\nThe union office sends out leaflets with lines such as the following:\n\n"
            "“The owners want the ports quiet. They will not get their wish.”\n")
    found = _quotes(nlp, text)["The owners want the ports quiet. They will not get their wish."]
    assert (found.kind, found.speaker) == ("direct", "The union office")


@pytest.mark.parametrize("text, quote, kind, speaker", [
    ("The union posted on its channel: “We will not sail until the deal is signed.”",
     "We will not sail until the deal is signed.", "direct", "The union"),
    ("He read “The Old Man and the Sea” twice that winter.", "The Old Man and the Sea", "title", None),
    ("She called the truce “the end of an era” on Tuesday.", "the end of an era", "partial", "She"),
    # a text that reads words is their source, as signs and notes are (see quotations/test_nonperson_speakers.py)
    ("A banner on the quay read “No deal, no fish”.", "No deal, no fish", "partial", "A banner on the quay"),
])
def test_social_media_posts_titles_in_title_case_and_inscriptions(nlp, text, quote, kind, speaker):
    found = _quotes(nlp, text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.xfail(strict=True, reason="a quote in a transcript turn with no cue is left unattributed: marks in a "
                   "turn mostly carry someone else's words or a term, so the turn's speaker is given only through "
                   "a first-person cue ('I told them, “…”'); taking it for every quote, or for a quote in a sentence "
                   "whose subject is 'I', cost held-out speaker and kind accuracy")
def test_a_quote_in_a_turn_without_a_cue_is_the_turn_speakers(nlp):
    text = ("The Long Table, episode 12\n\nANNA ROE: Welcome back to the show, thanks for coming in.\n\n"
            "PIET VOS: The phrase I keep coming back to is “a slow surrender”. That is what it was.\n")
    assert _quotes(nlp, text)["a slow surrender"].speaker == "PIET VOS"


@pytest.mark.xfail(strict=True, reason="the parser reads 'council read' as a noun compound, so the colon-ended "
                   "paragraph has no verb and the quotation takes 'the statement' from its last paragraph")
def test_a_statement_introduced_by_read_speaks_for_its_issuer(nlp):
    text = (f"Ports reopen\n\n{FLEETS}\n\nA statement from the regional council read:\n\n"
            "“The council welcomes the agreement.\n\n“It will review it in March,” the statement said.\n")
    assert _quotes(nlp, text)["The council welcomes the agreement."].speaker == "the regional council"


BULLETIN_OPENING = ("Harbour tonight\n\nPRESENTER: Good evening. The ferry companies signed a deal today.\n\n"
                    "CORRESPONDENT (voice-over): In Valdin the crews went back to work this morning.\n\n")


@pytest.mark.parametrize("turn, quote, name", [
    ("ANNIKA SOLBERG, Valdin Dockers' Union:\n\nI told the owners in March, “We will not sail for less.”",
     "We will not sail for less.", "Annika Solberg"),
    ("PIOTR LASKA (translated):\n\nI said to my brother, “This is the last winter on the boats.”",
     "This is the last winter on the boats.", "Piotr Laska"),
    ("ANNIKA SOLBERG, Valdin Dockers' Union (translated): I told them, “We will not sail for less.”",
     "We will not sail for less.", "Annika Solberg"),
    ("CORRESPONDENT (piece to camera): As I said on Monday, “The port is open, the question is for how long.”",
     "The port is open, the question is for how long.", "Correspondent"),
])
def test_a_broadcast_caption_with_a_role_names_the_first_person_of_its_clip(nlp, turn, quote, name):
    found = _quotes(nlp, f"{BULLETIN_OPENING}{turn}\n")[quote]
    assert (found.speaker, found.speaker_name) == ("I", name)


def test_a_dateline_before_a_colon_is_not_a_caption_label(nlp):
    text = "Ports reopen\n\nVALDIN, May 4 (Northline): As I told the council, the town “cannot live on memories”.\n"
    assert _quotes(nlp, text, author="Ada Quill")["cannot live on memories"].speaker_name == "Ada Quill"


def test_a_caption_label_is_never_a_speaker_of_the_words_under_it(nlp):
    text = (f"{BULLETIN_OPENING}MAREN HOLT, harbour pilot:\n\nThe owners keep calling it “a final offer”.\n")
    found = _quotes(nlp, text)["a final offer"]
    assert (found.speaker, found.cue) == ("The owners", "call")


@pytest.mark.parametrize("signature, writer", [
    ("Maren Holt\n\nValdin", "Maren Holt"),
    ("Maren Holt, Valdin", "Maren Holt"),
    ("Dr Maren Holt\n\nNorth Valdin", "Dr Maren Holt"),
    ("M. J. Holt, Valdin", "M. J. Holt"),
])
def test_first_person_in_a_signed_letter_is_its_writer(nlp, signature, writer):
    text = ("Letters: the harbour and the ferries\n\nOur readers on last week's ferry agreement.\n\n"
            "A fair deal at last\n\n"
            "I disagree with your editorial. As I told my councillor in May, “The town pays twice for every crossing.”"
            f"\n\n{signature}\n\nThe crews deserve better\n\n"
            "I worked on the ferries for twenty years, and I have seen three owners come and go.\n\nTomas Brekke\n")
    found = _quotes(nlp, text, author="Ada Quill")["The town pays twice for every crossing."]
    assert (found.speaker, found.speaker_name) == ("I", writer)


def test_first_person_above_a_line_that_is_not_a_signature_stays_the_author(nlp):
    text = ("Ports reopen\n\nThe ferries sailed again on Monday after a month of strikes in the harbour.\n\n"
            "As I wrote in March, the town “cannot live on memories” for much longer.\n\n"
            "Read more about the harbour\n")
    assert _quotes(nlp, text, author="Ada Quill")["cannot live on memories"].speaker_name == "Ada Quill"


@pytest.mark.parametrize("text, quote, kind, speaker, cue", [
    ("Scholars call the pattern «the veto premium» (Marr 2019).", "the veto premium", "partial", "Marr", "cite"),
    ("Others speak of «protective vetoes» (Lind and Sokol, 2021, p. 14).", "protective vetoes", "partial",
     "Lind and Sokol", "cite"),
    ("According to Ilse Marr, the harbour master, “The cranes stopped in May.” (Berg 2020, 12).",
     "The cranes stopped in May.", "direct", "Ilse Marr", "according to"),
])
def test_a_citation_after_a_quoted_phrase_names_its_source_before_a_cue(nlp, text, quote, kind, speaker, cue):
    found = _quotes(nlp, f"Ports reopen\n\n{text}\n")[quote]
    assert (found.kind, found.speaker, found.cue) == (kind, speaker, cue)


@pytest.mark.parametrize("text, quote, speaker", [
    ("A statement from the ferry company read: “All crossings are cancelled until further notice.”",
     "All crossings are cancelled until further notice.", "the ferry company"),
    ("The ministry’s statement was short: “The talks continue.”", "The talks continue.", "The ministry"),
    pytest.param("A banner on the quay read: “No deal, no fish.”", "No deal, no fish.", "A banner on the quay",
                 marks=pytest.mark.xfail(strict=True, reason="the parser takes 'read' after 'the quay' and before a "
                                         "colon for a noun, so the banner is no subject and reads nothing")),
])
def test_a_statement_before_a_colon_speaks_for_whoever_issued_it(nlp, text, quote, speaker):
    assert _quotes(nlp, f"Ports reopen\n\n{FLEETS}\n\n{text}\n")[quote].speaker == speaker


@pytest.mark.parametrize("source_line, speaker", [
    ("— Tomas Brekke, fisher", "Tomas Brekke"),
    ("– a viral post on Facebook, 3 March", "a viral post on Facebook"),
    ("Source: a post on a local forum (since deleted)", "a post on a local forum"),
    ("Claimed by: a local news channel", "a local news channel"),
    ("The harbour was empty on Monday, and the fishers had stopped waiting for the owners.", None),
])
@pytest.mark.parametrize("label", ["", "Claim: "])
def test_a_line_under_a_quote_that_fills_its_paragraph_names_its_source(nlp, label, source_line, speaker):
    text = (f"The claim\n\n{FLEETS}\n\n{label}“The ferry company has left Valdin for good.”\n\n{source_line}\n\n"
            "The company still runs two crossings a day from the harbour, its timetable shows.\n")
    assert _quotes(nlp, text)["The ferry company has left Valdin for good."].speaker == speaker


def test_words_quoted_inside_a_title_are_partial_quotes_without_a_speaker(nlp):
    text = ("Ports reopen\n\nThe ferries sailed again on Monday after a month of strikes.\n\nReferences\n\n"
            "Coast News. 2024. “Harbour deal ‘a fair compromise’, says mayor.” May 3.\n")
    found = _quotes(nlp, text)
    assert found["Harbour deal ‘a fair compromise’, says mayor."].kind == "title"
    assert (found["a fair compromise"].kind, found["a fair compromise"].speaker) == ("partial", None)


@pytest.mark.parametrize("text, quote, kind, speaker", [
    ("“The owners,” she added, “have never kept a promise.”", "have never kept a promise.", "direct", "she"),
    ("“Frankly, it is a mess,” admitted one official.", "Frankly, it is a mess,", "direct", "one official"),
    ("“We stay,” Vera Lind said on Monday, “until the deal is signed.”", "until the deal is signed.", "direct",
     "Vera Lind"),
    ("“It holds,” the mayor said, and the crews, tired after a month, called it “a trap”.", "a trap", "partial",
     "the crews"),
    # wire attributions
    ("The Coast Herald quoted a senior official as saying the deal was “dead in the water”.", "dead in the water",
     "partial", "a senior official"),
    ("Reuters cited two diplomats as saying that the talks had “stalled badly”.", "stalled badly", "partial",
     "two diplomats"),
    ("The mayor’s office said he was “on holiday”.", "on holiday", "partial", "The mayor’s office"),
    ("A Valdin ministry spokesman said the ferries were “safe”.", "safe", "partial", "A Valdin ministry spokesman"),
    ("The crews, as everyone knows, called the owners “the absentees”.", "the absentees", "partial", "The crews"),
    ("Dock workers marched through the town, chanting “no deal, no ships”.", "no deal, no ships", "partial",
     "Dock workers"),
    ("Dock workers marched through the town under banners reading “no deal, no ships”.", "no deal, no ships", "scare",
     None),
    # a quoted noun a reporting participle modifies is its clause subject's
    ("The mayor would not honour an openly announced “deadline” after the floods.", "deadline", "partial",
     "The mayor"),
    ("The council finally delivered the promised “new harbour” in May.", "new harbour", "partial", "The council"),
    ("The council finally delivered the long-awaited “new harbour” in May.", "new harbour", "scare", None),
])
def test_split_inverted_and_wire_attributions(nlp, text, quote, kind, speaker):
    found = _quotes(nlp, f"Ports reopen\n\n{FLEETS}\n\n{text}\n")[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, quote, speaker", [
    ("The council was, as Lind and Sokol (2021, p. 14) put it, «a room of locked doors».", "a room of locked doors",
     "Lind and Sokol"),
    ("Marr (2019) describes the veto as «a cheap way to buy loyalty».", "a cheap way to buy loyalty", "Marr"),
    ("In 2019 the council met twice. The minister (a former captain) called it “a room of locked doors”.",
     "a room of locked doors", "The minister"),
])
def test_an_author_cited_in_the_running_text_speaks_through_the_cue_after_it(nlp, text, quote, speaker):
    assert _quotes(nlp, f"The price of a veto\n\n{text}\n")[quote].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    ("She discussed the strike on the podcast “Harbour Hours” last spring.", "Harbour Hours"),
    ("In the episode “after the last ferry” the crews tell their side.", "after the last ferry"),
])
def test_a_quote_after_the_kind_of_work_it_names_is_a_title(nlp, text, quote):
    assert _quotes(nlp, f"Ports reopen\n\n{FLEETS}\n\n{text}\n")[quote].kind == "title"


@pytest.mark.xfail(strict=True, reason="'see X as' is a verb of thought, not a reporting verb, so the quote takes the "
                   "cue of the clause before it ('argues') and its speaker")
def test_a_second_author_who_sees_a_thing_as_a_quoted_phrase_speaks_it(nlp):
    text = ("The price of a veto\n\nLind argues that vetoes are «cheap signals», while Berg sees them as "
            "«costly commitments».\n\nThe paper ends with a plea for better data on vetoes.\n")
    assert _quotes(nlp, text)["costly commitments"].speaker == "Berg"


@pytest.mark.xfail(strict=True, reason="a claim box's source line is read only after a dash or a label ('Source:'); a "
                   "bare line under the quote ('Facebook post, 18 May') could as well be a crosshead")
def test_a_bare_source_line_under_a_claim_names_its_source(nlp):
    text = (f"The claim\n\n{FLEETS}\n\n“The ferry company has left Valdin for good.”\n\nFacebook post, 3 March\n\n"
            "The company still runs two crossings a day from the harbour, its timetable shows.\n")
    assert _quotes(nlp, text)["The ferry company has left Valdin for good."].speaker == "Facebook post"


@pytest.mark.parametrize("paragraph, speaker", [
    ("I met Tomas Brekke at his chandlery, the last one on the quay.", "Tomas Brekke"),
    ("Brekke shrugged when I asked about the owners.", "Brekke"),
    ("The quay was empty when I arrived on a grey morning.", None),
    ("Oslo was quiet that morning.", None),
    ("The harbour office was closed that morning.", None),
])
def test_a_quote_filling_its_paragraph_is_the_person_the_paragraph_before_is_about(nlp, paragraph, speaker):
    text = (f"The last chandlery\n\nTomas Brekke has sold rope in Valdin for forty years.\n\n{paragraph}\n\n"
            "“They come, they look, they leave.”\n\nThe town council has a plan for the harbour.\n")
    assert _quotes(nlp, text, author="Ada Quill")["They come, they look, they leave."].speaker == speaker


@pytest.mark.parametrize("turn, name", [
    ("PIET VOS: Thanks. “We will not sail for less.” That is what I told the owners in March.", "Piet Vos"),
    ("PIET VOS: Thanks. “We will not sail for less.” That is what the owners heard in March.", None),
])
def test_a_quote_in_a_turn_takes_the_first_person_who_said_it_in_the_next_sentence(nlp, turn, name):
    text = f"The Long Table, episode 12\n\nANNA ROE: Welcome back to the show.\n\n{turn}\n"
    assert _quotes(nlp, text)["We will not sail for less."].speaker_name == name
