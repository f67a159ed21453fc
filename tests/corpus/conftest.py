"""Helpers shared by the section tests on invented whole pages."""

from __future__ import annotations

from analysis.corpus.sections import iter_blocks

# An invented harbour-board story whose three paragraphs the page tests set among chrome.
TITLE = "Ferry timetable to change with the new pier"
PROSE = [
    "The harbour board met on Thursday to agree how the ferry timetable would change once the new pier opens, after "
    "a winter in which two of the three boats spent more weeks in the yard than at sea.",
    "Members agreed that the early crossing would move back by half an hour, and that the late crossing would run "
    "on Fridays and Saturdays only until the board has the figures for the first full summer.",
    "The operator said it could staff the new timetable with the crews it has, but asked the board to review the "
    "fares in the autumn, when the cost of the repairs is known.",
]


def section_misses(title: str, page: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Return `(block, section, accepted)` for each block of an invented page whose section the page does not
    accept; `page` holds `(block text, accepted sections 'a|b')` in reading order."""
    text = "\n\n".join(block for block, _ in page) + "\n"
    blocks = list(iter_blocks(text, title=title))
    assert [block.text for block in blocks] == [block for block, _ in page]
    return [(block.text, block.section, accepted) for block, (_, accepted) in zip(blocks, page)
            if block.section not in accepted.split("|")]


def sections_by_text(*blocks: str, title: str) -> dict[str, str]:
    """Return each block's section, keyed by its text, for an invented page of `blocks` under the registry `title`."""
    text = "\n\n".join(blocks) + "\n"
    return {block.text: block.section for block in iter_blocks(text, title=title)}
