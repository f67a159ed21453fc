"""Speaker names: pronouns resolve to the last matching subject before them (the author's own pronouns
counting as subjects, and so the person a 'for' that opens a sentence names: 'For Roe, the deal …'; a main
clause's subject before an embedded one's, for persons, for the 'it' of a body ('The Kremlin said Russia would
stay. It …') and for the 'them' of a group, and never, for the teller of a parenthetical tag ('Roe, she said, …'),
the subject of the clause it interrupts, nor, for the subject of a clause,
a person in the participle clause before it that has no subject of its own ('Asked by a reporter …, he said'), nor
one a prepositional phrase set before the pronoun in its own clause brings in ('In a letter to a colleague, he
wrote'); a
person named inside an embedded clause of an earlier sentence whose main clause holds a person is passed over ('I
asked Roe whether Putin would stay loyal to Assad. He smiled.'); besides subjects, 'he' or 'she' may take up a person
named or described after the last subject's sentence: an object ('I met a farmer'), or an indefinite description that
introduces a new person, in apposition ('A voter of mine, a nurse who …') or with a 'who' clause ('a reporter who …'),
but not one set beside a name or beside a noun that is already that person ('an officer, a man who …'); a definite
description to the person it refers back to; a name after an honorific ('Dr', 'Ms') is a person's whatever the
recogniser labelled it; a name after a title and a one-word note in brackets ('Colonel (Retd)
Roe') is that person, as speaker and as subject; a short name resolves to the longest form of it in the document;
first-person pronouns resolve to the author, or in a Q&A answer ('Dorn: …', or by first name 'Jane:' for a Jane Roe
named in full) to the person its label names, or in a
signed letter to its writer; one of a group a plural noun names is one of its kind ('one of the pilots': 'one
pilot'); the first author of a reference entry ('Roe, J. (2019) …', 'AU  - Roe, Jane') is a person a note under it
takes up. Datelines, bylines, page chrome and speaker labels never speak."""

from __future__ import annotations

import bisect
import re
from typing import Callable, Iterable, NamedTuple, Sequence

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from analysis.corpus.layout import CITATION_MAX_CHARS, RECORD_TAG, is_bibliography_entry
from analysis.corpus.sections import Block, raw_text
from analysis.extract.quotations.lexicon import QuoteLexicon
from analysis.extract.quotations.speakers import (FIRST_PERSON, ONE_OF_A_GROUP, PERSON_PRONOUNS, SECOND_PERSON,
                                                  SUBJECT_DEPS, THING_PRONOUNS, THIRD_PERSON, appended_name, in_spans,
                                                  joins_a_name, letters, line_label, name_cased, name_past_note,
                                                  opens_a_reduced_clause, paragraph_label, quoted_name_after,
                                                  reporting_tag, silent_spans, source_of_statement, surname,
                                                  unbracketed, viewpoint_holder)
from analysis.nlp.arrays import ParseArrays, string_ids, token_span
from analysis.nlp.entities import EntityMention
from analysis.nlp.gazetteer import Gazetteer, default_gazetteer

WORD = re.compile(r"\w")
# Entity labels of a subject that a later 'it' takes up: bodies, places and peoples, and the buildings, laws, works
# and products that stand for or speak as bodies and documents (OntoNotes 5.0: FAC, LAW, WORK_OF_ART, PRODUCT), as
# the recogniser often labels an outlet's name FAC ('Tidemark led on the fares. It called them …').
GROUP_LABELS = frozenset({"GPE", "ORG", "NORP", "FAC", "LAW", "WORK_OF_ART", "PRODUCT"})
MAX_NAME_WORDS = 4
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
POSSESSIVE_THIRD_PERSON = frozenset({"his", "her", "their"})
# Determiners of a noun that brings in someone new ('a second minister'), whom no earlier name is.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another"})
INDEFINITE_IDS = string_ids(INDEFINITE_DETERMINERS)
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
# Pronouns by which 'one of …' takes up a group named before ('One of them').
PLURAL_TAKERS = frozenset({"them", "those"})
# Quantified phrases ('every sailor', 'no officer') refer to no one a later 'he' or 'she' can take up.
QUANTIFIERS = frozenset({"every", "each", "no", "any"})
# the same quantifiers fused with 'one' or 'body' ('everyone who …', 'nobody'): pronouns for no one in particular
QUANTIFIED_PRONOUNS = frozenset({"everyone", "everybody", "anyone", "anybody", "nobody"})
# Adjectives that count a group's members or set them in order ('the few pilots', 'the last survivors'), and the tags
# of a superlative ('the oldest residents', 'the most senior officials'): they tell the group, not one member of it.
GROUP_COUNTS = frozenset({"few", "many", "several", "numerous", "various", "countless", "multiple", "last", "next"})
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
# Prepositions of path and nearness, which rarely take a person (unlike 'from' or 'at'): a name after them ('near
# Port Aldren', 'through the Kessel Sound') is a place, whatever label the entity recogniser gave it.
PATH_PREPOSITIONS = frozenset({"near", "through", "across", "into", "outside", "inside", "around", "towards",
                                "toward", "via", "beyond", "along", "past"})
PATH_PREPOSITION_IDS = string_ids(PATH_PREPOSITIONS)
# Pronouns that show a name they take up is a person's.
PERSON_WORDS = ("he", "she", "his", "her")
PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
# Labels of names that are no body speaking (places, peoples, dates, numbers): never what 'the paper' takes up.
NOT_BODY_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                             "QUANTITY"})
# A description takes up a body named in its own paragraph or the one before.
BODY_REACH_BLOCKS = 1
# Sections displayed over the body (see `analysis.corpus.sections`).
DISPLAY_SECTIONS = frozenset({"headline", "standfirst"})
# Dependencies of clauses set inside another clause (reported, adverbial, relative, complement clauses).
EMBEDDED_CLAUSES = frozenset({"ccomp", "csubj", "advcl", "relcl", "acl", "xcomp", "pcomp"})
# Parts of speech of a noun phrase coordinated with a subject ('Roe and Vos'), which makes the subject plural; a verb
# coordinated under it is the parser's attachment of a second relative clause ('an officer who …, and who …').
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Tags of finite verbs ('said', 'says', 'say', 'will'), which introduce no name as a noun does.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
BE_ID = get_string_id("be")
THE_ID = get_string_id("the")
# The most tokens between a title and the name after its note in brackets: '.', '(', 'ret', '.', ')'.
NOTE_TOKENS = 5
# The string ids of the pronouns of the first person and of persons: a subject among them is a person.
SPEAKING_PRONOUN_IDS = string_ids(FIRST_PERSON | PERSON_PRONOUNS)
# Honorifics that only a person's name takes (Quirk et al. 1985 §5.66, titles of courtesy): a name after one is a
# person's, whatever label the entity recogniser gave it ('Dr Jane Roe' read as an organisation).
HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "Sir", "Dame"})
# Each lemma's bare word (see `_bare_word`), by the lemma's string id: the same in every vocabulary.
_BARE_WORDS: dict[int, str] = {}
# The first author of a reference list's entry, written surname first as author–date styles set it (Chicago Manual of
# Style 15.9; APA 7th ed. 9.8): 'Roe-Doe, J. A. (2019) …', 'Roe, Jane. 2019. …'; so the author field of a tagged
# export (RIS: 'AU  - Roe, Jane'). The given names: a word or initials, up to three.
INVERTED_NAME = re.compile(r"(?P<surname>[A-Z][\w’'-]*[a-z][\w’'-]*), "
                           r"(?P<given>[A-Z][\w’'-]*\.?(?: ?[A-Z][\w’'-]*\.?){0,2})(?=[ ,;(]|$)")
# The tags of a RIS record's author fields (RIS format specification, Research Information Systems 2011: 'AU', and
# 'A1' for the primary author); a secondary author ('A2', an editor) writes no note under the record.
AUTHOR_TAGS = frozenset({"AU", "A1"})
PARTITIVE_HEADS = frozenset({"one", "some", "many", "several", "most", "each", "either", "neither", "none", "few",
                             "all", "both"})
# Quantifiers that stand alone for some of a group named before ('Commentators stress the cost, and several call it
# …'): an elliptical noun phrase whose head is left out (Quirk et al. 1985 §5.9, §12.16), the group's plural noun.
GROUP_ELLIPSES = frozenset({"several", "some", "many", "most", "others", "both"})


