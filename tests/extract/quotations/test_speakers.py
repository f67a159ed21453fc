"""The speaker a cue points at (`analysis.extract.quotations.speakers`), on hand-built parses and invented texts."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis.extract.quotations.lexicon import default_lexicon
from analysis.extract.quotations.speakers import (antecedent, appended_name, joins_a_name, reporting_tag, speaker_span,
                                                  subject_of)
from analysis.nlp.arrays import ParseArrays


def test_of_two_subjects_the_nearest_before_the_verb_speaks(nlp):
    # a speaker label the parser read as a second subject: 'REPORTER: The mayors restated the pledge.'
    doc = Doc(nlp.vocab, words=["REPORTER", ":", "The", "mayors", "restated", "the", "pledge", "."],
              spaces=[False, True, True, True, True, True, False, False],
              heads=[4, 4, 3, 4, 4, 6, 4, 4],
              deps=["nsubj", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
              pos=["NOUN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
              tags=["NN", ":", "DT", "NNS", "VBD", "DT", "NN", "."])
    assert subject_of(doc[4], lexicon=default_lexicon()).text == "mayors"


@pytest.mark.parametrize("tag, speaker", [
    # a finite past verb the parser set on a long subject as a clause modifying it: the subject speaks
    ("VBD", "ferryman"),
    # near miss: a past participle on a noun ('a ferry used to carry grain') has the noun as its object
    ("VBN", None),
])
def test_a_finite_verb_set_on_a_noun_has_the_noun_as_subject(nlp, tag, speaker):
    # 'A ferryman , Ivo , used to say it .', with 'used' read as a clause on 'ferryman'
    doc = Doc(nlp.vocab, words=["A", "ferryman", ",", "Ivo", ",", "used", "to", "say", "it", "."],
              spaces=[True, False, True, False, True, True, True, True, False, False],
              heads=[1, 1, 1, 1, 1, 1, 7, 5, 7, 1],
              deps=["det", "ROOT", "punct", "appos", "punct", "acl", "aux", "xcomp", "dobj", "punct"],
              pos=["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PART", "VERB", "PRON", "PUNCT"],
              tags=["DT", "NN", ",", "NNP", ",", tag, "TO", "VB", "PRP", "."],
              lemmas=["a", "ferryman", ",", "Ivo", ",", "use", "to", "say", "it", "."])
    subject = subject_of(doc[7], lexicon=default_lexicon())
    assert (subject.text if subject is not None else None) == speaker


@pytest.mark.parametrize("words, heads, deps, pos, lemmas, root, tag", [
    # a tag the parser sets beside the root ('The phase, Marr said, would need ships.')
    (["The", "phase", ",", "Marr", "said", ",", "would", "need", "ships", "."], [1, 7, 7, 4, 7, 7, 7, 7, 7, 7],
     ["det", "nsubj", "punct", "nsubj", "parataxis", "punct", "aux", "ROOT", "dobj", "punct"],
     ["DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "VERB", "NOUN", "PUNCT"],
     ["the", "phase", ",", "Marr", "say", ",", "would", "need", "ship", "."], 7, 4),
    # a tag before the root, read as its complement and closed by a comma ('In 2016, he recalled, Putin announced …')
    (["In", "2016", ",", "he", "recalled", ",", "Putin", "announced", "it", "."], [7, 0, 7, 4, 7, 7, 7, 7, 7, 7],
     ["prep", "pobj", "punct", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "dobj", "punct"],
     ["ADP", "NUM", "PUNCT", "PRON", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
     ["in", "2016", ",", "he", "recall", ",", "Putin", "announce", "it", "."], 7, 4),
    # the same verb with an object of its own reports no sentence ('he recalled the date, Putin announced it.')
    (["He", "recalled", "dates", ",", "Putin", "announced", "it", "."], [1, 5, 1, 5, 5, 5, 5, 5],
     ["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
     ["PRON", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
     ["he", "recall", "date", ",", "Putin", "announce", "it", "."], 5, None),
    # a verb beside the root that reports nothing ('The phase, Marr hoped, would need ships.')
    (["The", "phase", ",", "Marr", "hoped", ",", "would", "need", "ships", "."], [1, 7, 7, 4, 7, 7, 7, 7, 7, 7],
     ["det", "nsubj", "punct", "nsubj", "parataxis", "punct", "aux", "ROOT", "dobj", "punct"],
     ["DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "VERB", "NOUN", "PUNCT"],
     ["the", "phase", ",", "Marr", "hope", ",", "would", "need", "ship", "."], 7, None),
])
def test_a_reporting_tag_is_found_on_the_arrays(nlp, words, heads, deps, pos, lemmas, root, tag):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert reporting_tag(doc, root, default_lexicon(), parse=ParseArrays(doc)) == tag


@pytest.mark.parametrize("text, quote, speaker", [
    # a one-word note in brackets between a rank and a name, as papers mark a retired or reserve officer
    ("“The port will stay open as long as it pays,” said Brigadier General (retired) Sipho Dlamini, who served in the "
     "Sahel.", "The port will stay open as long as it pays,", "Sipho Dlamini"),
    ("Colonel (Retd) Alan Pryce, a former attaché in Riga, told the panel that the ‘red lines’ were never written "
     "down.", "red lines", "Alan Pryce"),
    ("“The ferry company plays both sides,” said Lt. Col. (ret.) Grace Obi, a fellow at the institute.",
     "The ferry company plays both sides,", "Grace Obi"),
    # the title in apposition to a noun for the speaker
    ("Our harbour analyst, Commander (retd) Tobias Wrenn-Adeyemi, puts it plainly: “The ferry runs at a loss.”",
     "The ferry runs at a loss.", "Tobias Wrenn-Adeyemi"),
])
def test_a_name_after_a_title_and_a_note_in_brackets_speaks(quotes_of, text, quote, speaker):
    assert quotes_of(text)[quote].speaker == speaker


@pytest.mark.parametrize("text, quote, speaker, name", [
    # a pronoun that owns a reporting noun speaks through it, resolved as any pronoun speaker is
    ("Helga Brandvold has written the standard history of the ferry line. Her thesis is that the owners “kept the "
     "route because it was cheap to keep”.", "kept the route because it was cheap to keep", "Her", "Helga Brandvold"),
    ("Tomas Riedl wrote the best account of the harbour strike. His postscript calls the settlement “a truce, not a "
     "peace”.", "a truce, not a peace", "His", "Tomas Riedl"),
    ("Ines Vallo, an economist, said the deal gave each party something. Her summary: “The union got its hours. The port got "
     "its cranes.”", "The union got its hours. The port got its cranes.", "Her", "Ines Vallo"),
    ("The river pilots refused the new tariff. Their notice to the board called it “a tax on the weather”.",
     "a tax on the weather", "Their", "The river pilots"),
])
def test_a_pronoun_owning_a_reporting_noun_speaks(quotes_of, text, quote, speaker, name):
    found = quotes_of(text)[quote]
    assert (found.speaker, found.speaker_name) == (speaker, name)


@pytest.mark.parametrize("text, joint, joins", [
    # the hyphen of a double-barrelled name joins it
    ("Ms Dana Hollis-Varga spoke.", 3, True),
    # near misses: a prefix in lower case, a dash with spaces, a hyphen between words in lower case
    ("A pro-Kremlin blogger spoke.", 2, False),
    ("Riga - Tallinn ferries run.", 1, False),
    ("A well-known pilot spoke.", 2, False),
    ("The Russia-Syria talks opened.", 2, False),  # places the gazetteer lists
])
def test_a_hyphen_joins_a_double_barrelled_name(nlp, text, joint, joins):
    doc = nlp.make_doc(text)
    doc[joint].tag_ = "HYPH"
    assert joins_a_name(doc[joint]) is joins


@pytest.mark.parametrize("words, spaces, heads, deps, ents, name", [
    # a name right after the noun, with no comma ('Our researcher Dana Hollis-Varga spoke.'), whatever its label
    (["Our", "researcher", "Dana", "Hollis", "-", "Varga", "spoke", "."], [True, True, True, False, False, True, False,
                                                                          False],
     [1, 6, 5, 5, 5, 1, 6, 6], ["poss", "nsubj", "compound", "compound", "punct", "appos", "ROOT", "punct"],
     ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"], "Dana Hollis-Varga"),
    # the same name set off by commas
    (["Our", "researcher", ",", "Dana", "Hollis", "-", "Varga", ",", "spoke", "."],
     [True, False, True, True, False, False, False, True, False, False],
     [1, 8, 1, 6, 6, 6, 1, 1, 8, 8], ["poss", "nsubj", "punct", "compound", "compound", "punct", "appos", "punct",
                                      "ROOT", "punct"],
     ["O", "O", "O", "O", "O", "O", "O", "O", "O", "O"], "Dana Hollis-Varga"),
    # near miss: a place after the noun is no name for the person ('our researcher Riga' as the parser may hang it)
    (["Our", "researcher", "Riga", "spoke", "."], [True, True, True, False, False],
     [1, 3, 1, 3, 3], ["poss", "nsubj", "appos", "ROOT", "punct"], ["O", "O", "B-GPE", "O", "O"], None),
])
def test_a_name_in_apposition_to_a_noun_for_a_person(nlp, words, spaces, heads, deps, ents, name):
    pos = ["PROPN" if word[:1].isupper() and word != "Our" else "PUNCT" if not word.isalpha() else "X"
           for word in words]
    tags = ["HYPH" if word == "-" else "NNP" if tag == "PROPN" else "XX" for word, tag in zip(words, pos)]
    pos[1] = "NOUN"
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    found = appended_name(doc[1])
    assert (found.text if found is not None else None) == name


@pytest.mark.parametrize("words, heads, deps, pos, ents, antecedent_word", [
    # 'the bulletin in the early weeks, which …': the time the clause hangs on says nothing; the bulletin does
    (["He", "read", "the", "bulletin", "in", "the", "early", "weeks", ",", "which", "thought", "it", "a", "loan", "."],
     [1, 1, 3, 1, 1, 7, 7, 4, 7, 10, 7, 13, 13, 10, 1],
     ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "punct", "nsubj", "relcl", "nsubj", "det", "ccomp",
      "punct"],
     ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "PRON", "VERB", "PRON", "DET", "NOUN",
      "PUNCT"],
     ["O", "O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O", "O", "O"], "bulletin"),
    # 'the clerk cited in paragraph 4, who …': a numbered place in a text gives way to the participle's noun
    (["The", "clerk", "cited", "in", "paragraph", "4", ",", "who", "wrote", "it", ",", "erred", "."],
     [1, 11, 1, 2, 3, 4, 4, 8, 4, 8, 11, 11, 11],
     ["det", "nsubj", "acl", "prep", "pobj", "nummod", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT", "punct"],
     ["DET", "NOUN", "VERB", "ADP", "NOUN", "NUM", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "VERB", "PUNCT"],
     ["O"] * 13, "clerk"),
    # a count before the noun makes no numbered place: 'the crews of two ships, which sailed' is about the ships
    (["He", "met", "the", "crews", "of", "two", "ships", ",", "which", "sailed", "."],
     [1, 1, 3, 1, 3, 6, 4, 6, 9, 6, 1],
     ["nsubj", "ROOT", "det", "dobj", "prep", "nummod", "pobj", "punct", "nsubj", "relcl", "punct"],
     ["PRON", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"],
     ["O"] * 11, "ships"),
])
def test_a_relative_pronoun_passes_over_a_time_or_a_numbered_place(nlp, words, heads, deps, pos, ents,
                                                                   antecedent_word):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              tags=["WDT" if word == "which" else "WP" if word == "who" else "XX" for word in words])
    relative = next(token for token in doc if token.lower_ in ("who", "which"))
    assert antecedent(relative).text == antecedent_word


def _titled_doc(nlp, title_words, name_words, name_label):
    """'As the <title>, <name>, told the board, fees rose.' with the title a proper noun and the name in apposition to
    it; return the Doc and the index of the title's head."""
    words = ["As", "the", *title_words, ",", *name_words, ",", "told", "the", "board", ",", "fees", "rose", "."]
    title = 1 + len(title_words)
    name = title + 1 + len(name_words)
    told, rose = name + 2, name + 7
    heads = [told, title] + [title] * (len(title_words) - 1) + [told, title] + [name] * (len(name_words) - 1) \
        + [title, title, rose, told + 2, told, rose, rose, rose, rose]
    deps = ["mark", "det"] + ["compound"] * (len(title_words) - 1) + ["nsubj", "punct"] \
        + ["punct" if word == "-" else "compound" for word in name_words[:-1]] \
        + ["appos", "punct", "advcl", "det", "dobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["SCONJ", "DET"] + ["PROPN"] * len(title_words) + ["PUNCT"] \
        + ["PUNCT" if word == "-" else "PROPN" for word in name_words] \
        + ["PUNCT", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    tags = ["HYPH" if word == "-" else "NNP" if tag == "PROPN" else "XX" for word, tag in zip(words, pos)]
    spaces = [not (word == "-" or following in (",", ".", "-")) for word, following in zip(words, words[1:] + [""])]
    ents = ["O"] * (title + 2) + [f"B-{name_label}"] + [f"I-{name_label}"] * (len(name_words) - 1) + ["O"] * 8
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents,
              lemmas=[word.lower() for word in words])
    return doc, title


