"""A preference by comparison: something else needed, wanted or valued more than its standard (`limits.priority`).

A verb of needing, desiring or valuing (FrameNet Needing, Desiring, Preference: 'need', 'want', 'value') with an
object and a comparison 'more than ...' on the verb (Quirk et al. 1985 §15.63, comparative clauses) says that its
subject puts the object before the standard: 'Moscow needed Ankara more than it needed Damascus', 'a patron that wanted
a governable Syria more than it wanted any particular arrangement of power', 'has valued a working relationship with
Ankara more than any line on the map'. Said of Russia, another thing comes before Assad's cause, a priority elsewhere;
whose need it is the coder decides, as for any limits cue on a verb (the verb's subject: 'Iran needed the militias more
than Russia did' is Iran's).

Not a comparison whose subject is Assad's side or another actor ('Iran needed the militias more than Russia did',
'Assad needed Russian jets more than Iranian advisers': the clause names Russia, so the coder would find no other
bearer), nor one whose object is Assad's person, government, army or regime ('Moscow needed Assad more than he needed
Moscow': dependence on him, no other priority; the country's name is no such object: 'wanted a stable Syria more than
any president', see `Scene.bearer_side_at`), nor a comparison of the subject with another actor or another time
('values order more than Washington', 'wants stability more than the West does', 'needs the base more than it did in
2015'), nor one whose standard is the unbounded 'ever', 'anything', 'before' of emphasis ('needs him more than ever',
'wants a victory more than anything'), nor 'more than' quantifying a phrase of its own ('has wanted the base for more
than a decade', 'needed more than forty jets'): there 'more' hangs on a noun, not on the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, OTHER

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Scene
    from analysis.nlp.arrays import ParseArrays

PRIORITY = "limits.priority"
# Verbs of Needing, Desiring and Preference (FrameNet) that take an object and a comparison of degree.
PREFERRING_VERBS = frozenset(get_string_id(word) for word in ("need", "want", "value", "prize", "cherish"))
MORE, THAN = get_string_id("more"), get_string_id("than")
COMPARISON_DEPS = frozenset({"advmod"})
OBJECT_DEPS = frozenset({"dobj"})
SUBJECTS = frozenset({"nsubj"})
# Where the standard hangs on 'than' ('more than promises', 'more than ever'), and the comparative clause 'than' opens,
# which the parse hangs on 'more' ('more than it needed Damascus').
STANDARD_DEPS = frozenset({"pobj", "pcomp"})
CLAUSE = "advcl"
# The object or complement of a comparative clause that sets another thing against the object ('more than it needed
# Damascus', 'more than he needs to say it').
STANDARD_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
# Standards of emphasis, with nothing set against the object (Quirk et al. 1985 §15.67, 'more than ever'; universal
# and negative indefinites, Quirk et al. 1985 §6.62).
EMPHATIC_STANDARDS = frozenset({"ever", "anything", "anyone", "anybody", "everything", "everyone", "before", "usual",
                                "always", "nothing"})


def preference_cues(span: Span, scene: "Scene") -> Iterator[Span]:
    """Yield each verb of needing, desiring or valuing in `span` (`PREFERRING_VERBS`) with an object that is not
    Assad's side and a 'more than' comparison on the verb whose standard is no emphatic word (see the module), as
    a cue of one token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(PREFERRING_VERBS, span.start, span.end):
        if parse.pos[verb] != "VERB":
            continue
        children = parse.children(verb)
        objects = [child for child in children if parse.dep[child] in OBJECT_DEPS]
        comparison = next((child for child in children if parse.dep[child] in COMPARISON_DEPS
                           and parse.lower[child] == MORE), None)
        if not objects or comparison is None or any(scene.bearer_side_at(child) == ASSAD for child in objects) or any(
                scene.bearer_side_at(child) in (ASSAD, OTHER) for child in children if parse.dep[child] in SUBJECTS):
            continue
        standards = _standards(comparison, parse)
        if standards and not any(parse.lowered_lemma(standard) in EMPHATIC_STANDARDS
                                 or _compares_another_actor(standard, scene) for standard in standards):
            yield doc[verb:verb + 1]


def _compares_another_actor(standard: int, scene: "Scene") -> bool:
    """Return True when the standard at `standard` sets another actor or another time against the subject, not another
    thing against the object: a noun that names another actor ('values order more than Washington'), or a clause
    without a pronoun subject taking up the subject and an object or complement of its own ('more than the West does',
    'more than it did in 2015'; not 'more than it needed Damascus')."""
    parse = scene.parse
    if parse.dep[standard] != CLAUSE:
        return scene.bearer_side_at(standard) == OTHER
    children = parse.children(standard)
    return not (any(parse.dep[child] in SUBJECTS and parse.pos[child] == "PRON" for child in children)
                and any(parse.dep[child] in STANDARD_OBJECT_DEPS for child in children))


def _standards(comparison: int, parse: "ParseArrays") -> list[int]:
    """Return the heads of the standard of the comparison 'more' at `comparison`: the complement of its 'than'
    ('more than promises', 'more than ever'), or the clause that 'than' opens ('more than it needed Damascus')."""
    standards = []
    for child in parse.children(comparison):
        if parse.lower[child] == THAN:
            standards.extend(i for i in parse.children(child) if parse.dep[i] in STANDARD_DEPS)
        elif parse.dep[child] == CLAUSE and any(parse.lower[i] == THAN for i in parse.children(child)):
            standards.append(child)
    return standards
