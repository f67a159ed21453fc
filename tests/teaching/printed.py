"""Print HTML handouts to A4 PDF in headless Chromium and say what breaks the print guarantee.

The guarantee (README, "Printing the handouts"): no table is wider than the page's content
width, and a handout takes at most `page_bound` pages, a bound derived from how much it holds.
"""

from __future__ import annotations

import io
import math
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import BrowserContext, sync_playwright
from pypdf import PdfReader

from analysis.teaching.handouts.printing import CONTENT_WIDTH_MM, PAGE_SIZE

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PX_PER_MM = 96 / 25.4
CONTENT_WIDTH_PX = CONTENT_WIDTH_MM * PX_PER_MM
WIDTH_TOLERANCE_PX = 0.5
VIEWPORT_HEIGHT_PX = 1000
# The page bound: a page holds at least this much text (a page of prose at the print size holds
# about 6,000 characters; tables and headings leave more white), a figure takes at most this share
# of a page (figures print at most 105 mm tall, of 269 mm), and one page more for the rounding.
CHARS_PER_PAGE = 2000
FIGURE_PAGES = 0.5
SPARE_PAGES = 1

TABLES_JS = """width => Array.from(document.querySelectorAll('table')).map((table, index) => {
  const heading = Array.from(document.querySelectorAll('h1, h2, h3')).filter(
    h => h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
  const names = Array.from(table.querySelectorAll('thead tr')).map(row =>
    Array.from(row.cells).map(cell => cell.textContent.trim()).filter(Boolean));
  const columns = names.reduce((most, row) => row.length > most.length ? row : most, []).slice(0, 6).join(', ');
  return {index: index + 1, right: table.getBoundingClientRect().right,
          heading: heading ? heading.textContent.replace('¶', '').trim() : '', columns};
})"""


@dataclass(frozen=True)
class Printed:
    """A handout printed to A4: its pages, its page bound, and its tables wider than the page."""

    name: str
    pages: int
    bound: int
    too_wide: tuple[str, ...]

    def problems(self) -> list[str]:
        """What breaks the print guarantee, each naming the handout (and the table)."""
        found = [f"{self.name}: {self.pages} A4 pages, more than its bound of {self.bound}"] * (self.pages > self.bound)
        return found + [f"{self.name}: {table}" for table in self.too_wide]


def page_bound(page: Path) -> int:
    """The most A4 pages a handout may take: from its visible text and its figures."""
    soup = BeautifulSoup(Path(page).read_text(encoding="utf-8"), "html.parser")
    body = soup.find("main") or soup.body
    for hidden in body.find_all(["style", "script"]):
        hidden.decompose()
    characters = len(re.sub(r"\s+", " ", body.get_text(" ")).strip())
    return math.ceil(characters / CHARS_PER_PAGE + len(body.find_all("img")) * FIGURE_PAGES) + SPARE_PAGES


@contextmanager
def chromium() -> Iterator[BrowserContext]:
    """Headless Debian Chromium with a new, empty profile, laid out at the A4 content width."""
    with sync_playwright() as playwright, tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": math.floor(CONTENT_WIDTH_PX), "height": VIEWPORT_HEIGHT_PX})
        try:
            yield context
        finally:
            context.close()


def print_page(context: BrowserContext, page_path: Path, *, pdf_dir: Path) -> Printed:
    """Print one HTML page to `pdf_dir/<stem>.pdf` and measure its tables in the print layout."""
    page = context.new_page()
    try:
        page.goto(Path(page_path).resolve().as_uri(), wait_until="load")
        page.emulate_media(media="print")
        tables = page.evaluate(TABLES_JS, CONTENT_WIDTH_PX)
        pdf = page.pdf(format=PAGE_SIZE, prefer_css_page_size=True, path=Path(pdf_dir) / f"{Path(page_path).stem}.pdf")
    finally:
        page.close()
    too_wide = tuple(
        f"table {table['index']} under '{table['heading']}' (columns: {table['columns']}) reaches "
        f"{table['right']:.0f} px, past the page's content width of {CONTENT_WIDTH_PX:.0f} px"
        for table in tables if table["right"] > CONTENT_WIDTH_PX + WIDTH_TOLERANCE_PX)
    return Printed(Path(page_path).name, len(PdfReader(io.BytesIO(pdf)).pages), page_bound(page_path), too_wide)
