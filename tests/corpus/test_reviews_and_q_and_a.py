"""Readers' reviews, question-and-answer threads and wiki histories, on pages written for these tests (fictional
sites, books and people): the layout cues of `layout.py`, the passes of `page.py` and the rules of
`section_rules.csv` that read them."""

from __future__ import annotations

import pytest

from analysis.corpus import layout
from analysis.corpus.sections import iter_blocks
from tests.corpus.conftest import sections_by_text

TITLE = "The Harbour Ledger"
PROSE = (
    "The harbour board met on Thursday to settle the winter timetable, and after three hours of argument it agreed "
    "to keep the evening ferry running until the end of March, whatever the cost to the council's budget.",
    "Members were told that fuel had risen by a fifth since the spring and that the crews were short of two "
    "engineers, which the board's chair called a problem for the summer rather than for the coming weeks.",
)


def _sections(*blocks: str, title: str = TITLE) -> dict[str, str]:
    return sections_by_text(*blocks, title=title)


@pytest.mark.parametrize("text, title", [
    ("★★★★☆", None),
    ("★★☆☆☆ Too long by half", " Too long by half"),
    ("Rating: 5 of 5 stars (a favourite)", None),
    ("4 out of 5 stars", None),
    ("5.0 out of 5 stars", None),
])
def test_one_reader_s_rating_heads_a_review(text, title):
    match = layout.review_rating(text)
    assert match is not None
    assert match.group("title") == title


@pytest.mark.parametrize("text", [
    "★★★★☆ 3.91",  # an average over all reviews
    "4.3 out of 5 stars (142)",
    "Customer reviews: ★★★★☆ 4.3 out of 5",
    "Rated 4 of 5 by the critics this year",
    "★ Add to my list",
    "6 of 5 stars",
    "★★★ Three stars only",
])
def test_an_average_a_label_or_a_sentence_heads_no_review(text):
    assert layout.review_rating(text) is None


def _book_page(reviews: int) -> list[str]:
    blocks = [
        "Inkwell Readers",
        "Home   Browse   Community",
        TITLE,
        "by Maud Ellery-Stone",
        "A history of the harbour board told through its minutes, its ferries and the people who kept them running "
        "through two wars and a long decline, with an epilogue on the new terminal.",
        "Community Reviews",
    ]
    for n in range(reviews):
        blocks += [
            f"Reader Number{'Two' if n else 'One'}",
            f"{230 + n} ratings | {41 + n} friends",
            "Follow",
            f"{4 - n} out of 5 stars",
            "March 3, 2024",
            f"I read this over a wet weekend and finished it in two sittings, chapter {n + 2} above all.",
            "The maps are poor and the index is thin, but the chapters on the ferries are worth the price alone.",
            f"{5 + n} likes · 1 comment",
        ]
    return blocks + ["© 2024 Inkwell Readers"]


def _labels(*blocks: str, title: str = TITLE) -> dict[str, tuple[str, str]]:
    text = "\n\n".join(blocks) + "\n"
    return {block.text: (block.section, block.reason) for block in iter_blocks(text, title=title)}


def test_each_review_of_a_list_of_reviews_is_a_reader_s_comment():
    sections = _sections(*_book_page(2))
    labels = _labels(*_book_page(2))
    for name in ("Reader NumberOne", "Reader NumberTwo"):
        assert labels[name] == ("comment", "layout:review")
    assert sections["I read this over a wet weekend and finished it in two sittings, chapter 2 above all."] == "comment"
    assert sections["I read this over a wet weekend and finished it in two sittings, chapter 3 above all."] == "comment"
    assert sections["The maps are poor and the index is thin, but the chapters on the ferries are worth the price "
                    "alone."] == "comment"
    # the rating alone, the counts, the button and the footer are no reader's words
    assert sections["4 out of 5 stars"] != "comment"
    assert sections["Follow"] != "comment"
    assert sections["© 2024 Inkwell Readers"] == "boilerplate"


def test_one_rated_block_makes_no_list_of_reviews():
    sections = _sections(*_book_page(1))
    assert sections["I read this over a wet weekend and finished it in two sittings, chapter 2 above all."] != "comment"


