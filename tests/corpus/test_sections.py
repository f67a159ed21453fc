"""Blocks tile the text; rules and positions label sections; the seeds match the hand-made gold."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from analysis.corpus.registry import load_corpus
from analysis.errors import InputError
from analysis.corpus.sections import SECTIONS, iter_blocks, read_section_rules, split_blocks
from tests.conftest import GOLD_DIR, SEEDS_DIR


def _sections(text: str) -> list[tuple[str, str]]:
    return [(block.text, block.section) for block in iter_blocks(text)]


@pytest.mark.parametrize("text", [
    "One line",
    "Title\n\nFirst paragraph.\nSecond paragraph.\n\n\n  Indented.  \n",
    "\r\nWindows\r\n\r\nline endings\r\n",
    "A hard-wrapped paragraph that goes on\nand on across lines.\n\nNext.",
    "   \n\n",
])
def test_blocks_cover_the_text_and_only_whitespace_lies_between(text):
    spans = split_blocks(text)
    covered = 0
    for _, start, end, _ in spans:
        assert text[covered:start].strip() == ""
        assert text[start:end] == text[start:end].strip() != ""
        covered = end
    assert text[covered:].strip() == ""


def test_hard_wrapped_lines_join_but_sentence_lines_do_not():
    text = "The regime survived because Russia\nintervened in 2015.\nIran helped too."
    assert [text[s:e] for _, s, e, _ in split_blocks(text)] == [
        "The regime survived because Russia\nintervened in 2015.", "Iran helped too."]


@pytest.mark.parametrize("line, section", [
    ("Skip to main content", "boilerplate"),
    ("Advertisement", "boilerplate"),
    ("Share this article", "boilerplate"),
    ("Most viewed", "boilerplate"),
    ("© 2025 Guardian News & Media Limited", "boilerplate"),
    ("Sign up to our daily briefing", "boilerplate"),
    ("By Jane Smith, Middle East Correspondent", "byline"),
    ("By Jane Smith and John Doe in Kyiv", "byline"),
    ("by Jane Smith", "byline"),
    ("Published: 3 February 2025", "byline"),
    ("Translated by Nick Evans.", "byline"),
    ("Syrian rebels in Idlib. Photograph: Omar Haj Kadour/AFP via Getty Images", "caption"),
    ("Putin and Assad at Hmeimim (Image: Kremlin)", "caption"),
    ("Photograph: Reuters", "caption"),
])
def test_other_outlets_conventions(line, section):
    body = "Russia deployed jets to Syria in 2015, and the war turned. " * 5
    text = f"Assad's last stand\n\n{line}\n\n{body}\n\n{body}\n"
    assert dict(_sections(text))[line] == section


def test_headline_standfirst_and_body_by_position():
    text = ("Moscow’s long game in Syria\n\nRussia has spent a decade propping up Assad. It may not go on.\n\n"
            + "First paragraph of the article, which is long enough to be body prose and more. " * 3)
    assert [section for _, section in _sections(text)] == ["headline", "standfirst", "body"]


def test_tail_credits_references_and_numbered_comments():
    prose = "The war changed when Russia intervened, and Assad's forces advanced again. " * 4
    text = "\n\n".join([
        prose, prose,
        "Jane Smith is a senior fellow at the Institute.",
        "References",
        "Smith, Jane. 2020. Syria after the war. Press.",
        "Comments (2)",
        "1. I disagree with this article entirely, for reasons I set out below at length. " * 3,
        "    And a second paragraph of the same comment, indented like its first, goes on for a while." * 3,
        "2. Great piece.",
        "Leave a Reply",
    ])
    assert [section for _, section in _sections(text)] == [
        "body", "body", "byline", "references", "references", "boilerplate",
        "comment", "comment", "comment", "boilerplate"]


def test_repeated_caption_and_image_title():
    body = "Russia deployed jets to Syria in 2015, and the war turned. " * 5
    text = f"Rebels take Aleppo as Moscow watches\n\nRebels in Aleppo\n\nRebels stormed the city (Image: Getty)\n\n" \
           f"{body}\n\nCartoon by activists.\nCartoon by activists.\n\n{body}"
    assert [section for _, section in _sections(text)] == [
        "headline", "caption", "caption", "body", "caption", "caption", "body"]


def test_a_mid_article_advertisement_does_not_end_the_body():
    body = "Russia deployed jets to Syria in 2015, and the war turned. " * 5
    text = f"{body}\n\nAdvertisement\n\n{body}\n\nRelated Posts"
    assert [section for _, section in _sections(text)] == ["body", "boilerplate", "body", "boilerplate"]


def test_overrides_correct_a_block_by_line():
    text = "Headline\n\nA short first paragraph.\n\n" + "Body prose goes here at some length. " * 8
    blocks = list(iter_blocks(text, overrides={3: "body"}))
    assert blocks[1].section == "body"


def test_bad_rule_file_names_every_bad_row(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("section,pattern,max_chars,example,note\n"
                    "sidebar,^x$,10,,\nboilerplate,(unclosed,10,,\ncaption,^ok$,ten,,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_section_rules(path)
    problems = caught.value.problems
    assert len(problems) == 3
    assert "line 2: unknown section 'sidebar'" in problems[0]
    assert "line 3: invalid pattern" in problems[1]
    assert "line 4: max_chars 'ten'" in problems[2]


def _gold():
    with (GOLD_DIR / "sections.csv").open(encoding="utf-8", newline="") as handle:
        return {(row["doc_id"], int(row["line"])): row for row in csv.DictReader(handle)}


def test_seed_sections_match_the_gold(raw_texts):
    gold = _gold()
    titles = {document.doc_id: document.source.title for document in load_corpus(SEEDS_DIR)}
    predicted = {}
    for doc_id, text in raw_texts.items():
        for block in iter_blocks(text, title=titles[doc_id]):
            assert block.text.startswith(gold[(doc_id, block.line)]["first_words"].split()[0])
            predicted[(doc_id, block.line)] = block.section
    assert set(predicted) == set(gold), "every gold line is one block"
    hits, guessed, wanted = Counter(), Counter(), Counter()
    for key, row in gold.items():
        wanted[row["section"]] += 1
        guessed[predicted[key]] += 1
        hits[row["section"]] += predicted[key] == row["section"]
    print("\nsection       precision  recall  (n gold)")
    for section in SECTIONS:
        precision = hits[section] / guessed[section] if guessed[section] else float("nan")
        recall = hits[section] / wanted[section] if wanted[section] else float("nan")
        print(f"{section:12}  {precision:9.2f}  {recall:6.2f}  ({wanted[section]})")
    wrong = {key: (gold[key]["section"], predicted[key]) for key in gold if gold[key]["section"] != predicted[key]}
    assert not wrong
