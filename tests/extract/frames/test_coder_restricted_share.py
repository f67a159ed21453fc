"""A restricting adjective ('limited', 'modest') is a bound on Russia's support only when what it restricts is not
another actor's share: a noun held by another actor through its 'for' or 'of' phrase ('a limited role for Iranian
advisers') bounds that actor, while Russia's own share or help given to Assad's side stays a limit; invented text."""

from __future__ import annotations

import pytest

from tests.extract.frames.conftest import last_sentence_codes

CONTEXT = "Russia has backed the Syrian government since 2015. "


@pytest.mark.parametrize("text, commitment", [
    # another actor's share restricted
    (CONTEXT + "Under the plan, Moscow agreed to a limited role for Iranian advisers in the north.", False),
    (CONTEXT + "Moscow signed off on a modest presence of Turkish troops along the border.", False),
    # near misses: Russia's own share, or help for Assad's side
    (CONTEXT + "Under the plan, Moscow agreed to a limited role for Russian advisers in the north.", True),
    (CONTEXT + "Moscow offered only limited help for the Syrian army in the north.", True),
])
def test_restricted_share_of_another_actor_is_no_limit(nlp, text, commitment):
    assert ("limits.commitment" in last_sentence_codes(nlp, text, "limits")) is commitment
