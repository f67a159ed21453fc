"""Close reading: each match shown in its sentence, with the source and the cue highlighted."""

from __future__ import annotations

import html

import pandas as pd

KWIC_COLUMNS = ["source", "doc_id", "sent_id", "left", "match", "right"]


def kwic(matches: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame, *, width: int = 80) -> pd.DataFrame:
    """Return one row per match: its source, sentence, and the text left and right of it.

    `matches` needs `doc_id`, `start` and `end` (a code's cue, an entity mention, a quotation);
    the context is cut at the sentence and at `width` characters on each side.
    """
    if matches.empty:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    labels = documents.set_index("doc_id").label
    rows = []
    for match in matches.sort_values(["doc_id", "start"]).itertuples():
        in_doc = sentences[sentences.doc_id == match.doc_id]
        holding = in_doc[(in_doc.start <= match.start) & (in_doc.end >= match.start)]
        if holding.empty:
            continue
        sentence = holding.iloc[0]
        offset_start, offset_end = match.start - sentence.start, min(match.end, sentence.end) - sentence.start
        left = sentence.text[:offset_start]
        right = sentence.text[offset_end:]
        rows.append({
            "source": labels[match.doc_id], "doc_id": match.doc_id, "sent_id": int(sentence.sent_id),
            "left": ("…" + left[-width:]) if len(left) > width else left,
            "match": sentence.text[offset_start:offset_end],
            "right": (right[:width] + "…") if len(right) > width else right,
        })
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def kwic_html(lines: pd.DataFrame) -> str:
    """Return KWIC lines as an HTML table with the match highlighted, for notebooks and printed pages."""
    body = "".join(
        f"<tr><td>{html.escape(row.source)}</td><td style='text-align:right'>{html.escape(row.left)}</td>"
        f"<td><mark><b>{html.escape(row.match)}</b></mark></td><td style='text-align:left'>{html.escape(row.right)}</td></tr>"
        for row in lines.itertuples()
    )
    return ("<table class='kwic'><thead><tr><th>source</th><th>left</th><th>match</th><th>right</th></tr></thead>"
            f"<tbody>{body}</tbody></table>")
