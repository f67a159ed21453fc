"""An editor's page mark between paragraphs, on invented pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks
from tests.corpus.conftest import PROSE, TITLE

HEADER = [TITLE, "By Jane Roe", "4 March 2014"]


def _reasons(*blocks: str) -> dict[str, tuple[str, str]]:
    text = "\n\n".join(blocks) + "\n"
    found = {block.text: (block.section, block.reason) for block in iter_blocks(text, title=TITLE)}
    assert list(found) == list(dict.fromkeys(blocks))
    return found


@pytest.mark.parametrize("mark", ["[p. 2]", "[p.3]", "[Page 14]", "[page 7]"])
def test_an_editor_s_page_mark_between_paragraphs_is_boilerplate(mark):
    sections = _reasons(*HEADER, PROSE[0], mark, PROSE[1], PROSE[2])
    assert sections[mark] == ("boilerplate", "layout:page-number")
    assert [sections[paragraph][0] for paragraph in PROSE] == ["body"] * 3


@pytest.mark.parametrize("mark", [
    "[pp. 3-4]", "[pp. 3–4]", "[pp.12-13]",  # a spread of two pages, with a hyphen or an en dash
    "[page 2 of 5]", "[Page 1 of 3]",  # a page and the count
    "[p 2]", "[P 7]",  # no full stop
    "[PAGE 2]",  # capitals: in brackets an editor's mark, not a script's page heading ("PAGE 2")
])
def test_an_editor_s_page_mark_with_a_range_a_count_no_full_stop_or_capitals_is_boilerplate(mark):
    sections = _reasons(*HEADER, PROSE[0], mark, PROSE[1], PROSE[2])
    assert sections[mark] == ("boilerplate", "layout:page-number")
    assert [sections[paragraph][0] for paragraph in PROSE] == ["body"] * 3


@pytest.mark.parametrize("line", [
    "See page 2.",  # a one-sentence paragraph that names a page
    "Page two of the letter was never found.",
    "“Turn to page 2,” she said.",  # a short quote
    "Was there a page 3?",  # a short question
    "[2]",  # a bare number in brackets is a note's mark, no page's
    "[p. 2 missing]",  # a note on the page, not its mark
    "[pp. 3-4 torn]",
    "[Page 3: photograph of the harbour wall]",  # an editor's note on what the page holds
    "[page 2 of the draft]",
    "[p. 2-]",
    "As the clerk's note [p. 2] shows, the ferry ran late.",  # a mark inside a sentence
    "“The old rota is unworkable” [pp. 3-4].",  # a citation after a quote
])
@pytest.mark.parametrize("last", [False, True])
def test_short_lines_that_name_a_page_are_no_page_mark(line, last):
    blocks = [*HEADER, *PROSE, line] if last else [*HEADER, PROSE[0], line, PROSE[1], PROSE[2]]
    assert _reasons(*blocks)[line][1] != "layout:page-number"


def test_a_short_last_paragraph_after_a_page_mark_stays_body():
    sections = _reasons(*HEADER, PROSE[0], "[p. 2]", PROSE[1], "The crossing reopens on Monday.")
    assert sections["The crossing reopens on Monday."][0] == "body"


@pytest.mark.xfail(reason="a guide's stop number alone between paragraphs ('Stop 12') has the shape of a numbered "
                          "crosshead ('Part 2'), which is body: no general cue tells them apart", strict=True)
def test_an_audio_guide_s_stop_number_between_paragraphs_is_furniture():
    stops = ["Audio stop 12", "Audio stop 13"]
    sections = _reasons(*HEADER, PROSE[0], stops[0], PROSE[1], stops[1], PROSE[2])
    assert all(sections[stop][0] != "body" for stop in stops)
