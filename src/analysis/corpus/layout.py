"""Layout cues of a single block: what a line of a flattened web page looks like.

Each cue is a general convention of web pages copied to plain text, never a string of one
site: separators between short items (a navigation bar), a line that is only a date or a
time (a live blog's entry stamp, a transcript's timecode), a video's running time, a photo credit, web vocabulary
(share, sign in, reply, likes), numbering and bullets, a wire dateline, a transcript's speaker
labels in capitals (with a broadcast's stage notes and captions) and its end marker, authors'
names with affiliation marks and the affiliations, credit lines ("Prepared by …", "Rapporteur: …"),
calls to action and links to files, a note wholly in square or round brackets, a salutation, a letter's closing
formula, a letter writer's town, a commenter's name and time on one line, what a copied PDF keeps (page numbers,
contents entries with dot leaders, running heads with the page count), the back matter after an
article (notes to editors, contacts, "About" boxes, an event's or a product's practical boxes), a form's field
lines, the metadata fields of feeds and exports (by the labels of `resources/field_labels.csv`), a social
thread's counters and handles, and the shape of the text (length, final punctuation, capitalisation).
`page.py` combines the cues with the block's place on the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from analysis.config import RESOURCES_DIR
from analysis.corpus.resources import (gated_alternatives, read_resource_table, required_strings, resource_loader,
                                       search_gated)
from analysis.errors import InputError

SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")
# A block wholly in square brackets: a stage or editorial note ("[Music]", "[The Speaker in the Chair]").
BRACKETED_NOTE = re.compile(r"^\[[^\[\]]+\]$")
# A block wholly in round brackets (one level of brackets inside), as editors set their notes and credits apart
# ("(This interview has been shortened.)", "(Reporting: Jane Roe in Kyiv (Example Wire))").
PARENTHESISED = re.compile(r"^\((?:[^()]|\([^()]*\))+\)$")
# A closing aside in brackets with no sentence in it: the agencies or initials after a last line ("jr/dm (Example
# Wire, Other Agency)").
FINAL_ASIDE = re.compile(r"\s*\([^()]*[^.!?…()]\)$")
# A short letter with its writer's signature run in after its last sentence ("… by spring. Ann Lee, Port Selby").
RUN_IN_SIGNATURE = re.compile(r"^(?P<letter>.*[.!?][\"”’]?) (?P<signature>[^.!?]{3,80})$")
# A paragraph of finished sentences with the initials of the desk or the agency that filed it run in after a dash
# ("… on Monday. — AFP", "… in May. – KW/Exwire"), as wire copy and the papers that print it close a story.
DESK_SIGNED = re.compile(r"^(?P<text>.*[.!?][\"”’)]?)\s+[—–]\s*[A-Z][A-Z&]{1,5}(?:\s*/\s*[A-Z][\w&]{1,14})*$", re.S)
# A wiki's edit link after a heading ("History[edit]").
EDIT_LINK = re.compile(r"\s*\[edit\]$")
PROSE_MIN_CHARS = 200
SENTENCE_MIN_WORDS = 4
CLOSING_SENTENCE_MIN_WORDS = 12
# Promotional copy speaks to the reader ("your inbox"), or calls to action in the site's voice ("Get the best of our
# reporting"); quoted speech is left out of the test. "We" and "our" alone are no cue: authors of papers, briefs,
# editorials and letters write in them.
READER_ADDRESS = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
SITE_VOICE = re.compile(r"\b(?:our|us)\b", re.IGNORECASE)
# A single sentence of thanks ("Thank you very much.", "Thanks, everyone, for coming."): the closing turn of a speech
# or an interview, which speaks to the audience or the guest, not to the page's reader.
THANKS = re.compile(r"^\W*(?:thank you|thanks)\b[^.!?]*[.!?]\W*$", re.IGNORECASE)
# The closing formula (valediction) that letters, emails and newsletters end on before the writer's name, as their
# last sentence ("Thanks for reading.", "See you on Friday.", "Until next week, take care."): the conventional closes of
# English correspondence (thanks, see you, until next time, best wishes, take care, goodbye, regards, yours sincerely).
# The formula is the whole last sentence and a short one; "thanks to" and "thanks in part to" give a cause, no thanks,
# and "all the best", "take care" and "regards" close only before a comma, an exclamation mark or the end ("All the
# best units …", "Take care not to …", "Regards to the envoy …" are prose).
_THEN_CLOSE = r"(?=\s*(?:[,!]|\.?\W*$))"
VALEDICTION = re.compile(r"^\W*(?:thank you|thanks(?!(?:\s+(?:\w+ly|in|part|large|great|small|no|not|least|also|"
                         r"again|above|all|once|more))*\s+to\b)|see you|until next (?:time|week|month|year|issue)|"
                         r"talk soon|best wishes|goodbye|bye for now|yours (?:sincerely|faithfully|truly|ever)|"
                         rf"(?:all the best|take care(?: of (?:yourselves|yourself))?|(?:kind |best |warm )?regards)"
                         rf"{_THEN_CLOSE})\b[^.!?]*[.!?,]?\W*$", re.IGNORECASE)
VALEDICTION_MAX_WORDS = 8
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
# The further things a writer thanks for, listed after the first ("Thanks for reading, for writing in, and for every
# correction."): the formula is its first item, so they do not count towards its length.
THANKS_LIST_ITEM = re.compile(r",\s*(?:and\s+)?for\s+[^,.!?]+", re.IGNORECASE)
THANKS_OPENING = re.compile(r"^\W*(?:thank you|thanks) for\b", re.IGNORECASE)
_ACTION_VERB = (r"(?:Get|Join|Support|Become|Donate|Subscribe|Sign|Follow|Download|Try|Give|Read|Listen|Watch|Discover"
                r"|Explore|Enjoy|Never miss|Don['’]t miss|Buy|Order|Click|Tap|Visit|Forward|Print|Save)")
CALL_TO_ACTION = re.compile(rf"^{_ACTION_VERB}\b")
# What marks a short call to action as a link rather than a crosshead: the page or a file it points to ("Listen to
# this story", "Click here", "Download PDF (248 KB)") or a price ("(£22.50)").
LINK_TARGET = re.compile(r"\bthis (?:article|story|page|post|episode|book|report|paper|issue|newsletter|email|petition)\b|\bhere\b|"
                         r"\b(?:PDF|EPUB|MP3|DOCX?|XLSX?|CSV|ZIP)\b|\([£$€][\d.,]+\)$", re.IGNORECASE)
# A link to a document with its type and size: "Annual report (PDF, 240 KB)".
FILE_LINK = re.compile(r"\((?:PDF|EPUB|MP3|DOCX?|XLSX?|ODT|CSV|ZIP)\b[^()]{0,30}\)$")
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
SHORT_LINE_CHARS = 80
NAME_LINE_MAX_CHARS = 40
NAME_LINE_MAX_WORDS = 3
TITLE_MIN_SIMILARITY = 0.85
TITLE_MIN_SHARE = 0.4
# What joins a headline to a site name, a subtitle or its translation: "Headline | Site", "Headline: subtitle",
# "Titre / Title".
TITLE_SEPARATOR = re.compile(r"\s*[|:·–/-]\s")
TITLE_SEPARATOR_AT_END = re.compile(r"\S\s*[|:·–/-]\s$")
# Where a page's headline may stop short of the registry title: at a separator, or at a comma before the rest (a
# date, an issue: "Readers' Forum, 9 June 2014" headlined "READERS' FORUM").
SUBTITLE_BREAK = re.compile(r"\s*[|:·–/-]\s|,\s")
# The most characters by which a scanned page's misread headline ("harhour" for "harbour") differs in length from the
# title's head: a misreading changes letters, it adds no words ("Monitoring of" before the head is another line).
MISREAD_MAX_CHARS = 3
# A kicker before a headline, a label of a few words and a colon ("article: ", "analysis: "), as a page may print it
# before a headline that also leaves out the title's subtitle ("Article: The port" for "The port: a history").
KICKER_BREAK = re.compile(r"^[^:.!?]{1,30}: ")
# Where a title page breaks the title into its head and the line under it: at a separator or a comma, or between two
# words.
TITLE_BREAK = re.compile(r"\s*[|:·–/-]\s|,\s|\s")
# A note in brackets closing a title or a block, as a registry or a page adds the document's kind ("(press kit)").
BRACKETED_END = re.compile(r"\s*\([^()]{1,40}\)$")
# The registry's note in brackets after a title may run longer, naming the part of a document the text holds or what
# comes with it ("(Part 3: Harbour dues, 1990–2010)", "(notice with the ruling and the schedule of charges
# attached)"), up to the length of a title.
REGISTRY_NOTE_END = re.compile(r"\s*\([^()]{1,120}\)$")
HEADLINE_MAX_CHARS = 200

# A flattened navigation bar, breadcrumb or share bar: short items split by a bar, a chevron, a
# middle dot, a bullet or a slash between spaces, or by a run of spaces (menu items laid side by side).
NAV_SEPARATOR = re.compile(r"\s[|›»·•/>]\s| {2,}|\t")
NAV_SEPARATOR_STRINGS = required_strings(NAV_SEPARATOR)  # a text holding none of these is one item
NAV_MAX_CHARS = 200
# The heading of a numbered part of a work, a script or a tour: a word for the part and its number (a numeral, a
# Roman numeral or a number word), alone or before a title after a colon, a dash, a middle dot or a gap of two
# spaces or more, as a flattened panel sets the number and the title apart ("PAGE TWO", "Stop 12 · The old harbour",
# "Part III: Exile", "ROOM 2   THE HARBOUR"). The words are the divisions of a book (The Chicago Manual of
# Style, 17th ed., 1.4-1.5: part, chapter, section, book, volume, appendix), of a play and a broadcast (act, scene,
# episode, series), of a comics full script (page, panel), of an audio guide (stop, track), of an exhibition (room,
# gallery) and of a sale catalogue (lot). A page's number alone as a copied PDF prints it ("Page 3") is
# `PAGE_NUMBER`'s, not a part's: a script heads its pages in capitals or with a title ("PAGE 3", "Page 3: The quay").
# A title after a gap is one item, with no other gap or separator in it (a pager's "Page 2  Next  Last" is none).
PART_HEADING = re.compile(
    r"^(?![Pp]age \d{1,3}$)"
    r"(?i:part|chapter|section|book|volume|appendix|act|scene|episode|series|page|panel|stop|track|room|gallery|lot)"
    r"\s+(?:\d{1,4}[a-z+]?|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))"
    r"(?:\s*(?:[:.]|\s[·—–-])\s*[^·|•›»\n]{1,60}| {2,}(?=[A-Z])(?:(?! {2})[^·|•›»\t\n]){1,60})?$")
NAV_ITEM_MAX_WORDS = 5
# The page's rules test a block for menus, dates and chrome several times over; the answers are kept for about
# the blocks of a long page.
BLOCK_TESTS_CACHED = 1024

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORDINAL = r"(?:st|nd|rd|th)?"
# A date with its day, as a record or a timestamp prints it ("3 May 2016", "May 3, 2016", "2016-05-03"); a date is
# one of those or a month and year ("May 2016").
_FULL_DATE = (rf"\d{{1,2}}{_ORDINAL} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}{_ORDINAL},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
              rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}")
FULL_DATE = re.compile(rf"\b(?:{_FULL_DATE})\b", re.IGNORECASE)
DATE = re.compile(rf"\b(?:{_FULL_DATE}|{_MONTH} \d{{4}})\b", re.IGNORECASE)
# A time is a clock time or a time ago, also in the compact units of feeds and social posts ("3h ago", "2d ago"); a
# clock's minutes run from 00 to 59, and a figure after a currency sign is a price ("£6.95"), no time; a wire's
# twenty-four-hour time with its zone and no colon ("2245 GMT", as agencies' style books have times given) is one.
TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?[–-]\s?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|(?<![£$€¥])(?<![£$€¥] )\b\d{1,2}[:.][0-5]\d(?!\d)(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|MSK)\b)?"
                  r"|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|MSK)\b"
                  r"|\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mos?|years?|yrs?)\.?\s+ago\b"
                  r"|\b\d+[smhdwy]\s+ago\b",
                  re.IGNORECASE)
# Words that may stand beside a date in a date line: "Updated", weekday names, "min read", "at".
# The past participles of what befalls a page on a date: "Published", "Updated", "Edited".
_DATE_LINE_PARTICIPLES = r"published|updated|posted|modified|edited|reviewed|revised"
DATE_LINE_WORDS = re.compile(rf"\b(?:{_DATE_LINE_PARTICIPLES}|first|last|on|at|am|pm|"
                             r"today|yesterday|this page was|"
                             r"mon|tue|wed|thu|fri|sat|sun)\w*\b|\b\d+\s*min(?:ute)?s?\.?(?:\s+read)?\b|[^\w\s]",
                             re.IGNORECASE)
DATE_LINE_MAX_CHARS = 90
DIGIT = re.compile(r"\d")  # every match of `DATE`, `FULL_DATE` and `TIME` holds one: a cheap test before theirs
DATE_LINE_MAX_OTHER_WORDS = 2

# The opening of a wire story: "MOSCOW, Oct 16 (Agency) –", "BEIRUT —", or the agency style
# "MINSK, May 4. /AGENCY/.".
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:, [A-Z][\w .]{1,20})?(?: \([^)]{1,40}\))?\s*[–—-](?:\s|$)"
                      r"|^[A-Z][A-Z .'’-]{2,40}, [A-Z][a-z]{2,8}\.? \d{1,2}\. /[^/\n]{1,40}/\.?(?:\s|$)")
# A media timecode on its own line, as transcripts print them: "[00:14:30]", "(12:05)", "01:02:33"; also with a
# bracketed note of a sound and no words after it ("[00:14:30] [music]", "[00:02:10]  [Crosstalk]", "[00:05:00]
# [crowd cheering]"): no turn of speech, only the recording's time. The note is one to three words, in any case, one
# of them a word that captioning style guides give non-speech sounds (music, applause, laughter, crosstalk, inaudible:
# the Described and Captioned Media Program's Captioning Key, "Sound effects and music"); a speaker's tag in the
# brackets ("[anchor]", "[jane roe]") names who speaks, and their turn follows.
_SOUND_NOTE_WORD = (r"(?i:music|musical|applause|applauding|clapping|laughter|laughs|laughing|crosstalk|inaudible|"
                    r"indistinct|unintelligible|silence|cheering|cheers|chatter|noise|static|sighs|coughs|coughing|"
                    r"booing|boos|chanting|singing|bleep|beep|beeping|siren|sirens|gunfire|pause|overlapping)")
_SOUND_NOTE = (rf"\[(?=[a-zA-Z -]{{2,40}}\])(?:[a-zA-Z-]+ ){{0,2}}?{_SOUND_NOTE_WORD}(?: [a-zA-Z-]+){{0,2}}\]")
TIMECODE = re.compile(r"^(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}:\d{2}:\d{2})"
                      rf"(?:\s+{_SOUND_NOTE})?$")
# A subtitle cue's timing line, as SubRip (.srt: "00:01:02,500 --> 00:01:05,000") and WebVTT (.vtt: "01:02.500 -->
# 01:05.000", perhaps with cue settings after it) print it over the cue's text (W3C, WebVTT, section 4.1).
CUE_TIMING = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3} --> (?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s|$)")
# A clock time ("14:05", "9.12"), and a line that is nothing else: on a transcript page, a timecode.
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# A transcript's time mark alone: "12:40", "[02:15]", or the bracketed "(14.07)" of court and committee transcripts.
BARE_TIME = re.compile(r"^(?:[\[(]?\d{1,2}:\d{2}[\])]?|[\[(]\d{1,2}\.\d{2}[\])])$")
# A clock time alone with no zone or date, as a transcript marks its minutes ("0:05", "4:26") or a sitting's record
# its hours ("9.30 am", "3.15 pm").
CLOCK_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", re.IGNORECASE)
# A video's running time as a player prints it beside the clip, with the clip's source ("01:52 - Source: Example
# Wire"), or alone under the video's credit ("Video by: Jane Roe" over "02:37", `VIDEO_LABEL`; under a "Watch: …" or
# "Video: …" link a live page prints its next entry's stamp); a time of day with a source would be an entry's stamp,
# which a live page prints over the entry's own text, not a source's name.
RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+[-–—|·]\s+Source:\s+[^.!?:]{2,40}$")
# A programme's or a clip's length alone on its line in the units' short forms, as schedules and players print it
# ("30 mins", "1 hr 10 mins"); a figure in words written out ("90 minutes") may be a crosshead, so it is none, and so
# is a short one between two paragraphs (`is_running_time`).
DURATION = re.compile(r"^\d{1,3} ?(?:mins?|hrs?)(?: \d{1,2} ?mins?)?$")
VIDEO_LABEL = re.compile(r"^(?:Video|Clip|Footage) (?:by|credit|source):")
# A note of when the page itself was last changed: "This page was last edited on …", "Page last reviewed: …".
PAGE_STAMP = re.compile(r"\bpage\b.{0,20}\b(?:edited|reviewed|revised|modified|updated)\b", re.IGNORECASE)
# A bulleted point; long enough, it is the author's prose (a pinned summary), not a link.
BULLET = re.compile(r"^[•·▪*–—-] +\S")
BULLET_PROSE_MIN_WORDS = 8
# A live blog's note that an entry changed: "Updated at 18:45 GMT", "Last updated 10.02am".
UPDATE_NOTE = re.compile(r"^(?:Last )?(?:[Uu]pdated|[Ee]dited|[Aa]mended)\b")
# A transcript turn: a speaker label in capitals and a colon, then the words ("JANE ROE: Thank you."), perhaps
# after the turn's timecode ("[00:02:10] JANE ROE: …").
SPEAKER_TURN = re.compile(r"^(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]? +)?"
                          r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}: +\S")
# A broadcast transcript's turn: a role or a name in capitals with a stage note in brackets or the on-screen
# caption after a comma ("CORRESPONDENT (voice-over): …", "JANE ROE, Example Institute (translated): …").
BROADCAST_TURN = re.compile(r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3} \([^()\n]{1,40}\)"
                            r"|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}, [A-Z][^:\n]{1,80})"
                            r"(?: \([^()\n]{1,40}\))?:(?: +\S|$)")

# A photo credit closing a caption, or a credit line on its own (a photographer/agency, an agency name).
_AGENCY = r"(?:AFP|AP|EPA|PA|Reuters|Getty|Shutterstock|Alamy|Xinhua|TASS|Sputnik|Anadolu)"
# The label may close with a colon or, where a page's screen-reader text is flattened, dots ("Credit...Jane Roe"), and
# may stand after a bar ("… | Photo Credit: Agency"), or itself be closed by a bar after the caption's last sentence
# ("… on Thursday. PHOTO | EXAMPLE AGENCY"); a labelled credit may be set in round or square brackets ("… on Thursday.
# [Photo/Example Wire]"), as papers that credit wire pictures print it; the credit may also be names joined by slashes, as agencies
# print them, after the caption's last sentence or a copyright sign ("… on Monday. Agency/Jane Roe/File Photo",
# "… in the port © Jane Roe/Agency", "… on Monday. © Agency / Pool"), or in brackets right after the caption's date
# (a year, or a month and day), with no full stop, where one side names a wire agency or ends in a picture desk's word
# for its source ("… in March 2016 (Jane Roe/Reuters)", "…, May 2019 (Jane Roe/Example Times archive)"); a place pair
# in brackets ("(Latakia/Idlib)") is no credit. The label may be set in capitals ("PHOTO: JANE ROE"), and a credit in brackets
# may name the picture's source with the words picture desks use for it: a handout, a pool, a file photo, or an
# agency it came through ("(Ministry of Harbours handout via Example Wire)").
_CREDIT_NAMES = r"[A-Z][\w.’' -]{0,39}(?:/ ?[A-Z][\w.’' -]{0,39}){1,2}(?<![.!?])"
_CREDIT_LABEL = r"(?i:photograph|photo|image|picture|illustration|video)"
# Two agencies that share a picture, joined by a hyphen in brackets after the caption's sentence ("(AFP-Yonhap)",
# "(Example Wire-Reuters)"), as papers that take pictures through a partner agency credit them; one of the two is a
# wire agency, so a hyphenated name ("(Jabhat Al-Nusra)") or a pair of countries ("(Russia-Turkey)") is no credit.
_ONE_AGENCY = r"[A-Z][\w.’']*(?: [A-Z][\w.’']*)?"
_JOINT_AGENCIES = rf"(?:{_AGENCY}-{_ONE_AGENCY}|{_ONE_AGENCY}-{_AGENCY})"
# The caption's date right before a bracketed credit: a year, or a month and its day ("June 2019", "May 3").
_CAPTION_DATE = rf"(?:\b(?:1[89]|20)\d\d|\b(?i:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?)"
# A picture desk's words for where a picture came from, closing the agency's side of a credit ("Example Times archive").
_DESK_SOURCE = r"(?i:archives?|pool|handouts?|file(?: photos?)?|photos?|pictures?|images?)"
# A credit in brackets is a phrase of names and the picture desk's words, no sentence: capitalised words, the words
# for the picture's source (handout, pool, file, photo, via) and small joining words, split by spaces, slashes or a
# colon ("(Ministry of Harbours handout via Example Wire)", "(Pool photo)", "(File photo/Example Wire)"); a run of
# ordinary lower-case words ("(The talks were held via video link)") is a remark.
# The picture desk's note of where a picture was taken from, alone after the caption's words ("… in 2019. File photo",
# "… on Monday. Handout picture"), as papers mark an old or a supplied picture.
_FILE_PICTURE = r"(?i:file|handout|pool|archive|stock) (?i:photo|picture|image|photograph)s?\.?"
_CREDIT_WORD = r"(?:[A-Z][\w.’'&-]*|\d+|of|and|the|for|via|(?i:handouts?|pool|file|photos?|pictures?|images?))"
_CREDIT_PHRASE = rf"{_CREDIT_WORD}(?:(?:[:,]?\s+|\s*/\s*){_CREDIT_WORD}){{0,7}}"
CREDIT_AT_END = re.compile(rf"(?:^|[.!?)]\s+|\s\|\s)(?:{_CREDIT_LABEL} )?"
                           rf"(?:{_CREDIT_LABEL}|(?i:credit))s?(?::\s|\.{{3}}|…)"
                           r"\S[^!?]{0,80}$|\((?:[Cc]ourtesy of|[Pp]hoto|[Ii]mage|[Cc]redit)[^)]{1,80}\)$"
                           rf"|\[{_CREDIT_LABEL}s?(?:\s*[/:]|\s+by\b)[^\[\]]{{1,60}}\]$"
                           rf"|[.!?]\s+{_CREDIT_LABEL}s?\s\|\s(?!(?:{_ACTION_VERB}|Share|More)\b)[A-Z][^|!?]{{0,60}}$"
                           r"|[.!?]\s+\([^()]{0,30}\b(?:Photo|Image|Picture)s?\b[^()]{0,50}\)$"
                           rf"|[.!?]\s+\((?=[^()]{{0,40}}\b(?i:handouts?|pool|file photo|via)\b){_CREDIT_PHRASE}\)$"
                           r"|[.!?]\s+\([\w.’' -]{1,40}/ ?[^\W\d_][\w.’' -]{0,39}\)$"
                           rf"|{_CAPTION_DATE},?\s+\((?=[^()]*\b(?:{_AGENCY}\b|{_DESK_SOURCE}\)$)){_CREDIT_NAMES}\)$"
                           rf"|[.!?]\s+\({_JOINT_AGENCIES}\)$"
                           rf"|[.!?]\s+{_FILE_PICTURE}$"
                           rf"|(?:[.!?](?:\s+©)?|\w\s©)\s+{_CREDIT_NAMES}$")
CREDIT_AT_END_GATED = gated_alternatives(CREDIT_AT_END)  # most alternatives need a bracket, a slash or a label
# A caption's sentences with the picture's copyright after them, named without the slashes of an agency credit: a
# maker or an agency, perhaps after the kind of picture, with its year or a second credit after a semicolon ("… on
# Tuesday. © Example Wire", "… (right). Imagery © Example Orbital 2024; annotations: Example Lab"). A footer closes on
# the same shape ("… is a registered charity. © Example Institute 2023"), so only a caption's place tells them apart.
COPYRIGHT_AFTER_SENTENCE = re.compile(r"[.!?)]\s+(?:[A-Z][a-z]+ )?©\s?[A-Z][\w’'&-]*"
                                      r"(?:(?:,? |[;:] )[\w’'&-]+){0,7}$")
# A caption's sentence with its credit after the full stop as a short unfinished line, perhaps after a dash or a bar
# ("… on Tuesday. — Example Wire", "… on Tuesday. | EXAMPLE-WIRE", "… in March. JANE ROE"): where no rule names the
# credit, only a caption's place tells it. The credit is a dash and a name ("— Example Wire"); a bar and capitalised
# words; up to four capitalised words with no lower-case word but "of", "and" or "via" ("JANE ROE", "Example Wire via
# Pool"); a source after a slash, in any case ("Example Wire/local activists"); the picture's source after its
# label ("Source: Ministry of Harbours"); or a photographer's name and the outlet they shot it for ("Jane Roe for The
# Example Times", as papers credit a freelance's picture). A genre label in capitals alone ("ANALYSIS") opens the next
# block, and an unfinished clause ("Here is what they changed") or a link after a bar ("| Read more", "| Watch
# Video", "| Share") is no credit.
_TAIL_WORD = r"(?:[A-Z][\w’'&-]*|of|and|via)"
_GENRE_LABEL = (r"(?:ANALYSIS|OPINION|EXPLAINER|COMMENT|EDITORIAL|REVIEW|INTERVIEW|FEATURE|NEWS|LIVE|UPDATED?|WATCH"
                r"|LISTEN|VIDEO|PODCAST|ADVERTISEMENT|SPONSORED|PROMOTED|EXCLUSIVE|BREAKING|FACT CHECK|Q&A)")
CREDIT_AFTER_SENTENCE = re.compile(r"[.!?]\s+(?:[—–-]\s*[A-Z][^.!?]{0,40}"
                                   rf"|\|\s*(?!(?:{_ACTION_VERB}|Share|More)\b)[A-Z][\w’'&-]*(?:[ /][A-Z][\w’'&-]*){{0,3}}"
                                   r"|(?i:source|credit|courtesy):\s+[A-Z][^.!?|]{0,40}"
                                   r"|[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,2}\s*/\s*[^\W\d_][\w’' -]{0,39}"
                                   r"|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,2} for (?:[Tt]he )?[A-Z][\w’'&-]*"
                                   r"(?: [A-Z][\w’'&-]*){0,3}"
                                   rf"|(?!{_GENRE_LABEL}\W*$)"
                                   rf"[A-Z][\w’'&-]*(?:(?:\s+|\s*/\s*){_TAIL_WORD}){{0,3}})\W*$")
# A caption labelled as one, as pages flatten the text read out to screen readers ("Image caption, …", "Caption: …").
# A caption that opens with its label: "Image caption, …", the text a broadcast script sets on screen over the
# pictures, its label in capitals as scripts print it ("LOWER THIRD: Jane Roe, harbour pilot", "CHYRON: …", "SUPER: …";
# in sentence case, "Super: …" opens the text's own sentence), a catalogue's or a figure's number alone on its line,
# as an object's label or a figure's caption opens ("Cat. 3" over "Ferry bell" and "Brass, 1910"), or the
# picture's kind in square brackets, alone or over its description, as text copies of pages and easy-read documents
# print an image ("[Photo] Ferries at the quay", "[Picture: a ferry in a storm]").
CAPTION_LABEL = re.compile(r"^(?:(?:Media|Image|Photo|Video) )?[Cc]aption\s*[,:]\s+\S|"
                           r"^(?:LOWER THIRD|CHYRON|SUPER|ON-?SCREEN (?:TEXT|CAPTION))\s*:\s+\S|"
                           r"^(?:Cat\.(?: [Nn]o\.)?|Catalogue [Nn]o\.|Fig\.|Figure|Plate) \d{1,4}[a-z]?$|"
                           r"^\[(?i:picture|image|photo|photograph|illustration|drawing|cartoon|map|chart|graphic|"
                           r"infographic|video)s?(?::[^\[\]]*)?\]")
CREDIT_LINE = re.compile(r"^\(?(?:Photograph|Photo|Image|Picture|Illustration|Credit|Courtesy)\b.{0,80}$"
                         r"|^\(?[A-Z][\w.’' -]{0,39}/ ?[^\W\d_][\w.’' -]{0,39}\)?$"
                         r"|^[\w’' ]{0,30}(?:Images|Photos|Pictures)$"
                         rf"|^\(?{_AGENCY}\b[^.!?]{{0,30}}$")
CREDIT_LINE_MAX_CHARS = 90
CAPTION_MAX_CHARS = 300
# An international telephone number: a contact line ("Picture desk: +44 20 0000 0000"), not a credit.
PHONE = re.compile(r"\+\d{1,3}[\d ()-]{6,}\d")

# General web vocabulary of page chrome (menus, share bars, sign-in and subscription prompts, a thread's sort order).
CHROME_WORDS = re.compile(
    r"\b(?:share[sd]?|sign[ -]?(?:in|up)|log[ -]?(?:in|out)|register|subscribe|subscriptions?|newsletters?|"
    r"cookies?|advertis\w*|menu|search|home|contact|about us|privacy|terms|follow us|print|e-?mail|copy link|"
    r"facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|bluesky|"
    r"permalink|reuse this content|listen to this article|min read|\d+[- ]minute read|reading time|read more|"
    r"load more|show more|sort(?:ed)? by|bookmark|save for later|gift (?:this )?article|"
    r"comments? (?:are|is) closed|all rights reserved|skip to|back to top)\b", re.IGNORECASE)
CHROME_MAX_WORDS_IN_SENTENCE = 4
CHROME_MAX_WORDS_IN_LABEL = 3
# A count of a post's or a comment's score, votes, likes or replies ("131 points", "1.1k points", "3 replies", "12 likes").
_POST_COUNT = r"\d[\d,.]*k?\s+(?:points?|votes?|upvotes?|likes?|repl(?:y|ies)|recommends?|comments?|child(?:ren)?)"
POST_COUNT = re.compile(rf"^{_POST_COUNT}$", re.IGNORECASE)
# Reader-comment furniture: each item a button or a count ("Reply | Report | 12 likes", "↳ Replying to X"); a share
# button may stand among them, but not alone, since every post of a live blog has its own.
COMMENT_BUTTON = re.compile(r"^(?:↳\s*)?(?:reply|report|flag|like|recommend|quote|permalink|upvote|downvote|"
                            rf"{_POST_COUNT}|replying to\b.*)$", re.IGNORECASE)
SHARE_BUTTON = re.compile(r"^share$", re.IGNORECASE)
COMMENT_META_MAX_CHARS = 60
# One reader's rating at the head of their review, as review pages print a review's schema.org `reviewRating`
# (schema.org/Review: author, reviewRating, datePublished, reviewBody): five stars, filled and empty, perhaps with the
# review's own title after them ("★★★☆☆ Good, but thin"), or a whole number of stars out of five, perhaps with its
# word ("Rating: 4 of 5 stars (really liked it)", "2.0 out of 5 stars"). An average over all reviews has a fraction
# or a count beside it ("★★★★☆ 3.91", "4.3 out of 5 stars (142)") and heads no review.
REVIEW_RATING = re.compile(r"^(?:[★☆]{5}(?![★☆\s]*\d)(?P<title>\s+\S.*)?"
                           r"|(?:Rating:\s*)?[1-5](?:\.0)? (?:of|out of) 5 stars?(?:\s*\([^()\d]*\))?)$")
# What a comment thread is made of, as a site's note on it names it, and the site speaking of itself there ("We remove
# posts that …").
THREAD_WORD = re.compile(r"\b(?:comments?|replies|posts)\b", re.IGNORECASE)
SITE_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# The copyright notice that opens a page's footer: "© 2024 Example Media", "Copyright 2020 …".
COPYRIGHT = re.compile(r"©|^(?:Copyright|\([cC]\))\s")
# A count beside a button's icon: "♡ 12", "💬 4", "👍 1.2K".
ICON_COUNT = re.compile(r"^[\d.,]+\s?[KkMm]?$")
# A day and month without the year, as comment threads and feeds date recent posts: "Dec 11", "3 May".
DAY_MONTH = re.compile(rf"^(?:{_MONTH} \d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL} {_MONTH})$", re.IGNORECASE)
# Unicode categories of the glyphs that web pages set as icons before or after a button's label (symbols: arrows,
# play and speaker signs, hearts, pictographs), and of the marks that join or vary them (variation selectors, joiners).
ICON_CATEGORIES = ("So", "Sm", "Sk")
ICON_JOINERS = ("Mn", "Cf", "Zs")
# Symbols that are no icons: the marks a list or checklist sets before its items (check and cross marks, squares,
# circles, diamonds), the legal marks (© ® ™) and the ASCII symbols (+ < = > | ~ ^), which open phone numbers,
# formulas and prose as often as anything.
LIST_MARKS = frozenset("✓✔✗✘☐☑☒■□▪▫●○◆◇")
LEGAL_MARKS = frozenset("©®™℗")
# A button's label is a verb and its object at most ("Show all replies", "View the photo gallery"): WAI-ARIA
# Authoring Practices ask for short, unique names; a longer line is a sentence or a heading.
CONTROL_MAX_WORDS = 5
# The buttons that set the text's size, a capital A drawn two or three times or with a plus and a minus ("A A A",
# "A- A+"), as news sites put them beside the share bar.
TEXT_SIZE_PICKER = re.compile(r"^A[+−-]?(?: A[+−-]?){1,2}$")

NUMBERED_ITEM = re.compile(r"^\d{1,4}\.\s+\S")
FOOTNOTE_ITEM = re.compile(r"^(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^\d{1,3})\s*\S")
CITATION = re.compile(r"\b(?:1[5-9]|20)\d{2}[a-z]?\b|https?://|\bwww\.|\bIbid\b|\bop\. cit\b|\bpp?\. \d", re.IGNORECASE)
CITATION_MAX_CHARS = 400
# What a numbered note cites: a year closed by punctuation ("(2014)", "May 2020.", "2019, p. 4"), a link, "Ibid." or a
# page; a year inside a clause ("the March 2020 ceasefire", "between 2015 and 2024?") does not make a list item a note.
NOTE_CITATION = re.compile(r"\b(?:1[5-9]|20)\d{2}[a-z]?(?:[).,;:]|$)|https?://|\bwww\.|\bIbid\b|\bop\. cit\b|\bpp?\. \d",
                           re.IGNORECASE)
# A reference-list entry: "Surname, Name. 2020. Title." or "Surname, N. and Other, M. (2020) Title".
_AUTHOR_DATE = r"^[A-Z][\w’'-]+, [A-Z][\w.,&’' -]{0,60} \(\d{4}[a-z]?\)"
REFERENCE_ENTRY = re.compile(rf"^[^.]{{1,80}}\.\s*\(?\d{{4}}[a-z]?\)?[.,]|{_AUTHOR_DATE}")
# The authors of a bibliography's entry, the first name inverted ("Roe, Jane", "Roe-Doe, J. A.", "Roe, Jane, and John
# Doe"), or an organisation as author ("Example Institute for Harbour Studies"); its year; its title's opening.
_INVERTED_AUTHORS = (r"[A-Z][\w’'-]+, [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}"
                     r"(?:,? (?:and|&) [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})?")
_CORPORATE_AUTHOR = r"[A-Z][\w’'-]+(?: (?:[A-Z][\w’'-]+|for|of|and|the|on|in|&)){1,8}"
_ENTRY_YEAR = r"(?:1[5-9]|20)\d{2}[a-z]?"
_ENTRY_TITLE = r"[A-Z‘'“\"«]"
# An entry of a bibliography in the styles of the Chicago Manual of Style (17th ed., ch. 14–15) and of Harvard
# referencing: the authors and the year in brackets, then the title ("Roe, J. and Doe, A. (2019) The port", "Example
# Institute (2021) The port"); the inverted authors, the year, then the title ("Roe, Jane. 2019. The Port."); or the
# inverted authors and the title, then a place and its publisher or the quoted title's journal, the year closing the
# entry, perhaps with the pages ("Roe, Jane. The Port. Kestwick: Example Press, 2019.", "Roe, Jane. “The Lease.”
# Example Review 4, no. 2 (2020): 8–31."). After the year, the title is followed by its publisher or its journal (a
# colon or a number): a sentence after a name and a year ("Roe, Jane. 2019. That was the year the lease was signed.")
# is none. A sentence after a name in the vocative ("Well, Minister. The answer came in 2015.") or a news brief's
# dateline ("KESTWICK, Monday. The mayor called it “a lifeline” in 2014.") has no title where an entry has it.
BIBLIOGRAPHY_ENTRY = re.compile(rf"{_AUTHOR_DATE}\.?\s+{_ENTRY_TITLE}"
                                rf"|^{_CORPORATE_AUTHOR} \({_ENTRY_YEAR}\)\.? {_ENTRY_TITLE}"
                                rf"|^{_INVERTED_AUTHORS}\. {_ENTRY_YEAR}\. {_ENTRY_TITLE}[^.]*[.?!][”\"]? (?=.*(?:: |\d)).+"
                                rf"|^{_INVERTED_AUTHORS}\. {_ENTRY_TITLE}[^.]*\. [A-Z][^.:]*: [^.]+, {_ENTRY_YEAR}\.$"
                                rf"|^{_INVERTED_AUTHORS}\. [“\"][^”\"]+[”\"] [A-Z].*"
                                rf"\b{_ENTRY_YEAR}\)?(?::\s?\d+(?:[–-]\d+)?)?\.$")
# The line over a sender's signature: "-- " in an email (RFC 3676, 4.3), perhaps quoted ("> --"), or the rule of
# underscores over a forum member's signature.
SIGNATURE_DELIMITER = re.compile(r"^(?:>\s?)*(?:--|_{4,})\s*$")
# A line left for a signature by hand: "Signed" or "Signature" and blanks of dots, underscores or ellipses for it (and
# perhaps the date), as minutes are printed for the chair to sign them as a correct record (in England, Local Government
# Act 1972, Sch. 12, para. 41(1): minutes "signed at the same or next suitable meeting by the person presiding") and
# forms, statements and certificates close; a sentence that names a signing ("Signed in 2016, the treaty …") has none.
SIGNATURE_BLANKS = re.compile(r"^(?:Signed|Signature|Sign(?:ed)? by)\b:?[^.!?]{0,40}?(?:\.{5,}|_{5,}|…{2,})")
# The parts of a record, a broadcast or a script that an end marker closes.
_RECORD_PART = (r"(?:transcript|story|programme|program|broadcast|show|document|segment|episode|interview|extract|"
                r"excerpt|part|act|scene|reel|tape|recording|bulletin)")
# The recorded events whose end a transcript notes: a briefing, a sitting, a call.
_RECORD_EVENT = r"(?:briefing|meeting|hearing|session|sitting|conference|call|webinar|debate|proceedings)"
# The line that closes a transcript, a script's part or a wire story: "[END OF TRANSCRIPT]", "END OF PART TWO",
# "ENDS", "- End -", "###", and the bracketed note that a record or an extract of it ends ("[Extract ends here. …]",
# "(Transcript excerpt ends)", "[End of extract. The tape runs on …]") or that the recorded event ended ("(The
# briefing was concluded at 1:41 p.m.)", as press offices and hearings close their transcripts).
END_MARKER = re.compile(rf"^[\[(—–-]*\s*(?:END|ENDS|End|Ends)(?: (?i:of {_RECORD_PART})(?: [A-Za-z0-9]+)?)?"
                        rf"\s*[\])—–-]*$|^#{{3}}$"
                        rf"|^[\[(](?i:(?:[\w’'-]+ )?{_RECORD_PART}(?: [\w’'-]+)?) ends(?: here)?"
                        rf"(?:\.[^\[\]()]*)?[\])]$"
                        rf"|^[\[(](?:END|End) (?i:of {_RECORD_PART})\.[^\[\]()]*[\])]$"
                        rf"|^[\[(]The (?:[\w-]+ )?{_RECORD_EVENT} (?:was|is|were) "
                        rf"(?:concluded|ended|closed|adjourned)\b[^\[\]()]*[\])]$")
# An author's affiliation as papers number them: "¹ Department of …", "2 Institute …", "* Centre …".
AFFILIATION = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}\.?(?![\d.])|[*†‡]+|\[\d{1,2}\]|\(\d{1,2}\))\s*"
                         r"(?=.*\b(?:Universit\w*|Institut\w*|Cent(?:re|er)|School|College|Department|Faculty|"
                         r"Academy|Foundation|Laborator\w+|Programme|Program)\b)[^.!?]{1,200}$")
# Marks after an author's name that point to an affiliation: "Jane Roe¹", "John Doe*", "Jane Roe (1)", or a letter in
# lower case after a space, as a journal's superscript letter is left when the page is copied to text ("Jane Roe a and
# John Doe b" over "a University of Kestwick; b …").
AUTHOR_MARK = re.compile(r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰,]+|[*†‡]+|\d{1,2}(?:,\d{1,2})*|\s?\(\d{1,2}\)|\s[a-f])$")
# The characters but digits that a match of `AUTHOR_MARK` may end with, and its letter marks (after a space).
AUTHOR_MARK_ENDS = "¹²³⁴⁵⁶⁷⁸⁹⁰,*†‡)"
AUTHOR_LETTER_MARKS = "abcdef"
AUTHOR_MARK_INSIDE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+")
AUTHOR_SEPARATOR = re.compile(r",\s+(?:and\s+|&\s+)?|;\s+|\s+(?:and|&|·|•|\|)\s+")
# An address to write to or a link: "letters@example.org", "https://…", "www.example.org".
ADDRESS = re.compile(r"\S@\S|https?://|\bwww\.")
# Small words inside a place name: "Newcastle upon Tyne", "Clacton-on-Sea", "Saint-Martin-de-Ré".
PLACE_PARTICLE = re.compile(r"^(?:upon|on|in|de|du|la|le|am|an|der|sur|en|by|the|of)$")
# A postal district after a town, as letters pages print it: "London SW1", "Leeds LS6".
POSTCODE_DISTRICT = re.compile(r"^[A-Z]{1,2}\d{1,2}[A-Z]?$")
PLACE_LINE_MAX_WORDS = 5
# A commenter's name line as blogs print it: "Jane Roe says:".
SAYS = re.compile(r"\s+(?:says|said|wrote|writes):$")
# The full stop after a name's initial at the end of a line: "Jane R.".
FINAL_INITIAL = re.compile(r"(?<=\s[A-Z])\.$")
# A person's name: capitalised words, with the particles names carry (al-, bin, de, van …).
# Capital letters of the Latin scripts, so that "Élodie" or "Łukasz" starts a name as "Jane" does.
_UPPER = "".join(sorted({char for char in map(chr, range(0x250)) if char.isupper()}))
_NAME_WORD = rf"(?:[{_UPPER}][\w.’'-]*|(?:al|el|bin|ibn|de|da|di|du|van|von|der|le|la)(?:-[{_UPPER}][\w’'-]*)?)"
NAME_WORD = re.compile(rf"^{_NAME_WORD}$")
PERSON_NAME_WORDS = (2, 4)
# A run of capitalised words that may be a name inside a byline ("By Jane Roe and John Doe in Kyiv").
NAME_RUN = re.compile(rf"[{_UPPER}][\w.’'-]*(?: {_NAME_WORD})+")
BY = re.compile(r"^(?:By|BY) ")
# An entry of a list of people: a name, perhaps after a title or rank with its full stop or in brackets ("Col.
# (Ret.)"), then the person's role or affiliation after a comma or a dash.
PERSON_ENTRY = re.compile(r"^(?:\(?[A-Z][a-z]{0,4}\.\)? )*(?P<name>[^,–—()]+?)(?:, | [–—-] )\S")
PERSON_ENTRY_MAX_CHARS = 200
PERSON_ENTRY_SEPARATORS = (", ", " – ", " — ", " - ")  # one of them follows the name in every match of `PERSON_ENTRY`
# The end of a sentence, perhaps in quotation marks ("… said it was over.", "… in Moscow.”"), or a colon or semicolon
# that leads on; an abbreviation's full stop in brackets ("Ambassador (ret.)") and a closing quotation mark after a
# title ("Host, “The Big Argument”") end an entry.
UNFINISHED_ENTRY = re.compile(r"[.!?][\"”’]?$|[:;]$")
# What a transcript's turn says after the name it addresses, and no role or affiliation does: a pronoun of the
# speaker or the addressee, thanks or a greeting ("Host: Jane Roe, thanks for joining us", "Jane Roe, you were in
# Damascus", "let me bring you in"), or a finite verb of its own clause ("John Doe, Moscow is not happy"), not one of a
# relative clause ("John Doe, who was envoy in Damascus").
SPOKEN_AFTER_NAME = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Yy]ou(?:rs?)?|[Ll]et(?:['’]s)?|[Tt]hanks?|[Ww]elcome|"
                               r"[Hh]ello|[Pp]lease)\b|^(?:(?!\b(?:who|which|that)\b).)*\b(?:is|are|was|were|has|have|"
                               r"had|will|would|can|could|must)\b")
# A credit line that names who made the page: a few words in sentence case, "by" and the names, perhaps with their
# part in brackets and a date ("Live coverage by Jane Roe (now) and John Doe (earlier)", "Prepared by …",
# "Started by jroe_42, 9 March 2022").
BY_CREDIT = re.compile(r"^[A-Z][a-z’'-]*(?: [a-z][\w’'-]*){0,2} by (?P<who>.+)$")
# The head of a person's role after their name in a credit ("…, senior lecturer in …", "…, research
# assistant"), as the author notes of `section_rules.csv` list them.
ROLE_NOUN = re.compile(r"\b(?i:lecturer|professor|fellow|researcher|analyst|scholar|student|assistant|associate|"
                       r"director|officer|expert|historian|economist|correspondent|reporter|editor|writer|journalist|"
                       r"columnist|contributor|commentator|producer|photographer|translator)s?\b")
# The word before "by" in a credit that gives a text or a speech to its person ("Answered by", "Preached by",
# "Opening address by"), as registers of questions, programmes and orders of service print them: a capitalised title
# after the name is that person's office there, while a verb of meeting or support ("Greeted by", "Backed by") is news.
TEXT_CREDIT_WORD = re.compile(r"(?i:answered|asked|tabled|preached|presented|written|introduced|delivered|given|read|"
                              r"compiled|edited|prepared|moderated|chaired|hosted|reviewed|translated|spoken|authored|"
                              r"narrated|recorded|proposed|seconded|moved|convened|answers|address|sermon|lecture|talk|"
                              r"speech|remarks|reading|foreword|introduction|preface|statement|evidence|testimony)$")
# A mail address in angle brackets after the name it belongs to, as a mailbox is written (RFC 5322, 3.4: display-name
# and angle-addr, "Jane Roe <jroe@example.org>"): the name is the person.
MAILBOX_ADDRESS = re.compile(r"\s*<[^<>\s@]+@[^<>\s]+>")
# A user name as forums print it: one word with an underscore or a digit, or after an @.
HANDLE = re.compile(r"^@\w{2,30}$|^(?=[\w.-]*[_\d])[^\W\d_][\w.-]{2,30}$")
# One word of mixed case or with digits, as members' user names are ("OldHarbourHand", "Harbour7").
USER_WORD = re.compile(r"^(?=[\w.-]*(?:[a-z][A-Z]|\d))[^\W_][\w.-]{2,29}$")
# A count of a post's or a channel's audience or replies: "12,400 followers", "2.4K likes", "14 posts".
AUDIENCE_COUNT = re.compile(r"^[\d.,]+\s?[KkMm]?\s+(?:subscribers|followers|members|likes|reposts|retweets|shares|views|"
                            r"posts|comments|replies|votes)$", re.IGNORECASE)
POST_HANDLE = re.compile(r"(?:^|\s)@\w{2,30}$")
# A post's writer as a forum or a notes board names them: "u/jane_roe", or a user name after "by" ("Note by jane_roe"),
# with a letter in it: "Read by 1200" is a count.
POSTER = re.compile(r"(?:^|\s)u/\w{2,30}$|\bby (?:@|u/)?(?=[\w.-]*[_\d])(?=[\w.-]*[^\W\d_])\w[\w.-]{2,30}$")
# What splits the credits of one byline: a semicolon, a comma, or "and" before a capital ("Jane Roe in Kyiv and John
# Doe in Moscow").
CREDIT_ITEM_SEPARATOR = re.compile(r";\s+|,\s+(?:and\s+)?|\s+(?:and|&)\s+(?=[A-Z])")
# The agencies a newsroom's byline draws on, after its name ("Example News with agencies", "… and news agencies").
AGENCIES = re.compile(r"\s+(?:with|and) (?:news |wire )?agencies$", re.IGNORECASE)
# A handle inside a line, as a prompt gives where to write ("… or tweet @example_desk.").
INLINE_HANDLE = re.compile(r"(?<![\w.])@\w{2,30}\b")
# Items set side by side on one line: split by a bar, a middle dot or a bullet between spaces.
BAR_SEPARATOR = re.compile(r"\s[|·•]\s")
# The separators of a metadata bar's items that no table's row uses: a middle dot or a bullet between spaces.
DOT_SEPARATOR = re.compile(r"\s[·•]\s")
# A full date with what befell a document on it: a weekday before it ("Tuesday 4 May 2016", "Tue 4 May 2016"),
# perhaps after a past participle ("Issued Tuesday 4 May 2016"), or a past participle right before it ("Answered 4
# May 2016", "Published May 4, 2016"), as a record states its dates.
DATED_EVENT = re.compile(rf"(?:\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?,?"
                         rf"|(?-i:\b[A-Za-z][a-z]+ed))\s+(?:{_FULL_DATE})\b", re.IGNORECASE)
# A full date after a past participle of what befell the document on it (a page's date line's, `DATE_LINE_WORDS`, or
# a record's: answered, asked, tabled, responded, submitted, aired, amended …), perhaps with its subject and "on"
# ("Answered on 4 May 2016", "Government responded on 4 May 2016", "Updated 4 May 2016"), as records, answers and
# pages stamp their dates: the document's stamp, not a timeline's heading, whose past tense tells what happened in the
# world ("Strike ended on 4 May 2016", "Ferries resumed 12 June 2016").
STAMPED_DATE = re.compile(rf"\b(?:{_DATE_LINE_PARTICIPLES}|answered|asked|tabled|responded|replied|submitted|lodged|"
                          rf"filed|aired|broadcast|amended)(?: on)?\s+(?:{_FULL_DATE})\b", re.IGNORECASE)
# A post of a thread with its place in the thread, before or after its text: "2/5 The boats …", "… 1/5".
THREAD_COUNTER = re.compile(r"^\d{1,2}/\d{1,2}\s+\S|\s\d{1,2}/\d{1,2}$")
# A credit as a label and the names: "Rapporteur: Jane Roe", "Reporters: Jane Roe (Kyiv), John Doe", or a signatory
# of an agreement for a party: "For the Ministry of Harbours: Jane Roe".
LABEL_CREDIT = re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+)?|For (?:the )?[^:.]{2,60}): (?P<who>[^:]+?)\.?$")
CREDIT_MAX_CHARS = 300
# A price: a currency's sign before a figure ("€18.50", "$ 20").
PRICE = re.compile(r"[£$€¥]\s?\d")
# The most words of an item of metadata beside a maker's credit in a bar ("Maps redrawn for this edition").
BAR_METADATA_MAX_WORDS = 8
# A label that names the part of the people it credits: a participle and "by" ("Answered by", "Reviewed by"), a memo's
# sender, a programme's or a meeting's roles.
PERSON_CREDIT_LABEL = re.compile(r"^(?:[A-Z][a-z]+(?:ed|en) by|From|(?:Host|Guest|Panel|Panellist|Chair|Presenter|"
                                 r"Moderator|Speaker)s?)$")
# Between two credits in a line: a full stop, not a title's ("Dr. John Doe", "Mr. Roe", "Prof. Jane Roe", "Mrs. Roe")
# nor an initial's after a word, a comma, a semicolon or a label's colon ("Jane P. Roe", "Councillors J. Roe, K. Doe",
# "Guest: K. Doe").
CREDIT_PART_BREAK = re.compile(r"(?<=\.)(?<![A-Z][a-z]\.)(?<!Mrs\.)(?<!Prof\.)(?<![a-z,;:] [A-Z]\.)\s+(?=[A-Z])")
# A letter and a full stop right after a label's colon: an initial under a label naming the people's part or their
# role ("Guest: K. Doe", "Reporter: K. Doe"), a lettered option under any other ("Answer: B. Oslo").
LETTER_AFTER_LABEL = re.compile(r"^(?P<label>[^:]+): [A-Z]\. ")
# A page number as a copied PDF prints it between pages: "12", "Page 3 of 20", "– 4 –"; and an editor's mark of where
# a page of the original begins, in square brackets with its word ("[p. 2]", "[p 2]", "[Page 14]", "[PAGE 14]"), a
# spread's two pages ("[pp. 3-4]", "[pp. 3–4]") or the page and the count ("[page 2 of 5]"), as a transcription keeps
# it between the paragraphs (a bare "[2]" is a note's number; "[PAGE 2]" in brackets is no script's page heading).
PAGE_NUMBER = re.compile(r"^(?:[Pp]age |[Pp]\. ?)?\d{1,3}(?: (?:of|/) \d{1,4})?$|^[–—-] ?\d{1,3} ?[–—-]$"
                         r"|^\[(?:[Pp]age |PAGE |[Pp]p?(?:\. ?| ))\d{1,4}(?:[–-]\d{1,4}| of \d{1,4})?\]$")
# A running head or foot that ends in the page's count, as documents and typed records print it ("Annual Review
# 2023 | 4 of 12", "REPORT 0042 002 OF 003", "DRAFT v0.4 – Page 2 of 3"): a version's number after its v ("v0.4")
# or a section's number before a separator ("4.2 | …") may hold a dot between its digits, which ends no sentence; a
# decimal in a sentence ("52.1 per cent") holds none.
PAGE_COUNT = re.compile(r"^(?:[^.!?:]|(?<![\w.])[vV]\d{1,3}(?:\.\d{1,3})+\b|(?<![\w.])\d{1,3}(?:\.\d{1,3})+(?=\s[|·•–—-]\s))"
                        r"{1,60}\s\d{1,4} (?:of|OF) \d{1,4}$")
# A heading of the back matter that press releases, reports and archives print after the text: notes to editors,
# media contacts, where to find more, or a box about an organisation ("About the Example Institute"), also run into
# its paragraph ("About Example Library: …"); the box that asks readers to write in ("Write to us", "Have your say")
# and a parish's or a club's notices (an author box's heading, "About the author", is the section rules'). Event
# pages, programmes, press kits and shops close on the practical boxes of the event or the product
# (`PRACTICAL_BOX_HEADING`).
BACK_MATTER_HEADING = re.compile(r"^(?:notes? (?:to|for) (?:the )?editors?|(?:media|press) (?:contacts?|enquiries|"
                                 r"inquiries|office)|contacts?|for (?:further|more) information(?:,? (?:please )?"
                                 r"contact)?|write to us|have your say|(?:parish|church|club|society|community) "
                                 r"notices)\s*:?$", re.IGNORECASE)
# The heading of an event's or a product's practical box; a word or two that a crosshead can also be ("Credits",
# "Accessibility"), so it closes the text only where the article does not go on under it (see `page._tail_start`).
PRACTICAL_BOX_HEADING = re.compile(r"^(?:practical (?:information|details|arrangements)|accessibility|"
                                   r"how (?:this|the) (?:event|session|workshop|conference|webinar) works|"
                                   r"technical (?:specifications|details)|(?:full )?credits|"
                                   r"product (?:details|information|specifications))\s*:?$", re.IGNORECASE)
ABOUT_BOX = re.compile(rf"^About (?:the )?[{_UPPER}][\w&.’'-]*(?: (?:of|for|and|the|&|[{_UPPER}][\w&.’'-]*))*"
                       r"(?::\s+\S|$)")
# A form's field: a label of one to three words, a colon and a value that is no sentence ("Held at: Town Hall").
FIELD_LINE = re.compile(r"^[A-Z][\w.’'-]*(?: [\w.’'-]+){0,2}: +\S[^:]*(?<![.!?])$")
FIELD_LINE_MAX_CHARS = 120
# A record's field, as a data export or a message's header sets it: a label of one to three words, a colon and a value
# that is no sentence and quotes no one ("Event ID: X-104", "Actor 2: SDF: Syrian Democratic Forces").
RECORD_FIELD = re.compile(r"^[A-Z][\w.’'-]*(?: [\w.’'-]+){0,2}: +[^\s“”\"][^“”\"]*(?<![.!?])$")
RECORD_FIELD_MAX_CHARS = 160
# The key that opens a metadata field as feeds and exports print it, in any case, perhaps with its namespace and a
# word or two before it, or two words joined by a slash ("pubDate: …", "dc:creator: …", "channel title: …",
# "Load-Date: …", "content:encoded:", "Artist/Maker: …").
METADATA_KEY = re.compile(r"^(?P<key>[A-Za-z][\w.-]*(?:/[A-Za-z][\w.-]*)?(?::[A-Za-z][\w-]*)?"
                          r"(?: [A-Za-z][\w.-]*){0,2}):(?=\s|$)")
# The tag that opens a field of a tagged bibliographic export (RIS): two capitals or a capital and a digit, two spaces
# and a hyphen ("TY  - JOUR", "A2  - Roe, Jane", "ER  -"); `metadata_field` reads it as the key "ris:" + the tag.
RECORD_TAG = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  -(?= |$)")
RECORD_TAG_NAMESPACE = "ris"
METADATA_FIELDS_FILE = RESOURCES_DIR / "field_labels.csv"
# A label of one letter, an interview's question or answer ("Q: …", "A: …"), which no record's field has.
INTERVIEW_LABEL = re.compile(r"^[A-Z]: ")
# The label of a field that holds a record's own text, not data about it: "Headline: …", "Caption: …", "Notes: …".
TEXT_FIELD_LABEL = re.compile(r"^(?i:headline|title|caption|summary|abstract|description|notes?|text)\b")
# A line opened by a field's label, perhaps with an aside, whatever its value: "Summary: The vote was close.",
# "Word count (without notes): 1,200".
LABELLED_LINE = re.compile(r"^[A-Z][\w.’'-]*(?: [\w.’'-]+){0,3}(?: \([^()]{1,60}\))?: +\S")
# A break between two sentences: a closing mark, then a capital or an opening quote ("… again. Diplomats …"), not a
# full stop of an abbreviation before a lower-case word ("a U.N. plan").
SENTENCE_OPENING_BREAK = re.compile(r"(?<=[.!?])\s+(?=[“\"‘]?[A-Z])")
# A chart's or table's source line under its title: "Source: harbour office logbooks".
SOURCE_LINE = re.compile(r"^(?:Sources?|Data|Notes?): \S")
# An entry of a table of contents with its dot leaders and page number: "2. What went wrong ........ 3".
CONTENTS_ENTRY = re.compile(r"\S.*?(?:\.\s?){4,}\s*\d{1,3}$")
# A chapter of a recording: its time and title ("04:12 The last crossing"), not a zone or am/pm.
CHAPTER_MARKER = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?!(?:[ap]\.?m\b|GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|"
                            r"PST|PDT|MSK)\b)[^\W\d_].{0,80}$", re.IGNORECASE)
# The number that opens a list item or a table of contents' entry: "3 Aftermath", "4. Notes".
LIST_NUMBER = re.compile(r"^(\d{1,2})\.?\s+\S")
# A salutation that opens a letter or a speech: "Sir,", "Dear Editor,", "Madam Speaker,".
SALUTATION_MAX_WORDS = 4
# A formal salutation that lists its addressees, each capitalised, closed by a colon ("Chair Roe, Ranking Member Doe,
# and Members of the Committee:").
ADDRESSEES = re.compile(r"^[A-Z][\w.’'-]*(?: [\w.’'-]+){0,4}(?:, (?:and )?[A-Z][\w.’'-]*(?: [\w.’'-]+){0,4}){1,4}:$")
ADDRESSEES_MAX_WORDS = 16

# Curly quotes and dashes with their plain forms, for comparing titles (six `str.replace` calls are many times faster
# than one `str.translate` by a table).
_PLAIN_MARKS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


WORD = re.compile(r"[\w’'-]+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    """True when `text`, trailing whitespace left out, ends with a mark of `SENTENCE_END`."""
    stripped = text.rstrip()
    return SENTENCE_END.search(stripped, len(stripped) - 1) is not None  # its one character can only be the last


def addresses_reader(text: str) -> bool:
    """True when the text, outside quotation marks, speaks to the reader ("your inbox") or calls to action in the
    site's voice ("Get the best of our reporting")."""
    unquoted = QUOTED.sub(" ", text)
    return READER_ADDRESS.search(unquoted) is not None or (
        CALL_TO_ACTION.match(unquoted) is not None and SITE_VOICE.search(unquoted) is not None)


