"""Which words name a quote's speaker (`analysis.extract.quotations.attribution`): one invented sentence per
structure, with the speaker mention and cue written by hand."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.extract.quotations import find_quote_marks
from analysis.extract.quotations.attribution import _running_sentence_starts, attribute, quote_context
from analysis.extract.quotations.lexicon import default_lexicon
from analysis.extract.quotations.speakers import nearest_subject
from analysis.nlp.arrays import ParseArrays


@pytest.mark.parametrize("text, quote, kind, speaker, cue", [
    # a parenthetical cue inside the clause it reports
    ("Ilona Markova, a port economist, spoke first. Trade, she said, “would not survive another winter of "
     "closures”.", "would not survive another winter of closures", "partial", "she", "say"),
    # 'as X liked to say', where the cue is the complement of the verb the 'as' clause opens with
    ("The city wanted to show that it kept its word, unlike, as dockers liked to say, the rival port that had "
     "“sold out” its crews.", "sold out", "partial", "dockers", "say"),
    # a statement 'saying …' speaks for whoever issued it
    ("The harbour board issued a statement saying the tolls would rise “only as far as needed”.",
     "only as far as needed", "partial", "The harbour board", "say"),
    # 'in X's words' as 'in the words of X'
    ("In the pilot's words, the harbour had become “a waiting room for ships”.", "a waiting room for ships",
     "partial", "the pilot", "in the words of"),
    # 'who' after a place stands for the person before it; the paragraph's colon introduces the quote
    ("My guide was a former harbour master in Klaipeda, who summed up the mood:\n\n“Everyone here is waiting for "
     "a ship that is not coming.”", "Everyone here is waiting for a ship that is not coming.", "direct",
     "a former harbour master in Klaipeda", "sum"),
    # a headline's speaker before the colon ...
    ("Pilot: the port “has run out of patience”", "has run out of patience", "partial", "Pilot", ":"),
    ("Harbour official: “We are ready for the ships”", "We are ready for the ships", "direct", "Harbour official",
     ":"),
    # ... or after a quote that opens the headline
    ("‘We stayed until the last ship left’: a retired pilot on the long strike",
     "We stayed until the last ship left",
     "direct", "a retired pilot", ":"),
    # reporting verbs of the listed classes: restate, characterize (bill), sum up
    ("Both mayors restated the pledge of “open water and fair tolls” at the summit.", "open water and fair tolls",
     "partial", "Both mayors", "restate"),
    ("Local papers billed the regatta as “the race of the decade”.", "the race of the decade", "partial",
     "Local papers", "bill"),
    # a reporting participle on a noun: the noun's possessor speaks
    ("The board ignored the governor's announced goal of “a ferry every hour”.", "a ferry every hour", "partial",
     "the governor", "announce"),
    # 'in X's phrase', as 'in X's words'
    ("In the chairman's phrase, the club had become “a hotel with a football pitch”.",
     "a hotel with a football pitch", "partial", "the chairman", "in the words of"),
    # a quoted term takes the first citation after it in its sentence
    ("Port economists have a name for this, “tidal lending”, and it recurs across the northern towns (Okafor and "
     "Lund 2016), as later surveys confirm.", "tidal lending", "partial", "Okafor and Lund", "cite"),
])
def test_speaker_structures(quotes_of, text, quote, kind, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == (kind, speaker, cue)


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # a cue in an infinitive with its addressee or an adverbial before the quote ('liked to tell guests, “…”')
    ("My grandfather used to say at every family dinner, “Never trust a calm sea.”",
     "Never trust a calm sea.", "My grandfather", "say"),
    ("Coaches at the academy began to warn parents, in writing and in person, “No phones on the training ground.”",
     "No phones on the training ground.", "Coaches at the academy", "warn"),
    # a colon after the second of two coordinated verbs, which shares the first one's subject
    ("The old pilot looked at the grey sky and sighed: “Another week without the supply boat.”",
     "Another week without the supply boat.", "The old pilot", "sigh"),
    ("A young nurse on the night shift set down her tray and smiled: “We manage, somehow.”",
     "We manage, somehow.", "A young nurse on the night shift", "smile"),
])
def test_the_clause_before_a_quote_names_its_speaker(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("direct", speaker, cue)


def test_of_two_subjects_of_an_introducing_verb_the_nearest_before_it_speaks(nlp):
    # the parse of 'In note [3] he added:' with the bracketed number taken for a second subject
    words = ["In", "note", "[", "3", "]", "he", "added", ":"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, False, True, True, False, False],
              heads=[6, 0, 6, 6, 6, 6, 6, 6], deps=["prep", "pobj", "dep", "nsubj", "dep", "nsubj", "ROOT", "punct"],
              pos=["ADP", "NOUN", "X", "NUM", "X", "PRON", "VERB", "PUNCT"],
              tags=["IN", "NN", "XX", "CD", "XX", "PRP", "VBD", ":"],
              lemmas=["in", "note", "[", "3", "]", "he", "add", ":"])
    assert nearest_subject(doc[6]).text == "he"


def test_a_speech_is_its_givers(quotes_of):
    text = "A week later the mayor delivered a speech pledging “a bridge in every valley” to the hill farmers."
    found = quotes_of(text)["a bridge in every valley"]
    assert (found.kind, found.speaker) == ("partial", "the mayor")


@pytest.mark.parametrize("text, quote, audience", [
    ("On Friday the sixth form attended a lecture on “the myth of the loyal patron” at the town library.",
     "the myth of the loyal patron", "the sixth form"),
    ("Two hundred drivers heard a speech on “the road we were promised” in the depot canteen.",
     "the road we were promised", "Two hundred drivers"),
])
def test_whoever_attends_or_answers_the_words_is_not_their_speaker(quotes_of, text, quote, audience):
    assert quotes_of(text)[quote].speaker != audience


@pytest.mark.parametrize("text, quote, speaker", [
    ("On Monday the harbour board issued a statement promising “a new pontoon before the summer”.",
     "a new pontoon before the summer", "the harbour board"),
    ("Within the hour the county radio station carried a report that the ferry would run “until further notice”.",
     "until further notice", "the county radio station"),
])
def test_whoever_issues_or_carries_the_words_is_their_speaker(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    # a headline's label of genre is no speaker
    ("Analysis: the port “has run out of patience”", "has run out of patience"),
    ("Timeline: the “quiet years” of the ferry", "quiet years"),
])
def test_no_speaker(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker is None


def test_a_noun_phrase_between_a_quote_and_its_cue_speaks_when_the_parser_hangs_it_on_the_quote(nlp):
    # the parse of '“We stayed,” a pilot in Riga said.' with 'pilot' in apposition to the quoted verb
    doc = Doc(nlp.vocab, words=["“", "We", "stayed", ",", "”", "a", "pilot", "in", "Riga", "said", "."],
              spaces=[False, True, False, False, True, True, True, True, True, False, False],
              heads=[2, 2, 9, 2, 9, 6, 2, 6, 7, 9, 9],
              deps=["punct", "nsubj", "ccomp", "punct", "punct", "det", "appos", "prep", "pobj", "ROOT", "punct"],
              pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
              tags=["``", "PRP", "VBD", ",", "''", "DT", "NN", "IN", "NNP", "VBD", "."],
              lemmas=["“", "we", "stay", ",", "”", "a", "pilot", "in", "Riga", "say", "."])
    quotes = find_quote_marks(doc.text, [(0, len(doc.text))])
    found = attribute(quote_context(doc, quotes, default_lexicon()), quotes[0])
    assert (found.speaker.text, found.cue) == ("a pilot in Riga", "say")


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # a cue in the complement of another: the teller is the one quoted
    ("Her cousin told us that the board had asked the mayor twice to “stop sending us bills”.",
     "stop sending us bills", "Her cousin", "tell"),
    ("A club steward told reporters on Saturday that the committee had asked members to “keep the noise down "
     "after ten”.", "keep the noise down after ten", "A club steward", "tell"),
    # a cue in an adverbial clause of the one before the colon ('when we spoke')
    ("Afterwards the ferry's cook summed it up as we waited for the bus: “Nobody here trusts the new timetable.”",
     "Nobody here trusts the new timetable.", "the ferry's cook", "sum"),
    # 'according to' names where the report came from, the verb who said the words
    ("The skipper told the harbour master that the nets were “full of nothing but weed”, according to the port "
     "log.", "full of nothing but weed", "The skipper", "tell"),
    # an adverbial clause that holds the quote says it itself
    ("The council praised the new bus lanes as “a quiet revolution”, while the cyclists' club called them “paint "
     "and promises”.", "paint and promises", "the cyclists' club", "call"),
    # a clause before a semicolon is a statement of its own, not the complement of the cue after it
    ("The council calls the levy a “fair share”; shopkeepers say it will close half the high street.",
     "fair share", "The council", "call"),
    # a reported cue whose own phrase runs up to a colon before the quote gives direct speech: its subject speaks
    ("Mr Tarvo Lepik said that a cousin in the fish market had told him on Monday: “The cranes have stood still "
     "since October.”", "The cranes have stood still since October.", "a cousin in the fish market", "tell"),
    ("The lighthouse keeper wrote that her neighbour had warned her in March: “Nobody will repair the pier this "
     "year.”", "Nobody will repair the pier this year.", "her neighbour", "warn"),
])
def test_of_two_cues_the_reporting_one_speaks(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.speaker, found.cue) == (speaker, cue)


def test_a_coordinated_cue_shares_the_speakers_subject(quotes_of):
    # the parser hangs the second reporting verb on the reported clause ('… should keep running and called for …')
    text = ("The delegate of Chile said the ferries should keep running and called for a timetable that was “fair "
            "to every island”.")
    assert quotes_of(text)["fair to every island"].speaker == "The delegate of Chile"


@pytest.mark.xfail(strict=True, reason="a subject is a person only when it is a name or a noun of the person_noun "
                                       "list, so a colon after a clause about an unlisted occupation gives no speaker")
def test_an_unlisted_occupation_before_a_colon_speaks(quotes_of):
    text = "A ferry mechanic I met was blunt: “The engines are older than I am.”"
    assert quotes_of(text)["The engines are older than I am."].speaker == "A ferry mechanic"


@pytest.mark.parametrize("text, quote", [
    # a clause or a thing that 'means' something entails it, and the marks are the writer's
    ("The ferry stopped running in May, which means the “night crossing” is over for good.", "night crossing"),
    ("Anyone curious about what the “sharing” scheme meant for the tenants must look elsewhere.", "sharing"),
    ("We remain unsure what the county council means by “renewal” this time.", "renewal"),
])
def test_a_verb_of_meaning_quotes_no_one_but_a_person(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)


def test_a_person_glosses_words_of_their_own(quotes_of):
    text = "By “a leaner year” the mayor meant fewer buses, not fewer nurses."
    found = quotes_of(text)["a leaner year"]
    assert (found.kind, found.speaker, found.cue) == ("partial", "the mayor", "mean")


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # a gerund after a preposition on a verb is read with that verb's subject
    ("The mayor ended her speech by calling the bridge “our finest hour”.", "our finest hour", "The mayor", "call"),
    # 'refer to' names its object: the quote is what is referred to, not whom
    ("Local radio stations now refer to “the coastal road” instead.", "the coastal road", "Local radio stations",
     "refer"),
    # a clause before a colon is a statement of its own, whatever later verb the parser hangs it on
    ("An uncle of mine who farmed near Lyon for years calls this “the dry-year rule”: the council believes nobody "
     "sells seed in spring.", "the dry-year rule", "An uncle of mine", "call"),
])
def test_a_verb_of_naming_gives_the_quoted_name_its_speaker(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("partial", speaker, cue)


@pytest.mark.parametrize("text, quote, speaker, cue", [
    ("The ferry crews regarded the new timetable as “a gift to the night shift”.", "a gift to the night shift",
     "The ferry crews", "regard"),
    ("A retired pilot remembered the long strike as “the months of empty quays”.",
     "the months of empty quays", "A retired pilot", "remember"),
    ("Most of the dockers regard the toll as “unfair”.", "unfair", "Most of the dockers", "regard"),
])
def test_a_characterize_verb_gives_the_term_its_as_takes_its_speaker(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("partial", speaker, cue)


@pytest.mark.parametrize("text, quote", [
    # what a verb of remembering takes without 'as' is a memory, not a term it gives
    ("The harbour master remembered each line of the notice: “No ship leaves before the tide.”",
     "No ship leaves before the tide."),
    ("Older dockers still remember the “quiet years” before the bridge.", "quiet years"),
    ("The crews regard the “quiet years” before the bridge with some fondness.", "quiet years"),
])
def test_a_characterize_verb_quotes_nothing_its_as_does_not_take(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert found.cue not in ("remember", "regard")


@pytest.mark.parametrize("text, quote, speaker", [
    # a name heads a verbless label in the running text, as summaries of broadcasts mark a turn
    ("The anchor that night was Oskar Lindqvist. The first report came from the harbour. Lindqvist, in the studio: "
     "“The ferries will not run before spring.”", "The ferries will not run before spring.", "Lindqvist"),
    ("Mayor Petra Halloran opened the meeting. The budget took an hour. Halloran again: “We cannot pay for a second "
     "pontoon.”", "We cannot pay for a second pontoon.", "Halloran"),
    # a semicolon closes the clause of the cue before it: the label after it names the speaker
    ("Oskar Lindqvist spoke to the crews on Monday.\n\nCouncil says ferry fares will rise; Lindqvist: ‘Not "
     "this winter’", "Not this winter", "Lindqvist"),
])
def test_a_name_labelling_a_quote_after_a_colon_speaks(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    # a capitalised word that the document never gives as a person's or a body's name labels no speaker
    ("The ferry crews met on Monday. The harbour was quiet. Tomorrow: “more of the same, and then the tide”.",
     "more of the same, and then the tide"),
    ("Mayor Petra Halloran opened the meeting. Harbour, north side: “No mooring after dusk.”",
     "No mooring after dusk."),
    # a timecoded turn label: the turn's quotes mostly take up someone else's words
    ("Oskar Lindqvist hosted the programme.\n\nLindqvist [00:04:10]: “Never again.” What did the council mean?",
     "Never again."),
    ("The host was Oskar Lindqvist.\n\nOskar Lindqvist [00:04:10]: “Never again.” What did the council mean?",
     "Never again."),
])
def test_a_word_no_name_labelling_a_quote_after_a_colon_names_no_speaker(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker is None


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # the agent that ends a passive clause before the colon speaks, whatever cue the clause holds
    ("The skipper asked about the fuel bill and was cut short by the host: “Later, please, we have a "
     "ship to load.”", "Later, please, we have a ship to load.", "the host", "cut"),
    # of passives in a row, the first one's agent put the words forward
    ("The amendment was moved by Ilse Kerner and seconded by Tom Vance: “That the mooring fees stay as they are.”",
     "That the mooring fees stay as they are.", "Ilse Kerner", "move"),
])
def test_the_agent_of_a_passive_clause_before_a_colon_speaks(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.speaker, found.cue) == (speaker, cue)


@pytest.mark.parametrize("text, quote, agent", [
    # a body that relays the words is no agent who speaks them
    ("The harbour master's warning was quoted by Interfax: “No ship leaves before the tide.”",
     "No ship leaves before the tide.", "Interfax"),
    # an agent followed by more of the clause does not introduce the quote
    ("The plan was approved by the council after a long debate about tolls: “Two ferries, every hour.”",
     "Two ferries, every hour.", "the council"),
])
def test_an_agent_that_does_not_end_the_clause_or_relays_speaks_no_words(quotes_of, text, quote, agent):
    assert quotes_of(text)[quote].speaker != agent


@pytest.mark.parametrize("text, quote, speaker", [
    # 'I' opens a contact clause on the noun before it: the writer met the speaker
    ("A Turkish official I just spoke to: “We talked to the people with the planes.”",
     "We talked to the people with the planes.", "A Turkish official"),
    ("Norwegians I speak to say the same in their own way: “The ferries brought the crowds.”",
     "The ferries brought the crowds.", "Norwegians"),
    ("Officials I talked to were calm about it: “The ferries will run.”", "The ferries will run.", "Officials"),
    ("A harbour pilot we spoke to: “The ferries will run.”", "The ferries will run.", "A harbour pilot"),
    # a time before 'I' is no one described: the writer speaks
    ("Last week I told the council: “We need a second pontoon.”", "We need a second pontoon.", "I"),
    ("On Monday I said: “We need a second pontoon.”", "We need a second pontoon.", "I"),
])
def test_a_contact_clause_on_a_person_gives_the_quote_to_that_person(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a noun in a fronted phrase of the writer's own clause is no one a contact clause describes
    ("I went to the harbour office twice. To every clerk I put the same question: “Who pays for the pontoon?”",
     "Who pays for the pontoon?", "I"),
    ("I have covered the port for years. As a reporter I asked: “Who pays for the pontoon?”",
     "Who pays for the pontoon?", "I"),
    # near miss: the contact clause on a noun that is no preposition's object still gives the quote to that noun
    ("A harbour pilot I spoke to: “Nobody pays for the pontoon.”", "Nobody pays for the pontoon.", "A harbour pilot"),
])
def test_a_fronted_phrase_before_i_gives_no_contact_clause(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a reporting verb after the quote names its speaker, not the agent of the passive before the colon
    ("The harbour board met on Monday. The toll was rejected by the chairman: “a sad day,” the ferry captain said.",
     "a sad day,", "the ferry captain"),
    ("The harbour board met on Monday. The vote was delayed by the chairman: “we need a month,” Ilse Kerner told us.",
     "we need a month,", "Ilse Kerner"),
    # near miss: with no tag after the quote, the passive's agent speaks
    ("The harbour board met on Monday. The toll was rejected by the chairman: “Not this year.”",
     "Not this year.", "the chairman"),
])
def test_a_tag_after_the_quote_outweighs_a_passive_agent_before_its_colon(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # the verb first, before its subject, whatever the verb
    ("“The pier will not open before spring,” resumes a harbour engineer from Oban.",
     "The pier will not open before spring,", "a harbour engineer", "resume"),
    # a pronoun or a name before a verb that ends the sentence
    ("«The ferries are the island's lifeline», she analyses. Nobody on the council disagrees.",
     "The ferries are the island's lifeline", "she", "analyse"),
    ("“We will rebuild the quay before the winter,” Marta Lindqvist smiles.",
     "We will rebuild the quay before the winter,", "Marta Lindqvist", "smile"),
])
def test_a_clause_right_after_a_quote_a_comma_closes_reports_it(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.speaker, found.cue) == (speaker, cue)


@pytest.mark.parametrize("text, quote", [
    # a verb that goes on past its subject tells of something else
    ("“We will rebuild the quay before the winter,” Lindqvist builds boats in the harbour.",
     "We will rebuild the quay before the winter,"),
    # a participle is no reporting clause
    ("“We will rebuild the quay before the winter,” printed on the first page, was the council's only promise.",
     "We will rebuild the quay before the winter,"),
    # nor is 'be'
    ("“We will rebuild the quay before the winter,” it is.", "We will rebuild the quay before the winter,"),
])
def test_a_clause_after_a_quote_that_reports_nothing_names_no_speaker(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker is None


@pytest.mark.parametrize("text, quote, speaker", [
    # a subject with a modifier, which the parser may hang on the quoted words
    ("The old quarter is quiet now. ‘The council gave us a bridge and sent us the bill,’ a baker in Oban’s old "
     "market told us in 2021.", "The council gave us a bridge and sent us the bill,", "baker"),
    ("Nobody expected the vote to change. “We were asked to choose between a quay and a ferry, and we will get "
     "neither,” a councillor from one of the elected wards told us on the morning of the vote.",
     "We were asked to choose between a quay and a ferry, and we will get neither,", "councillor"),
    ("“Who pays for the dredging?” a fisherman near the harbour wall asked.", "Who pays for the dredging?",
     "fisherman"),
])
def test_a_noun_phrase_between_a_quote_and_its_reporting_verb_speaks(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert speaker in found.speaker.split() and found.kind == "direct"


@pytest.mark.parametrize("text, quote", [
    # a quoted phrase in lower case, a conjunction after it: a new clause, not a reporting clause of the quote
    ("The board said the pier was closed “for safety reasons,” and the harbour master said so too.",
     "for safety reasons,"),
    # a quoted sentence closed by a full stop, and a verb that reports nothing
    ("“The pier is open.” A ship from the north came in later that day.", "The pier is open."),
    ("“The pier is open,” the ship from the north brought news.", "The pier is open,"),
])
def test_a_phrase_after_a_quote_that_is_no_reporting_clause_names_no_speaker(quotes_of, text, quote):
    speaker = quotes_of(text)[quote].speaker
    assert speaker is None or "harbour master" not in speaker and "ship" not in speaker


@pytest.mark.parametrize("text, speaker", [
    ("Anna Berg runs the ferry office. “The pier will not open before spring,” sums up a harbour pilot.",
     "a harbour pilot"),
    ("Anna Berg runs the ferry office. “The pier will not open before spring,” she shrugs.", "she"),
    # a verb first whose noun after it is a thing or a time tells what the words do, not who said them
    ("Anna Berg runs the ferry office. “The pier will not open before spring,” follows a year of delays.", None),
    ("Anna Berg runs the ferry office. “The pier will not open before spring,” costs the island dearly.", None),
    ("Anna Berg runs the ferry office. “The pier will not open before spring,” means the island waits.", None),
    # nor is a clause that is no tag
    ("Anna Berg runs the ferry office. “The pier will not open before spring,” which is why the council wants a "
     "loan.", None),
])
def test_a_tag_after_a_quote_names_someone_who_can_speak(quotes_of, text, speaker):
    assert quotes_of(text)["The pier will not open before spring,"].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("For the economist Marta Lindqvist, it is “a harbour that pays for itself”.", "Marta Lindqvist"),
    # a place's name opening the sentence gives no one's view, nor does a time
    ("For Moscow, it is “a harbour that pays for itself”.", None),
    ("For years, it was “a harbour that pays for itself”.", None),
])
def test_the_person_a_for_that_opens_the_sentence_names_gives_its_quote(quotes_of, text, speaker):
    assert quotes_of(text)["a harbour that pays for itself"].speaker == speaker


@pytest.mark.parametrize("opening, speaker", [
    ("For Berg", "Berg"),
    # a people or a group gives no one view, named or not
    ("For Syrians", None),
    ("For many islanders", None),
    ("For Christmas", None),
])
def test_a_group_a_for_names_gives_no_quote(quotes_of, opening, speaker):
    text = f"Anna Berg runs the ferry office. {opening}, it is “a pier that never opens”."
    assert quotes_of(text)["a pier that never opens"].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a tag of any verb after the quote outweighs the agent of a passive before its colon, as a listed verb does
    ("The harbour board met on Monday. The toll was rejected by the chairman: “We will not pay for the pontoon this "
     "year,” resumes the ferry captain.", "We will not pay for the pontoon this year,", "the ferry captain"),
    # a copula after the quote reports nothing
    ("“We will stay at the port,” remains the council's line.", "We will stay at the port,", None),
])
def test_a_tag_of_any_verb_after_the_quote_and_a_copula_that_reports_nothing(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


PHONE_IN_LOG = ("The Harbour Hour, Tuesday\n\n"
                "15:00 — Guest\nDr Lena Voss says the ferry company has not asked the crews about the winter timetable "
                "and that the council should.\n\n"
                "{entry}\n“Nobody asked the crews what they wanted, and now they want to know why nobody will work "
                "the night boats.”\n\n"
                "15:07 — Caller\nTomas in Sopot says the fares went up twice last year.")
LOG_QUOTE = "Nobody asked the crews what they wanted, and now they want to know why nobody will work the night boats."


@pytest.mark.parametrize("text, quote, speaker", [
    # the clause before the colon ends with who sent the words in, perhaps with a role or a place after the name
    ("Host: We have time for questions. The next one is from Marta Kowalczyk, a nurse in Gdansk: “Will the ferry "
     "run in winter?”", "Will the ferry run in winter?", "Marta Kowalczyk"),
    ("The phones were busy all afternoon.\n\nFrom Anna Weber in Leeds: “Nobody asked the crews what they wanted.”",
     "Nobody asked the crews what they wanted.", "Anna Weber"),
    # a line over the quote names its sender, as a programme log does
    (PHONE_IN_LOG.format(entry="15:02 — Message from Anna Weber"), LOG_QUOTE, "Anna Weber"),
])
def test_a_from_phrase_ending_the_words_before_a_quote_names_its_sender(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    # a place sends nothing
    ("The ferry crews met on Monday.\n\nThe last boat came back from Gdansk: “quiet, cold and half empty”.",
     "quiet, cold and half empty"),
    (PHONE_IN_LOG.format(entry="15:02 — Report from Gdansk"), LOG_QUOTE),
    # nor does a name followed by more than a place, or a line that is a sentence of its own
    (PHONE_IN_LOG.format(entry="15:02 — Message from Anna Weber about the night boats"), LOG_QUOTE),
    (PHONE_IN_LOG.format(entry="15:02 — The next message came from Anna Weber."), LOG_QUOTE),
])
def test_a_from_phrase_naming_no_sender_gives_no_speaker(quotes_of, text, quote):
    assert quotes_of(text)[quote].cue != "from"


SUBTITLES = ("1\n00:00:01,000 --> 00:00:04,000\n(NARRATOR) The ferry to the islands\n"
             "has run every winter since 1952.\n\n"
             "2\n00:00:04,500 --> 00:00:08,000\nThis year the company wants to stop it\nin January and February.\n\n"
             "3\n00:00:08,500 --> 00:00:11,000\n{cue}\n\n"
             "4\n00:00:11,500 --> 00:00:14,000\n\"a bridge that the sea lends us\".\n\n"
             "5\n00:00:14,500 --> 00:00:18,000\nThe company has not answered her letters,\n"
             "and the crews have started to look for work.")
SUBTITLED_QUOTE = "a bridge that the sea lends us"


@pytest.mark.parametrize("cue, speaker", [
    # a cue breaks off after a reporting verb, or the 'it' it takes; the quote in the next cue completes it
    ("The harbour master Ingrid Solberg calls it", "Ingrid Solberg"),
    ("The harbour master Ingrid Solberg said", "Ingrid Solberg"),
    # a cue that ends a sentence of its own introduces nothing
    ("The harbour master Ingrid Solberg wrote to them again.", None),
    ("The harbour master Ingrid Solberg said the company was wrong", None),
])
def test_a_quote_completes_a_reporting_clause_a_subtitle_cue_breaks_off(quotes_of, cue, speaker):
    assert quotes_of(SUBTITLES.format(cue=cue))[SUBTITLED_QUOTE].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # the words to go in are the mover's: the first subject of the line that words the amendment
    ("Mr Ansel Varga proposed an amendment to delete the words ‘for ever’ and insert ‘for ten years’.",
     "for ten years", "Mr Ansel Varga"),
    ("Cllr Mara Quist moved and Cllr Teo Lind seconded an amendment: to delete “closed” and insert “open on "
     "Sundays”.", "open on Sundays", "Cllr Mara Quist"),
    ("Ines Kohl proposed to replace “harbour” with “marina” in the second line.", "marina", "Ines Kohl"),
    # a marshalled list names the sponsors on lines of their own over the amendment: the first one moves it
    ("Amendment 7\nMs Alma Rudd\nMr Piet Sand\n\nPage 4, line 2, leave out “monthly” and insert “weekly”",
     "weekly", "Ms Alma Rudd"),
    ("Amendment 8\nMr Piet Sand\n\nPage 4, line 9, at end insert “and the ferry”", "and the ferry", "Mr Piet Sand"),
])
def test_the_words_an_amendment_puts_in_are_its_movers(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    # an apostrophe inside a word opens no quote: 'replace' names no words that come out, and 'with' cues nothing
    ("The mayor said the board would replace the island's ferries with “fast boats” next spring.", "fast boats"),
    ("Ms Roe said the port would replace its pilots' boats with ‘drones’.", "drones"),
])
def test_with_after_a_possessive_is_no_amendment_s_cue(quotes_of, text, quote):
    assert quotes_of(text)[quote].cue != "with"


@pytest.mark.parametrize("text, quote, speaker", [
    # the words put in are moved by the subject of the verb that puts them in, not the line's first subject
    ("Mr Piet Sand said Ms Alma Rudd would replace “monthly” with “weekly” in clause 2.", "weekly", "Ms Alma Rudd"),
    ("The clerk noted that Cllr Teo Lind moved to replace “closed” with “open”.", "open", "Cllr Teo Lind"),
])
def test_the_words_put_in_are_moved_by_the_subject_of_the_verb_that_puts_them_in(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, cue", [
    ("Mr Ansel Varga proposed an amendment to delete ‘yearly’ and insert ‘each season’.", "each season", "insert"),
    ("Mr Ansel Varga proposed an amendment to leave out ‘yearly’ and substitute ‘each season’.", "each season",
     "substitute"),
    ("Mr Ansel Varga proposed to replace ‘yearly’ with ‘each season’.", "each season", "with"),
])
def test_an_amendment_s_cue_is_one_the_quotations_table_documents(quotes_of, text, quote, cue):
    from analysis.tables.schemas import SCHEMAS

    assert quotes_of(text)[quote].cue == cue
    documented = next(column.meaning for column in SCHEMAS["quotations"].columns if column.name == "cue")
    assert f"'{cue}'" in documented


@pytest.mark.parametrize("text, quote", [
    # the words to come out are the amended text's, not the mover's
    ("Amendment 7\nMs Alma Rudd\n\nPage 4, line 2, leave out “monthly” and insert “weekly”", "monthly"),
    # 'with' quotes no new wording unless 'replace' has named the words that come out
    ("Amendment 9\nMr Piet Sand\n\nPage 5, line 1: the clause deals with “ferries” only.", "ferries"),
])
def test_the_words_an_amendment_takes_out_are_not_its_movers(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker not in ("Ms Alma Rudd", "Mr Piet Sand")


def test_the_agent_of_a_passive_paragraph_ending_in_a_colon_speaks_the_quote_under_it(quotes_of):
    text = ("The following motion had been moved by Cllr Ida Brun and seconded by Cllr Olaf Dahl:\n\n"
            "“This Council resolves to keep the ferry running through the winter.”")
    found = quotes_of(text)["This Council resolves to keep the ferry running through the winter."]
    assert found.speaker == "Cllr Ida Brun"


@pytest.mark.parametrize("text, quote, speaker", [
    # a source set after a quote on its line, in brackets or after a dash, up to a comma or a bracket
    ("“A harbour is only as safe as its worst pier.” (Agnes Polder, The Tide Tables, 2017)",
     "A harbour is only as safe as its worst pier.", "Agnes Polder"),
    ("\"They raised the tolls and closed the pier. Nobody asked us.\" (woman, 52, Eastmere)",
     "They raised the tolls and closed the pier. Nobody asked us.", "woman"),
    ("“The ferry is a promise, not a timetable.” – Jonas Brink (2016)", "The ferry is a promise, not a timetable.",
     "Jonas Brink"),
])
def test_a_source_after_a_quote_on_its_line_speaks(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote", [
    # a year or a page in brackets is a citation's, not a speaker
    ("“The pier will not survive another winter.” (2019)", "The pier will not survive another winter."),
    ("“The pier will not survive another winter.” (p. 12)", "The pier will not survive another winter."),
    # after a dash, words that are no name go on with the writer's sentence
    ("“The pier will not survive another winter.” – so the harbour board was warned in May.",
     "The pier will not survive another winter."),
])
def test_a_bracket_that_names_no_source_after_a_quote_speaks_no_words(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker is None


@pytest.mark.parametrize("note", [
    # an editor's note in brackets after a quote is no source, nor a verb in it a cue
    "(emphasis added)", "(Emphasis added)", "(emphasis mine)", "(translated from the Danish)", "(sic)", "(laughter)",
    "(Applause)", "(Translated by the editors)",
])
def test_an_editor_s_note_after_a_quote_speaks_no_words(quotes_of, note):
    assert quotes_of(f"“The ferry will run all winter.” {note}")["The ferry will run all winter."].speaker is None


@pytest.mark.parametrize("source, speaker", [
    # a name, or a noun for a person, in brackets after a quote is still its source
    ("(Mara Quist, ferry captain, 2019)", "Mara Quist"), ("(retired pilot, 61, Eastmere)", "retired pilot"),
    ("(Eastmere Ferry Company)", "Eastmere Ferry Company"),
])
def test_a_name_or_a_person_in_brackets_after_a_quote_still_speaks(quotes_of, source, speaker):
    assert quotes_of(f"“The ferry will run all winter.” {source}")["The ferry will run all winter."].speaker == speaker


def test_an_editor_s_note_leaves_a_quote_to_the_colon_over_it(quotes_of):
    text = "Mara Quist wrote to the council:\n\n“The ferry will run all winter.” (emphasis added)"
    assert quotes_of(text)["The ferry will run all winter."].speaker == "Mara Quist"


@pytest.mark.parametrize("between, speaker", [
    # a subtitle cue's number over its timecode, or a timecode alone, hides nothing
    ("12\n\n00:01:02,000 --> 00:01:05,000", "The keeper of the lighthouse"),
    ("[01:02]", "The keeper of the lighthouse"),
    # a year on a line of its own is no cue number: the quote under it is not the colon's
    ("1987", None),
    ("12", None),
])
def test_only_a_cue_number_over_its_timecode_is_passed_over(quotes_of, between, speaker):
    text = (f"Notes from the island\n\nThe keeper of the lighthouse wrote to the council that spring:\n\n{between}\n\n"
            "“The lamp needs a new lens before the storms come.”\n\nNobody answered her.")
    assert quotes_of(text)["The lamp needs a new lens before the storms come."].speaker == speaker


CREDIT_PAGE = ("The Salt Roads: trade along the western marshes\n\nThis book follows the salt traders of the western "
               "marshes through three centuries of tolls, floods and feuds, and the families who kept the carts moving."
               "\n\nPraise for the book\n\n{quotes}\n\nThe writer\n\nOda Brenn lives in Velm and has written "
               "a history of the marsh villages.")
TESTIMONY_PAGE = ("Voices from the valley\n\nThe collection gathers what people in the valley remember of the flood "
                  "years, from millers to nurses.\n\n{quotes}\n\nThe recordings were made over two summers. The "
                  "mill kept its ledgers.")
FLOOD = "The water came up to the second step. We slept in the church loft for nine nights."


@pytest.mark.parametrize("text, quote, speaker", [
    # a blurb credited on the line right under it, by a name with an outlet or a title
    (CREDIT_PAGE.format(quotes="\u201cA patient and generous account of the marsh trade.\u201d\nKarin Ost, The Inland "
                        "Quarterly\n\n\u201cFew writers have walked these roads with such care for the tolls.\u201d\n"
                        "Teodor Vass, Letters of the Plain"),
     "Few writers have walked these roads with such care for the tolls.", "Teodor Vass"),
    (CREDIT_PAGE.format(quotes="\u201cA patient and generous account of the marsh trade.\u201d\nDr Karin Ost"),
     "A patient and generous account of the marsh trade.", "Dr Karin Ost"),
    # a name starting with a capital outside ASCII
    (CREDIT_PAGE.format(quotes="\u201cA patient and generous account of the marsh trade.\u201d\n"
                        "\u00c9lodie Marchand, La Revue du Sel"),
     "A patient and generous account of the marsh trade.", "\u00c9lodie Marchand"),
    # a witness captioned over their words, by name and role
    (TESTIMONY_PAGE.format(quotes=f"Witness 3\nRuth Kalder, retired teacher, Velm\n\n\u201c{FLOOD}\u201d"),
     FLOOD, "Ruth Kalder"),
    (TESTIMONY_PAGE.format(quotes=f"Anton Weir, river pilot, 1971\u20131990\n\n\u201c{FLOOD}\u201d"), FLOOD, "Anton Weir"),
    # near misses: a heading of names over the quote, a credit line under prose, or set apart under the quote by a
    # blank line, credits nothing
    (TESTIMONY_PAGE.format(quotes=f"Velm, Orsk and the valley\n\n\u201c{FLOOD}\u201d"), FLOOD, None),
    (TESTIMONY_PAGE.format(quotes=f"The mill ran again in June.\nKarin Ost, The Inland Quarterly\n\n\u201c{FLOOD}\u201d"),
     FLOOD, None),
    (TESTIMONY_PAGE.format(quotes=f"\u201c{FLOOD}\u201d\n\nThe Valley Trust"), FLOOD, None),
    # a heading or a picture credit under a quote is no credit line, and gives way to the cue that introduced it
    ("The convoy\n\nThe captain, Marek Soll, told the crowd at the pier on Monday:\n\u201cWe will wait at the pier "
     "for as long as the town wants us.\u201d\nA Slow Departure\nThe barges left before dawn.",
     "We will wait at the pier for as long as the town wants us.", "Marek Soll"),
    ("The convoy\n\nThe barges left before dawn.\n\n\u201cWe will wait at the pier for as long as the town wants "
     "us.\u201d\nNorthwind Photo Agency\n\nThe town was quiet.",
     "We will wait at the pier for as long as the town wants us.", None),
    # over a quote: a byline, a heading with a clause after its comma, or a place with its gloss, captions nobody
    ("Barges on the river\n\nBy Hana Mott, staff writer\n\n\u201cWe will wait at the pier for as long as the town "
     "wants us.\u201d\n\nThat is what a sailor told me on the quay.",
     "We will wait at the pier for as long as the town wants us.", "a sailor"),
    ("The convoy\n\nThe barges left before dawn.\n\nDrift, and what it left behind\n\n\u201cWe will wait at the "
     "pier for as long as the town wants us.\u201d\n\nThe town was quiet.",
     "We will wait at the pier for as long as the town wants us.", None),
    ("The convoy\n\nThe barges left before dawn.\n\nOrsk, river town\n\n\u201cWe will wait at the pier for as long "
     "as the town wants us.\u201d\n\nThe town was quiet.",
     "We will wait at the pier for as long as the town wants us.", None),
])
def test_a_credit_line_by_a_quote_names_its_speaker(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


HARVEST = "The wells ran dry in August. We carried water up from the river in milk cans."


@pytest.mark.parametrize("text, quote, speaker", [
    # a second witness's caption, which the layout guesser may take for a byline, still names its speaker
    (TESTIMONY_PAGE.format(quotes=f"Lena Varga, retired nurse\n\n\u201c{FLOOD}\u201d\n\nTomas Brill, UN "
                           f"interpreter\n\n\u201c{HARVEST}\u201d"), HARVEST, "Tomas Brill"),
    (TESTIMONY_PAGE.format(quotes=f"Lena Varga, retired nurse\n\n\u201c{FLOOD}\u201d\n\nTomas Brill, UN "
                           f"interpreter\n\n\u201c{HARVEST}\u201d"), FLOOD, "Lena Varga"),
    # such a caption right under the opening paragraph
    ("Voices from the valley\n\nThe collection gathers what people in the valley remember of the dry years.\n\n"
     f"Tomas Brill, UN interpreter\n\n\u201c{HARVEST}\u201d\n\nThe recordings were made over two summers.",
     HARVEST, "Tomas Brill"),
])
def test_a_caption_the_layout_takes_for_a_byline_still_names_its_speaker(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("byline", ["By Jane Roe", "By Jane Roe, staff writer"])
def test_a_by_line_under_a_quote_names_no_speaker(quotes_of, byline):
    text = (f"Barges on the river\n\nThe barges left before dawn.\n\n\u201c{HARVEST}\u201d\n{byline}\n\n"
            "The town was quiet that week.")
    assert quotes_of(text)[HARVEST].speaker is None


@pytest.mark.parametrize("text, quote, speaker", [
    # a reporting verb whose own 'that' clause holds the quote gives the words to its own speaker
    ("The mayor said that the council had told her that the bridge was “safe for now”.", "safe for now",
     "the council"),
    ("Our correspondent wrote that the growers insisted that the harvest was “the worst in memory”.",
     "the worst in memory", "the growers"),
    # the whole 'that' clause quoted, after a cue with a subject of its own
    ("In a postcard, the apprentice wrote that the older bakers whispered that “the ovens were lit far too late”.",
     "the ovens were lit far too late", "the older bakers"),
    # near misses: a request's infinitive, a participle with no subject, are the teller's words
    ("Her cousin told us that the board had asked the mayor twice to “stop sending us bills”.",
     "stop sending us bills", "Her cousin"),
    ("A nurse at the clinic said the families had gone home believing “the worst was over”.", "the worst was over",
     "A nurse at the clinic"),
    # near misses: a verb of belief or of thought inside the report is the reporter's wording of what others think
    ("Fishermen say the council believes that the pier is “beyond repair”.", "beyond repair", "Fishermen"),
    ("The ranger wrote that hikers fear that the ridge path is “a broken ladder”.", "a broken ladder", "The ranger"),
])
def test_a_report_inside_a_report_speaks_its_own_that_clause(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a long tag with a relative clause: the next quoted sentence goes on with the same speaker
    ("“The ferry will not run tomorrow,” said Ilse Varga, a retired harbour pilot who has lived on the island since "
     "1979 and who still keeps a small boat at the old quay below the church. “Nobody has asked us about it.”",
     "Ilse Varga"),
    # near miss: past the gap, a sentence of the writer's own stands between
    ("“The ferry will not run tomorrow,” said Ilse Varga. The council has met twice this week and said nothing "
     "about the timetable, the fares, the winter service or the old quay below the church, which floods. “Nobody "
     "has asked us about it.”", None),
    # near misses: past the gap, a clause of the writer's own after a semicolon or a colon
    ("“The ferry will not run tomorrow,” said Ilse Varga, a retired harbour pilot who has lived on the island since "
     "1979; her neighbours on the quay, who still keep small boats below the church, doubt it. “Nobody has asked us "
     "about it.”", None),
    ("“The ferry will not run tomorrow,” said Ilse Varga, a retired harbour pilot who has lived on the island since "
     "1979 and keeps a small boat: her neighbours on the quay below the church doubt it. “Nobody has asked us about "
     "it.”", None),
])
def test_a_quoted_sentence_after_a_long_tag_goes_on(quotes_of, text, speaker):
    assert quotes_of(text)["Nobody has asked us about it."].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a 'that' clause the parser hung on 'used' belongs to the 'say' it follows
    ("On the boat trip, our guide mentioned that the lock keepers liked to say, with a grin, that the canal was "
     "“older than the king”.", "older than the king", "the lock keepers"),
    # near miss: a quote right after the infinitive's verb with no 'that' clause keeps the usual reading
    ("On the boat trip, our guide mentioned that the lock keepers liked to fish at dawn and were “older than the "
     "king”.", "older than the king", "our guide"),
])
def test_a_that_clause_hung_on_the_verb_an_infinitive_cue_completes(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


SAYINGS_PAGE = ("Sayings of the river trade\n\nThe entry gathers remarks on the barge tolls, in date order.\n\n{quotes}"
                "\n\nThe entry was revised for the third edition.")
TOLLS = "A toll is a tax that the river collects on behalf of whoever holds the bridge."
LOCKS = "Every lock on this river was built by somebody who meant to charge for it."


@pytest.mark.parametrize("text, quote, speaker", [
    # a source line with life dates under the quote, past a blank line, as dictionaries of quotations set it
    (SAYINGS_PAGE.format(quotes=f"1\n\n\u201c{TOLLS}\u201d\n\nMaren Holt-Ivers (born 1948), Danish economist, "
                         "\u2018The price of water\u2019, Inland Review, 3 May 1990; on the toll reform of that year"),
     TOLLS, "Maren Holt-Ivers"),
    (SAYINGS_PAGE.format(quotes=f"\u201c{TOLLS}\u201d\n\nAnton Weir (1901\u20131977), river pilot, in conversation."
                         f"\n\n\u201c{LOCKS}\u201d\n\nIsak Bruun (b. 1960), canal engineer, Locks (2004), ch. 2"),
     LOCKS, "Isak Bruun"),
    # near misses: a date in brackets after a place or a work is no life date of a person; the next quote under a
    # source line takes no speaker from it
    (SAYINGS_PAGE.format(quotes=f"\u201c{TOLLS}\u201d\n\nThe Velm Bridge (1890), its toll board, now lost."),
     TOLLS, None),
    (SAYINGS_PAGE.format(quotes=f"\u201c{TOLLS}\u201d\n\nthe old ferry (1920), as the bargemen called it"), TOLLS,
     None),
    (SAYINGS_PAGE.format(quotes=f"\u201c{TOLLS}\u201d\nAnton Weir (1901\u20131977), river pilot, in conversation."
                         f"\n\n\u201c{LOCKS}\u201d\n\nThe entry ends here."), LOCKS, None),
])
def test_a_source_line_with_life_dates_credits_the_quote_over_it(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


LOCK_EXTRACT = "The lock keepers are paid by the barge, and so they let the barges wait."
NOTES = ("\n\nNotes\n\n[1] Halvard Ness-Ortiz, \u201cThe keepers of the locks\u201d, paper read at the Velm "
         "meeting, 4 May 2011, p. 3.\n\n[2] The Inland Quarterly, June 2012, p. 40.\n\n[3] Orsk Canal Trust, "
         "Yearbook of the locks, 2013, p. 12.\n\n[4] Velm Lock Council, Tolls and waiting times, 2014, p. 5.")


@pytest.mark.parametrize("text, quote, speaker", [
    # a block quotation whose introduction ends on a note reference: the note names its author first
    (f"The tolls\n\nThe earliest text we found is a paper from 2011. It put the case plainly [1]:\n\n"
     f"\u201c{LOCK_EXTRACT}\u201d\n\nThe paper was little read.{NOTES}", LOCK_EXTRACT, "Halvard Ness-Ortiz"),
    # near misses: a note that opens on an outlet names no author (the introduction's subject speaks), and a
    # reference with no colon after it introduces nothing
    (f"The tolls\n\nA magazine repeated the line a year later [2]:\n\n\u201c{LOCK_EXTRACT}\u201d\n\n"
     f"Nobody noticed.{NOTES}", LOCK_EXTRACT, "A magazine"),
    (f"The tolls\n\nThe earliest text we found is a paper from 2011 [1].\n\n\u201c{LOCK_EXTRACT}\u201d\n\n"
     f"The paper was little read.{NOTES}", LOCK_EXTRACT, None),
    # near misses: a note that opens on an organisation's name (its head noun a body's: trust, council) names no
    # person, so the introduction's subject speaks
    (f"The tolls\n\nA trust kept the line [3]:\n\n\u201c{LOCK_EXTRACT}\u201d\n\nNobody noticed.{NOTES}",
     LOCK_EXTRACT, "A trust"),
    (f"The tolls\n\nThe council used the line in 2014 [4]:\n\n\u201c{LOCK_EXTRACT}\u201d\n\nNobody noticed.{NOTES}",
     LOCK_EXTRACT, "The council"),
])
def test_a_block_quotation_takes_the_author_its_note_names(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # what a reported person spoke of, in the reporter's words: a negated verb (the person never said it), a scare
    # quote after 'about', a reported 'spoken of' that the reporter names; the reporter keeps the quote
    ("The envoy said the rebels would not talk of \u201ctruce\u201d while the shelling went on.",
     "truce", "The envoy"),
    ("The minister said the lenders had talked about \u201cdebt relief\u201d for months.",
     "debt relief", "The minister"),
    ("Ann Vale, a press officer, said that the governor had spoken of \u201ca harbour that will open again\u201d.",
     "a harbour that will open again", "Ann Vale"),
    # a participle with no subject of its own is read with the reporter, and a verb of thought keeps the words its
    # reporter's
    ("The mayor said the council would meet on Monday, speaking of \u201ca fresh start\u201d for the town.",
     "a fresh start", "The mayor"),
    ("The warden said the keepers had thought of \u201ca second lock\u201d for the canal.",
     "a second lock", "The warden"),
])
def test_what_a_reported_person_spoke_of_is_the_reporter_s_quote(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a second 'that' clause joined to a reported one completes the same reporting verb: a verb of thought inside
    # it gives way to the reporter
    ("The ministry said that the port would reopen in May, but that the clerks hardly believed the dockers would "
     "stop \u201cthis side of June.\u201d", "this side of June.", "The ministry"),
    # near miss: a conjunct with no 'that' is a clause of its own, whose reporting verb speaks
    ("The ministry said that the port would reopen in May, and the unions warned that the strike would go on "
     "\u201cfor months.\u201d", "for months.", "the unions"),
])
def test_a_coordinated_that_clause_is_reported_by_the_same_verb(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("words, starts, kept", [
    # the parser began a sentence at the mark of a quote that ends the writer's sentence: the cue is before it
    (["The", "authors", "call", "it", "“", "a", "loan", ".", "”", "It", "was", "not", "."], [0, 4, 9], [0, 9]),
    # near miss: a quoted sentence after a full stop opens a sentence of its own
    (["The", "authors", "left", ".", "“", "A", "loan", ".", "”", "It", "was", "not", "."], [0, 4, 9], [0, 4, 9]),
])
def test_a_sentence_the_parser_opens_at_a_running_quote_is_joined_to_the_one_before(nlp, words, starts, kept):
    spaces = [word not in "“" and next_word not in ".”" for word, next_word in zip(words, words[1:] + ["."])]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[k in starts for k in range(len(words))])
    quotes = find_quote_marks(doc.text, [(0, len(doc.text))])
    assert _running_sentence_starts(doc, quotes, ParseArrays(doc)) == kept
