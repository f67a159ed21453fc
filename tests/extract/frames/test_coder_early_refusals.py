"""The coder's cheap refusals come first: finders run only where their trigger words are, a limit's refusals that need
no agent come before the tie, a support's statement is read only where a modifier leaves it standing, and a sentence
with no negation phrase asks no cue's climbs for a negation. Same answers as before; on invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span, Token

from analysis.extract.frames import agents, coder, polarity as polarity_module
from analysis.extract.frames.agents import _ParseSentences
from analysis.extract.frames.polarity import NEGATION, Polarity, default_modifiers
from analysis.extract.frames.refuge import DWELLING_LEMMA_IDS, VERB_LEMMA_IDS
from analysis.nlp.arrays import ParseArrays

CONTEXT = "The Syrian army was falling back near Hama. "


def _hits(nlp, text):
    from analysis.corpus.sections import set_blocks
    from analysis.extract.framing import read_codebook
    from analysis.tables.batches import units

    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    return list(coder.iter_code_hits(doc, sentences, entities, codebook=read_codebook(nlp=nlp)))


def _recording(monkeypatch, owner, name, calls):
    """Replace `owner.name` by a wrapper that records the text of the first Span or Token it is given."""
    original = getattr(owner, name)

    def wrapped(*args, **kwargs):
        calls.append(next(arg.text for arg in args if isinstance(arg, (Span, Token))))
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapped)


def test_the_refuge_triggers_are_both_paths_lemmas():
    assert coder.REFUGE_TRIGGERS == VERB_LEMMA_IDS | DWELLING_LEMMA_IDS


@pytest.mark.parametrize("name", ["refuge_cues", "receipt_cues", "brokered_surrenders"])
def test_a_finder_does_not_run_on_a_sentence_without_its_trigger(nlp, monkeypatch, name):
    calls: list[str] = []
    _recording(monkeypatch, coder, name, calls)
    _hits(nlp, CONTEXT + "The harbour was quiet on Sunday.")
    assert calls == []


@pytest.mark.parametrize("name, sentence, code", [
    ("refuge_cues", "Assad fled to Moscow with his family.", "support.refuge"),
    ("refuge_cues", "Assad lost the war. His villa in Russia has a guard.", "support.refuge"),  # a dwelling
    ("receipt_cues", "Damascus will get Russian radars next year.", "support.service"),
    ("brokered_surrenders", "Two Russian majors negotiated a surrender of both hamlets.", "support.diplomatic"),
])
def test_a_finder_runs_and_codes_on_a_sentence_with_its_trigger(nlp, monkeypatch, name, sentence, code):
    calls: list[str] = []
    _recording(monkeypatch, coder, name, calls)
    hits = _hits(nlp, CONTEXT + sentence)
    assert calls and all(sentence.endswith(text) for text in calls)
    assert code in {hit.code for hit in hits}


def test_a_limit_whose_subject_names_no_russian_is_refused_before_the_tie(nlp, monkeypatch):
    calls: list[str] = []
    _recording(monkeypatch, agents.Scene, "tie", calls)
    hits = _hits(nlp, CONTEXT + "The villagers never sent their sons to the front.")
    assert "limits.reluctance" not in {hit.code for hit in hits}
    assert "never sent" not in calls


def test_a_limit_of_a_russian_subject_is_still_tied_and_coded(nlp, monkeypatch):
    calls: list[str] = []
    _recording(monkeypatch, agents.Scene, "tie", calls)
    hits = _hits(nlp, CONTEXT + "Moscow had never sent its newest jets.")
    assert "limits.reluctance" in {hit.code for hit in hits}
    assert "had never sent" in calls


def test_a_weary_bearer_of_no_russian_is_refused_before_the_tie(nlp, monkeypatch):
    calls: list[str] = []
    _recording(monkeypatch, agents.Scene, "tie", calls)
    _recording(monkeypatch, coder, "_weary_of_no_russian", weary := [])
    hits = _hits(nlp, CONTEXT + "The villagers were tired of the war.")
    assert "tired of" in weary and "tired of" not in calls
    assert not [hit for hit in hits if hit.cue == "tired of"]


def test_a_turned_support_cue_is_not_read_for_its_statement(nlp, monkeypatch):
    """'did not send jets': the negation turns the support, so whether it is withheld is not asked; 'sent jets' is."""
    calls: list[str] = []
    _recording(monkeypatch, coder, "withheld", calls)
    _hits(nlp, CONTEXT + "Moscow did not send jets to Damascus.")
    turned = list(calls)
    calls.clear()
    _hits(nlp, CONTEXT + "Moscow sent jets to Damascus.")
    assert "jets" not in turned and "jets" in calls


TEXTS = [
    "Moscow did not abandon Assad. Russian jets never left the base, and no withdrawal came.",
    "What the Kremlin will not do is abandon him. Russian troops stayed in Latakia.",
    "Russian jets struck rebel positions near Idlib. Moscow sent more advisers to Damascus.",
]


def _cues(doc: Doc) -> list[Span]:
    return [doc[i:i + length] for length in (1, 2) for i in range(len(doc) - length + 1)]


@pytest.mark.parametrize("text", TEXTS)
def test_is_negated_answers_as_the_modifiers_do(nlp, text):
    doc = nlp(text)
    parse = ParseArrays(doc)
    polarity = Polarity(doc, default_modifiers(nlp.vocab, nlp.make_doc), parse=parse,
                        sentence_of=_ParseSentences(doc, parse).of)
    answers = [polarity.is_negated(cue) for cue in _cues(doc)]
    assert answers == [any(m.cls == NEGATION for m in polarity.modifiers_of(cue)) for cue in _cues(doc)]
    assert any(answers) == (text != TEXTS[-1])


def test_is_negated_asks_no_climb_in_a_sentence_without_a_negation(nlp, monkeypatch):
    doc = nlp(TEXTS[-1])
    parse = ParseArrays(doc)
    polarity = Polarity(doc, default_modifiers(nlp.vocab, nlp.make_doc), parse=parse,
                        sentence_of=_ParseSentences(doc, parse).of)
    calls: list[str] = []
    _recording(monkeypatch, polarity_module.Polarity, "modifiers_of", calls)
    assert not any(polarity.is_negated(cue) for cue in _cues(doc))
    assert calls == []
