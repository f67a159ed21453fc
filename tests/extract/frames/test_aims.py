"""Russia's own aims (`frames/aims.py`): Russia wanting a thing that is not Assad's side or his win is a
narrower interest, on invented sentences in several registers."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "The Syrian army was falling back near Hama. "


@pytest.mark.parametrize("text, aimed", [
    # a quoted scholar, a column, a wire story, a podcast
    (CONTEXT + "\u201cMoscow wants a settlement it can sell at home,\u201d she said.", True),
    (CONTEXT + "Russia wanted a success story before the elections.", True),
    (CONTEXT + "The Kremlin now wants a quiet exit from the north.", True),
    (CONTEXT + "GUEST: The Russians want a photograph of the handshake.", True),
    # Assad's side or his win as the aim, a request of another, an aim not named, a negated want, another's want
    (CONTEXT + "Moscow wants a government in Damascus that owes it everything.", False),
    (CONTEXT + "Moscow wants a quick victory in Idlib.", False),
    (CONTEXT + "Moscow wanted the defeat of the jihadists before the winter.", False),
    (CONTEXT + "The Kremlin wants the destruction of the rebel pockets around Homs.", False),
    (CONTEXT + "Moscow wants a strong army it can deal with.", False),
    (CONTEXT + "Moscow wants the Syrian army to hold the line.", False),
    (CONTEXT + "What Moscow wants is anyone's guess.", False),
    (CONTEXT + "Moscow does not want a wider war.", False),
    (CONTEXT + "Russia watched. Ankara wants a buffer zone on its border.", False),
])
def test_russia_wanting_a_thing_of_its_own_is_a_narrower_interest(nlp, text, aimed):
    assert ("limits.interests" in last_sentence_codes(nlp, text, "limits")) is aimed
