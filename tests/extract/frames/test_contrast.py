"""A contrast ('X, not Y', 'rather than', 'instead of') whose subject is the writer, the reader or another actor is
that party's choice, no limit of Russia's support (`frames.contrast`). Invented paragraphs."""

from __future__ import annotations

import pytest

from analysis.extract.frames.contrast import is_contrast_cue
from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed Assad since 2015. "


@pytest.mark.parametrize("text, code", [
    # the writer's 'I' and 'we', the reader's 'you'
    (CONTEXT + "I study old shipping ledgers, not the war itself.", "limits.commitment"),
    (CONTEXT + "We will look at the vetoes rather than the air war in this chapter.", "limits.interests"),
    (CONTEXT + "You have to prove such a claim, not merely repeat it.", "limits.commitment"),
    # another actor as the subject
    (CONTEXT + "Ankara chose talks with the Kurds rather than a new offensive, a Russian diplomat noted.",
     "limits.interests"),
    (CONTEXT + "Turkey sent its drones, not its tanks, a Russian diplomat noted.", "limits.commitment"),
])
def test_a_contrast_of_another_chooser_is_no_limit(nlp, text, code):
    assert code not in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, code", [
    # near misses: Russia as the subject, a Russian speaker's 'we', the writer's contrast set against Assad's side,
    # the writer's imperative that characterises Russia's act
    (CONTEXT + "Moscow sent jets rather than ground troops.", "limits.interests"),
    (CONTEXT + "In the Kremlin's next moves I would look for caution, not for a decision to drop Assad.",
     "limits.commitment"),
    (CONTEXT + "Moscow thinned out its squadrons. Read that as a pruning, not an exit.", "limits.commitment"),
    (CONTEXT + "Moscow acted as a landlord, not a guardian.", "limits.commitment"),
    (CONTEXT + "\"We protect the state, not the man,\" the Russian minister said.", "limits.commitment"),
    # the writer's 'I' or 'we' as subject, but the contrast describes Russia in the verb's object
    (CONTEXT + "I would describe the Kremlin's help as a rental, not a wedding.", "limits.commitment"),
    (CONTEXT + "We ought to see the Russian intervention as a salvage of the state, not a holy war.",
     "limits.commitment"),
])
def test_russias_own_contrast_stays_a_limit(nlp, text, code):
    assert code in last_sentence_codes(nlp, text, "limits")


@pytest.mark.parametrize("text, expected", [
    ("the state, not the man", True),
    ("the state - never the man", True),
    ("jets rather than troops", True),
    ("talks instead of war", True),
    # near misses: 'not' with no comma or dash, a comma with no negation
    ("the state and not the man", False),
    ("the state, and the man", False),
])
def test_is_contrast_cue(nlp, text, expected):
    doc = nlp.make_doc(text)
    words = [token.lower_ for token in doc]
    start = next((i for i, word in enumerate(words) if word in {",", "-", "rather", "instead"}), 0)
    assert is_contrast_cue(doc[start:start + 3]) is expected
