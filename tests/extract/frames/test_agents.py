"""Who bears a cue and to whom help goes (`analysis.extract.frames.agents`), on invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Moscow kept its jets at the coast. "


@pytest.mark.parametrize("text", [
    # Assad's side bears a limit of its own capacity, a hedge of its own, a concession of its own
    CONTEXT + "The regime's manpower shortage worsened over the winter.",
    CONTEXT + "Government troop shortages grew worse in the spring.",
    CONTEXT + "Assad quietly reached out to the Gulf monarchies.",
    CONTEXT + "The Syrian president is not going to step down.",
    # another actor as the subject, the passive agent or the noun of an active participle
    CONTEXT + "The envoy was urged by Ankara to demand a ceasefire.",
    CONTEXT + "The rebels pressing on Hama were short of manpower.",
    CONTEXT + "The opposition council refused.",
])
def test_a_limit_borne_by_assads_side_or_another_actor_is_not_russias(nlp, text):
    assert last_sentence_codes(nlp, text, "limits") == set()


@pytest.mark.parametrize("text, code", [
    # the limit is tied to Russia, or the clause names Russia
    ("Assad's army held the coast. Russian squadrons faced a manpower shortage.", "limits.capacity"),
    ("Assad's army held the coast. Damascus rebuffed Russian advice on the offensive.", "limits.friction"),
    # friction has two parties: Assad's side may bear it
    (CONTEXT + "Damascus grew frustrated.", "limits.friction"),
    # a relational noun names the possessor's counterpart, not Assad's side
    (CONTEXT + "By spring Assad felt snubbed by his allies.", "limits.friction"),
    # the country's name is the theatre, not the government that acts
    (CONTEXT + "Syria was a sideshow.", "limits.priority"),
])
def test_a_limit_tied_to_russia_or_shared_with_damascus_stands(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, supported", [
    ("The Syrian army was falling back near Hama. Moscow sent weapons to the rebels in the north.", False),
    ("The Syrian army was falling back near Hama. Moscow sent weapons to the Syrian army.", True),
])
def test_the_indirect_object_of_the_verb_names_where_help_goes(nlp, text, supported):
    assert ("support.military" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, supported", [
    # a verb of help whose direct object is Assad's opponents helps them, not Assad
    ("Assad's army held the coast. Moscow also armed the insurgents for a while.", False),
    ("Assad's army held the coast. In those years Russia backed several of the rebel militias.", False),
    ("Assad's army held the coast. In those years Russia backed the Syrian army.", True),
])
def test_help_whose_object_is_assads_opponents_is_no_support(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


def test_ending_support_to_the_opposition_is_no_limit(nlp):
    text = "The Syrian army was falling back near Hama. Moscow ended its aid to the rebels."
    assert last_sentence_codes(nlp, text, "limits") == set()


@pytest.mark.parametrize("text, limited", [
    # Russia carried from the paragraph into a sentence about another actor
    ("In 2019 the Turkish army crossed the border as frustrations grew.", False),
    ("The rebels advanced as frustrations grew.", False),
    # ... or into a sentence with no actor as its subject
    ("Over the winter frustrations grew.", True),
])
def test_a_carried_limit_does_not_enter_a_sentence_about_another_actor(nlp, text, limited):
    paragraph = "Moscow kept its jets at the coast for Assad. " + text
    assert ("limits.friction" in last_sentence_codes(nlp, paragraph, "limits")) is limited


@pytest.mark.parametrize("text, supported", [
    # a 'for' phrase after the object names who the act is for, wherever the parser attaches it
    ('The Syrian army was falling back near Hama. A Russian envoy said: "We have cleared a road for Damascus."', True),
    ('The Syrian army was falling back near Hama. A Russian envoy said: "We have cleared a road for the rebels."', False),
])
def test_the_for_phrase_of_an_object_names_the_recipient(nlp, text, supported):
    assert ("support.relation" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.xfail(strict=True, reason="a Russian named in a relative clause on the bearer counts as named in the "
                                       "limit's clause, so the setback of Assad's side is read as Russia's")
def test_a_setback_for_assad_described_by_a_russian_relative_clause_is_his(nlp):
    text = CONTEXT + "The retreat was a setback for Assad, who had counted on Russian jets."
    assert last_sentence_codes(nlp, text, "limits") == set()


@pytest.mark.parametrize("subject, supported", [
    # Russia's support is waged against Assad's opponents: a sentence they lead still carries it
    ("the rebels", True),
    # another actor's sentence does not
    ("the Turkish army", False),
])
def test_carried_support_enters_a_sentence_led_by_assads_opponents_only(nlp, subject, supported):
    text = (f"The Syrian army was falling back near Hama. Russian jets struck Hama for Assad all week. "
            f"Even so, {subject} crossed the river under the bombing.")
    assert ("support.military" in last_sentence_codes(nlp, text, "support")) is supported


def _scene(nlp, text):
    from analysis.corpus.sections import set_blocks
    from analysis.extract.frames.agents import Scene
    from analysis.tables.batches import units

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return Scene(doc, sentences, entities), doc


@pytest.mark.parametrize("text, head, phrase", [
    # modifiers, the determiner and an 'of' complement belong to the phrase
    ("The Russian defence ministry of Moscow issued a statement.", "ministry",
     {"The", "Russian", "defence", "ministry", "of", "Moscow"}),
    # a coordinated noun and a possessor do too
    ("Putin and his generals planned the offensive.", "Putin", {"Putin", "and", "his", "generals"}),
    # another preposition and a relative clause do not
    ("Jets from the southern airfields struck the hills.", "Jets", {"Jets"}),
    ("The envoy who had met the ministers flew home on Friday.", "envoy", {"The", "envoy"}),
])
def test_a_phrase_holds_its_heads_modifiers_and_of_complement_only(nlp, text, head, phrase):
    scene, doc = _scene(nlp, text)
    token = next(token for token in doc if token.text == head)
    assert {doc[i].text for i in scene._indices(token.i)} == phrase


@pytest.mark.parametrize("text, head, side", [
    ("The Russian defence ministry of Moscow issued a statement.", "ministry", "Russia"),
    ("The regime's generals planned the offensive.", "generals", "assad"),
    ("Officials in Ankara planned the offensive.", "Officials", None),
])
def test_the_side_of_a_phrase_is_that_of_any_actor_inside_it(nlp, text, head, side):
    scene, doc = _scene(nlp, text)
    assert scene.side_of(next(token for token in doc if token.text == head)) == side


def test_an_epithet_keeps_assads_side_once_the_sides_are_kept(nlp):
    # 'the man' takes up Assad before the sides are kept per head, and keeps it when asked again later
    scene, doc = _scene(nlp, "Bashar al-Assad lost Aleppo. The man lost his army, and Russia kept backing the man.")
    first, second = [token for token in doc if token.text == "man"]
    assert scene.side_of(first) == "assad"
    assert scene.side_of(second) == "assad"
    assert scene.side_of(first) == "assad"


@pytest.mark.xfail(strict=True, reason="known gap: a definite side head ('the government') does not take up an "
                   "earlier phrase of Assad's side; taking it up (tried in session 20) also hands 'its' to it and reads a "
                   "Russian speaker's 'the army' as Syrian, for no net gain")
@pytest.mark.parametrize("text, head", [
    ("The Syrian government was losing ground. Moscow kept the government standing.", "government"),
    ("Assad's army was exhausted by June. Moscow sent jets to cover the army.", "army"),
    ("President Assad flew to Sochi in May. Putin kept the president waiting.", "president"),
])
def test_a_definite_side_head_takes_up_assads_side(nlp, text, head):
    scene, doc = _scene(nlp, text)
    assert scene.side_of([token for token in doc if token.text == head][-1]) == "assad"


def _hand_built_scene(words, pos, heads, deps):
    import spacy
    from spacy.tokens import Doc

    from analysis.extract.frames.agents import Scene

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps)
    return Scene(doc, [], [])


# 'Moscow's envoy met a tanker crew and the port closed ships' as a hand-built parse.
CANDIDATE_WORDS = ["Moscow", "'s", "envoy", "met", "a", "tanker", "crew", "and", "the", "port", "closed", "ships"]
CANDIDATE_POS = ["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "NOUN"]
CANDIDATE_HEADS = [2, 0, 3, 3, 6, 6, 3, 3, 9, 10, 3, 10]
CANDIDATE_DEPS = ["poss", "case", "nsubj", "ROOT", "det", "compound", "dobj", "cc", "det", "nsubj", "conj", "dobj"]


@pytest.mark.parametrize("russian, candidates, owned", [
    # 'crew' has a noun modifier, 'port' a definite determiner; 'Moscow' owns 'envoy' only once it is Russian
    ((), [6, 9], set()),
    ((0,), [2, 6, 9], {2}),
])
def test_definite_candidates_are_nouns_with_an_owner_or_a_determiner(russian, candidates, owned):
    from analysis.extract.frames.agents import Link

    scene = _hand_built_scene(CANDIDATE_WORDS, CANDIDATE_POS, CANDIDATE_HEADS, CANDIDATE_DEPS)
    scene.russian.update((i, Link(CANDIDATE_WORDS[i], "")) for i in russian)
    assert scene._definite_candidates() == (candidates, owned)


# 'The bureau met Moscow's bureau and the bureau left' as a hand-built parse: the first 'bureau' comes before any
# Russian owner, the last repeats the head of a Russian phrase.
TAKEN_UP_WORDS = ["The", "bureau", "met", "Moscow", "'s", "bureau", "and", "the", "bureau", "left"]
TAKEN_UP_POS = ["DET", "NOUN", "VERB", "PROPN", "PART", "NOUN", "CCONJ", "DET", "NOUN", "VERB"]
TAKEN_UP_HEADS = [1, 2, 2, 5, 3, 2, 2, 8, 9, 2]
TAKEN_UP_DEPS = ["det", "nsubj", "ROOT", "poss", "case", "dobj", "cc", "det", "nsubj", "conj"]


@pytest.mark.parametrize("russian, actors, taken_up", [
    ((), (), set()),
    ((3,), (), {8}),  # only the 'bureau' after Moscow's
    ((3,), (5,), set()),  # the owned 'bureau' an actor already: it sets no head to take up
    ((3,), (8,), set()),  # an actor already: not taken up
])
def test_a_definite_noun_takes_up_only_an_earlier_russian_head(russian, actors, taken_up):
    import spacy
    from spacy.tokens import Doc

    from analysis.extract.frames.agents import Link, Scene

    doc = Doc(spacy.blank("en").vocab, words=TAKEN_UP_WORDS, pos=TAKEN_UP_POS, heads=TAKEN_UP_HEADS,
              deps=TAKEN_UP_DEPS, lemmas=[word.lower() for word in TAKEN_UP_WORDS])
    scene = Scene(doc, [], [])
    scene.russian.update((i, Link(TAKEN_UP_WORDS[i], "")) for i in russian)
    scene.actors.update((*russian, *actors))
    before = set(scene.russian)
    scene._take_up_definites()
    assert set(scene.russian) - before == taken_up


@pytest.mark.parametrize("russian, governing", [
    ((), []),
    ((0,), [0, 2, 3]),  # 'Moscow', the 'envoy' it owns and the root 'met' above them
    ((0, 9), [0, 2, 3, 9, 10]),  # and 'port', the subject of the coordinated 'closed'
])
def test_the_words_governing_a_russian_token_are_those_above_it(russian, governing):
    from analysis.extract.frames.agents import Link

    scene = _hand_built_scene(CANDIDATE_WORDS, CANDIDATE_POS, CANDIDATE_HEADS, CANDIDATE_DEPS)
    assert not any(scene._governs_russian(i) for i in range(len(CANDIDATE_WORDS)))
    scene.russian.update((i, Link(CANDIDATE_WORDS[i], "")) for i in russian)  # found again once Russians are added
    assert [i for i in range(len(CANDIDATE_WORDS)) if scene._governs_russian(i)] == governing
    doc = scene.doc
    assert governing == [i for i in range(len(CANDIDATE_WORDS))
                         if any(i == word or doc[i].is_ancestor(doc[word]) for word in russian)]


@pytest.mark.parametrize("start, end, root, objects, party", [
    (1, 2, 1, False, 5),  # 'sent' ... 'to the army': the complement of 'to'
    (2, 3, 2, False, 5),  # 'jets', the object of 'sent': the verb's 'to' phrase
    (1, 3, 1, False, 5),  # 'sent jets'
    (0, 1, 0, True, None),  # 'Moscow' names no party
])
def test_recipient_of_a_cue_by_its_token_range(start, end, root, objects, party):
    # 'Moscow sent jets to the army .'
    scene = _hand_built_scene(["Moscow", "sent", "jets", "to", "the", "army", "."],
                              ["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"], [1, 1, 1, 1, 5, 3, 1],
                              ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"])
    assert scene._recipient_at(start, end, root, objects=objects) == party


@pytest.mark.parametrize("objects, party", [(False, None), (True, 2)])
def test_a_direct_object_is_the_recipient_only_when_asked_for(objects, party):
    # 'Moscow advised Assad .'
    scene = _hand_built_scene(["Moscow", "advised", "Assad", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
                              [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"])
    assert scene._recipient_at(1, 2, 1, objects=objects) == party


# 'Moscow gave the army jets and sent advisers to Damascus .' as a hand-built parse.
GIVING_WORDS = ["Moscow", "gave", "the", "army", "jets", "and", "sent", "advisers", "to", "Damascus", "."]
GIVING_POS = ["PROPN", "VERB", "DET", "NOUN", "NOUN", "CCONJ", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
GIVING_HEADS = [1, 1, 3, 1, 1, 1, 1, 6, 6, 8, 1]
GIVING_DEPS = ["nsubj", "ROOT", "det", "dative", "dobj", "cc", "conj", "dobj", "prep", "pobj", "punct"]


def test_the_recipient_of_each_one_token_cue_is_read_at_once():
    scene = _hand_built_scene(GIVING_WORDS, GIVING_POS, GIVING_HEADS, GIVING_DEPS)
    # 'gave' its indirect object, 'jets' the indirect object of its verb, 'sent' and 'advisers' the complement of 'to',
    # 'to' its own object
    assert scene._one_token_recipients()[False] == [-1, 3, -1, -1, 3, -1, 9, 9, 9, -1, -1]


@pytest.mark.parametrize("objects, parties", [(False, [-1, -1, -1, -1]), (True, [-1, 2, -1, -1])])
def test_a_one_token_cue_takes_its_direct_object_only_when_asked_for(objects, parties):
    # 'Moscow advised Assad .'
    scene = _hand_built_scene(["Moscow", "advised", "Assad", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
                              [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"])
    assert scene._one_token_recipients()[objects] == parties


@pytest.mark.parametrize("text", [
    "Russian-backed forces retook the town, and Moscow sent advisers to the army.",
    "The Kremlin offered Assad a lifeline, stood by him and opened a door for Damascus.",
    "Putin received the Syrian president and promised weapons delivered to his troops.",
])
@pytest.mark.parametrize("objects", [False, True])
def test_one_token_recipients_agree_with_the_cue_by_cue_search(nlp, text, objects):
    scene, doc = _scene(nlp, text)
    expected = [scene._recipient_at(i, i + 1, i, objects=objects) for i in range(len(doc))]
    assert scene._one_token_recipients()[objects] == [-1 if party is None else party for party in expected]


# 'The envoy met the minister and he left .' as a hand-built parse.
MEETING_WORDS = ["The", "envoy", "met", "the", "minister", "and", "he", "left", "."]
MEETING_POS = ["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "PRON", "VERB", "PUNCT"]
MEETING_HEADS = [1, 2, 2, 4, 2, 2, 7, 2, 2]
MEETING_DEPS = ["det", "nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "punct"]


@pytest.mark.parametrize("end, expected", [
    # the subjects, latest first ('he' a person, 'envoy' a thing); 'minister' is neither a subject nor an actor
    (9, [(6, "person"), (1, "thing")]),
    (6, [(1, "thing")]),
    (1, []),
])
def test_referents_back_from_a_token_are_the_referents_before_it_latest_first(end, expected):
    from analysis.extract.frames.agents import Referent

    scene = _hand_built_scene(MEETING_WORDS, MEETING_POS, MEETING_HEADS, MEETING_DEPS)
    found = list(scene._referents_back_from(end, 0))
    assert found == [Referent(head, kind, None, False) for head, kind in expected]
    assert found == scene._referents_between(0, end)[::-1]


@pytest.mark.parametrize("text, speaker", [
    ("Lavrov: We will stay in Syria as long as we are needed.", "Lavrov"),  # a Russian speaker's label
    ("LAVROV: We will stay in Syria as long as we are needed.", "Lavrov"),  # in capitals, named by the gazetteer
    ("Erdogan: We will stay in Syria as long as we are needed.", None),  # a speaker who is not Russian
    ("We will stay: Syria needs us, and we are needed there.", None),  # a colon after no name
    ("The five long days of the siege ended: we are needed there.", None),  # a colon past the label's words
])
def test_a_paragraph_opened_by_a_russian_speakers_label_is_stated_by_that_speaker(nlp, text, speaker):
    scene, doc = _scene(nlp, text)
    assert {link.text.title() for link in scene.labelled.values()} == ({speaker} if speaker else set())


@pytest.mark.parametrize("text", [
    "Moscow sent jets. The army held Aleppo for a week, and then the rebels returned. Nobody won.",
    "Alone.",  # a Doc of one token
])
def test_the_sentence_of_a_cue_is_spacys(nlp, text):
    scene, doc = _scene(nlp, text)
    cues = [doc[i:i + 1] for i in range(len(doc))] + [doc[i:i + 3] for i in range(len(doc) - 2)]
    assert [(cue.sent.start, cue.sent.end) for cue in cues] == [
        (scene.sentence_of(cue).start, scene.sentence_of(cue).end) for cue in cues]
    assert scene.sentence_of(doc[0:1]) is scene.sentence_of(doc[1:2])  # each sentence is made once


def test_the_sentence_of_a_cue_in_a_doc_without_sentence_starts_is_spacys_error():
    import spacy
    from spacy.tokens import Doc

    from analysis.extract.frames.agents import Scene

    doc = Doc(spacy.blank("en").vocab, words=["Moscow", "sent", "jets"])
    with pytest.raises(ValueError, match="E030"):
        Scene(doc, [], []).sentence_of(doc[1:2])


@pytest.mark.parametrize("text, supported", [
    # a noun fronted in the pronoun's own clause is no antecedent of its subject: the pronoun takes up the sentence before
    ("Russia has long shielded Assad. At the United Nations it vetoed the draft on Syria.", True),
    ("Russia has long shielded Assad. Together with China it vetoed the draft on Syria.", True),
    # a noun in a clause below the pronoun's own still may be
    ("Russia has long shielded Assad. When the United Nations drafted a text, it vetoed the draft.", False),
])
def test_a_subject_pronoun_does_not_take_up_a_noun_of_its_own_clause(nlp, text, supported):
    assert ("support.diplomatic" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, pronoun, side", [
    # a singular pronoun passes over plural nouns between and takes up the singular person before them
    ("The Syrian leader left the city. Russian diplomats met the generals who had ousted him.", "him", "assad"),
    ("The Syrian leader left the city. Russian diplomats met the generals who had ousted his cousin.", "his", "assad"),
    # ... but a singular person subject between is the nearer antecedent: a person named, not on Assad's side
    ("The Syrian leader left the city. Yusuf Demir said Russian diplomats had met him.", "him", None),
    ("The Syrian leader left the city. Yusuf Demir said Russian diplomats had met his deputy.", "his", None),
    # a plural pronoun takes up a plural noun, not a singular person
    ("Syrian soldiers held the bridge. A Russian general praised their courage.", "their", "assad"),
    ("The Syrian leader held the bridge. A Russian general praised their courage.", "their", None),
    ("Assad held the bridge. A Russian general praised their courage.", "their", None),
    # a collective noun is taken up by 'it' and by 'they' (past a plural subject between)
    ("The Syrian army held the bridge. Russian generals praised its courage.", "its", "assad"),
    ("The Syrian army held the bridge. A Russian general praised their courage.", "their", "assad"),
    # 'it' takes up no person and no plural
    ("The Syrian leader held the bridge. Russian generals praised its courage.", "its", None),
    ("Syrian soldiers held the bridge. Russian generals praised its courage.", "its", None),
])
def test_a_pronoun_takes_up_only_an_antecedent_of_its_number(nlp, text, pronoun, side):
    scene, doc = _scene(nlp, text)
    assert scene.side_of(next(token for token in doc if token.lower_ == pronoun)) == side


ASSAD_FLEW = "Assad flew to Moscow on Sunday.\n\n"


@pytest.mark.parametrize("text, supported", [
    # an object pronoun with no antecedent in its paragraph takes up the person named before it
    (ASSAD_FLEW + "The Kremlin was silent for a day.\n\nRussia gave him a flat near the river.", True),
    # not a person of the other gender
    (ASSAD_FLEW + "The Kremlin was silent for a day.\n\nRussia gave her a flat near the river.", False),
    # nor one before the latest person named
    (ASSAD_FLEW + "Erdogan spoke to reporters in Ankara.\n\nRussia gave him a flat near the river.", False),
])
def test_an_object_pronoun_takes_up_the_person_named_before_its_paragraph(nlp, text, supported):
    assert bool(last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, members", [
    ("Ivan Petrov, a former Russian diplomat, met us in Vienna.", {"petrov"}),
    ("Russian diplomat Ivan Petrov met us in Vienna.", {"petrov"}),
    ("For years Ivan Petrov was one of Russia's envoys in Damascus.", {"petrov"}),
    ("Ivan Petrov, a member of the State Duma, met us in Vienna.", {"petrov"}),
    ("Ivan Petrov, a counsellor at the Russian embassy, met us in Vienna.", {"petrov"}),
    # no office of the Russian state: a scholar of it, a city's analyst, another state's envoy there or to it
    ("Ivan Petrov, an expert on Russia, met us in Vienna.", set()),
    ("Ivan Petrov, a Moscow analyst, met us in Vienna.", set()),
    ("Ivan Petrov, the British ambassador in Moscow, met us.", set()),
    ("Ivan Petrov, the British ambassador to Russia, met us.", set()),
])
def test_a_person_described_by_an_office_of_the_russian_state_is_a_member(nlp, text, members):
    scene, _ = _scene(nlp, text)
    assert set(scene.members) == members


@pytest.mark.parametrize("text, tied", [
    # the member's quotation, by name or by a pronoun, and the paragraph the member's label opens: 'we' is Russia
    ("Ivan Petrov, a former Russian diplomat, met us in Vienna.\n\n\"We saved the Syrian government,\" Petrov said.",
     True),
    ("Ivan Petrov, a former Russian diplomat, met us in Vienna.\n\n\"We saved the Syrian government,\" he said.", True),
    ("Ivan Petrov, a member of the State Duma, joined the panel.\n\nIvan Petrov: We saved the Syrian government.", True),
    # a speaker described otherwise
    ("Ivan Petrov, an expert on Russia, met us in Vienna.\n\n\"We saved the Syrian government,\" he said.", False),
    ("Ivan Petrov, an expert on Russia, joined the panel.\n\nIvan Petrov: We saved the Syrian government.", False),
])
def test_a_members_we_is_russia(nlp, text, tied):
    codes = last_sentence_codes(nlp, text)
    assert ("pronoun" in set(codes[codes.dimension == "support"].agent_link)) is tied



@pytest.mark.parametrize("body, lead", [
    # a crosshead over the first paragraph is passed over: the lead is the paragraph's last sentence
    ([["Background"], ["The ferry kept running.", "The port stayed open."]], 3),
    # the first paragraph itself, when it finishes a sentence
    ([["The ferry kept running."], ["Background"]], 1),
    # no block finishes a sentence: the first body block stands
    ([["Background"], ["Routes and fares"]], 1),
])
def test_the_opening_reads_the_first_paragraph_under_any_crosshead(body, lead):
    from analysis.extract.frames.agents import _opening
    from analysis.nlp.sentences import Sentence

    blocks = [("headline", ["Moscow keeps its port"])] + [("body", texts) for texts in body]
    rows = [(block_id, section, text) for block_id, (section, texts) in enumerate(blocks) for text in texts]
    sentences = [Sentence(sent_id, block_id, section, 0, len(text), text, len(text.split()), False)
                 for sent_id, (block_id, section, text) in enumerate(rows)]
    assert _opening(sentences) == (0, lead)


BODY = "\n\nRussia has flown sorties for the Syrian army since the autumn. The front is quiet this week."


def _headline_support(nlp, headline):
    from analysis.tables.build import analyse_text

    codes = analyse_text(headline + BODY, nlp=nlp)["codes"]
    return codes[(codes.sent_id == 0) & (codes.dimension == "support")]


@pytest.mark.parametrize("headline, supported", [
    # a singular supporter noun of no one's, in a headline the article's Russian follows
    ("The patron and the pilot", True),
    ("A backer distracted?", True),
    ("Winter on the coast: a protector at the port", True),
    # near misses: a plural, another supporter, a kind of relation, a sentence that names another actor
    ("Patrons and pilots", False),
    ("Another patron for the coast", False),
    ("Notes on patron–client relations", False),
    ("Tehran and the patron of the coast", False),
])
def test_a_supporter_noun_of_no_ones_takes_up_the_articles_russian(nlp, headline, supported):
    support = _headline_support(nlp, headline)
    assert (not support.empty) is supported
    if supported:
        assert set(support.agent_link) == {"article"}


@pytest.mark.parametrize("text, supported", [
    ("Moscow sent jets to help Damascus. A patron that pays is a patron that stays.", True),
    ("Moscow sent jets to help Damascus. The seminar on patron-client relations is full.", False),
])
def test_a_supporter_noun_joined_to_its_counterpart_names_a_kind_of_relation(nlp, text, supported):
    assert ("support.backing" in last_sentence_codes(nlp, text, "support")) is supported


@pytest.mark.parametrize("text, related", [
    ("They study patron–client relations.", True),
    ("They study client-patron ties.", True),
    ("They met a patron and a client.", False),
    ("They met a patron-saint of sailors.", False),
])
def test_two_relational_nouns_joined_by_a_dash_name_a_kind_of_relation(nlp, text, related):
    from analysis.extract.frames.agents import names_a_kind_of_relation

    doc = nlp(text)
    patron = next(token for token in doc if token.lower_ == "patron")
    assert names_a_kind_of_relation(doc[patron.i:patron.i + 1]) is related


@pytest.mark.parametrize("paragraph, supported", [
    # a body sentence before the article names any Russian takes up none named after it
    ("The patron is a figure of old Roman law, the historian explained at length.", False),
    # once the article has named its Russian, the role noun takes it up
    ("Russia flew jets for Assad. The patron and the pilot met at dawn.", True),
])
def test_a_supporter_noun_in_the_body_takes_up_only_a_russian_named_before_it(nlp, paragraph, supported):
    from analysis.tables.build import analyse_text

    text = ("Winter on the coast\n\nBy Jane Roe\n\nThe port is busy this winter, and the ferries run on time.\n\n"
            + paragraph + " Russia has flown sorties for the Syrian army since the autumn.")
    tables = analyse_text(text, nlp=nlp)
    sentences, codes = tables["sentences"], tables["codes"]
    patron = sentences[sentences.text.str.contains("patron")].sent_id.iloc[0]
    assert (not codes[(codes.sent_id == patron) & (codes.dimension == "support")].empty) is supported


@pytest.mark.parametrize("text, head, side", [
    # a phrase asked about again gets the same side
    ("Moscow flew jets over Idlib.", "Moscow", "Russia"),
    ("Officials in Ankara flew to Doha.", "Officials", None),
    # a phrase whose pronoun is taken up only while the scene is set up: its side is that of the pronoun's antecedent,
    # not the side it had before the pronoun was resolved
    ("Russia kept its word. The sailors of its navy stayed at the port.", "sailors", "Russia"),
])
def test_a_phrase_has_one_side_however_often_it_is_asked(nlp, text, head, side):
    scene, doc = _scene(nlp, text)
    token = next(token for token in doc if token.text == head)
    assert [scene.side_of(token) for _ in range(3)] == [side] * 3
    assert [scene._link_at(token.i) is not None for _ in range(2)] == [side == "Russia"] * 2


@pytest.mark.parametrize("first, second", [
    # with and without a direct object as the party, in either order: the two answers differ and each stays its own
    (False, True),
    (True, False),
])
def test_a_longer_cue_has_its_recipient_with_and_without_objects(nlp, first, second):
    scene, doc = _scene(nlp, "Moscow kept arming Assad.")
    cue = doc[1:3]  # 'kept arming'
    expected = {False: None, True: "assad"}
    assert [scene.recipient_side(cue, objects=objects) for objects in (first, second, first)] == [
        expected[first], expected[second], expected[first]]


@pytest.mark.parametrize("text, word, addressed", [
    # every verb of the writer's imperative is addressed to the reader, each cue asked in turn
    ("Support the families and help the refugees.", "Support", True),
    ("Support the families and help the refugees.", "help", True),
    # a sentence with a subject of its own is no imperative, whichever cue is asked
    ("The envoys support the families and help the refugees.", "support", False),
    ("The envoys support the families and help the refugees.", "help", False),
])
def test_each_cue_of_an_imperative_sentence_addresses_the_reader(nlp, text, word, addressed):
    scene, doc = _scene(nlp, text)
    sent_id = next(iter(scene.spans))
    cues = [doc[token.i:token.i + 1] for token in doc if token.is_alpha]
    cue = next(cue for cue in cues if cue.text == word)
    for other in cues:  # the other cues of the sentence asked first
        scene.addresses_the_reader(sent_id, other)
    assert [scene.addresses_the_reader(sent_id, cue) for _ in range(2)] == [addressed] * 2


@pytest.mark.parametrize("text, named", [
    # Assad's side is the article's topic from the sentence that names it on, not before
    ("The port was quiet. The ferries ran late. Assad's army held the hills. Moscow sent jets.",
     [False, False, True, True]),
    ("The port was quiet. The ferries ran late. The ships left at dawn.", [False, False, False]),
])
def test_assads_side_is_the_topic_from_the_sentence_that_names_it(nlp, text, named):
    scene, _ = _scene(nlp, text)
    body = [s for s in scene.spans if s not in scene.opening[:-1]]
    assert [scene.assad_side(s) for s in body] == named[-len(body):]
    assert [scene.assad_side(s) for s in reversed(body)] == named[-len(body):][::-1]


ENVOY = "Yusuf Demir, Russia's envoy, reached the camp at dawn. "


@pytest.mark.parametrize("text, pronoun, side", [
    # an object or oblique personal pronoun is free in its clause: it never takes up that clause's subject, nor the
    # subject its verb shares by coordination or control, and passes to the person before, Russia's envoy
    (ENVOY + "The Syrian president thanked him.", "him", "Russia"),
    (ENVOY + "The Syrian president promised him a seat.", "him", "Russia"),
    (ENVOY + "The Syrian president sat beside him.", "him", "Russia"),
    (ENVOY + "The Syrian president arrived and thanked him.", "him", "Russia"),
    (ENVOY + "The Syrian president wanted to thank him.", "him", "Russia"),
    # a subject of a clause above the pronoun's own is no local subject
    (ENVOY + "The Syrian president said the guards had thanked him.", "him", "assad"),
    # object control: the infinitive's understood subject is the object of the verb it hangs on, so the pronoun may
    # take up that verb's subject
    (ENVOY + "The Syrian president asked the guards to escort him.", "him", "assad"),
    ("Moscow warned Ankara not to shell it.", "it", "Russia"),
    ("The Kremlin urged Tehran to defend it at the talks.", "it", "Russia"),
    # a possessive may take up its own clause's subject
    (ENVOY + "The Syrian president thanked his guards.", "his", "assad"),
])
def test_an_object_pronoun_does_not_take_up_its_own_clauses_subject(nlp, text, pronoun, side):
    scene, doc = _scene(nlp, text)
    assert scene.side_of(next(token for token in doc if token.lower_ == pronoun)) == side
