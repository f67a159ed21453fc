"""A line repeated under each of a series of numbered headings is the part's field or name, not a running head, also
when it stands at a different step under the heading from one part to the next; a running head repeated under lines
that differ stays a running head (invented amendment paper of a fictional harbour board)."""

from __future__ import annotations

import pytest

from analysis.corpus.sections import iter_blocks

TITLE = "Harbour Dues Bill: marshalled list of amendments"
INTRO = ("The amendments below are arranged in the order of the clauses they change, with a note from the board's "
         "clerk after each one on whether it was moved and what became of it.")
CHANGE = "Page {n}, line 12, leave out “thirty days” and insert “sixty days”"
NOTE = ("Clerk's note: The mover wished the fishing crews to have longer to pay, and the board agreed to look at the "
        "question again before the next reading.")
MOVER = "Ms Tamsin Hale"


def _blocks(second_mover_in: set[int], heading: str) -> list[str]:
    blocks = [TITLE, "By the Clerk to the Board", INTRO]
    for n in (1, 2, 3):
        blocks.append(heading.format(n=n))
        if n in second_mover_in:
            blocks.append("Mr Owen Brack")
        blocks += [MOVER, CHANGE.format(n=n), NOTE]
    return blocks


@pytest.mark.parametrize("second_mover_in", [set(), {2}, {1, 3}])
def test_a_mover_repeated_under_numbered_amendments_is_no_running_head(second_mover_in):
    text = "\n\n".join(_blocks(second_mover_in, "Amendment {n}")) + "\n"
    reasons = {block.reason for block in iter_blocks(text, title=TITLE) if block.text == MOVER}
    assert "layout:running-head" not in reasons


def test_a_line_repeated_under_lines_that_differ_is_still_a_running_head():
    blocks = [TITLE, "By the Clerk to the Board", INTRO]
    for n, above in enumerate(["Dues rose in spring", "The night ferry ran late", "Crews were short"], start=1):
        blocks += [above, "Kestwick Harbour Board Papers", CHANGE.format(n=n), NOTE]
    text = "\n\n".join(blocks) + "\n"
    sections = {block.section for block in iter_blocks(text, title=TITLE)
                if block.text == "Kestwick Harbour Board Papers"}
    assert sections == {"boilerplate"}
