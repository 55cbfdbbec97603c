"""`mkdocs serve` rebuilds generated pages when the YAML they come from, the code in kb/ or a schema changes."""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT, build_env

pytestmark = pytest.mark.build  # mkdocs serve builds the whole site


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(url: str, predicate, seconds: float = 600) -> str:
    """Poll until the page satisfies predicate; seconds only bounds a failure (a busy machine builds slowly)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            text = _get(url)
            if predicate(text):
                return text
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} did not change as expected within {seconds} s")


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _wait_for_log(log, needle: str, seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if needle in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} did not appear in the server's log within {seconds} s")


def test_serve_takes_up_changes_to_content_code_and_schemas_without_restarting(tmp_path):
    tree = tmp_path / "repo"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "__pycache__"))
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as sink:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=tree, env=build_env(), stdout=sink, stderr=sink)
    try:
        url = f"http://127.0.0.1:{port}/behaviors/night-calls/"
        _wait_for(url, lambda text: "<h1" in text)
        _edit(tree / "behaviors" / "night-calls.yml", "  zh: 夜间催收\n", "  zh: 夜间催收（已更新）\n")
        _wait_for(url, lambda page: "夜间催收（已更新）" in page)
        # the words of the pages are code (kb/words.py): an edit shows without restarting the server
        _edit(tree / "kb" / "words.py", '"evidence": "', '"evidence": "（代码已更新）')
        _wait_for(url, lambda page: "（代码已更新）" in page)
        # a schema edit applies at once: a field every behavior now lacks stops the rebuild with its code
        _edit(tree / "schemas" / "behavior.schema.json", '"required": ["id", ', '"required": ["added_field", "id", ')
        _wait_for_log(log, "added_field")
        assert "E111" in log.read_text(encoding="utf-8")
    finally:
        server.terminate()
        server.wait(timeout=20)
