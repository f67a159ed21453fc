"""Quotations of a parsed document: quotes in marks with their kind and speaker, and reported speech."""

from __future__ import annotations

import bisect
import logging
import re
from typing import Iterator, NamedTuple, Sequence

from spacy.tokens import Doc

from analysis.corpus.sections import Block, doc_blocks
from analysis.extract.vocabulary import QUOTATION_KINDS
from analysis.extract.quotations.attribution import (Attribution, QuoteContext, agent_attribution,
                                                     amendment_attribution, attribute, block_index,
                                                     characterized_attribution, colon_attribution, continuation,
                                                     credit_attribution, noted_attribution,
                                                     editorial_note_end, free_standing_attribution,
                                                     headed_attribution, headline_attribution, inscription_attribution,
                                                     introduced_attribution,
                                                     quote_context, sender_attribution, signed_attribution,
                                                     tag_attribution, viewpoint_attribution)
from analysis.extract.quotations.kinds import (is_pseudonym, is_title, is_unnamed_fragment, is_unnamed_sentence,
                                              names_a_thing, reads_as_sentence, resumes_after_tag)
from analysis.extract.quotations.lexicon import QuoteLexicon, default_lexicon
from analysis.extract.quotations.marks import QuoteMarks, find_quote_marks
from analysis.extract.quotations.reported import iter_reported
from analysis.extract.quotations.names import Resolver, SpeakerName
from analysis.nlp.arrays import ParseArrays
from analysis.nlp.entities import EntityMention
from analysis.nlp.sentences import Sentence, raw_text

KINDS = QUOTATION_KINDS
NO_QUOTE_SECTIONS = frozenset({"boilerplate"})
# Per-document budget on paired quote marks: above it, the quotes are kept without attribution.
MAX_QUOTE_MARKS = 20_000
FALLBACK_KIND = "scare"
# A headline's or standfirst's quote whose words come again in the article is an excerpt of them (see `_echoes`).
ECHO_SECTIONS = frozenset({"headline", "standfirst"})
ECHO_MIN_WORDS = 2
# The opening words of a display line's quote that find it again in an attributed quote further on.
ECHO_RUN_WORDS = 5
# The longest display line in the body (a crosshead) whose quote can echo a quotation further on, and the closing
# marks its last word may carry.
DISPLAY_MAX_WORDS = 20
# A crosshead's term of two words is the heading's topic, which the text below takes up in its own words.
CROSSHEAD_ECHO_MIN_WORDS = 3
CLOSING_MARKS = "”’\"'»›"
# Kinds of a display line's quote that can echo a quotation further on: a title only when an attributed quotation
# holds its words (a headline in title case that quotes someone).
ECHO_KINDS = frozenset({"direct", "partial", "scare", "title"})
SENTENCE_CLOSE = ".!?…"
ECHO_TRIM = " ,.;:!?…"
# Kinds of attributed words that a later quote in marks can take up again (see `_taken_up`).
SPOKEN_KINDS = frozenset({"direct", "partial", "indirect"})
# A single repeated word is taken up only where the writer uses it as a noun (see `_a_term_of`).
TERM_POS = frozenset({"NOUN", "PROPN", "PRON"})

logger = logging.getLogger(__name__)


class Quotation(NamedTuple):
    """A quotation or piece of reported speech; `text == raw[start:end]`."""

    quote_id: int
    sent_id: int
    section: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    speaker_actor: str | None
    cue: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None
    cue_end: int | None


class _Found(NamedTuple):
    start: int
    end: int
    kind: str
    attribution: Attribution | None


def _paragraph_groups(quotes: Sequence[QuoteMarks]) -> list[int]:
    """Return, for each quote, the index of the first paragraph of the quotation it belongs to
    (its own index unless it `continues` a quote left open by the paragraph before)."""
    heads: list[int] = []
    last_unclosed = None
    for i, quote in enumerate(quotes):
        heads.append(heads[last_unclosed] if quote.continues and last_unclosed is not None else i)
        if quote.close_at is None:
            last_unclosed = i
    return heads


