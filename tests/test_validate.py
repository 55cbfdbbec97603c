"""Schema validation details: references inlined once, and messages that say in Chinese what is wrong."""
import jsonschema

from kb.load import Doc
from kb.validate import _inline, schema_problems


def test_inlined_references_keep_every_constraint():
    schemas = {
        "a.json": {"$defs": {"x": {"type": "string", "minLength": 2}}},
        "b.json": {"type": "object", "properties": {"p": {"$ref": "a.json#/$defs/x", "maxLength": 3, "description": "d"},
                                                    "q": {"$ref": "#/$defs/y"}},
                   "$defs": {"y": {"$ref": "a.json#/$defs/x"}}},
    }
    check = jsonschema.Draft202012Validator(_inline(schemas["b.json"], schemas, "b.json"))
    assert check.is_valid({"p": "abc", "q": "ab"})
    assert not check.is_valid({"p": "a"})  # minLength from the target
    assert not check.is_valid({"p": "abcd"})  # maxLength beside the $ref
    assert not check.is_valid({"q": 3})  # through a local $defs entry that points elsewhere


def test_case_schema_messages_are_chinese():
    doc = Doc("case", "docs/cases/2025-x.md", {"title": "短", "date": "2025/01/01", "behaviors": [], "lender_type": "loan-shark",
                                               "provenance": {"kind": "illustrative"}, "review": {"state": "ok"}})
    messages = {p.code + " " + p.message for p in schema_problems(doc)}
    assert "E112 title：太短，至少 4 个字" in messages
    assert "E112 date：'2025/01/01' 格式不对，要写成 YYYY-MM-DD，例如 '2025-03-01'" in messages
    assert "E112 behaviors：至少要有 1 项" in messages
    assert any(m.startswith("E112 lender_type：'loan-shark' 不在可选范围内，可选：bank / consumer-finance") for m in messages)


def test_impossible_calendar_dates_are_refused_in_every_date_field(tmp_path):
    """A pattern lets 2026-02-30 through; the date format check does not: cases, statutes and channels."""
    from conftest import FIXTURES, overlay
    from kb.check import check
    tree = overlay(tmp_path / "tree", FIXTURES / "valid")
    edits = [("docs/cases/2025-demo-case.md", "date: '2025-01-01'", "date: '2026-02-30'"),
             ("statutes/minfadian.yml", "effective: '2021-01-01'", "effective: '2026-13-01'"),
             ("channels/police-110.yml", "verified_on: ", "verified_on: '2025-04-31'  # ")]
    for path, old, new in edits:
        file = tree / path
        text = file.read_text(encoding="utf-8")
        assert old in text, (path, old)
        file.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = {(p.path, p.code) for p in check(tree).problems if "不是日历上的日期" in p.message}
    assert found == {(path, "E112") for path, _, _ in edits}


def test_a_case_differing_only_in_final_newlines_is_reported_not_crashed(tmp_path):
    from conftest import FIXTURES
    from kb.load import load_case
    from kb.validate import case_problems
    import datetime as dt
    text = (FIXTURES / "valid" / "docs" / "cases" / "2025-demo-case.md").read_text(encoding="utf-8")
    end = text.count("\n") + 1
    for variant, line in [(text.rstrip("\n"), end - 1), (text + "\n", end), (text + "\n\n\n", end), (text.replace("\n---\n", "\n---", 1), None)]:
        path = tmp_path / "2025-demo-case.md"
        path.write_text(variant, encoding="utf-8")
        doc, problems = load_case(path, "docs/cases/2025-demo-case.md")
        if doc is None:
            assert problems
            continue
        found = [(p.code, p.line) for p in case_problems(doc, dt.date(2026, 11, 29)) if p.code == "E156"]
        assert found and (line is None or found == [("E156", line)]), (repr(variant[-5:]), found)
    empty = tmp_path / "2025-empty.md"
    empty.write_text(text.split("---\n\n", 1)[0] + "---\n", encoding="utf-8")
    doc, _ = load_case(empty, "docs/cases/2025-empty.md")
    assert {"E153", "E156"} <= {p.code for p in case_problems(doc, dt.date(2026, 11, 29))}
