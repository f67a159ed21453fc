"""Quotations and their speakers.

Two steps. `find_quote_marks` (`marks`) pairs quotation marks in the raw text, block by block.
`iter_quotations` (`collect`) then reads the parsed `Doc` to find each quote's cue (a reporting
verb from `resources/quote_cues.csv`, 'according to', or a citation such as '(Coughlin 2023
135)', see `attribution`, with `index` for the quotes around an offset) and speaker (`speakers`,
named by `names`), decides its kind (`kinds`), and adds reported speech without marks
(`indirect`, see `reported`).
"""

from analysis.extract.quotations.collect import KINDS, Quotation, iter_quotations
from analysis.extract.quotations.lexicon import QuoteLexicon, default_lexicon, read_quote_lexicon
from analysis.extract.quotations.marks import QuoteMarks, find_quote_marks
from analysis.extract.quotations.speakers import FIRST_PERSON

__all__ = ["FIRST_PERSON", "KINDS", "QuoteLexicon", "QuoteMarks", "Quotation", "default_lexicon",
           "find_quote_marks", "iter_quotations", "read_quote_lexicon"]