def _marked(context: QuoteContext, blocks: Sequence[Block], block_starts: Sequence[int],
            sentences: Sequence[Sentence]) -> Iterator[_Found]:
    """Yield each quote in marks with its kind and attribution (None for scare quotes, titles and unnamed words).

    The paragraphs of a multi-paragraph quotation share the first attribution any of them has. Words quoted inside
    a title are partial quotes with no speaker, as headlines quote ('Assad fall ‘not surprising’').
    """
    doc, lexicon, quotes = context.doc, context.lexicon, context.quotes.quotes
    sentence_starts = [s.start for s in sentences]
    titles = [is_title(doc, quote, blocks[block_index(block_starts, quote.open_at)].section, lexicon)
              for quote in quotes]
    own = [_own_attribution(context, quote, blocks, block_starts) for quote in quotes]
    heads = _paragraph_groups(quotes)
    shared: dict[int, Attribution] = {}
    for i, head in enumerate(heads):
        if own[i] is not None and own[i].speaker is not None and not titles[i]:
            shared.setdefault(head, own[i])
    previous: tuple[QuoteMarks, Attribution] | None = None
    position = {quote: i for i, quote in enumerate(quotes)}
    for i, quote in enumerate(quotes):
        if titles[i]:
            yield _Found(quote.start, quote.end, "title", None)
            continue
        parent = context.quotes.enclosing(quote)
        if parent is not None and titles[position[parent]]:
            yield _Found(quote.start, quote.end, "partial", None)
            continue
        attribution = own[i] if own[i] is not None and own[i].speaker is not None else shared.get(heads[i], own[i])
        if attribution is None and previous is not None:
            sentence = sentences[max(0, bisect.bisect_right(sentence_starts, quote.open_at) - 1)]
            attribution = continuation(doc, quote, *previous, block_starts, sentence)
            if attribution is not None:
                shared.setdefault(heads[i], attribution)
        if attribution is None:
            index = block_index(block_starts, quote.open_at)
            attribution = _outside_note(context, quote, blocks, block_starts, free_standing_attribution(
                context, quote, blocks[index], next_block=blocks[index + 1] if index + 1 < len(blocks) else None))
        if attribution is not None and attribution.speaker is not None and not names_a_thing(doc, quote, lexicon):
            split = (previous is not None and previous[1].cue_start == attribution.cue_start
                     and previous[0].closed_or_end < attribution.cue_start < quote.open_at)
            resumed = resumes_after_tag(doc, quote, attribution.cue_start)
            kind = "direct" if reads_as_sentence(doc, quote) or split or resumed else "partial"
            if kind == "direct" and quote.depth == 0:
                previous = (quote, attribution)
        else:
            named = names_a_thing(doc, quote, lexicon)
            kind = "direct" if is_unnamed_sentence(doc, quote) and not named else \
                "partial" if is_unnamed_fragment(doc, quote) and not named else "scare"
            attribution = None
        yield _Found(quote.start, quote.end, kind, attribution)


def _own_attribution(context: QuoteContext, quote: QuoteMarks, blocks: Sequence[Block],
                     block_starts: Sequence[int]) -> Attribution | None:
    """The quote's attribution from its own sentence or paragraph: a source line under it or a header line over it,
    the mover of an amendment whose words it puts in, the agent of a passive clause before its colon, a cue, the
    clause right after it that a comma sets off, a colon-ended paragraph before it; failing those, a colon after a
    clause about a person, a credit line right under or over it, a 'from' phrase naming who sent it in before its
    colon or on the line over it, a headline's speaker before or after a colon, or the person a 'for' that opens its
    sentence names ('For Roe, it is “…”')."""
    def outside_note(found: Attribution | None) -> Attribution | None:
        return _outside_note(context, quote, blocks, block_starts, found)

    found = (signed_attribution(context.doc, quote, blocks, block_starts, context.lexicon)
             or headed_attribution(context.doc, quote, blocks, block_starts)
             or noted_attribution(context.doc, quote, blocks, block_starts)
             or amendment_attribution(context, quote) or agent_attribution(context, quote)
             or outside_note(attribute(context, quote)) or outside_note(tag_attribution(context, quote))
             or introduced_attribution(context.doc, quote, blocks, block_starts, context.lexicon))
    if found is None or found.speaker is None:
        return (colon_attribution(context, quote)
                or credit_attribution(context.doc, quote, blocks, block_starts, context.lexicon)
                or sender_attribution(context, quote, blocks, block_starts)
                or headline_attribution(context, quote, blocks[block_index(block_starts, quote.open_at)])
                or characterized_attribution(context, quote) or viewpoint_attribution(context, quote)
                or inscription_attribution(context, quote) or found)
    return found


