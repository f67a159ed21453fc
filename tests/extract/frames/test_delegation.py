"""A task Russia leaves to another party (`frames/delegation.py`): 'left the fighting on the ground to the Syrian army'
bounds its commitment, on invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, delegated", [
    # a history, a wire story, a column, a quoted officer
    (CONTEXT + "Russia bombed from its jets and left the fighting on the ground to the Syrian army.", True),
    (CONTEXT + "Moscow kept its jets over the coast, leaving the siege to Iranian-backed militias.",
     True),
    (CONTEXT + "The Kremlin left the hard part to Damascus and to Tehran.", True),
    (CONTEXT + "Moscow has left most street fighting to Syrian troops and Iranian-backed militias.", True),
    (CONTEXT + "\u201cWe left the villages to the Syrian divisions,\u201d the Russian colonel said.", True),
    # another leaver, a negated leaving, a pronoun or Assad as what is left, no actor as taker, a place left
    (CONTEXT + "Iran bombed from its jets and left the fighting on the ground to Hezbollah.", False),
    (CONTEXT + "Ankara left the border crossings to the rebels.", False),
    (CONTEXT + "Russia did not leave the fighting on the ground to the Syrian army.", False),
    (CONTEXT + "Russia left it to the Syrian army.", False),
    (CONTEXT + "Russia left the villagers to fend for themselves.", False),
    (CONTEXT + "Russia left Assad to the mercy of the rebels.", False),
    (CONTEXT + "Moscow left nothing to chance in the planning of the offensive.", False),
    (CONTEXT + "The rebels left the suburbs to the army after a week of shelling.", False),
    # a thing handed over, not a task: a message, arms or forces, a place named by a common noun
    (CONTEXT + "Russia left a message to the Syrian army before the talks.", False),
    (CONTEXT + "Moscow left its heavy weapons to the Syrian army when it withdrew.", False),
    (CONTEXT + "Russia left its soldiers to the Syrian army's care.", False),
    (CONTEXT + "Russia left its airbase to the Syrian air force.", False),
    (CONTEXT + "Russia left the province to Turkish troops.", False),
])
def test_a_task_russia_leaves_to_another_party_bounds_its_commitment(nlp, text, delegated):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is delegated
