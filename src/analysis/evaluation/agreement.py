"""How far two careful readers agree: the ceiling for the suite's unseen figures.

Usage: `python -m analysis.evaluation.agreement [--cache DIR] [--framing-layer off|gated]` (`make agreement`). For each set with a
second reading (an independent annotation of some of its articles, made without seeing the gold or
the code; see `data/second_reading/README.md`), it prints three columns per headline measure, on the same
articles: the second reader against the gold, the suite against the gold, and the suite against
the second reader. The measures are those of `make evaluate`, with one reader in the place of the
suite:
- section accuracy: the gold blocks where the second reader's first choice is a section the gold accepts
  (the suite gives one section per block, so it is scored the same way);
- quotation F1: quotes opening at the same word (within `MARK_SLACK` characters); speaker and kind
  agreement over the matched quotes where the gold can tell the speaker;
- support and limits F1 over the same sentence units as `make evaluate`, a second reader's `?`
  counting as not coded; Cohen's kappa beside them, over the units neither reader excluded.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pandas as pd

from analysis.config import DEFAULT_CACHE_DIR, PROJECT_ROOT
from analysis.errors import InputError, OneLineArgumentParser
from analysis.evaluation.measures import MARK_SLACK, Measure, f1_from_counts, framing_units
from analysis.evaluation.report import analyse_set, score_set
from analysis.evaluation.scores import coder_labels, cohen_kappa
from analysis.evaluation.sets import (DEVOWN_DIR, DEVSET_DIR, HELDOUT_DIR, SECOND_READING_FILES, UNKNOWN,
                                      EvaluationSet, read_unseen_set, with_articles)
from analysis.extract.frames.layer_model import default_framing_layer
from analysis.extract.vocabulary import DEFAULT_FRAMING_LAYER, FRAMING_LAYERS, LAYER_OFF
from analysis.tables.schemas import counted_codes

logger = logging.getLogger(__name__)
# Each set: its articles and gold, and the folder of its second reading.
SECOND_READINGS = {
    "devset": (DEVSET_DIR, PROJECT_ROOT / "data" / "second_reading" / "devset"),
    "development": (DEVOWN_DIR, DEVOWN_DIR / "second_reading"),
    "held-out": (HELDOUT_DIR, HELDOUT_DIR / "second_reading"),
}
MEASURES = ("section accuracy", "quotation F1", "speaker accuracy", "kind accuracy", "support F1", "support kappa",
            "limits F1", "limits kappa")
COLUMNS = ("second reader vs gold", "suite vs gold", "suite vs second reader")


def read_second_reading(folder: Path, second_folder: Path, *, name: str) -> tuple[EvaluationSet, EvaluationSet]:
    """Return the gold and the second reading of a set, both limited to the articles the second reader read.

    Raises InputError naming every row of either that cannot be located.
    """
    second = read_unseen_set(folder, name=f"{name}: second reading", gold_folder=second_folder,
                             gold_files=SECOND_READING_FILES)
    read = set(second.sections.doc_id) | set(second.quotations.doc_id) | set(second.frames.doc_id)
    return with_articles(read_unseen_set(folder, name=name), read), with_articles(second, read)


def section_agreement(first: EvaluationSet, second: EvaluationSet) -> Measure:
    """Return the share of `first`'s blocks where `second`'s first choice for the same block is one `first` accepts."""
    theirs = {(row.doc_id, row.offset): row.sections[0] for row in second.sections.itertuples()}
    agreed = [theirs.get((row.doc_id, row.offset)) in row.sections for row in first.sections.itertuples()]
    return Measure(sum(agreed) / len(agreed) if agreed else float("nan"), len(agreed))


def _same_speaker(first: str, second: str) -> bool:
    return first.strip().lower() == second.strip().lower()


def quotation_agreement(first: EvaluationSet, second: EvaluationSet) -> dict[str, Measure]:
    """Return quotation F1 of the two readers (n: `first`'s quotes), and speaker and kind agreement on the matched ones."""
    candidates = sorted((abs(a.offset - b.offset), i, j)
                        for i, a in first.quotations.iterrows() for j, b in second.quotations.iterrows()
                        if a.doc_id == b.doc_id and abs(a.offset - b.offset) <= MARK_SLACK)
    used_first, used_second, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_first and j not in used_second:
            used_first.add(i)
            used_second.add(j)
            pairs.append((first.quotations.loc[i], second.quotations.loc[j]))
    n_first, n_second = len(first.quotations), len(second.quotations)
    speakers = [_same_speaker(a.speaker, b.speaker) for a, b in pairs if a.speaker != UNKNOWN]
    kinds = [a.kind == b.kind for a, b in pairs]
    return {"quotation F1": Measure(f1_from_counts(len(pairs), n_second, n_first), n_first),
            "speaker accuracy": Measure(sum(speakers) / len(speakers) if speakers else float("nan"), len(speakers)),
            "kind accuracy": Measure(sum(kinds) / len(kinds) if kinds else float("nan"), len(kinds))}


def framing_agreement(first: EvaluationSet, second: EvaluationSet, sentences: pd.DataFrame) -> dict[str, Measure]:
    """Return support and limits F1 of `second` against `first` (n: `first`'s positives) and Cohen's kappa
    (n: units neither reader excluded), over the sentence units `make evaluate` scores."""
    ours, theirs = framing_units(first, sentences), framing_units(second, sentences)
    units = ours.merge(theirs, on=["doc_id", "start", "end"], how="left", suffixes=("", "_second"))
    measures = {}
    for dimension in ("support", "limits"):
        scored = units[units[dimension].notna()]
        gold, other = scored[dimension].astype(int), scored[f"{dimension}_second"].fillna(0).astype(int)
        both = scored[scored[f"{dimension}_second"].notna()]
        matched, n_gold = int(((gold == 1) & (other == 1)).sum()), int(gold.sum())
        measures[f"{dimension} F1"] = Measure(f1_from_counts(matched, int(other.sum()), n_gold), n_gold)
        measures[f"{dimension} kappa"] = Measure(cohen_kappa(both[dimension].astype(int),
                                                             both[f"{dimension}_second"].astype(int)), len(both))
    return measures


def suite_kappa(evaluation: EvaluationSet, sentences: pd.DataFrame, codes: pd.DataFrame) -> dict[str, Measure]:
    """Return Cohen's kappa of the framing coder against `evaluation`'s reader (n: units the reader did not exclude)."""
    units = framing_units(evaluation, sentences)
    measures = {}
    for dimension in ("support", "limits"):
        scored = units[units[dimension].notna()]
        coder = coder_labels(counted_codes(codes), scored, dimension=dimension)
        measures[f"{dimension} kappa"] = Measure(cohen_kappa(scored[dimension].astype(int), coder), len(scored))
    return measures


def agreement_scores(first: EvaluationSet, second: EvaluationSet, tables: dict[str, pd.DataFrame]
                     ) -> dict[str, dict[str, Measure]]:
    """Return, per column of `COLUMNS`, the measures on the articles both readers read."""
    read = set(first.texts)
    tables = {name: table[table.doc_id.isin(read)] for name, table in tables.items() if "doc_id" in table}
    readers = {"second reader vs gold": {"section accuracy": section_agreement(first, second),
                                         **quotation_agreement(first, second),
                                         **framing_agreement(first, second, tables["sentences"])}}
    for column, reference in (("suite vs gold", first), ("suite vs second reader", second)):
        readers[column] = {**score_set(reference, tables)["suite"],
                           **suite_kappa(reference, tables["sentences"], tables["codes"])}
    return readers


def agreement_table(scores: dict[str, dict[str, Measure]]) -> pd.DataFrame:
    """Return one row per measure and one column per comparison ("value (n=…)")."""
    cells = {column: ["n/a" if pd.isna(scores[column][m].value) else f"{scores[column][m].value:.2f} (n={scores[column][m].n})"
                      for m in MEASURES] for column in COLUMNS}
    return pd.DataFrame(cells, index=pd.Index(MEASURES, name="measure"))


def layer_header(framing_layer: str) -> str:
    """Return the line saying which framing coder the suite's columns show."""
    if framing_layer == LAYER_OFF:
        return "framing: the rule coder alone (--framing-layer off)"
    return (f"framing: the rule coder with the learned framing layer (--framing-layer {framing_layer}); the development "
            "articles are the layer's training set, so their suite columns for framing are in-sample")


def main(argv: list[str] | None = None) -> int:
    parser = OneLineArgumentParser(prog="python -m analysis.evaluation.agreement", description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE_DIR, help="build cache folder")
    parser.add_argument("--framing-layer", choices=FRAMING_LAYERS, default=DEFAULT_FRAMING_LAYER,
                        help="the learned framing layer: gated (the default) or off (the rule coder alone)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from analysis.nlp.pipeline import load_nlp

    try:
        pairs = {name: read_second_reading(folder, second_folder, name=name)
                 for name, (folder, second_folder) in SECOND_READINGS.items()
                 if folder.is_dir() and second_folder.is_dir()}
        if args.framing_layer != LAYER_OFF:
            default_framing_layer()
    except InputError as err:
        print("error: " + "; ".join(err.problems), file=sys.stderr)
        return 2
    for name, folders in SECOND_READINGS.items():
        if name not in pairs:
            print(f"{name}: {' or '.join(str(f) for f in folders if not f.is_dir())} not found, skipped")
    print(layer_header(args.framing_layer))
    nlp = load_nlp()
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        for name, (first, second) in pairs.items():
            tables = analyse_set(first, nlp=nlp, cache_dir=args.cache, framing_layer=args.framing_layer)
            print(f"\n{name}: {len(first.texts)} articles read twice\n")
            print(agreement_table(agreement_scores(first, second, tables)).to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
