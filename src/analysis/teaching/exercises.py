"""Checks for the exercises notebook (`07_exercises`): each compares a student's answer with the
library's, or with the hand-coded gold sheet, and says what to do next.

Every check returns a `Feedback`, which notebooks display as a message and a table.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.tables.build import recode
from analysis.tables.cache import BuildCache
from analysis.evaluation.scores import coder_labels, cohen_kappa, read_framing_validation
from analysis.extract.framing import read_codebook, with_cue
from analysis.views.display import show_table
from analysis.views.framing import OUTCOMES, coded_sentences, outcome
from analysis.views.sources import source_labels
from analysis.nlp.gazetteer import Gazetteer, default_gazetteer

RUSSIA = "Russia"
NOT_YET = ""
QUOTE_KEY = ["doc_id", "quote_id"]


@dataclass(frozen=True, eq=False)
class Feedback:
    """What a check found: whether the task is done, a message saying what next, and the rows behind it."""

    solved: bool
    message: str
    details: pd.DataFrame = field(default_factory=pd.DataFrame)

    def __str__(self) -> str:
        verdict = "Done" if self.solved else "Not yet"
        table = "" if self.details.empty else "\n\n" + repr(show_table(self.details))
        return f"{verdict}: {self.message}{table}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        """The message, and the rows behind it as the notebooks show tables (no index, missing values as —)."""
        verdict = "Done" if self.solved else "Not yet"
        table = "" if self.details.empty else show_table(self.details)._repr_html_()
        return f"<p><b>{verdict}:</b> {html.escape(self.message)}</p>{table}"


def russian_official_quotes(quotations: pd.DataFrame, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Return the quotations whose speaker the gazetteer ties to Russia.

    That is the state itself ('Russia', 'the Kremlin', 'Moscow' as an actor) and every person
    whose `affiliation` in the gazetteer is Russia (Putin, Lavrov, Peskov).
    """
    gazetteer = gazetteer or default_gazetteer()
    russian = quotations.speaker_actor.map(lambda actor: not pd.isna(actor) and gazetteer.affiliation(actor) == RUSSIA)
    return quotations[russian.astype(bool)]


def check_russian_official_quotes(answer, quotations: pd.DataFrame) -> Feedback:
    """Return feedback on `answer`, meant to be the rows of `quotations` spoken by Russian officials."""
    if not isinstance(answer, pd.DataFrame) or not set(QUOTE_KEY) <= set(answer.columns):
        return Feedback(False, "the answer should be rows of the quotations table: a DataFrame with doc_id and "
                               "quote_id, such as quotations[quotations.speaker == 'Putin'].")
    expected = russian_official_quotes(quotations)
    given = set(answer[QUOTE_KEY].itertuples(index=False, name=None))
    wanted = set(expected[QUOTE_KEY].itertuples(index=False, name=None))
    columns = [*QUOTE_KEY, "speaker", "speaker_actor", "text"]
    missing = expected[[key not in given for key in expected[QUOTE_KEY].itertuples(index=False, name=None)]]
    keys = quotations[QUOTE_KEY].itertuples(index=False, name=None)
    extra = quotations[[key in given and key not in wanted for key in keys]]
    details = pd.concat([missing[columns].assign(problem="missing"),
                         extra[columns].assign(problem="not a Russian official")], ignore_index=True)
    found = len(given & wanted)
    if details.empty:
        return Feedback(True, f"all {len(wanted)} quotations by Russian officials, and nothing else.")
    hint = (" Hint: speaker_actor names who speaks; the affiliation column of src/analysis/resources/gazetteer.csv "
            "says which actors are Russian, and the state itself ('Russia', 'the Kremlin') speaks too."
            if len(missing) else "")
    return Feedback(False, f"you found {found} of {len(wanted)}; {len(missing)} missing, {len(extra)} by someone "
                           f"else.{hint}", details)


def sample_rank(doc_id: str, sent_id: int, *, seed: int) -> str:
    """Return a sentence's place in the draw for `seed`: a SHA-256 of (seed, doc_id, sent_id).

    It depends on nothing else, so adding an article never moves the sentences already there.
    """
    return hashlib.sha256(f"{seed}\x1f{doc_id}\x1f{sent_id}".encode("utf-8")).hexdigest()