def _outside_note(context: QuoteContext, quote: QuoteMarks, blocks: Sequence[Block], block_starts: Sequence[int],
                  found: Attribution | None) -> Attribution | None:
    """Return `found` unless its cue lies in an editor's note in brackets after the quote (`editorial_note_end`):
    a verb in '(emphasis added)' is no cue, nor its subject a speaker."""
    if found is None or quote.close_at is None or found.cue_start <= quote.close_at:
        return found
    note_end = editorial_note_end(context.doc, quote, blocks, block_starts, context.lexicon)
    return None if note_end is not None and found.cue_start < note_end else found


def _opening_words(words: str) -> str:
    """Return the first `ECHO_RUN_WORDS` words of a display line's quote `words`: a later quotation that holds them
    holds the quote, as headlines adapt the rest of a quote's person and tense ('kept what it needed' for 'kept what
    they needed')."""
    return " ".join(words.split()[:ECHO_RUN_WORDS])


def _named(attribution: Attribution) -> bool:
    """Whether the speaker of `attribution` is headed by a name, not a description or a group ('experts')."""
    return attribution.speaker.root.pos_ == "PROPN"


def _echoes(found: Sequence[_Found], blocks: Sequence[Block], block_starts: Sequence[int], raw: str) -> list[_Found]:
    """Return `found` with each quote of a headline or standfirst whose words the article gives again further on
    ('‘We fish where we are told’: …' over a body that quotes the whole remark) made a partial quote: an excerpt,
    or a direct one when its words are a whole sentence of the quotation that holds them again (`_a_sentence_of`).
    Its speaker is the headline's own when named, else the speaker of the attributed quotation that holds the
    words again (or opens with the same words): a display line condenses a speaker into a description or a group
    ('Retired judge tells council …', '…, say economists') that the body names. A crosshead in the body
    (`_display_line`) of three words or more, and a headline's quote in title case (read as a title), echo only
    an attributed quotation: the body may take up a heading's or a title's words in its own."""
    echoed = list(found)
    lowered = None  # the text in lower case, made at the first quote of a display line
    attributed = [other for other in found if other.attribution is not None and other.attribution.speaker is not None]
    for k, item in enumerate(found):
        block = blocks[block_index(block_starts, item.start)]
        crosshead = block.section not in ECHO_SECTIONS and _display_line(block)
        if not (block.section in ECHO_SECTIONS or crosshead) or item.kind not in ECHO_KINDS:
            continue
        lowered = raw.lower() if lowered is None else lowered
        words = lowered[item.start:item.end].rstrip(ECHO_TRIM)
        if len(words.split()) < (CROSSHEAD_ECHO_MIN_WORDS if crosshead else ECHO_MIN_WORDS):
            continue
        opening = _opening_words(words)
        holding = next((other for other in attributed if other.start >= block.end
                        and opening in lowered[other.start:other.end]), None)
        holder = holding.attribution if holding is not None else None
        if lowered.find(words, block.end) < 0 and holder is None:
            continue
        own = item.attribution if item.attribution is not None and item.attribution.speaker is not None else None
        if (crosshead or item.kind == "title") and holder is None:
            continue
        if own or holder:
            whole = holding is not None and _a_sentence_of(words, lowered[holding.start:holding.end])
            echoed[k] = item._replace(kind="direct" if whole else "partial",
                                      attribution=own if own and (_named(own) or not holder) else holder)
    return echoed