def test_the_title_after_a_review_s_stars_is_the_reader_s():
    sections = _sections(
        "Quayside Books", TITLE, *PROSE, "Customer reviews",
        "J. Marlowe", "★★★★★ Worth every penny", "Reviewed on 4 May 2023 · Verified Purchase",
        "Bought it for my father, who worked the ferries for thirty years, and he has not put it down since.",
        "14 people found this helpful",
        "K. Ostrowski", "★★☆☆☆ Thin on the money", "Reviewed on 9 June 2023 · Verified Purchase",
        "The chapter on the budget is eleven pages long and says less than the board's own annual report does.",
        "2 people found this helpful",
    )
    assert sections["★★★★★ Worth every penny"] == "comment"
    assert sections["★★☆☆☆ Thin on the money"] == "comment"
    assert sections["J. Marlowe"] == "comment"
    assert sections["The chapter on the budget is eleven pages long and says less than the board's own annual report "
                    "does."] == "comment"
    assert sections["14 people found this helpful"] != "comment"
    assert sections[PROSE[0]] == "body"


def test_a_critic_s_rated_round_up_is_no_list_of_readers_reviews():
    # a critic's titles and stars with no sign of a reader beside them: no counts or button over the stars, no date
    # under them, no votes under the text
    note = "Ada Strand is the paper's books editor."
    blocks = [
        "Books to take on holiday", "By Ada Strand",
        "Five new books for the long days, from a ferry captain's memoir to a history of the salt trade, chosen for "
        "readers who want to learn something on the beach.",
    ]
    for title, stars in (("The Salt Road", "★★★★☆"), ("Night Crossing", "★★★☆☆")):
        blocks += [
            title, stars,
            f"{title} follows its subject across three centuries and four coasts, and it wears its learning lightly "
            "enough for a deckchair.",
            "The last chapters drag, and the maps are too small to read, but the first half is the best writing on "
            "the sea I have read this year.",
        ]
    labels = _labels(*blocks, note, title="Books to take on holiday")
    for text in blocks[2:]:
        if not layout.review_rating(text):
            assert labels[text][0] != "comment", text
    assert labels[blocks[5]] == ("body", "position:body")
    assert labels[note][0] == "byline"


def test_a_release_date_under_a_critic_s_stars_is_no_reader_s_date():
    # a line that holds a date in a sentence of its own ('In cinemas from …') is no date line of a reader's review
    blocks = [
        "Films for the winter", "By Ada Strand",
        "Four new films for the dark evenings, from a lighthouse drama to a comedy about a failing ferry line.",
    ]
    for title, stars, opens in (("The Long Light", "★★★★☆", "In cinemas from March 3, 2024"),
                                ("Low Water", "★★★☆☆", "In cinemas from April 12, 2024")):
        blocks += [
            title, stars, opens,
            f"{title} keeps its camera on the keepers' faces, and lets the weather do the rest of the talking.",
        ]
    labels = _labels(*blocks, title="Films for the winter")
    for text in blocks[2:]:
        if not layout.review_rating(text):
            assert labels[text][0] != "comment", text


def test_the_last_review_ends_where_the_page_s_furniture_shows_its_own_prose_resuming():
    # a block the page's rules label (an affiliate disclosure) ends the last review, which no name or votes line
    # bounds: the paragraph after it is the page's again
    blocks = ["Quayside Books", TITLE, PROSE[0], "Customer reviews"]
    for name, stars, date in (("J. Marlowe", "★★★★★", "4 May 2023"), ("K. Ostrowski", "★★☆☆☆", "9 June 2023")):
        blocks += [name, stars, date,
                   f"Bought it for my father, who worked the ferries for thirty years, and so did {name}'s uncle."]
    disclosure = "This page contains affiliate links, and the shop may earn a small commission on what you buy."
    sections = _sections(*blocks, disclosure, PROSE[1])
    assert sections["Bought it for my father, who worked the ferries for thirty years, and so did K. Ostrowski's "
                    "uncle."] == "comment"
    assert sections[disclosure] == "boilerplate"
    assert sections[PROSE[1]] == "body"


