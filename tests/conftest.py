import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb.check import check
from kb.corpus import default_dir

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
HAVE_CORPUS = default_dir().is_dir()
needs_corpus = pytest.mark.skipif(not HAVE_CORPUS, reason="reference corpus ../shared/reference/laws/raw is absent")


def overlay(tmp: Path, *layers: Path) -> Path:
    """Copy the layers into tmp, later layers replacing files of earlier ones."""
    for layer in layers:
        shutil.copytree(layer, tmp, dirs_exist_ok=True)
    return tmp


@pytest.fixture
def valid_tree(tmp_path):
    return overlay(tmp_path / "tree", FIXTURES / "valid")


def build(root: Path, site: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=600)


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
