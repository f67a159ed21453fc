"""The modifiers of a cue are the same whether its sentence comes from `Span.sent` or from the scene's parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.extract.frames.agents import _ParseSentences
from analysis.extract.frames.polarity import Polarity, default_modifiers
from analysis.nlp.arrays import ParseArrays

TEXT = ("Russia did not send more jets. Moscow sent only a few bombers, and it never stopped the airstrikes. "
        "Its new promises were no better than the old airstrikes.")


def test_modifiers_of_every_cue_with_the_parse_sentences(nlp):
    doc = nlp(TEXT)
    lexicon = default_modifiers(nlp.vocab, nlp.make_doc)
    parse = ParseArrays(doc)
    plain = Polarity(doc, lexicon, parse=parse)
    on_parse = Polarity(doc, lexicon, parse=parse, sentence_of=_ParseSentences(doc, parse).of)
    cues = [doc[i:i + length] for length in (1, 2) for i in range(len(doc) - length + 1)]
    found = [plain.modifiers_of(cue) for cue in cues]
    assert [on_parse.modifiers_of(cue) for cue in cues] == found
    assert any(found)  # 'not', 'only', 'never', 'no better' bear on some of them


# Two sentences with no token between them: the first ends on 'not', the second opens with 'Only', so the lexicon's
# 'not only' matches across the boundary; the second sentence holds a 'not only' of its own.
WORDS = ["Moscow", "did", "not", "Only", "jets", "came", "and", "not", "only", "once"]
HEADS = [1, 1, 1, 4, 5, 5, 5, 8, 9, 5]
DEPS = ["nsubj", "ROOT", "neg", "advmod", "nsubj", "ROOT", "cc", "neg", "advmod", "advmod"]


@pytest.mark.parametrize("on_parse", [False, True])
def test_phrases_of_a_sentence_leave_out_a_phrase_across_its_boundary(nlp, on_parse):
    doc = Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS)
    parse = ParseArrays(doc)
    polarity = Polarity(doc, default_modifiers(nlp.vocab, nlp.make_doc), parse=parse,
                        sentence_of=_ParseSentences(doc, parse).of if on_parse else None)
    first, second = doc.sents
    assert (first.start, first.end, second.end) == (0, 3, len(doc))
    # each sentence keeps its own phrases, longest first where they overlap inside it: the 'not Only' across the
    # boundary shades neither the first sentence's 'not' nor the second's 'Only'
    assert [(phrase.text, phrase.start, phrase.root) for phrase in polarity.phrases(second)] == [
        ("Only", 3, 3), ("not only", 7, 8)]
    assert [(phrase.text, phrase.start, phrase.root) for phrase in polarity.phrases(first)] == [("not", 2, 2)]
    assert [modifier.text for modifier in polarity.modifiers_of(doc[1:2])] == ["not"]