def test_a_long_last_review_runs_on_to_its_last_paragraph():
    # the last review is longer than those before it, and nothing after it shows the page's prose resuming: all its
    # paragraphs are the reader's
    blocks = ["Quayside Books", TITLE, PROSE[0], "Customer reviews"]
    for name, stars, date in (("J. Marlowe", "★★★★★", "4 May 2023"), ("K. Ostrowski", "★★☆☆☆", "9 June 2023")):
        blocks += [name, stars, date,
                   f"Bought it for my father, who worked the ferries for thirty years, and so did {name}'s uncle."]
    last = [
        "I wanted to like this book, because my grandmother sold tickets at the pier for most of her life.",
        "The middle chapters lose the thread, and the author spends forty pages on a dispute over mooring fees.",
        "Still, the photographs of the old terminal are worth the price, and I have lent my copy to two neighbours.",
    ]
    sections = _sections(*blocks, "R. Penhallow", "★★★☆☆", "2 July 2023", *last)
    for paragraph in last:
        assert sections[paragraph] == "comment", paragraph


@pytest.mark.parametrize("text, signed", [
    ("Good question, and an old one. – harbour_watch Mar 4, 2019 at 9:12", True),
    ("2   See the board's minutes for 2012. – Ann Quayle 3 years ago", True),
    ("Source for the fuel figure? – Ann Quayle 1 year ago", True),
    ("The sea does not forgive. — Jane Roe, 2014", False),  # an epigraph: a comma before the year
    ("The ferry ran late – three hours ago it was still in port", False),  # a clause after a dash
    ("The board met – again – on Thursday.", False),
    # a headline over its outlet and age in a list of headlines: no sentence's closing mark before the dash
    ("Ferry crews vote to strike over night crossings – Harbour Post 2 hours ago", False),
])
def test_a_comment_signed_after_its_words_by_its_user_and_time(text, signed):
    assert layout.is_signed_comment(text) is signed


@pytest.mark.parametrize("text, stamp", [
    ("asked Sep 16, 2013 at 8:52", True),
    ("answered 3 years ago", True),
    ("edited 1 year ago", True),
    ("asked about the ferry", False),
    ("edited", False),
    ("Edited by Jane Roe on 2 May 2014", False),
])
def test_the_stamp_over_a_post_s_card(text, stamp):
    assert layout.is_post_stamp(text) is stamp


def test_a_question_and_answer_thread_signs_its_posts_and_comments():
    question = ("Why did the harbour board keep the evening ferry when every other service was cut? I would like "
                "answers that cite the board's minutes rather than the local paper's guesses about its motives.")
    answer = ("Short version: the evening ferry carries the hospital's night staff, and the board's minutes for "
              "2012 show that the health trust pays a third of its running cost under a contract that runs to 2030.")
    sections = _sections(
        "Quayside Answers", TITLE, "31 votes", question,
        "asked Mar 3, 2019 at 8:40", "mkell_harbour", "2,311 reputation",
        "Closely related: why was the morning ferry cut? – Ann Quayle Mar 3, 2019 at 9:12",
        "Add a comment",
        "12 votes", answer,
        "answered Mar 4, 2019 at 10:02", "Ann Quayle", "12.4k reputation",
        "This is the answer I was after, thanks. – mkell_harbour 5 years ago",
        "Not the answer you're looking for? Browse other questions tagged ferries budgets or ask your own question.",
        "The sea does not forgive. — Jane Roe, 2014",
    )
    assert sections[question] == "body"
    assert sections[answer] == "body"
    assert sections["mkell_harbour"] == "byline"
    assert sections["Ann Quayle"] == "byline"
    assert sections["Closely related: why was the morning ferry cut? – Ann Quayle Mar 3, 2019 at 9:12"] == "comment"
    assert sections["This is the answer I was after, thanks. – mkell_harbour 5 years ago"] == "comment"
    labels = _labels(
        "Quayside Answers", TITLE, "31 votes", question,
        "asked Mar 3, 2019 at 8:40", "mkell_harbour", "2,311 reputation", answer)
    assert labels["31 votes"] == ("boilerplate", "layout:votes")
    assert labels["mkell_harbour"] == ("byline", "layout:post-card")
    assert sections["31 votes"] == "boilerplate"
    assert sections["12 votes"] == "boilerplate"
    assert sections["Not the answer you're looking for? Browse other questions tagged ferries budgets or ask your own "
                    "question."] == "boilerplate"


