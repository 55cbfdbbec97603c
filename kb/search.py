"""Full-text search with Pagefind: an index built after the site, fetched in small pieces per query.

Pages opt in with data-pagefind-body (added by the hook); list pages stay out so that
search results point at behavior, statute, guide and case pages.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UNINDEXED = {"index.md", "en/index.md", "cases/index.md", "matrix.md", "behaviors/index.md", "en/behaviors/index.md", "statutes/index.md", "en/statutes/index.md"}


def index_site(site: Path) -> None:
    """Run the Pagefind binary shipped in the pagefind PyPI package over the built site."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--force-language", "zh", "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"pagefind failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