def is_reader_prompt(text: str) -> bool:
    """True for a finished line that speaks to the reader about the page, the site or how to reach it ("Tell us what
    you think of this story.", "Are you a teacher? Write to our desk.", "… or tweet your view to @example"). A "you"
    with none of these is the other speaker of an interview or everyone ("You get what you pay for."), and a
    sentence of thanks closes a speech or an interview."""
    unquoted = QUOTED.sub(" ", text)
    about_the_page = (SITE_VOICE.search(unquoted) is not None or LINK_TARGET.search(unquoted) is not None
                      or has_address(text) or INLINE_HANDLE.search(text) is not None)
    return ends_sentence(text) and addresses_reader(text) and about_the_page and THANKS.match(text) is None


def closes_with_valediction(text: str) -> bool:
    """True when the last sentence of the text is a closing formula, as a letter or a newsletter ends before the
    writer's name ("That is all for this week. See you on Friday."): the whole sentence, and a short one (a list of
    further things thanked for after the first aside)."""
    last = SENTENCE_BREAK.split(QUOTED.sub(" ", text).strip())[-1]
    formula = THANKS_LIST_ITEM.sub("", last) if THANKS_OPENING.match(last) else last
    return len(words(formula)) <= VALEDICTION_MAX_WORDS and VALEDICTION.match(last) is not None


