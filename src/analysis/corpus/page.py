"""The zones of a page, and the section of each block from its zone and its layout cues.

A page copied to text runs: the masthead (site name, menus) before the headline; the header
(standfirst, bylines, dates, share bars, the lead photo's caption) up to the first paragraph of
prose; the body up to the last paragraph of prose; the tail (credits, author notes, reference
lists, link lists, footers); and, where readers comment, the comment thread. Each block gets a
section and the reason for it: `rule:N` (the Nth rule of `section_rules.csv`), `title` (the
block is the registry title), `layout:<cue>` or `position:<zone>`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from analysis.corpus import layout
from analysis.corpus.resources import resource_loader

Label = tuple[str, str]

STANDFIRST_MAX_CHARS = 400
STANDFIRST_MIN_WORDS = 8
# A summary the header sets between the headline and the byline may run to a short paragraph's length ("Bottom line:
# …", three sentences), above which it is the article's own first paragraph.
SUMMARY_OVER_BYLINE_MAX_CHARS = 600
# The separators of a breadcrumb's path ("Home › News › 2021", "Home > News"), two or more of them in a line.
BREADCRUMB_SEPARATOR = re.compile(r"\s[›»>]\s")
BREADCRUMB_MIN_SEPARATORS = 2
# The line the headline's fallback picks where no registry title names the headline, when it is the site's
# (`_is_site_line`) or shares too few words with the registry title to be it in other words (`_may_head`):
# boilerplate that still closes the masthead.
SITE_LINE = "layout:site-line"
# The length of a word (no "the", "and", "of") a line must share with the registry title to be the title in other
# words, where the page does not print the title itself.
SHARED_WORD_MIN_CHARS = 4
# A person's name after a courtesy or academic title, alone on its line (`_is_titled_name`).
# An office addressed by its title ("Mr Speaker", "Madam President", "Mr Deputy Chairman") names no person.
TITLED_NAME_LINE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.? "
                              r"(?!(?:Speaker|President|Chairman|Chair|Chairwoman|Deputy|Vice|Chancellor|Secretary"
                              r"|Minister|Prime|Mayor|Justice|Clerk|Lord|Ambassador|Attorney|Governor|Commissioner)\b)"
                              r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}$")
TITLED_NAME = "layout:titled-name"
CAPTION_MAX_CHARS = layout.CAPTION_MAX_CHARS
CAPTION_TITLE_MAX_CHARS = 100
REPEATED_MAX_CHARS = 200
ROLE_LINE_MAX_CHARS = 120
COMMENT_META_LOOKAHEAD = 4
CAPTION_TITLE = "layout:caption-title"
LIST_HEADING_MAX_WORDS = 5
# A summary box's heading that a rule names ("Key points") after this many of the article's paragraphs heads a part of
# the article, not its standfirst (`_is_summary_heading_in_the_article`).
SUMMARY_HEADING_AFTER_PARAGRAPHS = 2
SIGN_OFF_MAX_WORDS = 3
# The lines of a byline's run under the headline or the standfirst over a line in capitals that it may end: the
# authors, their town or desk, their newsroom (`_is_shouted_label`).
BYLINE_RUN_MAX_LINES = 3
# The lines of a byline's role or desk between a name in capitals and the date under it ("JANE ROE" over "Harbour
# correspondent" over "3 May 2021"), and the words that name a desk in such a line.
BYLINE_ROLE_MAX_LINES = 2
DESK_WORD = re.compile(r"\b(?i:desk|newsroom|bureau)\b")
# A person's part in a work in brackets after their name, as catalogues and shops print a book's makers ("Jane Roe
# (Author)", "John Doe (Translator)"): the relator terms of the library record.
BRACKETED_ROLE = re.compile(r"\s\((?i:author|co-author|editor|translator|illustrator|compiler|contributor"
                            r"|narrator)s?\)$")
# A note under a writer's sign-off (a postscript, a prompt to write in, a credit) is a sentence or two, and such
# notes are a handful: in the development sets at most six follow a real sign-off (a briefing's postscript, prompt
# and credits), while a record of short lines under a line that only looks like one (a subtitle file) runs to over a
# hundred; ten leaves room above the first and stays far below the second.
POSTSCRIPT_MAX_CHARS = 150
POSTSCRIPT_MAX_BLOCKS = 10
# The dash before a writer's name that signs off ("— Hannah").
SIGN_OFF_DASH = re.compile(r"^[—–-]\s*")
# A line that signs the text above it after a dash: a person's name with their role after a comma, or with their
# handle and the date as an embedded post prints them ("— Jane Roe, editor", "— Jane Roe (@janeroe) May 3, 2021"),
# or a newsroom's credit for the reporting ("— With files from wire services"), as newsletters, news sites and wire
# copy close a note, a post or a story.
DASH_SIGNATURE = re.compile(r"^[—–]\s*(?:With (?:files|(?:additional )?reporting) (?:from|by) [^.!?]{3,60}"
                            r"|(?P<name>[^\W\d_][^,()]{2,50}?)(?:\s*,\s*(?P<role>[^.!?,;:()]{2,60})"
                            r"|\s+\(@\w{2,30}\)(?:\s+[^()]{4,30})?)?)$")
# A block that is one quotation in marks: a dash line under it attributes the quotation (a pull quote, an epigraph).
QUOTATION_BLOCK = re.compile(r"^[\"“‘«„].*[\"”’»“]$", re.S)
# Words after a signature's comma that make it a clause or a turn of dialogue, not a role: relative pronouns, finite
# auxiliaries and verbs of saying ("— Jane Roe, who led the talks"), and the personal pronouns, thanks and courtesies
# of a line spoken to someone ("— Jane Roe, thank you for your time", as a dash-dialogue interview prints its turns).
CLAUSE_WORDS = frozenset({"who", "which", "that", "said", "says", "was", "is", "were", "are", "had", "has", "will",
                          "would", "do", "does", "did", "can", "could", "may", "might", "shall", "should", "must",
                          "you", "your", "yours", "we", "he", "she", "they", "thank", "thanks", "please", "welcome"})
# The most words of a role after a signature's comma ("harbour editor", "professor of law at Example University").
ROLE_MAX_WORDS = 8
# Words that open or fill a short crosshead ("The Road Ahead", "What Comes Next") and no writer signs with.
HEADING_WORDS = frozenset({"the", "a", "an", "what", "why", "how", "when", "where", "who", "which", "next", "now",
                           "more", "new", "our", "your", "my", "this", "that", "these", "those", "its", "after",
                           "before", "ahead", "inside", "behind", "back", "to", "in", "on", "at", "of", "for", "and",
                           "with", "from", "is", "are", "was", "not", "no", "all"})
LINK_LIST = "layout:link-list"
# A web address alone ("example.org/report", "https://www.example.org"): a domain's labels, the last of two letters or
# more in lower case, and a path with no space.
BARE_LINK = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$")
# The title of a linked page on a link's preview card, as long as a headline.
LINK_CARD_TITLE_MAX_CHARS = 120
LINK_CARD = "layout:link-card"
# A catalogue's note on a reference entry under it ("Available online (open access)"), or the heading of a box after
# the list ("Keyword index"): a short line, as long as a heading.
ENTRY_NOTE_MAX_CHARS = 60
ENTRY_NOTE = "layout:entry-note"
# A link item's count before it, split from it by two spaces or more or a tab: a related question's score ("12   …",
# "1,204\t…", "1.5k  …"), or any other bare number (a year); not a list's numbering, which ends with a point
# ("1.\t…").
ITEM_COUNT = re.compile(r"^\d(?:[\d,.]*\d)?[kK]?(?: {2,}|\t)(?=\S)")
# A headline's kicker, a short label before a colon ("Analysis: …", "In depth: …").
KICKER = re.compile(r"^[^:.!?]{1,30}: \S")
BACK_MATTER = "layout:back-matter"
TIMECODE = "layout:timecode"
SUBTITLE = "layout:subtitle"
CLOCK_STAMP = "layout:clock-stamp"
RUNNING_TIME = "layout:running-time"
# The title or the credit of an embedded video, right over its running time as a player prints it ("Harbour fire: what
# the crews saw" over "02:41 - Source: Example TV"); a caption, not a byline nor the article's text.
VIDEO_TITLE = "layout:video-title"
POST_AGE_REASON = "layout:post-age"
# Speakers in title case whose turns in the body make a page a record of turns ("Lord Roe: My Lords, …").
RECORD_SPEAKERS_MIN = 3
# Blocks of a dated entry under its head ("Update #3 · 9 June 2022" over a title and a paragraph or two).
DATED_ENTRY_MAX_BLOCKS = 3
# Paragraphs of prose after an end marker that show the record goes on past it (a script's next part).
RECORD_RESUMES_PARAGRAPHS = 2
# Fields ("Length: 840 words") over a labelled line that make it one more field of their block.
FIELD_BLOCK_MIN_FIELDS = 2
# Fields in a run of labelled lines, one label among them twice, that make it records, as a data export prints them.
RECORD_MIN_FIELDS = 3
RECORD_FIELD = "layout:record-field"
# Labels of metadata fields, each a different one, that make a page a run of metadata records, with as many lines
# of data (fields whose value is no sentence).
METADATA_KEYS_MIN = 3
METADATA_FIELD = "layout:metadata-field"
# Bibliography entries ("Roe, J. (2019) The port", "Roe, Jane. 2019. The Port.") that make the body's entries a
# reading list.
REFERENCE_ENTRIES_MIN = 2
SIGNATURE = "layout:signature"
SIGNATURE_BLOCK = "layout:signature-block"
# The lines a sender's signature takes at most: "no longer than 4 lines" (RFC 1855, Netiquette Guidelines, 2.1.1).
SIGNATURE_MAX_LINES = 4
# The mark of a source or a note in a list: a number, perhaps after a capital, or a small letter ("E2.", "3.", "b)").
SOURCE_MARK = re.compile(r"^(?:[A-Z]?\d{1,3}|[a-z])[.)]\s+\S")
# A line opened by a capital letter and a full stop or bracket, an item of a lettered series ("A. France", "B) China").
LETTERED_ITEM = re.compile(r"^([A-Z])[.)]\s+\S")
# Blocks above or below a lettered item within which the letter next to its own opens an item of its series.
LETTER_SERIES_WINDOW = 6
PEOPLE_LIST = "layout:people-list"
PERSON_LINE = "layout:person-line"
AFFILIATION = "layout:affiliation"
TOWN_MAX_WORDS = 3
READER_SIGNATURES_MIN = 2
AUTHOR_NOTE_MAX_CHARS = 320
# Readers' reviews that make a page's list of reviews.
REVIEWS_MIN = 2
# The lines a review's head holds between the reader's name and the rating, or between the rating and the review's
# text (counts, a button, the date).
REVIEW_HEAD_LINES = 3
# The labels a block gets from its position alone, in the body and after its last paragraph.
POSITIONAL_BODY = ("body", "position:body")
POSITIONAL_LABELS = (POSITIONAL_BODY, ("boilerplate", "position:tail"))
# How far from a diary's field line its other field lines are looked for, and how many make a diary's event.
DIARY_FIELDS_SPAN = 3
DIARY_FIELDS_MIN = 2
# Words quoted and given to a speaker, as a report sets them: "“We stay,” she said.", "…,” he told the inquiry",
# "she added: “…".
_SPEECH_VERB = r"(?:said|says|added|adds|told|asked|argued|argues|warned)"
SPEECH_VERB = re.compile(rf"\b{_SPEECH_VERB}\b")
REPORTED_SPEECH = re.compile(rf"[,?!…]\s?[”\"]\s+(?:[\w’'-]+\s+){{0,4}}?{_SPEECH_VERB}\b"
                             rf"|\b{_SPEECH_VERB}(?: \w+)?[,:]\s+[“\"]")
HEADING_MAX_CHARS = 80
# A crosshead may ask its question in a few words ("What happened?"), one sentence.
QUESTION_HEADING_MAX_WORDS = 5
SENTENCE_INSIDE = re.compile(r"[.!?]\s")
# A note in brackets after a heading: "Transcript (excerpts, lightly edited)".
BRACKETED_AFTER = re.compile(r"\s*\([^()]*\)$")
# What Python lowers the dotted capital İ to: an i and a combining dot above.
DOTTED_I_LOWERED = "i\u0307"
# The dashes that end speech broken off in a transcript ("My Lords, one brief point—").
BROKEN_OFF = ("—", "–", "-")
# A heading numbered or lettered as a part of a document: "2. Findings", "B. Vessels", "iv) Costs".
ENUMERATED_HEADING = re.compile(r"^(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s")
# The headings of an author box, whose short line after it is the writer's role: a credit's heading ("Authors",
# "Written by"), or what the rule of `section_rules.csv` that labels "About the author" matches (`_author_box_rule`).
CREDIT_HEADING = re.compile(r"^(?:Authors?|Written by)$")
AUTHOR_BOX_HEADING = "About the author"
PAGE_NUMBER = "layout:page-number"
RUNNING_HEAD_MIN_WORDS = 3
RUNNING_HEAD_MAX_CHARS = 100
RUNNING_HEAD_MIN_REPEATS = 3
# Blocks between a numbered part's heading and a field heading repeated in each part ("COUNT 2", "Statement of
# offence", its text, "Particulars of offence").
FIELD_HEADING_MAX_STEP = 3
# A heading of readers' contributions or a petition's signers' reasons ("Readers' memories", "Reasons for signing"),
# as `section_rules.csv`'s comment-heading rule reads it: it heads the comments only over a thread.
READERS_HEADING = re.compile(r"^(?:\d+ )?(?i:readers['’]? (?:comments|tributes|memories)|reasons for signing)"
                             r"(?: \(\d+\))?:?$")
# A page's or a column's number as a running head or foot prints it ("Page 12", "Column 732", "col. 4", "p. 9").
PAGE_OR_COLUMN = re.compile(r"\b(?i:page|column|col|p)\.? ?\d")
# A page or column number that a running head prints at one of its ends ("1044 Debates 12 MAY 2016 1045",
# "ANNUAL REPORT 4"), and the words of letters such a head has beside it ("12 May 2016 : Column 731").
EDGE_NUMBER = re.compile(r"^\d+(?=\s)|(?<=\s)\d+$")
NUMBERED_HEAD_MIN_WORDS = 2
# From one running head to the next the page rises by one or two (facing pages), a few more where pages were left
# out; a year ("Vetoes in 2012") or a document's number ("Resolution 2118", "Resolution 2254") is no page.
RUNNING_HEAD_MAX_STEP = 10
YEAR = re.compile(r"(?:19|20)\d\d")
# A note's number glued to the end of a sentence or a quotation it annotates ("… the border.3 The …", "… “fakes”.4"),
# so the next sentence or the block's end follows it (no abbreviation's number: "the No.1 ally", "on Sept.3 the"),
# and a note under the text that opens with that number alone and a capital ("3 UN Office …, May 2019."), as
# reports and posts copied to text keep their footnotes.
NOTE_MARK = re.compile(r"(?<=[^\d\s][.,;:!?”’\")])(\d{1,3})(?=\s+[A-Z“‘\"']|$)")
NUMBERED_NOTE = re.compile(r"^(\d{1,3}) [A-Z“‘\"']")
DATED_LINE_MAX_CHARS = 120
# The items beside the date on a story's source-and-time bar: a source's name, "5 min read", "Follow".
DATED_BAR_ITEM_MAX_WORDS = 3
DATED_BAR = "layout:dated-bar"
# A header's bar of the writer's name beside their place or newsroom ("Jane Roe · Kestwick", "Jane Roe | Example TV –
# Kestwick"), or of a story's metadata with its reading time ("Explainer · Harbours · 6 min read"), as sites set the
# byline under the headline; a bar of two or three items names one writer, a longer one is a menu.
NAME_BAR = "layout:name-bar"
NAME_BAR_MAX_ITEMS = 3
READING_TIME = re.compile(r"\d+[- ]?min(?:ute)?s?\.?[- ]read", re.IGNORECASE)
# Words that make a name-shaped item of a bar a body, a publication, a section or a region, not a person: a menu's
# or a masthead's title-case item ("Weekend Magazine | The Long Read", "Middle East | Gulf", "Reading Room · Archive").
NAME_BAR_NO_NAME = re.compile(
    r"\b(?:Agency|Service|News|Press|Magazine|Digest|Journal|Review|Edition|Library|Room|Archives?|Workshop|Conference|"
    r"Institute|Cent(?:re|er)|University|College|School|Programme|Program|Desk|Radio|Network|Group|Office|Ministry|"
    r"Council|Committee|Department|Foundation|Society|Association|Affairs|World|International|Analysis|"
    r"North|South|East|West|Middle|Central)\b")
PROFILE = "layout:profile"
PROFILE_MIN_FIELDS = 2
# A profile's bio under a user's handle is at most the length a social platform allows (160 characters on X).
PROFILE_BIO_MAX_CHARS = 160
POST_HEAD = "layout:post-head"
OWN_POST = "layout:own-post"
OTHERS_POST = "layout:others-post"
# The reasons of a post's text and its stamps, as position or the comment thread gave them.
POST_TEXT_REASONS = frozenset({"position:body", "position:comments", "layout:comment-text", "layout:comment-meta"})
# A mark before a post's writer: a reply's arrow, a fold toggle ("↳ Jane Roe", "▾ jroe_42", "[+] jroe_42").
POST_MARK = re.compile(r"^(?:[↳▾▸▴▹►>+-]|\[[+-]\])\s*")
# What a thread calls its writer beside the name, as one word in capitals ("OP", "HOST", "MOD") or in brackets.
WRITER_BADGE = re.compile(r"\s+(?:[A-Z]{2,5}|\([A-Z][a-z]+\))$")
# A badge beside a writer's name on a post's head ("Pier warden", "2nd", "Edited", "Web"): a few words, no sentence.
POST_BADGE_MAX_WORDS = 3
# Blocks between a writer's name and the stamp of the post it heads (the handle line of a federated post).
POST_STAMP_STEP = 2
# A federated network's handle, the user's name and their server ("@jroe@example.social").
FEDERATED_HANDLE = re.compile(r"^@\w{2,30}@[\w-]+(?:\.[\w-]+)+$")
# Posts a thread's owner heads at least: one more than the opening post (a reply or a follow-up) is what sets the
# owner's text apart from the others' replies.
OWNER_POSTS_MIN = 2
# A post's age in the compact units social platforms print alone on its stamp ("3d", "20h", "2w", "5mo").
POST_AGE = re.compile(r"^\d{1,2}(?:s|m|min|h|d|w|mo|y|yr)$")
# One word of a user's name, as a thread prints it beside the post's score ("jroe", "Harbour-Watcher").
USER = re.compile(r"^[^\W_][\w.-]{2,30}$")
TABLE_ROW = "layout:table-row"
# The words of a heading over links to the site's other pieces, as no rule's link-list heading words them.
OTHER_PIECES = re.compile(r"\b(?:stories|articles|news|posts|reads|picks?|videos|headlines|latest|also like)\b",
                          re.IGNORECASE)
# A link that skips a box names it, and the box's heading repeats the name right under it ("Skip next section Top
# stories" over "Top stories"); the box runs to the next such link, within a few blocks (a heading and its items).
SKIPPED_BOX = "layout:skipped-box"
SKIP_LINK_MIN_WORDS = 2
# The verb a skip link opens on ("Skip next section", "Jump past"): a menu or breadcrumb ending on a crosshead's
# words ("Home · News · What the crews say") skips nothing.
SKIP_LINK = re.compile(r"^\W*(?:skip|jump)\b", re.IGNORECASE)
SKIPPED_BOX_MAX_BLOCKS = 6
# A note enclosed in the page's opening chrome (a feed's "generated at" line between its query bar and its first
# record): a run of at most this many short blocks that position alone put in the body, boilerplate right above and
# right below it.
ENCLOSED_NOTE = "layout:enclosed-note"
ENCLOSED_NOTE_MAX_BLOCKS = 2
# Marks of quoted words: a quotation set between chrome is the article's (a pull quote), never the page's note.
QUOTATION_MARKS = re.compile(r"[\"“”‘’«»„]|(?<!\w)'|'(?!\w)")
# A box's items are headlines and a line of standfirst; a finished paragraph longer than that is prose.
BOX_ITEM_MAX_CHARS = 160
# A list of records (search results, a register, a listing): an item's title over its meta line, the pair repeated at
# least three times, which a page's one headline over its byline never is.
RECORDS_MIN = 3
RECORD_META_MAX_CHARS = 160
RECORD_TITLE = "layout:record-title"
# What a record's meta line holds and its title does not: a figure (a date, a count), an address, a bar or a dot
# between items, or a credit's "by" among its first words ("Posted by …", "A film by …").
RECORD_TITLE_MARKS = re.compile(r"[\d@<>→|·•]|^(?i:(?:[\w-]+ ){0,2}by)\b")
# The source line under each quotation of a collection: a person's name, then a comma or a bracket ("Jane Roe (born
# 1960), …", "Jane Roe, pilot, …").
QUOTATION_SOURCE_NAME = re.compile(r"^(?P<name>[^\W\d_][^,()]{2,50}?)\s*[,(]")
QUOTATION_SOURCE_MAX_CHARS = 250
QUOTATION_SOURCE = "layout:quotation-source"
# A line of a chat replayed beside a recording: its time into the recording, a moderator's badge perhaps, the user's
# handle in lower case (or with a digit or an underscore) and a colon, then the message; a clock time's "am" or "pm"
# ("9:05 a.m.: …", a live blog's stamp) is no handle.
CHAT_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(?:\[[A-Z]{2,5}\]\s+)?(?![ap]\.?m\b\.?)"
                       r"(?:[a-z\d][\w.-]{1,30}|[^\W\d_][\w.-]*[_\d][\w.-]*): \S")
CHAT = "layout:chat-line"
# A table flattened to text: three rows or more, each of three cells or more split by bars.
TABLE_MIN_ROWS = 3
TABLE_MIN_CELLS = 3
TABLE_CELL_SEPARATOR = re.compile(r"\s\|\s")
# A table's figure is a cell that is a number, perhaps signed, with its unit sign ("412", "+0.5%", "$3.2bn"); a menu
# item that holds a number ("Ukraine 2024", "Formula 1") is a word.
TABLE_FIGURE = re.compile(r"[-+−±~<>≈]?[$€£]?\d[\d.,]*\s?(?:%|bn|m|k)?")
# A newsroom credited as a byline, in sentence case: a place's or an outlet's name and its newsroom, desk or bureau,
# closing the credit or before the reporters it names ("Kestwick newsroom", "Example Courier staff and agencies"), or
# the reporters it works "with", named as its own ("…, with our correspondent on the islands", "… with wires"); a
# sentence about reporters or staff ("Reporters were kept away …", "Kremlin staff watch the talks", "Putin with
# reporters in Sochi") is none.
NEWSROOM_CREDIT = re.compile(r"^(?:[A-Z][\w’'-]*\s+){1,3}(?:newsroom|desk|bureau|staff)\b(?=\s*(?:$|[,;]|with\b|and\b))"
                             r"|\bwith (?:our |the |[A-Z][\w’'-]*['’]s )(?:[\w-]+ )?(?:correspondents?|reporters?|staff)\b"
                             r"|\bwith (?:[\w-]+ )?(?:wires|agencies)\b")
# The verbs with which a note on a person says who they are or were ("… is a fellow", "… served as envoy").
_SAYS_WHO = (r"(?:is|was|has|had|serves|served|teaches|taught|works|worked|heads|headed|directs|directed|chairs|chaired"
             r"|lectures|lives|holds|held)\b")
# The author's note that names the author by their part and says who they are ("The writer is …", "The author, a former
# envoy, was …", "The writer teaches …"), as newspapers print it under an outside contributor's column; an aside in
# commas is an apposition, not a report ("The author, the minister said, was wrong"), and the writer or author of
# something else is a report ("The author of the report said …", "The writer and activist … argues …").
WRITER_NOTE = re.compile(rf"^The (?:writer|author)(?:, (?:a|an|the|who|formerly|now)\b[^,.!?]{{1,150}},)? {_SAYS_WHO}")
# A bio's opening: the person's name, perhaps with a title, a rank or a part in brackets ("Colonel (ret.) Jane Roe",
# "Professor John Doe (chair)"), then what they are or did ("… served as envoy", "… is director of …").
BIO_OPENING = re.compile(rf"^(?P<who>(?:\([^()]{{1,30}}\) |[^\s()]+ ){{2,7}}?){_SAYS_WHO}")
# A note on a writer after the article's last paragraph: a person's name and what they do for a named newsroom or
# institution, in the present ("Jane Roe teaches history at the University of …", "John Doe covers the islands for
# the Example Courier"), as papers, magazines and programmes print who wrote the piece; a past or perfect tense ("John
# Doe was …", "Jane Roe has said …") reports the news, "is" names what a feature or a company is as well ("Five
# Questions is a weekly feature", section rule 8 reads a writer's role), and a person's life or post with no newsroom
# or institution ("John Doe heads the patrol …", "Jane Roe lives in a tent …", "… works at the last bakery …") is a
# closing paragraph of news.
WRITER_NOTE_OPENING = re.compile(r"^(?P<who>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}) (?:(?:covers|writes|reports)\b"
                                 r"[^.!?]{0,120}? for|(?:teaches|lectures)\b[^.!?]{0,120}? at) (?:the )?[A-Z]")
BRACKETED = re.compile(r"\s*\([^()]*\)")
BIO = "layout:bio"
# A page's note on who makes it, in the passive: "This report is produced by …", "This page is maintained by …".
MAKERS_NOTE = re.compile(r"^This (?:[\w-]+ ){1,3}(?:is|are|was|were) (?:produced|prepared|compiled|issued|maintained|"
                         r"published|written|edited) by\b")
# A site's note on itself is a short "about us" paragraph, two or three sentences at most; an outlet's name is a few
# capitalised words ("The Example Evening Letter").
SITE_NOTE_MAX_CHARS = 400
# A page closes on a few notes on itself in a run (comments, membership, the press code it keeps, reprints).
PAGE_NOTES_MAX_RUN = 5
SITE_NAME_MAX_WORDS = 4
# The shortest word of a site's name that tells which site it is (not "of", "The").
SITE_WORD_MIN_CHARS = 3
# A masthead's name line, small words included ("The Institute for Harbour and Island Affairs").
MASTHEAD_NAME_MAX_WORDS = 6
# A site named as itself ("Keep this site free", "this podcast is made by …"), and a price it asks ("£4 a month").
SITE_ITSELF = re.compile(r"\bthis (?:site|website|blog|podcast|show|programme|program|publication|newsletter)\b",
                         re.IGNORECASE)
PRICE = re.compile(r"[£$€]\s?\d")
# The document named as itself, as a page's closing note speaks of it ("This record may be corrected within a week",
# "Maps in this document are explained in plain text", "Comments are closed for this article"): the units a text is
# published or copied as. A paper, a report, a study or a book is what an abstract or a conclusion argues in ("This
# paper shows …"), so they are left out; so is a note in the writer's voice ("We will add to this post"), which
# `FIRST_PERSON` finds.
DOCUMENT_ITSELF = re.compile(r"\bthis (?:article|page|post|story|document|record|copy|transcript|guide|e-?mail|message"
                             r"|petition|version|edition|file)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
DOCUMENT_NOTE = "layout:document-note"
# A notice set among the article's paragraphs is two or three short sentences (the longest in the development sets
# runs to 215 characters); a paragraph of prose on what the article does runs longer, and stays the article's.
NOTE_BETWEEN_PARAGRAPHS_MAX_CHARS = 250
# Among the paragraphs a notice names the document as the subject its sentence opens on, perhaps after a label or a
# noun and its "in" or "of" ("This transcript is checked against the tape", "Maps in this document are …", "Note: this
# page is …"), by a noun that names nothing but a published text: "this version", "this record", "this story" or "this
# copy" is as often the news's own ("Russia has denied this version of events"), and a document named later in its
# sentence is one the news tells of ("The ministry has never seen this document"). A petition page's notice of what is
# done at a count of signatures names the petition as its object ("The council will answer this petition at 5,000
# signatures").
THIS_FOLDS = ("İ", "ı", "ſ")  # with 'I', 'i', 'S' and 's', the letters that a case-blind 'i' or 's' matches
NOTICE_ON_THE_DOCUMENT = re.compile(r"(?:^|[.!?:]\s+)(?:(?:the|an?|every) )?(?:[\w-]+ (?:in|of) )?this (?:article|page"
                                    r"|post|document|transcript|guide|e-?mail|petition)\b"
                                    r"|\bthis petition\b[^.!?]*\bsignatures\b", re.IGNORECASE)
# The site's rule for its readers' comments: what is published, moderated, removed or open to whom, or what rules
# they are subject to, in a sentence that opens on the bare plural ("Comments are moderated", "Comments that insult
# other readers will not be published", and the bare plural right before "are subject to": "Comments are subject to
# the house code"); someone's comments ("Her comments will be reviewed", "Comments by the mayor are subject to …")
# or a public body's rule set into a sentence ("Under the new rules, comments from residents will be published") are
# the article's news.
COMMENT_POLICY = re.compile(r"(?:^|[.!?]\s+)(?:Comments\b[^.!?]{0,80}\b(?:are|is|will|may|must)\b[^.!?]{0,30}\b(?:"
                            r"published|moderated|removed|deleted|edited|approved|reviewed|open|closed)\b"
                            r"|Comments (?:are|will be) subject to\b)")
# The small words a name in title case leaves in lower case ("Voice of the Valley").
TITLE_CASE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "&"})
# After "is" or "are", a future, progressive or reported predicate tells news about the outlet, not what it is ("is
# to close", "is cutting", "is set to", "is expected to", "is said to"): the site's note describes it in the plain
# present ("is reader-supported", "is part of …").
SITE_NEWS_PREDICATE = (r"(?!\s+(?:to|set|due|expected|likely|about|said|reported|believed|thought|understood)\b"
                       r"|\s+\w+ing\b)")


def label_page(texts: list[str], indented: list[bool], rule_labels: list[Label | None], *,
               title: str | None = None) -> list[Label]:
    """Return `(section, reason)` for each block, from its text, indentation, rule label and place; on a page
    of transcript turns (perhaps after the line numbers a court transcript prints in its margin), a bare "12:40" or
    "(14.07)" is a timecode."""
    labels = list(rule_labels)
    _label_metadata_fields(texts, labels)
    unnumbered = [layout.without_list_number(text) for text in texts]
    # a line with no number to take off is the text itself (`without_list_number`), asked once
    if any(layout.is_turn(text) or (line is not text and layout.is_turn(line))
           for text, line in zip(texts, unnumbered)):
        labels = [("boilerplate", TIMECODE) if label is None and layout.is_bare_time(line) else label
                  for line, label in zip(unnumbered, labels)]
    _label_page_breaks(texts, labels)
    labels = [label if label is not None else ("boilerplate", POST_AGE_REASON) if layout.is_post_age(text, above=above)
              else ("boilerplate", RUNNING_TIME) if layout.is_running_time(text, above=above, below=below) else None
              for text, above, below, label in zip(texts, ["", *texts], [*texts[1:], ""], labels)]
    _label_footnotes(texts, labels)
    _label_chapters(texts, labels)
    _label_rules_and_profiles(texts, labels)
    _label_table_rows(texts, labels)
    long_blocks = [i for i, text in enumerate(texts) if len(text) > layout.PROSE_MIN_CHARS]
    if sum(indented[i] for i in long_blocks) * 2 > len(long_blocks):
        indented = [False] * len(texts)  # every paragraph is indented: indentation marks no reply
    headline = _title_block(texts, labels, title)
    if headline is not None:
        labels[headline] = ("headline", "title")
        if _is_subtitle(texts, labels, headline, title):
            labels[headline + 1] = ("headline", SUBTITLE)
        for i in range(headline + 1, len(texts)):
            if labels[i] is None and layout.matches_title(texts[i], title, shortened=False):
                labels[i] = ("boilerplate", "layout:title-repeated")
    _label_captions(texts, labels, headline=headline)
    first = _first_prose(texts, labels, (headline + 1) if headline is not None else 0)
    site_line = False
    if headline is None:
        headline = next((i for i in range(first) if not _is_marked(texts[i], labels[i])
                         and layout.is_title_like(texts[i])), None)
        if headline is not None:
            site_line = _is_site_line(texts, headline) or not _may_head(texts, labels, headline, first, title)
            labels[headline] = ("boilerplate", SITE_LINE) if site_line else ("headline", "position:headline")
    # the standfirst goes under the title's subtitle, where the title page sets one
    summary = None if headline is None else (
        headline + 1 + (labels[headline + 1:headline + 2] == [("headline", SUBTITLE)]))
    if summary is not None and not site_line and (_is_standfirst(texts, labels, summary)
                                                  or _is_long_standfirst(texts, labels, summary)):
        labels[summary] = ("standfirst", "position:standfirst")
        first = _first_prose(texts, labels, summary + 1)
    if headline is not None and _is_heading_above(texts, labels, first, headline):
        first -= 1
    _label_site_notes(texts, labels, headline or 0, first)
    comments = _comment_start(texts, rule_labels, first)
    tail = _tail_start(texts, indented, labels, first, comments, site_words=_site_words(texts, headline or 0))
    _label_masthead(texts, labels, headline if headline is not None else 0)
    _label_header(texts, labels, headline + 1 if headline is not None else 0, first)
    if headline is not None and _is_standfirst_under_header(texts, labels, headline, first, tail):
        labels[first] = ("standfirst", "position:standfirst")
    _label_body(texts, labels, first, tail)
    _label_author_note(texts, labels, first, comments)
    _label_part_notes(texts, labels, first, tail)
    _label_tail(texts, indented, labels, rule_labels, tail, comments)
    _label_comments(texts, labels, rule_labels, comments)
    labels = [label or POSITIONAL_BODY for label in labels]
    _label_fields_among_fields(texts, labels)
    _label_post_authors(texts, labels)
    _label_link_cards(texts, labels)
    _label_entry_notes(texts, labels)
    _label_bios(texts, labels)
    _label_signature_blocks(texts, labels)
    _label_reviews(texts, labels)
    _label_post_signatures(texts, labels)
    _label_thread_posts(texts, labels, first, comments)
    _label_record_titles(texts, labels)
    _label_quotation_sources(texts, labels)
    _label_chat_lines(texts, labels)
    _label_skipped_boxes(texts, labels)
    _label_enclosed_notes(texts, labels)
    _label_video_titles(texts, labels)
    labels = [("byline", TITLED_NAME) if label == POSITIONAL_BODY and _is_titled_name(text) else label
              for text, label in zip(texts, labels)]
    return labels


def _label_video_titles(texts: list[str], labels: list[Label]) -> None:
    """The short unfinished line right over a video's running time in a player's form (a clock time with its source,
    "02:41 - Source: Example TV", or a bare "02:41" under the video's credit) is the video's title or credit, a
    caption, whatever its shape made of it (a name, a byline's next line, a paragraph); a programme's length in a
    schedule ("30 mins") closes no player, and a line a rule labelled keeps its label."""
    for i in range(1, len(texts)):
        j = i - 1
        if (labels[i] == ("boilerplate", RUNNING_TIME) and layout.DURATION.match(texts[i]) is None
                and labels[j][0] in ("byline", "body") and not labels[j][1].startswith("rule:")
                and len(texts[j]) <= CAPTION_TITLE_MAX_CHARS and not layout.ends_sentence(texts[j])):
            labels[j] = ("caption", VIDEO_TITLE)


def _label_skipped_boxes(texts: list[str], labels: list[Label]) -> None:
    """A box that a skip link above it names is furniture, not the text: its heading, the link's last words alone on
    the next line ("Skip next section Top stories" over "Top stories"), and, when another link of the same words
    follows within `SKIPPED_BOX_MAX_BLOCKS` with no paragraph of prose before it, the blocks between them; only
    blocks that position alone labelled. The link opens on its verb (`SKIP_LINK`)."""
    for i in range(len(texts) - 1):
        heading = texts[i + 1]
        if labels[i][0] != "boilerplate" or labels[i + 1] not in POSITIONAL_LABELS or len(heading) > HEADING_MAX_CHARS:
            continue
        link = texts[i].removesuffix(heading)
        if (link == texts[i] or not link.endswith(" ") or len(layout.words(link)) < SKIP_LINK_MIN_WORDS
                or SKIP_LINK.match(link) is None):
            continue
        end = next((k for k in range(i + 2, min(len(texts), i + 2 + SKIPPED_BOX_MAX_BLOCKS))
                    if labels[k][0] == "boilerplate" and texts[k].startswith(link)), i + 2)
        if any(len(texts[k]) > BOX_ITEM_MAX_CHARS and layout.ends_sentence(texts[k]) for k in range(i + 2, end)):
            end = i + 2  # a paragraph of prose is the text a crosshead heads, no box's item
        for k in range(i + 1, end):
            if labels[k] in POSITIONAL_LABELS:
                labels[k] = ("boilerplate", SKIPPED_BOX)


def _label_enclosed_notes(texts: list[str], labels: list[Label]) -> None:
    """A short run of blocks that position alone put in the body (`ENCLOSED_NOTE_MAX_BLOCKS`, none a paragraph of
    prose's length nor holding quoted words), with boilerplate right above and right below it, before the page's
    first other block of the body, is a note of the page's opening chrome ("Feed generated at …" between a query bar
    and a record's stamp, a key to the symbols between a page's menus): boilerplate. Only where the chrome under it is
    a box of two blocks of boilerplate or more, not one line, a caption or a byline between the run and the article
    (an "Advertisement" or a picture under a short first paragraph, which is the article's), nor a box that pages set
    between an article's paragraphs (`_opens_an_inline_box`), and only where the page has body text after it. After the article's last paragraph a short paragraph under a box is its closing one, so
    the closing chrome is left alone."""
    body = [i for i, label in enumerate(labels) if label[0] == "body"]
    if not body:
        return
    n = len(texts)
    start = 0
    while start < n:
        if labels[start] != POSITIONAL_BODY:
            start += 1
            continue
        end = start
        while end + 1 < n and labels[end + 1] == POSITIONAL_BODY:
            end += 1
        if _is_enclosed_note(texts, labels, start, end, body[0], body[-1]):
            for k in range(start, end + 1):
                labels[k] = ("boilerplate", ENCLOSED_NOTE)
        start = end + 1


def _is_enclosed_note(texts: list[str], labels: list[Label], start: int, end: int, first_body: int,
                      last_body: int) -> bool:
    """True for the run `start`..`end` of `_label_enclosed_notes`: short, no quoted words, boilerplate on both sides,
    the first of the page's body runs, with two blocks of boilerplate or more under it that open no inline box."""
    n = len(texts)
    if (end - start + 1 > ENCLOSED_NOTE_MAX_BLOCKS or start == 0 or end + 1 >= n
            or labels[start - 1][0] != "boilerplate" or labels[end + 1][0] != "boilerplate"
            or any(len(texts[k]) > layout.PROSE_MIN_CHARS or QUOTATION_MARKS.search(texts[k])
                   for k in range(start, end + 1))):
        return False
    return (start == first_body and end < last_body and end + 2 < n and labels[end + 2][0] == "boilerplate"
            and not _opens_an_inline_box(texts, labels, end + 1))


def _opens_an_inline_box(texts: list[str], labels: list[Label], i: int) -> bool:
    """True for a heading a rule names over a link list or another line a rule names ("Read more:" over headlines,
    "Advertisement" over "Story continues below"): a box that pages set between the article's paragraphs, so the short
    run above it is the article's first paragraph, not a note of the page."""
    below = labels[i + 1]
    return _is_list_heading(texts[i], labels[i]) and (below[1] == LINK_LIST or (below[0] == "boilerplate"
                                                                               and below[1].startswith("rule:")))


def _label_chat_lines(texts: list[str], labels: list[Label]) -> None:
    """Label as comments the lines of a chat replayed beside a recording (`CHAT_LINE`), `RECORDS_MIN` of them or more
    one after another; a transcript's turns are spoken by names, and a live blog's stamped entries lie between prose."""
    lines = [i for i, text in enumerate(texts) if CHAT_LINE.match(text) and labels[i][0] != "comment"]
    runs: list[list[int]] = []
    for i in lines:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) >= RECORDS_MIN:
            for i in run:
                labels[i] = ("comment", CHAT)


def _is_quotation_source(text: str) -> bool:
    """True for the source line a collection of quotations prints under each one: a person's name opening an unfinished
    line of items split by commas, with a year among them ("Jane Roe (born 1960), harbour pilot, The Tide Tables
    (2017), ch. 2"); a line led by a dash is a pull quote's attribution, and a finished sentence the text's own."""
    name = QUOTATION_SOURCE_NAME.match(text)
    return (name is not None and layout.is_person_name(name["name"]) and "\n" not in text
            and len(text) <= QUOTATION_SOURCE_MAX_CHARS and YEAR.search(text) is not None
            and not re.search(r"[.!?]$", text))


def _label_quotation_sources(texts: list[str], labels: list[Label]) -> None:
    """Label as references the source lines of a collection of quotations: a line right under a block that is one
    quotation in marks, naming who said it and where (`_is_quotation_source`), the pair repeated `RECORDS_MIN` times or
    more on the page, as a dictionary of quotations or a page of quotes of the week prints its entries; a page that
    quotes a person or two in block quotes and says who in a line of its text is no such collection."""
    sources = [i for i in range(1, len(texts)) if labels[i][0] == "body" and QUOTATION_BLOCK.match(texts[i - 1])
               and _is_quotation_source(texts[i])]
    if len(sources) >= RECORDS_MIN:
        for i in sources:
            labels[i] = ("references", QUOTATION_SOURCE)


def _is_record_meta(text: str, label: Label) -> bool:
    """True for the line under an item's title in a list of records: a credit, a date or a source and its time,
    on one short line, as the cues of the page have read it (a byline)."""
    return label[0] == "byline" and "\n" not in text and len(text) <= RECORD_META_MAX_CHARS


def _is_record_title(text: str) -> bool:
    """True for an item's title in a list of records: a short unfinished line of a few words (`is_title_like`) with no
    figure, mark or separator of the meta lines (a date, a count, an address, items split by bars or dots), and no
    credit or person's name with their role (the names, roles and senders over a letter's or a call's lines)."""
    return ("\n" not in text and layout.is_title_like(text) and not layout.ends_sentence(text)
            and RECORD_TITLE_MARKS.search(text) is None and not layout.is_by_credit(text)
            and not layout.is_label_credit(text) and not layout.is_names_line(text)
            and not layout.is_person_entry(text) and not layout.is_person_name(text))


def _label_record_titles(texts: list[str], labels: list[Label]) -> None:
    """Label the titles of a page's records as the text they head: a short title line right over its meta line (a
    source and its time, a date, a credit), the pair repeated `RECORDS_MIN` times or more on the page, as search
    results, registers, listings and live blogs print their items. Whatever their place on the page made of them (the
    header's furniture, a credit, a caption), the titles are body like the others where the page reads any of them as
    body (a crosshead over a snippet or a post), else the items' headlines. The page's own headline over its byline
    is no record, and a title the page reads as body keeps it."""
    candidates = {i for i in range(len(texts) - 1) if _is_record_title(texts[i])
                  and _is_record_meta(texts[i + 1], labels[i + 1]) and labels[i][0] not in ("comment", "headline")}
    # records are pairs apart: a title whose meta line is itself a title, or under one, is a run of fields
    titles = [i for i in sorted(candidates) if i + 1 not in candidates and i - 1 not in candidates]
    # a list of other pieces after the page's last body paragraph (related stories, more from the site) is no record
    body = [i for i, label in enumerate(labels) if label[0] == "body"]
    titles = [i for i in titles if not body or i < body[-1]]
    if len(titles) < RECORDS_MIN:
        return
    # like the page's other records: crossheads of the body where it reads any of them so, else the items' headlines,
    # which only a list of records before the page's first body paragraph has
    section = "body" if any(labels[i][0] == "body" for i in titles) else "headline"
    if section == "headline" and body and titles[-1] > body[0]:
        return
    for i in titles:
        if labels[i][0] in ("boilerplate", "byline", "caption"):
            labels[i] = (section, RECORD_TITLE)


def _post_writer(item: str, *, counted: bool = False) -> str | None:
    """Return the writer a post's head names in its first item, without the reply's mark, icons and a badge in
    capitals ("▾ jroe_42 OP" → "jroe_42", "Posted by u/jroe_42" → "jroe_42", "↳ Jane Roe 🧭" → "Jane Roe"), or None
    where it names no user nor person; beside the post's score (`counted`), any one word is a user name ("▾ jroe ·
    12 points")."""
    item = layout.without_icons(POST_MARK.sub("", layout.without_icons(item.strip())))
    poster = layout.POSTER.search(item)
    if poster is not None:
        item = poster.group().strip()
        item = item[3:] if item.startswith("by ") else item
    item = WRITER_BADGE.sub("", item).removeprefix("u/").removeprefix("@").strip()
    named = re.search(r"[^\W\d_]", item) and (layout.is_user_name(item) or layout.HANDLE.match(item)
                                               or (counted and USER.match(item)))
    return item.casefold() if named and item.split(maxsplit=1)[0].lower() not in HEADING_WORDS else None


def _is_post_stamp(item: str) -> bool:
    """True for a post's time or count on its head: a date or a time ago (a clock time alone is a schedule's, a
    labelled date a profile's field: "Joined: May 2012"), or a score ("131 points")."""
    return (layout.POST_COUNT.match(item) is not None or POST_AGE.match(item) is not None
            or layout.DAY_MONTH.match(item) is not None) or (
        layout.is_date_line(item) and not layout.is_clock_stamp(item) and not layout.is_field_line(item))


def _stamp_items(text: str) -> list[str] | None:
    """The items of a post's head or stamp line ("@jroe@example.social · Jun 14, 2023, 07:55", "2 Apr 2019 at 14:05 ·
    Raw message", "Jane Roe · Moderator"): each a time, a count, a handle or a badge (a few words, no sentence);
    else None."""
    if "\n" in text or len(text) > layout.NAV_MAX_CHARS:
        return None
    items = [item.strip() for item in layout.NAV_SEPARATOR.split(text) if item.strip()]
    return items if all(_is_head_item(item) for item in items) else None


def _is_head_item(item: str) -> bool:
    """True for an item of a post's head beside its writer: a time or a count (`_is_post_stamp`), a handle, or a
    badge (a few words, no sentence: "Moderator", "Edited", "2nd")."""
    return _is_post_stamp(item) or _is_handle(item) or (
        len(layout.words(item)) <= POST_BADGE_MAX_WORDS and not layout.ends_sentence(item))


def _post_head(texts: list[str], i: int, *, headline: int | None = None) -> str | None:
    """Return the writer of the post block `i` heads, or None: a writer's name and a stamp on one line ("▾ jroe_42 ·
    12 votes · 8 hours ago", "Jane Roe · Moderator · 6 Feb 2025"), or a name alone over its stamp line, perhaps with
    a handle's line between ("Jane Roe" over "@jroe@example.social" over "Jun 14, 2023, 07:55"), as threads, forums,
    channels, lists and annotation pages head every post; under a headline other than the page's (`headline`), a
    source and its date are a results list's or a link list's item."""
    text = texts[i]
    if len(text) > layout.NAV_MAX_CHARS or "\n" in text or layout.is_comment_meta(text) or (
            i > 0 and i - 1 != headline and _is_headline_above(texts[i - 1])):
        return None  # buttons and counts head no post
    items = [item.strip() for item in layout.NAV_SEPARATOR.split(text) if item.strip()]
    if not all(_is_head_item(item) for item in items[1:]):
        return None
    counted = any(layout.POST_COUNT.match(item) for item in items[1:])
    writer = _post_writer(items[0], counted=counted) if items else None
    if writer is None or layout.is_date_line(items[0]):
        return None
    if any(_is_post_stamp(item) for item in items[1:]):
        return writer
    for j in range(i + 1, min(i + 1 + POST_STAMP_STEP, len(texts))):
        if any(_is_post_stamp(item) for item in _stamp_items(texts[j]) or ()):
            return writer
        if not _is_profile_line(texts[j]):
            return None
    return None


def _is_profile_line(text: str) -> bool:
    """True for the line a platform prints between a writer's name and the post's stamp: the writer's handle or
    their headline, a short line that ends no sentence ("Ferry engineer at Example Yard · she/her")."""
    return len(text) <= PROFILE_BIO_MAX_CHARS and "\n" not in text and not layout.ends_sentence(text)


def _is_headline_above(text: str) -> bool:
    """True for a headline over a source's line (`layout.is_title_like`), not a label that opens in capitals
    ("EDITOR'S NOTE 4") nor a post that asks a question ("So was that the reason?")."""
    return layout.is_title_like(text) and not text.split(maxsplit=1)[0].isupper() and not layout.ends_sentence(text)


def _is_handle(text: str) -> bool:
    """True for a user's handle alone on its line, also with its server after it ("@jroe", "@jroe@example.social")."""
    return layout.is_handle(text) or FEDERATED_HANDLE.match(text) is not None


def _is_platform_sign(text: str, *, head: bool) -> bool:
    """True for a block with a line that shows a platform's posts, not a news page's bylines: a handle ("@jroe",
    "u/jroe_42", "@jroe@example.social"), a score, a reply count, an audience or a post's compact age ("12 points",
    "3 replies", "2,300 members", "3d"), counts under a post ("↩ 4   ★ 30"), or a reply's or a fold's mark
    before a post's head (`head`: "↳ Jane Roe")."""
    if head and POST_MARK.match(text):
        return True
    lines = [line for line in text.split("\n") if len(line) <= layout.NAV_MAX_CHARS]
    items = [item.strip() for line in lines for item in layout.NAV_SEPARATOR.split(line)]
    return any(layout.is_comment_meta(line) and any(c.isdigit() for c in line) for line in lines) or any(
        _is_handle(item) or layout.POSTER.search(item) or layout.POST_COUNT.match(item) or POST_AGE.match(item)
        or layout.AUDIENCE_COUNT.match(item) for item in items)


def _label_thread_posts(texts: list[str], labels: list[Label], first: int, comments: int) -> None:
    """On a thread whose first post's head stands over the text (the page's owner: the writer `_post_head` finds
    nearest over the first paragraph) and who heads a later post too (`OWNER_POSTS_MIN`), every later post is the
    owner's or another user's, as its head names its writer: the owner's
    replies and follow-ups are the page's text (heads byline, text body), other users' posts are comments (heads and
    text comment), as threads, lists, channels and annotation pages copied to text show one writer's text with the
    others' replies under it. Only a page that shows a platform's signs (`_is_platform_sign`) or a comments heading
    before the other users' posts is a thread: names over dates alone are a news page's bylines, as a live blog's
    entries. Furniture that a rule or a cue labelled (buttons, counts, menus) is left as it is."""
    headline = next((i for i in range(first) if labels[i][0] == "headline"), None)
    owner = next((writer for i in range(first - 1, -1, -1)
                  if (writer := _post_head(texts, i, headline=headline)) is not None), None)
    if owner is None:
        return
    heads = [_post_head(texts, i) if i >= first else None for i in range(len(texts))]
    if heads.count(owner) + 1 < OWNER_POSTS_MIN:
        return
    others = next((i for i, head in enumerate(heads) if head is not None and head != owner), len(texts))
    if comments >= others and not any(_is_platform_sign(text, head=_post_head(texts, i) is not None)
                                      for i, text in enumerate(texts)):
        return  # names over dates alone are a news page's bylines, as a live blog's entries
    writer, last_head = owner, -1
    for i in range(first, len(texts)):
        if i == comments and i - last_head > POST_STAMP_STEP:
            writer = None  # a comment's writer is the one its head names
        head = heads[i]
        if head is not None:
            writer, last_head = head, i
            labels[i] = ("byline", POST_HEAD) if head == owner else ("comment", POST_HEAD)
            continue
        section, reason = labels[i]
        if writer == owner and reason == LINK_LIST and layout.is_sentence_like(texts[i]):
            labels[i] = ("body", OWN_POST)  # the owner's sentences under their head are no list's items
        if reason not in POST_TEXT_REASONS:
            continue
        if writer == owner and section == "comment":
            labels[i] = ("boilerplate", OWN_POST) if reason == "layout:comment-meta" else ("body", OWN_POST)
        elif writer is not None and writer != owner and section == "body":
            labels[i] = ("comment", OTHERS_POST)


def _label_reviews(texts: list[str], labels: list[Label]) -> None:
    """On a page that lists readers' reviews (two or more, each headed by one reader's rating, `layout.review_rating`,
    with a sign that the rating is a reader's beside it), each review is a reader's comment, as schema.org's Review
    sets it out: its writer's name over the rating (with at most two lines of counts or buttons between: "230 ratings |
    41 friends", "Follow"), the review's title after the stars, and its paragraphs under the rating and the date lines
    (sentences, up to the first line that is none, as the votes under them, "12 people found this helpful", or the
    next review's name; the last review, which no name follows and no votes line ends, stops at the first block of
    its run that a rule or a layout guess labelled boilerplate, as an affiliate disclosure, so the page's own prose
    after it stays as it is, and with no such block runs on, however long). The sign of a reader's
    review is a count or button line between the name and the rating, a date line under the rating
    (`layout.is_date_line`, not a sentence that holds a date: "In cinemas from March 3, 2024"), or a "… found this
    helpful" line after the review: a critic's rated round-up of films or books has none of them. The rating alone
    and the date stay as they are; the paragraphs change only where their position labelled them (`_comment`)."""
    ratings = {i: match for i, text in enumerate(texts) if (match := layout.review_rating(text)) is not None}
    heads: dict[int, int] = {}
    for i in ratings:
        name = next((j for j in range(i - 1, max(i - 1 - REVIEW_HEAD_LINES, -1), -1)
                     if layout.is_name_line(texts[j]) and not layout.is_navigation(texts[j])
                     and not layout.is_date_line(texts[j]) and not layout.CALL_TO_ACTION.match(texts[j])
                     and not layout.is_reviewer_line(texts[j])), None)
        if name is not None and not any(layout.is_sentence_like(texts[j]) for j in range(name, i)):
            heads[i] = name
    starts = sorted(heads.values())
    reviews = []
    for i, name in heads.items():
        stop = next((start for start in starts if start > i), len(texts))
        j = i + 1
        while j < stop and j <= i + REVIEW_HEAD_LINES and not layout.is_sentence_like(texts[j]) and (
                layout.is_date_line(texts[j]) or layout.DATE.search(texts[j])):
            j += 1
        dated = any(layout.is_date_line(texts[k]) for k in range(i + 1, j))  # not 'In cinemas from March 3, 2024'
        end = j
        while end < stop and layout.is_sentence_like(texts[end]) and end not in ratings:
            end += 1
        counted = any(layout.is_reviewer_line(texts[k]) for k in range(name + 1, i))
        voted = end < stop and layout.REVIEW_VOTES.search(texts[end]) is not None
        if stop == len(texts) and not voted:
            # the last review: no next name or votes line bounds it, so a block of the page's own boilerplate in its
            # run (labelled so by a rule or a layout guess, not by its place: a disclosure, a navigation line) ends
            # it, as the page's prose resumes after it; with none, the review runs on, however long
            end = next((k for k in range(j + 1, end)
                        if labels[k][0] == "boilerplate" and labels[k] not in POSITIONAL_LABELS), end)
        if dated or counted or voted:
            reviews.append((name, i, j, end))
    if len(reviews) < REVIEWS_MIN:
        return
    for name, i, j, end in reviews:
        _comment(labels, name, head=True)
        if ratings[i].group("title"):
            _comment(labels, i, head=True)
        for k in range(j, end):
            _comment(labels, k)


def _label_post_signatures(texts: list[str], labels: list[Label]) -> None:
    """On a question-and-answer page (one with the stamp over a post's card, "asked Sep 16, 2013 at 8:52",
    `layout.is_post_stamp`, or the prompt under its last answer, `layout.QA_PROMPT`), a post's vote count alone on its
    line ("12 votes") is boilerplate, a comment signed after its words by its commenter and time
    (`layout.is_signed_comment`) is a reader's comment, and a user name under a post's stamp (the last of the stamps
    where an edit's joins it) signs the post: its byline. Only blocks the page's position put in the body or the
    tail are read."""
    if not any(layout.is_post_stamp(text.splitlines()[-1]) or layout.QA_PROMPT.match(text) for text in texts if text):
        return
    for i, text in enumerate(texts):
        if labels[i] not in POSITIONAL_LABELS:
            continue
        if layout.POST_VOTES.match(text):
            labels[i] = ("boilerplate", "layout:votes")
        elif layout.is_signed_comment(text):
            labels[i] = ("comment", "layout:signed-comment")
        elif (i > 0 and texts[i - 1] and layout.is_post_stamp(texts[i - 1].splitlines()[-1])
              and layout.is_name_line(text) and not layout.is_date_line(text)):
            labels[i] = ("byline", "layout:post-card")


def _comment(labels: list[Label], i: int, *, head: bool = False) -> None:
    """Make block `i` a reader's review where only its position labelled it; a review's head (the reader's name over
    the rating, the rating with its title), known by the rating, also where a layout guess labelled it (a name line
    taken for a signature or a box's heading, stars taken for a control), never where a rule did."""
    if labels[i] in POSITIONAL_LABELS or (head and not labels[i][1].startswith("rule:")):
        labels[i] = ("comment", "layout:review")


def _label_metadata_fields(texts: list[str], labels: list[Label | None]) -> None:
    """On a page of metadata records, as a feed's raw view, a news database's export or an agency's caption feed prints
    them (three field labels or more of `layout.metadata_fields`, each a different one), each line a label opens takes
    the label's section: a title is the record's headline, a description its standfirst, a creator its byline, a link,
    a category or a date boilerplate; a label alone over the field's text under it ("content:encoded:") is
    boilerplate. A record holds data too: as many lines again of fields whose value is no sentence (these labels' or a
    form's, "Interviewer: Jane Roe"). A page with a field or two ("Language: English"), or paragraphs that open with
    a label in the run of prose ("Title: that is what the minister wanted most, …"), is no record; a label that is an
    everyday word is a field only over a value that reads as no sentence, and a database export's header only on a
    page with a RIS tag (`no-sentence` and `tagged` in the labels file's `requires` column)."""
    fields = {i: field for i, text in enumerate(texts) if labels[i] is None
              and (field := layout.metadata_field(text)) is not None}
    tagged = any(key.startswith(f"{layout.RECORD_TAG_NAMESPACE}:") for key, _, _ in fields.values())
    requires = layout.field_requirements()
    fields = {i: (key, section, value) for i, (key, section, value) in fields.items()
              if (tagged or requires.get(key) != "tagged")
              and (requires.get(key) != "no-sentence" or not _reads_as_a_sentence(value))}
    if len({key for key, _, _ in fields.values()}) < METADATA_KEYS_MIN:
        return
    data = [i for i, text in enumerate(texts) if labels[i] is None and (
        layout.is_field_line(text) or i in fields and not layout.is_sentence_like(fields[i][2]))]
    if len(data) < METADATA_KEYS_MIN:
        return
    for i, (_, section, value) in fields.items():
        labels[i] = (section if value else "boilerplate", METADATA_FIELD)


def _reads_as_a_sentence(value: str) -> bool:
    """True for a field's value that reads as prose, not data: a finished sentence that is no reference entry, or a
    clause of several words opening in lower case ("the extent of the council's support is unclear")."""
    return (layout.is_sentence_like(value) and value[-1:] in ".!?" and not layout.is_reference(value)
            or value[:1].islower() and len(layout.words(value)) >= layout.SENTENCE_MIN_WORDS)


def _label_page_breaks(texts: list[str], labels: list[Label | None]) -> None:
    """What a PDF copied to text keeps at its page breaks: a page number alone (not a list's number over its item's
    heading), and a running head or foot, a short unfinished line repeated apart from itself beside a page number or
    three times or more (not a record's credit field, "Answered by: Jane Roe", repeated with each record) (twice, it may be a live blog's entry title listed under "Key events"), or the same apart
    from a page number rising from one to the next (`_numbered_running_heads`); a head of two words only beside a
    run of rising page numbers (`_short_heads_by_page_numbers`)."""
    repeats = Counter(texts)
    repeated = {i for i, text in enumerate(texts)
                if labels[i] is None and repeats[text] > 1 and text not in texts[max(i - 1, 0):i] + texts[i + 1:i + 2]
                and len(text) <= RUNNING_HEAD_MAX_CHARS and len(layout.words(text)) >= RUNNING_HEAD_MIN_WORDS
                and not re.search(r"[.!?:]$", text) and not layout.is_date_line(text) and not layout.is_label_credit(text)}
    for i, text in enumerate(texts):
        over_heading = (layout.is_page_number(text, bare=True) and i + 1 < len(texts) and i + 1 not in repeated
                        and labels[i + 1] is None and len(texts[i + 1]) <= HEADING_MAX_CHARS
                        and not layout.ends_sentence(texts[i + 1]))
        if labels[i] is None and layout.is_page_number(text) and not over_heading:
            labels[i] = ("boilerplate", PAGE_NUMBER)
    field_headings = _field_headings(texts, labels, repeated)
    for i in sorted(repeated - field_headings):
        beside = labels[max(i - 1, 0):i] + labels[i + 1:i + 2]
        if repeats[texts[i]] >= RUNNING_HEAD_MIN_REPEATS or ("boilerplate", PAGE_NUMBER) in beside:
            labels[i] = ("boilerplate", "layout:running-head")
    for i in _numbered_running_heads(texts, labels):
        labels[i] = ("boilerplate", "layout:running-head")
    for i, number in _short_heads_by_page_numbers(texts, labels):
        labels[i], labels[number] = ("boilerplate", "layout:running-head"), ("boilerplate", PAGE_NUMBER)


def _short_heads_by_page_numbers(texts: list[str], labels: list[Label | None]) -> list[tuple[int, int]]:
    """Pairs of a running head too short to tell from the text's own repeated lines by its repeats alone (two words,
    "Annual review") and the page number beside it: the same unlabelled line, no sentence, printed
    `RUNNING_HEAD_MIN_REPEATS` times or more, each time right over or under a bare number that rises a little from each
    page to the next (`RUNNING_HEAD_MAX_STEP`), as a PDF's pages do, with a paragraph's length of text on each page; a
    speaker's label or a table's field repeated over its values has no such run of numbers beside it, a table's or a
    thread's short lines less text between them, and a list's numbers over its items' headings run from one, where a
    first page has no running head."""
    places: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if (labels[i] is None and len(text) <= RUNNING_HEAD_MAX_CHARS and not text.isdigit()
                and 0 < len(layout.words(text)) < RUNNING_HEAD_MIN_WORDS and not re.search(r"[.!?:]$", text)):
            places.setdefault(text, []).append(i)
    found = []
    for heads in places.values():
        paged = len(heads) >= RUNNING_HEAD_MIN_REPEATS and all(
            sum(map(len, texts[a + 1:b])) >= layout.PROSE_MIN_CHARS for a, b in zip(heads, heads[1:]))
        for step in (1, -1) if paged else ():
            numbers = [i + step for i in heads]
            if all(0 <= j < len(texts) and labels[j] in (None, ("boilerplate", PAGE_NUMBER))
                   and layout.is_page_number(texts[j], bare=True) for j in numbers) and (
                    int(texts[numbers[0]]) != 1 and all(0 < int(texts[b]) - int(texts[a]) <= RUNNING_HEAD_MAX_STEP
                                                        for a, b in zip(numbers, numbers[1:]))):
                found += zip(heads, numbers)
                break
    return found


def _field_headings(texts: list[str], labels: list[Label | None], repeated: set[int]) -> set[int]:
    """Indices of the repeated lines that stand within a few blocks under each of a series of numbered headings alike
    ("COUNT 1" … "COUNT 3", "Amendment 2" … "Amendment 5"), as a charge sheet, an amendment paper or a form repeats its
    fields in each numbered part, not always at the same step (a mover's name under a co-mover's in one part, right
    under the heading in the next): the part's own headings or names, no running head. A page's furniture over a
    running head is no such heading: a line a cue has labelled (a page number), one whose items a bar or a dot splits
    ("Section 2 · Page 12", "12 | Annual Review 2023"), one that numbers a page or a column ("Column 732",
    `PAGE_OR_COLUMN`), a page number at any of the places (`layout.is_page_number`), or a running head that carries
    its page's number (`_numbered_running_heads`)."""
    running_heads = set(_numbered_running_heads(texts, labels))
    by_text: dict[str, list[int]] = {}
    for i in repeated:
        by_text.setdefault(texts[i], []).append(i)

    def numbered(j: int) -> str | None:
        """The shape of an unlabelled numbered heading at `j` ("Amendment #"), or None where `j` holds none."""
        shape = re.sub(r"\d+", "#", texts[j])
        return (shape if "#" in shape and re.search(r"[^\W\d_]{2}", shape) and not layout.BAR_SEPARATOR.search(shape)
                and PAGE_OR_COLUMN.search(texts[j]) is None and labels[j] is None and j not in running_heads
                and not layout.is_page_number(texts[j]) else None)

    found: set[int] = set()
    for places in by_text.values():
        shapes = [{numbered(j) for j in range(max(i - FIELD_HEADING_MAX_STEP, 0), i)} - {None} for i in places]
        if set.intersection(*shapes):
            found.update(places)
    return found


def _numbered_running_heads(texts: list[str], labels: list[Label | None]) -> list[int]:
    """Indices of the running heads that carry their page or column number at one end: short unlabelled lines, no
    sentence nor a time, a publication's or a report's name in title case or capitals, the same apart from their
    numbers, printed twice or more with the number at the end (or, if none, at the start) rising a little from each to
    the next, as pages and columns do; a live blog's stamps ("14:05 GMT"), a post's counts ("9:14 AM · 2 likes"),
    numbered crossheads (a series from one, "Article 1", "Case study 1", "Case study 2", where a first page has no
    running head; a label in sentence case, "Case study 3", "Polling district 4", "Siege of the port, day 5") and
    crossheads closed by a year or a document's number are none."""
    heads: dict[str, list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        if labels[i] is not None or len(text) > RUNNING_HEAD_MAX_CHARS:
            continue
        # a match of `EDGE_NUMBER` begins the text or ends it (perhaps before a final newline) with a digit
        numbers = EDGE_NUMBER.findall(text) if text[:1].isdecimal() or text[-2:].rstrip("\n")[-1:].isdecimal() else []
        if (numbers and not YEAR.fullmatch(numbers[-1])
                and not re.search(r"[.!?:]$", text)
                and layout.TIME.search(text) is None and _is_title_case(text)
                and sum(word[:1].isalpha() for word in layout.words(text)) >= NUMBERED_HEAD_MIN_WORDS):
            heads.setdefault(re.sub(r"\d+", "#", text), []).append((i, int(numbers[-1])))
    return [i for pages in heads.values() if len(pages) > 1 and pages[0][1] != 1
            and all(0 < next_page - page <= RUNNING_HEAD_MAX_STEP for (_, page), (_, next_page) in zip(pages, pages[1:]))
            for i, _ in pages]


def _label_footnotes(texts: list[str], labels: list[Label | None]) -> None:
    """A finished block no longer than a citation that opens with a bare number and a capital ("3 UN Office …") is a
    footnote where a block above it carries that number as a note's mark glued to a sentence's end ("… the border.3")
    and the notes rise down the page from note 1 (at the foot of each page or after the text); a sentence that opens
    with a figure ("40 people were killed …") has no such mark above it, a figure glued to a full stop once ("… in
    Idlib.2") is no series of notes, and a report's numbered paragraphs or a list's items among the marks, before note
    1 or unfinished ("2 The committee heard …", "3 Publish the lease"), are none."""
    notes = [(i, note) for i, text in enumerate(texts) if (note := NUMBERED_NOTE.match(text)) is not None]
    if not notes:
        return
    first_mark: dict[str, int] = {}
    for i, text in enumerate(texts):
        for number in NOTE_MARK.findall(text):
            first_mark.setdefault(number, i)
    last_note = 0
    for i, note in notes:
        text = texts[i]
        number = int(note[1])
        if (first_mark.get(note[1], i) < i and (number == 1 if last_note == 0 else number > last_note)
                and len(text) <= layout.CITATION_MAX_CHARS and layout.ends_sentence(text)):
            last_note = number
            if labels[i] is None:
                labels[i] = ("references", "layout:footnote")


def _label_chapters(texts: list[str], labels: list[Label | None]) -> None:
    """Two or more recording chapters in a row, each a time and a title ("00:00 Introduction"), are a list of
    timecodes, not a live blog's entry stamps."""
    for i, text in enumerate(texts):
        beside = texts[max(i - 1, 0):i] + texts[i + 1:i + 2]
        if labels[i] is None and layout.is_chapter_marker(text) and any(map(layout.is_chapter_marker, beside)):
            labels[i] = ("boilerplate", TIMECODE)


def _label_rules_and_profiles(texts: list[str], labels: list[Label | None]) -> None:
    """A drawn rule or ornament carries no text (boilerplate); a member's profile, as forums print it over each post
    (a user name, perhaps a rank, then two or more fields, one with a figure: "Joined: May 2012", "Posts: 1,204"), and the
    short bio under a user's handle (not the thread's first post) are bylines."""
    for i, text in enumerate(texts):
        if labels[i] is not None:
            continue
        if layout.is_rule_line(text):
            labels[i] = ("boilerplate", "layout:rule-line")
        elif (i > 0 and layout.is_handle(texts[i - 1]) and len(text) <= PROFILE_BIO_MAX_CHARS
              and not layout.is_thread_post(text)):
            labels[i] = ("byline", PROFILE)
        elif layout.is_user_name(text):
            rank = int(i + 1 < len(texts) and not layout.is_field_line(texts[i + 1])
                       and len(texts[i + 1]) <= layout.NAME_LINE_MAX_CHARS and not layout.ends_sentence(texts[i + 1]))
            fields = list(itertools.takewhile(layout.is_field_line, texts[i + 1 + rank:]))
            if len(fields) >= PROFILE_MIN_FIELDS and any(map(layout.is_profile_field, fields)):
                for j in range(i, i + 1 + rank + len(fields)):
                    labels[j] = labels[j] or ("byline", PROFILE)


def _label_table_rows(texts: list[str], labels: list[Label | None]) -> None:
    """A table flattened to text is a run of three blocks or more in a row, each with the same number of cells (three
    or more) split by bars ("Factor | Previous | Current", "Government collapse (6 months) | Elevated | Low"), most
    rows with a cell that is a figure or has more words than a menu item has, under a paragraph of prose: the
    article's table (body), header row included. A menu or footer has short cells and no figures, or chrome words, or
    lines a rule names; a run of contacts (a telephone number, an address) is the page's back matter; a dated link
    list has one or two cells a line; a ticker or a menu above the article's first paragraph, and the rows under a
    list's heading ("Latest updates"), are the page's furniture. The source line right under a table ("Source: …")
    is its caption, as under a chart."""
    bars = [len(TABLE_CELL_SEPARATOR.findall(text)) if "|" in text else 0 for text in texts]  # a bar in each match
    i = 0
    while i < len(texts):
        end = i + 1
        while end < len(texts) and bars[end] == bars[i]:
            end += 1
        rows = texts[i:end]
        if (bars[i] >= TABLE_MIN_CELLS - 1 and len(rows) >= TABLE_MIN_ROWS
                and sum(map(_has_table_cell, rows)) * 2 >= len(rows)
                and all(labels[j] is None for j in range(i, end))
                and not any(layout.is_chrome(row) or layout.is_contact(row) or layout.has_address(row) for row in rows)
                and any(len(texts[j]) > layout.PROSE_MIN_CHARS and layout.ends_sentence(texts[j]) for j in range(i))
                and not (labels[i - 1] is not None and _is_list_heading(texts[i - 1], labels[i - 1]))):
            for j in range(i, end):
                labels[j] = ("body", TABLE_ROW)
            if end < len(texts) and len(texts[end]) <= CAPTION_MAX_CHARS and layout.SOURCE_LINE.match(texts[end]):
                labels[end] = labels[end] or ("caption", "layout:caption-source")
        i = end


def _has_table_cell(text: str) -> bool:
    """True for a row with a cell that is a figure or has more words than a menu item has."""
    return any(TABLE_FIGURE.fullmatch(cell.strip()) or len(layout.words(cell)) > layout.NAV_ITEM_MAX_WORDS
               for cell in TABLE_CELL_SEPARATOR.split(text))


def _title_block(texts: list[str], labels: list[Label | None], title: str | None) -> int | None:
    """Index of the block that is the registry title, or its head over the rest of it (`layout.heads_title`), also
    where the rest is a byline the registry gives with the title ("THE CROSSING" over "by Jane Roe"), searched above
    the first long paragraph; under it, the title heads the article only with more of the page's prose below it than
    above (`_title_under_a_note`)."""
    for i, text in enumerate(texts if title else []):
        if labels[i] is None and (layout.matches_title(text, title) or (
                i + 1 < len(texts) and (labels[i + 1] is None or labels[i + 1][0] == "byline")
                and layout.heads_title(text, texts[i + 1], title))):
            return i
        if not _is_marked(text, labels[i]) and len(text) > layout.PROSE_MIN_CHARS:
            return _title_under_a_note(texts, labels, title, i)
    return None


def _title_under_a_note(texts: list[str], labels: list[Label | None], title: str, start: int) -> int | None:
    """Index of the registry title under the page's first long paragraph, where that paragraph and the others above
    the title are a note on the page (a forwarded mail's covering note, a cover sheet's declaration, an editor's
    toolbar) and the article, longer than they are, runs under it; the same title in a link list after the article
    has the article's prose above it, and is no headline, nor is it where a byline ("By Jane Roe") stands above that
    paragraph: the article started there, under a headline in other words, and the title under it is a running head
    or a link."""
    if any(label is not None and label[0] == "byline" and layout.BY.match(text)
           for text, label in zip(texts[:start], labels[:start])):
        return None
    prose = [len(text) if labels[i] is None and len(text) > layout.PROSE_MIN_CHARS else 0
             for i, text in enumerate(texts)]
    for i in range(start + 1, len(texts)):
        if labels[i] is None and layout.matches_title(texts[i], title):
            return i if sum(prose[i + 1:]) > sum(prose[:i]) else None
    return None


def _may_head(texts: list[str], labels: list[Label | None], i: int, first: int, title: str | None) -> bool:
    """True for a title-like line that may be the headline where the page does not print the registry title: where
    the registry gives no title; the title in other words, a line that shares a word of some length with it ("Minutes of
    the 12th sitting" for "Minutes of the 12th sitting of the Council"); or a line in the headline's
    place whatever its words, right over a byline a rule names ("By Jane Roe") or over the first paragraph. Another
    line that shares no word is the site's, a profile's or a results page's ("About 2,300 results", a writer's role
    under their name), which closes the masthead (`SITE_LINE`)."""
    if not title:
        return True
    below = labels[i + 1] if i + 1 < len(texts) else None
    if i + 1 == first or (below is not None and below[0] == "byline" and below[1].startswith("rule:")):
        return True
    wanted = {word.lower() for word in layout.words(title) if len(word) >= SHARED_WORD_MIN_CHARS}
    return not wanted or not wanted.isdisjoint(word.lower() for word in layout.words(texts[i]))


def _is_subtitle(texts: list[str], labels: list[Label | None], headline: int, title: str) -> bool:
    """True for the block under a title's head that holds the rest of the title and nothing more (a title page's
    subtitle); a line that goes on past the title ("held on 3 May 2016 at 7 pm in …") is the page's own, and so is a
    date alone, which the registry adds to a title after a comma ("Weekly guide, 3–9 May 2016"): the page's date."""
    below = headline + 1
    return (below < len(texts) and labels[below] is None and layout.heads_title(texts[headline], texts[below], title)
            and layout.is_within_title(texts[below], title) and not layout.is_date_line(texts[below]))


def _site_names(texts: list[str], labels: list[Label | None], headline: int) -> list[str]:
    """The site's name as the masthead prints it over the headline: the first item of each short unlabelled line
    there ("Example News", "THE EXAMPLE LETTER   Sign in", "ExampleWire", "THE EXAMPLER"), without a leading "The";
    a single word that is not a compound name nor named with the article ("Opinion", "WORLD") and words not in title
    case ("Local news") are a section's label, no name."""
    names = []
    for text, label in zip(texts[:headline], labels[:headline]):
        first_item = layout.NAV_SEPARATOR.split(text.strip())[0]
        name = first_item.removeprefix("The ").removeprefix("THE ")
        n_words = len(layout.words(name))
        compound = (n_words > 1 or name != first_item
                    or (any(char.isupper() for char in name[1:]) and any(char.islower() for char in name)))
        if (label is None and compound and _is_title_case(name) and n_words <= SITE_NAME_MAX_WORDS
                and name[:1].isupper() and not layout.ends_sentence(name) and not layout.is_date_line(name)):
            names.append(name)
    return names


def _is_title_case(text: str) -> bool:
    """True when every word of `text` but the small ones opens with a capital or is no word ("The Harbour Review 7",
    "PORTS REVIEW", "Voice of the Valley"), as a name is written; a crosshead's label in sentence case ("Case study 3")
    is no name."""
    return all(word[:1].isupper() or not word[:1].isalpha() or word in TITLE_CASE_SMALL_WORDS for word in text.split())


def _label_site_notes(texts: list[str], labels: list[Label | None], headline: int, first: int) -> None:
    """From the first paragraph on, a short paragraph in which a sentence opens with the masthead's name as the
    subject of "is" or "are" in the plain present ("Example News, owned by a reader trust, is …", "The Example
    Letter is reader-supported") is the site's note on itself, not the article; news about the outlet ("… is to
    close", "… is cutting jobs") is none (`SITE_NEWS_PREDICATE`)."""
    names = _site_names(texts, labels, headline)
    if not names:
        return
    subject = re.compile(rf"(?:^|[.!?]\s+)(?:The )?(?:{'|'.join(map(re.escape, names))})(?:, [^,.!?]{{1,80}},)? "
                         rf"(?:is|are)\b{SITE_NEWS_PREDICATE}", re.IGNORECASE)
    for i in range(first, len(texts)):
        if labels[i] is None and len(texts[i]) <= SITE_NOTE_MAX_CHARS and subject.search(texts[i]):
            labels[i] = ("boilerplate", "layout:site-note")


def _label_captions(texts: list[str], labels: list[Label | None], *, headline: int | None = None) -> None:
    """Credited captions, the caption above a credit line, a short title above a caption (an image's alt
    text, one line only; a link that opens with a verb of calling to act, "Get the link", "Listen again: …", is
    none), a chart's source line under its title, and a line repeated beside itself; a caption that
    opens with its own label ("Image caption, …") starts there, so nothing above it is a part of it. Above the
    `headline`, a line of short items split by spaced slashes is the section's breadcrumb ("World / Europe"), not a
    photographer's credit."""
    n = len(texts)
    for i, text in enumerate(texts):
        breadcrumb = headline is not None and i < headline and layout.is_navigation(text)
        if (labels[i] is None and len(text) <= CAPTION_MAX_CHARS and layout.is_credit(text) and not breadcrumb
                and not _among_capitalised_fields(texts, i)):
            labels[i] = ("caption", "layout:credit")
        elif _is_copyrighted_caption(texts, labels, i):
            labels[i] = ("caption", "layout:copyright-credit")
        elif (labels[i] is None and i > 0 and labels[i - 1] is not None and labels[i - 1][0] == "caption"
              and layout.is_source_line(text)):
            labels[i] = ("caption", "layout:caption-source")
    for i in reversed(range(n)):
        text = texts[i]
        if _is_marked(text, labels[i]):
            continue
        repeated = (i > 0 and text == texts[i - 1]) or (i + 1 < n and text == texts[i + 1])
        below = labels[i + 1] if i + 1 < n else None
        if repeated and len(text) <= REPEATED_MAX_CHARS:
            labels[i] = ("caption", "layout:repeated")
        elif (below is None or below[0] != "caption" or below[1] == CAPTION_TITLE
              or layout.is_labelled_caption(texts[i + 1])):
            continue
        elif layout.is_credit_line(texts[i + 1]) and len(text) <= CAPTION_MAX_CHARS:
            labels[i] = ("caption", "layout:above-credit")
        elif (len(text) <= CAPTION_TITLE_MAX_CHARS and not layout.ends_sentence(text)
              and not layout.CALL_TO_ACTION.match(text) and not _heads_a_gallery(texts, labels, i)):
            labels[i] = ("caption", CAPTION_TITLE)


def _among_capitalised_fields(texts: list[str], i: int) -> bool:
    """True for a field line of a media advisory's or a planning diary's event (`layout.DIARY_FIELD`: "PHOTO: Staff
    at the door", "WHERE: Town Hall, Room 2") with at least two other such field lines near it, as media advisories
    and agencies' planning diaries set out each event (WHO:, WHAT:, WHEN:, WHERE:, then COVERAGE:, PHOTO:, VIDEO:,
    CONTACT:): there a "PHOTO:" line says what pictures will be taken, and no field is a caption's credit. A credit
    that is no such field stays a credit beside any line labelled in capitals ("WATCH: …", a dateline "KESTWICK:
    …")."""
    if layout.DIARY_FIELD.match(texts[i]) is None:
        return False
    near = texts[max(i - DIARY_FIELDS_SPAN, 0):i] + texts[i + 1:i + 1 + DIARY_FIELDS_SPAN]
    return sum(layout.DIARY_FIELD.match(line) is not None for line in near) >= DIARY_FIELDS_MIN


def _is_copyrighted_caption(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for sentences closed by a copyright credit (`layout.is_copyrighted_sentence`), labelled as a copyright
    notice or not at all, over prose (a finished sentence right under them, or a long paragraph further down): a
    picture's caption; the same shape with no prose after it is the footer's note on the site."""
    if not ((labels[i] is None or (labels[i][0] == "boilerplate" and layout.is_copyright(texts[i])))
            and layout.is_copyrighted_sentence(texts[i])):
        return False
    over_sentence = i + 1 < len(texts) and labels[i + 1] is None and layout.is_sentence_like(texts[i + 1])
    return over_sentence or any(labels[j] is None and len(texts[j]) > layout.PROSE_MIN_CHARS
                                for j in range(i + 2, len(texts)))


def _is_marked(text: str, label: Label | None) -> bool:
    """True when a block is labelled already or carries a cue of page furniture or of a credit."""
    return label is not None or _has_furniture_cue(text)


@lru_cache(maxsize=layout.BLOCK_TESTS_CACHED)
def _has_furniture_cue(text: str) -> bool:
    """True when a block carries a cue of page furniture or of a credit (`_is_marked`; kept, as several passes ask)."""
    return (layout.is_navigation(text) or layout.is_date_line(text) or layout.is_chrome(text) or layout.is_control(text)
            or layout.is_by_credit(text) or layout.is_label_credit(text) or layout.is_contents_entry(text))


def _is_site_line(texts: list[str], i: int) -> bool:
    """True for a title-like line that is the site's, not the article's headline: a path of three places or more (a
    breadcrumb whose items run too long for a menu, "Archive › Papers on the war, 1990–2020 › June 2023"), or the
    first of a record's fields over another ("Case number: 12/2019" over "Filed: 3 May 2019")."""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    return _is_path(texts[i]) or (layout.is_field_line(texts[i]) and layout.is_field_line(below))


def _is_path(text: str) -> bool:
    """True for a breadcrumb's path: two or more of its separators in a line ("Home › News › 2021")."""
    return len(BREADCRUMB_SEPARATOR.findall(text)) >= BREADCRUMB_MIN_SEPARATORS


def _first_prose(texts: list[str], labels: list[Label | None], start: int) -> int:
    """Index of the first paragraph of the article: a finished sentence (not a line of authors' names), a wire
    dateline or a transcript turn, or the numbered crosshead ("1. The talks"), the salutation ("Madam Speaker,"), the
    detached drop cap ("W" over "hen the …") or live-blog entry stamp and title ("14:05 GMT") right above it."""
    first = next((i for i in range(start, len(texts)) if not _is_marked(texts[i], labels[i])
                  and not layout.is_author_list(texts[i]) and not _is_dated_line(texts[i])
                  and not _is_aside_closed_line(texts[i]) and not _continues_field_block(texts, i) and (
        layout.is_sentence_like(texts[i]) or layout.is_dateline_opening(texts[i])
        or layout.is_turn(texts[i]))), len(texts))
    while first > start and not _is_marked(texts[first - 1], labels[first - 1]) \
            and layout.is_numbered_heading(texts[first - 1]):
        first -= 1
    if start < first < len(texts) and labels[first - 1] is None and layout.is_salutation(texts[first - 1]):
        return first - 1
    if start < first < len(texts) and layout.is_drop_cap(texts[first - 1], texts[first]):
        return first - 1
    for head in (2, 1):
        if first - head >= start and layout.is_entry_stamp(texts[first - head]) and all(
                labels[j] is None and not layout.is_sentence_like(texts[j]) for j in range(first - head, first)):
            return first - head
    return first


def _is_aside_closed_line(text: str) -> bool:
    """True for a short line whose only closing mark is an aside in brackets with no sentence in it, as a masthead's
    name with its place or a credit with its agency is set ("Example Herald (Kestwick)"): no paragraph."""
    return len(text) <= layout.SHORT_LINE_CHARS and not layout.finishes_sentence(text) and layout.ends_sentence(text)


def _continues_field_block(texts: list[str], i: int) -> bool:
    """True for a labelled line ("Summary: The vote was close. Talks resume in May.") under a block of labelled lines,
    two or more of them fields, and over a line of no prose, as a record's metadata, a cover sheet or a message's
    header is set: one more field of that block, not the first paragraph (a kicker or a speaker's words under a page's
    fields run on into prose)."""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    if (not layout.is_labelled_line(texts[i]) or layout.is_sentence_like(below)
            or _opens_like_an_article(texts[i], below)):
        return False
    above = itertools.takewhile(layout.is_labelled_line, (texts[j] for j in range(i - 1, -1, -1)))
    return sum(map(layout.is_field_line, above)) >= FIELD_BLOCK_MIN_FIELDS


def _opens_like_an_article(labelled: str, below: str) -> bool:
    """True for a labelled line that reads as an article's first paragraph, not a record's field: a question (an
    interview's first), an entry over a time stamp (a live blog's), or one sentence after its label over a line that
    is no field (a lead "Kestwick: The council …", a host's "Host: Good evening.")."""
    return (labelled.endswith("?") or layout.is_time_stamp(below) or layout.is_clock_stamp(below)
            or (not layout.is_labelled_line(below) and layout.says_one_sentence_after_label(labelled)))


def _is_heading_above(texts: list[str], labels: list[Label | None], first: int, headline: int) -> bool:
    """True when the block above the first paragraph is the article's first heading (a letter's title, a claim
    box's label): a short unmarked line, not a name, a caption or a dated line, right under the headline, the
    standfirst, a date, page furniture or a short unfinished line, as a report's box of key figures or a heading over
    it sets one (not under a byline or a line naming a role, where it is the author's, nor under a form's field, the
    heading of a list or a record's metadata field, where it labels the record's text: "Body")."""
    i = first - 1
    if i <= headline or first >= len(texts) or _is_marked(texts[i], labels[i]) or not (
            layout.is_sentence_like(texts[first]) or layout.is_dateline_opening(texts[first])):
        return False
    text, above, above_label = texts[i], texts[i - 1], labels[i - 1]
    heading = (len(text) <= HEADING_MAX_CHARS and (not layout.ends_sentence(text) or text.endswith(":")
                                                   or _is_question_heading(text))
               and not layout.FULL_DATE.search(text)
               and not layout.is_person_name(text) and not layout.is_author_list(text) and not layout.is_credit(text)
               and not layout.is_field_line(text))
    under_byline = above_label is not None and above_label[0] == "byline" and not layout.is_date_line(above)
    under_fields = above_label is not None and above_label[1] == METADATA_FIELD
    under_list = (above_label is not None and _is_list_heading(above, above_label)
                  and _heads_a_list(texts, i - 1, len(texts)))
    return ((_is_marked(above, above_label) or _under_a_box_of_short_lines(texts, labels, i)) and heading
            and not under_byline and not under_list and not under_fields)


def _is_question_heading(text: str) -> bool:
    """True for a crosshead that asks a short question, one sentence of a few words ("What happened?", "Why does it
    matter?"), as explainers open their parts; a longer question is a reader's or an interviewer's, and one in the
    site's voice ("Enjoying our coverage?") a prompt."""
    return (text.endswith("?") and len(layout.words(text)) <= QUESTION_HEADING_MAX_WORDS
            and SENTENCE_INSIDE.search(text) is None and layout.SITE_VOICE.search(text) is None)


def _under_a_box_of_short_lines(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True when short unmarked lines stand right above block `i`, no sentence, form's field nor line naming a role
    (a report's key figures, a heading over a heading), and no summary's or list's heading that a rule names heads
    them: their points or items are no box."""
    j = i - 1
    while (j >= 0 and labels[j] is None and not layout.is_sentence_like(texts[j]) and not layout.is_field_line(texts[j])
           and layout.ROLE_NOUN.search(texts[j]) is None):
        j -= 1
    return j < i - 1 and not (j >= 0 and labels[j] is not None and labels[j][1].startswith("rule:")
                              and labels[j][0] in ("standfirst", "boilerplate"))


def _is_standfirst(texts: list[str], labels: list[Label | None], i: int, *,
                   max_chars: int = STANDFIRST_MAX_CHARS) -> bool:
    """The block under the headline is a standfirst when it is a short summary, not the article's first paragraph
    nor a line of metadata (a short unfinished line with a date, or items split by bars or dots); a summary of
    sentences that names a date may close without a full stop, as sites set standfirsts."""
    if i >= len(texts) or _is_marked(texts[i], labels[i]):
        return False
    text = texts[i]
    if (len(text) > max_chars or len(layout.words(text)) < STANDFIRST_MIN_WORDS
            or layout.is_dateline_opening(text) or layout.is_turn(text) or layout.is_field_line(text)
            or layout.is_salutation(text)
            or layout.is_numbered(text) or layout.is_thread_post(text)
            or layout.BAR_SEPARATOR.search(text)
            or (_is_dated_line(text) and not layout.ends_sentence(text))):
        return False
    followed_by_furniture = i + 1 < len(texts) and (_is_marked(texts[i + 1], labels[i + 1])
                                                    or not layout.is_sentence_like(texts[i + 1]))
    return followed_by_furniture or len(text) <= layout.PROSE_MIN_CHARS


def _is_long_standfirst(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a paragraph right under the headline and over the byline a rule names ("Prepared by: …"), with the
    article's prose under them: the summary the header sets before the byline, a standfirst even where it runs longer
    than most (`SUMMARY_OVER_BYLINE_MAX_CHARS`); a paragraph over its writer's signature alone is the article."""
    below = labels[i + 1] if i + 1 < len(texts) else None
    return (below is not None and below[0] == "byline" and below[1].startswith("rule:")
            and _is_standfirst(texts, labels, i, max_chars=SUMMARY_OVER_BYLINE_MAX_CHARS)
            and any(labels[j] is None and len(texts[j]) > layout.PROSE_MIN_CHARS for j in range(i + 2, len(texts))))


def _is_standfirst_under_header(texts: list[str], labels: list[Label | None], headline: int, first: int,
                                tail: int) -> bool:
    """True for the first paragraph when only the header's furniture (bylines, a date line, a share bar, buttons to
    play or download) stands between it and the headline, no standfirst among them, and it is a summary
    (`_is_standfirst`) over the heading of a box (`_heads_a_box`: "Speakers" over the speakers' bios, "Key points"), as
    event pages, press releases and study pages set it, or over more of the header's furniture
    (`_is_between_header_furniture`); a note that says who makes the page (`MAKERS_NOTE`) is no summary."""
    header = labels[headline + 1:first]
    return (bool(header) and first < len(texts) and labels[first] is None
            and all(label is not None and label[0] in ("byline", "boilerplate") for label in header)
            and (_heads_a_box(texts, labels, first + 1) or _is_between_header_furniture(texts, labels, header, first, tail))
            and MAKERS_NOTE.search(texts[first]) is None and _is_standfirst(texts, labels, first))


def _is_between_header_furniture(texts: list[str], labels: list[Label | None], header: list[Label | None],
                                 first: int, tail: int) -> bool:
    """True for the first paragraph under a header that holds a byline and over more of the header's furniture (a
    credit or a menu, `_is_header_furniture`), as features, programme pages and sample chapters set their summary
    between the author's line and the page's buttons or credits, or over the lead picture's caption and its credit
    (`_is_lead_picture`), as news sites set it; under a record's field ("Date filed: …") it is the record's
    text, between two stamps or two credits alike (`_are_alike`) one entry of a series or a record, and with no
    paragraph of the article after it (a forum's post over its votes and replies) the article itself; a summary is
    shorter than the article's first paragraph of prose after it, which a news lede as long or longer is not."""
    prose = next((j for j in range(first + 2, tail) if labels[j] is None and len(texts[j]) > layout.PROSE_MIN_CHARS),
                 None)
    return (any(label[0] == "byline" for label in header) and not layout.is_field_line(texts[first - 1])
            and (_is_header_furniture(texts, labels, first + 1) or _is_lead_picture(texts, labels, first + 1))
            and not _are_alike(texts[first - 1], texts[first + 1])
            and prose is not None and len(texts[first]) < len(texts[prose]))


def _is_lead_picture(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a caption over its credit line (the lead picture, as news sites set it under the summary)."""
    return (i + 1 < len(texts) and labels[i] is not None and labels[i][0] == "caption"
            and labels[i + 1] is not None and labels[i + 1][0] == "caption")


def _are_alike(text: str, other: str) -> bool:
    """True when two blocks open with the same word, as the stamps over the entries of a series do ("Highlight | Page
    4" … "Highlight | Page 9"), or both credit persons, as a register of questions sets the asker over the question and
    the one who answers under it."""
    credit = ("byline", "layout:credit")
    return layout.words(text)[:1] == layout.words(other)[:1] or _furniture(text) == _furniture(other) == credit


def _is_header_furniture(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a byline a rule names, or a credit or a menu that no cue has labelled otherwise (`_furniture`: "Issued
    by …", "Home › News"), as the header sets them around its parts; a date, a time or a caption may open a live blog's
    entry or stand in the article, so they are none."""
    if i >= len(texts):
        return False
    if labels[i] is not None:
        return labels[i][0] == "byline" and labels[i][1].startswith("rule:")
    return _furniture(texts[i], chrome=False) in (("byline", "layout:credit"), ("boilerplate", "layout:navigation"))


def _heads_a_box(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for the heading of a box: a heading a rule names over a summary's points or a list ("Key points",
    "Contents" over its entries), or a short line of a few words, no sentence nor furniture, over a block a rule names
    or a form's field ("Speakers" over a bio, "METHODOLOGY" over "Sample: 1,600 adults"); a crosshead over prose heads
    the article's next part, a live blog's entry title its stamp."""
    if i + 1 >= len(texts) or len(layout.words(texts[i])) > LIST_HEADING_MAX_WORDS or layout.ends_sentence(texts[i]):
        return False
    if labels[i] is not None:
        return labels[i][1].startswith("rule:") and (labels[i][0] == "standfirst" or (
            _is_list_heading(texts[i], labels[i]) and _heads_a_list(texts, i, len(texts))))
    below = labels[i + 1]
    return not _is_marked(texts[i], None) and ((below is not None and below[1].startswith("rule:"))
                                               or layout.is_field_line(texts[i + 1]))


def _is_prose(text: str, indented: bool, label: Label | None) -> bool:
    """Article prose: an unlabelled paragraph, long or a finished sentence of some length not addressed to the
    reader (also a numbered one, a listicle's point or a quiz question), a transcript turn or a numbered post of a
    thread, that is not an indented reply, a reference or a note set apart in brackets."""
    long = len(text) > layout.PROSE_MIN_CHARS
    closing_sentence = (layout.ends_sentence(text) and len(layout.words(text)) >= layout.CLOSING_SENTENCE_MIN_WORDS
                        and not layout.addresses_reader(text) and not layout.is_promotion(text))
    return (not _is_marked(text, label) and (long or closing_sentence or _is_spoken_turn(text)
                                             or layout.is_thread_post(text))
            and not indented and not layout.is_reference(text) and not layout.is_set_apart(text))


def _is_spoken_turn(text: str) -> bool:
    """True for a transcript turn whose words end as speech does: a finished sentence (or a label closed by a colon
    over its words), or speech broken off by a dash ("JANE ROE: Well, I—"). A label in capitals over an unfinished title
    ("OUR VIEW: Fix the ferry") is a kicker, as opinion pages set over the headlines they list."""
    return layout.is_turn(text) and (layout.ends_sentence(text) or text.endswith(BROKEN_OFF))


def _comment_start(texts: list[str], rule_labels: list[Label | None], first: int) -> int:
    """Index where the reader comments begin: a comments heading with a count or with comments under it, or a
    name over a timestamp (or both on one line) over a comment with its buttons. A bare "Comments" crosshead in the
    article is not one."""
    n = len(texts)
    for i in range(first, n):
        below = texts[i + 1:i + 1 + COMMENT_META_LOOKAHEAD]
        if rule_labels[i] is not None and rule_labels[i][0] == "comment" and (
                re.search(r"\d", texts[i]) or any(layout.is_comment_meta(text) or layout.is_date_line(text)
                                                  or layout.is_numbered(text) for text in below)):
            return i
        if (layout.is_name_line(texts[i]) and i + 1 < n and layout.is_date_line(texts[i + 1])
                and any(layout.is_comment_meta(text) for text in below[1:])):
            return i
        if layout.is_comment_head(texts[i]) and any(layout.is_comment_meta(text) for text in below):
            return i
    return n


@resource_loader()
def _author_box_rule() -> re.Pattern:
    """Return the pattern of the rule of `section_rules.csv` that labels an author box's heading ("About the author",
    "About the translators")."""
    from analysis.corpus.sections import default_rules

    return next(rule.pattern for rule in default_rules()
                if len(AUTHOR_BOX_HEADING) <= rule.max_chars and rule.matches(AUTHOR_BOX_HEADING))


def _is_author_heading(text: str) -> bool:
    """True for the heading of an author box: a `CREDIT_HEADING`, or a heading the author box's rule matches."""
    return CREDIT_HEADING.match(text) is not None or _author_box_rule().match(text) is not None


def _tail_start(texts: list[str], indented: list[bool], labels: list[Label | None], first: int, comments: int, *,
                site_words: frozenset[str] = frozenset()) -> int:
    """Index of the first block of the tail: an end marker with no prose after it (`_ends_the_record`), an author
    box's heading ("About the author") or the back matter ("Notes to editors", "Media contacts", "About the Example
    Institute", a practical box's heading that is no crosshead: `_is_crosshead_of_practical_words`), or after the
    last paragraph of prose the first block that is marked, a reference, a prompt to the reader, a note of the page on
    itself (`_is_page_note`) or a short note on the document itself (`_is_note_on_the_document`) or an unfinished line (a tag, a link, a note wholly in brackets or a line closed only by
    an aside in brackets, such as a desk's initials and agencies; a table's row, a short closing sentence, the
    crosshead over it or over a closing numbered list, a subtitle's words under their cue's timing line
    (`_is_cue_text`), a letter's signature under prose or run in after it and a last paragraph signed with the desk's
    initials after a dash stay in the body); a reference list of
    entries under its heading starts the tail."""
    tail = next((i for i in range(first, comments) if _ends_the_record(texts, indented, labels, i, comments)
                 or layout.is_back_matter(texts[i])
                 and not _is_crosshead_of_practical_words(texts, indented, labels, i, comments)
                 or (labels[i] is not None and labels[i][1].startswith("rule:") and _is_author_heading(texts[i]))),
                comments)
    tail = _after_sign_off(texts, labels, first, tail)
    for i in range(tail - 1, first, -1):
        text = texts[i]
        if _in_a_dated_series(texts, indented, labels, i, first):
            break
        if (_is_page_note(texts, labels, i, site_words) or _is_note_on_the_document(text, labels[i])
                or i == tail - 1 and (_is_site_note_under_links(texts, labels, i, site_words)
                                      or _is_writers_note(texts, labels, i, first))):
            tail = i
            continue
        if (_is_prose(text, indented[i], labels[i]) or labels[i] == ("body", TABLE_ROW) or _is_entry(texts, labels, i)
                or _names_a_speaker_again(texts, indented, labels, i, first)
                or _is_turn_of_a_record(texts, indented, labels, i, first)
                or _is_cue_text(texts, labels, i) or _is_closing_point(texts, labels, i)
                or _closes_the_text(texts, labels, i) or _signs_the_text(texts, labels, i)
                or labels[i] is None and (layout.is_signed_paragraph(text) or layout.is_desk_signed_paragraph(text))):
            break
        if (_is_marked(text, labels[i]) or layout.is_reference(text) or not layout.finishes_sentence(text)
                or layout.is_promotion(text) or layout.is_reader_prompt(text)):
            tail = i
    return _reference_list_start(texts, labels, first, tail)


def _is_closing_point(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for an unlabelled bulleted point of prose's length (`layout.is_bullet_point`: "- [ ] Check the flight
    logs against two sources – Thu"), with only bulleted lines between it and the first block above that is none: a
    list that closes the text (its action items, its summary), unfinished as its points may be, not the tail. The
    points of a link list under a heading a rule names ("Related" over "• Ferry strike ends") or that names the
    site's other pieces (`_names_other_pieces`) are no prose."""
    if labels[i] is not None or not layout.is_bullet_point(texts[i]):
        return False
    j = i - 1
    while j >= 0 and labels[j] is None and layout.BULLET.match(texts[j]) is not None:
        j -= 1
    if j >= 0 and labels[j] is None:
        return not _names_other_pieces(texts[j])
    return j < 0 or not _is_list_heading(texts[j], labels[j])


def _names_other_pieces(text: str) -> bool:
    """True for a short heading, no sentence, that names the site's other pieces ("Top stories", "You might also
    like", "Latest from the Example Courier"): the points under it are links."""
    return (len(layout.words(text)) <= LIST_HEADING_MAX_WORDS and not layout.ends_sentence(text.rstrip(":"))
            and OTHER_PIECES.search(text) is not None)


def _is_cue_text(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a subtitle's words under their cue's timing line (`layout.is_cue_timing`) that finish a sentence, as a
    live blog's entry under its stamp (`_is_entry`); a sound's note in brackets ("[MUSIC]") and an end credit's label
    over its name ("Directed by") finish none."""
    return (layout.is_cue_timing(texts[i - 1]) and not _is_marked(texts[i], labels[i])
            and layout.finishes_sentence(texts[i]))


def _ends_the_record(texts: list[str], indented: list[bool], labels: list[Label | None], i: int, end: int) -> bool:
    """True for an end marker ("[END OF TRANSCRIPT]", "END OF PART FOUR") that no speaker turn, no unmarked paragraph
    of prose's length and no two finished sentences of some length follow before `end`: the record ends there, not
    one part of a script or a programme, whose next part may run in short paragraphs (the notes after a record, such
    as where to watch it or whom to call, are short and few)."""
    return layout.is_end_marker(texts[i]) and not _prose_resumes(texts, indented, labels, i, end)


def _is_crosshead_of_practical_words(texts: list[str], indented: list[bool], labels: list[Label | None], i: int,
                                     end: int) -> bool:
    """True for a practical box's heading ("Credits", "Accessibility") that the article's prose goes on under, up to
    `end` with nothing after it that a rule or a cue has marked: a crosshead. A box sits among the back matter, with
    contacts, credits or a copyright line after it."""
    return (layout.is_practical_box(texts[i]) and _prose_resumes(texts, indented, labels, i, end)
            and all(labels[j] is None and not layout.is_back_matter(texts[j]) for j in range(i + 1, end)))


def _prose_resumes(texts: list[str], indented: list[bool], labels: list[Label | None], i: int, end: int) -> bool:
    """True when the text goes on under block `i` before `end`: a speaker turn, an unmarked paragraph of prose's length
    or two finished sentences of some length; the notes under an end marker or in a practical box are short and few."""
    prose = [texts[j] for j in range(i + 1, end) if _is_prose(texts[j], indented[j], labels[j])]
    return len(prose) >= RECORD_RESUMES_PARAGRAPHS or any(
        len(text) > layout.PROSE_MIN_CHARS or _is_spoken_turn(text) for text in prose)


def _after_sign_off(texts: list[str], labels: list[Label | None], first: int, end: int) -> int:
    """Index after the writer's last sign-off before `end` (see `_is_sign_off`) when only short notes (a postscript, a
    prompt to write in, credits), at most `POSTSCRIPT_MAX_BLOCKS` of them, and furniture a rule names follow it, since a
    letter or a newsletter ends at its signature; else `end`. A record of short lines (subtitles, a script) runs on
    for many more under a line that only looks like one."""
    sign_off = next((i for i in range(end - 1, first, -1) if labels[i] is None and _is_sign_off(texts, i)), None)
    if sign_off is None:
        return end
    notes = [texts[j] for j in range(sign_off + 1, end) if labels[j] is None]
    if len(notes) > POSTSCRIPT_MAX_BLOCKS or any(len(note) > POSTSCRIPT_MAX_CHARS for note in notes):
        return end
    return sign_off + 1


def _site_words(texts: list[str], headline: int) -> frozenset[str]:
    """The words of the site's name, as the first block of the masthead prints it ("THE EXAMPLE HERALD" → Example,
    Herald), when there is a masthead over the headline and its first block is a short unfinished line (not a cookie
    notice); small words and a leading "The" are left out."""
    if headline < 1 or len(layout.words(texts[0])) > MASTHEAD_NAME_MAX_WORDS or layout.ends_sentence(texts[0]):
        return frozenset()
    name = _unshouted(texts[0])
    return frozenset(word for word in layout.words(name) if word[:1].isupper()
                     and word.lower() not in TITLE_CASE_SMALL_WORDS and len(word) >= SITE_WORD_MIN_CHARS)


def _is_page_note(texts: list[str], labels: list[Label | None], i: int, site_words: frozenset[str], *,
                  below: int = 0) -> bool:
    """True for a short paragraph after the article's end furniture (an author's note, a disclaimer, tags, a link
    list, a share bar, a signature; not a caption) or after another such note, perhaps under its own short heading,
    that speaks about the page or the site: it (or its heading) names the site, also in capitals as a masthead prints
    it, or calls it "this site", "this podcast", speaks to the reader, gives an address or a price ("The Example
    Herald welcomes letters …", "Send a letter to letters@example.org", "Members get every episode for £3 a month");
    "we" and "our" alone are the author's voice as often, and the turn of a speaker heard before on the page is the
    transcript's. Such notes close the page, a few in a run (`below` of them under this one); the article's own last
    paragraph has prose above it."""
    text = texts[i]
    if (i < 1 or below >= PAGE_NOTES_MAX_RUN or labels[i] is not None or len(text) > SITE_NOTE_MAX_CHARS
            or not layout.is_sentence_like(text) or _is_repeated_speaker(texts, i)):
        return False
    heading = (labels[i - 1] is None and not layout.is_sentence_like(texts[i - 1])
               and len(texts[i - 1]) <= HEADING_MAX_CHARS and not _is_end_furniture(texts[i - 1], labels[i - 1]))
    readings = [(text, i - 1), (f"{texts[i - 1]} {text}", i - 2)] if heading else [(text, i - 1)]
    return any(above >= 0 and _is_about_the_page(note, site_words)
               and (_is_end_furniture(texts[above], labels[above]) or _ends_link_list(texts, labels, above, site_words)
                    or _is_page_note(texts, labels, above, site_words, below=below + 1))
               for note, above in readings)


def _is_note_on_the_document(text: str, label: Label | None) -> bool:
    """True for a short unlabelled paragraph that names the document itself (`DOCUMENT_ITSELF`: "This record may be
    corrected within a week", "This copy may differ from the speech as given") and is not in the writer's voice
    (`FIRST_PERSON`), no speaker's turn, quoted words nor reported speech (which may name the document a speaker holds
    or the paper a source spoke to): a note on the text, not part of it, where it closes the page after the last
    paragraph."""
    return (label is None and len(text) <= SITE_NOTE_MAX_CHARS and DOCUMENT_ITSELF.search(text) is not None
            and FIRST_PERSON.search(text) is None and layout.is_sentence_like(text) and not layout.is_turn(text)
            and layout.QUOTED.search(text) is None and SPEECH_VERB.search(text) is None)


def _may_say_this(text: str) -> bool:
    """False where `NOTICE_ON_THE_DOCUMENT` cannot match `text`: every match holds 'this' in some case, which the
    text lower-cased holds, unless the text holds a letter the engine's case folding (not `str.lower`) takes for 'i'
    or 's' (`THIS_FOLDS`)."""
    return "this" in text.lower() or any(letter in text for letter in THIS_FOLDS)


def _is_note_between_paragraphs(text: str) -> bool:
    """True for a note on the document itself (`_is_note_on_the_document`) set among the article's paragraphs, as
    transcripts, talk pages and petitions print their notices ("This transcript is checked against the tape", "The
    council will answer this petition at 5,000 signatures"), no longer than a notice
    (`NOTE_BETWEEN_PARAGRAPHS_MAX_CHARS`) and naming the document as its sentence's subject (`NOTICE_ON_THE_DOCUMENT`)."""
    return (len(text) <= NOTE_BETWEEN_PARAGRAPHS_MAX_CHARS and _may_say_this(text)
            and NOTICE_ON_THE_DOCUMENT.search(text) is not None
            and _is_note_on_the_document(text, None))


def _is_about_the_page(note: str, site_words: frozenset[str]) -> bool:
    """True when a note names the site (also in capitals), calls it "this site", speaks to the reader, gives an
    address or a price, or sets the rule for readers' comments (`COMMENT_POLICY`)."""
    return (_names_site(note, site_words) or layout.addresses_reader(note) or layout.has_address(note)
            or SITE_ITSELF.search(note) is not None or PRICE.search(note) is not None
            or COMMENT_POLICY.search(note) is not None)


def _names_site(text: str, site_words: frozenset[str]) -> bool:
    """True when a text names the site, also in capitals as its masthead prints it ("Reprints of MERCURY reports")."""
    if not site_words:
        return False
    found = layout.words(text)  # a word not in capitals is as it is unshouted: only the shouted ones are recased
    return not site_words.isdisjoint(found) or any(_unshouted(word) in site_words for word in found if word.isupper())


def _ends_link_list(texts: list[str], labels: list[Label | None], i: int, site_words: frozenset[str]) -> bool:
    """True for a link item (`_is_link_item`) under a list heading a rule names ("Related stories"), perhaps under
    other such items, set after the article's end: the last item of a link list that is not labelled yet, whose
    heading is under end furniture (tags, a share bar) or a short note about the page (`_is_about_the_page`: the
    author's note that names the site, "Jane Roe writes for the Mercury", a call for tips with an address to write
    to). A list right under the article's prose is one set between its paragraphs ("Read more" and two headlines), and
    the paragraphs under it are the article's."""
    j = i
    while j > 0 and labels[j] is None and _is_link_item(texts[j]):
        j -= 1
    if not (0 < j < i and labels[j] is not None and _is_list_heading(texts[j], labels[j])):
        return False
    above = texts[j - 1]
    return _is_end_furniture(above, labels[j - 1]) or (len(above) <= SITE_NOTE_MAX_CHARS
                                                       and _is_about_the_page(above, site_words))


def _is_writers_note(texts: list[str], labels: list[Label | None], i: int, first: int) -> bool:
    """True for a short unlabelled finished paragraph with no quoted words that says who the writer is: it opens with
    "The writer" or "The author" (`WRITER_NOTE`), with the name of a byline a rule names above the article, or says in
    the present what a person the article never named does for a newsroom or an institution (`WRITER_NOTE_OPENING`):
    the writer's note, which the page sets after the article with the rest of its end (the details of the work a review
    is about, the site's notes), not the article's last paragraph."""
    text = texts[i]
    if (labels[i] is not None or len(text) > AUTHOR_NOTE_MAX_CHARS or not layout.ends_sentence(text)
            or layout.QUOTED.search(text) is not None):
        return False
    note = WRITER_NOTE_OPENING.match(text)
    return (_names_the_writer(text, _byline_authors(texts, labels, first))
            or note is not None and _is_stranger(note["who"], texts[first:i]))


def _is_site_note_under_links(texts: list[str], labels: list[Label | None], i: int, site_words: frozenset[str]) -> bool:
    """True for a short unlabelled paragraph in which the site speaks of itself, naming itself (`_names_site`) and
    in the first person (`FIRST_PERSON`: "The Example Mercury has reported from the islands since 1990. Our reporters
    …"), right under the last item of a link list that a rule's heading opens ("Read more", "Related"): where only the
    page's furniture follows it, the links and the note close the page, and the list is not one set between the
    article's paragraphs. A closing paragraph that names the outlet in the third person only ("The Mercury asked the
    board for its figures") is the article's."""
    text = texts[i]
    if (i < 2 or labels[i] is not None or len(text) > SITE_NOTE_MAX_CHARS or not _names_site(text, site_words)
            or FIRST_PERSON.search(text) is None):
        return False
    j = i - 1
    while j > 0 and labels[j] is None and _is_link_item(texts[j]):
        j -= 1
    return j < i - 1 and labels[j] is not None and _is_list_heading(texts[j], labels[j])


def _is_repeated_speaker(texts: list[str], i: int) -> bool:
    """True for a transcript turn whose speaker label ("JANE ROE:") opens another block of the page too."""
    if not layout.is_turn(texts[i]):
        return False
    label = texts[i].partition(":")[0] + ":"
    return any(text.startswith(label) for j, text in enumerate(texts) if j != i)


def _signs_the_text(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a reader's signature ("Jane Roe, Kestwick") right under a paragraph of prose: the last letter of a
    letters page ends with it, so the body does."""
    return (labels[i] is None and layout.is_reader_signature(texts[i]) and labels[i - 1] is None
            and layout.is_sentence_like(texts[i - 1]))


def _is_end_furniture(text: str, label: Label | None) -> bool:
    """True for a block that the page sets after an article: boilerplate or a byline (an author's note, a
    disclaimer, tags, a share bar), page furniture, or a reader's signature; a caption is none."""
    if label is not None:
        return label[0] in ("boilerplate", "byline")
    return _is_marked(text, None) or layout.is_reader_signature(text)


def _closes_the_text(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a numbered crosshead over a short finished sentence, as minutes and reports close ("4. Next
    meeting" over "The group meets again in May."), or a crosshead over a numbered list of finished sentences that
    starts at one ("Recommendations" over "1. Fund a standby crew."): the article's last part, no tail."""
    below = texts[i + 1:i + 2]
    if not below or labels[i + 1] is not None or _is_marked(below[0], None):
        return False
    if layout.is_numbered_heading(texts[i]):
        return layout.is_sentence_like(below[0])
    items = list(itertools.takewhile(layout.is_numbered, texts[i + 1:]))
    return (len(items) >= 2 and items[0].startswith("1.") and not layout.ends_sentence(texts[i])
            and all(layout.continues_numbering(a, b) for a, b in zip(items, items[1:]))
            and all(layout.is_sentence_like(item) for item in items))


def _reference_list_start(texts: list[str], labels: list[Label | None], first: int, tail: int) -> int:
    """Index of the last reference-list heading ("Sources", "Notes") before `tail` when only entries lie between it
    and `tail`; else `tail`."""
    for i in range(tail - 1, first, -1):
        if labels[i] is not None and labels[i][0] == "references" and labels[i][1].startswith("rule:"):
            items = texts[i + 1:tail]
            return i if items and all(_is_list_entry(item) for item in items) else tail
    return tail


def _is_list_entry(text: str) -> bool:
    """True for a reference, or a block no longer than a citation that cites a year, a page or a link, is no
    finished sentence, or is short: not a paragraph of prose."""
    return layout.is_reference(text) or (len(text) <= layout.CITATION_MAX_CHARS and (
        layout.CITATION.search(text) is not None or not layout.ends_sentence(text)
        or len(text) <= layout.PROSE_MIN_CHARS))


def _is_source_entry(text: str) -> bool:
    """True for an entry of a sources list set among the article's parts: a list entry (`_is_list_entry`) under its
    mark ("E2.", "3.", "b)") or citing a year as notes do (`layout.NOTE_CITATION`), no menu, share bar or post's
    stamp."""
    return (_is_list_entry(text) and (SOURCE_MARK.match(text) is not None or layout.NOTE_CITATION.search(text) is not None)
            and not _is_page_chrome(text) and not layout.is_post_meta(text))


def _is_dated_head(text: str) -> str | None:
    """The label of a dated entry's head, the first word before its date ("Update #3 · 9 June 2022" → "Update"): a
    date line (`layout.is_date_line`) that opens with a word of its own, not a field's label before a colon ("Date: 18
    June 2019", a record's field) nor an update note, which stamps the entry above it ("Updated 4 March 2025"); else
    None."""
    if not layout.is_date_line(text) or layout.UPDATE_NOTE.match(text) is not None:
        return None
    date = layout.DATE.search(text)
    opening = text[:date.start()] if date is not None else ""
    found = layout.words(opening)
    return found[0] if found and found[0].isalpha() and ":" not in opening else None


def _in_a_dated_series(texts: list[str], indented: list[bool], labels: list[Label | None], i: int,
                       first: int) -> bool:
    """True for an unlabelled block in an entry of a dated series, as a campaign's updates or a log print theirs: up to
    `DATED_ENTRY_MAX_BLOCKS` unlabelled blocks under an unlabelled dated head (`_is_dated_head`: "Update #1 · 2 March
    2021") whose label also heads an entry with prose under it further up the body ("Update #3 · 19 March 2021"), so
    that the short entries at the end of the series are the article's, not its tail. An entry is its title right
    under the head and finished sentences: an unfinished line under its text ("Report this project", "Privacy ·
    Terms"), a promotion, a prompt to the reader or a note on the document ("Questions about this page? …") is the
    page's."""
    text = texts[i]
    if layout.is_promotion(text) or layout.is_reader_prompt(text) or _is_note_on_the_document(text, labels[i]):
        return False
    head = i - 1
    while head > first and i - head <= DATED_ENTRY_MAX_BLOCKS and labels[head] is None and not _is_dated_head(
            texts[head]):
        head -= 1
    if head < i - 1 and not (layout.finishes_sentence(text) or _is_dated_head(text)):
        return False
    word = _is_dated_head(texts[head]) if head > first and labels[i] is None and labels[head] is None else None
    return word is not None and any(
        labels[j] is None and _is_dated_head(texts[j]) == word and any(_is_prose(texts[k], indented[k], labels[k])
                                                 for k in range(j + 1, min(j + 1 + DATED_ENTRY_MAX_BLOCKS, head)))
        for j in range(first, head))


def _names_a_speaker_again(texts: list[str], indented: list[bool], labels: list[Label | None], i: int,
                           first: int) -> bool:
    """True for an unlabelled person's name alone on its line (`layout.is_person_name`) that stands over a paragraph
    of prose further up the body too: a transcript's speaker over another turn ("Jane Roe" over her closing
    remarks, as a call's or a hearing's record prints its speakers), not a signature that closes the text."""
    text = texts[i]
    return labels[i] is None and layout.is_person_name(text) and any(
        texts[j] == text and labels[j] is None and _is_prose(texts[j + 1], indented[j + 1], labels[j + 1])
        for j in range(first, i - 1))


def _speaker_label(text: str) -> str | None:
    """The speaker of a turn whose label is a name or a title in title case before a colon, perhaps with a note in
    brackets ("Lord Roe of Kestwick (Con): My Lords, …" → "Lord Roe of Kestwick"), that finishes a sentence or breaks
    off with a dash; else None. Lower-case words other than particles make the label a field's ("Next debate")."""
    match = layout.LABELLED_LINE.match(text) if ": " in text else None
    if match is None or not (layout.finishes_sentence(text) or text.endswith(BROKEN_OFF)):
        return None
    label = BRACKETED.sub("", text.partition(": ")[0]).strip()
    found = layout.words(label)
    return label if len(found) >= 2 and all(word[:1].isupper() or layout.PLACE_PARTICLE.match(word)
                                            for word in found) else None


def _is_turn_of_a_record(texts: list[str], indented: list[bool], labels: list[Label | None], i: int,
                         first: int) -> bool:
    """True for an unlabelled turn in title case (`_speaker_label`) by one of at least `RECORD_SPEAKERS_MIN` such
    speakers who open paragraphs of prose in the body above it: a debate's or a hearing's record, whose short last
    turns ("Lord Roe: My Lords, the clock has beaten us.") are the record's, not its tail. A label no speaker above has is a
    note's or a prompt's ("Have Your Say: …" under a guide's "Best Value: …" entries)."""
    speaker = _speaker_label(texts[i]) if labels[i] is None else None
    if speaker is None:
        return False
    speakers = {_speaker_label(texts[j]) for j in range(first, i) if labels[j] is None
                and _is_prose(texts[j], indented[j], labels[j])}
    return speaker in speakers and len(speakers - {None}) >= RECORD_SPEAKERS_MIN


def _is_entry(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a live blog's entry: a finished sentence of several words under a time stamp ("09:12 GMT")."""
    return (i > 0 and layout.is_time_stamp(texts[i - 1]) and not _is_marked(texts[i], labels[i])
            and layout.is_sentence_like(texts[i]))


def _label_masthead(texts: list[str], labels: list[Label | None], headline: int) -> None:
    """Above the headline: a date line is a byline, and so are a user's handle ("@jane_roe") and a person's name over
    it, as social posts print their author; the rest (site name, menus, section labels) is boilerplate."""
    for i in range(headline):
        if labels[i] is None:
            over_handle = i + 1 < headline and layout.is_handle(texts[i + 1]) and layout.is_person_name(texts[i])
            labels[i] = (("byline", "layout:name") if layout.is_handle(texts[i]) or over_handle
                         else _furniture(texts[i]) or ("boilerplate", "position:masthead"))


def _label_header(texts: list[str], labels: list[Label | None], start: int, first: int) -> None:
    """Between the headline and the first paragraph: dates and dated lines, names (also authors' names with the marks
    of their affiliations, and the affiliations) and the line under a name byline (the author's role) are bylines, a
    finished sentence with a short line after it is the lead picture's caption and its credit, the rest is furniture
    (a comments link too); under a list heading ("Key events", "Related"), the items and their times are a link list,
    until a name; under a summary box's heading ("Key points"), the points are the author's summary, a standfirst.
    A short unfinished line of mostly capitalised words that no cue names, right under the headline or the standfirst
    and over a byline, is in the byline's place: the authors, however they are written ("By LT.-COL. (RES.) JANE ROE",
    "JANE ROE AND JOHN DOE", "Jane Roe, Foreign Desk, with John Doe in Kyiv"); so is such a line in sentence case that
    credits a newsroom ("Kestwick newsroom, with our correspondent on the islands", "KESTWICK – Example Courier with
    wires")."""
    in_list = in_summary = False
    for i in range(start, first):
        if labels[i] is not None and labels[i][0] == "comment":
            labels[i] = ("boilerplate", labels[i][1])  # a link to the comments, with their count
        elif labels[i] is None:
            name = (("byline", "layout:name") if (_is_header_name(texts[i]) and not _is_shouted_label(texts, labels, i))
                    or layout.is_author_list(texts[i])
                    else ("byline", AFFILIATION) if layout.is_affiliation(texts[i])
                    else ("byline", "layout:dated") if _is_dated_line(texts[i]) else None)
            in_list = in_list and name is None
            labels[i] = (("boilerplate", LINK_LIST) if in_list else
                         name if layout.is_author_list(texts[i], marked=True) else
                         ("byline", "layout:dated") if _is_dated_bar(texts[i]) else
                         ("byline", NAME_BAR) if start > 0 and _is_name_bar(texts[i]) else
                         _furniture(texts[i]) or name
                         or (("byline", "layout:names") if layout.is_names_line(texts[i]) else None)
                         or (("caption", "layout:header-caption") if layout.is_credited_sentence(texts[i]) else None)
                         or ("boilerplate", "position:header"))
        elif _is_list_heading(texts[i], labels[i]):
            in_list = True
        if in_summary and labels[i] == ("boilerplate", "position:header"):
            labels[i] = ("standfirst", "layout:summary-point")
        in_summary = labels[i][0] == "standfirst" and (in_summary or labels[i][1].startswith("rule:"))
        under_name = (i > start and labels[i - 1][0] == "byline" and not layout.is_date_line(texts[i - 1])
                      and labels[i - 1][1] != "layout:dated" and not layout.is_labelled_line(texts[i - 1]))
        if (labels[i] == ("boilerplate", "position:header") and under_name and not layout.addresses_reader(texts[i])
                and len(texts[i]) <= layout.SHORT_LINE_CHARS and not layout.ends_sentence(texts[i])):
            labels[i] = ("byline", "layout:under-byline")
    for i in range(max(start, 1), first - 1):  # with no headline, start is 0
        if (labels[i] == ("boilerplate", "position:header") and labels[i - 1][0] in ("headline", "standfirst")
                and labels[i + 1][0] == "byline" and len(texts[i]) <= layout.SHORT_LINE_CHARS
                and not layout.ends_sentence(texts[i])
                and (_is_mostly_capitalised(texts[i]) or NEWSROOM_CREDIT.search(texts[i]) is not None)):
            labels[i] = ("byline", "layout:byline-slot")
    for i in range(start, first - 1):
        if labels[i] == ("boilerplate", "position:header") and _is_summary_over_byline(texts, labels, i, start):
            labels[i] = ("standfirst", "position:standfirst")
    for i in range(max(start, 1), first):
        if labels[i] == ("caption", CAPTION_TITLE) and _is_name_over_lead_picture(texts, labels, i):
            labels[i] = ("byline", "layout:name")


def _is_name_over_lead_picture(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a short line over a caption, read as the picture's title, that names a person, perhaps with their
    part after a comma ("Jane Roe", "Jane Roe, author of the Harbour Letter"), right under the headline or the
    standfirst: the byline's place, over the lead picture; lower down a name over a caption is the picture's."""
    name = texts[i].partition(", ")[0]
    return (labels[i - 1] is not None and labels[i - 1][0] in ("headline", "standfirst")
            and len(texts[i]) <= layout.SHORT_LINE_CHARS
            and (_is_header_name(texts[i]) or layout.is_person_name(name)))


def _is_summary_over_byline(texts: list[str], labels: list[Label | None], i: int, start: int) -> bool:
    """True for a header block longer than a short line, of several words and mostly in lower case, right over the
    byline and under the headline's furniture only (a rating, a broadcast's slot): a standfirst, as reviews and
    features set it between their metadata and the byline; a line of tags or names is mostly capitalised, and items
    split by bars or dots are metadata ("Module handbook 2024/25 · Semester 1 · 15 credits · …"), as `_is_standfirst`
    reads them."""
    text = texts[i]
    return (labels[i + 1][0] == "byline" and layout.SHORT_LINE_CHARS < len(text) <= STANDFIRST_MAX_CHARS
            and len(layout.words(text)) >= STANDFIRST_MIN_WORDS and not _is_mostly_capitalised(text)
            and not layout.addresses_reader(text) and not layout.BAR_SEPARATOR.search(text)
            and all(label[0] == "boilerplate" for label in labels[start:i]))


def _is_shouted_label(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a header line in capitals shaped like a name ("ROUTE MAP", "FERRY TIMETABLE") away from the byline's
    places: neither over a date line (right over it, or over a role or desk line or two and then the date: "JANE ROE"
    over "Harbour correspondent" over "3 May 2021") nor under the headline or the standfirst, right under it, under
    the page's chrome alone ("Sign in", "Listen to this article", a menu: the byline comes after them), or under a
    short run of short unfinished lines, capitalised or bylines, that follows it (the authors, their town, their desk,
    the date: "JANE ROE AND JOHN DOE" over "KESTWICK AND LONDON", "Jane Roe" and "3 May 2021" over "JOHN DOE"). A name
    in capitals is a byline where a byline sits; elsewhere in the header a line in capitals is a label, a document's
    part or a party's name, whose shape alone names no writer."""
    if not texts[i].isupper():
        return False
    for k in range(i + 1, min(i + 2 + BYLINE_ROLE_MAX_LINES, len(texts))):
        if layout.is_date_line(texts[k]) or _is_dated_line(texts[k]):
            return False
        if not _is_role_line(texts[k]):
            break
    return not (_under_the_title(labels, i, lambda j: _is_chrome_label(texts[j], labels[j]))
                or _under_the_title(labels, i, lambda j: _is_byline_run_line(texts[j], labels[j])))


def _under_the_title(labels: list[Label | None], i: int, between: Callable[[int], bool]) -> bool:
    """True when the headline or the standfirst lies at most `BYLINE_RUN_MAX_LINES` lines over line `i` and every line
    between them is one that `between` accepts."""
    for j in range(i - 1, max(i - 1 - BYLINE_RUN_MAX_LINES, -1), -1):
        if labels[j] is not None and labels[j][0] in ("headline", "standfirst"):
            return True
        if not between(j):
            return False
    return False


def _is_byline_run_line(text: str, label: Label | None) -> bool:
    """True for a line of a byline's run: short, unfinished, and capitalised or already a byline."""
    return (len(text) <= layout.SHORT_LINE_CHARS and not layout.ends_sentence(text)
            and (_is_mostly_capitalised(text) or (label is not None and label[0] == "byline")))


def _is_chrome_label(text: str, label: Label | None) -> bool:
    """True for a header line already read as the page's furniture (a sign-in or listen control, a menu, share bar or
    a rule's boilerplate), or chrome by its form: no author's line, and none of the byline's run."""
    return (label is not None and label[0] == "boilerplate" and label[1] != "position:header") or _is_page_chrome(text)


def _is_role_line(text: str) -> bool:
    """True for a short unfinished line of a few words under a byline's name that gives the author's role or desk
    ("Harbour correspondent", "Kestwick desk"), not a date; a byline of its own ("By Per Holm") is none, for a label
    in capitals over it is no name."""
    return (len(text) <= layout.SHORT_LINE_CHARS and not layout.ends_sentence(text)
            and len(layout.words(text)) <= ROLE_MAX_WORDS
            and not layout.is_date_line(text)
            and (layout.ROLE_NOUN.search(text) is not None or DESK_WORD.search(text) is not None))


def _is_mostly_capitalised(text: str) -> bool:
    """True when most words of `text` start with a capital, as names, ranks and desks do ("Jane Roe, Harbour Desk, with
    John Doe in Kestwick"); a sentence ("By the way, the ferry is late") has few."""
    words = layout.words(text)
    return sum(word[:1].isupper() for word in words) * 2 > len(words)


def _is_header_name(text: str) -> bool:
    """True for a byline's name under a headline: a person's name, also in capitals ("JANE ROE"), perhaps with their
    part in the work in brackets ("Jane Roe (Author)"), or "By" and a person's name after the author's role ("By Europe
    correspondent Jane Roe")."""
    by_role = (layout.BY.match(text) is not None and len(text) <= layout.SHORT_LINE_CHARS
               and not layout.ends_sentence(text)
               and any(text.endswith(name) for name in layout.person_names(text)))
    return layout.is_person_name(BRACKETED_ROLE.sub("", text)) or _is_signed_name(text) or by_role


def _is_dated_bar(text: str) -> bool:
    """True for a bar of a date or a time beside a few words ("Example Wire · 3h ago · 4 min read"): the source and
    time of a story, not a menu nor a dated headline in a list."""
    items = [item.strip() for item in layout.NAV_SEPARATOR.split(text) if item.strip()]
    dated = [item for item in items if layout.is_date_line(item)]
    return layout.is_navigation(text) and bool(dated) and all(
        len(layout.words(item)) <= DATED_BAR_ITEM_MAX_WORDS for item in items if item not in dated)


def _is_name_bar(text: str) -> bool:
    """True for a header's bar, items split by bars or dots and none of them the page's chrome, that names the writer
    in its first item with one or two items after it (their place, their newsroom: "Jane Roe · Kestwick"), or that
    gives the story's reading time ("Explainer · Harbours · 6 min read"); a menu's items split by gaps ("Hear it in
    French   Hear it in Kurdish"), items alike that end in one word ("Maritime Programme | Europe Programme"), a first item
    that names a body, a publication, a section or a region (`NAME_BAR_NO_NAME`: "Weekend Magazine | The Long Read") or
    a share bar ("Jane Roe · Share · Email") name no writer."""
    if not layout.is_navigation(text) or layout.BAR_SEPARATOR.search(text) is None:
        return False
    items = [item.strip() for item in layout.BAR_SEPARATOR.split(text) if item.strip()]
    timed = [item for item in items if READING_TIME.fullmatch(item)]
    if any(layout.is_chrome(item) or layout.CHROME_WORDS.search(item) for item in items if item not in timed):
        return False
    alike = len({layout.words(item)[-1].lower() for item in items if layout.words(item)}) < len(items)
    return bool(timed) or (len(items) <= NAME_BAR_MAX_ITEMS and layout.is_person_name(items[0]) and not alike
                           and NAME_BAR_NO_NAME.search(items[0]) is None)


def _is_dated_line(text: str) -> bool:
    """True for a short line of metadata with a full date, not a finished sentence ("Delivered on: 3 May 2016
    (check against delivery)", "Roundtable, 3 May 2016, online"); a line with a price (a budget, an offer) or an item
    that tells the reader what to do with the page ("Download as CSV", `layout.is_call_to_action`) is a results page's
    or a shop's furniture, not a byline's date ("12 results · 3 May–4 June 2016 · Download as CSV"); nor is a chat
    export's message under its stamp (`layout.is_stamped_message`)."""
    return (len(text) <= DATED_LINE_MAX_CHARS and layout.FULL_DATE.search(text) is not None
            and not re.search(r"[.!?]$", text) and layout.PRICE.search(text) is None
            and not any(layout.is_call_to_action(item.strip()) for item in layout.BAR_SEPARATOR.split(text))
            and not layout.is_stamped_message(text))


def _is_list_heading(text: str, label: Label) -> bool:
    """True for a heading of page furniture matched by a rule ("Key events", "Related stories", also closed by the
    colon that introduces its items: "Read more:"): a short line, no sentence, that items follow."""
    return (label[0] == "boilerplate" and label[1].startswith("rule:")
            and len(layout.words(text)) <= LIST_HEADING_MAX_WORDS and not layout.ends_sentence(text.rstrip(":")))


def _furniture(text: str, *, chrome: bool = True) -> Label | None:
    """A credit ("Prepared by Jane Roe", "Rapporteur: Jane Roe") or a date line is a byline; a media timecode, an end
    marker, an entry of a table of contents, a note of the page's last edit, a menu, breadcrumb or share bar (and,
    outside the body, chrome) boilerplate."""
    if layout.is_timecode(text):
        return "boilerplate", TIMECODE
    cue = _has_furniture_cue(text)  # without it, the tests it reads (and a page stamp, a date line) are all False
    if cue and layout.is_control(text):
        return "boilerplate", "layout:control"
    if layout.is_end_marker(text):
        return "boilerplate", "layout:end-marker"
    if cue and layout.is_contents_entry(text):
        return "boilerplate", LINK_LIST
    if (cue and (layout.is_by_credit(text) or layout.is_label_credit(text))) or layout.is_credit_bar(text):
        return "byline", "layout:credit"
    if layout.is_post_meta(text):
        return "byline", "layout:post-meta"
    if layout.is_dated_place(text):
        return "byline", "layout:dated-place"
    if not cue:
        return None
    if layout.is_page_stamp(text):
        return "boilerplate", "layout:page-stamp"
    if layout.is_date_line(text) and not layout.is_stamped_message(text):
        return "byline", "layout:date"
    if layout.is_navigation(text):
        return "boilerplate", "layout:navigation"
    if chrome and layout.is_chrome(text):
        return "boilerplate", "layout:chrome"
    return None


def _update_note(texts: list[str], labels: list[Label | None], i: int) -> Label | None:
    """An "Updated at" line that closes a live blog's entry (under its share line, or over the next entry's
    time stamp) is boilerplate; one that heads an entry is that entry's stamp (a byline, see `_furniture`)."""
    if not layout.is_update_note(texts[i]):
        return None
    after_share = i > 0 and labels[i - 1] is not None and labels[i - 1][0] == "boilerplate"
    before_stamp = i + 1 < len(texts) and layout.is_date_line(texts[i + 1])
    return ("boilerplate", "layout:update-note") if after_share or before_stamp or i + 1 == len(texts) else None


def _is_summary_heading_in_the_article(texts: list[str], labels: list[Label | None], i: int, first: int) -> bool:
    """True for a summary box's heading that a rule names ("Key points", "In brief") after two of the article's
    paragraphs or more (`SUMMARY_HEADING_AFTER_PARAGRAPHS`, finished sentences or long blocks labelled body): the
    crosshead of a part of the article, as a report or a call's notes head their "Main points" between sections, whose
    points under it are body there; over the article's first paragraphs it heads the standfirst. A box's bulleted or
    numbered points are none of the article's paragraphs, however long: a second box under a first one with long
    points still sits over the article."""
    if labels[i] is None or labels[i][0] != "standfirst" or not labels[i][1].startswith("rule:"):
        return False
    paragraphs = (j for j in range(first, i) if labels[j] is not None and labels[j][0] == "body"
                  and not layout.BULLET.match(texts[j]) and not layout.is_numbered(texts[j])
                  and (len(texts[j]) > layout.PROSE_MIN_CHARS or layout.ends_sentence(texts[j])))
    return len(list(itertools.islice(paragraphs, SUMMARY_HEADING_AFTER_PARAGRAPHS))) >= SUMMARY_HEADING_AFTER_PARAGRAPHS


def _label_body(texts: list[str], labels: list[Label | None], first: int, tail: int) -> None:
    """Inside the article every unlabelled block is body (crossheads, Q&A labels, speaker turns, a timeline's date
    heading, which a document's stamp of what befell it on the date is not (`layout.STAMPED_DATE`: "Answered on 4 May
    2016", a byline), a clock time alone with no zone that marks a transcript's minutes or a sitting's hours), except a timestamp
    line or a date under a byline or a name (a live blog's entry stamp), a record's fields (`_record_fields`,
    boilerplate), two bibliography entries or more (`layout.is_bibliography_entry`: an annotated reading list's
    entries between their notes, or a reference list that more of the page follows, references), the entries under a
    sources list's heading that a rule names, two or more (`_is_source_entry`: "Evidence" over "E1. …", references), a person's line (a
    name and their role or affiliation, `_is_person_line`, also beside an email address that makes it look like a
    menu), a menu or share bar, a document's dated metadata bar (`layout.is_dated_meta_bar`: "Ref. 12 · Answered 4 May
    2016", a byline), a letter's signature, an affiliation, the
    entries of a list of people under its heading (a name, then a role or an affiliation after a comma or a dash; a
    heading over no person is body, `_heads_people`), a call to action inserted between paragraphs ("Follow our
    coverage of the vote"), and the items of a link list ("Key events" or "Related" over short lines, times and
    headlines that ask a question, up to the next entry's stamp, the crosshead over a paragraph, which a headline
    shaped like the items above it is not, or the list's first item again under its number or none,
    `_restarts_at_its_first_part`: the heading of the first part a table of contents lists), a short notice on the
    document itself (`_is_note_between_paragraphs`: "This transcript is checked against the tape"); chrome words alone
    do not count, so "The search for a deal" is body, and a heading of readers' contributions (`READERS_HEADING`: "Readers'
    memories") here, over no comment's stamp nor a thread (the thread starts at `_comment_start`), is the paper's own
    crosshead."""
    in_list, items, in_people, in_sources = False, [], False, False
    signatures = {i for i in range(first, tail) if labels[i] is None and layout.is_reader_signature(texts[i])}
    record_fields = {i for i in _record_fields(texts, first, tail) if not layout.is_label_credit(texts[i])}
    entries = {i for i in range(first, tail) if labels[i] is None and layout.is_bibliography_entry(texts[i])}
    for i in range(first, tail):
        if i in signatures and len(signatures) >= READER_SIGNATURES_MIN:
            labels[i] = ("byline", SIGNATURE)
        if i in entries and len(entries) >= REFERENCE_ENTRIES_MIN:
            labels[i] = ("references", "layout:reference-list")
        if _introduces_a_speaker(texts, labels, i, tail) or (
                _is_summary_heading_in_the_article(texts, labels, i, first)) or (
                labels[i] is not None and _is_people_heading(texts[i], labels[i])
                and not _heads_people(texts, labels, i, tail)) or (
                labels[i] is not None and labels[i][0] == "comment" and READERS_HEADING.match(texts[i])):
            labels[i] = None
        if labels[i] is not None:
            heads_list = _is_list_heading(texts[i], labels[i]) and _heads_a_list(texts, i, tail)
            items = [] if heads_list else items
            in_list = in_list or heads_list
            in_people = _is_people_heading(texts[i], labels[i])
            in_sources = (labels[i][0] == "references" and labels[i][1].startswith("rule:") and len(list(
                itertools.islice(itertools.takewhile(_is_source_entry, texts[i + 1:tail]), REFERENCE_ENTRIES_MIN))
                           ) >= REFERENCE_ENTRIES_MIN)
            continue
        in_sources = in_sources and _is_source_entry(texts[i])
        if in_sources:
            labels[i] = ("references", "layout:reference-list")
            continue
        in_people = in_people and layout.is_person_entry(texts[i])
        if in_people:
            labels[i] = ("byline", PEOPLE_LIST)
            continue
        in_list = in_list and not _restarts_at_its_first_part(texts, i, tail, items) and (
            _continues_link_list(texts, i, tail, items=items) or layout.continues_numbering(texts[i - 1], texts[i]))
        if in_list:
            labels[i] = ("boilerplate", LINK_LIST)
            items.append(texts[i])
        else:
            under_byline = i > 0 and labels[i - 1] is not None and labels[i - 1][0] == "byline"
            dated_heading = (layout.is_date_line(texts[i]) and not layout.TIME.search(texts[i]) and not under_byline
                             and not layout.is_post_meta(texts[i]) and not layout.is_dated_meta_bar(texts[i])
                             and not layout.STAMPED_DATE.search(texts[i]))
            clock_stamp = layout.is_clock_stamp(texts[i]) and not under_byline and not (
                i > 0 and layout.is_person_name(texts[i - 1]))
            labels[i] = (("boilerplate", RECORD_FIELD) if i in record_fields else
                         ("body", "layout:date-heading") if dated_heading else
                         ("body", CLOCK_STAMP) if clock_stamp else
                         ("byline", PERSON_LINE) if _is_person_line(texts[i]) else
                         _update_note(texts, labels, i) or _furniture(texts[i], chrome=False)
                         or (("byline", DATED_BAR) if layout.is_dated_meta_bar(texts[i]) else None)
                         or _signature_or_authors(texts, labels, i) or _box_heading(texts, labels, i, tail)
                         or (("byline", "layout:sign-off") if _is_sign_off(texts, i) or _is_dash_signature(texts, i)
                             else None)
                         or (("boilerplate", "layout:chrome") if layout.is_call_to_action(texts[i]) else None)
                         or (("boilerplate", DOCUMENT_NOTE) if _is_note_between_paragraphs(texts[i]) else None)
                         or POSITIONAL_BODY)


def _is_titled_name(text: str) -> bool:
    """True for a person's name after a courtesy or academic title, alone on its line ("Ms Jane Roe", "Dr Roe"): who
    moves, signs, speaks or wrote the text under or above it, never a sentence nor a crosshead of its own."""
    return TITLED_NAME_LINE.match(text) is not None and layout.is_person_name(text)


def _is_person_line(text: str) -> bool:
    """True for a person's name with their role or affiliation after it, alone on its line (`layout.is_person_entry`),
    the role capitalised as a title, an institution or a place is ("Dr Jane Roe, Keeper of Maps", "John Doe, Example
    University · j.doe@example.org"), as an abstract, a wall text or a signed note prints who wrote or speaks it; a
    crosshead that cites a part of a text ("Ferry Act, section 4") or opens with a word of headings ("From Example, the
    free encyclopedia") names no one."""
    entry = layout.PERSON_ENTRY.match(text) if layout.may_be_person_entry(text) else None
    return (entry is not None and text[entry.end() - 1].isupper() and layout.is_person_entry(text)
            and text.split(maxsplit=1)[0].lower() not in HEADING_WORDS)


def _record_fields(texts: list[str], start: int, end: int) -> set[int]:
    """Indices of the record fields ("Event ID: X-104", "Date: 7 May 2018") in the runs of labelled lines between
    `start` and `end` that hold three fields or more and a label twice, as a data export sets its records one after
    another: the records' data, not their text (a labelled field of sentences, "Notes: …", stays in the run as prose).
    A list of labelled points with each label once ("Iran: fighters and credit", "Russia: air power") is none."""
    fields: set[int] = set()
    run: list[int] = []
    for i in range(start, end + 1):
        if i < end and (layout.is_record_field(texts[i]) or layout.is_labelled_line(texts[i])):
            run.append(i)
            continue
        in_run = [j for j in run if layout.is_record_field(texts[j])]
        labels = Counter(texts[j].partition(":")[0].casefold() for j in in_run)
        if len(in_run) >= RECORD_MIN_FIELDS and max(labels.values()) > 1:
            fields.update(in_run)
        run = []
    return fields


def _is_people_heading(text: str, label: Label) -> bool:
    """True for the heading of a list of people that a byline rule names ("Featured speakers:", "Signatories (in a
    personal capacity):"): a short line closed by a colon, perhaps after a note in brackets."""
    return (label[0] == "byline" and label[1].startswith("rule:") and text.endswith(":")
            and len(layout.words(BRACKETED_AFTER.sub("", text[:-1]))) <= LIST_HEADING_MAX_WORDS)


def _heads_people(texts: list[str], labels: list[Label | None], i: int, end: int) -> bool:
    """True for the heading of a list of people over its first entry: a byline, a person's name, or a name with a role
    (`layout.is_person_entry`); over anything else ("Participants:" over "Russia – air power and military police",
    "Speakers:" over "Moscow, which says …") the heading introduces the article's own list, body."""
    if i + 1 >= end:
        return True
    first = texts[i + 1].split("\n", 1)[0]
    return ((labels[i + 1] is not None and labels[i + 1][0] == "byline") or layout.is_person_name(first)
            or layout.is_person_entry(first))


def _introduces_a_speaker(texts: list[str], labels: list[Label | None], i: int, end: int) -> bool:
    """True for a block a byline rule labels ("Jane Roe is a senior fellow at …") right over body prose, that quotes
    someone speaking or sits over a paragraph that opens with quoted words ("“We stay,” she said."): a report bringing
    in its source between paragraphs, not the author's note under the byline or after the last paragraph."""
    if (labels[i] is None or labels[i][0] != "byline" or not labels[i][1].startswith("rule:") or i + 1 >= end
            or labels[i + 1] is not None or not layout.is_sentence_like(texts[i + 1])):
        return False
    below = texts[i + 1]
    return REPORTED_SPEECH.search(texts[i]) is not None or (
        below.startswith(("“", '"')) and REPORTED_SPEECH.search(below) is not None)


def _box_heading(texts: list[str], labels: list[Label | None], i: int, end: int) -> Label | None:
    """A short heading, perhaps with a note in brackets after it ("Transcript (excerpts)"), right over a menu or tag
    list ("Topics" over "Ferries   Buses   Council"), over page furniture a rule names (a licence note, a disclaimer),
    over a list of media timecodes or links, or over two captions or more (a gallery) heads that box, not a part of
    the article; a numbered or lettered heading ("B. Vessels" over a table's header row) is a part of the
    document."""
    text = texts[i]
    # a match ends with its bracket, or with it and a final newline (`$`): other blocks have none to take off
    heading = BRACKETED_AFTER.sub("", text) if text.endswith((")", ")\n")) else text
    if (i + 1 >= end or layout.ends_sentence(heading) or len(layout.words(heading)) > LIST_HEADING_MAX_WORDS
            or ENUMERATED_HEADING.match(texts[i])):  # a finished sentence, as most blocks are, read first
        return None
    below = labels[i + 1] or _furniture(texts[i + 1], chrome=False)
    furniture = below is not None and below[0] == "boilerplate" and (below[1].startswith("rule:")
                                                                     or below[1] in (TIMECODE, LINK_LIST))
    return ("boilerplate", "layout:box-heading") if (furniture or layout.is_navigation(texts[i + 1])
                                                     or _heads_a_gallery(texts, labels, i)) else None


def _heads_a_gallery(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True when the two blocks under `i` are captions of their own, each of several words (not a caption and its
    credit line): a gallery of pictures, which an image's title does not head."""
    return len(labels) > i + 2 and all(
        label is not None and label[0] == "caption" and not layout.is_credit_line(text)
        and len(layout.words(text)) >= layout.SENTENCE_MIN_WORDS
        for text, label in zip(texts[i + 1:i + 3], labels[i + 1:i + 3]))


def _label_author_note(texts: list[str], labels: list[Label | None], first: int, end: int) -> None:
    """From the last paragraph of the body on, a finished sentence that opens with the name of a byline above it (also
    one printed in capitals, "JANE ROE") or with "The writer" or "The author", and then a lower-case word ("Jane Roe has
    reported from …", "The writer, a former envoy, is …") is the author's note; so is a note that says in the present
    what a person does for a named newsroom or institution (`WRITER_NOTE_OPENING`: "Jane Roe teaches … at the
    University of …", "John Doe covers … for the Example Courier") whom the article never named above (`_is_stranger`),
    with no quoted words: the writer, however the header credits them. Among the short paragraphs that end furniture
    sets off from the article above the last one (`_notes_after_furniture`), a note that names the byline's writer or
    "The writer", with no quoted words, is the author's note too."""
    last = next((i for i in range(end - 1, first, -1) if labels[i] == POSITIONAL_BODY), None)
    if last is None:
        return
    authors = _byline_authors(texts, labels, first)
    for i in range(_notes_after_furniture(texts, labels, first, last), end):
        quoted = layout.QUOTED.search(texts[i]) is not None
        names_the_writer = _names_the_writer(texts[i], authors)
        if i < last:
            opens_with_author = names_the_writer and not quoted
        else:
            opens_with_author = names_the_writer or not quoted and (
                (note := WRITER_NOTE_OPENING.match(texts[i])) is not None
                and _is_stranger(note["who"], texts[first:last]))
        if (labels[i] in (None, POSITIONAL_BODY) and len(texts[i]) <= AUTHOR_NOTE_MAX_CHARS
                and layout.ends_sentence(texts[i]) and opens_with_author):
            labels[i] = ("byline", "layout:author-note")


def _label_part_notes(texts: list[str], labels: list[Label | None], first: int, end: int) -> None:
    """Inside the body, a note on the writer of one part of a page that prints several under one headline (two
    writers' replies to one question, a programme's essay over its timeline): a short finished paragraph with no
    quoted words, right under a paragraph of prose and right over a heading (a short unfinished line) with more of
    the page under it, that opens with the name of a byline above it and a lower-case word ("Jane Roe teaches …"),
    or says in the present what a person does for a newsroom or an institution (`WRITER_NOTE_OPENING`) whom no
    sentence of the page above or below names (a credit line such as "Jane Roe, dramaturg" is none). A paragraph the
    next part's heading follows that names no byline's writer, or quotes one, stays the article's; so does one that
    introduces a person the article goes on to speak of ("… Holm says"), or one over a question (an interview's first
    question to the person it introduces)."""
    body = POSITIONAL_BODY
    for i in range(first + 1, end - 2):
        text, below = texts[i], texts[i + 1]
        if (labels[i] not in (None, body) or labels[i - 1] not in (None, body) or labels[i + 1] not in (None, body)
                or len(text) > AUTHOR_NOTE_MAX_CHARS or not layout.ends_sentence(text)
                or layout.QUOTED.search(text) is not None or not layout.is_sentence_like(texts[i - 1])
                or len(below) > HEADING_MAX_CHARS or layout.is_sentence_like(below) or below.rstrip().endswith("?")):
            continue
        authors = {name for j in range(i) if labels[j] is not None and labels[j][0] == "byline"
                   for name in layout.person_names(_unshouted(texts[j]))}
        note = WRITER_NOTE_OPENING.match(text)
        prose = [other for other in texts[first:i] + texts[i + 1:end] if layout.is_sentence_like(other)]
        if _names_the_writer(text, authors) or note is not None and _is_stranger(note["who"], prose):
            labels[i] = ("byline", "layout:author-note")


def _label_fields_among_fields(texts: list[str], labels: list[Label]) -> None:
    """A form's field on its own line (`layout.is_field_line`: "Place made: Kestwick (written)", "Subject: the pier")
    that the body took for a paragraph or a date heading, with fields on both sides of it in an unbroken run of such
    lines, is one more field of that record or that message's header whose label the labels file does not know:
    boilerplate. A field is a record's metadata field (`_label_metadata_fields`) or a labelled line that a cue made a
    byline ("From: Jane Roe", "To: John Doe"); a data export's record fields are none, since the text a record holds
    ("Headline: …", "Caption: …") is set among them. A field line with prose or a heading between it and the fields
    is the article's."""
    loose = {i for i, (text, label) in enumerate(zip(texts, labels))
             if label in (POSITIONAL_BODY, ("body", "layout:date-heading")) and layout.is_field_line(text)}
    fields = [i for i, (text, label) in enumerate(zip(texts, labels)) if label[1] == METADATA_FIELD
              or label[0] == "byline" and layout.is_labelled_line(text)]
    for above, below in zip(fields, fields[1:]):
        between = range(above + 1, below)
        if between and all(i in loose for i in between):
            for i in between:
                labels[i] = ("boilerplate", RECORD_FIELD)


def _label_post_authors(texts: list[str], labels: list[Label]) -> None:
    """In the body, a person's name alone on its line right over a user's handle alone on its line ("Jane Roe" over
    "@jane_roe"), as an embedded social post prints its author over the post, are the post's byline."""
    body = POSITIONAL_BODY
    for i in range(1, len(texts)):
        if (labels[i] == body and labels[i - 1] == body and layout.is_handle(texts[i])
                and layout.is_person_name(texts[i - 1])):
            labels[i - 1] = labels[i] = ("byline", "layout:name")


def _is_bare_link(text: str) -> bool:
    """True for a web address alone on its line ("example.org/report"), or a chat's message whose words after its stamp
    and sender are one link alone ("[3/5/2021, 10:20] Jane Roe: https://example.org/story"); a line that gives a link
    under another label ("Source: https://example.org/report") is none."""
    link = text.rsplit(": ", 1)[-1]
    return BARE_LINK.match(link) is not None and (link == text or link.startswith(("http", "www."))
                                                  and layout.is_stamped_message(text))


def _label_link_cards(texts: list[str], labels: list[Label]) -> None:
    """In the body, the short unfinished line right under a bare link (`_is_bare_link`) is the title of the linked
    page, as a post or a chat prints a link's preview card ("example.org" over "Harbour fire: what the crews saw"):
    boilerplate, and so is the web address alone on its line over it. A finished sentence under a link is the text
    going on, a heading under a paragraph that closes with a link is under no bare link, and an address under a
    sentence that ends in a colon ("The fares are on its website:") is the one that sentence gives, with no card."""
    body = POSITIONAL_BODY
    for i in range(1, len(texts)):
        if (labels[i] == body and _is_bare_link(texts[i - 1]) and len(texts[i]) <= LINK_CARD_TITLE_MAX_CHARS
                and not layout.ends_sentence(texts[i]) and not layout.is_turn(texts[i])
                and not (i > 1 and texts[i - 2].rstrip().endswith(":"))):
            labels[i] = ("boilerplate", LINK_CARD)
            if labels[i - 1] == body and BARE_LINK.match(texts[i - 1]):
                labels[i - 1] = ("boilerplate", LINK_CARD)


def _label_entry_notes(texts: list[str], labels: list[Label]) -> None:
    """In the body, a short unfinished line (`ENTRY_NOTE_MAX_CHARS`) right under a reference list's entry is the
    catalogue's note on that entry or the heading of the page's box after the list ("Available online (open access)",
    "Keyword index", "Annotations (6)"), as reading lists, library records and marked essays print them: boilerplate.
    A finished sentence under an entry is the annotation on it, a heading under a paragraph is a crosshead, and so is
    a short line over two paragraphs of prose under a footnote or under the last of a run of entries with no
    annotation between them (a bibliography set in the body, then the article's next part); an annotated list's
    entry stands alone between its annotations and headings."""
    body = POSITIONAL_BODY
    for i in range(1, len(texts)):
        if (labels[i] == body and labels[i - 1][0] == "references"
                and len(texts[i]) <= ENTRY_NOTE_MAX_CHARS and not layout.ends_sentence(texts[i].rstrip(")]"))
                and not _heads_next_part(texts, labels, i)):
            labels[i] = ("boilerplate", ENTRY_NOTE)


def _heads_next_part(texts: list[str], labels: list[Label], i: int) -> bool:
    """True for a line under a footnote or under the last of a run of reference entries (`_label_entry_notes`) with
    two paragraphs of the body's prose under it: the crosshead of the article's next part."""
    body = POSITIONAL_BODY
    under_run = labels[i - 1][1] != "layout:reference-list" or (i > 1 and labels[i - 2][0] == "references")
    return under_run and i + 2 < len(texts) and all(
        label == body and layout.is_sentence_like(text) for text, label in zip(texts[i + 1:i + 3], labels[i + 1:i + 3]))


def _byline_authors(texts: list[str], labels: list[Label | None], first: int) -> set[str]:
    """The names of the persons the bylines above the article (before `first`) credit."""
    return {name for i in range(first) if labels[i] is not None and labels[i][0] == "byline"
            for name in layout.person_names(_unshouted(texts[i]))}


def _names_the_writer(text: str, authors: set[str]) -> bool:
    """True for a paragraph that opens with "The writer" or "The author" (`WRITER_NOTE`) or with the name of one of
    the byline's `authors` and a lower-case word ("Jane Roe is …")."""
    return WRITER_NOTE.match(text) is not None or any(re.match(rf"{re.escape(name)} [a-z]", text) for name in authors)


def _notes_after_furniture(texts: list[str], labels: list[Label | None], first: int, last: int) -> int:
    """Index of the first of the short paragraphs (`AUTHOR_NOTE_MAX_CHARS`) that end the body at `last` where end
    furniture sets them off from the article's prose above (a link list under "Read more:", a share bar), as pages
    print the writer's note under the links to other stories; else `last`."""
    start = last
    while start - 1 > first and labels[start - 1] == POSITIONAL_BODY and len(
            texts[start - 1]) <= AUTHOR_NOTE_MAX_CHARS:
        start -= 1
    return start if _is_end_furniture(texts[start - 1], labels[start - 1]) else last


def _is_stranger(who: str, above: list[str]) -> bool:
    """True for a person's name (`layout.is_person_name`, no heading's word first: "The Council") whose surname no
    block `above` holds."""
    surname = who.rsplit(" ", 1)[-1]
    return (layout.is_person_name(who) and who.split(" ", 1)[0].lower() not in HEADING_WORDS
            and not any(surname in text for text in above))


def _label_bios(texts: list[str], labels: list[Label]) -> None:
    """A run of bios under a short heading ("Speakers", "Guests:"), as event pages and podcasts print them, one of them
    a byline already (an author's note a rule names): each short note of the run that opens with a person's name and
    says who they are (`BIO_OPENING`: "Colonel (ret.) Jane Roe served as …", "John Doe (chair) is director of …") is
    a byline too, however it is worded, and an unlabelled heading over the run is the box's furniture. A last
    paragraph of prose over an author's note is under no heading."""
    start = 1
    while start < len(texts):
        end = start
        while end < len(texts) and _is_bio(texts[end], labels[end]):
            end += 1
        heading = start - 1
        if (any(labels[i][0] == "byline" for i in range(start, end))
                and len(layout.words(texts[heading])) <= LIST_HEADING_MAX_WORDS
                and not layout.ends_sentence(texts[heading].rstrip(":"))):
            for i in range(start, end):
                labels[i] = labels[i] if labels[i][0] == "byline" else ("byline", BIO)
            if labels[heading] == POSITIONAL_BODY:
                labels[heading] = ("boilerplate", "layout:box-heading")
        start = end + 1


def _label_signature_blocks(texts: list[str], labels: list[Label]) -> None:
    """The short lines under a signature's delimiter (`layout.SIGNATURE_DELIMITER`: "--" over an email's signature,
    also in a quoted message, "> --"; a rule of underscores over a forum member's signature), at most
    `SIGNATURE_MAX_LINES` of them and up to the first longer block or byline (the next post's author), are the
    sender's signature block (name, role, department, telephone), no part of the message: boilerplate; a rule or an
    ornament between sections of an article ("* * *") is no delimiter. A finished sentence among them (a motto) is
    the signature's only where the message ends with it, at the page's end or the next post's author: under a dash
    between sections of a column, more of the column follows its short closing paragraph. A line of the text left for
    a signature by hand (`layout.SIGNATURE_BLANKS`: "Signed ........ (Chair)   Date ......") is the signature's place,
    a byline."""
    for i, text in enumerate(texts):
        if labels[i] == POSITIONAL_BODY and text.startswith("Sign") and layout.SIGNATURE_BLANKS.match(text):
            labels[i] = ("byline", SIGNATURE)
        if not layout.SIGNATURE_DELIMITER.match(text):
            continue
        end = i + 1
        while (end < min(i + 1 + SIGNATURE_MAX_LINES, len(texts)) and len(texts[end]) <= layout.SHORT_LINE_CHARS
               and labels[end][0] in ("body", "boilerplate")):
            end += 1
        message_ends = end == len(texts) or labels[end][0] == "byline"
        if not message_ends and any(layout.finishes_sentence(texts[j]) for j in range(i + 1, end)):
            continue
        for j in range(i + 1, end):
            if labels[j] == POSITIONAL_BODY:
                labels[j] = ("boilerplate", SIGNATURE_BLOCK)


def _is_bio(text: str, label: Label) -> bool:
    """True for a short finished note, body or a byline, that opens with a person's name and says who they are."""
    if label[0] not in ("body", "byline") or len(text) > AUTHOR_NOTE_MAX_CHARS or not layout.ends_sentence(text):
        return False
    opening = BIO_OPENING.match(text)
    return opening is not None and _is_signed_name(BRACKETED.sub("", opening["who"]).strip())


def _heads_a_list(texts: list[str], i: int, end: int) -> bool:
    """True when the next two blocks after `i` (before `end`) are list items: short lines, not sentences, or
    headlines that ask a question."""
    items = texts[i + 1:i + 3]
    return len(items) == 2 and i + 2 < end and all(map(_is_link_item, items))


def _is_link_item(text: str) -> bool:
    """True for an item of a link list: a line that is no sentence, or a headline that asks a question ("Who will pay
    for the ferries?"): one short capitalised sentence closed by a question mark, perhaps after its count and a gap,
    as question-and-answer sites list related questions with their scores ("12   Who will pay for the ferries?")."""
    text = ITEM_COUNT.sub("", text)
    headline_question = (len(text) <= layout.SHORT_LINE_CHARS and text.endswith("?") and text[:1].isupper()
                         and not re.search(r"[.!?]\s", text))
    return not layout.is_sentence_like(text) or headline_question


def _restarts_at_its_first_part(texts: list[str], i: int, end: int, items: list[str]) -> bool:
    """True when block `i` repeats the first of a link list's `items` (`layout.is_same_item`): the heading of the
    first part a table of contents lists, where the list ends; not when the list's second item comes again under it,
    the whole list printed over again (a carousel or a menu a page repeats)."""
    if not items or not layout.is_same_item(texts[i], items[0]):
        return False
    return len(items) < 2 or i + 1 >= end or not layout.is_same_item(texts[i + 1], items[1])


def _continues_link_list(texts: list[str], i: int, end: int, *, items: list[str]) -> bool:
    """True when block `i` of a link list is one more item: a link item that is neither a live blog's entry stamp
    (its entry follows) or a time right over one (the update note closing the entry before), nor a crosshead right
    over a paragraph of prose; a last item over prose is told from a crosshead by its likeness to the `items` above
    it (`_is_like_the_items`)."""
    over_prose = i + 1 < end and not _is_link_item(texts[i + 1]) and not _is_like_the_items(texts[i], items)
    stamps = layout.is_entry_stamp(texts[i]) or (layout.is_time_stamp(texts[i]) and i + 1 < end
                                                 and layout.is_entry_stamp(texts[i + 1]))
    return _is_link_item(texts[i]) and not stamps and not over_prose


def _is_like_the_items(text: str, items: list[str]) -> bool:
    """True for a line shaped like the headlines of the link list above it: opened by a kicker as one of them is
    ("Analysis: …" under "In depth: …"), or a headline of more words than a crosshead has and no fewer than the
    shortest of them (dated links left out)."""
    if KICKER.match(text):
        return any(KICKER.match(item) for item in items)
    headlines = [len(layout.words(item)) for item in items if not layout.is_date_line(item)]
    n_words = len(layout.words(text))
    return bool(headlines) and n_words > LIST_HEADING_MAX_WORDS and n_words >= min(headlines)


def _label_tail(texts: list[str], indented: list[bool], labels: list[Label | None], rule_labels: list[Label | None],
                tail: int, comments: int) -> None:
    """After the article: the headings of its back matter, author notes, reference and footnote lists (up to the first
    block that is no entry, such as a prompt to the reader), numbered comments and link lists; a comments heading
    here heads no thread (the thread starts at `comments`), so it is furniture. A clock time alone ("10.58 am" over
    "Sitting suspended.") marks the record's time as it does in the body, no byline."""
    mode = None
    for i in range(tail, comments):
        text, rule = texts[i], rule_labels[i]
        if rule is not None:
            mode = ("references" if rule[0] == "references" else "role" if _is_author_heading(text) else
                    "links" if rule[0] == "boilerplate" else None)
            if rule[0] == "comment":
                labels[i] = ("boilerplate", rule[1])  # a comments heading over no thread
            continue
        if labels[i] is not None:
            continue
        if layout.is_back_matter(text):
            labels[i], mode = ("boilerplate", BACK_MATTER), None
        elif mode == "role" and len(text) <= ROLE_LINE_MAX_CHARS:
            labels[i], mode = ("byline", "layout:author-role"), None
        elif layout.is_end_marker(text):
            labels[i] = ("boilerplate", "layout:end-marker")  # "END OF PART FOUR" signs nothing, in capitals as it is
        elif _is_sign_off(texts, i):
            labels[i] = ("byline", "layout:sign-off")
        elif signature := _signature_or_authors(texts, labels, i):
            labels[i] = signature
        elif layout.is_reference(text) or (mode == "references" and _is_list_entry(text) and not _is_page_chrome(text)
                                           and not layout.is_promotion(text)) or _continues_list(texts, labels, i):
            labels[i] = ("references", "layout:reference-list")
        elif layout.is_numbered(text) and not (mode == "links" and len(text) <= layout.PROSE_MIN_CHARS):
            labels[i], mode = ("comment", "layout:numbered-comment"), "comment"
        elif mode == "links" and layout.is_date_line(text):
            labels[i] = ("boilerplate", LINK_LIST)  # a dated link ("Noon briefing, 8 April 2022"), not a byline
        elif mode == "comment" and (indented[i] or len(text) > layout.PROSE_MIN_CHARS):
            labels[i] = ("comment", "layout:comment-continued")
        elif layout.is_clock_stamp(text):
            labels[i] = ("body", CLOCK_STAMP)  # the record's last minutes or the hour its sitting ends, as in the body
        else:
            mode = None if mode == "references" else mode
            labels[i] = _update_note(texts, labels, i) or _furniture(text) or ("boilerplate", "position:tail")


def _continues_list(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True for a numbered note that continues the numbering of a reference just above it ("3. …" under "2. …")."""
    return (i > 0 and labels[i - 1] is not None and labels[i - 1][0] == "references"
            and layout.continues_numbering(texts[i - 1], texts[i]))


def _signature_or_authors(texts: list[str], labels: list[Label | None], i: int) -> Label | None:
    """A letter's signature is a byline: a name under a paragraph of prose, alone or with its town ("Jane Roe,
    Kestwick"), names that sign together or a name with the signer's role (`layout.is_signatories`: "Jane Roe and
    John Doe", "Jane Roe, senior analyst, Kestwick desk"), over a town, a heading, the page's furniture or nothing; and
    under such a name its town, or a line of the writer's role over a heading or nothing (an item of a lettered series,
    "A. France", is none). Authors' names with the marks of their affiliations, and the affiliations, are bylines
    too."""
    text = texts[i]
    if layout.is_affiliation(text):
        return "byline", AFFILIATION
    if layout.is_author_list(text, marked=True):
        return "byline", "layout:name"
    if i == 0 or _is_lettered_item(texts, i):
        return None
    below = texts[i + 1] if i + 1 < len(texts) else None

    def over_end() -> bool:
        return (below is None or layout.is_place_line(below) or not layout.is_sentence_like(below)
                or (labels[i + 1] is not None and labels[i + 1][0] == "boilerplate"))

    # Each test is read only when the ones before it leave the answer open: most blocks are no signature.
    if _under_signed_name(texts, labels, i) and (
            (layout.is_place_line(_unshouted(text)) and len(layout.words(text)) <= TOWN_MAX_WORDS)  # a town
            or (len(text) <= layout.SHORT_LINE_CHARS and not layout.ends_sentence(text) and not _is_marked(text, None)
                and not layout.has_address(text) and over_end())):  # a short line over the end
        return "byline", SIGNATURE
    if labels[i - 1] is None or labels[i - 1][0] != "body" or not layout.ends_sentence(texts[i - 1]):
        return None  # not under prose
    name, _, place = text.partition(", ")
    signed = (_is_signed_name(text) or (_is_signed_name(name) and layout.is_place_line(_unshouted(place)))
              or layout.is_signatories(text))
    if text.isupper():  # a heading in capitals over its part's lines, unless the text ends there or a town follows
        return ("byline", SIGNATURE) if signed and (below is None or layout.is_place_line(below) or (
            labels[i + 1] is not None and labels[i + 1][0] == "boilerplate")) else None
    return ("byline", SIGNATURE) if signed and over_end() else None


def _is_lettered_item(texts: list[str], i: int) -> bool:
    """True for an item of a lettered series, a quiz's option or a list's part ("A. France" near "B. China"), not a
    name with its initial: a block near it opens with the letter before or after its own, set the same way."""
    item = LETTERED_ITEM.match(texts[i])
    if item is None:
        return False
    letter, mark = ord(item[1]), texts[i][1]
    neighbours = {chr(letter - 1) + mark, chr(letter + 1) + mark}
    return any(texts[j][:2] in neighbours and LETTERED_ITEM.match(texts[j]) is not None
               for j in range(max(i - LETTER_SERIES_WINDOW, 0), min(i + LETTER_SERIES_WINDOW + 1, len(texts))))


def _under_signed_name(texts: list[str], labels: list[Label | None], i: int) -> bool:
    """True when one of the two blocks above `i` is a signature's name, and the blocks in between are its lines."""
    return any(j >= 0 and all(labels[k] == ("byline", SIGNATURE) for k in range(j, i)) and _is_signed_name(texts[j])
               for j in (i - 1, i - 2))


def _unshouted(text: str) -> str:
    """The text with each word capitalised if it is all in capitals ("JANE ROE" → "Jane Roe"), else as it is; the
    dotted capital I of Turkish and Azerbaijani lowers to a plain i ("SELİN" → "Selin")."""
    return text.title().replace(DOTTED_I_LOWERED, "i") if text.isupper() else text


def _is_signed_name(text: str) -> bool:
    """True for a name as letters are signed, also in capitals ("JANE ROE"); a part's heading ("PAGE TWO") is none,
    nor is a line in capitals with an article, a preposition or a possessive, which a heading has and a name in
    capitals does not ("THE CLAIM", "COURT OF APPEAL", "EDITOR'S NOTE"; "and" joins names that sign together)."""
    return (layout.is_person_name(_unshouted(text)) and not layout.is_part_heading(text)
            and not (text.isupper() and _reads_as_heading(text)))


def _reads_as_heading(text: str) -> bool:
    """True when a word of `text` is a heading's word other than "and" (`HEADING_WORDS`), or one before the last is
    a possessive ("EDITOR'S NOTE")."""
    words = text.split()
    return (any(word.lower() in HEADING_WORDS and word.lower() != "and" for word in words if len(word) > 1)
            or any(word.lower().endswith(("'s", "’s")) for word in words[:-1]))


def _is_page_chrome(text: str) -> bool:
    """True for a note of the page's last edit, or a menu, share bar or chrome line that cites nothing (no year, page
    or link), so no list entry."""
    return layout.is_page_stamp(text) or layout.is_control(text) or (
        (layout.is_navigation(text) or layout.is_chrome(text)) and layout.CITATION.search(text) is None)


def _is_dash_signature(texts: list[str], i: int) -> bool:
    """True for a line that signs the text above it after a dash (`DASH_SIGNATURE`): a person's name
    (`layout.is_person_name`) with a role of a few words (`ROLE_MAX_WORDS`), no clause and no turn of dialogue addressed
    to someone (`CLAUSE_WORDS`), or with a handle and a date, or a newsroom's credit for the reporting; under a
    quotation in marks (`QUOTATION_BLOCK`) the line attributes the quotation, and signs nothing."""
    match = DASH_SIGNATURE.match(texts[i])
    if match is None or i == 0:
        return False
    if match["name"] is None:
        return True
    role_words = layout.words(match["role"] or "")
    return (QUOTATION_BLOCK.match(texts[i - 1]) is None and layout.is_person_name(match["name"].strip())
            and len(role_words) <= ROLE_MAX_WORDS and not any(word.lower() in CLAUSE_WORDS for word in role_words))


def _is_sign_off(texts: list[str], i: int) -> bool:
    """True for the writer's name, perhaps after a dash, under a closing line that ends in a comma or a paragraph
    that ends on a closing formula, as letters and newsletters sign off ("See you tomorrow," or "That is all for
    today. See you tomorrow." over "Hannah" or "— Hannah"): one to three capitalised words shaped like a name, none of
    them a word that makes a crosshead ("The Road Ahead"), and no part's heading ("PAGE TWO")."""
    name = SIGN_OFF_DASH.sub("", texts[i])
    # The name's own tests first, from the cheapest (more than `SIGN_OFF_MAX_WORDS` parts split at spaces rule out as
    # many words or unequal counts below): most blocks fail them, and the closing line above is the costlier to read.
    if i == 0 or len(name.split(maxsplit=SIGN_OFF_MAX_WORDS)) > SIGN_OFF_MAX_WORDS:
        return False
    words = layout.words(name)
    return (1 <= len(words) <= SIGN_OFF_MAX_WORDS and len(name.split()) == len(words)
            and all(word[:1].isupper() and layout.NAME_WORD.match(word) for word in words)
            and not any(word.lower() in HEADING_WORDS for word in words)
            and (texts[i - 1].rstrip().endswith(",") or layout.closes_with_valediction(texts[i - 1]))
            and not layout.ends_sentence(name) and not _is_marked(name, None) and not layout.is_part_heading(name))


def _label_comments(texts: list[str], labels: list[Label | None], rule_labels: list[Label | None], start: int) -> None:
    """In a comment thread, names, timestamps, buttons and texts are comment; headings, menus, footers and the site's
    notes on the thread ("See all 41 comments", its house rules) boilerplate. A link-list heading ("Recent posts",
    "Most read", or any short heading over two link items, `_heads_a_sidebar`), a comment form ("Leave a Reply") or a
    copyright notice ends the thread: what follows is a sidebar or
    a footer, until a commenter's name and time over a sentence open a comment again. The sentences right under a
    commenter's name and time are the comment, whatever words they use."""
    sidebar = False
    for i in range(start, len(texts)):
        rule = rule_labels[i]
        sidebar = sidebar and not _reopens_thread(texts, i)
        if rule is not None and _under_comment_head(texts, i):
            labels[i] = ("comment", "layout:comment-text")
        elif rule is not None:
            labels[i] = ("boilerplate", rule[1]) if rule[0] == "comment" else rule
            sidebar = sidebar or _is_list_heading(texts[i], rule) or layout.is_copyright(texts[i])
        elif _heads_a_sidebar(texts, i):
            labels[i], sidebar = ("boilerplate", "layout:box-heading"), True
        elif sidebar:
            furniture = _furniture(texts[i])
            labels[i] = furniture if furniture and furniture[0] == "boilerplate" else ("boilerplate", LINK_LIST)
        elif layout.is_comment_meta(texts[i]) or layout.is_date_line(texts[i]) or layout.is_comment_head(texts[i]):
            labels[i] = ("comment", "layout:comment-meta")
        elif layout.is_thread_note(texts[i]) and not _under_comment_head(texts, i):
            labels[i] = ("boilerplate", "layout:site-note")  # the site's note on its thread
        else:
            labels[i] = _furniture(texts[i]) or ("comment", "position:comments")


def _heads_a_sidebar(texts: list[str], i: int) -> bool:
    """True for a short heading, no sentence, over two link items (`_is_link_item`) that are neither a comment's
    buttons nor its writer's name and time ("More opinion" over two headlines, "Archive" over its months): under a
    comment thread, the heading of a sidebar's list."""
    items = texts[i + 1:i + 3]
    return (len(items) == 2 and len(layout.words(texts[i])) <= LIST_HEADING_MAX_WORDS
            and not layout.ends_sentence(texts[i]) and not _is_thread_furniture(texts[i])
            and all(_is_link_item(item) and not _is_thread_furniture(item) for item in items))


def _is_thread_furniture(text: str) -> bool:
    """True for a comment's buttons, its writer's name and time on one line, or a time alone."""
    return layout.is_comment_meta(text) or layout.is_comment_head(text) or layout.is_date_line(text)


def _opens_comment(texts: list[str], i: int) -> bool:
    """True for a commenter's name over the time of the comment, or both on one line ("jroe_42 · 3 yr. ago")."""
    return layout.is_comment_head(texts[i]) or (
        layout.is_name_line(texts[i]) and not layout.is_date_line(texts[i]) and i + 1 < len(texts)
        and layout.is_date_line(texts[i + 1]))


def _reopens_thread(texts: list[str], i: int) -> bool:
    """True for a commenter's name and time with the comment's sentence under them: a sidebar's post title over its
    date ("Fares to rise", "March 9, 2019") has no such sentence, so it reopens no thread."""
    return _opens_comment(texts, i) and any(_under_comment_head(texts, j) for j in (i + 1, i + 2) if j < len(texts))


def _under_comment_head(texts: list[str], i: int) -> bool:
    """True for a sentence right under a commenter's name and time (on one line, or the time under the name)."""
    return (i > 0 and layout.is_sentence_like(texts[i])
            and (layout.is_comment_head(texts[i - 1]) or (i > 1 and _opens_comment(texts, i - 2)
                                                          and layout.is_date_line(texts[i - 1]))))
