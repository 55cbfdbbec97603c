"""Benchmark: build synthetic sites of 1,000 and 10,000 cases and print speed and size figures.

Usage: python scripts/bench.py [--sizes 1000 10000] [--keep DIR] [--no-browser]
Each size is also built with plain MkDocs + Material (its own search plugin, no hooks, a one-page nav) from the
same Markdown pages, in the same run, and the ratio of the two build times is printed: the machine's speed
varies between runs, the ratio much less. Nothing here is asserted; the README records the figures against the targets.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.casefile import case_text  # noqa: E402
from kb.check import check  # noqa: E402
from kb.load import load_all  # noqa: E402
from kb import procedures  # noqa: E402
from kb.render import generated_pages  # noqa: E402

COPY = ["mkdocs.yml", "kb", "schemas", "statutes", "behaviors", "channels", "procedures", "docs", "overrides", "search", "corpus.tsv"]
PLACES = ["杭州", "成都", "郑州", "长沙", "广州", "武汉", "西安", "南京", "合肥", "昆明"]
JOBS = ["外卖骑手", "程序员", "小学老师", "个体店主", "护士", "快递员", "大学生", "销售", "会计", "司机"]
OPENINGS = ["逾期两个月后", "失业以后", "生病住院期间", "生意亏损以后", "分期还了一半之后"]
LENDERS = ["bank", "consumer-finance", "platform", "small-loan", "illegal"]


def synthetic_case(n: int, behaviors: list, rng: random.Random) -> str:
    chosen = rng.sample(behaviors, rng.randint(1, 3))
    titles = "、".join(b[1] for b in chosen)
    place, job, opening = rng.choice(PLACES), rng.choice(JOBS), rng.choice(OPENINGS)
    amount = rng.randint(3, 90) * 1000
    date = f"20{rng.randint(22, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = (f"{place}的{job}小{chr(0x4e00 + n % 2000)}欠款约{amount}元，{opening}开始接到催收。"
            f"催收方的做法包括{titles}。他先在官方渠道核对了欠款，保存了通话记录和短信截图，"
            "然后向放贷机构提出书面协商，并就越界的催收行为向相应渠道投诉。") * 3
    data = {"title": f"综合示例第{n}号：{titles}", "date": date, "behaviors": [b[0] for b in chosen],
            "lender_type": rng.choice(LENDERS), "provenance": {"kind": "illustrative", "note": "基准测试生成的合成案例"},
            "outcome": "协商后分期还款，骚扰停止。", "review": {"state": "reviewed", "reviewer": "基准测试"}}
    return case_text(data, f"# 综合示例第{n}号\n\n## 发生了什么\n\n{body}\n\n## 怎么做有用\n\n保存证据、书面协商、按渠道投诉。\n")


def make_tree(size: int, where: Path) -> Path:
    tree = where / f"cases-{size}"
    tree.mkdir(parents=True)
    for name in COPY:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tree / name)
    behaviors = [(d.data["id"], d.data["title"]["zh"]) for d in load_all(ROOT).behaviors]
    rng = random.Random(size)
    cases = tree / "docs" / "cases"
    for n in range(size):
        (cases / f"2099-bench-{n:05d}.md").write_text(synthetic_case(n, behaviors, rng), encoding="utf-8")
    return tree


PLAIN_DROPS = {"hooks", "plugins", "theme", "extra_css", "extra_javascript", "watch", "nav", "strict"}
PLAIN = """
theme:
  name: material
  language: zh
  font: false
plugins:
  - search
nav:
  - index.md
