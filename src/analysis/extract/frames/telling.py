"""The patron telling its client: pressure on Damascus read on the parse (`limits.leverage`).

A verb of telling or instructing (FrameNet Telling and Request: 'tell', 'instruct', 'order') whose teller is Russia,
whose addressee, its object, is Assad's side, and whose message is a directive or a restriction directs the client:
'the Kremlin told the Syrian leader that his troops must leave the border towns', 'we have told Damascus: no
offensive', 'a memo telling the Syrian cabinet which ports it should hand over'.
- The teller is the verb's subject, Russia's side; a telling with no subject of its own (a participle: 'a memo
  telling ...') takes the subject of the clause that governs it. A teller of no side, another power ('the Turkish
  envoy told Damascus') or Assad's side ('Assad told his generals') is no patron.
- The message is the verb's content clause ('told Damascus that ...', 'told the army which ...'), less an adverbial
  clause with a subordinator inside it ('..., although the army could not unload them': said beside the message, not
  told) other than a condition ('if', 'unless': the demand of a conditional threat), or, after a colon or quotation
  mark, the rest of the sentence. It directs the client when a clause of it whose subject is Assad's side holds a
  modal of obligation ('must', 'should', 'have to', 'need to': the clause is the verb 'have'/'need' itself when it
  heads it) or a negation ('not', 'never'), though not a negation on a copular 'be' with no modal ('that he was not
  alone': a reassurance, not a restriction). An obligation counts also with a pronoun for subject, or a noun with a
  possessive pronoun ('his troops must', 'it should'), which the resolver leaves unresolved or may take for the
  teller: it counts unless the resolver gives it to Russia and it cannot take up the one told, by the resolver's kinds
  (a person for 'he'/'his'; a singular non-person for 'it'/'its'; a plural, or a singular non-person read as a
  collective, for 'they'/'their'): 'told the Syrian generals that their tanks must', 'telling the Syrian cabinet which
  ports it should hand over', but not 'told Assad that it should have more jets there' (Russia's obligation). A
  message told to someone is read as about them when its pronoun can be theirs. After a colon or quotation mark
  (opening quotation marks passed over), a message opening on an imperative or on 'No ...' directs, and so does a
  negation on an imperative clause of it, a base-form verb with no subject, not on a phrase ('with you, not against
  you'). (Quirk et al. 1985 §11.26, indirect directives; §11.24, the imperative.) A promise of help ('told Damascus
  more jets were coming'), intelligence ('told the army where the rebels were'), a reassurance ('that Moscow would
  never desert him', 'that nothing would change', 'that he was not alone') or an obligation on Russia ('that Russia
  must keep its airfield') is not pressure.
- Not a negated telling ('did not tell Damascus', 'without telling Damascus': the client left out, which the
  codebook's friction patterns read), nor telling apart ('tell the army from the militias', a 'from' phrase on the
  verb: to distinguish), nor the request 'told Damascus to ...', which the codebook's patterns and `restraint` read
  with its exceptions.
"""

from __future__ import annotations

from typing import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from analysis.extract.frames.agents import ASSAD, RUSSIA, SUBJECT_DEPS, Scene
from analysis.extract.frames.restraint import NEGATORS as CLAUSE_NEGATORS
from analysis.nlp.arrays import ParseArrays, string_ids