def coding_sample(codes: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *, n: int = 10,
                  seed: int = 0) -> pd.DataFrame:
    """Return `n` sentences to hand-code, numbered from 1, without the coder's codes.

    Each sentence is ranked by `sample_rank` (a hash of `seed`, `doc_id` and `sent_id`, not its
    position), and sentences are taken lowest rank first from each of the coder's outcomes in
    turn, so that a sample of ten is not all 'neither'. The same `seed` gives the same sample
    on the same corpus; an added article can only replace sentences of the sample with its own.
    """
    units = coded_sentences(codes, sentences).merge(sentences[["doc_id", "sent_id", "start", "end"]],
                                                   on=["doc_id", "sent_id"])
    units["rank"] = [sample_rank(doc_id, sent_id, seed=seed) for doc_id, sent_id in zip(units.doc_id, units.sent_id)]
    pools = [units[units.outcome == kind].sort_values("rank").index.tolist()
             for kind in ("neither", "support", "limits", "both")]
    chosen = []
    while len(chosen) < n and any(pools):
        chosen += [pool.pop(0) for pool in pools if pool][: n - len(chosen)]
    sample = units.loc[chosen].sort_values("rank").reset_index(drop=True)
    sample.insert(0, "item", range(1, len(sample) + 1))
    sample.insert(1, "source", sample.doc_id.map(source_labels(documents)))
    return sample[["item", "source", "doc_id", "sent_id", "start", "end", "text"]]


def check_hand_coding(my_codes, sample: pd.DataFrame, codes: pd.DataFrame, sentences: pd.DataFrame) -> Feedback:
    """Return feedback on `my_codes` (one of support, limits, both, neither per sentence of `sample`).

    Once every sentence is coded, the details hold each sentence with both codings, and the
    message the agreement with the coder (share and Cohen's kappa per dimension).
    """
    my_codes = list(my_codes) if isinstance(my_codes, (list, tuple)) else None
    if my_codes is None or len(my_codes) != len(sample):
        return Feedback(False, f"give a list of {len(sample)} codes, one per item, in item order.")
    bad = [f"item {item}: {code!r}" for item, code in zip(sample.item, my_codes) if code not in (*OUTCOMES, NOT_YET)]
    if bad:
        return Feedback(False, f"each code is one of {', '.join(OUTCOMES)} (or '' while you decide); fix "
                               f"{'; '.join(bad)}.")
    table = sample[["item", "source", "text"]].assign(yours=my_codes)
    if NOT_YET in my_codes:
        todo = [str(item) for item, code in zip(sample.item, my_codes) if code == NOT_YET]
        return Feedback(False, f"{len(sample) - len(todo)} of {len(sample)} sentences coded; still to code: items "
                               f"{', '.join(todo)}.", table)
    outcomes = coded_sentences(codes, sentences).set_index(["doc_id", "sent_id"]).outcome
    coder = [outcomes.get(key, "neither") for key in sample[["doc_id", "sent_id"]].itertuples(index=False, name=None)]
    table = table.assign(coder=coder, agree=[mine == theirs for mine, theirs in zip(my_codes, coder)])
    kappas = {dimension: cohen_kappa([code in (dimension, "both") for code in my_codes],
                                     [code in (dimension, "both") for code in coder]) for dimension in ("support", "limits")}
    return Feedback(True, f"you and the coder agree on {int(table.agree.sum())} of {len(sample)} sentences; Cohen's "
                          f"kappa {kappas['support']:.2f} for support and {kappas['limits']:.2f} for limits. With ten "
                          "sentences one disagreement moves kappa a lot: read the sentences where you differ.", table)


def gold_codes(sample: pd.DataFrame, sheet: pd.DataFrame | None = None) -> list[str]:
    """Return the hand coder's outcome for each sentence of `sample`, from the gold validation sheet.

    A sentence takes the codes of every gold unit it overlaps; '' where the sheet has none
    (a sentence of an article added after the sheet was made).
    """
    sheet = read_framing_validation() if sheet is None else sheet
    outcomes = []
    for row in sample.itertuples():
        units = sheet[(sheet.doc_id == row.doc_id) & (sheet.start < row.end) & (sheet.end > row.start)]
        outcomes.append(outcome(bool(units.support.any()), bool(units.limits.any())) if len(units) else NOT_YET)
    return outcomes


