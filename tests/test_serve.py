"""`mkdocs serve` rebuilds generated pages when the YAML they come from changes."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

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


def test_serve_reloads_when_a_behavior_changes(tmp_path):
    tree = tmp_path / "repo"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(".venv", "site", ".git", "tests", "__pycache__"))
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=tree, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/behaviors/night-calls/"
        _wait_for(url, lambda text: "<h1" in text)
        source = tree / "behaviors" / "night-calls.yml"
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace("  zh: 夜间催收\n", "  zh: 夜间催收（已更新）\n", 1), encoding="utf-8")
        _wait_for(url, lambda page: "夜间催收（已更新）" in page)
    finally:
        server.terminate()
        server.wait(timeout=20)