def is_sentence_like(text: str) -> bool:
    """True for article prose: a long block, a finished sentence of several words, or a long bulleted point; a note
    in square brackets is none."""
    return not is_bracketed_note(text) and (
        len(text) > PROSE_MIN_CHARS or (ends_sentence(text) and len(words(text)) >= SENTENCE_MIN_WORDS)
        or is_bullet_point(text))


def is_bracketed_note(text: str) -> bool:
    """True for a block wholly in square brackets, a stage or editorial note ("[The Speaker in the Chair]")."""
    return BRACKETED_NOTE.match(text) is not None


def is_set_apart(text: str) -> bool:
    """True for a block wholly in square or round brackets: a note the editor or the transcriber sets apart from the
    text ("[Transcript ends.]", "(This interview has been shortened.)")."""
    return is_bracketed_note(text) or PARENTHESISED.match(text) is not None


def finishes_sentence(text: str) -> bool:
    """True when the text ends a sentence of its own: not a block wholly in brackets, nor a line whose only closing
    mark is an aside in brackets with no sentence in it ("jr/dm (Example Wire)")."""
    return not is_set_apart(text) and ends_sentence(FINAL_ASIDE.sub("", text))


def without_edit_link(text: str) -> str:
    """The text without a wiki's edit link after it ("Notes[edit]" → "Notes")."""
    return EDIT_LINK.sub("", text) if "[edit]" in text else text


