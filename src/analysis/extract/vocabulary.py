"""The values the extractors write in their category columns.

Kept free of spaCy so that the table schemas (`analysis.tables.schemas`), which check
every built table against these values, load quickly in the notebooks.
"""

from __future__ import annotations

# The same values, in the same order, as `analysis.extract.quotations.KINDS` (a test keeps them equal).
QUOTATION_KINDS = ("direct", "partial", "scare", "title", "indirect")
DIMENSIONS = ("support", "limits")
# How the framing coder ties a code's Russian agent to its cue (`analysis.extract.frames`).
AGENT_LINKS = ("subject", "agent", "possessor", "modifier", "source", "beneficiary", "example", "pronoun", "speaker",
               "context", "sentence", "paragraph", "article", "gate")
# What the learned framing layer makes of a code (`analysis.extract.frames.layer`), and its settings.
LAYER_LABELS = KEPT, VETOED, ADDED = ("kept", "vetoed", "added")
FRAMING_LAYERS = LAYER_OFF, LAYER_GATED = ("off", "gated")
DEFAULT_FRAMING_LAYER = LAYER_GATED  # form G_m passed the rule written before its run (reports/framing_model.md, fortieth session)
LEXICON_CATEGORIES = ("hedge", "booster", "contrast", "cause", "conclusion")
MOVE_CATEGORIES = ("counter_argument", "rhetorical_question")
EVIDENCE_CATEGORIES = ("evidence_quotation", "evidence_number", "evidence_citation")
MARKER_CATEGORIES = LEXICON_CATEGORIES + MOVE_CATEGORIES + EVIDENCE_CATEGORIES
# Who speaks in a row (see `analysis.extract.voice`): the author, someone quoted or reported, or a reader comment.
VOICES = ("author", "quoted", "comment")
