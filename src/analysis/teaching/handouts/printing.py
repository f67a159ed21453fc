"""Print-ready handouts: an A4 print stylesheet, and notebook outputs tidied for paper.

Tables wrap inside the page width (never cut), repeat their header row on each page, and lose
what says nothing on paper: a 0, 1, 2, … index column, `NaN`/`<NA>` marks, prompts, and
results that only echo a saved file's name.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

PAGE_SIZE = "A4"
PAGE_WIDTH_MM = 210
MARGIN_X_MM = 12  # left and right
MARGIN_Y_MM = 14  # top and bottom
CONTENT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_X_MM
TEXT_PT = 9.5
TABLE_PT = 7.5
FIGURE_MAX_HEIGHT_MM = 105
MISSING_MARKS = frozenset({"NaN", "nan", "<NA>", "NaT", "None"})
MISSING_SHOWN = "–"
WIDE_COLUMNS = 10  # a table with this many columns prints its column names turned, reading upwards
WIDE_CLASS = "wide"
LONG_TOKEN = 30  # characters: a cell with a longer unbroken token (a URL) may break it anywhere
TOKEN_CLASS = "token"
LONG_TEXT = 60  # characters: a column with a longer cell reads left-aligned, as prose
TEXT_CLASS = "prose"
BREAK_AFTER = "_"  # column names such as russian_syrian_voices may wrap after an underscore
FILE_NAME_RESULT = re.compile(r"^(?:\w*Path\()?'[^'\n]+\.[A-Za-z0-9]{2,7}'\)?$")

PRINT_CSS = f"""
@page {{ size: {PAGE_SIZE}; margin: {MARGIN_Y_MM}mm {MARGIN_X_MM}mm; }}
@media print {{
  html, body, main, .jp-Notebook {{ background: white !important; margin: 0 !important;
    padding: 0 !important; overflow: visible !important; }}
  body {{ font-size: {TEXT_PT}pt; line-height: 1.35; }}
  .jp-Cell {{ padding: 0 !important; margin: 0 !important; }}
  .jp-InputPrompt, .jp-OutputPrompt, .jp-Collapser, .anchor-link {{ display: none !important; }}
  .jp-RenderedHTMLCommon, .jp-RenderedMarkdown, .jp-OutputArea-output {{ font-size: {TEXT_PT}pt !important;
    padding: 0 !important; overflow: visible !important; }}
  .jp-OutputArea-child {{ break-inside: auto !important; }}
  h1 {{ font-size: 15pt !important; margin: 0 0 .4em !important; }}
  h2 {{ font-size: 12.5pt !important; margin: 1em 0 .3em !important; }}
  h3 {{ font-size: 11pt !important; margin: .8em 0 .3em !important; }}
  h1, h2, h3, h4 {{ break-after: avoid-page; }}
  p, li {{ orphans: 3; widows: 3; }}
  table {{ table-layout: auto !important; width: auto !important; max-width: 100% !important;
    margin: .4em 0 .8em !important; font-size: {TABLE_PT}pt !important; border-collapse: collapse !important; }}
  thead {{ display: table-header-group; }}
  tr, img {{ break-inside: avoid; }}
  th, td {{ padding: 1pt 3pt !important; white-space: normal !important; max-width: none !important;
    overflow-wrap: break-word; word-break: normal; vertical-align: top !important; line-height: 1.25 !important; }}
  thead th {{ vertical-align: bottom !important; border-bottom: .5pt solid #444; }}
  td.{TOKEN_CLASS} {{ overflow-wrap: anywhere; }}
  table.{WIDE_CLASS} thead th:not([colspan]) {{ writing-mode: vertical-rl; transform: rotate(180deg);
    white-space: nowrap !important; text-align: left !important; padding: 2pt 1pt !important; }}
  td.{TEXT_CLASS} {{ text-align: left !important; }}
  img {{ max-width: 100% !important; max-height: {FIGURE_MAX_HEIGHT_MM}mm; width: auto; height: auto; object-fit: contain; }}
  pre, code {{ white-space: pre-wrap !important; overflow-wrap: anywhere; font-size: 8pt !important; }}
  .jp-InputArea-editor {{ border: .5pt solid #bbb !important; overflow: visible !important; }}
  a {{ color: inherit !important; text-decoration: none !important; }}
  mark {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}  /* cues stay highlighted */
}}
"""


def print_stylesheet() -> str:
    """Return the print stylesheet as a `<style>` element."""
    return f"<style>{PRINT_CSS}</style>"


def add_print_stylesheet(page: str) -> str:
    """Return the HTML `page` with the print stylesheet as the last thing in its head."""
    head_end = page.rindex("</head>")
    return page[:head_end] + print_stylesheet() + page[head_end:]


def echoes_a_file_name(output: dict) -> bool:
    """Whether a cell result only echoes a file name, such as the path a figure was saved to."""
    data = output.get("data", {})
    return (output.get("output_type") == "execute_result" and set(data) == {"text/plain"}
            and bool(FILE_NAME_RESULT.match("".join(data["text/plain"]).strip())))


def _says_nothing(table) -> bool:
    """Whether a pandas table's row labels are an unnamed 0, 1, 2, … index."""
    rows = table.select("tbody > tr")
    labels = [row.find(["th", "td"]) for row in rows]
    header_cells = [row.find(["th", "td"]) for row in table.select("thead > tr")]
    return (bool(rows) and all(cell is not None and cell.name == "th" for cell in labels)
            and [cell.get_text() for cell in labels] == [str(number) for number in range(len(rows))]
            and all(cell is not None and not cell.get_text(strip=True) for cell in header_cells))


def _breakable(cell, soup) -> None:
    """Let a header cell's words wrap after each underscore."""
    for text in list(cell.find_all(string=True)):
        if BREAK_AFTER not in text:
            continue
        parts = text.split(BREAK_AFTER)
        pieces = []
        for part in parts[:-1]:
            pieces += [NavigableString(part + BREAK_AFTER), soup.new_tag("wbr")]
        text.replace_with(*pieces, NavigableString(parts[-1]))


def tidy_tables(fragment: str) -> str:
    """Return an HTML output with its pandas tables fit for paper.

    A 0, 1, 2, … index column is dropped, `NaN`/`<NA>` cells show a dash, column names may
    wrap after an underscore, and a table of many columns is marked to turn them upright. A
    column of long texts is marked to read left-aligned, a cell with a long token to break it.
    Other HTML is returned as it is.
    """
    if "dataframe" not in fragment:
        return fragment
    soup = BeautifulSoup(fragment, "html.parser")
    for table in soup.select("table.dataframe"):
        if _says_nothing(table):
            for row in table.select("thead > tr, tbody > tr"):
                row.find(["th", "td"]).decompose()
        if max(len(row.find_all(["th", "td"])) for row in table.find_all("tr")) >= WIDE_COLUMNS:
            table["class"] = [*table.get("class", []), WIDE_CLASS]
        rows = [row.find_all("td") for row in table.select("tbody > tr")]
        prose = {column for cells in rows for column, cell in enumerate(cells)
                 if len(cell.get_text(strip=True)) > LONG_TEXT}
        for cells in rows:
            for column, cell in enumerate(cells):
                text = cell.get_text(strip=True)
                if text in MISSING_MARKS:
                    cell.string = MISSING_SHOWN
                classes = [TOKEN_CLASS] * any(len(token) > LONG_TOKEN for token in text.split())
                classes += [TEXT_CLASS] * (column in prose)
                if classes:
                    cell["class"] = [*cell.get("class", []), *classes]
        for cell in table.find_all("th"):
            _breakable(cell, soup)
    return str(soup)


def tidy_outputs(notebook: dict) -> dict:
    """Tidy a notebook's outputs for paper (in place): drop file-name results, tidy tables; return it."""
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        cell["outputs"] = [output for output in cell["outputs"] if not echoes_a_file_name(output)]
        for output in cell["outputs"]:
            data = output.get("data", {})
            if "text/html" in data:
                data["text/html"] = tidy_tables("".join(data["text/html"]))
    return notebook
