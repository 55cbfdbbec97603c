"""Each fixture under tests/fixtures/invalid/<CODE>-… must raise exactly that code, and every rule has one."""
import datetime as dt

import pytest

from kb.check import check
from kb.rules import RULES

from conftest import FIXTURES, HAVE_CASE_REFERENCE, HAVE_CORPUS, overlay

TODAY = dt.date(2026, 11, 29)
INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())
CORPUS_CODES = {"E140", "E141", "E142"}
CASE_REFERENCE_CODES = {"E180", "E181", "E182", "E183"}  # found by looking the numbers up
ABSENT_REFERENCE_CODES = {"W210"}  # raised only when the case reference is missing


def test_valid_fixture_is_clean():
    result = check(FIXTURES / "valid", today=TODAY)
    assert result.problems == []


def test_every_rule_has_a_fixture():
    covered = {p.name.split("-")[0] for p in INVALID}
    assert covered == set(RULES), f"missing fixtures: {sorted(set(RULES) - covered)}; unknown: {sorted(covered - set(RULES))}"


@pytest.mark.parametrize("fixture", INVALID, ids=lambda p: p.name)
def test_fixture_raises_exactly_its_code(fixture, tmp_path, monkeypatch):
    code = fixture.name.split("-")[0]
    if code in CORPUS_CODES and not HAVE_CORPUS:
        pytest.skip("needs the reference corpus")
    if code in CASE_REFERENCE_CODES and not HAVE_CASE_REFERENCE:
        pytest.skip("needs the case reference")
    if code in ABSENT_REFERENCE_CODES:
        monkeypatch.setenv("KB_CASES_CORPUS", str(tmp_path / "no-case-reference"))
    tree = overlay(tmp_path / "tree", FIXTURES / "valid", fixture)
    result = check(tree, today=TODAY)
    codes = {p.code for p in result.problems}
    assert codes == {code}, "\n".join(str(p) for p in result.problems)
    for problem in result.problems:
        text = str(problem)
        assert text.startswith(problem.path + ":"), text
        assert f": {code} " in text and RULES[code].fix in text
        assert problem.line >= 1
    assert bool(result.errors) == RULES[code].blocking
