"""The actor gazetteer: `resources/gazetteer.csv` maps mentions to canonical actors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_table, resource_loader
from analysis.errors import InputError

GAZETTEER_FILE = RESOURCES_DIR / "gazetteer.csv"
GAZETTEER_COLUMNS = ("alias", "actor", "actor_type", "affiliation", "mention_kind", "label", "agent_only", "gender",
                     "note")
ACTOR_TYPES = ("state", "person", "armed group", "organisation", "place")
MENTION_KINDS = ("name", "metonym", "adjective")
PLACE_MENTION = "place"  # the mention kind of an `agent_only` alias that does not act
ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC")
GENDERS = ("male", "female")  # of a person, by which 'he' or 'she' may take the person up


@dataclass(frozen=True)
class Alias:
    """One row of the gazetteer."""

    alias: str
    actor: str
    actor_type: str
    affiliation: str
    mention_kind: str
    label: str
    agent_only: bool
    gender: str = ""


class Gazetteer:
    """Aliases indexed by their exact written form (and without a leading 'the')."""

    def __init__(self, aliases: Iterable[Alias]):
        self.aliases = tuple(aliases)
        self._by_text = {alias.alias: alias for alias in self.aliases}
        self._affiliations: dict[str, str | None] = {}
        for alias in self.aliases:
            self._affiliations.setdefault(
                alias.actor, alias.affiliation or (alias.actor if alias.actor_type == "state" else None))

    def affiliation(self, actor: str) -> str | None:
        """Return the state a canonical actor belongs to: its affiliation, or itself for a state."""
        return self._affiliations.get(actor)

    def gender(self, text: str) -> str | None:
        """Return 'male' or 'female' for a person's mention as written (see `lookup`), else None."""
        alias = self.lookup(text)
        return (alias.gender or None) if alias is not None else None

    def lookup(self, text: str) -> Alias | None:
        """Return the alias row for a mention as written, or None."""
        text = text.strip()
        alias = self._by_text.get(text)
        if alias is None and text.startswith(("the ", "The ")):  # the same article in either case: four characters
            alias = self._by_text.get(text[4:])
        return alias

    def ruler_patterns(self) -> list[dict]:
        """Return the entity ruler's phrase patterns (see `analysis.nlp.ruler`), matching each alias exactly as written
        (case-sensitive); a person's first name alone (one word that begins another alias of the same person:
        'Bashar' of 'Bashar al-Assad') is marked `first_name`, since others bear it ('Bashar al-Jaafari')."""
        return [{"label": alias.label, "id": alias.actor, "pattern": alias.alias,
                 **({"first_name": True} if self._is_first_name(alias) else {})} for alias in self.aliases]

    def _is_first_name(self, alias: Alias) -> bool:
        return alias.actor_type == "person" and " " not in alias.alias and any(
            other.actor == alias.actor and other.alias.startswith(alias.alias + " ") for other in self.aliases)


def read_gazetteer(path: Path = GAZETTEER_FILE) -> Gazetteer:
    """Return the gazetteer in `path`. Raises InputError naming every bad entry."""
    path = Path(path)
    rows, problems = read_resource_table(path, columns=GAZETTEER_COLUMNS)
    aliases, seen = [], {}
    for line_no, row in rows:
        where = f"{path.name} line {line_no} ('{row['alias']}')"
        row_problems = []
        if not row["alias"] or not row["actor"]:
            row_problems.append(f"{where}: alias and actor must not be empty")
        if row["actor_type"] not in ACTOR_TYPES:
            row_problems.append(f"{where}: actor_type '{row['actor_type']}' is not one of {', '.join(ACTOR_TYPES)}")
        if row["mention_kind"] not in MENTION_KINDS:
            row_problems.append(f"{where}: mention_kind '{row['mention_kind']}' is not one of {', '.join(MENTION_KINDS)}")
        if row["label"] not in ENTITY_LABELS:
            row_problems.append(f"{where}: label '{row['label']}' is not one of {', '.join(ENTITY_LABELS)}")
        if row["agent_only"] not in ("true", "false"):
            row_problems.append(f"{where}: agent_only must be true or false")
        if row["gender"] and (row["gender"] not in GENDERS or row["actor_type"] != "person"):
            row_problems.append(f"{where}: gender must be empty or, for a person, one of {', '.join(GENDERS)}")
        if row["alias"] in seen:
            row_problems.append(f"{where}: duplicate alias (first on line {seen[row['alias']]})")
        seen.setdefault(row["alias"], line_no)
        if row_problems:
            problems.extend(row_problems)
            continue
        aliases.append(Alias(row["alias"], row["actor"], row["actor_type"], row["affiliation"],
                             row["mention_kind"], row["label"], row["agent_only"] == "true", row["gender"]))
    if problems:
        raise InputError(problems)
    return Gazetteer(aliases)


@resource_loader()
def default_gazetteer() -> Gazetteer:
    return read_gazetteer()
