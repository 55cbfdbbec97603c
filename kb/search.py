"""Full-text search with Pagefind: an index built after the site, fetched in small pieces per query.

Chinese is indexed one character per term. Pagefind's own Chinese word segmentation splits the
same words differently in a page and in a query (老赖 in a page, 老 + 赖 in a query), and it takes
no user dictionary, so colloquial queries missed pages that contain them. With single characters
on both sides (kb-search.js splits queries the same way) every Chinese query matches, and
Pagefind's BM25 ranking with the symptom phrases' weight puts the right behavior first.
Pages opt in with data-pagefind-body (added by the hook); list pages stay out.
"""
from __future__ import annotations

import asyncio
import re
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

UNINDEXED = {"index.md", "en/index.md", "cases/index.md", "matrix.md", "behaviors/index.md", "en/behaviors/index.md",
             "statutes/index.md", "en/statutes/index.md"}
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_EDGE = re.compile(f"(?<=[{_CJK}])(?=\\S)|(?<=\\S)(?=[{_CJK}])")
_TEXT = re.compile(r"(>)([^<]+)(<)")


def spaced(html: str) -> str:
    """Make every Chinese character a word of its own in the text of an HTML page (not in its tags)."""
    return _TEXT.sub(lambda m: m.group(1) + _CJK_EDGE.sub(" ", m.group(2)) + m.group(3), html)


async def _index(site: Path) -> None:
    config = IndexConfig(force_language="zh", output_path=str(site / "pagefind"))
    async with PagefindIndex(config=config) as index:
        for page in sorted(site.rglob("*.html")):
            html = page.read_text(encoding="utf-8")
            if "data-pagefind-body" not in html:
                continue
            url = "/" + page.relative_to(site).as_posix().removesuffix("index.html")
            await index.add_html_file(content=spaced(html), url=url)
        await index.write_files()


def index_site(site: Path) -> None:
    """Index the built site with the Pagefind binary shipped in the pagefind PyPI package."""
    asyncio.run(_index(site))