def _a_sentence_of(words: str, quoted: str) -> bool:
    """Return True when `words` are a whole sentence of the quotation `quoted` (both in lower case): they open it or
    follow a sentence's end, and a sentence's end follows them."""
    return any(quoted[at + len(words):at + len(words) + 1] in tuple(SENTENCE_CLOSE)
               and (at == 0 or quoted[:at].rstrip()[-1:] in tuple(SENTENCE_CLOSE))
               for at in (match.start() for match in re.finditer(re.escape(words), quoted)))


def _display_line(block: Block) -> bool:
    """Return True for a block that is a display line inside the body: one short line, with no full stop, question or
    exclamation mark at its end (closing marks aside), as crossheads and the items of a digest are set."""
    text = block.text.rstrip()
    return "\n" not in text and len(text.split()) <= DISPLAY_MAX_WORDS \
        and text.rstrip(CLOSING_MARKS)[-1:] not in SENTENCE_CLOSE


def _a_term_of(doc: Doc, item: _Found, earlier: _Found, words: str, lowered: str) -> bool:
    """Whether the single word `words`, in marks at `item` and said in `earlier`, is taken up as a term of the
    earlier speaker's: it is the whole of the earlier quote, or the writer's marks hold it as a noun, a name or a
    pronoun mentioned as a word ('Whether a “lung” can survive', 'The “they” meant the water company'), not as a
    modifier of the writer's own phrase ('armed “moderate” rebels'), which is the writer's scare quote."""
    if lowered[earlier.start:earlier.end].strip(ECHO_TRIM) == words:
        return True
    start = lowered.index(words, item.start, item.end)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ in TERM_POS


def _taken_up(found: Sequence[_Found], raw: str, doc: Doc) -> list[_Found]:
    """Return `found` (in text order) with each quote that has no speaker and repeats, as whole words, words of
    earlier attributed speech given that speech's attribution ('… called the ferry “a floating promise”. … The
    “floating promise” sailed once.', a pull quote set apart, or words of a reported statement held up in marks): a
    mention of someone's words, not the writer's own use (an echoic mention: Sperber and Wilson 1981, 'Irony and the
    use–mention distinction'). It is `direct` when it repeats a sentence (a capital first, a full stop last) of a
    direct quote, else `partial`. A single word is taken up only as a term of the earlier speaker's (see `_a_term_of`,
    which reads `doc`'s parts of speech):
    'Lavrov said: “There is no moderate opposition in Syria.” Washington armed “moderate” rebels' is the writer's
    scare quote, not Lavrov's words."""
    spoken = [item for item in found if item.kind in SPOKEN_KINDS and item.attribution is not None
              and item.attribution.speaker is not None]
    if not spoken:
        return list(found)
    lowered = raw.lower()
    taken = list(found)
    for k, item in enumerate(found):
        words = lowered[item.start:item.end].strip(ECHO_TRIM)
        if item.kind not in ("scare", "partial", "direct") or item.attribution is not None or not words:
            continue
        holding = [earlier for earlier in spoken if earlier.end <= item.start
                   and words in lowered[earlier.start:earlier.end]]
        if not holding:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
        single = len(words.split()) == 1
        sources = [earlier for earlier in reversed(holding) if pattern.search(lowered, earlier.start, earlier.end)
                   and (not single or _a_term_of(doc, item, earlier, words, lowered))]
        # words in marks are the closer source: a reported statement inside a quotation is the quoted speaker's
        source = min(sources, key=lambda earlier: earlier.kind == "indirect", default=None)
        if source is not None:
            sentence = raw[item.start].isupper() and raw[item.end - 1] in SENTENCE_CLOSE and source.kind == "direct"
            taken[k] = item._replace(kind="direct" if sentence else "partial", attribution=source.attribution)
    return taken


def _unattributed(quotes: Sequence[QuoteMarks]) -> list[_Found]:
    """The fallback over budget: every quote in marks kept, as kind `scare`, with no cue or speaker."""
    return [_Found(quote.start, quote.end, FALLBACK_KIND, None) for quote in quotes]