"""


def _top_level_blocks(text: str) -> list[list[str]]:
    """mkdocs.yml cut into [key, text] at each top-level key (comments go with the key above them)."""
    blocks = [["", ""]]
    for line in text.splitlines(keepends=True):
        if line[:1].strip() and line[0] not in "#-" and ":" in line:
            blocks.append([line.split(":", 1)[0], ""])
        blocks[-1][1] += line
    return blocks


def plain_tree(tree: Path, index) -> Path:
    """The same Markdown pages for plain MkDocs + Material: the project's docs (its synthetic cases included)
    and the pages the hook generates, written out as files; the project's Markdown settings; Material's
    own search, no hooks, no theme overrides, a one-page nav."""
    plain = tree.parent / f"plain-{tree.name}"
    shutil.copytree(tree / "docs", plain / "docs")
    for src, text in {**generated_pages(index), **procedures.pages(index)}.items():  # what kb/hook.py on_files adds
        (plain / "docs" / src).parent.mkdir(parents=True, exist_ok=True)
        (plain / "docs" / src).write_text(text, encoding="utf-8")
    kept = "".join(body for key, body in _top_level_blocks((tree / "mkdocs.yml").read_text(encoding="utf-8")) if key not in PLAIN_DROPS)
    (plain / "mkdocs.yml").write_text(kept + PLAIN, encoding="utf-8")
    return plain


_MEASURED = "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); " \
            "use = resource.getrusage(resource.RUSAGE_CHILDREN); " \
            "print(use.ru_maxrss, use.ru_utime + use.ru_stime); sys.exit(done.returncode)"


def build(tree: Path) -> tuple[float, float, float]:
    """Build seconds, CPU seconds and the peak resident memory (MiB) of the build's processes, measured by a
    fresh parent so that nothing else this script ran (the browser, earlier builds) is counted. On a machine
    shared with other work the CPU seconds vary less than the build seconds."""
    start = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-c", _MEASURED, sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tree / "site")],
                          cwd=tree, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    peak, cpu = done.stdout.strip().splitlines()[-1].split()
    return seconds, float(cpu), int(peak) / 1024


def sizes(site: Path) -> dict:
    pages = [p.stat().st_size for p in site.rglob("*.html")]
    index = sum(p.stat().st_size for p in site.glob("pagefind*/**/*") if p.is_file())  # pagefind/ and any pagefind-N/
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return {"pages": len(pages), "median": statistics.median(pages), "largest": max(pages), "site": total, "index": index,
            "indexes": len(list(site.glob("pagefind*/pagefind-entry.json")))}


def searched(address: str) -> bool:
    """What the search box fetches: the Pagefind index and runtime, the intents and symptom phrases, the matcher."""
    return bool(re.search(r"/pagefind(-\d+)?/|/api/v1/search\.json|/assets/kb-match\.js", address))


def browser_figures(site: Path, queries: list) -> dict | None:
    """Search readiness, per-query bytes and latency in headless Chromium, plus top-1/top-3 hit rates."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}/"
    out = {"ready": None, "latency": [], "bytes": [], "top1": 0, "top3": 0, "idle_index_bytes": 0, "n": len(queries)}
    box = "[data-kb-inline-search]"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        loaded = []
        page.on("response", lambda r: loaded.append(r))
        page.goto(origin)
        page.wait_for_load_state("networkidle")
        out["idle_index_bytes"] = sum(len(r.body()) for r in loaded if searched(r.url))
        for i, (query, expected, group) in enumerate(queries):
            loaded.clear()
            page.locator(f"{box} input").fill(query)
            start = time.perf_counter()
            try:  # the box waits 120 ms after the last keystroke before searching; that wait is not counted
                page.wait_for_function("q => document.querySelector('[data-kb-inline-search] .kb-finder__results').dataset.query === q",
                                       arg=query, timeout=20000, polling=5)
            except Exception:
                continue
            elapsed = time.perf_counter() - start - 0.12
            if i == 0:
                out["ready"] = elapsed  # cold: loads the Pagefind runtime and index metadata first
            else:
                out["latency"].append(elapsed)
            out["bytes"].append(sum(len(r.body()) for r in loaded if searched(r.url)))
            hrefs = [a.get_attribute("href") for a in page.locator(f"{box} .kb-result a").all()]
            hit = [h.lstrip("/") in expected for h in hrefs]
            out["top1"] += any(hit[:1])
            out["top3"] += any(hit[:3])
            tally(out, group, hit, hrefs)
        browser.close()
    httpd.shutdown()
    return out