def is_call_to_action(text: str) -> bool:
    """True for a short link that tells the reader what to do with the page or a file ("Listen to this story",
    "Download PDF (248 KB)", "Buy this book from our shop (£20)", "Listen on your app"), or a link to a document with
    its type."""
    return len(text) <= SHORT_LINE_CHARS and (FILE_LINK.search(text) is not None or (
        CALL_TO_ACTION.match(text) is not None and (LINK_TARGET.search(text) is not None or SITE_VOICE.search(text)
                                                    is not None or READER_ADDRESS.search(text) is not None)))


@lru_cache(maxsize=BLOCK_TESTS_CACHED)
def is_navigation(text: str) -> bool:
    """True for a flattened menu, breadcrumb or share bar: two or more short unpunctuated items; a part's heading
    with its title after a middle dot ("Stop 4 · The harbour", `is_part_heading`) is none."""
    if "\n" in text or len(text) > NAV_MAX_CHARS or is_part_heading(text):
        return False
    if not any(string in text for string in NAV_SEPARATOR_STRINGS):
        return False  # no separator: one item
    items = [item.strip() for item in NAV_SEPARATOR.split(text) if item.strip()]
    return len(items) >= 2 and all(len(words(item)) <= NAV_ITEM_MAX_WORDS and not re.search(r"[.!?]$", item)
                                   for item in items)


