"""The registry of check codes. Every problem the checker reports has one of these codes.

Codes are stable: tests, fixtures and CONTRIBUTING.md refer to them. Add new codes,
never renumber old ones.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    blocking: bool
    title: str
    fix: str


_RULES = [
    # Files and YAML
    Rule("E100", True, "file is not UTF-8", "Save the file as UTF-8 (in most editors: Save with encoding → UTF-8)."),
    Rule("E101", True, "tab character", "Indent with spaces, never tabs; most editors can convert tabs to spaces."),
    Rule("E102", True, "empty file", "Fill the file in from a template, or delete it."),
    Rule("E103", True, "YAML cannot be read", "Fix the YAML syntax at this line: check indentation, colons and quotes; put text with : or # in quotes."),
    Rule("E104", True, "duplicate key", "Remove one of the two entries with this key; YAML would silently keep only the last."),
    Rule("E105", True, "YAML anchor or alias", "Write the value out in full instead of using & anchors and * aliases."),
    Rule("E106", True, "case has no front matter", "Start the file with a line '---', the YAML fields, and another '---' line (see docs/cases/_template.md)."),
    # Schema
    Rule("E110", True, "unknown field", "Remove the field or fix its spelling; the allowed fields are listed in the schema in schemas/."),
    Rule("E111", True, "missing field", "Add the required field; the schema in schemas/ describes each field."),
    Rule("E112", True, "invalid value", "Change the value to one the schema allows (type, format or list of choices)."),
    # Ids
    Rule("E120", True, "duplicate id or label", "Give each item its own id, and each article its own label; they must be unique."),
    Rule("E121", True, "id does not match file name", "Rename the file to <id>.yml or change the id so that they match."),
    # Cross-references
    Rule("E130", True, "unknown statute", "Use the id of a file in statutes/ (without .yml), or add the statute first."),
    Rule("E131", True, "unknown article", "Use the label of an article listed in that statute file, or add the article (with verified text) first."),
    Rule("E132", True, "unknown paragraph or item", "Count paragraphs (款) as the lines of the article text that are not items, and items (项) as the （一）… lines under that paragraph."),
    Rule("E133", True, "unknown behavior", "Use an id of a file in behaviors/ (without .yml); see the list on the site's behavior index."),
    Rule("E134", True, "unknown channel", "Use an id of a file in channels/ (without .yml)."),
    Rule("E135", True, "cites a superseded statute", "Cite the version in force today (see superseded_by in the old statute's file)."),
    Rule("E136", True, "unknown replaced article", "Point replaces at an article label that exists in the superseded statute file."),
    # Statute text
    Rule("E140", True, "article text differs from the reference corpus", "Copy the article again from the reference corpus (../shared/reference/laws/raw); never type statute text from memory."),
    Rule("E141", True, "article not found in the reference corpus", "Check the article label and the corpus file; only articles present in the corpus can be published verbatim."),
    Rule("E142", True, "unknown corpus file", "Name a file that exists in ../shared/reference/laws/raw (see its MANIFEST.tsv)."),
    Rule("E143", True, "article number does not match its label", "Make number and label agree, e.g. label 1033 with number 第一千零三十三条."),
    Rule("E144", True, "summary and verbatim mixed", "A verbatim statute carries text on every article; a summary rule carries summary on every provision."),
    Rule("E145", True, "superseded statute without successor", "Set superseded_by to the id of the statute in force (or change status)."),
    # Cases
    Rule("E150", True, "case date in the future", "Use the date the events happened, which cannot be after today."),
    Rule("E151", True, "case file name does not follow the convention", "Name case files <yyyy>-<slug>.md with lower-case letters, digits and hyphens, e.g. 2025-night-calls.md."),
    Rule("E152", True, "reviewed case without reviewer", "Name the reviewer in review.reviewer, or set review.state to unreviewed."),
    Rule("E153", True, "case body is empty", "Write the story below the front matter: what happened and what worked."),
    # Personal data in cases (kb/privacy.py)
    Rule("E160", True, "mobile phone number", "Mask it as 138****0000; never publish anyone's number."),
    Rule("E161", True, "resident ID number", "Remove it; write 身份证号 if the story needs it."),
    Rule("E162", True, "bank card number", "Remove it; write 尾号1234 at most."),
    Rule("E163", True, "e-mail address", "Remove it, or write 某邮箱."),
    Rule("E164", True, "licence plate", "Mask it as 京A·*****."),
    Rule("E165", True, "landline number", "Mask it as 010-****0000."),
    Rule("E166", True, "street address", "Write 某区某街道 instead of a street and house number."),
    Rule("E170", True, "unsafe markup", "Remove the HTML: <script>, <iframe>, <style>, on…= attributes and javascript:/data: links are never allowed; write plain Markdown."),
    Rule("E171", True, "content loaded from another site", "Remove the image or resource; describe it in words, or add the file to the repository in a pull request."),
    # Warnings
    Rule("W200", False, "behavior has no case", "Add a case in docs/cases/ that shows this behavior."),
    Rule("W201", False, "verdict level without a matching violation", "Add a violation at this level, or remove the verdict entry."),
]

RULES: dict[str, Rule] = {r.code: r for r in _RULES}