def cue_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Return the sentences whose codes differ between two codes tables: one row per code gained or lost.

    Columns: doc_id, sent_id, code, change ('gained' or 'lost'), cue, start, end (the cue's offsets).
    """
    key = ["doc_id", "sent_id", "code"]
    first_hits = {name: table.drop_duplicates(key) for name, table in (("before", before), ("after", after))}
    merged = first_hits["before"].merge(first_hits["after"], on=key, how="outer", suffixes=("_before", "_after"),
                                        indicator=True)
    changed = merged[merged["_merge"] != "both"]
    gained = changed["_merge"] == "right_only"
    return pd.DataFrame({
        "doc_id": changed.doc_id, "sent_id": changed.sent_id, "code": changed.code,
        "change": gained.map({True: "gained", False: "lost"}),
        **{column: changed[f"{column}_after"].where(gained, changed[f"{column}_before"])
           for column in ("cue", "start", "end")},
    }).sort_values(["doc_id", "sent_id", "code"]).reset_index(drop=True)


def _listed_codes(unit) -> set[str]:
    return {code for text in (unit.support_codes, unit.limits_codes) for code in text.split(";") if code}


def _gold_codes_at(sheet: pd.DataFrame, doc_id: str, position: int) -> set[str]:
    units = sheet[(sheet.doc_id == doc_id) & (sheet.start <= position) & (sheet.end > position)]
    return set().union(*(_listed_codes(unit) for unit in units.itertuples()))


def _code_recall(codes: pd.DataFrame, sheet: pd.DataFrame, code: str) -> tuple[int, int]:
    """Return how many of the gold units coded `code` the coder codes too, and how many there are."""
    units = sheet[[code in _listed_codes(unit) for unit in sheet.itertuples()]]
    return int(coder_labels(codes, units, code=code).sum()), len(units)


def try_cue(code_id: str, cue: str, *, seeds_dir: Path | str, nlp, sheet: pd.DataFrame | None = None,
            cache_dir: Path | str | None = None) -> Feedback:
    """Return what adding `cue` to code `code_id` would change, checked against the gold sheet.

    The corpus in `seeds_dir` is coded twice, with the codebook as it is and with the cue added,
    from the parses in the build cache `cache_dir` where it has them (`make data` fills it);
    nothing but the cache is written. The details list every sentence that gains or loses the code and whether
    the hand coder gave it that code. Raises InputError for an unknown code or an empty cue.
    """
    sheet = read_framing_validation() if sheet is None else sheet
    codebook = read_codebook(nlp=nlp)
    cache = BuildCache(Path(cache_dir), nlp=nlp) if cache_dir is not None and Path(cache_dir).is_dir() else None
    # the exercise shows what a cue changes in the rule coder, so the learned layer stays off
    sentences, (before, after) = recode(seeds_dir=Path(seeds_dir), codebooks=[codebook, with_cue(codebook, code_id, cue)],
                                        nlp=nlp, cache=cache, framing_layer="off")
    changes = cue_changes(before, after)
    changes = changes[changes.code == code_id].merge(
        sentences[["doc_id", "sent_id", "text"]].rename(columns={"text": "sentence"}), on=["doc_id", "sent_id"])
    if changes.empty:
        return Feedback(False, f"'{cue}' changes no sentence: either no sentence of the article text holds it "
                               f"(as a lemma: 'rebuff', not 'rebuffed'), or every sentence that does already "
                               f"codes {code_id}, or the code's conditions (Russia, Assad) do not hold there.")
    changes["hand_coder_agrees"] = [code_id in _gold_codes_at(sheet, row.doc_id, row.start)
                                    for row in changes.itertuples()]
    changes = changes[["doc_id", "sent_id", "change", "cue", "hand_coder_agrees", "sentence", "code", "start", "end"]]
    gained = changes[changes.change == "gained"]
    recall_before, recall_after = _code_recall(before, sheet, code_id), _code_recall(after, sheet, code_id)
    return Feedback(True, f"'{cue}' adds {code_id} to {len(gained)} sentence(s); the hand coder gave that code to "
                          f"{int(gained.hand_coder_agrees.sum())} of them. Of the {recall_before[1]} sentences the hand "
                          f"coder coded {code_id}, the coder finds {recall_before[0]} now and would find "
                          f"{recall_after[0]} with the new cue.", changes)
