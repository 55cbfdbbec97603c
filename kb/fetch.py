"""`make corpus`: download the reference corpus listed in corpus.tsv and verify every file.

Each file comes from ${KB_CORPUS_BASE:-https://raw.githubusercontent.com}/<owner>/<repo>/<commit>/<path>, the
path percent-encoded, must have the manifest's sha256, and is stored as .corpus/<set>/<file>, where
kb/corpus.py finds it when neither KB_CORPUS nor ../shared/reference/<set>/raw exists. A file already there
with the right sha256 is kept. Every failure is one line naming the file, the address and what went wrong.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .corpus import ENV, FETCHED, MANIFEST

DEFAULT_BASE = "https://raw.githubusercontent.com"
COLUMNS = ("set", "file", "repo", "commit", "path", "sha256", "bytes")
_FILE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
_REPO = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")
_HEX = {"commit": re.compile(r"^[0-9a-f]{40}$"), "sha256": re.compile(r"^[0-9a-f]{64}$")}


class ManifestError(Exception):
    pass


@dataclass(frozen=True)
class Entry:
    """One source file: the set (folder) it belongs to, its name there, and where it comes from."""

    set: str
    file: str
    repo: str
    commit: str
    path: str
    sha256: str
    bytes: int

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/{self.repo}/{self.commit}/{urllib.parse.quote(self.path, safe='/')}"


def read_manifest(path: Path = MANIFEST) -> list[Entry]:
    """The rows of corpus.tsv; ManifestError names the first malformed line."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise ManifestError(f"{path}:1: the header must be {' '.join(COLUMNS)} (tab-separated)")
    entries = []
    for number, line in enumerate(lines[1:], 2):
        values = line.split("\t")
        row = dict(zip(COLUMNS, values))
        wrong = [name for name, pattern in _HEX.items() if not pattern.match(row.get(name, ""))]
        if len(values) != len(COLUMNS) or row["set"] not in ENV or not _FILE.match(row["file"]) \
                or not _REPO.match(row["repo"]) or wrong or not row["bytes"].isdigit() or ".." in row["path"].split("/"):
            raise ManifestError(f"{path}:{number}: malformed row (set one of {', '.join(ENV)}; file a plain name; "
                                "repo owner/name; commit and sha256 in lower-case hex; bytes a number)")
        entries.append(Entry(**{**row, "bytes": int(row["bytes"])}))
    return entries


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_one(entry: Entry, dest: Path, base: str) -> str | None:
    """Download one file into dest/<set>/<file> unless it is there already; the reason it failed, or None."""
    target = dest / entry.set / entry.file
    if target.is_file() and _sha(target.read_bytes()) == entry.sha256:
        return None
    url = entry.url(base)
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            data = response.read(entry.bytes + 1)
    except urllib.error.HTTPError as error:
        return f"{entry.set}/{entry.file}: HTTP {error.code} {error.reason} from {url}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return f"{entry.set}/{entry.file}: cannot download {url}: {getattr(error, 'reason', error)}"
    if _sha(data) != entry.sha256:
        return (f"{entry.set}/{entry.file}: sha256 mismatch for {url}: got {_sha(data)} ({len(data)} bytes), "
                f"corpus.tsv expects {entry.sha256} ({entry.bytes} bytes); nothing stored")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return None


def fetch(entries: list[Entry], dest: Path, base: str) -> list[str]:
    """Fetch every entry; the list of failures (empty when every file is present and verified)."""
    return [reason for reason in (fetch_one(entry, dest, base) for entry in entries) if reason]


def main(manifest: Path | None = None, dest: Path | None = None) -> int:
    base = os.environ.get("KB_CORPUS_BASE") or DEFAULT_BASE
    dest = Path(dest or FETCHED)
    try:
        entries = read_manifest(Path(manifest or MANIFEST))
        failures = fetch(entries, dest, base)
    except (ManifestError, OSError) as error:
        print(f"corpus: FAILED: {error}", file=sys.stderr)
        return 1
    for reason in failures:
        print(f"corpus: FAILED: {reason}", file=sys.stderr)
    if failures:
        print(f"corpus: {len(failures)} of {len(entries)} file(s) could not be fetched and verified from {base}; "
              "the check cannot compare statute texts until they are (set KB_CORPUS_BASE to use a mirror).", file=sys.stderr)
        return 1
    sets = sorted({entry.set for entry in entries})
    print(f"corpus: {len(entries)} file(s) verified by sha256 in {', '.join(str(dest / s) for s in sets)}")
    return 0
