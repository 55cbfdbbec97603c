"""Command line: python -m kb check [--fix] | report | new-case | case-from-issue | generate [--check] | corpus."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import fetch, fix, generate, issueform, newcase
from .check import check
from .words import LENDER_TYPES, PROVENANCE


def _check(args) -> int:
    root = Path(args.root)
    if args.fix:
        for file, _, fixed in fix.pending(root):
            file.write_text(fixed, encoding="utf-8")
            print(f"fixed {file.relative_to(root).as_posix()}")
    result = check(root, Path(args.corpus) if args.corpus else None)
    for problem in result.problems:
        print(("error " if problem.blocking else "warning ") + problem.format(args.lang))
    if any(p.code == "E156" for p in result.problems):  # show exactly what --fix would change
        for file, text, fixed in fix.pending(root):
            print(fix.diff(file, root, text, fixed), end="")
    corpus = "statute texts compared with the reference corpus" if result.corpus_checked else "!!! reference corpus NOT found: statute texts NOT compared with the law; run make corpus !!!"
    numbers = "case numbers traced to their sources" if result.case_numbers_checked else "!!! case reference NOT found: case numbers NOT verified !!!"
    print(f"{len(result.errors)} error(s), {len(result.warnings)} warning(s); {corpus}; {numbers}.", file=sys.stderr)
    return 1 if result.errors else 0


PROMPTS = [  # field, question, shown choices (None: free text), required
    ("title", "标题（一句话说清发生了什么，不写真实姓名）", None, True),
    ("title_en", "英文标题（可以不填，直接回车）", None, False),
    ("date", "发生日期，例如 2025-03-01", None, True),
    ("behaviors", "涉及的行为 id，多个用逗号隔开", "behaviors", True),
    ("lender_type", "借款机构类型", LENDER_TYPES, True),
    ("kind", "故事来源", {k: PROVENANCE[k] for k in newcase.KINDS}, True),
    ("publisher", "报道或发布单位，例如某某人民法院、某某日报", None, False),
    ("source_title", "报道或判决的标题", None, False),
    ("url", "网址（可以不填）", None, False),
    ("source_date", "报道或判决的日期，例如 2024-11-12", None, False),
    ("case_number", "案号或文号（原文印出的才写；审核人核对后才显示，可以不填）", None, False),
    ("outcome", "结果，一句话（可以不填）", None, False),
    ("slug", "文件名里的英文短名，例如 night-calls-hospital", None, True),
]


SOURCE_PROMPTS = {"publisher", "source_title", "url", "source_date", "case_number"}


def _default_slug(values: dict) -> str:
    return newcase.slugify(values.get("title_en", "")) or "-".join(values.get("behaviors", [])[:2])


def _ask(values: dict, behaviors: dict, today) -> None:
    """Ask for every answer not given as a flag, again and again until it is acceptable."""
    for field, question, choices, required in PROMPTS:
        if field in SOURCE_PROMPTS and values.get("kind") != "reported":
            continue  # only a ruling reported by others has a source to give
        while field not in values:
            if choices == "behaviors":
                print("可选的行为：" + "；".join(f"{b} {d.data['title']['zh']}" for b, d in behaviors.items()))
            elif choices:
                print("可选：" + "；".join(f"{k} {v['zh']}" for k, v in choices.items()))
            default = _default_slug(values) if field == "slug" else ""
            answer = input(f"{question}{f'（回车用 {default}）' if default else ''}：").strip() or default
            if answer or required or (field in newcase.SOURCE_REQUIRED and values.get("kind") == "reported"):
                values[field] = [a.strip() for a in answer.replace("，", ",").split(",") if a.strip()] if field == "behaviors" else answer
            else:
                break
            why = newcase.answer_problems(values, set(behaviors), today).get(field)
            if why:
                print("  ✗ " + why)
                del values[field]


def _create(root: Path, values: dict) -> int:
    try:
        path, warnings = newcase.create(root, values)
    except newcase.Refused as refused:
        print(str(refused), file=sys.stderr)
        return 1
    for problem in warnings:
        print("warning " + str(problem))
    todo = "打开它，把 <!-- --> 提示换成你的经历，然后" if "<!--" in path.read_text(encoding="utf-8") else "请再读一遍，然后"
    print(f"已写好 {path.relative_to(root).as_posix()}。{todo}运行 make check。")
    return 0


def _new_case(args) -> int:
    root = Path(args.root)
    asked = {field for field, _, _, _ in PROMPTS}
    values = {k: v for k, v in vars(args).items() if k in asked and v}
    if args.behaviors:
        values["behaviors"] = [b.strip() for b in args.behaviors.split(",") if b.strip()]
    for key in ("story", "response"):
        if getattr(args, key + "_file"):
            values[key] = Path(getattr(args, key + "_file")).read_text(encoding="utf-8")
    if not args.no_input:
        try:
            _ask(values, check(root).index.behaviors, dt.date.today())
        except EOFError:
            print("\n没有更多回答，什么也没有写。", file=sys.stderr)
            return 1
    return _create(root, values)


def _case_from_issue(args) -> int:
    root = Path(args.root)
    body = sys.stdin.read() if args.body == "-" else Path(args.body).read_text(encoding="utf-8")
    values, missing = issueform.parse(body, check(root).index)
    if missing:
        print("issue 里缺少：" + "；".join(missing), file=sys.stderr)
        return 1
    values.setdefault("kind", "contributed")
    values["slug"] = args.slug or _default_slug(values)
    values["note"] = f"投稿人通过 issue #{args.issue} 提交，已隐去姓名、电话和地址" if args.issue else None
    return _create(root, values)


def _generate(args) -> int:
    root = Path(args.root)
    index = check(root).index
    stale = generate.stale(root, index)
    if args.check:
        for path in stale:
            print(f"{path} is out of date: run python -m kb generate", file=sys.stderr)
        return 1 if stale else 0
    for path, text in stale.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


def _report(args) -> int:
    result = check(Path(args.root), Path(args.corpus) if args.corpus else None)
    index = result.index
    verbatim = [(sid, a) for (sid, _), a in index.articles.items() if "text" in a]
    summaries = [(sid, a) for (sid, _), a in index.articles.items() if "text" not in a]
    symptoms = sum(len(d.data["symptoms"]["zh"]) + len(d.data["symptoms"]["en"]) for d in index.behaviors.values())
    cited = {k for k in index.article_behaviors}
    print(f"behaviors        {len(index.behaviors)}")
    print(f"symptom phrases  {symptoms}")
    print(f"statutes         {len(index.statutes)} ({sum(d.data['source']['kind'] == 'summary' for d in index.statutes.values())} summary-only rules)")
    print(f"articles         {len(verbatim)} verbatim, {len(summaries)} summarised provisions; {len(cited)} cited by behaviors")
    print(f"channels         {len(index.channels)}")
    deadlines = sum(len(d.data["deadlines"]) for d in index.procedures.values())
    print(f"procedures       {len(index.procedures)} with {deadlines} deadlines; {len(index.article_procedures)} articles cited by procedures")
    print(f"cases            {len(index.cases)} covering {len(index.behavior_cases)} behaviors")
    print(f"corpus check     {'done' if result.corpus_checked else 'NOT DONE (corpus missing)'}")
    real = [c.data["source"]["level"] for c in index.cases if "source" in c.data]
    print(f"real cases       {len(real)} (" + ", ".join(f"level {lv}: {real.count(lv)}" for lv in "ABC") + ")")
    print(f"case numbers     {'traced to their sources' if result.case_numbers_checked else 'NOT VERIFIED (case reference missing)'}")
    print("unverified:")
    for sid, doc in index.statutes.items():
        if doc.data["source"]["kind"] == "summary":
            print(f"  statute {sid}: summary only, not verified against the official text")
        for fact in doc.data.get("unverified", []):
            print(f"  statute {sid}: {fact}")
    for cid, doc in index.channels.items():
        if doc.data["verification"] != "verified":
            print(f"  channel {cid}: {doc.data['verification']}")
    return 1 if result.errors else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kb", description="Check and report on the knowledge base content.")
    parser.add_argument("--root", default=".", help="repository root (default: current folder)")
    parser.add_argument("--corpus", help="folder of the reference corpus (default: $KB_CORPUS, else ../shared/reference/laws/raw, else .corpus/laws from make corpus)")
    sub = parser.add_subparsers(dest="command", required=True)
    checker = sub.add_parser("check", help="validate every file and cross-reference; exit 1 on any error")
    checker.add_argument("--fix", action="store_true", help="first rewrite case front matter into canonical form")
    checker.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the messages (default zh)")
    sub.add_parser("report", help="count the content and list everything marked unverified")
    new = sub.add_parser("new-case", help="write a new case file, asking for every answer not given as a flag")
    for field, question, _, _ in PROMPTS:
        new.add_argument("--" + field.replace("_", "-"), dest=field, help=question)
    new.add_argument("--story-file", help="a text file with the story (发生了什么)")
    new.add_argument("--response-file", help="a text file with what worked (怎么做有用)")
    new.add_argument("--no-input", action="store_true", help="never ask; fail if a flag is missing")
    issue = sub.add_parser("case-from-issue", help="turn the body of a 提交一个案例 issue into a case file")
    issue.add_argument("body", help="file with the issue body, or - to read it from standard input")
    issue.add_argument("--slug", help="English short name for the file (default: from the English title or the first behavior)")
    issue.add_argument("--issue", type=int, help="the issue number, recorded in provenance.note")
    gen = sub.add_parser("generate", help="rewrite CONTRIBUTING.md tables and the issue form from the code and content")
    gen.add_argument("--check", action="store_true", help="only report files that are out of date (exit 1)")
    corpus = sub.add_parser("corpus", help="download the reference corpus listed in corpus.tsv into .corpus/ and verify every sha256")
    corpus.add_argument("--manifest", help="the manifest to read (default: corpus.tsv)")
    corpus.add_argument("--dest", help="folder to store the files in, one subfolder per set (default: .corpus)")
    args = parser.parse_args(argv)
    commands = {"check": _check, "report": _report, "new-case": _new_case, "case-from-issue": _case_from_issue, "generate": _generate,
                "corpus": lambda a: fetch.main(a.manifest, a.dest)}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