def tally(out: dict, group: str, hit: list, hrefs: list) -> None:
    """Count one query of the query set in its group: top-1, top-3, empty answers."""
    g = out.setdefault("groups", {}).setdefault(group, {"n": 0, "top1": 0, "top3": 0, "empty": 0})
    g["n"] += 1
    g["top1"] += any(hit[:1])
    g["top3"] += any(hit[:3])
    g["empty"] += not hrefs


def query_set() -> list:
    """search/queries.yml as (query, the URLs any of which must be in the top three, group)."""
    from kb.render import url
    from kb.searchdata import load_queries

    queries, problems = load_queries(ROOT, check(ROOT).index)
    if problems:
        raise SystemExit("\n".join(map(str, problems)))
    return [(q.q, {u for src in q.expect for u in (url(src), url("en/" + src))}, q.group) for q in queries]


def print_groups(figures: dict) -> None:
    """The query set's hit rates per group (the search test requires 100 % top-3 and no empty answer)."""
    for group, g in figures.get("groups", {}).items():
        print(f"         {group:<10} {g['n']:>4} queries  top-1 {100 * g['top1'] / g['n']:5.1f} %  "
              f"top-3 {100 * g['top3'] / g['n']:5.1f} %  empty {g['empty']}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="keep the generated trees here")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    where = args.keep or Path(tempfile.mkdtemp(prefix="kb-bench-"))
    queries = query_set()
    print(f"{'cases':>6} {'check cpu':>9} {'build s':>8} {'cpu s':>7} {'check %':>8} {'peak MiB':>9} {'pages':>7} {'median B':>9} "
          f"{'largest B':>10} {'site MiB':>9} {'index MiB':>9} {'indexes':>7} {'plain s':>8} {'cpu s':>7} {'MiB':>5} {'ratio':>6} {'cpu ratio':>9}")
    for size in args.sizes:
        tree = make_tree(size, where)
        start = time.process_time()  # CPU time, compared with the build's CPU time: steadier than wall time on a busy machine
        result = check(tree)
        check_s = time.process_time() - start
        if result.errors:
            raise SystemExit("\n".join(map(str, result.errors[:20])))
        plain = plain_tree(tree, result.index)
        build_s, cpu, peak = build(tree)
        plain_s, plain_cpu, plain_peak = build(plain)
        s = sizes(tree / "site")
        print(f"{size:>6} {check_s:>9.2f} {build_s:>8.1f} {cpu:>7.1f} {100 * check_s / cpu:>7.1f}% {peak:>9.0f} {s['pages']:>7} "
              f"{s['median']:>9.0f} {s['largest']:>10} {s['site'] / 2**20:>9.1f} {s['index'] / 2**20:>9.2f} {s['indexes']:>7} "
              f"{plain_s:>8.1f} {plain_cpu:>7.1f} {plain_peak:>5.0f} {build_s / plain_s:>6.2f} {cpu / plain_cpu:>9.2f}", flush=True)
        if not args.no_browser and Path("/usr/bin/chromium").exists():
            b = browser_figures(tree / "site", queries)
            if b:
                lat = sorted(b["latency"])
                print(f"       search: index bytes loaded by a page not searched {b['idle_index_bytes']}; first query (cold) "
                      f"{b['ready'] * 1000:.0f} ms, {b['bytes'][0] / 1024:.0f} KiB; later queries median {statistics.median(lat) * 1000:.0f} ms, "
                      f"p90 {lat[int(len(lat) * 0.9)] * 1000:.0f} ms, median {statistics.median(b['bytes'][1:]) / 1024:.0f} KiB, "
                      f"max {max(b['bytes']) / 1024:.0f} KiB; hit rate top-1 {b['top1']}/{b['n']}, top-3 {b['top3']}/{b['n']}", flush=True)
                print_groups(b)
        if not args.keep:
            shutil.rmtree(tree)
            shutil.rmtree(plain)


if __name__ == "__main__":
    main()
