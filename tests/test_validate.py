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
