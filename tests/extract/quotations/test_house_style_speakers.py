"""Attribution structures a new house style brings (press reviews, agency copy, council minutes, features): one
invented text per case, in several registers, with the speaker and its resolved name written by hand."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # judgment verbs (Levin 1993, class 33): the quoted object is the judge's wording
    ("The fishermen’s union thanked “every family that kept the nets mended” in a notice pinned to the harbour "
     "gate.", "every family that kept the nets mended", "The fishermen’s union", "thank"),
    ("Opposition deputies condemned the “back-room bargain” over the ferry contract.", "back-room bargain",
     "Opposition deputies", "condemn"),
    ("In his Sunday sermon the old bishop praised the “quiet courage” of the lifeboat crews.",
     "quiet courage", "the old bishop", "praise"),
    ("The regional governor accused the ferry company of “treating islanders as freight”.",
     "treating islanders as freight", "The regional governor", "accuse"),
    # the person quoted 'as saying', active or passive: the agent of 'quoted' only reports the words
    ("Deputy Mayor Ivo Brandt was quoted as saying the ferries were “the town’s lungs”.", "the town’s lungs",
     "Ivo Brandt", "say"),
    ("The harbour master was quoted by the Coastal Courier as saying that the port “cannot wait another winter”.",
     "cannot wait another winter", "The harbour master", "say"),
    ("A local radio station quoted the mayor as saying that the bridge was “no longer safe for lorries”.",
     "no longer safe for lorries", "the mayor", "say"),
    # a second cue the parser hangs on the reported clause speaks for the subject of the first
    ("The delegate of Peru said the fleets must share the catch and urged a quota that was “fair to the small "
     "boats”.", "fair to the small boats", "The delegate of Peru", "urge"),
    ("Our reviewer said the sequel loses its nerve halfway and called its ending “a shrug in three acts”.",
     "a shrug in three acts", "Our reviewer", "call"),
    # a law, treaty or rule speaks its own quoted wording (prohibiting and obligation verbs, FrameNet)
    ("The treaty, which bars “any permanent foreign garrison” on the islands, was signed in May.",
     "any permanent foreign garrison", "The treaty", "bar"),
    ("The memorandum requires both sides to show “restraint at every crossing”.", "restraint at every crossing",
     "The memorandum", "require"),
    ("Club rules forbid “any conduct unbecoming of a member” on the green.", "any conduct unbecoming of a member",
     "Club rules", "forbid"),
])
def test_speaker_structures_of_new_house_styles(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("partial", speaker, cue)


@pytest.mark.parametrize("text, quote, speaker, name", [
    # a press review: 'the paper', 'its editorial' and 'it' take up the outlet named before them
    ("The Harbour Courier, a weekly close to the port board, welcomed the new tolls. “The port has finally found "
     "its nerve,” the paper said.", "The port has finally found its nerve,", "the paper", "The Harbour Courier"),
    ("In Oslo, the daily Nordlys Tidende was sceptical. “A toll is not a plan,” its editorial said.",
     "A toll is not a plan,", "its editorial", "Nordlys Tidende"),
    ("The Ministry of Fisheries issued a long statement on Monday. Quotas, the ministry said, would be kept “to the "
     "last kilo”.", "to the last kilo", "the ministry", "The Ministry of Fisheries"),
    # a body described in full first keeps its description: 'the ministry' is not the council named in between
    ("The Norwegian fisheries ministry said the quotas were final. The Island Council disagreed. The ministry said "
     "the council had been “told twice”.", "told twice", "The ministry", None),
    # a description of a person is no body: 'the columnist' is not the paper
    ("The Harbour Courier ran a long leader on the strike. “Nobody wins a winter like this,” the columnist wrote.",
     "Nobody wins a winter like this,", "the columnist", None),
    # a person's name, even one no 'she' takes up, is no body that 'the report' stands for
    ("Lena Hartog spoke first. The board then voted. “We need the money now,” the report said.",
     "We need the money now,", "the report", None),
    # an outlet the recogniser may take for a person is a body when a noun for no person introduces it
    ("The Tallinn paper Merevaade Kiri disagreed. “Nobody heard the crews until the ice came,” the paper said.",
     "Nobody heard the crews until the ice came,", "the paper", "Merevaade Kiri"),
])
def test_a_description_of_a_body_takes_up_its_name(quotes_of, text, quote, speaker, name):
    found = quotes_of(text)[quote]
    assert (found.speaker, found.speaker_name) == (speaker, name)


@pytest.mark.parametrize("text, quote, speaker", [
    # a colon after a clause about someone's answer, reply or warning: its source speaks
    ("Soltan’s answer was short: “Not this winter.”", "Not this winter.", "Soltan"),
    ("The ministry’s reply came within the hour: “The quotas stand.”", "The quotas stand.", "The ministry"),
    ("The coach’s warning to his players was blunt: “Nobody in this squad is safe.”", "Nobody in this squad is safe.",
     "The coach"),
    # a statement with no source named speaks for itself
    ("The statement ended: “The talks will continue.”", "The talks will continue.", "The statement"),
])
def test_a_colon_after_a_speech_noun(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("direct", speaker)


@pytest.mark.parametrize("text, quote, name", [
    # a name after 'the' is a body's, not a person 'he' or 'she' can take up
    ("Lieutenant Jonas Berg told reporters that the Coast Guard had no boats to spare. “We are stretched to the "
     "last hull,” he said.", "We are stretched to the last hull,", "Jonas Berg"),
    ("Ruth Amsel, who farms near the dyke, said the Water Board had ignored her letters. “They read nothing we "
     "send,” she told the inquiry.", "They read nothing we send,", "Ruth Amsel"),
])
def test_a_pronoun_passes_over_a_body_named_with_the(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, speaker", [
    # 'said one' after the quote: one of a group named before, with the noun it is given in apposition
    ("Residents of the island are angry. “Nobody asked us,” said one, a retired teacher.", "Nobody asked us,",
     "a retired teacher"),
    ("The strikers voted at dawn. “We have nothing left to lose,” said another.", "We have nothing left to lose,",
     "another"),
])
def test_one_of_a_group_after_the_quote(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("direct", speaker)


@pytest.mark.parametrize("text, quote, speaker", [
    # a quotation set as its own paragraph, then a paragraph that points back at it and names the speaker
    ("“We will not leave this harbour until the last boat is fixed. The crews have been patient for too long.”\n\n"
     "So said Karin Holm, the union’s chair, to a rally on Saturday.",
     "We will not leave this harbour until the last boat is fixed. The crews have been patient for too long.",
     "Karin Holm"),
    ("“The river gives and the river takes.”\n\nThose were the words of the old ferryman, Abel Droste, as the water "
     "rose.", "The river gives and the river takes.", "Abel Droste"),
    # in its own paragraph too
    ("“Nobody reads the small print.” That was how the auditor, Mira Tesch, put it.", "Nobody reads the small print.",
     "Mira Tesch"),
])
def test_the_speaker_named_after_a_quotation(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("direct", speaker)


def test_a_paragraph_that_does_not_point_back_names_no_speaker(quotes_of):
    text = "“We stay until the boats are fixed.”\n\nAnalysts said the strike could last for weeks."
    assert quotes_of(text)["We stay until the boats are fixed."].speaker is None


@pytest.mark.parametrize("text, quote, name", [
    # a bare definite title takes up the name last written with that title
    ("President Lidia Marsh opened the summit on Monday.\n\nDelegates waited an hour for the president. “We are "
     "here to listen,” the president said.", "We are here to listen,", "Lidia Marsh"),
    ("Judge Anneke Vos adjourned the hearing twice. When it resumed, the court heard from the judge first. “This "
     "case has waited long enough,” she said.", "This case has waited long enough,", "Anneke Vos"),
    # a title with a modifier may be someone else's
    ("President Lidia Marsh met the visitors. “Our ports stay open,” the Danish president said.",
     "Our ports stay open,", None),
])
def test_a_title_takes_up_its_holder(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


def test_the_possessor_of_a_pledge_speaks_its_words(quotes_of):
    text = "The chamber repeated the governor’s pledge to keep the ferries “running every hour of the day”."
    assert quotes_of(text)["running every hour of the day"].speaker == "the governor"


def test_a_clause_in_apposition_to_a_formula_is_its_owners(quotes_of):
    # a noun for a wording ('formula', 'phrase', 'line') is its user's, like a reporting noun
    text = "Vos’s slogan, that the harbour belongs “to those who work it”, greets every ferry."
    assert quotes_of(text)["to those who work it"].speaker == "Vos"


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # a reporting noun or a noun for a wording as the subject of 'be', whose complement holds the quote
    ("The council’s line is that the closure is “purely temporary”.", "purely temporary", "The council", "line"),
    ("The mayor’s argument is that the old pier is “beyond repair”.", "beyond repair", "The mayor", "argument"),
])
def test_a_reporting_noun_specified_by_be(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("partial", speaker, cue)


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # nouns for a statement a witness or writer gives (what will come, what happened): the possessor speaks
    ("Few believed the harbour master’s prediction that the ice would “hold until April”.", "hold until April",
     "the harbour master", "prediction"),
    ("Dr Holm’s evidence, which the tribunal accepted, was that the ferries ran “at a steady loss”.",
     "at a steady loss", "Dr Holm", "evidence"),
    ("The pilot’s testimony was that the beacon had been “dark for a week”.", "dark for a week", "The pilot",
     "testimony"),
    ("The mayor’s account of the storm – that the sea wall was “never tested” – went unchallenged.", "never tested",
     "The mayor", "account"),
])
def test_the_possessor_of_a_statement_of_events_speaks(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.speaker, found.cue) == (speaker, cue)


@pytest.mark.parametrize("text, quote", [
    # a word in marks inside what an account or evidence is about is the writer's term, not the possessor's words
    ("The ministry gave no account of the “operation” near the coast.", "operation"),
    ("The governor's account of the storm that hit the “new” pier differs from the harbour master's.", "new"),
    ("The pilots' evidence about the “safe corridor” was heard in private.", "safe corridor"),
])
def test_a_quoted_word_in_the_topic_of_an_account_is_the_writers(quotes_of, text, quote):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("scare", None)


@pytest.mark.parametrize("text, quote, kind", [
    # a work noun that ends the subject of a clause before the quote does not make a title
    ("The senator said the report was “damning” and asked for a second hearing.", "damning", "partial"),
    ("Critics agreed the film is “a long goodbye to the sea”, its director said.", "a long goodbye to the sea",
     "partial"),
    # a work noun right before the quote, or with a naming participle between, still does
    ("She spent a winter on her essay “the tide tables”, which no editor would take.", "the tide tables", "title"),
    ("A report titled “ports after the ice” came out in May.", "ports after the ice", "title"),
])
def test_a_work_noun_makes_a_title_only_when_it_names_the_quote(quotes_of, text, quote, kind):
    assert quotes_of(text)[quote].kind == kind


@pytest.mark.parametrize("text, quote, speaker", [
    # a digest of posts: the header line over the post names its writer, the fields after the name are no speaker
    ("Gull Watch (Coastal Notes) · 8,200 followers · 4 March, 07:15\n\n“The ferry left an hour late again. Nobody "
     "on the quay was told why.”\n\nComment: complaints about the crossing are common this winter.",
     "The ferry left an hour late again. Nobody on the quay was told why.", "Gull Watch"),
    # a forum or comment thread: a user name and a time set off by a bar
    ("Replies\n\nHarbourRat | 2 hours ago\n\n“Same story every year: the tolls go up and the pier falls down.”",
     "Same story every year: the tolls go up and the pier falls down.", "HarbourRat"),
    # a colon-ended paragraph whose reporting verb the tagger may read as a plural noun, after a work noun
    ("Jana Holm, head of the institute's research programme, comments:\n\n“The figures tell us that the public "
     "has grown tired of the war, not that it has changed its mind.”",
     "The figures tell us that the public has grown tired of the war, not that it has changed its mind.",
     "Jana Holm"),
])
def test_a_quote_that_fills_its_paragraph_under_a_line_that_introduces_it(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("direct", speaker)


def test_a_line_with_a_separator_that_names_no_one_gives_no_speaker(quotes_of):
    text = "14 March · updated 16:02\n\n“Roads closed.”"
    assert quotes_of(text)["Roads closed."].speaker is None


def test_a_person_noun_heading_a_clause_without_a_verb_speaks_after_its_colon(quotes_of):
    text = ("Posted 3 May\n\nA ferry engineer we met on the night crossing wrote back on Sunday: “The river has not "
            "been this low since 1976.”")
    found = quotes_of(text)["The river has not been this low since 1976."]
    assert found.speaker is not None and "engineer" in found.speaker


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # talk verbs (Levin 1993, 37.5) report words as 'speak' does
    ("Rail unions talk about a “managed” decline of the branch lines in every bulletin.", "managed",
     "Rail unions", "talk"),
    # a cue in an adjective's complement speaks for the adjective's subject
    ("Hospital managers were eager to speak of ‘adjustments’ to the rota.", "adjustments", "Hospital managers", "speak"),
    ("The coach was quick to call the result “a fair draw”.", "a fair draw", "The coach", "call"),
    # a body that makes words public
    ("The port authority has published weekly counts of “illegal berths” since May.", "illegal berths",
     "The port authority", "publish"),
    # a speaker glossing a word of their own
    ("By ‘outsiders’ she meant the river pilots.", "outsiders", "she", "mean"),
    # verbs that present something as what the quote says (characterize verbs, Levin 29.2, and 'defend', 'justify')
    ("The club defended the new fees as “the price of survival”.", "the price of survival", "The club", "defend"),
    ("Opposition leaders cast the vote as “a referendum on the mayor”.", "a referendum on the mayor",
     "Opposition leaders", "cast"),
    ("The ministry justified the closure as “a matter of public safety”.", "a matter of public safety",
     "The ministry", "justify"),
    # a labelling verb the quote follows with only commas and adverbs between, however the parser hangs it
    ("She taught a course that her students called, not always kindly, “the long Tuesday”.", "the long Tuesday",
     "her students", "call"),
    # whom a speaker talks to is not what they say: the quote is the words of the one who reports it
    ("The mayor said the council had talked to ‘every skipper in the bay’.", "every skipper in the bay",
     "The mayor", "say"),
])
def test_reporting_verbs_and_their_subjects(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("partial", speaker, cue)


@pytest.mark.parametrize("text, quote", [
    # a demonstrative or the 'it' of an adjective is nobody who speaks
    ("Does that mean the bridge's “repair” is over?", "repair"),
    ("It is worth recalling that the harbour tolls were “never meant to last”.", "never meant to last"),
    # nor is a list's bullet the parser took for a subject
    ("Tasks for the seminar\n\n• compare the two maps of the harbour;\n• assess the claim that the town "
     "“abandoned” its fishermen in 1990.", "abandoned"),
])
def test_no_speaker_from_an_impersonal_subject(quotes_of, text, quote):
    assert quotes_of(text)[quote].speaker is None


@pytest.mark.xfail(strict=True, reason="the 'it' of an adjective is left out only when the cue hangs on the adjective "
                                       "('worth recalling'); the parser hangs 'to say' of 'it is safe to say' on the "
                                       "copula, so 'It' is taken for the speaker")
def test_no_speaker_from_the_it_of_an_adjective_before_an_infinitive(quotes_of):
    text = "It is safe to say the timetable was “never realistic” for the island."
    assert quotes_of(text)["never realistic"].speaker is None


@pytest.mark.parametrize("text, quote, name", [
    # a bare 'one' or 'another' is one of the group named as a subject before it in the paragraph
    ("Several skippers refused to comment, and one called the new toll “a tax on weather”.", "a tax on weather",
     "Several skippers"),
    ("Two council members voted against the budget. Another said the plan was “rushed and unfunded”.",
     "rushed and unfunded", "Two council members"),
])
def test_one_of_a_group_named_before(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, kind, speaker", [
    # a headline's quote that the body gives again in full is an excerpt, with the body's speaker
    ("‘The nets come back empty’: a fishing town counts the cost\n\nThe quota was cut again in March. On the quay "
     "at Vardø, skippers mend nets they barely use. “Every week the nets come back empty, and every week the quota "
     "stays the same,” said Ole Hansen, who has fished the bay for thirty years.", "The nets come back empty",
     "partial", "Ole Hansen"),
    # an interview's headline names its speaker after the colon; the answer repeats the words without marks
    ("“We built the pier, not the town”: engineer Mira Solberg on fifty years of the harbour\n\nMira Solberg drew "
     "her first plans for the pier in 1974.\n\n— Did the town grow as you expected?\n\n— No. We built the pier, not "
     "the town. The town came later, and it came without us.", "We built the pier, not the town", "partial",
     "engineer Mira Solberg"),
    # a headline's quote the article does not give again keeps its kind
    ("‘We are ready to sail’: a harbour pilot on the strike\n\nThe strike entered its third day on Monday, and the "
     "ferries stayed in port.", "We are ready to sail", "direct", "a harbour pilot"),
])
def test_a_headline_quote_echoing_the_article(quotes_of, text, quote, kind, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # reporting nouns of the communication frames: their possessor speaks the quote after the colon
    ("The harbour master’s message to the council was simple: “Fix the pier before the storms.”",
     "Fix the pier before the storms.", "The harbour master", "message"),
    ("The mayor’s response was swift: “We will rebuild the quay by June.”", "We will rebuild the quay by June.",
     "The mayor", "response"),
    ("The old skipper’s verdict on the season was harsh: “The worst in forty years.”",
     "The worst in forty years.", "skipper", "verdict"),
])
def test_a_reporting_noun_before_a_colon(quotes_of, text, quote, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == ("direct", speaker, cue)


@pytest.mark.parametrize("text, quote, speaker", [
    # a quote before a cue in an infinitive ('used to say') hangs on the verb the cue completes
    ("“The sea gives and the sea takes,” my grandfather used to say.", "The sea gives and the sea takes,",
     "my grandfather"),
    # inside a labelled turn, the cue names someone else than the label
    ("HOST: What kept you going?\n\nANNA LIND: “Never sell the boat,” my father liked to say. So I never did.",
     "Never sell the boat,", "my father"),
])
def test_a_cue_completing_another_verb_after_its_quote(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("direct", speaker)


@pytest.mark.parametrize("text, quote, kind", [
    # a dash that opens a sentence pointing back at the quote describes no work
    ("“We are not going anywhere” – that was the message from the fishermen on Tuesday.",
     "We are not going anywhere", "scare"),
    ("Further reading\n\n“Harbours of the North” – an essay on the herring trade.", "Harbours of the North",
     "title"),
])
def test_a_quote_opening_its_paragraph_before_a_dash(quotes_of, text, quote, kind):
    assert quotes_of(text)[quote].kind == kind


@pytest.mark.parametrize("text, quote, kind, speaker, cue", [
    # 'in the words of X' after the quote, as well as before it
    ("The captain – “a gentle giant”, in the words of his crew – retired in May.", "a gentle giant", "partial",
     "his crew", "in the words of"),
    ("The old quay was “a museum of rust”, in the words of one harbour pilot.", "a museum of rust", "partial",
     "one harbour pilot", "in the words of"),
    # '“…” was how X described it': the cue's clause completes the 'be' whose subject is the quote
    ("“A disgrace,” was how the mayor described the vote.", "A disgrace,", "direct", "the mayor", "describe"),
    # a speaker label the parser reads as a second subject of the cue gives way to the subject after the quote
    ("Q: Why did the ferry stop?\n\nA: “Because nobody paid for it,” said the captain.", "Because nobody paid for it,",
     "direct", "the captain", "say"),
])
def test_speech_tags_after_the_quote(quotes_of, text, quote, kind, speaker, cue):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker, found.cue) == (kind, speaker, cue)


@pytest.mark.parametrize("text, quote, name", [
    # a subject 'it' after a reporting noun with a source stands for that source
    ("The mayor read us a line from the council’s report: the harbour, it said, was “in terminal decline”.",
     "in terminal decline", "the council"),
    ("She held up the union's statement. The deal, it said, was “an insult to every docker”.",
     "an insult to every docker", "the union"),
])
def test_it_after_a_reporting_noun_is_its_source(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, kind, speaker", [
    # a quoted term modifying a noun is the words only of its nearest verb, or of the verbs that report its clause
    ("Few people are asking about the island, where the board tested a “temporary” toll on lorries.", "temporary",
     "scare", None),
    ("The minister asked the mayors to press the ferry company for “night-time” crossings.", "night-time", "scare",
     None),
    ("The minister spoke of a “temporary” toll on lorries.", "temporary", "partial", "The minister"),
    ("Critics said the board had built a “world-class” pier on sand.", "world-class", "partial", "Critics"),
])
def test_a_quoted_term_that_modifies_a_noun(quotes_of, text, quote, kind, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, quote, speaker", [
    # a headline's description of its speaker gives way to the name of the body's quotation that opens alike,
    # the headline adapting the rest of the words
    ("Bypass hearing draws a full hall\n\nRetired judge tells council the bypass ‘asks too much of too few of "
     "them’\n\nBy Anna Lind\n\nThe council met on Tuesday to hear objections to the new road. “It asks too much of "
     "too few of us, and it asks it twice,” said Hilda Marsh, who sat on the county bench for twenty years.",
     "asks too much of too few of them", "Hilda Marsh"),
    # a group in the headline ('say economists') gives way to the one economist the body quotes
    ("Ferry levy ‘will drive the summer visitors away’, say economists\n\nBy Anna Lind\n\nIsland councillors "
     "approved the levy last week. “A levy this size will drive the summer visitors away within two seasons,” said Tomas Berg, an "
     "economist at the Northfjord Institute.", "will drive the summer visitors away", "Tomas Berg"),
    # a named speaker in the headline keeps the quote
    ("Old pier ‘beyond repair and unsafe for boats’, Harbour Board says\n\nBy Anna Lind\n\nThe survey was "
     "published on Friday. “The old pier is beyond repair and unsafe for boats of any size,” said Ian Lowe, who chairs the board.",
     "beyond repair and unsafe for boats", "Harbour Board"),
])
def test_a_display_line_speaker_named_in_the_body(quotes_of, text, quote, speaker):
    found = quotes_of(text)[quote]
    assert (found.kind, found.speaker) == ("partial", speaker)