# Verbs of Telling and Request whose object is the one told (FrameNet Telling, Request).
TELLING_VERBS = string_ids(frozenset({"tell", "instruct", "order"}))
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
TELLER_DEPS = frozenset({"nsubj"})
# A telling left undone: `restraint`'s negators and the preposition of an omission ('without telling Damascus').
NEGATORS = CLAUSE_NEGATORS | {get_string_id("without")}
# The infinitive of a request ('told Damascus to wait'), read by the codebook's patterns and `restraint`, which know
# its exceptions ('told the army to stop worrying' is reassurance).
REQUEST = "xcomp"
# 'tell X from Y': to distinguish (a 'from' phrase on the verb).
APART = get_string_id("from")
# The message: a content clause of the verb ('told Damascus that ...'), less an adverbial clause with a subordinator
# in it ('although ...', 'because ...'), said beside the message; a condition ('if', 'unless') is part of it, the
# demand of a conditional threat ('that if his troops did not pull back, the jets would stay grounded').
CONTENT = "ccomp"
BESIDE, SUBORDINATOR = "advcl", "mark"
CONDITIONS = string_ids(frozenset({"if", "unless"}))
# What makes a message a directive or a restriction: modals of obligation (the tokens the tokenizer makes of
# 'mustn't', 'cannot': 'must' + "n't", 'can' + 'not'), 'have'/'need' + 'to', negations.
OBLIGATION = string_ids(frozenset({"must", "should", "ought"}))
NEEDING, INFINITIVE = string_ids(frozenset({"have", "need"})), get_string_id("to")
# A quoted notice of prohibition ('no offensive in the south').
NO = get_string_id("no")
QUOTES = frozenset({'"', "\u201c", ":"})
# An imperative clause in a quotation: a base-form verb with no subject.
BASE_FORM = "VB"
# A copula with no modal: a negation on it describes ('that he was not alone'), it does not restrict; 'be' + 'to'
# (an xcomp: 'were not to cross') is an obligation, not a copula.
COPULA, MODAL, BE_TO = get_string_id("be"), "MD", "xcomp"
# Subjects that stand for the one told when no actor is named: a pronoun ('it should hand over') or a noun with a
# possessive pronoun ('his troops', 'their tanks').
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
# How a subjectless telling hangs on the clause that governs it.
GOVERNED_DEPS = frozenset({"acl", "advcl", "pcomp", "xcomp", "relcl"})


def telling_cues(span: Span, scene: Scene) -> Iterator[Span]:
    """Yield each verb of telling in `span` (`TELLING_VERBS`) whose teller is Russia, whose object is Assad's side and
    whose message is a directive or a restriction, not negated nor telling apart (see the module), as a cue of one
    token."""
    parse, doc = scene.parse, span.doc
    for verb in parse.lemma_ids_between(TELLING_VERBS, span.start, span.end):
        if parse.pos[verb] != "VERB":
            continue
        children = parse.children(verb)
        addressee = next((child for child in children if parse.dep[child] in ADDRESSEE_DEPS), None)
        governor = parse.head[verb]
        negated = any(parse.lower[child] in NEGATORS for child in children) or (
            parse.dep[verb] == "pcomp" and parse.lower[governor] in NEGATORS)
        if (addressee is None or negated
                or any(parse.dep[child] == REQUEST or (parse.dep[child] == "prep" and parse.lower[child] == APART)
                       for child in children)
                or scene.side_of(doc[addressee]) != ASSAD
                or scene.side_of(_teller(verb, parse, doc)) != RUSSIA
                or not _directive(addressee, verb, span, scene)):
            continue
        yield doc[verb:verb + 1]


def _teller(verb: int, parse: ParseArrays, doc):
    """Return the token of the teller of `verb`: its subject or, with none, the subject of the clause governing it."""
    for _ in range(4):
        subject = next((child for child in parse.children(verb) if parse.dep[child] in TELLER_DEPS), None)
        if subject is not None:
            return doc[subject]
        if parse.dep[verb] not in GOVERNED_DEPS or parse.head[verb] == verb:
            return None
        verb = parse.head[verb]
        while parse.pos[verb] not in ("VERB", "AUX") and parse.head[verb] != verb:  # 'a memo telling': to its verb
            verb = parse.head[verb]
    return None