def test_a_list_of_headlines_with_their_outlets_and_ages_is_no_thread_of_comments():
    headlines = [
        "Ferry crews vote to strike over night crossings – Harbour Post 2 hours ago",
        "Council delays the new terminal for a third time – Kestwick Courier 5 hours ago",
        "Fuel prices push the island fares up again – Harbour Post 1 day ago",
    ]
    labels = _labels(TITLE, PROSE[0], "More news", *headlines, PROSE[1])
    for line in headlines:
        assert labels[line][0] != "comment", line


def test_vote_counts_under_candidates_are_election_results_not_a_thread_s():
    results = ["Ann Quayle (Harbour Party)", "10,412 votes", "Tom Hale (Independent)", "9,870 votes"]
    labels = _labels(TITLE, PROSE[0], *results, PROSE[1])
    assert labels["10,412 votes"][0] != "boilerplate"
    assert labels["9,870 votes"][0] != "boilerplate"


@pytest.mark.parametrize("text, section", [
    ("(cur | prev) 10:15, 3 May 2021 Jroe (talk | contribs) 4,120 bytes +12 →Ferries: copy edit (undo | thank)",
     "byline"),
    ("Latest revision as of 18:02, 9 June 2022 (edit) (undo)", "byline"),
    ("Harbour.watch (talk) 10:15, 3 May 2021 (UTC)", "byline"),
    ("(One intermediate revision by the same user not shown)", "boilerplate"),
    ("(4 intermediate revisions by 3 users not shown)", "boilerplate"),
])
def test_a_wiki_s_history_and_diff_lines_and_a_signature_alone(text, section):
    # between two paragraphs, where only the rule, not the line's place at the end of the page, decides
    label = _labels(TITLE, PROSE[0], text, PROSE[1])[text]
    assert label[0] == section
    assert label[1].startswith("rule:")


@pytest.mark.parametrize("text", [
    # a signature after a comment's words is the comment's, not a byline
    "Agreed, drop the figure. Harbour.watch (talk) 10:15, 3 May 2021 (UTC)",
    # a revision named in a sentence, and the diff links inside prose
    "The revision as of 10:15, 3 May 2021 removed the ferry timetable, and nobody noticed for a week.",
    "Editors compared the versions with the (cur | prev) links and found the timetable had gone in March.",
    "The board counted 12 votes for the timetable and 3 against it after a long debate on the fuel budget.",
])
def test_wiki_and_thread_lines_inside_prose_stay_in_the_body(text):
    sections = _sections(TITLE, PROSE[0], text, PROSE[1])
    assert sections[text] == "body"


@pytest.mark.parametrize("text, section", [
    ("About the author", "boilerplate"),
    ("About the translators", "boilerplate"),
    ("Authors", "byline"),
    ("About the author's claims, the board said little, and the ferry crews said less.", "body"),
])
def test_an_author_box_s_heading_is_furniture_and_a_sentence_about_the_author_is_prose(text, section):
    bio = ("Maud Ellery-Stone is a historian of ports and ferries who worked for the harbour board for twenty years "
           "before she retired to write its history, her third book.")
    sections = _sections(TITLE, *PROSE, text, bio) if section != "body" else _sections(TITLE, PROSE[0], text, PROSE[1])
    assert sections[text] == section


@pytest.mark.parametrize("text, section", [
    ("This guide includes affiliate links: the site is paid a share of any sale made through one of them.",
     "boilerplate"),
    ("Disclosure: the author sits on the harbour board's advisory panel.", "boilerplate"),
    ("The post about the ferry contained affiliate links, the regulator found, and none of them was disclosed.",
     "body"),
    ("Disclosure of the board's minutes was ordered by the tribunal in May, after a two-year fight.", "body"),
])
def test_an_affiliate_or_interest_disclosure_opens_its_block(text, section):
    assert _sections(TITLE, PROSE[0], text, PROSE[1])[text] == section
