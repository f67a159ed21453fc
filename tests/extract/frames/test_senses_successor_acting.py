"""A successor party that acts for itself rather than being courted (`senses.successor_acting_for_itself`), on invented
sentences, and its effect on `limits.hedging`."""

from __future__ import annotations

import pytest

from analysis.extract.frames.senses import successor_acting_for_itself
from analysis.nlp.arrays import ParseArrays
from tests.extract.frames.conftest import last_sentence_codes


@pytest.mark.parametrize("text, first, last, acting", [
    # the party as the subject of its own clause, the 'by' agent of a passive, or the doer of a participle
    ("The new government has promised elections within a year.", "new", "government", True),
    ("The new authorities were sworn in on Monday.", "new", "authorities", True),
    ("The villages were taken by HTS in the spring.", "HTS", "HTS", True),
    ("The HTS-led column reached the coast road.", "HTS", "HTS", True),
    # near misses: the party as the partner of a dealing, or the possessor of its requests
    ("Moscow opened talks with the new government about the port.", "new", "government", False),
    ("Russian envoys met the new authorities twice in January.", "new", "authorities", False),
    ("The Kremlin is weighing the new government's requests.", "new", "government", False),
    # near misses: the party as subject of a verb of dealing, or of a clause that names a Russian party
    ("The new rulers agreed to a second round in the spring.", "new", "rulers", False),
    ("The new rulers could permit the tankers to dock.", "new", "rulers", False),
    ("The new government sent a letter to Moscow in March.", "new", "government", False),
])
def test_successor_acting_for_itself(nlp, text, first, last, acting):
    doc = nlp(text)
    start = next(token.i for token in doc if token.text == first)
    end = next(token.i for token in doc if token.text == last and token.i >= start) + 1
    russian = {token.i for token in doc if token.lower_ in ("moscow", "russian", "kremlin")}
    assert successor_acting_for_itself(doc[start:end], ParseArrays(doc), russian=russian) is acting


CONTEXT = "Russia kept its jets at the coastal base after Assad's fall. "


@pytest.mark.parametrize("text, hedging", [
    # the new government acts for itself: no hedging of Russia's
    (CONTEXT + "Short of loans, the new government is printing money.", False),
    # near misses: Moscow courts it; the party meets, receives or lets a Russian party
    (CONTEXT + "Moscow is already talking to the new government about the base.", True),
    (CONTEXT + "The new authorities sat down with two Russian envoys over the leases.", True),
    (CONTEXT + "The new government welcomed a Kremlin emissary at the airport.", True),
    (CONTEXT + "Moscow expects the new rulers to let it keep its ships in the harbour.", True),
])
def test_a_successor_acting_for_itself_is_no_hedging(nlp, text, hedging):
    assert ("limits.hedging" in last_sentence_codes(nlp, text, "limits")) is hedging
