"""How actors are named: premodifiers, appositions and stand-in descriptions."""

from __future__ import annotations

import pytest

from analysis.tables.build import analyse_text


def _labels(nlp, text):
    table = analyse_text(text, nlp=nlp)["labels"]
    return {row.label: row for row in table.itertuples()}


@pytest.mark.parametrize("text, label, actor, head, evaluative", [
    ("Syrian dictator Bashar al-Assad gave a rare interview.", "Syrian dictator Bashar al-Assad",
     "Bashar al-Assad", "dictator", True),
    ("Syria’s former president, Bashar Assad, now lives in Moscow.", "Syria’s former president", "Bashar al-Assad",
     "president", False),
    ("The Syrian leader traveled to Sochi.", "The Syrian leader", "Bashar al-Assad", "leader", False),
    ("Moscow cannot rein in its client.", "its client", "Bashar al-Assad", "client", False),
    ("Anti-government forces took the city.", "Anti-government forces", "rebels", "force", False),
    ("The US armed so-called “moderate” rebels.", "so-called “moderate” rebels", "rebels", "rebel", True),
    ("Assad flew north to meet Vladimir Putin, his closest ally.", "his closest ally",
     "Vladimir Putin", "ally", False),
    ("Tehran wants to keep Assad’s regime in power.", "Assad’s regime", "Syrian government", "regime", True),
    ("After the vote the regime lost its seat.", "the regime", "Syrian government", "regime", True),
])
def test_labels(nlp, text, label, actor, head, evaluative):
    found = _labels(nlp, text)[label]
    assert (found.actor, found.head, found.evaluative) == (actor, head, evaluative)


@pytest.mark.parametrize("text", ["Regime change was never the aim of the talks.",
                                  "A regime needs allies abroad, the minister wrote."])
def test_regime_in_general_names_no_actor(nlp, text):
    assert not any(row.head == "regime" for row in _labels(nlp, text).values())


def test_the_jihadist_group_resolves_to_the_last_armed_group(nlp):
    text = "Assad turned on ISIS, capturing the east from the jihadist group."
    assert _labels(nlp, text)["the jihadist group"].actor == "Islamic State"


def test_offsets_round_trip(corpus_tables, raw_texts):
    labels = corpus_tables["labels"]
    assert all(raw_texts[d][s:e] == t for d, s, e, t in zip(labels.doc_id, labels.start, labels.end, labels.label))


@pytest.fixture(scope="module")
def label_scores(corpus_tables):
    from analysis.evaluation.scores import read_gold, span_scores

    table = span_scores(corpus_tables["labels"], read_gold("labels.csv"), by="actor", groups=("Bashar al-Assad", "rebels"))
    print("\nlabels against data/gold/labels.csv (span match: overlap >= 0.5)\n" + table.to_string())
    return table


@pytest.mark.parametrize("actor", ["Bashar al-Assad", "rebels"])
def test_labels_match_the_gold(label_scores, actor):
    assert label_scores.loc[actor, "f1"] >= 0.8


def test_a_mention_outside_the_text_with_no_actor_is_skipped(nlp):
    """A mention with no actor is passed over before its tokens are looked up, so offsets past the end of the
    text (which find no tokens) yield no label and raise nothing."""
    from analysis.extract.naming import iter_labels
    from analysis.nlp.entities import EntityMention
    from analysis.nlp.sentences import Sentence

    text = "The ferry left the harbour at noon."
    doc = nlp(text)
    sentence = Sentence(0, 0, "body", 0, len(text), text, len(doc), False)
    stray = EntityMention(0, len(text) + 5, len(text) + 12, "Harbour", "ORG", None, None, None, None)
    assert [label for label in iter_labels(doc, [sentence], [stray]) if label.text == "Harbour"] == []


@pytest.mark.parametrize("modifiers, found", [
    ("the pro-regime", True),
    ("pro-regime", True),
    ("the anti-pro-regime", False),  # a hyphen before: part of another word
    ("the pro-regimes", False),  # a letter after
    ("pro-regime-backed", False),  # a hyphen after
    ("the state", True),
    ("the statesman’s", False),
])
def test_a_naming_rule_requires_its_words_whole(modifiers, found):
    from analysis.extract.naming import NamingRule

    rule = NamingRule("militia", "regime forces", frozenset({"pro-regime", "state"}))
    assert any(word.search(modifiers) for word in rule.required_words) is found


def test_words_of_a_range_are_those_of_its_tokens(nlp):
    from analysis.extract.naming import _words
    from analysis.nlp.arrays import ParseArrays

    doc = nlp("The so-called anti-government fighters’s self-styled leader spoke. The pro-Kremlin press agreed.")
    parse = ParseArrays(doc)
    for _ in range(2):  # the second time from the forms kept
        for start in range(len(doc) + 1):
            for end in range(start, min(len(doc), start + 4) + 1):
                expected = set()
                for token in doc[start:end]:
                    expected |= {token.lower_, token.lemma_.lower()}
                    expected |= {part for part in token.lower_.replace("’s", "").split("-") if part}
                assert _words(doc, start, end, parse=parse) == expected


def test_the_forms_kept_for_words_are_bounded(nlp):
    """The forms `_words` keeps across Docs are a bounded cache, not a table that grows with the corpus."""
    from analysis.extract.naming import _form_words, _words
    from analysis.nlp.arrays import ParseArrays

    doc = nlp("A well-known pro-Kremlin writer spoke.")
    _words(doc, 0, len(doc), parse=ParseArrays(doc))
    kept = _form_words.cache_info()
    assert kept.maxsize is not None and 0 < kept.currsize <= kept.maxsize


def test_labels_lie_on_their_offsets_and_descriptions_skip_places(nlp):
    from analysis.corpus.sections import raw_text, set_blocks
    from analysis.extract.naming import iter_labels
    from analysis.nlp.arrays import ParseArrays
    from analysis.nlp.entities import iter_entities
    from analysis.nlp.sentences import iter_sentences

    doc = nlp("Syrian dictator Bashar al-Assad met the Syrian leader’s envoy. Russian President Vladimir Putin, "
              "the Kremlin chief, agreed.")
    set_blocks(doc)
    sentences = list(iter_sentences(doc))
    entities = list(iter_entities(doc, sentences))
    labels = list(iter_labels(doc, sentences, entities, parse=ParseArrays(doc)))
    assert labels and all(raw_text(doc)[label.start:label.end] == label.label for label in labels)
    by_text = {label.label: label for label in labels}
    assert by_text["Syrian dictator Bashar al-Assad"].head == "dictator"
    # 'Russian' is an entity of its own (NORP): the description is 'President'
    assert by_text["Russian President Vladimir Putin"].head == "president"


@pytest.mark.parametrize("ents, expected", [
    (["O", "B-GPE", "B-PERSON", "I-PERSON", "O"], (0, 0)),  # a place before the name is no description
    (["O", "O", "B-PERSON", "I-PERSON", "O"], (0, 1)),
    (["O", "B-NORP", "B-PERSON", "I-PERSON", "O"], (0, 0)),
])
def test_premodified_name_on_a_hand_built_doc(ents, expected):
    import spacy
    from spacy.tokens import Doc

    from analysis.extract.naming import _premodified_name
    from analysis.nlp.arrays import ParseArrays

    words = ["envoy", "Varna", "Kari", "Nord", "spoke"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 4, 4],
              deps=["compound", "compound", "compound", "nsubj", "ROOT"], pos=["NOUN", "PROPN", "PROPN", "PROPN", "VERB"],
              ents=ents)
    assert _premodified_name(2, 4, parse=ParseArrays(doc)) == expected
