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

import os
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


def weight(src: str, real_case: bool = False) -> str:
    """The weight of an indexed page (data-pagefind-weight on its article, written by overrides/main.html):
    case pages mention every symptom word in their titles and behaviors; let behavior pages rank above them, and
    real (sourced) cases above illustrative and contributed stories."""
    if not src.startswith("cases/"):
        return "1"
    return "0.7" if real_case else "0.5"


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_EDGE = re.compile(f"(?<=[{_CJK}])(?=\\S)|(?<=\\S)(?=[{_CJK}])")
_TEXT = re.compile(r"(>)([^<]+)(<)")
_ARTICLE = re.compile(r"<article [^>]*data-pagefind-body.*?</article>", re.S)  # only what Pagefind indexes
# Pagefind reads its copies of the pages from a scratch folder; in memory where the system offers it: on this
# machine writing and removing 3,000 small folders took 10.7 s on disk and 0.8 s in /dev/shm.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK) else None


def spaced(html: str) -> str:
    """Make every Chinese character a word of its own in the text of an HTML page (not in its tags)."""
    return _TEXT.sub(lambda m: m.group(1) + _CJK_EDGE.sub(" ", m.group(2)) + m.group(3), html)


def index_site(site: Path) -> None:
    """Index the built site with the Pagefind binary shipped in the pagefind PyPI package.

    Pagefind reads small copies of the indexed pages (just the indexed element, Chinese spaced out one term
    per character; it leaves out the permalink signs); it writes its index into the real site, whose pages
    stay as they are. (Pagefind's Python API would need no copies, but it waits 0.1 s for each page.)
    """
    with tempfile.TemporaryDirectory(prefix="kb-pagefind-", dir=SCRATCH) as scratch:
        for page in site.rglob("*.html"):
            body = _ARTICLE.search(page.read_text(encoding="utf-8"))
            if body:
                copy = Path(scratch) / page.relative_to(site)
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_text(f'<!doctype html><html><head><meta charset="utf-8"></head><body>{spaced(body.group(0))}</body></html>',
                                encoding="utf-8")
        command = [sys.executable, "-m", "pagefind", "--site", scratch, "--output-path", str(site / "pagefind"),
                   "--force-language", "en", "--exclude-selectors", ".headerlink", "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"pagefind failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
