"""Surrenders brokered for Assad's side: a verb of negotiating whose theme is the surrender of his armed opponents
(`support.diplomatic`, the codebook's 'broker' read on the parse).

A verb of negotiating or arranging an agreement (FrameNet Negotiation, Make_agreement_on_action: 'negotiate',
'arrange', 'mediate') whose theme is a surrender (FrameNet Surrendering: 'surrender', 'capitulation') or an agreement
of one ('surrender deals', 'reconciliation agreements': the local deals under which armed opponents give up their
heavy arms and accept the government's rule) works the war's end out town by town on the government's terms. It is
diplomatic means on Assad's side, as 'broker' is, and neither talks with his enemies behind his back
(`limits.hedging`) nor pressure on him to talk (`limits.leverage`): 'two Russian majors negotiated a surrender of
both hamlets', 'Moscow's envoys arranged reconciliation agreements with the local commanders'. The theme is the
verb's object (or, passive, its subject), or, for a verb that modifies a noun ('accords a Russian general
negotiated'), that noun; an agreement under which a party surrenders is one of surrender ('the hamlets surrendered
under accords that Russian colonels drew up and negotiated'); a coordinated theme counts ('negotiated local truces
and a surrender of both hamlets'). Not a surrender by Assad's side or Russia, whether its 'of', its possessive or
a compound before it names them ('a surrender of the regime's own garrison', 'the loyalist garrison's surrender') or
they are the subject of the verb of surrendering under the agreement ('the regime's garrison surrendered under
accords'), which is no deal made for him. Whose negotiating it is, Russia's or another's, is left to the coder's
agent condition.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.frames.agents import ASSAD, RUSSIA, Scene

DIPLOMATIC = "support.diplomatic"
# Verbs of negotiating or arranging an agreement (FrameNet Negotiation, Make_agreement_on_action), as lemmas.
NEGOTIATING_VERBS = frozenset({"negotiate", "arrange", "mediate"})
# Nouns of a surrender (FrameNet Surrendering), as lemmas, and the words that make an agreement one of surrender
# (the Syrian war's 'reconciliation' deals, WordNet capitulation.n.01 and its kin), as modifiers of an agreement noun.
SURRENDER_NOUNS = frozenset({"surrender", "capitulation"})
SURRENDER_MODIFIERS = SURRENDER_NOUNS | {"reconciliation"}
# Verbs of surrendering (FrameNet Surrendering), as lemmas: the hamlets 'surrendered under accords'.
SURRENDER_VERBS = frozenset({"surrender", "capitulate"})
# Nouns of an agreement (FrameNet Be_in_agreement_on_action, Make_agreement_on_action), as lemmas.
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "arrangement", "settlement", "pact", "terms"})
THEME_DEPS = frozenset({"dobj", "nsubjpass"})
NOUN_MODIFIER_DEPS = frozenset({"acl", "relcl"})
# Dependents that name the party of a surrender noun: 'the garrison's surrender', 'a garrison surrender'.
PARTY_DEPS = frozenset({"poss", "compound", "nmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependents that open a clause of their own below a noun or a verb: what is said there is not the deal itself.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


def brokered_surrenders(span: Span, scene: Scene) -> list[tuple[Span, frozenset[int]]]:
    """Return, for each verb of negotiating in `span` (`NEGOTIATING_VERBS`) whose theme is a surrender of Assad's
    opponents or an agreement of one (see the module), the verb as a cue of one token and the indices of the tokens
    the deal is said with: the verb and the theme's phrase less the clauses below it ('a surrender of the last
    fighters, which Moscow forced on Damascus': the relative clause is a statement of its own)."""
    found = []
    for verb in (span.doc[i] for i in scene.parse.lemma_indices_between(NEGOTIATING_VERBS, span.start, span.end)):
        if verb.pos_ == "VERB":
            theme = next((theme for theme in _themes(verb) if _is_surrender(theme, scene)), None)
            if theme is not None:
                found.append((span.doc[verb.i:verb.i + 1], frozenset({verb.i, *_phrase_without_clauses(theme)})))
    return found


def _phrase_without_clauses(head: Token) -> set[int]:
    """Return the indices of `head`'s phrase without the subtrees of the clauses that hang in it (`CLAUSE_DEPS`)."""
    indices = {head.i}
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            indices |= _phrase_without_clauses(child)
    return indices


def _themes(verb: Token) -> list[Token]:
    """Return the nouns `verb` negotiates: its object or passive subject with their conjuncts, or the noun it
    modifies."""
    themes = [child for child in verb.children if child.dep_ in THEME_DEPS]
    if verb.dep_ in NOUN_MODIFIER_DEPS:
        themes.append(verb.head)
    themes.extend(conjunct for theme in list(themes) for conjunct in theme.conjuncts)
    # 'many of the agreements': the quantified noun is the theme
    themes.extend(of_object for theme in list(themes) for prep in theme.children
                  if prep.dep_ == "prep" and prep.lower_ == "of" for of_object in prep.children
                  if of_object.dep_ == "pobj")
    return themes


def _is_surrender(noun: Token, scene: Scene) -> bool:
    """Return True for a noun of surrender whose party (its 'of', possessive or compound) is neither Assad's side nor
    Russia, or an agreement noun modified by a word of surrender ('surrender deals', 'reconciliation agreements') or
    under which a party other than those surrenders."""
    lemma = noun.lemma_.lower()
    if lemma in SURRENDER_NOUNS:
        parties = [child for child in noun.children if child.dep_ in PARTY_DEPS]
        parties += [of_object for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for of_object in prep.children if of_object.dep_ == "pobj"]
        return not _any_of_assads_side(parties, scene)
    if lemma not in AGREEMENT_NOUNS:
        return False
    # 'surrendered under accords': the agreement of a verb of surrender, whose subject is the one who surrenders
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in SURRENDER_VERBS:
        verb = noun.head.head
        return not _any_of_assads_side([child for child in verb.children if child.dep_ in SUBJECT_DEPS], scene)
    return any(child.lemma_.lower() in SURRENDER_MODIFIERS
               and child.dep_ in ("compound", "amod", "nmod") for child in noun.children)


def _any_of_assads_side(parties: list[Token], scene: Scene) -> bool:
    """Return True when one of `parties` (with its conjuncts) is of Assad's side or Russia; a pronoun is not read
    ('negotiated their surrender': the scene takes 'their' up as the negotiators, who are not the ones yielding)."""
    return any(party.pos_ != "PRON" and scene.side_of(party) in (ASSAD, RUSSIA)
               for head in parties for party in (head, *head.conjuncts))
