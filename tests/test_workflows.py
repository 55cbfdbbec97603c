"""The GitHub workflows pass zizmor, run offline, with no finding of medium severity or more, and every action is
pinned to the commit of its newest release."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

ZIZMOR = Path(sys.executable).parent / "zizmor"
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONS = ROOT.parent / "shared" / "reference" / "github-actions.tsv"
BLOCKING = {"Medium", "High"}


def zizmor(target: Path) -> list[dict]:
    """zizmor's findings, offline, with no configuration and no ignore comments honoured."""
    if not ZIZMOR.exists():
        pytest.fail(f"{ZIZMOR} is missing: run make setup (zizmor is pinned in requirements.txt)", pytrace=False)
    done = subprocess.run([str(ZIZMOR), "--offline", "--no-config", "--no-ignores", "--no-exit-codes", "--no-progress",
                           "--format", "json", str(target)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_workflows_have_no_finding_of_medium_severity_or_more():
    findings = [f for f in zizmor(WORKFLOWS) if f["determinations"]["severity"] in BLOCKING]
    assert findings == [], "\n".join(
        f"{f['ident']} ({f['determinations']['severity']}): {loc['symbolic']['annotation']} at "
        f"{loc['symbolic']['key']['Local']['verbatim_path']}:{loc['concrete']['location']['start_point']['row'] + 1}"
        for f in findings for loc in f["locations"][:1])


def test_zizmor_catches_what_it_is_here_for(tmp_path):
    """The check can fail: an unpinned action that keeps its credentials is reported, high and medium."""
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    (folder / "ci.yml").write_text("on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
                                   "    steps:\n      - uses: actions/checkout@v4\n", encoding="utf-8")
    found = {(f["ident"], f["determinations"]["severity"]) for f in zizmor(folder)}
    assert {("unpinned-uses", "High"), ("artipacked", "Medium")} <= found


@pytest.mark.skipif(not ACTIONS.exists(), reason="../shared/reference/github-actions.tsv is absent")
def test_every_action_is_pinned_to_its_newest_release():
    rows = [line.split("\t") for line in ACTIONS.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    newest = {}
    for action, tag, commit, day in rows:
        if action not in newest or day > newest[action][2]:
            newest[action] = (tag, commit, day)
    uses = re.findall(r"uses: ([\w.-]+/[\w.-]+)@(\S+)(?:  # (\S+))?", "".join(p.read_text(encoding="utf-8") for p in WORKFLOWS.glob("*.yml")))
    assert uses
    for action, ref, comment in uses:
        assert (ref, comment) == newest[action][:2][::-1], action
