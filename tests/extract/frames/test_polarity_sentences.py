"""The modifiers of a cue are the same whether its sentence comes from `Span.sent` or from the scene's parse."""

from __future__ import annotations

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
