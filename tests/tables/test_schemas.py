"""The schemas: the built tables pass, and a hand-made bad frame fails each kind of check."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import analysis.corpus

from analysis.errors import SchemaError
from analysis.tables.schemas import SCHEMAS, check_tables, data_dictionary_markdown, dtypes, table_problems


def _codes(**changes) -> pd.DataFrame:
    """A small codes table written for these tests, with `changes` replacing whole columns."""
    frame = pd.DataFrame({
        "doc_id": ["d1", "d1", "d2"], "sent_id": [0, 1, 0], "code": ["support.military", "limits.leverage", "support.military"],
        "dimension": ["support", "limits", "support"], "cue": ["jets", "pressure", "jets"],
        "start": [4, 30, 4], "end": [8, 38, 8], "agent": ["Russian", "Moscow", "Russian"],
        "agent_link": ["modifier", "sentence", "modifier"], "modifier": [None, None, None],
        "layer": [None, None, None], "layer_score": [None, None, None], "gate_code": [None, None, None],
        "gate_cue": [None, None, None], "gate_start": [None, None, None], "gate_end": [None, None, None],
    })
    return frame.assign(**changes).astype(dtypes("codes"))


def test_the_built_tables_pass(corpus_tables):
    check_tables(corpus_tables)


def test_a_good_hand_made_table_passes():
    assert table_problems(_codes(), "codes") == []


def test_a_value_outside_the_allowed_ones_is_named():
    problems = table_problems(_codes(dimension=["support", "mood", "support"]), "codes")
    assert problems == ["table 'codes': column 'dimension' holds 'mood', not one of support, limits"]


def test_a_repeated_key_is_named():
    problems = table_problems(_codes(doc_id=["d1", "d1", "d1"], start=[4, 30, 4], sent_id=[0, 1, 2]), "codes")
    assert problems == ["table 'codes': key (doc_id, code, start, end) repeats for ('d1', 'support.military', 4, 8)"]


def test_a_null_key_column_is_named():
    frame = _codes(code=["support.military", None, "support.military"])
    assert "table 'codes': key column 'code' is null in 1 row(s)" in table_problems(frame, "codes")


def test_a_wrong_dtype_is_named():
    frame = _codes().astype({"start": "float64"})
    assert table_problems(frame, "codes") == ["table 'codes': column 'start' has dtype float64, expected int64"]


def test_missing_or_reordered_columns_are_named():
    frame = _codes()
    assert "columns are" in table_problems(frame.drop(columns="cue"), "codes")[0]
    assert "expected ['doc_id', 'sent_id', 'code'" in table_problems(frame[frame.columns[::-1]], "codes")[0]


def test_check_tables_raises_with_every_problem():
    blocks = pd.DataFrame({"doc_id": ["d1"], "block_id": [0], "section": ["sidebar"], "start": [0], "end": [6],
                           "text": ["Teapot"], "reason": ["position:body"]}).astype(dtypes("blocks"))
    with pytest.raises(SchemaError) as caught:
        check_tables({"blocks": blocks, "codes": _codes(dimension=["mood", "limits", "tone"])})
    assert caught.value.problems == [
        "table 'blocks': column 'section' holds 'sidebar', not one of headline, standfirst, byline, caption, body, "
        "references, comment, boilerplate",
        "table 'codes': column 'dimension' holds 'mood', 'tone', not one of support, limits",
    ]


def test_the_data_dictionary_shows_keys_and_allowed_values():
    text = data_dictionary_markdown()
    assert "#### `quotations`\n\nKey: `doc_id`, `quote_id`." in text
    assert "`direct`, `partial`, `scare`, `title`, `indirect` |" in text


@pytest.mark.parametrize("framing_layer", ["off", "gated"])
def test_the_build_refuses_a_table_that_breaks_its_schema(nlp, monkeypatch, framing_layer):
    import analysis.tables.batches
    from analysis.extract.frames.coder import CodeHit
    from analysis.tables.build import analyse_text

    def moody(doc, sentences, entities, *, codebook, quotations=(), parse=None):
        yield CodeHit(sentences[0].sent_id, "mood.gloomy", "mood", doc[:1].text, 0, len(doc[:1].text), None, None, None)

    monkeypatch.setattr(analysis.tables.batches, "iter_code_hits", moody)
    with pytest.raises(SchemaError, match="table 'codes': column 'dimension' holds 'mood', not one of support, limits"):
        analyse_text("Grey clouds gathered over the harbour.", nlp=nlp, framing_layer=framing_layer)


def test_an_unknown_agent_link_is_named():
    problems = table_problems(_codes(agent_link=["modifier", "telepathy", "modifier"]), "codes")
    assert any("column 'agent_link' holds 'telepathy'" in problem for problem in problems)


@pytest.mark.parametrize("changes", [{}, {"dimension": ["support", "mood", "support"]},
                                     {"doc_id": ["d1", "d1", "d1"], "start": [4, 30, 4], "sent_id": [0, 1, 2]},
                                     {"code": ["support.military", None, "support.military"]},
                                     {"agent_link": ["modifier", None, "telepathy"]}])
def test_the_arrow_check_of_a_batch_agrees_with_check_tables(changes):
    from analysis.tables.stream import check_arrow, to_arrow

    frame = _codes(**changes)
    problems = table_problems(frame, "codes")
    if not problems:
        check_arrow({"codes": to_arrow(frame, "codes")})
        return
    with pytest.raises(SchemaError) as caught:
        check_arrow({"codes": to_arrow(frame, "codes")})
    assert caught.value.problems == problems


def test_every_layout_reason_the_section_rules_give_is_in_the_blocks_schema():
    """The `reason` column's description lists each `layout:<cue>`; a cue added to `corpus/` must be listed too."""
    described = next(column.meaning for column in SCHEMAS["blocks"].columns if column.name == "reason")
    listed = set(re.search(r"`layout:<cue>` \(([^)]*)\)", described).group(1).replace(" ", "").split(","))
    source = "".join(path.read_text(encoding="utf-8") for path in Path(analysis.corpus.__file__).parent.glob("*.py"))
    given = set(re.findall(r'"layout:([a-z-]+)"', source))
    assert given and given <= listed, sorted(given - listed)
