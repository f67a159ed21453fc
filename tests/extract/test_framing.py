"""The framing coder: codebook validation, cues in context, negation, and agreement with hand coding."""

from __future__ import annotations

import pytest

from analysis.tables.build import analyse_text
from analysis.errors import InputError
from analysis.evaluation.scores import framing_agreement, read_framing_validation
from analysis.extract.framing import CODEBOOK_FILE, codebook_table, read_codebook, with_cue


def _codes(nlp, text):
    return analyse_text(text, nlp=nlp)["codes"]


@pytest.mark.parametrize("text, code", [
    ("Russia sent troops and bombers to save Assad.", "support.military"),
    ("The Kremlin granted Assad asylum in Moscow.", "support.refuge"),
    ("Moscow shielded the regime with its veto at the Security Council.", "support.diplomatic"),
    ("For Putin, Assad remained a loyal ally.", "support.motive_ally"),
    ("Moscow finally abandoned Assad.", "limits.abandonment"),
    ("Russia pulled out its forces and left the regime to its fate.", "limits.abandonment"),
    ("The war in Ukraine left Russia overstretched.", "limits.capacity"),
    ("Damascus rebuffed Russian efforts to start talks.", "limits.leverage"),
    ("Russia never put serious pressure on Assad.", "limits.leverage"),
])
def test_cues_fire_in_context(nlp, text, code):
    assert code in set(_codes(nlp, text).code)


@pytest.mark.parametrize("text", [
    "Iran sent troops and bombers to save Assad.",
    "The weather in Sochi was mild.",
    "Moscow did not abandon Assad.",
])
def test_no_code_without_its_context_or_when_negated(nlp, text):
    codes = _codes(nlp, text)
    assert "support.military" not in set(codes.code) and "limits.abandonment" not in set(codes.code)


def test_a_back_reference_borrows_the_previous_sentence_context(nlp):
    with_reference = _codes(nlp, "Russia watched the war closely. It sent bombers to Syria.")
    without = _codes(nlp, "Russia watched the war closely. Bombers flew over Syria.")
    assert "support.military" in set(with_reference[with_reference.sent_id == 1].code)
    assert "support.military" not in set(without[without.sent_id == 1].code)


def test_cue_offsets_point_at_the_cue(nlp):
    text = "Russia sent troops to save Assad."
    codes = _codes(nlp, text)
    assert all(text[row.start:row.end] == row.cue for row in codes.itertuples())
    assert "troops" in set(codes.cue)


def test_only_article_text_is_coded(corpus_tables):
    coded = corpus_tables["codes"].merge(corpus_tables["sentences"], on=["doc_id", "sent_id"])
    assert set(coded.section) <= {"headline", "standfirst", "body"}


def test_codebook_has_both_dimensions_documented():
    table = codebook_table()
    assert {"support", "limits"} <= set(table.dimension)
    assert table.code.is_unique and table.definition.str.len().gt(10).all()


def test_bad_codebook_names_each_bad_entry(nlp, tmp_path):
    path = tmp_path / "codebook.toml"
    path.write_text('''
[[code]]
id = "support.military"
dimension = "support"
definition = "Military means."
cues = ["troop"]
colour = "red"

[[code]]
id = "support.military"
dimension = "support"
definition = "Duplicate."
cues = ["bomber"]

[[code]]
id = "limits.bad_pattern"
dimension = "limits"
definition = "An invalid pattern."
patterns = [[{LEMA = "abandon"}]]
requires = ["iran"]

[[code]]
id = "limits.empty"
dimension = "limits"
definition = "No cues at all."

[[code]]
id = "mood.gloomy"
dimension = "mood"
definition = "A dimension the tables do not allow."
cues = ["gloom"]
''', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_codebook(path, nlp=nlp)
    text = "\n".join(caught.value.problems)
    assert "codebook.toml code 1 ('support.military'): unknown field(s) colour" in text
    assert "codebook.toml code 2 ('support.military'): duplicate id" in text
    assert "code 3 ('limits.bad_pattern'): requires must be among" in text
    assert "code 3 ('limits.bad_pattern'): invalid pattern" in text
    assert "code 4 ('limits.empty'): needs at least one cue or pattern" in text
    assert "code 5 ('mood.gloomy'): dimension must be one of support, limits, not 'mood'" in text


def test_bad_codebook_stops_the_build_with_status_2(monkeypatch, tmp_path, capsys):
    import analysis.extract.framing
    from analysis.__main__ import main
    from tests.conftest import SEEDS_DIR

    bad = tmp_path / "codebook.toml"
    bad.write_text('[[code]]\nid = "x"\ndimension = "support"\ndefinition = "d"\ncues = ["aid"]\nweight = 2\n', encoding="utf-8")
    monkeypatch.setattr(analysis.extract.framing, "CODEBOOK_FILE", bad)
    out = tmp_path / "out"
    assert main(["build", "--seeds", str(SEEDS_DIR), "--out", str(out), "--quiet"]) == 2
    assert "codebook.toml code 1 ('x'): unknown field(s) weight" in capsys.readouterr().err
    assert not out.exists()


@pytest.fixture(scope="module")
def agreement(corpus_tables):
    table = framing_agreement(corpus_tables["codes"], read_framing_validation())
    print("\nframing coder against data/gold/framing_validation.csv\n" + table.to_string())
    return table


@pytest.mark.parametrize("dimension", ["support", "limits"])
def test_coder_agrees_with_hand_coding(agreement, dimension):
    assert agreement.loc[dimension, "f1"] >= 0.8


def test_validation_sheet_offsets_round_trip(raw_texts):
    sheet = read_framing_validation()
    assert all(raw_texts[d][s:e] == t for d, s, e, t in zip(sheet.doc_id, sheet.start, sheet.end, sheet.text))


def test_with_cue_adds_a_cue_in_memory_and_leaves_the_file_alone(nlp):
    before = CODEBOOK_FILE.read_bytes()
    codebook = with_cue(read_codebook(nlp=nlp), "support.military", "Target")
    assert codebook.codes["support.military"].cues[-1] == "target"
    assert CODEBOOK_FILE.read_bytes() == before
    doc = nlp("Moscow targeted the rebels fighting Assad.")
    assert [span.text for span in codebook.matcher(doc)] == ["targeted"]


def test_with_cue_names_every_problem(nlp):
    with pytest.raises(InputError) as error:
        with_cue(read_codebook(nlp=nlp), "support.imaginary", "  ")
    assert len(error.value.problems) == 2