def _directive(addressee: int, verb: int, span: Span, scene: Scene) -> bool:
    """Return True when the message told to `addressee` by `verb` (its content clause less an adverbial clause with a
    subordinator, not a condition, or, after a colon or quotation mark, the rest of the sentence) directs Assad's side:
    an obligation or
    a negation in a clause whose subject is his side (an obligation also on a pronoun's clause, a negation not on a
    copula: see `_on_client`), a quoted imperative or a quoted 'No ...'."""
    parse, doc = scene.parse, span.doc
    after = max(token.i for token in doc[addressee].subtree) + 1
    quoted = after < span.end and doc[after].text in QUOTES
    if quoted:
        start = after + 1
        while start < span.end and doc[start].text in QUOTES:  # the opening quotation mark after a colon
            start += 1
        message = range(start, span.end)
        if len(message) and (doc[message[0]].tag_ == BASE_FORM or parse.lower[message[0]] == NO):
            return True
    else:
        message = sorted(_content(verb, scene))
    for i in message:
        needing = parse.lemma[i] in NEEDING and i + 1 < len(doc) and parse.lower[i + 1] == INFINITIVE
        obliged = parse.lower[i] in OBLIGATION or needing
        if not obliged and parse.lower[i] not in CLAUSE_NEGATORS:
            continue
        # 'needed to withdraw', 'had to pull back': the verb heads its clause; 'must', 'not', an auxiliary 'have'
        # hang on it
        clause = i if needing and parse.dep[i] != "aux" else parse.head[i]
        if not obliged and _copula(clause, scene):
            continue
        if _on_client(clause, addressee, scene, quoted=quoted, obliged=obliged):
            return True
    return False


def _content(verb: int, scene: Scene) -> set[int]:
    """Return the tokens of the content clauses of `verb`, less the adverbial clauses in them opened by a subordinator
    other than a condition's ('although', 'because'; not 'if', 'unless': `BESIDE`, `SUBORDINATOR`, `CONDITIONS`)."""
    parse, doc = scene.parse, scene.doc
    tokens = {token.i for child in parse.children(verb) if parse.dep[child] == CONTENT
              for token in doc[child].subtree}
    beside = {token.i for i in tokens if parse.dep[i] == BESIDE
              and any(parse.dep[child] == SUBORDINATOR and parse.lower[child] not in CONDITIONS
                      for child in parse.children(i))
              for token in doc[i].subtree}
    return tokens - beside


def _copula(clause: int, scene: Scene) -> bool:
    """Return True when `clause` is headed by a copular 'be' with no modal and no 'to' infinitive ('he was not alone';
    not 'he must not be seen', 'they were not to cross')."""
    parse = scene.parse
    return parse.lemma[clause] == COPULA and not any(
        parse.tag[child] == MODAL or parse.dep[child] == BE_TO for child in parse.children(clause))


def _on_client(clause: int, addressee: int, scene: Scene, *, quoted: bool, obliged: bool) -> bool:
    """Return True when the subject of `clause` is Assad's side or, for an obligation (`obliged`), a pronoun or a noun
    with a possessive pronoun (`PRONOUN_TAGS`: 'it should hand over', 'their tanks must not cross') that the resolver
    does not give to Russia or that can take up `addressee`, the one told (`Scene.may_take_up`); in a quotation, a clause
    with no subject that is an imperative, a base-form verb, too."""
    parse, doc = scene.parse, scene.doc
    subjects = [child for child in parse.children(clause) if parse.dep[child] in SUBJECT_DEPS]
    if not subjects:
        return quoted and parse.tag[clause] == BASE_FORM
    for subject in subjects:
        if scene.side_of(doc[subject]) == ASSAD:
            return True
        if not obliged:
            continue
        pronoun = subject if parse.tag[subject] in PRONOUN_TAGS else next(
            (child for child in parse.children(subject)
             if parse.tag[child] in PRONOUN_TAGS and parse.dep[child] == "poss"), None)
        if pronoun is not None and (scene.side_of(doc[subject]) != RUSSIA or scene.may_take_up(pronoun, addressee)):
            return True
    return False