def iter_quotations(doc: Doc, sentences: Sequence[Sentence], entities: Sequence[EntityMention], *,
                    author: str = "", lexicon: QuoteLexicon | None = None, doc_id: str = "",
                    max_quote_marks: int = MAX_QUOTE_MARKS, parse: ParseArrays | None = None,
                    blocks: Sequence[Block] | None = None) -> Iterator[Quotation]:
    """Yield the quotations of `doc` in text order, marked quotes and reported speech alike.

    Quote marks are paired within the blocks stored on `doc` (see `set_blocks`); `author`
    resolves first-person speakers ('As I mention …') to the document's author. Over
    `max_quote_marks` pairs of marks, the quotes are kept unattributed (kind `scare`) and a
    warning names `doc_id`, the count and the budget. `parse` is the Doc's `ParseArrays` and `blocks` its
    `doc_blocks`, each read if not given. Raises InputError when the default lexicon's resource files are malformed.
    """
    blocks = blocks if blocks is not None else doc_blocks(doc)
    lexicon = lexicon or default_lexicon()
    parse = parse if parse is not None else ParseArrays(doc)
    block_starts = [b.start for b in blocks]
    raw = raw_text(doc)
    quotes = [q for q in find_quote_marks(raw, [(b.start, b.end) for b in blocks])
              if blocks[block_index(block_starts, q.open_at)].section not in NO_QUOTE_SECTIONS]
    # a name in marks ('a nurse, “Rima,” said …') is the writer's words, not a quotation: the parse reads it as the
    # name it is, for the speakers and their antecedents, and it is kept as a scare quote with no speaker
    pseudonyms = [q for q in quotes if is_pseudonym(doc, q, lexicon)] if len(quotes) <= max_quote_marks else []
    quotes = [q for q in quotes if q not in pseudonyms]
    resolver = Resolver(doc, entities, author, lexicon=lexicon, blocks=blocks,
                        quoted=[(q.start, q.end) for q in quotes if q.depth == 0],
                        nested=[(q.start, q.end) for q in quotes if q.depth > 0], parse=parse)
    context = quote_context(doc, quotes, lexicon, silent=resolver.silent, parse=parse)
    if len(quotes) > max_quote_marks:
        logger.warning("%s: %d pairs of quote marks, over the budget of %d: quotes kept as '%s' without "
                       "speaker or cue (quotation attribution skipped)", doc_id or "document", len(quotes),
                       max_quote_marks, FALLBACK_KIND)
        found = _unattributed(quotes)
    else:
        found = _echoes(list(_marked(context, blocks, block_starts, sentences)), blocks, block_starts, raw)
    found += [_Found(quote.start, quote.end, "scare", None) for quote in pseudonyms]
    spans = {(item.start, item.end) for item in found}
    for reported in iter_reported(doc, sentences, context.quotes, lexicon, silent=resolver.silent, parse=parse):
        if (reported.start, reported.end) not in spans:
            spans.add((reported.start, reported.end))
            found.append(_Found(reported.start, reported.end, "indirect", reported.attribution))
    found.sort(key=lambda item: (item.start, -item.end))
    if len(quotes) <= max_quote_marks:
        found = _taken_up(found, raw, doc)
    sentence_starts = [s.start for s in sentences]
    for quote_id, item in enumerate(found):
        sentence = sentences[max(0, bisect.bisect_right(sentence_starts, item.start - 1) - 1)]
        attribution = item.attribution
        speaker = attribution.speaker if attribution else None
        name, actor = resolver.name_and_actor(speaker) if speaker is not None else SpeakerName(None, None)
        speaker_text = (attribution.speaker_text or speaker.text) if speaker is not None else None
        if attribution is not None and attribution.cue == "cite":
            name = resolver.full_name(speaker_text)
        yield Quotation(quote_id=quote_id, sent_id=sentence.sent_id, section=sentence.section, start=item.start,
                        end=item.end, text=raw[item.start:item.end], kind=item.kind, speaker=speaker_text,
                        speaker_name=name, speaker_actor=actor, cue=attribution.cue if attribution else None,
                        speaker_start=speaker.start_char if speaker is not None else None,
                        speaker_end=speaker.end_char if speaker is not None else None,
                        cue_start=attribution.cue_start if attribution else None,
                        cue_end=attribution.cue_end if attribution else None)
