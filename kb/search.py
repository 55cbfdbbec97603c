"""Full-text search with Pagefind: an index built after the site, fetched in small pieces per query.

Chinese is indexed one character per term. Pagefind's own Chinese word segmentation splits the
same words differently in a page and in a query (老赖 in a page, 老 + 赖 in a query), and it takes
no user dictionary, so colloquial queries missed pages that contain them. With single characters
on both sides (kb-search.js splits queries the same way) every Chinese query matches, and
Pagefind's BM25 ranking with the symptom phrases' weight puts the right behavior first.
Everything goes into one index read as English (Chinese is already split, English gets
stemmed), so a Chinese page can answer an English query and the reverse.
Pages opt in with data-pagefind-body (written by overrides/main.html where the hook says so); list pages stay out.

Pagefind holds the whole index in memory while it writes it. Past a budget of indexed words (WORDS_PER_INDEX) the
cases go into further indexes, written one after another (pagefind-2/, pagefind-3/, ...), which the browser merges
into the first (kb-search.js, from the list `more_indexes` in api/v1/search.json): the build's memory stays bounded
at any number of cases. Pagefind drops a query word that its index does not hold at all, so an index of cases alone
would answer 利 滚 利 with every case that has 利; each index of a split site therefore also holds one vocabulary
page with every word of the site, which every search leaves out (the filter `filters` in search.json).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
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
_HEAD = '<!doctype html><html><head><meta charset="utf-8"></head><body>'
_ARTICLE = re.compile(r"<article [^>]*data-pagefind-body.*?</article>", re.S)  # only what Pagefind indexes
# Pagefind reads its copies of the pages from a scratch folder; in memory where the system offers it: on this
# machine writing and removing 3,000 small folders took 10.7 s on disk and 0.8 s in /dev/shm.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK) else None


def spaced(html: str) -> str:
    """Make every Chinese character a word of its own in the text of an HTML page (not in its tags)."""
    return _TEXT.sub(lambda m: m.group(1) + _CJK_EDGE.sub(" ", m.group(2)) + m.group(3), html)


# Pagefind's peak memory grows with the words it indexes, each counted once per page (a word repeated on a page costs
# little, ignored elements nothing). Measured with pagefind 1.5.2 on the 10,000-case benchmark's pages (454,000 such
# words, 93,000 of them on the pages other than cases; 14,400 different words in all): one index of them all peaks at
# 465 MiB; split at 150,000 words it makes four indexes, whose runs peak at 182 MiB (the first, with the long statute
# and behavior pages), 165, 164 and 28 MiB, each with its vocabulary page.
WORDS_PER_INDEX = 150_000
BUDGET_VARIABLE = "KB_SEARCH_WORDS"  # overrides WORDS_PER_INDEX: tests set a small budget to get several indexes
_WORD = re.compile(r"\w+")
_ANY_TAG = re.compile(r"<[^>]*>")
_IGNORED = re.compile(r"<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>")
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _without_ignored(html: str) -> str:
    """The HTML without its data-pagefind-ignore elements (found by counting the nesting of their own tag name only:
    a page has few of them, and their tag inside is rare)."""
    kept, pos = [], 0
    while found := _IGNORED.search(html, pos):
        kept.append(html[pos:found.start()])
        name, depth, pos = found.group(1), 1, found.end()
        if name.lower() in _VOID or found.group(0).endswith("/>"):
            continue
        for tag in re.finditer(rf"<(/?){name}\b[^>]*>", html[pos:]):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                pos += tag.end()
                break
        else:
            pos = len(html)
    return "".join(kept) + html[pos:]


def indexed_words(html: str) -> set[str]:
    """The different words Pagefind indexes in a page (Chinese already spaced), lower-cased: those of its text
    outside data-pagefind-ignore elements."""
    return _words(_without_ignored(html))


def _words(html: str) -> set[str]:
    """The different words of the text of HTML that holds no ignored element, lower-cased."""
    return {w.lower() for w in _WORD.findall(_ANY_TAG.sub(" ", html))}


def is_case(page: str) -> bool:
    """Whether a page of the built site (cases/<slug>/index.html) is a case page."""
    return page.startswith("cases/")


def batches(pages: Iterable[tuple[str, int]], budget: int) -> list[list[str]]:
    """The pages of each index, from (page, words) pairs: the first index holds every page that is not a case
    (whatever their words) and as many cases as fit in the budget; each further index as many as fit, in the
    order of their paths. A case with more words than the budget gets an index of its own."""
    ordered = sorted(pages, key=lambda p: (is_case(p[0]), p[0]))
    out, total = [[]], 0
    for page, count in ordered:
        if is_case(page) and out[-1] and total + count > budget:
            out.append([])
            total = 0
        out[-1].append(page)
        total += count
    return out


VOCABULARY = {"not": {"vocabulary": "all"}}  # the Pagefind filter that leaves the vocabulary pages out
_VOCABULARY_PAGE = "kb-vocabulary/index.html"


def vocabulary_page(words: set[str]) -> str:
    """A page holding every word once, which the filter VOCABULARY leaves out of every search."""
    return (f'{_HEAD}<article data-pagefind-body data-pagefind-filter="vocabulary:all"><p>{" ".join(sorted(words))}</p>'
            '</article></body></html>')


def folder(n: int) -> str:
    """The folder of the n-th index (from 1) in the site: pagefind/, then pagefind-2/, pagefind-3/, ..."""
    return "pagefind" if n == 1 else f"pagefind-{n}"


def index_site(site: Path, budget: int | None = None) -> list[str]:
    """Index the built site with the Pagefind binary shipped in the pagefind PyPI package; return the folders of
    the indexes after the first (none unless the site holds more words than the budget: WORDS_PER_INDEX, or
    the environment variable KB_SEARCH_WORDS). A site of several indexes is searched with the filter VOCABULARY.

    Pagefind reads small copies of the indexed pages (just the indexed element without its ignored elements, Chinese
    spaced out one term per character; it leaves out the permalink signs); it writes its index into the real site,
    whose pages stay as they are. (Pagefind's Python API would need no copies, but it waits 0.1 s for each page.)
    Cutting the ignored elements out gives Pagefind the same index (no ignored element holds a filter, meta or sort
    attribute, which Pagefind would still read there: a test checks it) from a fifth of the text: at 10,000 cases
    the copies take 1.4 s instead of 6.4 s.
    The runs go one after another: at the same time their memory would add up.
    """
    budget = budget or int(os.environ.get(BUDGET_VARIABLE) or WORDS_PER_INDEX)
    with tempfile.TemporaryDirectory(prefix="kb-pagefind-", dir=SCRATCH) as scratch:
        first, counted, vocabulary = Path(scratch) / "1", [], set()
        first.mkdir()
        for page in site.rglob("*.html"):
            body = _ARTICLE.search(page.read_text(encoding="utf-8"))
            if body:
                name = page.relative_to(site).as_posix()
                copy = first / name
                copy.parent.mkdir(parents=True, exist_ok=True)
                text = spaced(_without_ignored(body.group(0)))
                copy.write_text(f'{_HEAD}{text}</body></html>', encoding="utf-8")
                words = _words(text)  # the copy has no ignored element left
                counted.append((name, len(words)))
                vocabulary |= words
        plan = batches(counted, budget)
        for n, pages in enumerate(plan[1:], start=2):
            for name in pages:
                os.renames(first / name, Path(scratch) / str(n) / name)
        for n in range(1, len(plan) + 1):
            if len(plan) > 1:
                page = Path(scratch) / str(n) / _VOCABULARY_PAGE
                page.parent.mkdir(parents=True)
                page.write_text(vocabulary_page(vocabulary), encoding="utf-8")
            _pagefind(Path(scratch) / str(n), site / folder(n))
            for runtime in (site / folder(n)).glob("*") if n > 1 else ():  # a merged index uses the first one's
                if runtime.is_file() and runtime.name != "pagefind-entry.json" and runtime.suffix != ".pf_meta":
                    runtime.unlink()
    return [folder(n) for n in range(2, len(plan) + 1)]


def _pagefind(pages: Path, output: Path) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(output),
               "--force-language", "en", "--exclude-selectors", ".headerlink", "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"pagefind failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
