"""Command line: python -m kb check | report."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .check import check


def _check(args) -> int:
    result = check(Path(args.root), Path(args.corpus) if args.corpus else None)
    for problem in result.problems:
        print(("error " if problem.blocking else "warning ") + str(problem))
    corpus = "statute texts compared with the reference corpus" if result.corpus_checked else "reference corpus NOT found: statute texts not compared"
    print(f"{len(result.errors)} error(s), {len(result.warnings)} warning(s); {corpus}.", file=sys.stderr)
    return 1 if result.errors else 0


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
    print(f"cases            {len(index.cases)} covering {len(index.behavior_cases)} behaviors")
    print(f"corpus check     {'done' if result.corpus_checked else 'NOT DONE (corpus missing)'}")
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
    parser.add_argument("--corpus", help="folder of the reference corpus (default: ../shared/reference/laws/raw or $KB_CORPUS)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate every file and cross-reference; exit 1 on any error")
    sub.add_parser("report", help="count the content and list everything marked unverified")
    args = parser.parse_args(argv)
    return {"check": _check, "report": _report}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
