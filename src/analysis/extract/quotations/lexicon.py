"""The editable word lists behind quotation extraction: `resources/quote_cues.csv` and `quote_lexicon.csv`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import read_resource_table, resource_loader
from analysis.errors import InputError

CUES_FILE = RESOURCES_DIR / "quote_cues.csv"
LEXICON_FILE = RESOURCES_DIR / "quote_lexicon.csv"
CUE_COLUMNS = ("cue", "use", "note")
LEXICON_COLUMNS = ("term", "role", "note")
CUE_USES = ("both", "direct", "noun", "thought", "as")
LEXICON_ROLES = ("work_noun", "speaker_title", "expert_word", "person_noun", "naming_word", "naming_verb",
                 "female_word", "male_word", "relaying_word", "collective_noun", "periodical_noun",
                 "recording_verb")


@dataclass(frozen=True)
class QuoteLexicon:
    """The editable word lists behind quotation extraction."""

    direct_cues: frozenset[str]
    indirect_cues: frozenset[str]
    noun_cues: frozenset[str]
    work_nouns: frozenset[str]
    speaker_titles: frozenset[str]
    expert_words: frozenset[str]
    person_nouns: frozenset[str] = frozenset()
    naming_words: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    female_words: frozenset[str] = frozenset()
    male_words: frozenset[str] = frozenset()
    thought_cues: frozenset[str] = frozenset()
    relaying_words: frozenset[str] = frozenset()
    as_cues: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    periodical_nouns: frozenset[str] = frozenset()
    recording_verbs: frozenset[str] = frozenset()

    @cached_property
    def verb_cues(self) -> frozenset[str]:
        """The lemmas of the cues that are verbs: reporting verbs, verbs of thought and verbs that characterize with
        'as' (made at the first use and kept, as the lists below)."""
        return self.direct_cues | self.thought_cues | self.as_cues

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """The lemmas of every cue, a reporting noun's and the `verb_cues`."""
        return self.noun_cues | self.verb_cues

    @cached_property
    def genders(self) -> Mapping[str, str]:
        """'female' or 'male' for each gendered word (a word of both lists is male), read-only: every Resolver shares it."""
        return MappingProxyType({**{word: "female" for word in self.female_words},
                                 **{word: "male" for word in self.male_words}})

    @cached_property
    def personal_nouns(self) -> frozenset[str]:
        """The nouns that stand for a person: the person nouns and the gendered words ('the widow', 'her brother')."""
        return frozenset(self.person_nouns | self.genders.keys())


def read_quote_lexicon() -> QuoteLexicon:
    """Return the cue verbs and word lists. Raises InputError naming every bad row."""
    problems: list[str] = []
    uses: dict[str, set[str]] = {use: set() for use in CUE_USES}
    roles: dict[str, set[str]] = {role: set() for role in LEXICON_ROLES}
    for path, columns, groups in ((CUES_FILE, CUE_COLUMNS, uses), (LEXICON_FILE, LEXICON_COLUMNS, roles)):
        rows, found = read_resource_table(path, columns=columns, where=path.name)
        problems += found
        entry, group = columns[:2]
        for row in rows:
            if row.values[group] not in groups:
                problems.append(f"{path.name} line {row.line} ('{row.values[entry]}'): {group} must be one of "
                                f"{', '.join(groups)}")
            else:
                groups[row.values[group]].add(row.values[entry])
    if problems:
        raise InputError(problems)
    return QuoteLexicon(direct_cues=frozenset(uses["both"] | uses["direct"]), indirect_cues=frozenset(uses["both"]),
                        noun_cues=frozenset(uses["noun"]), work_nouns=frozenset(roles["work_noun"]),
                        speaker_titles=frozenset(roles["speaker_title"]), expert_words=frozenset(roles["expert_word"]),
                        person_nouns=frozenset(roles["person_noun"]), naming_words=frozenset(roles["naming_word"]),
                        naming_verbs=frozenset(roles["naming_verb"]), female_words=frozenset(roles["female_word"]),
                        male_words=frozenset(roles["male_word"]), thought_cues=frozenset(uses["thought"]),
                        relaying_words=frozenset(roles["relaying_word"]), as_cues=frozenset(uses["as"]),
                        collective_nouns=frozenset(roles["collective_noun"]),
                        periodical_nouns=frozenset(roles["periodical_noun"]),
                        recording_verbs=frozenset(roles["recording_verb"]))


@resource_loader()
def default_lexicon() -> QuoteLexicon:
    """Return the lexicon read from the resource files, read once. Raises InputError as `read_quote_lexicon`."""
    return read_quote_lexicon()