@lru_cache(maxsize=BLOCK_TESTS_CACHED)
def is_date_line(text: str) -> bool:
    """True for a line that is only a date or time, with at most a word or two beside it."""
    if len(text) > DATE_LINE_MAX_CHARS or DIGIT.search(text) is None or not (DATE.search(text) or TIME.search(text)):
        return False
    rest = DATE_LINE_WORDS.sub(" ", TIME.sub(" ", DATE.sub(" ", text)))
    return len(words(rest)) <= DATE_LINE_MAX_OTHER_WORDS


# A message of a chat export or a log: a stamp in square brackets, the sender's name or user name and a colon, then the
# message ("[3/5/2016, 09:14] Jane Roe: On my way", "[09:14] jroe_42: ok").
STAMPED_MESSAGE = re.compile(r"^\[(?P<stamp>[^\[\]\n]{3,30})\]\s*(?P<who>[^:\n]{2,40}?):\s+\S")


def is_stamped_message(text: str) -> bool:
    """True for a message of a chat export or a log under its stamp: a date or time in square brackets, the sender's
    name or user name and a colon, then the message, however short ("[3/5/2016, 09:14] Jane Roe: 👍"); the stamp and a
    word or two after it make no date line of the sender's."""
    match = STAMPED_MESSAGE.match(text)
    if match is None or DIGIT.search(match["stamp"]) is None:
        return False
    who = match["who"].strip()
    return ((DATE.search(match["stamp"]) is not None or TIME.search(match["stamp"]) is not None)
            and (is_person_name(who) or HANDLE.match(who) is not None or who.isupper() and is_person_name(who.title())))


def is_dateline_opening(text: str) -> bool:
    """True for a paragraph opening with a wire dateline ("CITY, date (Agency) –"), or the dateline alone on its line:
    article body. A short unfinished line with a few words after the dateline's dash is a credit or a label
    ("KESTWICK – Example Courier with wires", "WORLD – ANALYSIS"), not the story's opening."""
    match = DATELINE.match(text)
    return match is not None and (match.end() == len(text) or len(text) > SHORT_LINE_CHARS or ends_sentence(text))


def is_cue_timing(text: str) -> bool:
    """True for a subtitle cue's timing line ("00:01:02,500 --> 00:01:05,000"), perhaps with the cue's text under it
    in the same block."""
    return "-->" in text and CUE_TIMING.match(text) is not None  # the arrow: a cheap pre-test before the regex


def is_timecode(text: str) -> bool:
    """True for a line that is only a media timecode ("[00:14:30]"), perhaps with a note of a sound ("[00:14:30]
    [music]")."""
    return TIMECODE.match(text) is not None


def is_bare_time(text: str) -> bool:
    """True for a line that is only "MM:SS" or "HH:MM", or a bracketed "(HH.MM)", with no zone or am/pm: a timecode in
    a transcript."""
    return BARE_TIME.match(text) is not None


def is_page_stamp(text: str) -> bool:
    """True for a date line that says when the page was last edited or reviewed ("Page last reviewed: 3 May 2016")."""
    return is_date_line(text) and PAGE_STAMP.search(text) is not None


def is_post_age(text: str, *, above: str = "") -> bool:
    """True for a post's age in `DURATION`'s short units right under the poster's handle (`above`: "@jane_roe" or
    "jane_roe_42" over "2 hrs"), as threads and feeds print it, the handle after the name on a short line ("Jo Reyes
    @joreyes"), not closing a paragraph; no programme's or clip's running time stands under a handle."""
    return DURATION.match(text) is not None and (HANDLE.match(above) is not None or (
        len(above) <= SHORT_LINE_CHARS and POST_HANDLE.search(above) is not None))


def is_running_time(text: str, *, above: str = "", below: str = "") -> bool:
    """True for a video's or a programme's running time: with its source on the line (`RUNNING_TIME`), a length in
    short units alone (`DURATION`) not set between two paragraphs of prose (`above`, `below`: there it is a crosshead,
    "48 hrs", or a match report's minute), or a bare "MM:SS" under the video's credit (`above`, `VIDEO_LABEL`)."""
    return RUNNING_TIME.match(text) is not None or (
        DURATION.match(text) is not None and not (is_sentence_like(above) and is_sentence_like(below))) or (
        BARE_TIME.match(text) is not None and text[:1].isdigit() and VIDEO_LABEL.match(above) is not None
        and len(above) <= SHORT_LINE_CHARS)


def is_clock_stamp(text: str) -> bool:
    """True for a clock time alone on its line, with no zone or date ("0:05", "3.15 pm"); not "14:05 GMT"."""
    return CLOCK_STAMP.match(text) is not None


def is_time_stamp(text: str) -> bool:
    """True for a line that is only a time of day, as a live blog stamps its entries ("14:05 GMT")."""
    return is_date_line(text) and TIME.search(text) is not None and DATE.search(text) is None


def is_entry_stamp(text: str) -> bool:
    """True for a live-blog entry's clock time alone ("14:05 GMT", "9.12am"), not an "Updated" note or "2h ago"."""
    return is_time_stamp(text) and CLOCK.search(text) is not None and UPDATE_NOTE.match(text) is None


def is_update_note(text: str) -> bool:
    """True for a date line that says when an entry was updated ("Updated at 18:45 GMT")."""
    return is_date_line(text) and UPDATE_NOTE.match(text) is not None


def is_speaker_turn(text: str) -> bool:
    """True for a transcript turn opened by a speaker label in capitals ("JANE ROE: …")."""
    return ": " in text and SPEAKER_TURN.match(text) is not None  # the label's colon and space, cheaply first


def is_broadcast_turn(text: str) -> bool:
    """True for a broadcast transcript's turn or label with a stage note or a caption ("CORRESPONDENT (voice-over):
    …", "JANE ROE, Example Institute:")."""
    return BROADCAST_TURN.match(text) is not None


def is_turn(text: str) -> bool:
    """True for a transcript turn, plain or broadcast."""
    return is_speaker_turn(text) or is_broadcast_turn(text)


def is_bullet_point(text: str) -> bool:
    """True for a bulleted point of a summary long enough to be the author's prose ("• Rebels entered …")."""
    return BULLET.match(text) is not None and len(words(text)) >= BULLET_PROSE_MIN_WORDS


def is_numbered_heading(text: str) -> bool:
    """True for a short numbered crosshead ("2. What changed"), not a finished sentence."""
    return is_numbered(text) and len(text) <= SHORT_LINE_CHARS and not ends_sentence(text)


def is_credit(text: str) -> bool:
    """True for a caption closed by a photo credit or labelled as a caption, or a credit line alone; a line with a
    telephone number is a contact, no credit."""
    return (search_gated(CREDIT_AT_END_GATED, text) or is_credit_line(text)
            or is_labelled_caption(text)) and not is_contact(text)


def is_credited_sentence(text: str) -> bool:
    """True for a finished sentence of several words with a short unfinished line after it, as a caption prints its
    credit ("Ferries wait at the quay on Tuesday. — Example Wire"); a caption only in a caption's place."""
    return _is_sentence_closed_by(CREDIT_AFTER_SENTENCE, text)


def is_copyrighted_sentence(text: str) -> bool:
    """True for finished sentences of several words closed by a copyright credit (`COPYRIGHT_AFTER_SENTENCE`): a
    caption where prose follows it, a footer where none does."""
    return "©" in text and _is_sentence_closed_by(COPYRIGHT_AFTER_SENTENCE, text)  # each match holds the sign


def _is_sentence_closed_by(credit: re.Pattern, text: str) -> bool:
    """True for a caption's length of text whose `credit` follows a sentence of several words."""
    match = credit.search(text)
    return (match is not None and len(text) <= CAPTION_MAX_CHARS
            and len(words(text[:match.start() + 1])) >= SENTENCE_MIN_WORDS)


def is_labelled_caption(text: str) -> bool:
    """True for a caption that opens with its label ("Image caption, …", "[Picture: …]", "LOWER THIRD: …")."""
    return CAPTION_LABEL.match(text) is not None


def is_credit_line(text: str) -> bool:
    return len(text) <= CREDIT_LINE_MAX_CHARS and CREDIT_LINE.match(text) is not None and not is_contact(text)


