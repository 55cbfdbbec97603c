"""`make corpus`: the manifest matches the shared corpus, and the fetch works against a local server laid out
like the real host (<owner>/<repo>/<commit>/<percent-encoded path>), refusing wrong bytes and missing files."""
import functools
import hashlib
import http.server
import os
import subprocess
import sys
import threading
import urllib.parse

import pytest

from kb.corpus import MANIFEST, candidates, default_dir
from kb.fetch import COLUMNS, read_manifest

from conftest import ROOT

SHARED = ROOT.parent / "shared" / "reference"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


class _Recording(http.server.SimpleHTTPRequestHandler):
    """A static host that records the raw paths it was asked for."""

    asked: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.asked.append(self.path)
        super().do_GET()


@pytest.fixture
def host(tmp_path):
    """(base URL, folder it serves, paths asked for)."""
    root = tmp_path / "host"
    root.mkdir()
    asked = []
    handler = functools.partial(type("H", (_Recording,), {"asked": asked}), directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", root, asked
    httpd.shutdown()
    httpd.server_close()


def publish(root, repo, commit, path, data: bytes):
    target = root / repo / commit / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def manifest(tmp_path, rows) -> str:
    """A manifest of (set, file, repo, path, data) rows, with the sha256 and size of data."""
    lines = ["\t".join(COLUMNS)] + ["\t".join([s, f, r, COMMIT, p, hashlib.sha256(d).hexdigest(), str(len(d))]) for s, f, r, p, d in rows]
    path = tmp_path / "corpus.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def fetch(base, manifest_path, dest) -> subprocess.CompletedProcess:
    env = {**os.environ, "KB_CORPUS_BASE": base}
    return subprocess.run([sys.executable, "-m", "kb", "corpus", "--manifest", manifest_path, "--dest", str(dest)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


LAW = "第一条 为了测试。\n".encode("utf-8")
CASE = "（2017）京03刑终416号\n".encode("utf-8")


def test_fetch_stores_every_file_verified(tmp_path, host):
    base, root, asked = host
    rows = [("laws", "law.md", "LawRefBook/Laws", "司法解释/规定（试行）(2020-12-29).md", LAW),
            ("cases", "case.md", "xtjeyvc/xtjeyvc.github.com", "doc/anli-sifa/case.md", CASE)]
    for _, _, repo, path, data in rows:
        publish(root, repo, COMMIT, path, data)
    done = fetch(base, manifest(tmp_path, rows), tmp_path / "dest")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "dest" / "laws" / "law.md").read_bytes() == LAW
    assert (tmp_path / "dest" / "cases" / "case.md").read_bytes() == CASE
    quoted = urllib.parse.quote("司法解释/规定（试行）(2020-12-29).md")
    assert f"/LawRefBook/Laws/{COMMIT}/{quoted}" in asked
    assert all(path.isascii() and "(" not in path for path in asked), asked
    asked.clear()
    again = fetch(base, manifest(tmp_path, rows), tmp_path / "dest")
    assert again.returncode == 0 and asked == [], "verified files are kept, not downloaded again"


def test_fetch_refuses_wrong_bytes_and_missing_files(tmp_path, host):
    base, root, _ = host
    rows = [("laws", "changed.md", "o/r", "a/changed.md", LAW), ("laws", "absent.md", "o/r", "a/absent.md", LAW),
            ("laws", "good.md", "o/r", "a/good.md", LAW)]
    publish(root, "o/r", COMMIT, "a/changed.md", LAW.replace("测试".encode(), "试验".encode()))
    publish(root, "o/r", COMMIT, "a/good.md", LAW)
    done = fetch(base, manifest(tmp_path, rows), tmp_path / "dest")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert any("laws/changed.md: sha256 mismatch" in line and f"{base}/o/r/{COMMIT}/a/changed.md" in line for line in lines), done.stderr
    assert any("laws/absent.md: HTTP 404" in line for line in lines), done.stderr
    assert "2 of 3 file(s) could not be fetched" in done.stderr
    assert sorted(p.name for p in (tmp_path / "dest" / "laws").iterdir()) == ["good.md"]


def test_unreachable_host_and_broken_manifest_are_one_line_each(tmp_path):
    rows = [("laws", "law.md", "o/r", "a.md", LAW)]
    done = fetch("http://127.0.0.1:9", manifest(tmp_path, rows), tmp_path / "dest")
    assert done.returncode == 1 and "cannot download http://127.0.0.1:9/o/r/" in done.stderr and "Traceback" not in done.stderr
    bad = tmp_path / "bad.tsv"
    bad.write_text("\t".join(COLUMNS) + "\nlaws\t../escape\to/r\t" + COMMIT + "\ta.md\t" + "0" * 64 + "\t1\n", encoding="utf-8")
    done = fetch("http://127.0.0.1:9", str(bad), tmp_path / "dest")
    assert done.returncode == 1 and f"{bad}:2: malformed row" in done.stderr and "Traceback" not in done.stderr


def shared_manifest(name: str) -> list[tuple]:
    """The rows of ../shared/reference/<name>/raw/MANIFEST.tsv (its title column is cut mid-character: ignore it)."""
    lines = (SHARED / name / "raw" / "MANIFEST.tsv").read_text(encoding="utf-8", errors="replace").splitlines()
    head = lines[0].split("\t")
    return [tuple(row[k] for k in COLUMNS[1:]) for row in (dict(zip(head, line.split("\t"))) for line in lines[1:] if line)]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/reference is absent: corpus.tsv is checked by sha256 on fetch instead")
@pytest.mark.parametrize("name", ["laws", "cases"])
def test_manifest_matches_the_shared_corpus(name):
    ours = [(e.file, e.repo, e.commit, e.path, e.sha256, str(e.bytes)) for e in read_manifest() if e.set == name]
    assert ours == shared_manifest(name)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/reference is absent: nothing to mirror")
def test_fetched_corpus_makes_the_strict_check_pass(tmp_path, host):
    """The real manifest against a local mirror of the shared corpus: every file fetched and verified, then the
    check compares every article with it and passes with the corpus required."""
    base, root, _ = host
    entries = read_manifest()
    for entry in entries:
        publish(root, entry.repo, entry.commit, entry.path, (SHARED / entry.set / "raw" / entry.file).read_bytes())
    dest = tmp_path / "dest"
    done = fetch(base, str(MANIFEST), dest)
    assert done.returncode == 0, done.stderr
    assert f"{len(entries)} file(s) verified" in done.stdout
    env = {**os.environ, "KB_CORPUS": str(dest / "laws"), "KB_REQUIRE_CORPUS": "1"}
    checked = subprocess.run([sys.executable, "-m", "kb", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert "statute texts compared with the reference corpus" in checked.stderr


def test_required_corpus_missing_fails_the_check_and_says_how_to_get_it(tmp_path):
    env = {**os.environ, "KB_CORPUS": str(tmp_path / "absent"), "KB_REQUIRE_CORPUS": "1"}
    checked = subprocess.run([sys.executable, "-m", "kb", "check", "--lang", "en"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 1
    assert "corpus.tsv:1: E107" in checked.stdout and "make corpus" in checked.stdout and str(tmp_path / "absent") in checked.stdout


def test_lookup_order(monkeypatch, tmp_path):
    monkeypatch.setenv("KB_CORPUS", str(tmp_path))
    assert candidates() == [tmp_path] and default_dir() == tmp_path
    monkeypatch.delenv("KB_CORPUS")
    monkeypatch.delenv("KB_CASE_CORPUS", raising=False)
    shared, fetched = candidates()
    assert shared == ROOT.parent / "shared" / "reference" / "laws" / "raw" and fetched == ROOT / ".corpus" / "laws"
    assert candidates("cases")[0] == ROOT.parent / "shared" / "reference" / "cases" / "raw"
    assert default_dir() == next((p for p in (shared, fetched) if p.is_dir()), shared)
