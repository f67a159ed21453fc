"""A decrease or small degree said of another party is no limit of Russia's (`opposition.decrease_of_another`), on
invented sentences: the thing a word of decrease describes (an attributive adjective's head noun, a verb's subject or
object, a predicative adjective's subject, with their possessor, modifier or 'of' phrase) names the rebels, jihadists
or another power."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import set_blocks
from analysis.extract.frames.agents import Scene
from analysis.extract.frames.opposition import decrease_of_another
from analysis.tables.batches import units
from tests.extract.frames.conftest import last_sentence_codes, word_cue

CONTEXT = "The Syrian government lost ground on the northern front all week. "


@pytest.mark.parametrize("text", [
    # an attributive adjective of decrease on a noun of the rebels or the opposition, under a Russian subject
    "Russian jets kept the dwindling insurgent units pinned in the hills.",
    "Under Russian air cover, the shrinking opposition gave up two more villages.",
    "Moscow's air campaign ground down a shrinking column of rebel fighters.",
    # the subject of an intransitive verb of decrease, held by the rebels; a relative 'whose' for them
    "The insurgents' numbers dwindled under Russian air raids.",
    "Russian bombers hit the rebels, whose numbers dwindled by the week.",
    # a predicative comparative of the jihadists, and a shrinking presence of another power
    "The jihadists grew weaker as Russian jets hit their depots.",
    "The Turkish presence grew smaller while Russian jets patrolled the border.",
    # an attack that lessens the rebels' means is no limit either (`Scene.aimed_at_opponents`)
    "Russian strikes reduced the insurgents' strength.",
    # Russia lessening a rival's standing, and a Russian word in a phrase of place or target, not of partnership
    "Moscow reduced Turkey's presence in the north.",
    "The jihadists' hold on the Russian-built dam grew weaker.",
    "The insurgents' numbers near the Russian airbase dwindled.",
])
def test_decrease_of_another_party_is_no_russian_limit(nlp, text):
    assert not {"limits.capacity", "limits.commitment"} & last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.parametrize("text, code", [
    # Russia's own help, or help no party holds, that shrinks stays a limit
    ("Russian aid to Damascus dwindled after the spring.", "limits.capacity"),
    ("The Russian contingent shrank after the spring.", "limits.capacity"),
    ("The shrinking Russian garrison guarded the airfield.", "limits.capacity"),
    ("Russia flew dwindling sorties over the plain after the spring.", "limits.commitment"),
    ("Moscow sent fewer jets that autumn.", "limits.capacity"),
    ("Moscow kept a shrinking contingent at the airfield.", "limits.capacity"),
    ("Moscow's help to the government grew weaker.", "limits.commitment"),
    ("The number of Russian advisers dwindled.", "limits.capacity"),
    # a refused object is no decrease; Russia lessening what it gives another party; a Russian co-holder or partner
    ("Moscow declined Iran's request.", "limits.refusal"),
    ("Moscow declined a Hezbollah plea for air cover.", "limits.refusal"),
    ("Moscow reduced Hezbollah's air cover near Aleppo.", "limits.commitment"),
    ("Tehran's and Moscow's support dwindled.", "limits.capacity"),
    ("Iran's partnership with Russia grew weaker.", "limits.commitment"),
])
def test_decrease_of_russias_help_stays_a_limit(nlp, text, code):
    assert code in last_sentence_codes(nlp, CONTEXT + text, "limits")


@pytest.mark.parametrize("text, word, expected", [
    ("Russian jets kept the dwindling insurgent units pinned in the hills.", "dwindling", True),
    ("The jihadists grew weaker as Russian jets hit their depots.", "weaker", True),
    ("The shrinking Russian garrison guarded the airfield.", "shrinking", False),
    ("Moscow kept a shrinking contingent at the airfield.", "shrinking", False),
    # a verb of decrease describes its object: the rebels' own, or Russia's own
    ("The drought reduced the insurgents' strength.", "reduced", True),
    ("Moscow reduced its sorties over the plain.", "reduced", False),
    # no word of decrease: the rule does not apply to other limits cues
    ("Russian jets kept the exhausted insurgent units pinned in the hills.", "exhausted", False),
])
def test_decrease_of_another_on_the_cue(nlp, text, word, expected):
    doc = nlp(text)
    set_blocks(doc)
    sentences, entities = units(doc)
    scene = Scene(doc, sentences, entities)
    assert decrease_of_another(word_cue(doc, word), scene) is expected


@pytest.mark.xfail(strict=True, reason="a noun of small quantity ('a handful of rebels') is not read for its 'of' phrase")
def test_handful_of_rebels_is_no_russian_limit(nlp):
    assert "limits.capacity" not in last_sentence_codes(
        nlp, CONTEXT + "Russian jets pinned down a handful of insurgents in the hills.", "limits")


@pytest.mark.xfail(strict=True, reason="what a 'with' phrase gives its object ('left the rebels with fewer fighters') is "
                                       "not read as held by that object")
def test_fewer_of_the_rebels_after_with_is_no_russian_limit(nlp):
    assert "limits.capacity" not in last_sentence_codes(
        nlp, CONTEXT + "Russian strikes left the insurgents with fewer fighters.", "limits")
