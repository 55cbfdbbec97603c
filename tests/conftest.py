import contextlib
import functools
import http.server
import os
import shutil
import threading
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from kb.check import check
from kb import casesource
from kb.corpus import candidates, default_dir, required

# Hypothesis fails an example that takes longer than its deadline (200 ms unless set): on a busy 2-core machine
# that is failure by chance. Every property test here runs without a deadline; max_examples keeps them short.
settings.register_profile("kb", deadline=None)
settings.load_profile("kb")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
HAVE_CORPUS = default_dir().is_dir()
HAVE_CASE_REFERENCE = casesource.default_dir().is_dir() and (casesource.default_dir().parent / casesource.README).is_file()
CORPUS_MISSING = (f"W205 reference corpus missing (looked in {', '.join(map(str, candidates()))}): "
                  "statute texts were NOT compared with the law; run make corpus")
needs_corpus = pytest.mark.corpus  # tests that compare content with the reference corpus


def require_corpus():
    """Skip, loudly, without the corpus; fail with KB_REQUIRE_CORPUS=1 (as in CI)."""
    if not HAVE_CORPUS:
        if required():
            pytest.fail("KB_REQUIRE_CORPUS=1: " + CORPUS_MISSING, pytrace=False)
        pytest.skip(CORPUS_MISSING)


def pytest_collection_modifyitems(items):
    """Mark tests by the fixtures they use: the markers make test-fast leaves out."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & {"browser", "tab", "server"}:
            item.add_marker(pytest.mark.browser)
        if used & {"site", "server"}:
            item.add_marker(pytest.mark.build)


def pytest_runtest_setup(item):
    if item.get_closest_marker("corpus"):
        require_corpus()


def pytest_report_header():
    return None if HAVE_CORPUS else "!!! " + CORPUS_MISSING


def pytest_terminal_summary(terminalreporter):
    if not HAVE_CORPUS:
        skipped = [r for r in terminalreporter.stats.get("skipped", []) if CORPUS_MISSING in str(r.longrepr)]
        terminalreporter.write_sep("!", f"{CORPUS_MISSING} ({len(skipped)} test(s) skipped)", red=True, bold=True)


def overlay(tmp: Path, *layers: Path) -> Path:
    """Copy the layers into tmp, later layers replacing files of earlier ones."""
    for layer in layers:
        shutil.copytree(layer, tmp, dirs_exist_ok=True)
    return tmp


def build_env() -> dict:
    """The environment for a build or server run from a copy of the repository: a copy has no ../shared beside it,
    so the corpus folders this checkout found are named (KB_CORPUS, KB_CASE_CORPUS), and with KB_REQUIRE_CORPUS=1 (CI)
    the copy is checked against the same texts instead of stopping with E107."""
    folders = {"KB_CORPUS": default_dir("laws"), "KB_CASE_CORPUS": default_dir("cases")}
    found = {var: str(folder) for var, folder in folders.items() if folder.is_dir()}
    return {**os.environ, **found, "NO_MKDOCS_2_WARNING": "1"}


def build(root: Path, site: Path, **env: str) -> subprocess.CompletedProcess:
    """Build root's site into site; env adds environment variables (KB_SEARCH_WORDS=... for several search indexes)."""
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=root, env={**build_env(), **env}, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real site, built once per test session."""
    out = tmp_path_factory.mktemp("site")
    done = build(ROOT, out)
    assert done.returncode == 0, done.stderr[-4000:]
    assert "WARNING" not in done.stderr, done.stderr[-4000:]
    return out


@pytest.fixture(scope="session")
def index():
    result = check(ROOT)
    assert result.errors == []
    return result.index


CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]



class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        # Like the static host the site is deployed to: files may be cached for ten minutes. The browser
        # re-requests the tab icon whenever the address changes; offline, it then comes from the cache.
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


@contextlib.contextmanager
def serving(directory: Path):
    """A local static server for a built site; yields its address."""
    handler = functools.partial(_Quiet, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def server(site):
    with serving(site) as origin:
        yield origin


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A phone-sized page that records every request and every console error."""

    def __init__(self, browser, origin):
        self.context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        # Waits are for conditions; this is only how long a condition may take on a busy machine before it fails.
        self.context.set_default_timeout(60_000)
        self.page = self.context.new_page()
        self.origin = origin
        self.requests, self.errors = [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def foreign(self):
        # data: and blob: URLs are made inside the page (a CSV download is a blob:), never fetched from elsewhere
        return [u for u in self.requests if not u.startswith((self.origin, "data:", "blob:"))]

    def close(self):
        self.context.close()


@contextlib.contextmanager
def watching(browser, origin: str):
    """A Watched tab on a site served at origin; afterwards, no request may have left it and no error been logged."""
    watched = Watched(browser, origin)
    yield watched
    assert watched.foreign() == [], "requests to other origins"
    assert watched.errors == [], "console errors"
    watched.close()


@pytest.fixture
def tab(browser, server):
    with watching(browser, server) as watched:
        yield watched