@pytest.mark.parametrize("title_words, name_words, name_label, speaker", [
    # a title the tagger reads as a proper noun, its holder's name set off by commas: the name speaks, whatever label
    # the recogniser gave it (here a place's)
    (["Trade", "Minister"], ["Hanna", "Kovell", "-", "Berg"], "GPE", "Hanna Kovell-Berg"),
    (["Ambassador"], ["Tomas", "Irrgang"], "ORG", "Tomas Irrgang"),
    # near miss: a noun that is no title keeps its own phrase ('the Harbour, Tomas Irrgang, …' is no person's title)
    (["Harbour"], ["Tomas", "Irrgang"], "ORG", "the Harbour"),
])
def test_a_titles_holder_in_apposition_speaks(nlp, title_words, name_words, name_label, speaker):
    doc, title = _titled_doc(nlp, title_words, name_words, name_label)
    assert speaker_span(doc[title], default_lexicon()).text == speaker


@pytest.mark.parametrize("after, name_label, speaker", [
    # 'According to one participant, the historian Ivo Dranik, Kessel spent a year.' with the name hung on the next
    # clause as its subject: the name set off by commas after the person noun still names the participant
    ("Kessel", "PERSON", "Ivo Dranik"),
    # near misses: a relative pronoun after the closing comma ('Ivo Dranik, who …') makes the name the clause's own,
    # and a name not labelled a person's is no apposition found this way
    ("who", "PERSON", "one participant"),
    ("Kessel", "ORG", "one participant"),
])
def test_a_name_set_off_after_a_person_noun_speaks(nlp, after, name_label, speaker):
    words = ["According", "to", "one", "participant", ",", "the", "historian", "Ivo", "Dranik", ",", after, "spent",
             "a", "year", "."]
    heads = [11, 0, 3, 1, 11, 8, 8, 8, 11, 8, 8, 11, 13, 11, 11]
    deps = ["prep", "prep", "nummod", "pobj", "punct", "det", "compound", "compound", "nsubj", "punct", "appos",
            "ROOT", "det", "npadvmod", "punct"]
    pos = ["VERB", "ADP", "NUM", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "PROPN", "PUNCT",
           "PRON" if after == "who" else "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    ents = ["O", "O", "B-CARDINAL", "O", "O", "O", "O", f"B-{name_label}", f"I-{name_label}", "O", "O", "O", "O", "O",
            "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              tags=["XX"] * len(words), lemmas=[word.lower() for word in words])
    assert speaker_span(doc[3], default_lexicon()).text == speaker