def is_contact(text: str) -> bool:
    """True for a line that gives a telephone number ("Picture desk: +44 20 0000 0000")."""
    return PHONE.search(text) is not None


def is_promotion(text: str) -> bool:
    """True for a prompt to the reader with web vocabulary ("Email us your view", "Share your story"), also in the
    site's voice with an address to write to ("Questions for our panel? Email panel@example.org")."""
    in_site_voice = SITE_VOICE.search(QUOTED.sub(" ", text)) is not None and has_address(text)
    return (addresses_reader(text) or in_site_voice) and CHROME_WORDS.search(text) is not None


@lru_cache(maxsize=BLOCK_TESTS_CACHED)
def is_chrome(text: str) -> bool:
    """True for a short line of page furniture: share, sign in, newsletter, search, menu…, a call to action or a
    telephone number.

    With one chrome word, the line must open with it or be very short, and a finished sentence must be
    very short, so "The search for a settlement" or "He posted the video on Twitter." stay prose.
    """
    if len(text) > SHORT_LINE_CHARS:
        return False
    if is_call_to_action(text) or is_contact(text):
        return True
    hits = list(CHROME_WORDS.finditer(text))
    n_words = len(words(text))
    if len(hits) != 1:
        return len(hits) >= 2
    return ((hits[0].start() == 0 or n_words <= CHROME_MAX_WORDS_IN_LABEL)
            and (not ends_sentence(text) or n_words <= CHROME_MAX_WORDS_IN_SENTENCE))


def is_comment_meta(text: str) -> bool:
    """True for the buttons and counts under a reader comment ("Reply | Report | 12 likes", "Reply · Share · 8
    upvotes", "♡ 12   Reply")."""
    if len(text) > COMMENT_META_MAX_CHARS:
        return False
    items = [item.strip() for item in NAV_SEPARATOR.split(text.strip()) if item.strip()]
    buttons = [item for item in items if COMMENT_BUTTON.match(without_icons(item))
               or (has_icon(item) and ICON_COUNT.match(without_icons(item)))]
    return bool(buttons) and all(item in buttons or SHARE_BUTTON.match(item) for item in items)


def is_copyright(text: str) -> bool:
    """True for a copyright notice ("© 2024 Example Media · Privacy"), which opens the page's footer."""
    return COPYRIGHT.search(text) is not None


# A comment signed after its words, as question-and-answer sites print the comments under a post (Stack Exchange's
# help centre, "How do comments work?": the comment's text, a dash, the commenter's user name and the time, with the
# comment's score before it): "… the fourth paragraph. – jroe Sep 17, 2013 at 10:44", "Source? – Jane Roe 1 year ago".
# The comment's words end in a sentence's closing mark before the dash, unlike a headline in a list of headlines over
# its outlet and age ("Jets strike the north – Example News 1 day ago"), and the user name has no comma before the
# time, unlike an epigraph's or a letter's "— Jane Roe, 2014".
SIGNED_COMMENT = re.compile(rf"[.?!)]\s+[–—-]\s+(?:[^\s,.!?]+ ){{1,4}}(?:{_MONTH} \d{{1,2}}(?:, \d{{4}})? at \d{{1,2}}:\d\d"
                            r"|\d+ (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) ago)$", re.IGNORECASE)
# The stamp a question-and-answer site prints over the card of a post's asker, answerer or editor ("asked Sep 16,
# 2013 at 8:52", "answered 3 years ago", "edited 1 year ago"), over their user name.
POST_STAMP = re.compile(rf"^(?:asked|answered|edited|modified) (?:{_FULL_DATE}|{_MONTH} \d{{1,2}})?"
                        r"(?:(?:^|\s)(?:at )?\d{1,2}:\d\d|\s*\d+ (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) ago)?$", re.IGNORECASE)


def is_signed_comment(text: str) -> bool:
    """True for a comment signed after its words by its commenter's user name and time (`SIGNED_COMMENT`)."""
    return SIGNED_COMMENT.search(text) is not None


def is_post_stamp(text: str) -> bool:
    """True for a question-and-answer site's stamp over a user's card (`POST_STAMP`): a verb of posting and a time."""
    return len(text) <= DATE_LINE_MAX_CHARS and POST_STAMP.match(text) is not None and bool(
        DATE.search(text) or TIME.search(text))


# The longest line a rating with a review's title after its stars is read in.
REVIEW_RATING_MAX_CHARS = 160
# What marks a rating as a reader's, beside it: a count of the reader's own reviews, ratings or followers, or a button
# to follow them, between their name and the rating ("230 ratings | 41 friends", "Follow"), and the votes under a
# review ("12 people found this helpful"), as review sites print them around each reader's review.
REVIEWER_COUNT = re.compile(r"^\d[\d,.]*k? (?:reviews?|ratings?|followers?|friends?|books?|helpful votes?|"
                            r"contributions?)\b", re.IGNORECASE)
REVIEWER_BUTTON = re.compile(r"^(?:follow|add friend|unfollow)$", re.IGNORECASE)
REVIEW_VOTES = re.compile(r"\bfound this (?:review )?(?:helpful|useful)\b", re.IGNORECASE)
# A field line of a media advisory or an agency's planning diary, its label in capitals from the layout they keep for
# each event (WHO:, WHAT:, WHEN:, WHERE:, then COVERAGE:, PHOTO:, VIDEO:, CONTACT:): "WHERE: Town Hall, Room 2".
DIARY_FIELD = re.compile(r"^(?:WHO|WHAT|WHEN|WHERE|WHY|COVERAGE|PHOTOS?|VIDEOS?|PICTURES?|AUDIO|CONTACTS?):\s+\S")
# A post's vote count alone on its line, as question-and-answer sites print it beside each post ("12 votes").
POST_VOTES = re.compile(r"^\d[\d,.]*k? votes?$")
# The prompt Stack Exchange's question pages print under the last answer, naming the question's tags.
QA_PROMPT = re.compile(r"^Not the answer you['’]re looking for\? Browse other questions tagged\b")


def review_rating(text: str) -> re.Match | None:
    """Return the match of one reader's rating heading their review (`REVIEW_RATING`; its `title` group holds the
    review's title where the stars have one after them), or None."""
    return REVIEW_RATING.match(text) if len(text) <= REVIEW_RATING_MAX_CHARS else None


def is_reviewer_line(text: str) -> bool:
    """True for a count of a reader's reviews or followers, or a button to follow them (`REVIEWER_COUNT`,
    `REVIEWER_BUTTON`), as a review site prints between a reader's name and their rating."""
    return REVIEWER_COUNT.match(text) is not None or REVIEWER_BUTTON.match(text) is not None


def is_comment_head(text: str) -> bool:
    """True for a commenter's name or user name and the time of the comment on one line ("jroe_42 · 3 yr. ago",
    "Jane R.   Dec 11"), perhaps with a one-word badge after them ("Jane Roe   Dec 11   Author")."""
    if not any(string in text for string in NAV_SEPARATOR_STRINGS):
        return False
    items = [item.strip() for item in NAV_SEPARATOR.split(text) if item.strip()]
    badge = len(items) == 3 and len(words(items[2])) == 1 and items[2][:1].isupper() and not is_date_line(items[2])
    return ((len(items) == 2 or badge) and (is_date_line(items[1]) or DAY_MONTH.match(items[1]) is not None)
            and not is_date_line(items[0]) and is_name_line(items[0]))


def is_thread_note(text: str) -> bool:
    """True for the site's note on its comment thread: a line about the comments, posts or replies with their count
    or in the site's voice ("See all 41 comments", "We remove posts that break our rules.")."""
    unquoted = QUOTED.sub(" ", text)
    return THREAD_WORD.search(unquoted) is not None and (
        re.search(r"\d", unquoted) is not None or SITE_WE.search(unquoted) is not None)


def _is_icon(char: str) -> bool:
    return (not char.isascii() and char not in LIST_MARKS and char not in LEGAL_MARKS
            and unicodedata.category(char) in ICON_CATEGORIES)


def has_icon(text: str) -> bool:
    """True when the text opens with an icon's glyph ("▶ Play", "← Back"); a list's bullet or check mark, a legal
    mark ("© Jane Roe") and an ASCII symbol ("+44 …") are none, and so is a glyph after the words (a name's emoji, a
    trend's arrow)."""
    text = text.strip()
    return bool(text) and BULLET.match(text) is None and _is_icon(text[0])


def without_icons(text: str) -> str:
    """The text without the icons' glyphs (and their spaces) before and after it ("🔊 Listen" → "Listen")."""
    start, end = 0, len(text)
    while start < end and (_is_icon(text[start]) or unicodedata.category(text[start]) in ICON_JOINERS):
        start += 1
    while end > start and (_is_icon(text[end - 1]) or unicodedata.category(text[end - 1]) in ICON_JOINERS):
        end -= 1
    return text[start:end]


def is_control(text: str) -> bool:
    """True for a button or a link drawn with an icon before it: an icon and a short unfinished label ("▶ View the
    gallery", "🔈 Hear the story"), or items split by bars ("← Previous: Part 2 | Next: Part 4 →"); also a
    text-size picker ("A A A", "A- A+")."""
    if TEXT_SIZE_PICKER.match(text):
        return True
    if len(text) > NAV_MAX_CHARS or not has_icon(text):
        return False
    label = without_icons(text)
    return (bool(label) and not re.search(r"[.!?]$", label)
            and (len(words(label)) <= CONTROL_MAX_WORDS or BAR_SEPARATOR.search(label) is not None))


def is_contents_entry(text: str) -> bool:
    """True for an entry of a table of contents with dot leaders and a page number ("2. What went wrong ..... 3")."""
    return len(text) <= SHORT_LINE_CHARS and CONTENTS_ENTRY.match(text) is not None


def is_name_line(text: str) -> bool:
    """True for a short line that can be a person's or a commenter's name (no sentence, no separator; the full stop
    of a final initial, "Jane R.", ends none)."""
    if len(text) > NAME_LINE_MAX_CHARS and not text.endswith((":", ":\n")):
        return False  # too long, and no "says:" (`SAYS`) to take off: a paragraph, read no further
    text = SAYS.sub("", text)
    return (len(text) <= NAME_LINE_MAX_CHARS and 1 <= len(text.split()) <= NAME_LINE_MAX_WORDS
            and not ends_sentence(FINAL_INITIAL.sub("", text)) and not is_navigation(text))


def is_person_name(text: str) -> bool:
    """True for a line shaped like a person's name: two to four capitalised words split by single spaces, no digits,
    not all capitals."""
    if len(text) > NAME_LINE_MAX_CHARS:
        return False
    tokens = text.split()
    low, high = PERSON_NAME_WORDS
    return (low <= len(tokens) <= high and not text.isupper()
            and " ".join(tokens) == text and DIGIT.search(text) is None
            and tokens[0][:1].isupper() and any(c.isupper() for c in tokens[-1])
            and all(NAME_WORD.match(t) for t in tokens))


def is_author_list(text: str, *, marked: bool = False) -> bool:
    """True for a line of authors' names with the marks of their affiliations ("Jane Roe¹ · John Doe²"), or (unless
    `marked`) of two or more names without marks ("Jane Roe, John Doe and Ann Lee"); a salutation ("Madam Speaker,")
    is none."""
    if len(text) > HEADLINE_MAX_CHARS or text.endswith(","):
        return False
    items = [item.strip() for item in AUTHOR_SEPARATOR.split(text) if item.strip()]
    if (marked or len(items) < 2) and not any(_may_end_marked(item) and AUTHOR_MARK.search(item) for item in items):
        return False
    return all(is_person_name(AUTHOR_MARK.sub("", item).strip()) for item in items)


def _may_end_marked(item: str) -> bool:
    """False where `AUTHOR_MARK` cannot match `item`: its last character (before a final newline, where `$` matches
    too) is no digit, none of `AUTHOR_MARK_ENDS` and no letter mark after a space."""
    last = item[-1:]
    return (last in AUTHOR_MARK_ENDS or last.isdecimal() or last == "\n"
            or (last in AUTHOR_LETTER_MARKS and item[-2:-1].isspace()))


def _names_only(text: str) -> bool:
    """True when `text`, without its brackets, dates and mail addresses (`MAILBOX_ADDRESS`), is one or more persons'
    names or user names."""
    text = FULL_DATE.sub(" ", re.sub(r"\([^()]*\)", " ", MAILBOX_ADDRESS.sub(" ", text) if "@" in text else text))
    items = [item.strip(" ,;") for item in AUTHOR_SEPARATOR.split(text) if item.strip(" ,;")]
    return bool(items) and all(is_person_name(item) or HANDLE.match(item) for item in items)


def is_signatories(text: str) -> bool:
    """True for the names that sign a text together, joined by "and" or "&" ("Jane Roe and John Doe"), or for one name
    with the signer's role after a comma ("Jane Roe, senior analyst, Kestwick desk"): an unfinished line."""
    if len(text) > CREDIT_MAX_CHARS or ends_sentence(text):
        return False
    names, _, role = text.partition(", ")
    if role:
        return is_person_name(names) and ROLE_NOUN.search(role) is not None
    return re.search(r" (?:and|&) ", names) is not None and _names_only(names)


def is_names_line(text: str) -> bool:
    """True for a byline of several credits in one unfinished line: names with the place each reports from ("Jane
    Roe in Kyiv and John Doe in Moscow"), credits split by semicolons ("Photographs by Jane Roe; words by John Doe"),
    or a newsroom with the agencies it draws on ("Example News with agencies")."""
    if len(text) > CREDIT_MAX_CHARS or ends_sentence(text):
        return False
    items = [item.strip() for item in CREDIT_ITEM_SEPARATOR.split(text) if item.strip()]
    return (len(items) >= 2 and all(map(_is_credited_name, items))) or (
        len(items) == 1 and _is_newsroom_with_agencies(items[0]))


def _is_credited_name(item: str) -> bool:
    """True for a name with the place it reports from, a credit ("words by Jane Roe") or a newsroom with agencies."""
    name, _, place = item.partition(" in ")
    return ((is_person_name(name) and (not place or is_place_line(place)))
            or is_by_credit(item[:1].upper() + item[1:]) or _is_newsroom_with_agencies(item))


def _is_newsroom_with_agencies(item: str) -> bool:
    return AGENCIES.search(item) is not None and is_person_name(AGENCIES.sub("", item))


def is_handle(text: str) -> bool:
    """True for a user's handle alone on its line, after an @ ("@jane_roe")."""
    return text.startswith("@") and HANDLE.match(text) is not None


def is_thread_post(text: str) -> bool:
    """True for a post of a social-media thread that gives its place in the thread ("2/5 The boats …")."""
    return THREAD_COUNTER.search(text) is not None


