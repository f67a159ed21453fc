"""The codebook read and checked once for the text its file holds (`checked_codes`), compiled per pipeline."""

from __future__ import annotations

import pytest
import spacy

from analysis.errors import InputError
from analysis.extract import framing
from analysis.extract.framing import CODEBOOK_FILE, Codebook, checked_codes, read_codebook


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _without_parsing(monkeypatch):
    """Make any parse of a codebook's TOML fail, so that a call that returns did not parse."""
    def refuse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(framing, "parse_resource_toml", refuse)
    monkeypatch.setattr(framing, "read_resource_toml", refuse)


def test_the_codes_are_those_the_codebook_compiles(nlp, vocab):
    codes = checked_codes(vocab=vocab)
    codebook = read_codebook(nlp=nlp)
    assert isinstance(codebook, Codebook) and list(codebook.codes.values()) == list(codes)
    assert {code.dimension for code in codes} == {"support", "limits"}


def test_the_same_text_is_not_parsed_or_checked_again(vocab, tmp_path, monkeypatch):
    path = tmp_path / "codebook.toml"
    path.write_text(CODEBOOK_FILE.read_text(encoding="utf-8") + "\n# a text not checked before\n", encoding="utf-8")
    codes = checked_codes(path, vocab=vocab)
    assert checked_codes(path, vocab=vocab) is codes
    codes = checked_codes(vocab=vocab)
    _without_parsing(monkeypatch)
    assert checked_codes(CODEBOOK_FILE, vocab=spacy.blank("en").vocab) is codes


def test_a_compiled_codebook_leaves_its_codes_as_they_were(nlp, vocab):
    codes = checked_codes(vocab=vocab)
    patterns = repr([code.patterns for code in codes])
    read_codebook(nlp=nlp)
    read_codebook(nlp=nlp)
    assert repr([code.patterns for code in checked_codes(vocab=vocab)]) == patterns


def test_an_edited_file_is_checked_again(vocab, tmp_path, monkeypatch):
    path = tmp_path / "codebook.toml"
    text = CODEBOOK_FILE.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    codes = checked_codes(path, vocab=vocab)
    path.write_text(text + '\n[[code]]\nid = "limits.extra"\ndimension = "limits"\ndefinition = "An invented code."\n'
                    'cues = ["zorble"]\n', encoding="utf-8")
    assert [code.id for code in checked_codes(path, vocab=vocab)] == [*(code.id for code in codes), "limits.extra"]
    path.write_text(text.replace('dimension = "limits"', 'dimension = "mood"', 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        checked_codes(path, vocab=vocab)
    assert any("dimension must be one of" in problem for problem in caught.value.problems)
    with pytest.raises(InputError):  # a text that failed is checked again, not taken for the last good one
        checked_codes(path, vocab=vocab)
    path.write_text(text, encoding="utf-8")
    _without_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed again"):  # the last text checked was the edited one
        checked_codes(path, vocab=vocab)


@pytest.mark.parametrize("content, problem", [
    (None, "codebook.toml: file not found"),
    (b"\xff[[code]]\n", "codebook.toml: not valid UTF-8 at byte 0"),
    (b"[[code]\n", "codebook.toml: not valid TOML"),
])
def test_an_unreadable_file_is_named_as_before(vocab, nlp, tmp_path, content, problem):
    path = tmp_path / "codebook.toml"
    if content is not None:
        path.write_bytes(content)
    for read in (lambda: checked_codes(path, vocab=vocab), lambda: read_codebook(path, nlp=nlp)):
        with pytest.raises(InputError) as caught:
            read()
        assert len(caught.value.problems) == 1 and caught.value.problems[0].startswith(problem)
