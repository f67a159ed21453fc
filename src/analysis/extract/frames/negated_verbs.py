"""Verbs whose negation states no reluctance (`resources/negated_verbs.csv`), shared by every negated-verb pattern of
`limits.reluctance` ('would not send', 'did not intervene', 'has not sent', 'nobody in Moscow wants').

A negated negative affirms ('did not hesitate', 'never wavered'; Horn 1989, *A Natural History of Negation*, on double
negation), a denied ending keeps the activity going ('did not stop'), and a negated verb of thinking or answering
bears on what is thought or said, not on an act done for Assad ('did not think', 'would not comment').
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_table
from analysis.errors import InputError

NEGATED_VERBS_FILE = RESOURCES_DIR / "negated_verbs.csv"
NEGATED_VERB_COLUMNS = ("term", "class", "note")
NEGATED_VERB_CLASSES = ("negative", "ending", "knowing", "responding")
# The words by which a reluctance pattern negates its verb: 'not', 'never', 'cannot', a negative pronoun subject.
NEGATORS = frozenset({"not", "n't", "never", "cannot", "nobody", "none", "no"})


def read_negated_verbs(path: Path | None = None) -> frozenset[str]:
    """Return the verbs (lemmas) listed in `path`. Raises InputError naming every bad row."""
    path = Path(path or NEGATED_VERBS_FILE)
    rows, problems = read_resource_table(path, columns=NEGATED_VERB_COLUMNS, where=path.name)
    terms: set[str] = set()
    for line_no, row in rows:
        where = f"{path.name} line {line_no} ('{row['term']}')"
        term = row["term"].strip()
        if not term or term != term.lower() or " " in term or term in terms:
            problems.append(f"{where}: term must be one lower-case word, non-empty and unique")
        elif row["class"] not in NEGATED_VERB_CLASSES:
            problems.append(f"{where}: class must be one of {', '.join(NEGATED_VERB_CLASSES)}")
        else:
            terms.add(term)
    if problems:
        raise InputError(problems)
    return frozenset(terms)


@lru_cache(maxsize=1)
def default_negated_verbs() -> frozenset[str]:
    """Return the verbs in `NEGATED_VERBS_FILE`, read once."""
    return read_negated_verbs()


def negates_a_listed_verb(cue: Span, verbs: frozenset[str]) -> bool:
    """Return True when the cue ends in a verb whose lemma is one of `verbs`, negated within the cue ('did not
    hesitate', 'nobody in Moscow expects'): no reluctance."""
    verb = cue[-1]
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in verbs
            and any(token.lower_ in NEGATORS for token in cue[:-1]))