def is_by_credit(text: str) -> bool:
    """True for an unfinished line that credits persons with the page ("Live coverage by Jane Roe (now) and John Doe
    (earlier)", "Prepared by Jane Roe and John Doe", "Started by jroe_42, 9 March 2022"), or that gives the person's
    role after a comma, perhaps closed by a full stop: a role noun ("Answers by Jane Roe, senior lecturer in …") or,
    after a word that credits a text or a speech (`TEXT_CREDIT_WORD`), a title in capitals, as an entry of a list of
    people gives it ("Answered by Jane Roe, Minister of State for Ports", `is_person_entry`); a verb of meeting or
    support before the name and a title ("Greeted by John Doe, President of …") is news."""
    if len(text) > CREDIT_MAX_CHARS:
        return False
    match = BY_CREDIT.match(text.removesuffix("."))
    if match is None or re.search(r"[.!?]$", match["who"]):
        return False
    names, _, role = match["who"].partition(", ")
    credit_word = text[:match.start("who")].removesuffix(" by ").rpartition(" ")[2]
    credits_text = TEXT_CREDIT_WORD.match(credit_word) is not None
    with_role = _names_only(names) and (ROLE_NOUN.search(role) is not None
                                        or (credits_text and role[:1].isupper() and is_person_entry(match["who"])))
    return with_role or (_names_only(match["who"]) and not text.endswith("."))


def is_label_credit(text: str) -> bool:
    """True for credits given as a label and names ("Rapporteur: Jane Roe", "For the council: Jane Roe"), also several
    in a line, beside the programme's name and date ("The Evening Hour, 3 May 2016. Presenter: Jane Roe. Reporters:
    John Doe (Kyiv)."); under a label that names the people's part (`PERSON_CREDIT_LABEL`) each name may have its role
    after a comma ("Answered by: Jane Roe, Minister for Ports", "Panel: Jane Roe, historian; Dr. John Doe, envoy")."""
    if len(text) > CREDIT_MAX_CHARS or ": " not in text:  # every credit holds its label's ": "
        return False
    parts = CREDIT_PART_BREAK.split(text)
    credits = [part for part in parts if (match := LABEL_CREDIT.match(part)) and (
        (letter := LETTER_AFTER_LABEL.match(part)) is None or PERSON_CREDIT_LABEL.match(letter["label"])
        or ROLE_NOUN.fullmatch(letter["label"])) and (
        _names_only(match["who"]) or (PERSON_CREDIT_LABEL.match(part[:part.index(":")]) is not None and all(
            _names_only(item) or is_person_entry(item) for item in match["who"].split("; "))))]
    return bool(credits) and all(part in credits or FULL_DATE.search(part) for part in parts)


def is_page_number(text: str, *, bare: bool = False) -> bool:
    """True for a page number alone, as a PDF copied to text keeps it between pages ("12", "Page 3 of 20"), or a
    running head that ends in the page's count ("Annual Review 2023 | 4 of 12"); with `bare`, a number with nothing
    beside it. Whitespace around the line is no part of it ("Page 3 " is a page number, as for `is_part_heading`)."""
    text = text.strip()
    if bare:
        return text.isdigit() and PAGE_NUMBER.match(text) is not None
    return PAGE_NUMBER.match(text) is not None or (  # the count's words and its last digit, cheaply first
        (" of " in text or " OF " in text) and text[-1:].isdecimal() and PAGE_COUNT.match(text) is not None)


def is_back_matter(text: str) -> bool:
    """True for a heading of the back matter after an article ("Notes to editors", "Media contacts", "About the
    Example Institute"), or an "About" box run into its paragraph ("About Example Library: …")."""
    return ((len(text) <= SHORT_LINE_CHARS and BACK_MATTER_HEADING.match(text) is not None) or is_practical_box(text)
            or ABOUT_BOX.match(text) is not None and (len(text) <= SHORT_LINE_CHARS or ":" in text[:SHORT_LINE_CHARS]))


def is_practical_box(text: str) -> bool:
    """True for the heading of an event's or a product's practical box ("Practical information", "Accessibility",
    "Credits", "Product details"), which a crosshead may also be."""
    return len(text) <= SHORT_LINE_CHARS and PRACTICAL_BOX_HEADING.match(text) is not None


def is_field_line(text: str) -> bool:
    """True for a form's field on its own line: a short label, a colon and a value that is no sentence ("Held at:
    Town Hall, Room 2", "REF: B. 0419")."""
    return len(text) <= FIELD_LINE_MAX_CHARS and FIELD_LINE.match(text) is not None


# What a label needs besides, in `field_labels.csv`'s `requires` column: nothing (empty), a page with a tagged
# export's tag (`tagged`: a database export's header, everyday words), or a value that reads as no sentence
# (`no-sentence`: "Degree: the extent of …").
FIELD_REQUIREMENTS = ("", "tagged", "no-sentence")


def read_field_labels(path: Path = METADATA_FIELDS_FILE) -> tuple[dict[str, str], dict[str, str]]:
    """Return the section of each metadata field's label in an editable labels file, by label in lower case, and what
    each label that needs something requires (see `FIELD_REQUIREMENTS`).

    Raises InputError naming each bad row: a label no field line can open with (empty, or not as `METADATA_KEY` reads
    a key: "pub date?"), an unknown section, an unknown requirement or a label given twice."""
    from analysis.corpus.sections import SECTIONS

    rows, problems = read_resource_table(path, columns=("label", "section", "requires", "note"))
    fields: dict[str, str] = {}
    requires: dict[str, str] = {}
    for line_no, row in rows:
        label = row["label"].casefold()
        key = METADATA_KEY.match(f"{label}: ")
        if key is None or key["key"] != label:
            problems.append(f"{path} line {line_no}: label '{row['label']}' is no field's key (letters, digits, '.', "
                            "'-', '/', one namespace colon, up to three words)")
        elif row["section"] not in SECTIONS:
            problems.append(f"{path} line {line_no}: unknown section '{row['section']}'")
        elif row["requires"] not in FIELD_REQUIREMENTS:
            problems.append(f"{path} line {line_no}: unknown requirement '{row['requires']}' (empty, "
                            + ", ".join(f"'{value}'" for value in FIELD_REQUIREMENTS if value) + ")")
        elif label in fields:
            problems.append(f"{path} line {line_no}: label '{row['label']}' given twice")
        else:
            fields[label] = row["section"]
            if row["requires"]:
                requires[label] = row["requires"]
    if problems:
        raise InputError(problems)
    return fields, requires


def read_metadata_fields(path: Path = METADATA_FIELDS_FILE) -> dict[str, str]:
    """Return the section of each metadata field's label in an editable labels file, by label in lower case (see
    `read_field_labels`, which raises InputError naming each bad row)."""
    return read_field_labels(path)[0]


@resource_loader()
def metadata_fields() -> dict[str, str]:
    """Return the labels of `resources/field_labels.csv` with their sections (see `read_field_labels`)."""
    return read_metadata_fields()


@resource_loader()
def field_requirements() -> dict[str, str]:
    """Return what each label of `resources/field_labels.csv` that needs something requires, `tagged` or
    `no-sentence` (see `FIELD_REQUIREMENTS`)."""
    return read_field_labels()[1]


def _without_plurals(label: str) -> str:
    return " ".join(word.removesuffix("s") for word in label.split(" "))


@resource_loader()
def compound_field_labels() -> dict[str, str]:
    """Return the labels of several words in `resources/field_labels.csv` by their words without a plural's "s"
    ("materials and techniques" under "material and technique")."""
    return {_without_plurals(label): label for label in metadata_fields() if " " in label}


def metadata_field(text: str) -> tuple[str, str, str] | None:
    """Return the label of a metadata field that opens `text`, in lower case, with the section it gives its line
    ("pubDate: Sat, 3 May 2014" → boilerplate, "dc:creator: Jane Roe" → byline) and the value after it (empty for a
    label alone); a compound key in lower case is read by its last word ("channel title" → title, "feed URL" → url),
    and a tagged export's tag by its namespaced key ("AB  - We code …" → "ris:ab", body); a label of several words
    matches with its words in the singular or the plural ("Material and techniques" → "materials and techniques").
    None for a line opened by no such label."""
    if tagged := RECORD_TAG.match(text):
        match, key = tagged, f"{RECORD_TAG_NAMESPACE}:{tagged['tag'].casefold()}"
    elif ":" in text and (match := METADATA_KEY.match(text)):  # the key's colon, cheaply first
        key = match["key"].casefold()
    else:
        return None
    fields = metadata_fields()
    if key not in fields and not tagged:
        key = compound_field_labels().get(_without_plurals(key), key)
    if key not in fields and not tagged and match["key"][:1].islower():
        key = key.rsplit(" ", 1)[-1]
    return (key, fields[key], text[match.end():].strip()) if key in fields else None


def is_record_field(text: str) -> bool:
    """True for a line of one or more record fields split by bars ("Location: Kestwick | Precision: 2"), none of them
    a field that holds the record's own text (its headline, caption or notes); a transcript's turn ("HOST: Even
    then") or an interview's question or answer under a one-letter label ("Q: And the base") is none."""
    return (len(text) <= RECORD_FIELD_MAX_CHARS and ": " in text  # every field holds its label's ": "
            and TEXT_FIELD_LABEL.match(text) is None
            and INTERVIEW_LABEL.match(text) is None and not is_turn(text)
            and all(RECORD_FIELD.match(part) for part in BAR_SEPARATOR.split(text)))


def is_labelled_line(text: str) -> bool:
    """True for a line opened by a short label and a colon, whatever follows ("Summary: The vote was close."); a
    transcript turn is none."""
    return ": " in text and LABELLED_LINE.match(text) is not None and not is_turn(text)  # the label's colon first


def says_one_sentence_after_label(text: str) -> bool:
    """True for a labelled line whose value is one finished sentence ("Kestwick: The council will keep the harbour
    open, a spokesman said.")."""
    match = LABELLED_LINE.match(text)
    value = text[match.end() - 1:] if match else text
    return finishes_sentence(value) and SENTENCE_OPENING_BREAK.search(value) is None


def may_be_person_entry(text: str) -> bool:
    """False where `PERSON_ENTRY` cannot match `text`: it holds none of `PERSON_ENTRY_SEPARATORS`."""
    return any(separator in text for separator in PERSON_ENTRY_SEPARATORS)


def is_person_entry(text: str) -> bool:
    """True for an entry of a list of people, unfinished: a person's name, then their role or affiliation after a
    comma or a dash ("Jane Roe, Professor of History, Example University", "Dr. John Doe – Military analyst"), not a
    name addressed and then spoken to (`SPOKEN_AFTER_NAME`: "Jane Roe, thanks for joining us")."""
    match = PERSON_ENTRY.match(text) if len(text) <= PERSON_ENTRY_MAX_CHARS and may_be_person_entry(text) else None
    return (match is not None and is_person_name(match["name"]) and UNFINISHED_ENTRY.search(text) is None
            and SENTENCE_OPENING_BREAK.search(text, match.end("name")) is None
            and SPOKEN_AFTER_NAME.search(text[match.end("name"):]) is None)


def is_signed_paragraph(text: str) -> bool:
    """True for a short letter signed at the end of its own paragraph: finished sentences, then the reader's name and
    town (`is_reader_signature`) run in after them ("The ferry will be back by spring. Ann Lee, Port Selby")."""
    match = RUN_IN_SIGNATURE.match(text)
    return (match is not None and is_reader_signature(match["signature"])
            and len(words(match["letter"])) >= SENTENCE_MIN_WORDS)


def is_desk_signed_paragraph(text: str) -> bool:
    """True for finished sentences of some length with the filing desk's or agency's initials after a dash
    (`DESK_SIGNED`): the story's last paragraph, signed."""
    match = DESK_SIGNED.match(text)
    return match is not None and len(words(match["text"])) >= SENTENCE_MIN_WORDS


def is_reader_signature(text: str) -> bool:
    """True for a reader's name, perhaps the first name alone, with their town after a comma, as letters pages and
    readers' questions sign ("Morag, Kestwick", "Ann Lee, Port Selby")."""
    name, _, place = text.partition(", ")
    tokens = name.split()
    return (0 < len(tokens) <= PERSON_NAME_WORDS[1] and bool(place) and not text.isupper()
            and tokens[0][:1].isupper() and all(NAME_WORD.match(token) for token in tokens)
            and is_place_line(place))


def is_part_heading(text: str) -> bool:
    """True for the heading of a numbered part ("PAGE TWO", "Chapter 7: The lease", "Stop 12 · The old harbour"), no
    sentence: `PART_HEADING`. Whitespace around the line is no part of it, as for `is_page_number`."""
    text = text.strip()
    return PART_HEADING.match(text) is not None and not re.search(r"[.!?]$", text)


def is_chapter_marker(text: str) -> bool:
    """True for a recording's chapter, its time and title on one line ("04:12 The last crossing"), no sentence."""
    return CHAPTER_MARKER.match(text) is not None and not re.search(r"[.!?]$", text)


def is_source_line(text: str) -> bool:
    """True for a short line that gives a chart's or table's source ("Source: harbour office logbooks")."""
    return len(text) <= CREDIT_LINE_MAX_CHARS and SOURCE_LINE.match(text) is not None


def continues_numbering(previous: str, text: str) -> bool:
    """True when `text` is numbered one more than `previous` ("3 Aftermath" after "2 The lease")."""
    before, after = LIST_NUMBER.match(previous), LIST_NUMBER.match(text)
    return before is not None and after is not None and int(after[1]) == int(before[1]) + 1


def is_same_item(text: str, item: str) -> bool:
    """True when `text` repeats a list's `item`, with the item's number or none ("Summary" or "1. Summary" under the
    contents entry "1 Summary"); a line under another number ("3 Summary") is another entry of the list."""
    numbers = [LIST_NUMBER.match(line) for line in (text, item)]
    if all(numbers) and int(numbers[0][1]) != int(numbers[1][1]):
        return False
    return normalise(without_list_number(text)) == normalise(without_list_number(item))


def without_list_number(text: str) -> str:
    """Return `text` without the number that opens it as a list item ("1. Summary" → "Summary"), or as the line
    number a court transcript prints in the margin at the start of a line (1 to 25 or so on each page, as court
    reporters number a transcript page's lines: "4 MS ROE: Yes, my Lord." → "MS ROE: Yes, my Lord.")."""
    number = LIST_NUMBER.match(text)
    return text[number.end() - 1:] if number else text


def is_salutation(text: str) -> bool:
    """True for a short capitalised line closed by a comma that opens a letter or a speech ("Madam Speaker,"), or a
    list of capitalised addressees closed by a colon ("Chair Roe, Ranking Member Doe, and Members of the Committee:")."""
    return (text.endswith(",") and text[:1].isupper() and len(words(text)) <= SALUTATION_MAX_WORDS
            and "," not in text[:-1]) or (ADDRESSEES.match(text) is not None
                                          and len(words(text)) <= ADDRESSEES_MAX_WORDS)


