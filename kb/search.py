"""Full-text search with Pagefind: an index built after the site, fetched in small pieces per query.

Chinese is indexed one character per term. Pagefind's own Chinese word segmentation splits the
same words differently in a page and in a query (老赖 in a page, 老 + 赖 in a query), and it takes
no user dictionary, so colloquial queries missed pages that contain them. With single characters
on both sides (kb-search.js splits queries the same way) every Chinese query matches, and
Pagefind's BM25 ranking with the symptom phrases' weight puts the right behavior first.
Everything goes into one index read as English (Chinese is already split, English gets
stemmed), so a Chinese page can answer an English query and the reverse.
Pages opt in with data-pagefind-body (added by the hook); list pages stay out.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

UNINDEXED = {"index.md", "en/index.md", "cases/index.md", "matrix.md", "behaviors/index.md", "en/behaviors/index.md",
             "statutes/index.md", "en/statutes/index.md", "procedures/index.md", "en/procedures/index.md",
             "act/index.md", "en/act/index.md"}  # the triage page is built in the browser from the behaviors, which search finds itself


def indexed(src: str) -> bool:
    """Whether search indexes a page: not list pages (the pages of the case list included)."""
    return src not in UNINDEXED and not src.startswith(("cases/page-", "cases/kind-"))


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_EDGE = re.compile(f"(?<=[{_CJK}])(?=\\S)|(?<=\\S)(?=[{_CJK}])")
_TEXT = re.compile(r"(>)([^<]+)(<)")
_ARTICLE = re.compile(r"<article [^>]*data-pagefind-body.*?</article>", re.S)  # only what Pagefind indexes


def spaced(html: str) -> str:
    """Make every Chinese character a word of its own in the text of an HTML page (not in its tags)."""
    return _TEXT.sub(lambda m: m.group(1) + _CJK_EDGE.sub(" ", m.group(2)) + m.group(3), html)


def index_site(site: Path) -> None:
    """Index the built site with the Pagefind binary shipped in the pagefind PyPI package.

    Pagefind reads small copies of the indexed pages (just the indexed element, Chinese spaced out
    one term per character); it writes its index into the real site, whose pages stay as they are.
    """
    with tempfile.TemporaryDirectory(prefix="kb-pagefind-") as scratch:
        for page in site.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            body = _ARTICLE.search(html)
            if body:
                copy = Path(scratch) / page.relative_to(site)
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_text(f'<!doctype html><html><head><meta charset="utf-8"></head><body>{spaced(body.group(0))}</body></html>',
                                encoding="utf-8")
        command = [sys.executable, "-m", "pagefind", "--site", scratch, "--output-path", str(site / "pagefind"),
                   "--force-language", "en", "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"pagefind failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
