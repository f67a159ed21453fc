"""Forces whose own phrase names another holder ('opposition forces', 'Turkey's soldiers', 'Erdogan, whose troops'), and
relations whose own phrase names another party ('its European partners', 'Russia's other clients').

A noun of armed forces names the forces of a holder, and its possessor or its classifying modifier fills that holder
(Barker 1995, Possessive Descriptions: the possessor saturates the noun's relational argument; Quirk et al. 1985
§17.104 on the classifying modifier, 'rebel forces', 'Turkish troops'; §6.38 on the possessive relative 'whose', which
stands for its antecedent). Forces so held by another party, by Assad's opponents or by Assad's own side are theirs:
Russia named in the sentence or carried from the ones before makes them no Russian military means. Forces whose own
phrase also names a Russian ('Russian and Syrian troops', 'its forces' after Moscow) are left alone.

A relational noun ('partner', 'client', 'ally') names one side of a relation (Barker 1995); a classifying modifier
that names another actor ('European partners', 'Gulf clients') says who that side is. 'Other' or 'another' sets the
noun apart from one already named in the same relation (Quirk et al. 1985 §6.56, 'other' as a determiner of
contrast): when Russia holds the relation, as the noun's possessor or the subject of 'have' ('Russia's other clients',
'Moscow has another ally'), the one set apart is Assad, so the noun is not Russia's tie to him. Whose relation it is
decides: 'Assad's other ally', 'his other ally' or 'the other backer of the regime' may be Russia itself, and a noun in
apposition with or predicated of a Russian ('Russia, his other ally') is; those are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import FORCE_HEADS, OTHER, OTHER_DETERMINERS, RELATIONAL_HEADS, RUSSIA

if TYPE_CHECKING:
    from analysis.extract.frames.agents import Link, Scene

# Heads of armed forces (`agents.FORCE_HEADS`) and a militia, a force no state holds.
HELD_FORCE_HEADS = FORCE_HEADS | {"militia"}
# How a holder hangs on the noun: its possessor, or a classifying modifier before it.
HOLDER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
RELATIVE_POSSESSIVE_TAG, RELATIVE_CLAUSE = "WP$", "relcl"
# Links by which Russia is named on the noun's own phrase ('Russian troops', 'Moscow's forces').
OWN_PHRASE_ROLES = frozenset({"modifier", "possessor"})


def held_by_another_party(cue: Span, link: "Link | None", scene: "Scene") -> bool:
    """Return True when the cue's head is a noun of armed forces whose possessor or modifier names a holder that is not
    Russia (another actor, Assad's opponents or his side), or whose possessive relative 'whose' stands for a noun that
    is not Russian; False when Russia is named on the noun's own phrase or no holder is named."""
    root = cue.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in HELD_FORCE_HEADS:
        return False
    if link is not None and link.role in OWN_PHRASE_ROLES:
        return False
    if any(token.i in scene.russian for child in root.lefts for token in child.subtree):
        return False
    return any(_holder_is_another(child, scene) for child in root.children if child.dep_ in HOLDER_DEPS)


def _holder_is_another(holder: Token, scene: "Scene") -> bool:
    """Return True when `holder` (or, for 'whose', the noun its relative clause modifies) names a party not Russia."""
    if holder.tag_ == RELATIVE_POSSESSIVE_TAG:
        clause = next((node for node in holder.ancestors if node.dep_ == RELATIVE_CLAUSE), None)
        if clause is None:
            return False
        antecedent = clause.head
        return antecedent.i not in scene.russian and scene.side_of(antecedent) != RUSSIA and antecedent.pos_ in (
            "NOUN", "PROPN")
    return scene.bearer_side_at(holder.i) is not None and holder.i not in scene.russian


# How a classifying modifier or a determiner of contrast hangs on a relational noun.
RELATION_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "det"})
# How a relational noun is said of another noun: in apposition, or as the complement of a copula or a verb of becoming.
PREDICATED_DEPS = frozenset({"appos", "attr", "oprd"})


def relation_with_another_party(cue: Span, scene: "Scene") -> bool:
    """Return True when the cue's head is a relational noun whose own modifier names another actor (neither Russia nor
    Assad's side), or that is set apart by 'other' or 'another' in a relation Russia holds (`_held_by_russia`);
    False otherwise, and always when the noun is in apposition with or predicated of a Russian."""
    root = cue.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in RELATIONAL_HEADS or _said_of_a_russian(root, scene):
        return False
    for child in root.children:
        if child.dep_ not in RELATION_MODIFIER_DEPS or child.i in scene.russian:
            continue
        if child.lower_ in OTHER_DETERMINERS and _held_by_russia(root, scene):
            return True
        if child.dep_ != "det" and scene.bearer_side_at(child.i) == OTHER:
            return True
    return False


def _held_by_russia(noun: Token, scene: "Scene") -> bool:
    """Return True when `noun`'s possessor, or the subject of the 'have' whose object it is, is Russian."""
    holders = [child for child in noun.children if child.dep_ == "poss"]
    if not holders and noun.dep_ == "dobj" and noun.head.lemma_ == "have":
        holders = [child for child in noun.head.children if child.dep_ in ("nsubj", "nsubjpass")]
    return any(holder.i in scene.russian or scene.side_of(holder) == RUSSIA for holder in holders)


def _said_of_a_russian(noun: Token, scene: "Scene") -> bool:
    """Return True when `noun` is in apposition with a Russian ('Russia, his other ally'; 'his ally, Russia') or the
    complement of a clause whose subject is Russian ('Russia became the other backer')."""
    if any(child.dep_ == "appos" and scene.side_of(child) == RUSSIA for child in noun.children):
        return True
    if noun.dep_ not in PREDICATED_DEPS:
        return False
    head = noun.head
    if noun.dep_ == "appos":
        return head.i in scene.russian or scene.side_of(head) == RUSSIA
    return any(child.dep_ in ("nsubj", "nsubjpass") and (child.i in scene.russian or scene.side_of(child) == RUSSIA)
               for child in head.children)