def is_dated_place(text: str) -> bool:
    """True for places and a date after a comma, as a dispatch or a letter closes ("Kestwick and Port Selby, 2–3 May
    2016")."""
    if len(text) > NAME_LINE_MAX_CHARS * 2:
        return False
    place, _, date = text.rpartition(", ")
    if DIGIT.search(date) is None or FULL_DATE.search(date) is None or not is_date_line(date):
        return False
    places = [part for part in re.split(r" (?:and|&) ", place) if part]
    return bool(places) and all(is_place_line(part) for part in places)


def is_rule_line(text: str) -> bool:
    """True for a line with no letter or digit: a drawn rule, an ornament or a signature's separator ("_____",
    "* * *")."""
    return not any(char.isalnum() for char in text)


def is_user_name(text: str) -> bool:
    """True for a line that can be a member's user name: a handle, one word of mixed case ("OldHarbourHand") or a
    person's name."""
    return (HANDLE.match(text) is not None or is_person_name(text)
            or (USER_WORD.match(text) is not None and not text.isupper()))


def is_profile_field(text: str) -> bool:
    """True for a field of a member's profile with a figure or a date in its value ("Joined: May 2012", "Posts:
    1,204")."""
    return is_field_line(text) and re.search(r"\d", text.partition(":")[2]) is not None


def is_credit_bar(text: str) -> bool:
    """True for credits side by side with dates or dated fields, places or other names, split by bars or dots ("By Jane
    Roe | Graphics by John Doe", "Lead analyst: Jane Roe, Europe desk | Reviewed by: John Doe | Next update: May 2024",
    "Started by Jane Roe · Kestwick, Northshire · 4 March 2014")."""
    if len(text) > CREDIT_MAX_CHARS:
        return False
    items = [item.strip() for item in BAR_SEPARATOR.split(text) if item.strip()]
    if len(items) < 2:
        return False
    credits = [item for item in items if _is_credit_item(item)]
    made_by = any((BY.match(item) or is_by_credit(item)) and POSTER.search(item) is None for item in credits)
    return bool(credits) and all(
        item in credits or is_date_line(item) or (is_field_line(item) and DATE.search(item))
        or (":" not in item and (is_place_line(item) or _names_only(item)))
        or (made_by and _is_bar_metadata(item)) for item in items)


def _is_bar_metadata(item: str) -> bool:
    """True for an item of a document's metadata bar beside the credit of its maker (a user's handle after "by" heads a
    post, `is_post_meta`): a field, or a short unfinished
    line that opens with a capital or a figure ("Theme entry", "12 entries", "Revised for the 3rd edition", "Filed
    under: Harbours"); a phrase in lower case ("a quiet campaign for the ferry") or a sentence is the page's text, and a
    price ("Hardback €18.50") a shop's offer beside the credit of an edition ("Illustrated by Ann Lee")."""
    return (is_field_line(item) or (item[:1].isupper() or item[:1].isdigit())
            and len(words(item)) <= BAR_METADATA_MAX_WORDS and not ends_sentence(item)) and PRICE.search(item) is None


def _is_credit_item(item: str) -> bool:
    """True for one credit: "By NAME", "Graphics by NAME", "Label: NAME" (perhaps with the role after a comma)."""
    label = LABEL_CREDIT.match(item)
    by_name = BY.match(item) is not None and _names_only(BY.sub("", item))
    return by_name or is_by_credit(item) or (label is not None and re.match(rf"{NAME_RUN.pattern}(?:,|$)", label["who"])
                                              is not None and bool(person_names(label["who"].partition(",")[0]))
                                              ) or is_label_credit(item)


def is_post_meta(text: str) -> bool:
    """True for the line over or under a social post or a reader's note: its date or time beside an audience count, a
    handle or its writer ("Jane Roe · 12,400 followers · 3 May, 09:14", "Quoting Jane Roe @jroe · May 3, 2023", "Note by
    jane_roe · 3 May 2023 · Helpful 12"), or a full date with its clock time beside a person's name, as a marker's
    annotations and a board's notes are stamped ("#2 · p. 4 · Jane Roe · May 3, 2023, 9:14 AM"), or a full date alone
    beside a name alone, as a page stamps its updates or a results list its items ("3 May 2023 · Jane Roe"); the date
    item may run longer than the other items."""
    if "\n" in text or len(text) > NAV_MAX_CHARS:
        return False
    items = [item.strip() for item in BAR_SEPARATOR.split(text) if item.strip()]
    if len(items) < 2:
        return False
    dated = [item for item in items if is_date_line(item)]
    timed = any(DATE.search(item) and TIME.search(item) for item in dated)
    stamped = timed or (len(items) == 2 and any(FULL_DATE.search(item) for item in dated))
    counted = [item for item in items if AUDIENCE_COUNT.match(item) or POST_HANDLE.search(item)
               or POSTER.search(item) or (stamped and is_person_name(item) and not re.search(r"\d", item))]
    return bool(dated) and bool(counted) and all(
        len(words(item)) <= NAV_ITEM_MAX_WORDS for item in items if item not in dated)


def is_dated_meta_bar(text: str) -> bool:
    """True for a document's metadata bar: items split by middle dots or bullets (`DOT_SEPARATOR`), one of them a full
    date that a weekday, a clock time or a past participle of what befell the document on that day (`DATED_EVENT`)
    goes with, an item that is a date line (`is_date_line`: no sentence that names a date), as papers, minutes and bills
    head their text ("Meeting 7 · Tuesday 4 May 2016 · 10:00–12:30 · Town Hall", "Ref. HB/16/07 · Grouped reply ·
    Answered 4 May 2016", "Circulated Wed 4 May 2016 · Not for circulation outside the board."); a
    bare date beside a headline or a name ("Ferries resume · 7 May 2016") is a link list's item or a post's stamp
    (`is_post_meta`), and bars split by vertical bars are tables' rows."""
    if "\n" in text or len(text) > NAV_MAX_CHARS or not ("·" in text or "•" in text):
        return False
    items = [item.strip() for item in DOT_SEPARATOR.split(text) if item.strip()]
    return len(items) >= 2 and any((DATED_EVENT.search(item) or (FULL_DATE.search(item) and TIME.search(item)))
                                   and is_date_line(item) for item in items)


def is_affiliation(text: str) -> bool:
    """True for a numbered or starred affiliation line that names an institution ("¹ Department of Politics, …"); a
    part's number with a point in it ("1.2 The fleet – Jane Roe (Example Institute)", a programme's or a paper's
    numbering) marks no affiliation."""
    return AFFILIATION.match(text) is not None


def has_address(text: str) -> bool:
    """True for a text holding an email address or a link."""
    return ADDRESS.search(text) is not None


def is_end_marker(text: str) -> bool:
    """True for the line that closes a transcript or a wire story ("[END OF TRANSCRIPT]", "ENDS", "###")."""
    return END_MARKER.match(text) is not None


def is_place_line(text: str) -> bool:
    """True for a short line that can be a town, with its county or country ("Port Selby", "Kestwick, Northshire")."""
    if len(text) > NAME_LINE_MAX_CHARS:
        return False
    tokens = text.replace(",", " ").split()
    return (0 < len(tokens) <= PLACE_LINE_MAX_WORDS and not text.isupper()
            and not ends_sentence(text) and tokens[0][:1].isupper()
            and all((token[:1].isupper() and not any(c.isdigit() for c in token)) or PLACE_PARTICLE.match(token)
                    or POSTCODE_DISTRICT.match(token) for token in tokens))


def person_names(text: str) -> list[str]:
    """Return the runs of two to four capitalised words in `text` that are shaped like a person's name."""
    low, high = PERSON_NAME_WORDS
    runs = NAME_RUN.findall(AUTHOR_MARK_INSIDE.sub("", BY.sub("", text)))
    return [run for run in runs if low <= len(run.split()) <= high and is_person_name(run)]


def is_drop_cap(text: str, next_text: str) -> bool:
    """True for an initial letter set apart from the rest of its word ("W" over "hen the officers …")."""
    return len(text) == 1 and text.isupper() and next_text[:1].islower()


def is_numbered(text: str) -> bool:
    return NUMBERED_ITEM.match(text) is not None


def is_footnote(text: str) -> bool:
    """True for a note marked `[1]` or `¹`, or a numbered note that cites a year, a page or a link."""
    return FOOTNOTE_ITEM.match(text) is not None or (
        is_numbered(text) and len(text) <= CITATION_MAX_CHARS and NOTE_CITATION.search(text) is not None)


def is_bibliography_entry(text: str) -> bool:
    """True for an entry of a bibliography (`BIBLIOGRAPHY_ENTRY`) no longer than a citation ("Roe, J. (2019) The port.
    Kestwick: Example Press.", "Roe, Jane. The Port. Kestwick: Example Press, 2019."), also after a short label that
    grades it, as a syllabus's reading list does ("Essential: Roe, J. (2019) …", "Further reading: …")."""
    label = LABELLED_LINE.match(text) if ": " in text else None  # the label's colon and space, cheaply first
    entry = text[label.end() - 1:] if label else text
    return len(entry) <= CITATION_MAX_CHARS and BIBLIOGRAPHY_ENTRY.match(entry) is not None


def is_reference(text: str) -> bool:
    """True for a footnote or an entry of a reference list."""
    return is_footnote(text) or REFERENCE_ENTRY.match(text) is not None


def is_title_like(text: str) -> bool:
    """True for a possible headline: a short unfinished line of a few words, capitalised, not a label or menu."""
    if len(text) > HEADLINE_MAX_CHARS:  # the length first: most blocks asked are paragraphs, whose words cost more
        return False
    tokens = words(text)
    if len(tokens) < 3 or re.search(r"[.!]$", text) or text.isupper() or text[:1].islower():
        return False
    every_word_capitalised = all(token[:1].isupper() or not token[:1].isalpha() for token in tokens)
    return (len(tokens) >= 4 or not every_word_capitalised) and not is_navigation(text)


def normalise(text: str) -> str:
    """Lower case, plain quotes and dashes, single spaces, no final punctuation: for comparing titles."""
    text = unicodedata.normalize("NFKC", text)
    for mark, plain in _PLAIN_MARKS:
        text = text.replace(mark, plain)
    return " ".join(text.lower().split()).strip(" .!?:;")


@lru_cache(maxsize=64)
def _normalised_title(title: str) -> str:
    """`normalise(title)`, kept: a page's title is compared with many of its blocks."""
    return normalise(title)


def matches_title(text: str, title: str, *, shortened: bool = True) -> bool:
    """True when the block is the registry title, allowing for case, quotes, spacing, small edits, a site name
    after it, a kicker or the author's name before it ("Jane Roe | Title", "Analysis: Title"), a note in brackets on
    the document's kind after either, or a subtitle the block leaves out, also (where `shortened`, as the page's
    headline may be) the rest after a comma or after a kicker ("Article: Title" for "Title: revision history"); a
    line that repeats the headline lower down is asked without these, for a record's field ("Headline: Title") is
    the record's and a crosshead that is the title's first clause ("Who pays" in "Who pays, and why") the body's."""
    block, wanted = normalise(text), _normalised_title(title)
    if not block or not wanted:
        return False
    if block.endswith(")") or wanted.endswith(")"):
        # a note in brackets on the document's kind, after the title or the block ("(press kit)", "(transcript)")
        block, wanted = BRACKETED_END.sub("", block) or block, REGISTRY_NOTE_END.sub("", wanted) or wanted
    if len(block) > 2 * len(wanted):
        return False
    with_site_name = block.startswith(wanted) and TITLE_SEPARATOR.match(block[len(wanted):]) is not None
    with_kicker = (block.endswith(wanted) and len(block) > len(wanted)
                   and TITLE_SEPARATOR_AT_END.search(block[:-len(wanted)]) is not None)
    kicker = KICKER_BREAK.match(block) if shortened else None
    breaks = SUBTITLE_BREAK if shortened else TITLE_SEPARATOR
    return (block == wanted or with_site_name or _without_subtitle(block, wanted, breaks) or with_kicker
            or (kicker is not None and _without_subtitle(block[kicker.end():], wanted, breaks))
            or _similar(block, wanted))


def _without_subtitle(block: str, wanted: str, breaks: re.Pattern = SUBTITLE_BREAK) -> bool:
    """True when the (normalised) block is the title's head before its subtitle or the rest the registry adds after a
    comma (where `breaks` are `SUBTITLE_BREAK`), a good part of the title, allowing for small edits (a misread letter
    of a scanned page)."""
    if len(block) < TITLE_MIN_SHARE * len(wanted):
        return False
    if wanted.startswith(block):
        return breaks.match(wanted[len(block):]) is not None
    return any(_similar(block, wanted[:joint.start()]) for joint in breaks.finditer(wanted)
               if abs(joint.start() - len(block)) <= MISREAD_MAX_CHARS)


def _similar(block: str, wanted: str) -> bool:
    """True when `SequenceMatcher`'s ratio of the two (non-empty) texts is at least `TITLE_MIN_SIMILARITY`: its two
    cheap upper bounds are tested first (as `difflib.get_close_matches` does), as difflib computes them, before a
    matcher is made, so that most blocks skip the comparison: the one from the lengths alone (`real_quick_ratio`),
    then the one from the characters the two share (`quick_ratio`, with the wanted text's counts kept)."""
    length = len(block) + len(wanted)
    if 2.0 * min(len(block), len(wanted)) / length < TITLE_MIN_SIMILARITY:
        return False
    if 2.0 * sum((Counter(block) & _character_counts(wanted)).values()) / length < TITLE_MIN_SIMILARITY:
        return False
    return SequenceMatcher(None, block, wanted).ratio() >= TITLE_MIN_SIMILARITY


@lru_cache(maxsize=64)
def _character_counts(text: str) -> Counter:
    """The count of each character of `text`, kept: a page's title is compared with many of its blocks."""
    return Counter(text)


def heads_title(text: str, below: str, title: str) -> bool:
    """True when the block is the first words of the registry title and the block `below` goes on with the rest, up to
    the title's end or past it, as a title page sets a title over its subtitle ("THE QUAY" over "Ferries and the
    council, 2010–2020") or breaks a long title over two lines; the head alone is too short a part of the title for
    `matches_title`."""
    block, wanted = normalise(text), _normalised_title(title)
    if not block or len(block) >= len(wanted) or not wanted.startswith(block):
        return False
    joint = TITLE_BREAK.match(wanted, len(block))
    if joint is None:
        return False
    rest, next_block = wanted[joint.end():], normalise(below)
    return (min(len(rest), len(next_block)) >= TITLE_MIN_SHARE * len(rest)
            and (rest.startswith(next_block) or next_block.startswith(rest)))


def is_within_title(text: str, title: str) -> bool:
    """True when the block is a part of the registry title, word for word."""
    block = normalise(text)
    return bool(block) and block in _normalised_title(title)
