"""Full-text search with Pagefind: an index built after the site, fetched in small pieces per query.

Chinese is indexed one character per term. Pagefind's own Chinese word segmentation splits the
same words differently in a page and in a query (老赖 in a page, 老 + 赖 in a query), and it takes
no user dictionary, so colloquial queries missed pages that contain them. With single characters
on both sides (kb-search.js splits queries the same way) every Chinese query matches, and
Pagefind's BM25 ranking with the symptom phrases' weight puts the right behavior first.
Everything goes into one index read as English (Chinese is already split, English gets
stemmed), so a Chinese page can answer an English query and the reverse.
Pages opt in with data-pagefind-body (written by overrides/main.html where the hook says so); list pages stay out.
"""
from __future__ import annotations

import asyncio
import re
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

UNINDEXED = {"index.md", "en/index.md", "cases/index.md", "matrix.md", "behaviors/index.md", "en/behaviors/index.md",
             "statutes/index.md", "en/statutes/index.md",
             "act/index.md", "en/act/index.md"}  # the triage page is built in the browser from the behaviors, which search finds itself


def indexed(src: str) -> bool:
    """Whether search indexes a page: not list pages (the pages of the case list included)."""
    return src not in UNINDEXED and not src.startswith("cases/page-")


def weight(src: str) -> str:
    """The weight of an indexed page (data-pagefind-weight on its article, written by overrides/main.html):
    case pages mention every symptom word in their titles and behaviors; let behavior pages rank above them."""
    return "0.5" if src.startswith("cases/") else "1"


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_EDGE = re.compile(f"(?<=[{_CJK}])(?=\\S)|(?<=\\S)(?=[{_CJK}])")
_TEXT = re.compile(r"(>)([^<]+)(<)")
_ARTICLE = re.compile(r"<article [^>]*data-pagefind-body.*?</article>", re.S)  # only what Pagefind indexes
BATCH = 500  # pages sent to Pagefind before waiting for its answers


def spaced(html: str) -> str:
    """Make every Chinese character a word of its own in the text of an HTML page (not in its tags)."""
    return _TEXT.sub(lambda m: m.group(1) + _CJK_EDGE.sub(" ", m.group(2)) + m.group(3), html)


def _indexed_pages(site: Path):
    """(URL, what Pagefind reads) for every page that opts in: the indexed element alone, Chinese spaced out."""
    for page in sorted(site.rglob("*.html")):
        body = _ARTICLE.search(page.read_text(encoding="utf-8"))
        if body:
            url = "/" + page.relative_to(site).as_posix().removesuffix("index.html")
            yield url, f'<!doctype html><html><head><meta charset="utf-8"></head><body>{spaced(body.group(0))}</body></html>'


async def _write_index(site: Path) -> None:
    config = IndexConfig(force_language="en", exclude_selectors=[".headerlink"], output_path=str(site / "pagefind"))
    async with PagefindIndex(config=config) as index:
        batch = []
        for url, html in _indexed_pages(site):
            batch.append(index.add_html_file(content=html, url=url))
            if len(batch) == BATCH:
                await asyncio.gather(*batch)
                batch = []
        await asyncio.gather(*batch)


def index_site(site: Path) -> None:
    """Index the built site with the Pagefind binary shipped in the pagefind PyPI package, through its Python API.

    Pagefind is handed small copies of the indexed pages (just the indexed element, Chinese spaced out one term
    per character, permalink signs left out); it writes its index into the real site, whose pages stay as they are.
    """
    asyncio.run(_write_index(site))