def _names_itself(noun: Token) -> bool:
    """Return True for a description that carries its person's name ('the teacher Jane R.', 'the pilot, Ivo Marr')."""
    return any(child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" for child in noun.children)


def _given_name(noun: Token, naming_verbs: frozenset[str]) -> Span | None:
    """Return the name a description gives its person in a naming clause: the object of a naming verb ('a woman
    whom the crew called Jane', 'a porter known as Ivo'), or the name set beside the noun 'name' ('who signed
    with his first name, Ivo', 'who gave his name as Ivo', 'whose name was Ivo'); else None."""
    for word in noun.subtree:
        if word.pos_ != "PROPN" or word.dep_ == "compound":
            continue
        head = word.head
        by_verb = word.dep_ in ("oprd", "attr") and head.lemma_ in naming_verbs
        by_noun = (word.dep_ == "appos" and head.lemma_ == "name"
                   or word.dep_ == "attr" and any(child.dep_ in SUBJECT_DEPS and child.lemma_ == "name"
                                                  for child in head.children))
        as_name = word.dep_ == "pobj" and head.lower_ == "as" and (
            head.head.lemma_ in naming_verbs or any(child.lemma_ == "name" for child in head.head.children))
        if by_verb or by_noun or as_name:
            first = min(child.i for child in word.subtree if child.dep_ == "compound" or child is word)
            return noun.doc[first:word.i + 1]
    return None


def _gender(root: int, start: int, genders: dict[str, str], parse: ParseArrays) -> str | None:
    """Return 'female' or 'male' for a person's mention (its root token `root`, its first token `start`) that a
    gendered noun or title introduces ('his wife, Jane', 'Jane, his sister', 'Mrs Roe', 'Mr. Roe', 'a woman from
    Riga'), else None (`genders` maps such words to their gender)."""
    words = [root] + [child for child in parse.children(root) if parse.dep[child] == "appos"]
    words += [parse.head[root]] if parse.dep[root] == "appos" else []
    words += [start - 1] if start > 0 else []
    found = {genders[key] for word in words if (key := _bare_word(word, parse)) in genders}
    return found.pop() if len(found) == 1 else None


def _bare_word(word: int, parse: ParseArrays) -> str:
    """Return the lower-cased lemma of token `word` without the full stop American and Indian styles put after an
    abbreviated title ('Mr.', 'Mrs.', 'Ms.'), which British style leaves out ('Mr'); kept per lemma (`_BARE_WORDS`)."""
    lemma = parse.lemma[word]
    bare = _BARE_WORDS.get(lemma)
    if bare is None:
        bare = _BARE_WORDS[lemma] = parse.lowered_lemma(word).rstrip(".")
    return bare


def _according_to_objects(doc: Doc, parse: ParseArrays) -> set[int]:
    """Return the indices of the objects of 'according to' ('according to a port official'): speakers, as subjects
    are (`parse`: the Doc's `ParseArrays`)."""
    return {child.i for i in parse.indices("LOWER", ("according",)).tolist()
            if i + 1 < len(doc) and doc[i + 1].lower_ == "to" for child in doc[i + 1].children if child.dep_ == "pobj"}


def _quantified(token: Token) -> bool:
    """Return True for a noun under a quantifier ('every sailor', 'no officer') or a quantified pronoun ('everyone')."""
    return token.lower_ in QUANTIFIED_PRONOUNS \
        or any(child.dep_ == "det" and child.lower_ in QUANTIFIERS for child in token.children)


def _after_place_preposition(root: int, parse: ParseArrays) -> bool:
    """Return True for a name (the root `root` of a mention's tokens) after a preposition of place or path ('near Port
    Aldren')."""
    return parse.dep[root] == "pobj" and parse.lower[parse.head[root]] in PATH_PREPOSITION_IDS


def _set_as_a_place(name: Token) -> bool:
    """Return True for a name (the root of a mention's tokens) the entity recogniser labelled a person's that the text
    sets as a place (general evidence of layout and syntax, no list of places):
    - the object of 'out of' ('kept out of Port Aldren': one preposition of path, Quirk et al. 1985 §9.18), or a
      name conjoined to the object of 'in' or of a preposition of path that is a name but no person's ('an offensive
      in Daraven and Kessel'; 'in Roe' alone may be trust: 'believed in Roe');
    - a name set off by commas after a person's name and followed by a date, as an interview or a letter is cited
      ('interview with Jane Roe, Kessel, 4 May 2019'): where it took place, since a person has no second name there.
    Such a name is no antecedent of 'he' or 'she'."""
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "pobj":
        preposition = first.head
        if preposition.lower_ == "of" and preposition.head.lower_ == "out":
            return True
        # 'in Roe' alone may be trust ('believed in Roe'); a name beside a named thing that is no person's is not
        if first is not name and first.pos_ == "PROPN" and first.ent_type_ != "PERSON" \
                and preposition.lower_ in PATH_PREPOSITIONS | {"in"}:
            return True
    doc = name.doc
    before = min((child.i for child in name.children if child.dep_ == "compound"), default=name.i) - 1
    while before > 0 and doc[before].is_quote:
        before -= 1
    return name.dep_ == "appos" and name.head.ent_type_ == "PERSON" and name.head.pos_ == "PROPN" \
        and doc[before].text == "," and name.i + 2 < len(doc) and doc[name.i + 1].text == "," \
        and doc[name.i + 2].ent_type_ == "DATE"


def _end_of_post(noun: Token) -> int:
    """Return the end of a person noun with the state or body it speaks for ('the delegate of Chile', also past an
    adjective set right after the noun: 'the source close to Hezbollah'; one set off by a comma only describes the
    person: 'the pilot, angry at Kessel,')."""
    post = next((child for child in noun.children if child.dep_ == "prep" and child.lower_ in ("of", "for")), None)
    if post is None:
        post = next((prep for child in noun.children if child.dep_ == "amod" and child.left_edge.i == noun.i + 1
                     for prep in child.children if prep.dep_ == "prep"), None)
    named = next((child for child in post.children if child.dep_ == "pobj"), None) if post is not None else None
    return named.right_edge.i + 1 if named is not None and named.pos_ == "PROPN" else noun.i + 1


def _of_group(head: Token) -> Token | None:
    """Return the object of a partitive's 'of' phrase ('them' of 'one of them', 'sailors' of 'one of the sailors'),
    else None."""
    of = next((child for child in head.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    return next((child for child in of.children if child.dep_ == "pobj"), None) if of is not None else None


# Endings of agent nouns ("-er", "-ist", "-ee"). Rough ("helicopter" ends so too), they only ever keep
# `Resolver._persons_taken_up` from replacing a plural subject, never name a speaker.
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ee", "man")


def _agent_noun(noun: Token) -> bool:
    """Return True for a noun shaped as one for a doer ('passengers', 'tenants', 'glaziers'), which may stand for
    persons the word lists lack."""
    return noun.lemma_.lower().endswith(AGENT_SUFFIXES)


def _partitive_pronoun(head: Token) -> Token | None:
    """Return the pronoun of a partitive ('one of them', 'two of them'), else None."""
    if not (head.like_num or head.lower_ in PARTITIVE_HEADS):
        return None
    group = _of_group(head)
    return group if group is not None and group.lower_ in THIRD_PERSON else None


def _one_member(head: Token) -> str | None:
    """Return the one person a partitive of a plural noun names, in the singular with the modifiers that tell its kind
    ('one of our retired generals': 'one retired general'; Quirk et al. 1985 §5.24 on 'of'-partitives), else None.
    Modifiers that count or rank the group (`_counts_or_ranks`) are left out ('one of the few pilots': 'one pilot'), and
    a plural whose singular the lemmatiser does not know ('people') or may have guessed ('-ies' read as '-ie') keeps
    the phrase as written."""
    if head.lower_ != "one":
        return None
    group = _of_group(head)
    return _member_of(group) if group is not None else None


def _member_of(group: Token) -> str | None:
    """Return one member of the group a plural noun names, in the singular with the modifiers that tell its kind
    (see `_one_member`), else None."""
    if group.tag_ != "NNS":
        return None
    singular = group.lemma_.lower()
    if singular == group.lower_ or (group.lower_.endswith("ies") and singular.endswith("ie")):
        return None
    modifiers = [group.doc[child.left_edge.i:child.right_edge.i + 1].text for child in group.lefts
                 if child.dep_ in ("amod", "compound") and not _counts_or_ranks(child)]
    return " ".join(["one", *modifiers, group.lemma_])


def _counts_or_ranks(modifier: Token) -> bool:
    """True for a modifier that counts a group's members or ranks them ('few', 'last', 'most senior', 'oldest')."""
    return any(word.lower_ in GROUP_COUNTS or word.tag_ in SUPERLATIVE_TAGS or word.ent_type_ == "ORDINAL"
               for word in modifier.subtree)


def _identifying(subject: int, parse: ParseArrays) -> list[int]:
    """Return the indices of the words that may name whom a subject (token `subject`) stands for: its appositions ('the
    pilot, Ivo Marr'), and the complement of the copula it is subject of, which identifies it in a specificational
    sentence ('The winner was Ivo Marr'; Higgins 1979, *The Pseudo-Cleft Construction in English*)."""
    named = [child for child in parse.children(subject) if parse.dep[child] == "appos"]
    head = parse.head[subject]
    if parse.dep[subject] == "nsubj" and parse.lemma[head] == BE_ID:
        named += [child for child in parse.children(head) if parse.dep[child] == "attr"]
    return named


def _personal_nouns(parse: ParseArrays, nouns: Iterable[str], *,
                    bodies: frozenset[str] = frozenset()) -> frozenset[int]:
    """Return the indices of the singular common nouns for a person: tagged 'NN', with the lemma of one of `nouns` (in
    lower case) or described by a relative clause with 'who' or 'whom' ('the porter, who …': English keeps these
    relative pronouns for persons), read on the parse arrays. A collective noun (one of `bodies`) with a 'who' clause
    is no person: the clause is a person's the parser hung on the nearest noun ('a former head of the navy who now
    teaches'), or the collective taken as plural ('the committee, who are divided'; Quirk et al. 1985 §10.36)."""
    heads = parse.head
    who_clauses = {heads[heads[i]] for i in parse.indices("LOWER", ("who", "whom")).tolist()
                   if heads[i] != i and parse.dep[heads[i]] == "relcl" and heads[heads[i]] != heads[i]}
    return frozenset(i for i in parse.indices("TAG", ("NN",)).tolist()
                     if parse.lowered_lemma(i) in nouns
                     or i in who_clauses and parse.lowered_lemma(i) not in bodies)


def _noun_modifier(root: int, parse: ParseArrays) -> bool:
    """Return True for a name (the root `root` of a mention's tokens) that only modifies a common noun ('the Roe
    years', 'mortar rounds' mislabelled a name): words inside a compound are no antecedents of a pronoun
    (Postal 1969, 'Anaphoric islands')."""
    return parse.dep[root] == "compound" and parse.pos[parse.head[root]] == "NOUN"


def _described_persons(doc: Doc, parse: ParseArrays, personal: Callable[[int], bool]) -> list[int]:
    """Return the indices, in text order, of the nouns that may describe a person a later 'he' or 'she' takes up
    besides subjects: objects ('I met a farmer'), and indefinite nouns that introduce a new person (a definite one takes
    up a person named before): in apposition to a common noun or to no noun ('A voter of mine, a nurse who …, wrote';
    'her scoop: an officer, …'), not to a name, whose description would take the named person's place, or described by
    a 'who' clause, however the parser attached the noun ('a reporter who covers …, said'). A noun in apposition to a
    noun that is a person already by `personal` (of its index) describes that person again ('an officer, a man who …';
    'I met a soldier, a young man who …'): no second mention, which would take the first, more telling noun's place."""
    found = set(parse.indices("DEP", OBJECT_DEPS).tolist())
    found |= {i for i in parse.indices("DEP", ("appos",)).tolist()
              if not _definite(doc[i]) and not _describes_a_name(doc[i], places=True)}
    # a 'who' clause marks a person whatever name the parser hung the noun on ('In Riga, a reporter who …'), unless
    # it names one, who may give the noun its name ('a nurse who gave her name as Liesl')
    found |= {noun.i for i in parse.indices("LOWER", ("who", "whom")).tolist() if doc[i].head.dep_ == "relcl"
              and not _definite(noun := doc[i].head.head) and not _describes_a_name(noun, places=False)
              and not any(word.ent_type_ == "PERSON" for word in doc[i].head.subtree)}
    return [i for i in sorted(found) if not (parse.dep[i] == "appos" and personal(parse.head[i]))]


def _describes_a_name(noun: Token, *, places: bool) -> bool:
    """Return True for a noun in apposition to a pronoun or a name ('Jane Roe, a former official …'), counting a
    place's name only if `places`."""
    head = noun.head
    return noun.dep_ == "appos" and (head.pos_ == "PRON" or head.ent_type_ == "PERSON" or head.pos_ == "PROPN"
                                     and (places or head.ent_type_ not in NOT_BODY_LABELS))


def _definite(noun: Token) -> bool:
    """Return True for a noun after 'the', 'this' or 'that'."""
    return any(child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS for child in noun.children)


def _possessed(noun: Token) -> str | None:
    """Return the possessive pronoun of the third person before a noun ('his' of 'his daughter'), else None."""
    return next((child.lower_ for child in noun.children
                 if child.dep_ == "poss" and child.lower_ in POSSESSIVE_THIRD_PERSON), None)


def _embedded(subject: int, parse: ParseArrays) -> bool:
    """Return True for the subject (token `subject`) of a clause another clause embeds: a reported, adverbial, relative
    or complement clause ('Roe said the minister would resign': 'the minister'), or one coordinated with such a
    clause."""
    return _embedded_verb(parse.head[subject], parse)


def _person_passive_subject(verb: Token) -> bool:
    """Return True for a passive verb whose subject is a person's pronoun or name ('he was met by …'): in the order
    by which a later pronoun picks its antecedent, the subject outranks the agent (Grosz, Joshi and Weinstein 1995,
    'Centering': subject over the other grammatical roles). Not when the passive reports what its agent said, in a
    clause that is no question ('he was told by Roe that the talks would go on'): the agent speaks, and a later 'he
    added' goes on with the agent's words."""
    return any(child.dep_ == "nsubjpass" and (child.lower_ in PERSON_PRONOUNS | FIRST_PERSON
                                              or child.ent_type_ == "PERSON") for child in verb.children) \
        and not any(_reported_statement(child) for child in verb.children)


def _reported_statement(clause: Token) -> bool:
    """Return True for a clausal complement that reports a statement, not a question: no 'whether' or 'if' marks it
    and no wh-word opens it ('that the talks would go on', not 'whether London would object')."""
    return clause.dep_ == "ccomp" and clause.i > clause.head.i \
        and not any(word.lower_ in ("whether", "if") and word.dep_ == "mark" for word in clause.children) \
        and not any(word.tag_ in ("WDT", "WP", "WP$", "WRB") for word in clause.subtree)


def _in_embedded_clause(word: int, parse: ParseArrays) -> bool:
    """Return True for a word (token `word`) of a clause another clause embeds (see `_embedded`), judged by the verb
    that governs it ('I asked whether Putin would stay loyal to Assad': 'Assad')."""
    heads, pos = parse.head, parse.pos
    verb = heads[word]
    while pos[verb] not in ("VERB", "AUX") and heads[verb] != verb:
        verb = heads[verb]
    return _embedded_verb(verb, parse)


def _in_relative_clause(word: int, parse: ParseArrays) -> bool:
    """Return True for a word (token `word`) of a relative clause or of a clause it embeds ('Turkey, which sent ships
    to protect Roe, …', 'the story Ms Roe objected to'): what a relative clause says of its noun is backgrounded, and
    its persons do not take the centre a later pronoun takes up from a person named before them. Its heads up to the
    root are read as `Token.ancestors` gives them, at most as many as the Doc has tokens."""
    heads, deps = parse.head, parse.dep
    for _ in heads:
        if heads[word] == word:
            return False
        word = heads[word]
        if deps[word] == "relcl":
            return True
    return False


def _agent_of_a_modifier(agent: int, parse: ParseArrays) -> bool:
    """Return True for the agent (token `agent`, the object of 'by') of a participle that postmodifies a noun ('a
    pilot, reached by Roe through a friend, said …', 'a lecture recorded by a student'): a nonfinite
    postmodifying clause, which like a relative clause says something of its noun (Quirk et al. 1985 §17.29), so its
    agent is backgrounded and no antecedent a later 'he' or 'she' takes up over the noun's own clause; so too for a
    participle clause with no subject of its own set into its clause (a supplementive clause, whose implied subject is
    the main clause's, §15.58), as the parser may read the same words."""
    verb = parse.head[parse.head[agent]]
    if parse.tag[verb] != "VBN":
        return False
    return parse.dep[verb] == "acl" or parse.dep[verb] == "advcl" and not any(
        parse.dep[child] in SUBJECT_DEPS for child in parse.children(verb))


def _embedded_verb(verb: int, parse: ParseArrays) -> bool:
    """Return True for the verb (token `verb`) of an embedded clause (`EMBEDDED_CLAUSES`), or of one coordinated with
    such a clause."""
    heads, deps = parse.head, parse.dep
    while deps[verb] == "conj" and heads[verb] != verb:
        verb = heads[verb]
    return deps[verb] in EMBEDDED_CLAUSES


def _reporter(subject: Token) -> Token | None:
    """Return the subject before it of the verb whose complement clause `subject` is the subject of ('Roe said Tarn
    had left': 'Roe'), else None."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return None
    return next((child for child in verb.head.children if child.dep_ in SUBJECT_DEPS and child.i < subject.i), None)


def _in_main_clause(subject: Token) -> bool:
    """Return True for the subject of a clause that no conjunction introduces and no relative clause holds."""
    verb = subject.head
    return not any(child.dep_ == "mark" for child in verb.children) and verb.dep_ not in ("relcl", "acl")


def _object_pronoun(subject: Token) -> Token | None:
    """Return the 'him' or 'her' of a subject's clause ('Roe put it to him …'): a 'he' or 'she' after the
    clause takes up that pronoun, the centre of the discourse (Grosz, Joshi and Weinstein 1995, 'Centering'),
    not the subject named beside it; else None."""
    verb = subject.head
    objects = [child for child in verb.children if child.dep_ in ("dobj", "dative")]
    objects += [grandchild for child in verb.children if child.dep_ == "prep"
                for grandchild in child.children if grandchild.dep_ == "pobj"]
    return next((token for token in objects if token.lower_ in ("him", "her") and token.tag_ == "PRP"), None)


def _host_subject_span(pronoun: Token) -> tuple[int, int] | None:
    """Return the character span of the subject of the clause a pronoun's parenthetical tag interrupts ('Roe, she
    said, would resign': 'Roe'), else None: the teller of a reported clause is not its subject, who would be
    taken up by a pronoun inside it ('she would resign, she said')."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "parataxis":
        return None
    subject = next((child for child in verb.head.children if child.dep_ in SUBJECT_DEPS and child.i < verb.i), None)
    if subject is None:
        return None
    last = subject.doc[subject.right_edge.i]
    return subject.doc[subject.left_edge.i].idx, last.idx + len(last)


# A participle, or a past form with no subject of its own that the tagger takes for a finite verb ('Told that Roe had
# left, he replied').
PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})


def _free_adjunct_span(pronoun: Token) -> tuple[int, int] | None:
    """Return the character span of a participle clause with no subject of its own set before a subject pronoun's
    verb ('Asked by a reporter whether Roe would stay, he said …'), else None: its implied subject is the pronoun
    (Quirk et al. 1985 §15.58), so the persons it names are others."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    adjunct = next((child for child in pronoun.head.children if child.dep_ == "advcl" and child.i < pronoun.i
                    and child.tag_ in PARTICIPLE_TAGS and not any(grandchild.dep_ in SUBJECT_DEPS | {"expl"}
                                                                 for grandchild in child.children)), None)
    if adjunct is None:
        return None
    last = pronoun.doc[adjunct.right_edge.i]
    return pronoun.doc[adjunct.left_edge.i].idx, last.idx + len(last)


def _preposed_phrase_span(pronoun: Token) -> tuple[int, int] | None:
    """Return the character span of the prepositional phrases hung on a subject pronoun's verb before the pronoun ('In
    a letter to a colleague, he wrote …'), else None: a person such a phrase brings in as an object is new to the
    discourse and no antecedent of the subject of its own clause, whose centre comes from the sentences before
    (Grosz, Joshi and Weinstein 1995, 'Centering': a subject continues the centre; a newly mentioned non-subject
    ranks last)."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    phrases = [child for child in pronoun.head.children if child.dep_ == "prep" and child.i < pronoun.i]
    if not phrases:
        return None
    last = pronoun.doc[max(phrase.right_edge.i for phrase in phrases)]
    return pronoun.doc[min(phrase.left_edge.i for phrase in phrases)].idx, last.idx + len(last)


def _appositive_nouns(name: Token) -> list[Token]:
    """Return the common nouns in apposition to a name (its head `name`), on either side of it ('Jane Roe, the
    minister', 'the minister, Jane Roe'); the description that a later definite noun phrase with that noun takes up
    (direct anaphora: Poesio and Vieira 1998)."""
    nouns = [child for child in name.children if child.dep_ == "appos"]
    nouns += [name.head] if name.dep_ == "appos" and not opens_a_reduced_clause(name) else []
    return [noun for noun in nouns if noun.tag_ in ("NN", "NNP") and noun.pos_ in ("NOUN", "PROPN")
            and not noun.ent_type_]


def _after_the(name: int, parse: ParseArrays) -> bool:
    """Return True for a name (token `name`) after 'the' ('the Coast Guard'): a body's or a place's, as English names
    of persons take no article."""
    return any(parse.dep[child] == "det" and parse.lower[child] == THE_ID for child in parse.children(name))


def _cited_authors(blocks: Sequence[Block]) -> tuple[list[_Subject], list[tuple[int, int]]]:
    """Return the first author of each reference entry (`is_bibliography_entry`, label and all: 'Essential: Roe, J.
    (2019) …') and of each RIS author field, as a person named in order ('J. Roe') at the surname's offset, and the
    spans of those entry lines: a note under the entry ('Her phrase …', 'He argues …') takes its author up, whatever
    label the entity recogniser gave the inverted name, and no other name of the entry (its title's, its publisher's
    place) is a person's."""
    found, entries = [], []
    for block in blocks:
        at = block.start
        for line in block.text.split("\n"):
            tag = RECORD_TAG.match(line)
            if tag is not None and tag.group("tag") in AUTHOR_TAGS:
                # an author field runs no longer than a citation: `INVERTED_NAME` backtracks long on one long word
                name = INVERTED_NAME.match(line, tag.end() + 1) if len(line) <= CITATION_MAX_CHARS else None
            else:
                # an inverted name holds ', ': a line without one is read no further
                name = INVERTED_NAME.search(line) if tag is None and ", " in line and is_bibliography_entry(line) \
                    else None
            if name is not None:
                found.append(_Subject(at + name.start(), f"{_given_names(name.group('given'))} {name.group('surname')}"))
                entries.append((at, at + len(line)))
            at += len(line) + 1
    return found, entries


def _given_names(given: str) -> str:
    """Return an entry's given names without the full stop that ends the name element ('Roe, Jane. 2019.': 'Jane'),
    keeping an initial's ('Roe, J.': 'J.')."""
    last = given.rsplit(" ", 1)[-1]
    return given[:-1] if given.endswith(".") and len(last) > 2 else given


def _turns(blocks: Sequence[Block]) -> list[tuple[int, int, str, bool]]:
    """Return `(start, end, label, in_capitals)` for each labelled paragraph ('Dorn: …', 'JANE ROE: …', 'JANE ROE,
    Port Authority: …'), and for the paragraph under a label on its own line ('JANE ROE (translated):')."""
    turns = []
    for i, block in enumerate(blocks):
        label = paragraph_label(block)
        if label is not None:
            turns.append((block.start, block.end, label, len(label) > 1 and label.isupper()))
        elif (label := line_label(block)) is not None and i + 1 < len(blocks):
            turns.append((block.start, blocks[i + 1].end, label, True))
    return turns


class SpeakerName(NamedTuple):
    """A speaker's resolved name and gazetteer actor (either may be None)."""

    name: str | None
    actor: str | None


class _Subject(NamedTuple):
    char: int
    name: str


class Resolver:
    """Names for speakers: pronouns resolve to the last matching subject; short names to the longest form."""

    def __init__(self, doc: Doc, entities: Sequence[EntityMention], author: str, *, lexicon: QuoteLexicon,
                 blocks: Sequence[Block] = (), quoted: Sequence[tuple[int, int]] = (),
                 nested: Sequence[tuple[int, int]] = (),
                 parse: ParseArrays | None = None, gazetteer: Gazetteer | None = None):
        """`quoted` holds the sorted, disjoint spans of quoted words: a subject inside them is the quoted
        speaker's, never a referent of the author's 'he' or 'she', only of a pronoun in the same quoted words (a
        plural only where it can speak: a name, persons or a group noun); `nested` holds the spans of quotes inside
        them, words the quoted speaker reports from someone else, whose subjects are no one's referents; `parse`
        is the Doc's `ParseArrays`, read if not given; `gazetteer` (the default one if not given) gives the gender of
        the public persons it lists."""
        parse = parse if parse is not None else ParseArrays(doc)
        # a RIS field's tag opens no name ('T2  - Harbour Review' read as a person's): the field's value is a title
        entities = [m for m in entities if m.label != "PERSON" or RECORD_TAG.match(m.text) is None]
        self.author = author or None
        self.person_nouns = lexicon.person_nouns
        self.lexicon = lexicon
        self._parse = parse
        self.naming_verbs = lexicon.naming_verbs
        genders = lexicon.genders
        # A noun of either gender ('the widow', 'her brother') stands for a person, as the person nouns do.
        self.personal_nouns = lexicon.personal_nouns
        self._personal_tokens = _personal_nouns(parse, self.personal_nouns, bodies=lexicon.collective_nouns)
        self.genders: dict[str, str] = {}
        # genders the gazetteer gives, not the text: they keep a pronoun off a person, never win it for one
        self.listed_genders: dict[str, str] = {}
        self.silent = silent_spans(blocks)
        self._quoted = quoted
        self._bylines = [(block.start, block.end) for block in blocks if block.section == "byline"]
        self._openings = frozenset(parse.indices("ORTH", ("(",)).tolist())  # see `_name_past_note`
        self.block_starts = [block.start for block in blocks]
        self.entities = entities
        self.entity_starts = [mention.start for mention in entities]
        persons = [m.text.strip("[]") for m in entities if m.label == "PERSON"] + ([author] if author else [])
        cited, entries = _cited_authors(blocks)
        persons += [cited_author.name for cited_author in cited]
        subjects = parse.indices("DEP", SUBJECT_DEPS).tolist()
        # Only the head, or the head's head, of a 'him' or 'her' can have one as object (see `_object_pronoun`).
        heads = parse.head
        addressable = {head for i in parse.indices("LOWER", ("him", "her")).tolist()
                       for head in (heads[i], heads[heads[i]])}
        # The agent of a passive ('was stated by a port official') acts, as a subject does, unless the passive's
        # subject is a person: that subject stays the centre a later pronoun takes up ('He was met by Roe.').
        agents = {child for i in parse.indices("DEP", ("agent",)).tolist() for child in parse.children(i)
                  if parse.dep[child] == "pobj" and not _person_passive_subject(doc[heads[i]])}
        # the agent of a participle that postmodifies a noun ('an officer, reached by Roe through …, said'): no centre
        modifying = {agent for agent in agents if _agent_of_a_modifier(agent, parse)}
        agents -= modifying
        # Only subjects, agents and objects of 'according to' can name speakers: picked from the Doc's arrays once.
        # the person whose view a sentence gives ('For Roe, the deal …') is its centre, as a subject is
        viewers = {person.i for i in parse.indices("LOWER", ("for",)).tolist()
                   if (person := viewpoint_holder(doc[i], lexicon)) is not None}
        speakers = sorted(subjects + list(agents | viewers | _according_to_objects(doc, parse)))
        starts = parse.token_starts
        untagged = [name for i in subjects
                    if (name := self._untagged_name(doc, i) or self._name_past_note(doc, i, lexicon)) is not None]
        titled_untagged = self._titled_untagged(doc, lexicon.speaker_titles, parse=parse)
        untagged += titled_untagged
        persons += [name.text for name in untagged]
        self.longest: dict[str, str] = {}
        self.by_first_name: dict[str, str] = {}
        for name in persons:
            last = surname(name)
            if len(name) > len(self.longest.get(last, "")):
                self.longest[last] = name
            if len(name.split()) > 1 and len(name) > len(self.by_first_name.get(name.split()[0], "")):
                self.by_first_name[name.split()[0]] = name
        self._full_names: dict[str, str] = {}  # see `full_name`: the forms above are final now
        # each person entity's tokens (as `char_span` expands them, or None) and their root, read once
        person_mentions = [m for m in entities if m.label == "PERSON"]
        person_spans = [(m, token_span(doc, *bounds) if bounds is not None else None) for m, bounds in
                        zip(person_mentions, parse.expanded_ranges([m.start for m in person_mentions],
                                                                   [m.end for m in person_mentions]))]
        roots = {m.start: span.root.i for m, span in person_spans if span is not None}
        self.titled = self._titled_names(doc, [(span, roots[m.start]) for m, span in person_spans if span is not None],
                                         untagged, lexicon=lexicon)
        first_words = np.asarray(parse.sentence_starts(), dtype=np.intp)
        self.sentence_starts = parse.char_offsets(first_words, first_words + 1)[0]
        self.subjects: dict[str, list[_Subject]] = {"person": [], "thing": [], "plural": []}
        # the subjects inside quoted words, kept apart: only a pronoun in the same quoted words takes them up
        self.quoted_subjects: dict[str, list[_Subject]] = {"person": [], "thing": [], "plural": []}
        self.plural_heads: dict[int, bool] = {}
        self.embedded: set[int] = set()
        # persons named in a relative clause: backgrounded, see `_in_relative_clause`
        self.backgrounded: set[int] = set()
        # the name each definite description of a person as a subject takes up ('the retired colonel' after 'Ivo Marr')
        self.referred: dict[int, str] = {}
        unknown_names: list[_Subject] = []
        person_subjects: dict[int, str] = {}
        reporters: dict[int, Token] = {}
        possessors: list[Token] = []
        addressed: list[tuple[Token, str]] = []
        described: dict[str, str] = {}
        # ('his', 'daughter'): the name set beside 'his daughter', and where; and where each person is first named
        named_as: dict[tuple[str, str], tuple[str, int]] = {}
        first_named: dict[str, int] = {}
        for mention in person_mentions:
            first_named.setdefault(self.full_name(mention.text), mention.start)
        # the subjects' words, offsets and tags read on the arrays: a `Token` only for those the rules keep
        third_person = string_ids(THIRD_PERSON)
        for i in speakers:
            char = starts[i]
            if parse.lower[i] in third_person or in_spans(char, self.silent):
                continue
            if in_spans(char, quoted):
                group, name = self._subject(doc[i], lexicon)
                if group == "plural" and parse.pos[i] == "NOUN" \
                        and not (self._speaks_as_group(doc[i]) or _agent_noun(doc[i])):
                    group = None
                if group is not None and not in_spans(char, nested):
                    self.quoted_subjects[group].append(_Subject(char, name))
                if group == "person" and (gender := _gender(i, i, genders, parse)) is not None:
                    self.genders.setdefault(name, gender)
                continue
            token = doc[i]
            group, name = self._subject(token, lexicon)
            if named_as and group == "person" and parse.pos[i] == "PROPN":
                # a person first named after 'his daughter, Jane Roe' who becomes a subject is the one a later 'his'
                # or 'her' stands for: 'his daughter' is no longer Jane Roe
                named_as = {key: (given, at) for key, (given, at) in named_as.items()
                            if given == name or first_named.get(name, char) < at}
            if group == "person" and self.title_holder(token) is None and self._refers_back(token, lexicon):
                # a noun used before for a person is that person again ('a judge … the judge'; Poesio and Vieira
                # 1998, 'A corpus-based investigation of definite description use': direct anaphora)
                name = described.get(parse.lowered_lemma(i)) or self.subjects["person"][-1].name
                self.referred[char] = name
            elif group == "person" and (owned := _possessed(token)) is not None:
                # a possessive determiner makes the phrase definite too (Huddleston and Pullum 2002, §5.16): 'his
                # daughter' takes up the one the text named 'his daughter, Jane Roe' before, and no one else
                if _names_itself(token):
                    named_as[owned, parse.lowered_lemma(i)] = name, char
                elif (owned, parse.lowered_lemma(i)) in named_as:
                    name = named_as[owned, parse.lowered_lemma(i)][0]
                    self.referred[char] = name
            # a headline or standfirst is written apart from the body, which introduces its persons again
            if group == "person" and parse.tag[i] == "NN" and not _names_itself(token) \
                    and self._section(char, blocks) not in DISPLAY_SECTIONS:
                described[parse.lowered_lemma(i)] = name
            if group is not None:
                self.subjects[group].append(_Subject(char, name))
            reported = _embedded(i, parse) and not self._tells_a_tag(doc, i) or self._told_in_a_tag(doc, i)
            if group == "person" and reported:
                self.embedded.add(char)
            if group == "person" and _in_relative_clause(i, parse):
                self.backgrounded.add(char)
            if group == "plural":
                self.plural_heads[char] = parse.pos[i] in ("NOUN", "PROPN")
            if group == "person" and (gender := _gender(i, i, genders, parse)) is not None:
                self.genders[name] = gender
            if parse.head[i] in addressable and (pronoun := _object_pronoun(token)) is not None:
                addressed.append((pronoun, name))
            if group != "person" and (unknown := self._unknown_name(token)) is not None:
                unknown_names.append(unknown)
                # the subject of a clause a person reports ('An official said Ankara had …'; see `_taken_for_persons`)
                if (reporter := _reporter(token)) is not None \
                        and (reporter.idx in person_subjects or reporter.lower_ in PRONOUN_GENDERS):
                    reporters[unknown.char] = reporter
            if group == "person":
                person_subjects[char] = name
            owners = [doc[child] for child in parse.children(i)
                      if parse.dep[child] == "poss" and parse.pos[child] == "PROPN"]
            if owners and _in_main_clause(token):
                possessors += owners
        kept = [(m, span) for m, span in person_spans
                if span is None or not (_after_place_preposition(roots[m.start], parse)
                                        or _set_as_a_place(doc[roots[m.start]])
                                        # a possessor ('at the mayor’s disposal'): no referent a later 'he' takes
                                        # up over the last subject
                                        or parse.dep[roots[m.start]] == "poss"
                                        or _noun_modifier(roots[m.start], parse))]
        named = [_Subject(m.start, self.full_name(m.text)) for m, _ in kept if not in_spans(m.start, entries)]
        named += [_Subject(name.start_char, self.full_name(name.text)) for name in titled_untagged]
        # persons named or described inside an embedded clause ('I asked Roe whether Putin would stay loyal to Assad')
        embedded_mentions = {m.start for m, span in kept
                             if span is not None and _in_embedded_clause(roots[m.start], parse)}
        embedded_mentions |= {name.start_char for name in titled_untagged if _in_embedded_clause(name.root.i, parse)}
        self.backgrounded |= {m.start for m, span in kept
                              if span is not None and _in_relative_clause(roots[m.start], parse)}
        self.backgrounded |= {name.start_char for name in titled_untagged if _in_relative_clause(name.root.i, parse)}
        self.backgrounded |= {starts[agent] for agent in modifying}
        for span, root in [(span, roots[m.start]) for m, span in person_spans if span is not None] \
                + [(name, name.root.i) for name in titled_untagged]:
            if (gender := _gender(root, span.start, genders, parse)) is not None:
                self.genders[self.full_name(span.text)] = gender
        self._add_listed_genders(entities, gazetteer or default_gazetteer())
        described = []
        personal = self._personal_tokens
        for token in [doc[i] for i in _described_persons(doc, parse, personal.__contains__) if i in personal]:
            if not _quantified(token):
                given = _given_name(token, self.naming_verbs) or appended_name(token)
                described.append(_Subject(token.idx, self.title_holder(token)
                                          or (self.full_name(given.text) if given is not None else None)
                                          or token.doc[token.left_edge.i:token.i + 1].text))
                if _in_embedded_clause(token.i, parse):
                    embedded_mentions.add(token.idx)
                if (gender := _gender(token.i, token.i, genders, parse)) is not None:
                    self.genders[described[-1].name] = gender
        self.person_mentions = sorted([m for m in named + described
                                       if not in_spans(m.char, self.silent) and not in_spans(m.char, quoted)]
                                      + [m for m in cited if not in_spans(m.char, quoted)])
        # a main clause's persons outrank those of the clauses it embeds (Miltsakaki 2002): a mention inside an
        # embedded clause of a sentence whose main clause holds a person is no antecedent after that sentence
        with_main_person = {self._sentence(m.char) for m in self.person_mentions if m.char not in embedded_mentions}
        with_main_person |= {self._sentence(person.char) for person in self.subjects["person"]
                             if person.char not in self.embedded}
        with_main_person |= {self._sentence(starts[i]) for i in subjects
                             if parse.lower[i] in SPEAKING_PRONOUN_IDS and not _embedded(i, parse)}
        self.outranked = {char for char in embedded_mentions if self._sentence(char) in with_main_person}
        reporter_genders = {char: PRONOUN_GENDERS.get(reporter.lower_)
                            or self.genders.get(person_subjects.get(reporter.idx, ""))
                            for char, reporter in reporters.items()}
        self._add_named_persons(doc, unknown_names, possessors, reporter_genders, quoted=quoted, parse=parse)
        self.subjects["person"] = sorted(self.subjects["person"] + [
            _Subject(pronoun.idx, other) for pronoun, name in addressed
            if (other := self._named_object(pronoun) or self._other_person(pronoun.idx, name)) is not None])
        by_upper = {name.upper(): name for name in self.longest}
        by_first_upper = {first.upper(): name for first, name in self.by_first_name.items()}

        def turn_name(label: str, in_capitals: bool) -> str | None:
            # a label by surname, or by the first name alone of a person named in full ('Yelena:' after 'Yelena Roe',
            # as podcast and interview transcripts label turns), else a label in capitals as it stands
            if surname(label).upper() in by_upper:
                return self.full_name(by_upper[surname(label).upper()])
            if len(label.split()) == 1 and label.upper() in by_first_upper:
                return by_first_upper[label.upper()]
            return label.title() if in_capitals else None

        self.labels = [(start, end, name) for start, end, label, in_capitals in _turns(blocks)
                       if (name := turn_name(label, in_capitals)) is not None]
        self.label_starts = [start for start, _, _ in self.labels]
        self.letters = [(start, end, self.full_name(writer)) for start, end, writer in letters(blocks)]
        self.full_descriptions = [(starts[i], parse.lowered_lemma(i)) for i in subjects
                                  if parse.pos[i] in ("NOUN", "PROPN")
                                  and any(parse.dep[child] in ("amod", "compound", "nmod")
                                          for child in parse.children(i))
                                  and self.mention_at(starts[i]) is None]
        self.bodies = self._named_bodies(doc, subjects, quoted=quoted, parse=parse)
        self.statements = self._statements(doc, lexicon, quoted=quoted, parse=parse)
        by_char = {starts[i]: i for i in speakers}
        self.subjects["thing"] = [subject._replace(name=self.body(doc[by_char[subject.char]]) or subject.name)
                                  for subject in self.subjects["thing"]]
        self._chain_pronouns(doc, quoted=quoted, parse=parse)

    def _add_listed_genders(self, entities: Sequence[EntityMention], gazetteer: Gazetteer) -> None:
        """Record the gender the gazetteer gives each person it lists that the document names ('she' does not take up
        Putin), under the name the document gives in full when that name is an alias of the same person."""
        for mention in entities:
            if mention.actor_type != "person" or (gender := gazetteer.gender(mention.text)) is None:
                continue
            name = self.full_name(mention.text)
            listed = gazetteer.lookup(name)
            if listed is not None and listed.actor == mention.actor:
                self.listed_genders[name] = gender

    def _chain_pronouns(self, doc: Doc, *, quoted: Sequence[tuple[int, int]], parse: ParseArrays) -> None:
        """Add to the person subjects, in text order, each 'he', 'she', 'his' or 'her' of the author's (a subject or a
        possessor, outside quotes) with the name it resolves to: a person the text keeps referring to by a pronoun
        stays the centre of the discourse, ahead of a name mentioned in passing after the last named subject ('Roe
        opened with the navy's record. Back then, he said, …'; Grosz, Joshi and Weinstein 1995, 'Centering',
        rule 1: a pronoun realises the backward-looking centre, which the next pronoun continues)."""
        starts = parse.token_starts
        for i in parse.indices("LOWER", PERSON_WORDS).tolist():
            if parse.dep[i] not in SUBJECT_DEPS and parse.dep[i] != "poss" \
                    or in_spans(starts[i], quoted) or in_spans(starts[i], self.silent):
                continue
            name = self.pronoun(doc[i])
            if name is not None:
                bisect.insort(self.subjects["person"], _Subject(starts[i], name))
                if _embedded(i, parse) and not self._tells_a_tag(doc, i):
                    self.embedded.add(starts[i])

    def _tells_a_tag(self, doc: Doc, subject: int) -> bool:
        """Return True for the teller (token `subject`) of a parenthetical tag ('In 2016, he recalled, Putin …'), which
        the parser may read as a clause the host embeds: the teller speaks in a main clause of its own."""
        parse = self._parse
        verb = parse.head[subject]
        return parse.dep[subject] in SUBJECT_DEPS and parse.head[verb] != verb \
            and reporting_tag(doc, parse.head[verb], self.lexicon, parse=parse) == verb

    def _told_in_a_tag(self, doc: Doc, subject: int) -> bool:
        """Return True for the subject (token `subject`) of a clause a parenthetical tag reports ('In 2016, he recalled,
        Putin announced …', 'Putin, she said, would …'; see `reporting_tag`): the tag's teller, not the subject, stays
        the centre a later pronoun takes up, as with the subject of a reported clause."""
        parse = self._parse
        return parse.dep[subject] in SUBJECT_DEPS \
            and reporting_tag(doc, parse.head[subject], self.lexicon, parse=parse) is not None

    def _titled_names(self, doc: Doc, persons: Sequence[tuple[Span, int]], untagged: Sequence[Span], *,
                      lexicon: QuoteLexicon) -> list[tuple[int, str, str | None]]:
        """Return `(offset, title, name)` for each person's name (the tokens of a person entity with their root's
        index, or one of the `untagged` names) written with a title noun before it ('President Roe', 'Mayor Jane
        Roe', also past a note in brackets: 'General (retd) Roe', see `name_past_note`) or with a noun for a person in
        apposition ('Jane Roe, the Minister for Trade', 'Ivo Marr, a researcher at …', 'our analyst, Ivo Marr'), the
        title or noun in lower case, in text order; and `(offset, noun, None)` for each mention of such a noun with an
        indefinite determiner ('a second minister'): someone new and unnamed, whom a later 'the minister' may be."""
        parse = self._parse
        titled, lowers, titles = [], parse.lower, string_ids(self.person_nouns)
        named_nouns = set()
        for span, root in list(persons) + [(name, None) for name in untagged]:
            silent = in_spans(span.start_char, self.silent)
            # a byline's name with its post ('Answered by: Jane Roe, Minister for Trade') is who a later 'the
            # Minister' is; a name in the page's chrome (related links, most read) is no one's
            if not silent or in_spans(span.start_char, self._bylines):
                head = root if root is not None else span.root.i
                # a name neither in apposition nor with one has no appositive nouns: read on the arrays first
                appositive = parse.dep[head] == "appos" or any(parse.dep[child] == "appos"
                                                              for child in parse.children(head))
                nouns = [noun for noun in _appositive_nouns(doc[head]) if noun.lemma_.lower() in self.person_nouns
                         and not span.start <= noun.i < span.end] if appositive else []
                titled += [(span.start_char, noun.lower_, self.full_name(span.text)) for noun in nouns]
                named_nouns.update(noun.i for noun in nouns)
            if silent:
                continue
            noted = [k for k in range(max(0, span.start - NOTE_TOKENS), span.start)
                     if (name := self._name_past_note(doc, k, lexicon)) is not None and name.start == span.start]
            words = [k for k in ([span.start - 1] if span.start > 0 else []) + noted + list(range(span.start, span.end))
                     if lowers[k] in titles and doc[k].is_title]
            titled += [(span.start_char, doc[k].lower_, self.full_name(span.text)) for k in words]
            named_nouns.update(words)
        # the determiner read first, on the parse arrays: most nouns have none of these
        titled += [(doc[k].idx, doc[k].lower_, None) for k in parse.indices("LOWER", self.person_nouns).tolist()
                   if k not in named_nouns and any(parse.dep[child] == "det" and lowers[child] in INDEFINITE_IDS
                                                   for child in parse.children(k))
                   and not in_spans(doc[k].idx, self.silent) and not _predicative(doc[k])]
        return sorted(titled, key=lambda entry: entry[0])

    def _is_bare_definite(self, noun: Token) -> bool:
        """Return True for a singular noun for a person with a definite determiner and no other modifier ('the
        mayor'): one that takes up someone already written of (see `title_holder`)."""
        return noun.tag_ in ("NN", "NNP") and noun.lemma_.lower() in self.person_nouns \
            and all(child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS for child in noun.children) \
            and any(child.dep_ == "det" for child in noun.children)

    def title_holder(self, noun: Token) -> str | None:
        """Return the name of the person a bare definite title refers to ('the mayor' after 'Mayor Jane Roe'): the
        one last written with that title or noun before it, None if that mention named no one ('a second mayor');
        None for a title with modifiers ('the Turkish president'), which may be someone else, or with none such
        name."""
        if not self._is_bare_definite(noun):
            return None
        return next((name for char, title, name in reversed(self.titled) if char < noun.idx and title == noun.lower_),
                    None)


    def _named_bodies(self, doc: Doc, subjects: Sequence[int], *,
                      quoted: Sequence[tuple[int, int]], parse: ParseArrays) -> list[_Subject]:
        """Return the names, as subjects, that a later description of a body ('the paper', 'the ministry', 'its
        editorial') can take up: a name that is no place, people or date, no person of the gazetteer, that no 'he' or
        'she' takes up, and, if labelled a person, that a noun for no person introduces (the recogniser often labels
        an outlet's name a person). `subjects` are the indices of the Doc's subjects, in order."""
        persons = None  # the names the person pronouns resolve to, found when a name first needs them
        bodies = []
        for i in subjects:
            if parse.pos[i] != "PROPN" or in_spans(char := parse.token_starts[i], self.silent) \
                    or in_spans(char, quoted):
                continue
            mention = self.mention_at(char)
            if mention is None or mention.label in NOT_BODY_LABELS or mention.actor_type == "person":
                continue
            named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            first = named.start
            while first > 0 and parse.pos[first - 1] == "PROPN" and name_cased(doc[first - 1]):
                first -= 1
            if mention.label == "PERSON" and not self._named_with_a_noun(doc[first - 1] if first else None, doc[i]):
                continue
            name = doc[first:named.end].text.strip()
            if persons is None:
                persons = {self.pronoun(doc[i]) for i in parse.indices("LOWER", PERSON_WORDS).tolist()
                           if parse.dep[i] in SUBJECT_DEPS and not in_spans(doc[i].idx, quoted)}
            if self.full_name(name) not in persons:
                bodies.append(_Subject(doc[first].idx, name))
        return sorted(set(bodies))

    def _named_with_a_noun(self, before: Token | None, name: Token) -> bool:
        """Return True for a name (headed by `name`) the text introduces with a common noun for no person, as the
        word `before` it (whatever part of speech the tagger gave it) or in apposition ('the Moscow daily X', 'X,
        a weekly …'): a body, whatever label the recogniser gave it. A finite verb before the name is no such noun
        (the reporting verb of an inverted tag: '“…,” said X, a broker'), and a noun that a 'who' clause describes is
        a person's, whatever the word lists hold ('X, a broker who …'; see `_personal`)."""
        nouns = [child for child in name.children if child.dep_ == "appos" and child.pos_ == "NOUN"]
        nouns += [before] if before is not None and before.is_alpha and before.is_lower and not before.is_stop \
            and before.tag_ not in FINITE_VERB_TAGS else []
        return any(noun.lemma_.lower() not in self.personal_nouns and not self._personal(noun) for noun in nouns)

    def body(self, description: Token) -> str | None:
        """Return the name a description of a body takes up: 'the paper', 'the daily', 'its editorial' (a singular
        common noun for no person, after 'the', 'this' or 'its') stands for the last body named before its sentence
        in its paragraph or the one before, preferring one whose name holds the noun ('the ministry', 'the
        Ministry of Fisheries'); else None, also when a modified subject in that reach has the same noun and no name
        holds it (the body described in full first: 'the Russian defence ministry … the ministry')."""
        determiners = {child.lower_ for child in description.children if child.dep_ in ("det", "poss")}
        if description.tag_ != "NN" or description.lemma_.lower() in self.person_nouns \
                or not determiners & (DEFINITE_DETERMINERS | {"its"}):
            return None
        sentence_start = self.sentence_starts[self._sentence(description.idx) - 1]
        here = bisect.bisect_right(self.block_starts, description.idx)
        earlier = [body for body in self.bodies if body.char < sentence_start
                   and here - bisect.bisect_right(self.block_starts, body.char) <= BODY_REACH_BLOCKS]
        holding = [body for body in earlier if description.lower_ in body.name.lower().split()]
        chosen = (holding or earlier)[-1:]
        repeated = any(lemma == description.lemma_.lower() and char < sentence_start
                       and here - bisect.bisect_right(self.block_starts, char) <= BODY_REACH_BLOCKS
                       for char, lemma in self.full_descriptions)
        return chosen[0].name if chosen and (holding or not repeated) else None

    def _unknown_name(self, token: Token) -> _Subject | None:
        """Return a subject that is a name the gazetteer does not know, which the entity recogniser missed or took
        for a place or a group ('Abel Tarn was waiting …'), else None; never one after 'the' (see `_after_the`), nor a
        plural ('Nigerians'), which no 'he' or 'she' takes up."""
        mention = self.mention_at(token.idx)
        if token.pos_ != "PROPN" or token.tag_ == "NNPS" or mention is not None and mention.actor is not None \
                or _after_the(token.i, self._parse) or any(child.dep_ == "conj" for child in token.children):
            return None
        return _Subject(token.idx, mention.text.strip() if mention is not None else token.text)

    def _add_named_persons(self, doc: Doc, unknown_names: list[_Subject], possessors: list[Token],
                           reporter_genders: dict[int, str | None], *, quoted: Sequence[tuple[int, int]],
                           parse: ParseArrays) -> None:
        """Add to the person subjects the unknown names a person pronoun takes up (and their other mentions as
        subjects), and the possessors of main-clause subjects that are persons' names ('Roe’s book argues …');
        `reporter_genders` maps the names a person reports to that person's gender, None when unknown."""
        pronouns = [doc[i] for i in parse.indices("LOWER", PERSON_WORDS).tolist()
                    if (parse.dep[i] in SUBJECT_DEPS or parse.dep[i] == "poss")
                    and not in_spans(parse.token_starts[i], quoted)]
        taken = self._taken_for_persons(unknown_names, pronouns, reporter_genders, text=raw_text(doc),
                                         quoted=quoted)
        known = {surname(subject.name) for subject in taken}
        self.subjects["person"] += taken + [name for name in unknown_names if surname(name.name) in known]
        self.subjects["thing"] = [subject for subject in self.subjects["thing"] if surname(subject.name) not in known]
        self.subjects["person"] += [_Subject(token.idx, self.full_name(token.text)) for token in possessors
                                    if token.ent_type_ == "PERSON" or token.text in known | self.longest.keys()]
        self.subjects = {group: sorted(set(subjects)) for group, subjects in self.subjects.items()}

    def _taken_for_persons(self, names: list[_Subject], pronouns: list[Token],
                           reporter_genders: dict[int, str | None], *, text: str,
                           quoted: Sequence[tuple[int, int]]) -> list[_Subject]:
        """Return the `names` (unknown names as subjects) that a 'he', 'she', 'his' or 'her' takes up in the same
        or the next sentence of the author's (sentences inside `quoted` spans are the speaker's, and do not count)
        before any person subject or mention outside them, a possessor included ('Abel Tarn was waiting … He had
        sailed …'), each with that pronoun, which now refers to it: they are persons, whatever label the recogniser
        gave them. A name a person reports ('An official said Ankara had …') is taken up only by a pronoun of the
        other gender than the reporter's ('A spokeswoman said Tarn had left. He …'): any other means the reporter."""
        persons = sorted([subject.char for subject in self.subjects["person"]]
                         + [mention.char for mention in self.person_mentions]
                         + [mention.start for mention in self.entities if mention.label == "PERSON"
                            and not in_spans(mention.start, quoted) and not in_spans(mention.start, self.silent)])
        chars = [pronoun.idx for pronoun in pronouns]
        found = []
        for name in names:
            k = bisect.bisect_right(chars, name.char)
            if k == len(chars) or bisect.bisect_right(persons, chars[k]) != bisect.bisect_right(persons, name.char):
                continue
            if name.char in reporter_genders \
                    and reporter_genders[name.char] in (None, PRONOUN_GENDERS.get(pronouns[k].lower_)):
                continue
            between = range(self._sentence(name.char) + 1, self._sentence(chars[k]))
            if any(self._narrates(number, text, quoted) for number in between):
                continue
            found += [name, _Subject(chars[k], name.name)]
        return found

    def _named_object(self, pronoun: Token) -> str | None:
        """Return the person's name a naming verb gives an object 'him' or 'her' ('I will call him Ivo': Ivo), else
        None."""
        given = next((child for child in pronoun.head.children if child.dep_ == "oprd" and child.pos_ == "PROPN"), None)
        mention = self.mention_at(given.idx) if given is not None else None
        return self.full_name(mention.text) if mention is not None and mention.label == "PERSON" else None

    def _other_person(self, char: int, name: str) -> str | None:
        """Return the last person before offset `char`, as a subject or a mention, who is not `name`."""
        earlier = [person for person in self.subjects["person"] + self.person_mentions
                   if person.char < char and person.name != name]
        return max(earlier).name if earlier else None

    def _untagged_name(self, doc: Doc, subject: int) -> Span | None:
        """Return the name of a subject (token `subject`) written as two or more capitalised proper nouns that no
        entity covers ('Gennady Orlik spent …', or in capitals as press releases print a briefer's name: 'JANE ROE, …
        said'), else None: such a subject is taken for a person, unless 'the' comes before it (see `_after_the`)."""
        parse = self._parse
        if parse.pos[subject] != "PROPN" or self.mention_at(parse.token_starts[subject]) is not None \
                or _after_the(subject, parse):
            return None
        start, first_allowed = subject, max(0, subject + 1 - MAX_NAME_WORDS)
        while start > first_allowed:
            if parse.pos[start - 1] == "PROPN" and name_cased(doc[start - 1]) and doc[start - 1].whitespace_ == " ":
                start -= 1
            elif start - 2 >= first_allowed and joins_a_name(doc[start - 1]) and parse.pos[start - 2] == "PROPN" \
                    and name_cased(doc[start - 2]):
                start -= 2
            else:
                break
        return token_span(doc, start, subject + 1) if start < subject and name_cased(doc[subject]) else None

    def _titled_untagged(self, doc: Doc, titles: frozenset[str], *, parse: ParseArrays) -> list[Span]:
        """Return the names no entity covers written after a title ('Lieutenant-Colonel Ivo Marr', 'Dr Vos'): persons'
        names, whatever the recogniser missed; never one after 'the' ('the General Assembly')."""
        names = []

        def name_word(k: int) -> bool:
            return parse.pos[k] == "PROPN" and name_cased(doc[k]) and doc[k].text not in titles

        for i in parse.indices("ORTH", titles).tolist():
            end = i + 1
            while end < len(doc) and end - i <= MAX_NAME_WORDS:
                if name_word(end):
                    end += 1
                # the tagger may take the second half of a double-barrelled name for an adjective ('Roe-Bey')
                elif end > i + 1 and end + 1 - i <= MAX_NAME_WORDS and joins_a_name(doc[end]) \
                        and name_cased(doc[end + 1]) and doc[end + 1].text not in titles:
                    end += 2
                else:
                    break
            if end == i + 1 or (i > 0 and parse.lower[i - 1] == THE_ID) or in_spans(doc[i].idx, self.silent) \
                    or any(not self._mislabelled_after(doc[i].text, self.mention_at(doc[k].idx))
                           for k in range(i + 1, end)):
                continue
            names.append(token_span(doc, i + 1, end))
        return names

    @staticmethod
    def _mislabelled_after(title: str, mention: EntityMention | None) -> bool:
        """Return True when a word after `title` is no known name (`mention` None) or, after an honorific, a name the
        recogniser took for no person and the gazetteer does not list ('Dr Jane Roe' as an organisation)."""
        return mention is None or (title in HONORIFICS and mention.label != "PERSON" and mention.actor is None)

    def _name_past_note(self, doc: Doc, i: int, lexicon: QuoteLexicon) -> Span | None:
        """Return `name_past_note` of token `i`, asked only when an opening bracket is one or two tokens after it (the
        note's bracket follows the title, or its full stop), as it must be for a name to be found."""
        if i + 1 not in self._openings and i + 2 not in self._openings:
            return None
        return name_past_note(doc[i], lexicon)

    def _subject(self, token: Token, lexicon: QuoteLexicon) -> tuple[str | None, str]:
        """Return the group ('person', 'thing', 'plural' or None) a subject token belongs to, and its name; 'one' with
        a noun for a person in apposition ('one of them, a retired pilot') is that noun's person."""
        token = self._described_one(token)
        if (noted := self._name_past_note(token.doc, token.i, lexicon)) is not None:
            return "person", self.full_name(noted.text)
        mention, parse = self.mention_at(token.idx), self._parse
        if mention is not None and mention.label == "PERSON":
            return "person", self.full_name(mention.text)
        coordinated = any(parse.dep[child] == "conj" and parse.pos[child] in NOMINAL_POS
                          for child in parse.children(token.i))
        named = next((m for child in _identifying(token.i, parse)
                      if (m := self.mention_at(token.doc[child].idx)) is not None and m.label == "PERSON"), None)
        if named is not None and not coordinated:
            return "person", self.full_name(named.text)
        if token.pos_ == "PROPN" and token.text in self.longest and not coordinated:
            return "person", self.full_name(token.text)
        if token.lower_ == "one" and (member := self._one_of_persons(token)) is not None:
            return "person", member
        if self._personal(token) and not coordinated and not _quantified(token):
            given = _given_name(token, lexicon.naming_verbs) or appended_name(token)
            return "person", (self.title_holder(token) or (self.full_name(given.text) if given is not None else None)
                              or token.doc[token.left_edge.i:_end_of_post(token)].text)
        if mention is not None and mention.label in GROUP_LABELS and token.tag_ in ("NNP", "NN"):
            return "thing", mention.text
        if token.tag_ in ("NNS", "NNPS") or coordinated:
            return "plural", token_span(token.doc, token.left_edge.i, token.right_edge.i + 1).text
        if token.tag_ == "NN" and token.head.lemma_ in lexicon.direct_cues:
            return "thing", token_span(token.doc, token.left_edge.i, token.i + 1).text
        return None, ""

    def _one_of_persons(self, one: Token) -> str | None:
        """Return the one person a subject 'one of …' names when its group is a plural noun for persons: written out
        ('one of the sailors': 'one sailor', see `_member_of`), or taken up by 'them' or 'those' from the last plural
        subject of the same or the previous paragraph ('Two sailors sat there. One of them …'); else None."""
        group = _of_group(one)
        if group is not None and group.lower_ in PLURAL_TAKERS:
            index = bisect.bisect_left(self.subjects["plural"], (one.idx, ""))
            earlier = self.subjects["plural"][index - 1] if index else None
            here = bisect.bisect_right(self.block_starts, one.idx)
            if earlier is None or here - bisect.bisect_right(self.block_starts, earlier.char) > 1:
                return None
            group = one.doc.char_span(earlier.char, earlier.char + 1, alignment_mode="expand").root
        if group is None or group.lemma_.lower() not in self.personal_nouns:
            return None
        return _member_of(group)

    def _persons_taken_up(self, pronoun: Token) -> str | None:
        """Return the group of persons the 'them' of a speaking 'one of them' takes up when the last plural subject
        before it is no noun for persons ('The ferries stopped. I met a class of students. “…,” one of them asked'):
        the last plural noun for persons (or bodies) named after that subject, in its paragraph or the one before,
        whatever its role, outside a relative clause, quotes and page chrome; else None, and the pronoun is resolved
        as any other."""
        doc, parse = pronoun.doc, self._parse
        index = bisect.bisect_left(self.subjects["plural"], (pronoun.idx, ""))
        if pronoun.lower_ not in PLURAL_TAKERS or not index:
            return None
        char = self.subjects["plural"][index - 1].char
        last = doc.char_span(char, char + 1, alignment_mode="expand")
        if last is None or last[0].pos_ != "NOUN" or self._speaks_as_group(last[0]) or _agent_noun(last[0]):
            return None
        paragraph = bisect.bisect_right(self.block_starts, pronoun.idx) - 1
        start = max(self.block_starts[max(paragraph - 1, 0)] if self.block_starts else 0, last[0].right_edge.idx)
        for word in reversed(doc[:pronoun.i]):
            if word.idx <= start or (word.tag_ in ("NNS", "NNPS") and last[0].head in word.ancestors):
                return None
            if word.tag_ in ("NNS", "NNPS") and self._speaks_as_group(word) and not in_spans(word.idx, self.silent) \
                    and not _in_relative_clause(word.i, parse) and not in_spans(word.idx, self._quoted):
                return doc[word.left_edge.i:word.i + 1].text
        return None

    def _speaks_as_group(self, noun: Token) -> bool:
        """Return True for a plural noun for persons or bodies ('students', 'ministries')."""
        return noun.lemma_.lower() in self.personal_nouns or noun.lemma_.lower() in self.lexicon.collective_nouns

    def _personal(self, noun: Token) -> bool:
        """Return True for a singular common noun for a person: a person noun ('a nurse'), or one a 'who' clause
        describes ('a local who …')."""
        return noun.i in self._personal_tokens

    def _described_one(self, token: Token) -> Token:
        """Return the noun for a person in apposition to a subject 'one' or 'another' ('one of them, a retired pilot'),
        else `token`."""
        if token.lower_ not in ONE_OF_A_GROUP:
            return token
        return next((child for child in token.children if child.dep_ == "appos" and child.tag_ == "NN"
                     and child.lemma_.lower() in self.personal_nouns), token)

    def _refers_back(self, token: Token, lexicon: QuoteLexicon) -> bool:
        """Return True for a definite description ('the retired colonel') of the last person who was a
        subject in the same or the previous paragraph; one that names whom it speaks for ('the delegate of
        Chile') or carries a name of its own ('the teacher Jane R.') is a new person."""
        if not (_definite(token) and token.lemma_.lower() in lexicon.person_nouns and self.subjects["person"]) \
                or _end_of_post(token) > token.i + 1 or _names_itself(token):
            return False
        here = bisect.bisect_right(self.block_starts, token.idx)
        return here - bisect.bisect_right(self.block_starts, self.subjects["person"][-1].char) <= 1

    def mention_at(self, char: int) -> EntityMention | None:
        """Return the entity mention covering offset `char`, or None."""
        i = bisect.bisect_right(self.entity_starts, char) - 1
        if i >= 0 and self.entities[i].start <= char < self.entities[i].end:
            return self.entities[i]
        return None

    def full_name(self, name: str) -> str:
        """Return the longest form of `name` in the document (by surname, or by first name for one word), found once
        per name."""
        found = self._full_names.get(name)
        if found is None:
            found = self._full_names[name] = self._longest_form(name.strip("[]"))
        return found

    def _longest_form(self, name: str) -> str:
        if not name:
            return name
        candidates = [name, self.longest.get(surname(name), name)]
        if len(name.split()) == 1:
            candidates.append(self.by_first_name.get(name, name))
        return max(candidates, key=len)

    def pronoun(self, token: Token) -> str | None:
        """Return the name a pronoun refers to: the author (or the labelled turn's speaker, or the writer who signs
        the letter) for the first person, the other party of a conversation for 'you', else the last subject of
        its kind; for 'he' or 'she', a person named or described after that subject's sentence ('Reporters asked
        Jane Roe …', 'I met a farmer') is more recent and wins, unless a relative clause backgrounds it. 'He' passes
        over a person the text calls a woman ('his wife, Jane'), 'she' one it calls a man. A subject 'it' after a
        reporting noun with a source, in its sentence or the next ('the agency’s morning bulletin: …, it said'),
        stands for that source."""
        word = token.lower_
        i = bisect.bisect_right(self.label_starts, token.idx) - 1
        in_turn = i >= 0 and self.labels[i][0] <= token.idx < self.labels[i][1]
        if word in FIRST_PERSON:
            if in_turn:
                return self.labels[i][2]
            return next((writer for start, end, writer in self.letters if start <= token.idx < end), self.author)
        if word in SECOND_PERSON:
            return self._addressee(i) if in_turn else None
        group = "person" if word in PERSON_PRONOUNS else "thing" if word in THING_PRONOUNS else "plural"
        if (inner := self._quoted_antecedent(token, group)) is not None:
            return inner.name
        subjects = self.subjects[group]
        index = bisect.bisect_left(subjects, (token.idx, ""))
        subject = subjects[index - 1] if index else None
        if group in ("thing", "plural") and subject is not None \
                and self._sentence(subject.char) < self._sentence(token.idx):
            subject = self._main_clause_body(token.doc, subjects[:index - 1], subject) or subject
        if group == "thing" and token.dep_ in SUBJECT_DEPS:
            said = bisect.bisect_left(self.statements, (token.idx, ""))
            statement = self.statements[said - 1] if said else None
            if statement is not None and (subject is None or statement.char > subject.char) \
                    and self._sentence(token.idx) - self._sentence(statement.char) <= 1:
                return statement.name
        if group == "person":
            host = _host_subject_span(token) or _free_adjunct_span(token)
            preposed = _preposed_phrase_span(token)

            def before_the_phrase(person: _Subject) -> bool:
                return not (preposed and preposed[0] <= person.char < preposed[1])

            subject = self._last_agreeing(subjects, index, word, outside=host, keep=before_the_phrase)
            subject = self._main_clause_rival(subjects, subject, word) or subject
            named = bisect.bisect_left(self.person_mentions, (token.idx, ""))
            here = self._sentence(token.idx)
            mention = self._last_agreeing(self.person_mentions, named, word, outside=host,
                                          keep=lambda person: (person.char not in self.outranked
                                                               or self._sentence(person.char) == here)
                                          and (subject is None or person.char not in self.backgrounded)
                                          and before_the_phrase(person))
            if mention is not None and (subject is None or self._sentence(mention.char) > self._sentence(subject.char)):
                return mention.name
        return subject.name if subject is not None else None

    def _quoted_antecedent(self, token: Token, group: str) -> _Subject | None:
        """Return the last subject of the pronoun `token`'s `group` before it in the same quoted words, agreeing in
        gender, else None: quoted words (a letter, a memo, a speaker's account) are a discourse of their own, whose
        pronouns take up its own persons and bodies ('“Our guest wanted it known … In his words: …”')."""
        k = bisect.bisect_right(self._quoted, (token.idx, len(token.doc.text))) - 1
        if k < 0 or not self._quoted[k][0] <= token.idx < self._quoted[k][1]:
            return None
        inner = self.quoted_subjects[group]
        earlier = inner[bisect.bisect_left(inner, (self._quoted[k][0], "")):bisect.bisect_left(inner, (token.idx, ""))]
        if group != "person":
            return earlier[-1] if earlier else None
        return self._last_agreeing(earlier, len(earlier), token.lower_)

    def _section(self, char: int, blocks: Sequence[Block]) -> str | None:
        """Return the section of the block holding offset `char` (None without blocks)."""
        i = bisect.bisect_right(self.block_starts, char) - 1
        return blocks[i].section if i >= 0 else None

    def _main_clause_rival(self, persons: Sequence[_Subject], subject: _Subject | None,
                           pronoun: str) -> _Subject | None:
        """Return the person subject of a main clause before `subject` in its sentence, when `subject` is the subject
        of an embedded clause ('Roe said the minister would resign. “…,” he said': Roe): the entities of a main
        clause outrank those of the clauses it embeds as the centre a pronoun takes up (Miltsakaki 2002, 'Toward an
        aposynthesis of topic continuity and intrasentential anaphora'); else None. Its gender must agree with the
        `pronoun`'s, and a `subject` the text gives the pronoun's gender ('said that Mr Roe would stay. “…,” he
        said') keeps it, unless a relative clause backgrounds it ('Vos defended the story Mr Roe objected to')."""
        if subject is None or subject.char not in self.embedded \
                or subject.name in self.genders and subject.char not in self.backgrounded:
            return None
        sentence = self._sentence(subject.char)
        first = bisect.bisect_left(persons, (self.sentence_starts[sentence - 1] if sentence else 0, ""))
        rivals = [person for person in persons[first:bisect.bisect_left(persons, subject)]
                  if person.char not in self.embedded]
        return self._last_agreeing(rivals, len(rivals), pronoun)

    def _main_clause_body(self, doc: Doc, earlier: Sequence[_Subject], subject: _Subject) -> _Subject | None:
        """Return the last body or state (of the `earlier` thing subjects), or group (of the plural ones), that is the
        subject of a main clause in the sentence of `subject`, when `subject` is that of a clause it embeds ('The
        Kremlin said Russia would stay. It …': the Kremlin; 'Two brokers said the owners would wait. One of them …':
        the brokers), as `_main_clause_rival` does for persons (Miltsakaki 2002); else None."""
        words = doc.char_span(subject.char, subject.char + 1, alignment_mode="expand")
        if words is None or not _embedded(words[0].i, self._parse):
            return None
        sentence = self._sentence(subject.char)
        for rival in reversed(earlier):
            if self._sentence(rival.char) != sentence:
                return None
            rival_words = doc.char_span(rival.char, rival.char + 1, alignment_mode="expand")
            if rival_words is not None and not _embedded(rival_words[0].i, self._parse):
                return rival
        return None

    def _last_agreeing(self, persons: Sequence[_Subject], end: int, pronoun: str, *,
                       outside: tuple[int, int] | None = None,
                       keep: Callable[[_Subject], bool] | None = None) -> _Subject | None:
        """Return the last of `persons[:end]` whose known gender, if any, is the `pronoun`'s, who stands
        `outside` the given character span, if any, and whom `keep`, if given, keeps; else None."""
        other = {"male": "female", "female": "male"}.get(PRONOUN_GENDERS.get(pronoun, ""))
        return next((persons[k] for k in range(end - 1, -1, -1)
                     if self.genders.get(persons[k].name, self.listed_genders.get(persons[k].name)) != other
                     and not (outside and outside[0] <= persons[k].char < outside[1])
                     and (keep is None or keep(persons[k]))), None)

    def _statements(self, doc: Doc, lexicon: QuoteLexicon, *, quoted: Sequence[tuple[int, int]],
                    parse: ParseArrays) -> list[_Subject]:
        """Return, as subjects, the sources of reporting nouns that name one ('the ministry’s briefing', 'a statement
        from the council'): what a later 'it said' may stand for."""
        found = []
        for i in parse.indices("LEMMA", lexicon.noun_cues).tolist():
            noun = doc[i]
            source = source_of_statement(noun, lexicon) if noun.pos_ == "NOUN" else None
            if source is None or source.pos_ == "PRON" or in_spans(noun.idx, quoted) or in_spans(noun.idx, self.silent):
                continue
            mention = self.mention_at(source.idx)
            name = self.full_name(mention.text) if mention is not None and mention.label == "PERSON" \
                else doc[source.left_edge.i:source.i + 1].text
            found.append(_Subject(noun.idx, name))
        return found

    def _group_before(self, one: Token) -> str | None:
        """Return the group a bare 'one', 'another' or quantifier (`GROUP_ELLIPSES`) is one of ('Several officials …
        and one said', '…, and several call it'): the last plural subject with a noun for its head in the same
        paragraph; for 'another' first the noun of a subject 'one X' before it there ('One candidate wrote …; another
        said'), the kind 'another' leaves out; else None. A quantifier is some of a group only when that group can
        speak ('Analysts …; some said', `_speaks_as_group`, `_agent_noun`): after things ('The new rules took effect,
        and many said') it means people at large, and stays unresolved."""
        paragraph_start = self.block_starts[bisect.bisect_right(self.block_starts, one.idx) - 1] \
            if self.block_starts else 0
        if one.lower_ == "another" and (kind := _one_before(one, paragraph_start)) is not None:
            return kind
        index = bisect.bisect_left(self.subjects["plural"], (one.idx, ""))
        group = next((subject for subject in reversed(self.subjects["plural"][:index])
                      if subject.char >= paragraph_start and self.plural_heads.get(subject.char, False)), None)
        if group is not None and one.lower_ in GROUP_ELLIPSES:
            head = one.doc.char_span(group.char, group.char + 1, alignment_mode="expand")
            if head is None or not (head[0].pos_ == "PROPN" or self._speaks_as_group(head[0]) or _agent_noun(head[0])):
                return None
        return group.name if group is not None else None

    def _narrates(self, number: int, text: str, quoted: Sequence[tuple[int, int]]) -> bool:
        """Return True when sentence `number` (as `_sentence` counts) of `text` opens with a word outside the `quoted`
        spans: the author's, not a quoted speaker's, nor a stray mark the parser set apart."""
        start = self.sentence_starts[number - 1]
        end = self.sentence_starts[number] if number < len(self.sentence_starts) else len(text)
        word = WORD.search(text, start, end)
        return word is not None and not in_spans(word.start(), quoted)

    def _sentence(self, char: int) -> int:
        return bisect.bisect_right(self.sentence_starts, char)

    def _addressee(self, turn: int) -> str | None:
        """Return the speaker of the nearest turn, before or after turn number `turn`, by someone else."""
        speaker = self.labels[turn][2]
        for other in sorted(range(len(self.labels)), key=lambda j: (abs(j - turn), j)):
            if self.labels[other][2] != speaker:
                return self.labels[other][2]
        return None

    def name_and_actor(self, speaker: Span) -> SpeakerName:
        """Return the resolved name and gazetteer actor of a speaker mention; one of a group named by a pronoun
        ('one of them') takes the group's name, one of a group named by a plural noun is one of its kind (see
        `_one_member`)."""
        head = speaker.root  # read once: `Span.root` walks the span's heads at every read
        if head.pos_ != "PRON" and (quoted := quoted_name_after(head)) is not None:
            # a name in marks right after the mention ('one of them, “Omar,” who …') is the name it goes by
            return SpeakerName(self.full_name(quoted.text), None)
        pronoun = _partitive_pronoun(head)
        if pronoun is not None:
            if (group := self._persons_taken_up(pronoun)) is not None:
                return SpeakerName(group, None)
            return self.name_and_actor(speaker.doc[pronoun.i:pronoun.i + 1])
        if len(speaker) == 1 and (head.lower_ in ONE_OF_A_GROUP or head.lower_ in GROUP_ELLIPSES
                                  and head.pos_ in ("PRON", "ADJ", "DET", "NOUN")):
            return SpeakerName(self._group_before(head), None)
        if len(speaker) == 1 and speaker[0].pos_ == "PRON":
            if speaker[0].lower_ not in FIRST_PERSON | SECOND_PERSON | THIRD_PERSON:
                return SpeakerName(None, None)
            name = self.pronoun(speaker[0])
            actor = next((m.actor for m in self.entities if m.actor and name and m.text == name.split()[-1]), None)
            return SpeakerName(name, actor)
        first = bisect.bisect_left(self.entity_starts, speaker.start_char)
        last = bisect.bisect_left(self.entity_starts, speaker.end_char)
        mentions = list(self.entities[first:last])
        persons = [m for m in mentions if m.label == "PERSON"]
        actor = next((m.actor for m in mentions if m.actor), None)
        if (member := _one_member(head)) is not None:
            return SpeakerName(member, actor)
        if len(persons) == 1 and persons[0].start <= head.idx < persons[0].end:
            return SpeakerName(self.full_name(persons[0].text), actor)
        named_head = head.pos_ == "PROPN" or any(m.start <= head.idx < m.end for m in mentions)
        named_modifier = any(child.dep_ == "compound" and child.ent_type_ for child in head.children)
        if head.pos_ == "PROPN" and (holder := self.title_holder(head)) is not None:
            # a capitalised title the tagger took for a name ('The Minister told us …')
            return SpeakerName(holder, actor)
        if named_head or named_modifier:
            text = unbracketed(speaker.text)
            return SpeakerName(self.full_name(text) if len(speaker) == 1 else text, actor)
        given = _given_name(head, self.naming_verbs) or appended_name(head)
        return SpeakerName(self.title_holder(head) or (self.full_name(given.text) if given is not None else None)
                           or self.referred.get(head.idx) or self.body(head), actor)


def _one_before(another: Token, paragraph_start: int) -> str | None:
    """Return the kind a subject 'another' leaves out when a subject 'one' with a singular noun comes before it in its
    paragraph ('One candidate called it …; another wrote …': 'another candidate'), with the noun's modifiers, else
    None; the nearest such subject counts (or a noun the parser made its sentence's root, a verb after it misread as a
    participle: 'One engineer interviewed … called it …')."""
    for word in reversed(another.doc[:another.i]):
        if word.idx < paragraph_start:
            return None
        if (word.dep_ in SUBJECT_DEPS or word.dep_ == "ROOT") and word.tag_ == "NN" and any(
                child.lower_ == "one" and child.dep_ in ("nummod", "det") for child in word.children):
            modifiers = [word.doc[child.left_edge.i:child.right_edge.i + 1].text for child in word.lefts
                         if child.dep_ in ("amod", "compound")]
            return " ".join(["another", *modifiers, word.lemma_])
    return None


PREDICATIVE_DEPS = ("attr", "oprd")
COPULAS = ("be", "become")


def _predicative(noun: Token) -> bool:
    """Return True for a noun that says what someone is or becomes ('has been a minister', 'wanted to be a minister',
    'became a minister'): a predicative, which introduces no one new, unlike a subject or object ('A second minister
    spoke')."""
    return noun.dep_ in PREDICATIVE_DEPS \
        or noun.head.lemma_.lower() in COPULAS and noun.dep_ not in SUBJECT_DEPS and noun.head is not noun
