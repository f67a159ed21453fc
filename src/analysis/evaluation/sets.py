"""Evaluation sets: a folder of articles with its gold, read into one normalised form.

Two gold formats are read:
- an *unseen set* (`../shared/devset/`, `data/devown/`, `data/heldout/`): `sources.csv`, the `.txt` articles and
  three TSV files (`sections_gold.tsv`, `quotes_gold.tsv`, `frames_gold.tsv`) whose `find`
  column is a substring occurring once in its document (`\\n` stands for a newline);
- the *seed gold* in `data/gold/` (`sections.csv` by line, `quotations.csv` and
  `framing_validation.csv` by offsets), made by reading the seeds the rules were written from.

Either way the result is an `EvaluationSet`: where each gold item sits in the raw text (`offset`),
and what the reader decided there.
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from analysis.config import DEFAULT_SEEDS_DIR, PROJECT_ROOT
from analysis.corpus.registry import load_corpus
from analysis.corpus.sections import split_blocks
from analysis.errors import InputError
from analysis.evaluation.scores import GOLD_DIR, MARKED_KINDS, read_framing_validation, read_gold_quotations

DEVSET_DIR = PROJECT_ROOT.parent / "shared" / "devset"
DEVOWN_DIR = PROJECT_ROOT / "data" / "devown"
HELDOUT_DIR = PROJECT_ROOT / "data" / "heldout"
UNSEEN_GOLD_FILES = {"sections": "sections_gold.tsv", "quotations": "quotes_gold.tsv", "frames": "frames_gold.tsv"}
# A second, independent reading of a set's articles (`analysis.evaluation.agreement`), in the gold's formats.
SECOND_READING_FILES = {"sections": "sections.tsv", "quotations": "quotes.tsv", "frames": "frames.tsv"}
NO_SPEAKER, UNKNOWN = "-", "?"


@dataclass(frozen=True)
class EvaluationSet:
    """Articles with gold: `texts` by doc_id and three gold frames located by character offset `offset`.

    - `sections`: doc_id, offset, sections (a tuple of acceptable sections)
    - `quotations`: doc_id, offset, kind, speaker (a word of the speaker, `-` none, `?` cannot tell),
      speaker_name (the resolved name, seeds only)
    - `frames`: doc_id, offset, end (None when the gold unit is the sentence holding `offset`), support,
      limits (1, 0 or None when excluded); `exhaustive` says unlisted sentences count 0/0.
    """

    name: str
    folder: Path
    texts: dict[str, str]
    sections: pd.DataFrame
    quotations: pd.DataFrame
    frames: pd.DataFrame
    exhaustive: bool


def _binary(value: str) -> int | None:
    return None if value.strip() == UNKNOWN else int(value)


def _locate(texts: dict[str, str], path: Path, rows: list[dict]) -> tuple[list[tuple[dict, str, int]], list[str]]:
    located, problems = [], []
    for line_no, row in enumerate(rows, start=2):
        doc_id, find = row["doc"], row["find"].replace("\\n", "\n")
        text = texts.get(doc_id)
        if text is None:
            problems.append(f"{path.name} line {line_no}: unknown doc '{doc_id}'")
        elif text.count(find) != 1:
            problems.append(f"{path.name} line {line_no}: '{find[:40]}' occurs {text.count(find)} times in {doc_id}, not once")
        else:
            located.append((row, doc_id, text.index(find)))
    return located, problems


def read_unseen_set(folder: Path, *, name: str, gold_folder: Path | None = None,
                    gold_files: dict[str, str] = UNSEEN_GOLD_FILES) -> EvaluationSet:
    """Return an unseen set: the articles of `folder` with the gold files of `gold_folder` (by default `folder`).

    Raises InputError naming every gold row that cannot be located.
    """
    folder = Path(folder)
    texts = {document.doc_id: document.text for document in load_corpus(folder)}
    tables, problems = {}, []
    for key, file_name in gold_files.items():
        path = Path(gold_folder or folder) / file_name
        with path.open(encoding="utf-8", newline="") as handle:
            located, found = _locate(texts, path, list(csv.DictReader(handle, delimiter="\t")))
        problems += found
        tables[key] = located
    if problems:
        raise InputError(problems)
    sections = pd.DataFrame([{"doc_id": d, "offset": at, "sections": tuple(row["section"].split("|"))}
                             for row, d, at in tables["sections"]], columns=["doc_id", "offset", "sections"])
    quotations = pd.DataFrame([{"doc_id": d, "offset": at, "kind": row["kind"], "speaker": row["speaker"], "speaker_name": None}
                               for row, d, at in tables["quotations"]],
                              columns=["doc_id", "offset", "kind", "speaker", "speaker_name"])
    frames = pd.DataFrame([{"doc_id": d, "offset": at, "end": None, "support": _binary(row["support"]),
                            "limits": _binary(row["limits"])} for row, d, at in tables["frames"]],
                          columns=["doc_id", "offset", "end", "support", "limits"])
    return EvaluationSet(name, folder, texts, sections, quotations, frames, exhaustive=True)


def with_articles(evaluation: EvaluationSet, doc_ids: set[str]) -> EvaluationSet:
    """Return `evaluation` with only the articles `doc_ids`, their texts and their gold."""
    return replace(evaluation, texts={doc_id: text for doc_id, text in evaluation.texts.items() if doc_id in doc_ids},
                   **{name: frame[frame.doc_id.isin(doc_ids)].reset_index(drop=True)
                      for name in ("sections", "quotations", "frames") for frame in [getattr(evaluation, name)]})


def read_seed_set(seeds_dir: Path = DEFAULT_SEEDS_DIR, *, gold_dir: Path = GOLD_DIR) -> EvaluationSet:
    """Return the seeds with the seed gold of `gold_dir` (in-sample: the rules were written from these texts)."""
    texts = {document.doc_id: document.text for document in load_corpus(seeds_dir)}
    with (Path(gold_dir) / "sections.csv").open(encoding="utf-8", newline="") as handle:
        by_line = [(row["doc_id"], int(row["line"]), row["section"]) for row in csv.DictReader(handle)]
    block_start = {(doc_id, line): start for doc_id, text in texts.items() for line, start, _, _ in split_blocks(text)}
    sections = pd.DataFrame([{"doc_id": d, "offset": block_start[(d, line)], "sections": (section,)}
                             for d, line, section in by_line], columns=["doc_id", "offset", "sections"])
    gold_quotes = read_gold_quotations(Path(gold_dir) / "quotations.csv")
    gold_quotes = gold_quotes[gold_quotes.kind.isin(MARKED_KINDS)]
    quotations = pd.DataFrame({"doc_id": gold_quotes.doc_id, "offset": gold_quotes.start, "kind": gold_quotes.kind,
                               "speaker": gold_quotes.speaker.fillna(NO_SPEAKER),
                               "speaker_name": gold_quotes.speaker_name}).reset_index(drop=True)
    sheet = read_framing_validation(Path(gold_dir) / "framing_validation.csv")
    frames = pd.DataFrame({"doc_id": sheet.doc_id.astype(str), "offset": sheet.start, "end": sheet.end,
                           "support": sheet.support, "limits": sheet.limits})
    return EvaluationSet("seeds", Path(seeds_dir), texts, sections, quotations, frames, exhaustive=False)


def id_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Return the ranges of article numbers in `text` (`LO-HI` or a single number, comma-separated, e.g.
    `925-930`). Raises argparse.ArgumentTypeError for any other text."""
    ranges = []
    for part in text.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?", part)
        if not match or int(match.group(2) or match.group(1)) < int(match.group(1)):
            raise argparse.ArgumentTypeError(f"{text!r}: not a list of article number ranges such as 925-930")
        ranges.append((int(match.group(1)), int(match.group(2) or match.group(1))))
    return tuple(ranges)


def in_ranges(doc_id: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    """Return whether the article number that `doc_id` starts with lies in one of `ranges`."""
    number = re.match(r"\d+", doc_id)
    return number is not None and any(first <= int(number.group()) <= last for first, last in ranges)
