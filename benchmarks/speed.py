"""claimdiff speed benchmarks: one run, one table of figures, ratios and targets.

    python benchmarks/speed.py [--articles 1000] [--repeat 3] [--profile] [--markdown FILE]

What is measured (benchmarks/README.md explains every figure):

1. `claimdiff check --format json` end to end on a generated corpus (benchmarks/corpus.py):
   wall and CPU time, claims/s and the peak RSS of the child process.
2. The alignment done by hand with difflib.SequenceMatcher on an even subset of the claims,
   extrapolated to all of them.
3. The floor: rapidfuzz.process.cdist alone on pre-normalised claims x fact texts.
4. Where the time goes in-process (load+clean+segment, align, judge, report), through the
   public API (`prepare`, `Checker`) with timing wrappers around the stages it calls.
5. The in-process check with 1 process and with a process pool across articles.
6. The TUI figures from benchmarks/tui_speed.py, when that file exists.

Only the public API and the `claimdiff` command are used, so the script keeps working while
the stages behind them are rewritten. Timings are wall-clock unless a row says CPU.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import difflib
import functools
import importlib
import inspect
import io
import json
import math
import multiprocessing
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus as corpus_module  # noqa: E402

from claimdiff import __version__  # noqa: E402
from claimdiff.model import ArticleResult, Document, Sheet  # noqa: E402
from claimdiff.pipeline import checker as pipeline_module  # noqa: E402
from claimdiff.pipeline.checker import Checker, prepare  # noqa: E402
from claimdiff.results import report  # noqa: E402
from claimdiff.study.sheet import load_sheet  # noqa: E402

# Targets from issue 4.
TARGET_WALL = 2.0  # s for the default corpus (1,000 articles), end to end
TARGET_RSS_MB = 200.0
TARGET_DIFFLIB = 50.0  # claimdiff at least this many times faster
TARGET_FLOOR = 2.0  # claimdiff's align+judge at most this many times the cdist floor
TARGET_ARTICLES = 1000
PAYS = 1.15  # a process pool "pays" when it is at least this much faster, start-up included
# Articles by default: the whole run stays within a few minutes while the pipeline needs about
# 100 ms per article; `--articles 1000` measures the target's own size.
DEFAULT_ARTICLES = 200
# Thread settings of the numeric libraries, printed with the machine: numpy's OpenBLAS starts
# a thread per core for a matrix product unless told otherwise.
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# Stage functions `prepare` looks up in claimdiff.pipeline.checker; timed when they exist there.
PREPARE_STAGES = (
    ("load_document", "load"),
    ("layout", "layout"),
    ("find_dropped", "clean"),
    ("segment", "segment"),
)


PARTS = ("e2e", "stages", "baselines", "processes", "tui")  # what --skip may leave out

# --------------------------------------------------------------------------- the table


@dataclass(slots=True)
class Row:
    """One line of the table; `status` is "met", "MISSED" or empty (no target)."""

    figure: str
    value: str
    target: str = ""
    status: str = ""
    note: str = ""


@dataclass(slots=True)
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)

    def add(self, *args: str, **kwargs: str) -> None:
        self.rows.append(Row(*args, **kwargs))


def check_target(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "MISSED")


def secs(value: float) -> str:
    """Seconds with three significant figures (ms below one second)."""
    if abs(value) < 1:
        return f"{value * 1000:.3g} ms"
    if abs(value) < 1000:
        return f"{value:.3g} s"
    return f"{value:,.0f} s"


def rate(value: float) -> str:
    return f"{value:,.0f}"


def ratio(value: float) -> str:
    return f"{value:,.1f}x" if value < 100 else f"{value:,.0f}x"


def plain_table(sections: Sequence[Section]) -> str:
    rows = [r for s in sections for r in s.rows]
    w_fig = max([len(r.figure) for r in rows] + [6]) + 2
    w_val = max([len(r.value) for r in rows] + [8])
    w_tgt = max([len(r.target) for r in rows] + [6])
    lines = []
    header = f"  {'Figure':<{w_fig}}{'Measured':>{w_val}}  {'Target':<{w_tgt}}  {'':<6}  Notes"
    for section in sections:
        if not section.rows:
            continue
        lines += ["", section.title, header, "  " + "-" * (len(header) + 10)]
        for r in section.rows:
            lines.append(
                f"  {r.figure:<{w_fig}}{r.value:>{w_val}}  {r.target:<{w_tgt}}  "
                f"{r.status:<6}  {r.note}".rstrip()
            )
    return "\n".join(lines).lstrip("\n")


def markdown_table(sections: Sequence[Section]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| Figure | Measured | Target | | Notes |", "| --- | ---: | --- | --- | --- |"]
    for section in sections:
        if section.rows:
            lines.append(f"| **{cell(section.title)}** | | | | |")
        for r in section.rows:
            status = {"met": "met", "MISSED": "**missed**"}.get(r.status, "")
            lines.append(
                f"| {cell(r.figure)} | {cell(r.value)} | {cell(r.target)} | {status} "
                f"| {cell(r.note)} |"
            )
    return "\n".join(lines)


# --------------------------------------------------------------------------- the machine


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def git_commit() -> str:
    """The checkout's commit, '+ changes' when the work tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head} + uncommitted changes" if dirty else head


def machine() -> dict[str, str]:
    cores = os.cpu_count() or 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    import rapidfuzz

    return {
        "cpu": cpu_model(),
        "cores": f"{usable} usable of {cores}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(terse=True),
        "claimdiff": f"{__version__} at commit {git_commit()}",
        "rapidfuzz": rapidfuzz.__version__,
        "threads": ", ".join(f"{k}={os.environ[k]}" for k in THREAD_VARIABLES if k in os.environ)
        or "BLAS threads: library default (one per core)",
    }


def load_average() -> str:
    with contextlib.suppress(OSError):
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return "unknown"


# --------------------------------------------------------------------------- 1. end to end


@dataclass(slots=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float
    code: int
    stdout: Path
    stderr: str


def claimdiff_command() -> list[str]:
    """The installed `claimdiff` script beside this interpreter (what a user runs)."""
    script = Path(sys.executable).with_name("claimdiff")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimdiff"]


# The command is started by this small launcher, not by the benchmark itself. Linux counts
# the memory of the process that starts a program in the program's ru_maxrss (the pre-exec
# image of a fork or vfork), so a child started from this large process would report this
# process's peak, not its own. The launcher's own ~10 MB is the floor of the figure.
_LAUNCHER = r"""
import json, os, subprocess, sys, time
command, out, err = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(out, "wb") as o, open(err, "wb") as e:
    start = time.perf_counter()
    p = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=o, stderr=e)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "maxrss_kib": ru.ru_maxrss,
                  "code": os.waitstatus_to_exitcode(status)}))
"""


def run_check(sheet: Path, articles: Sequence[Path | str], out: Path) -> Run:
    """`claimdiff check --format json`, stdout to `out`; wall, CPU and peak RSS of the child
    (from wait4 in the launcher)."""
    command = [*claimdiff_command(), "check", "--study", str(sheet), "--format", "json"]
    command += [str(a) for a in articles]
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "COLUMNS")}
    err = out.with_suffix(".stderr")
    launched = subprocess.run(
        [sys.executable, "-I", "-c", _LAUNCHER, json.dumps(command), str(out), str(err)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    figures = json.loads(launched.stdout)
    return Run(
        wall=figures["wall"],
        cpu=figures["cpu"],
        rss_mb=figures["maxrss_kib"] / 1024,  # KiB on Linux
        code=figures["code"],
        stdout=out,
        stderr=err.read_text(encoding="utf-8", errors="replace"),
    )


def end_to_end(corpus: corpus_module.Corpus, repeat: int, workdir: Path) -> tuple[Section, dict]:
    section = Section(f"1. `claimdiff check --format json` end to end (best of {repeat})")
    runs = [run_check(corpus.sheet, [corpus.folder], workdir / "out.json") for _ in range(repeat)]
    failed = [r for r in runs if r.code != 0]
    if failed:
        first_line = (failed[0].stderr.strip().splitlines() or ["no message"])[0]
        section.add("claimdiff check", f"exit {failed[0].code}", note=first_line[:120])
        return section, {}
    data = json.loads(runs[-1].stdout.read_text(encoding="utf-8"))
    n_articles = len(data["articles"])
    n_claims = sum(len(a["claims"]) for a in data["articles"])
    verdicts: dict[str, int] = defaultdict(int)
    for article in data["articles"]:
        for verdict, n in article["counts"].items():
            verdicts[verdict] += n
    best = min(runs, key=lambda r: r.wall)
    walls = [r.wall for r in runs]
    scale = n_articles / TARGET_ARTICLES
    section.add(
        f"wall time, {n_articles:,} articles",
        secs(best.wall),
        f"<= {secs(TARGET_WALL * scale)}",
        check_target(best.wall <= TARGET_WALL * scale),
        f"median {secs(statistics.median(walls))}; CPU {secs(best.cpu)} (user+sys)"
        + ("" if scale == 1 else f"; target scaled from {TARGET_WALL:g} s per 1,000"),
    )
    section.add(
        "throughput, claims/s",
        rate(n_claims / best.wall),
        "",
        note=f"{n_claims:,} claims; {rate(n_articles / best.wall)} articles/s",
    )
    peak = max(r.rss_mb for r in runs)
    section.add(
        "peak memory (RSS of the child)",
        f"{peak:.0f} MB",
        f"<= {TARGET_RSS_MB:.0f} MB",
        check_target(peak <= TARGET_RSS_MB),
        "ru_maxrss of the command (wait4 in a small launcher process)",
    )
    single = [
        run_check(corpus.sheet, [corpus.articles[0]], workdir / "one.json") for _ in range(repeat)
    ]
    fixed = min(r.wall for r in single)
    section.add(
        "fixed cost: check of 1 article",
        secs(fixed),
        "",
        note=f"interpreter, imports, sheet; RSS {max(r.rss_mb for r in single):.0f} MB",
    )
    output_mb = runs[-1].stdout.stat().st_size / 1e6
    section.add(
        "JSON output",
        f"{output_mb:.1f} MB",
        "",
        note=", ".join(f"{k} {v:,}" for k, v in sorted(verdicts.items())),
    )
    return section, {
        "wall": best.wall,
        "cpu": best.cpu,
        "claims": n_claims,
        "articles": n_articles,
        "fixed": fixed,
    }


# --------------------------------------------------------------------------- 4. stages


class StageTimer:
    """Accumulates the wall and CPU time spent in wrapped callables, by stage name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, name: str, fn: Callable) -> Callable:
        @functools.wraps(fn)
        def timed(*args: object, **kwargs: object) -> object:
            with self.measure(name):
                return fn(*args, **kwargs)

        return timed

    @contextlib.contextmanager
    def measure(self, name: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start
            self.cpu[name] += time.process_time() - cpu
            self.calls[name] += 1

    @contextlib.contextmanager
    def patch(self, owner: object, attribute: str, name: str) -> Iterator[bool]:
        """Time `owner.attribute` while inside; yields False when it cannot be wrapped."""
        original = getattr(owner, attribute, None)
        if not callable(original):
            yield False
            return
        try:
            setattr(owner, attribute, self.wrap(name, original))
        except (AttributeError, TypeError):
            yield False
            return
        try:
            yield True
        finally:
            if isinstance(owner, type) or inspect.ismodule(owner):
                setattr(owner, attribute, original)
            else:
                with contextlib.suppress(AttributeError):
                    delattr(owner, attribute)  # back to the class's method


@dataclass(slots=True)
class InProcess:
    sheet: Sheet
    checker: Checker
    documents: list[Document]
    results: list[ArticleResult]
    seconds: dict[str, float]  # wall time by stage
    cpu: dict[str, float]  # CPU time of this process by stage
    calls: dict[str, int]

    @property
    def claims(self) -> int:
        return sum(len(d.claims) for d in self.documents)


def in_process(corpus: corpus_module.Corpus) -> InProcess:
    """One instrumented in-process pass: sheet, prepare every article, check, JSON report."""
    timer = StageTimer()
    with timer.measure("sheet"):
        sheet = load_sheet(corpus.sheet)
        checker = Checker(sheet)
    with contextlib.ExitStack() as stack:
        for attribute, name in PREPARE_STAGES:
            stack.enter_context(timer.patch(pipeline_module, attribute, name))
        with timer.measure("prepare"):
            documents = [prepare(path) for path in corpus.articles]
    with contextlib.ExitStack() as stack:
        for owner_name, attribute in (("aligner", "align"), ("judge", "judge")):
            owner = getattr(checker, owner_name, None)
            if owner is not None:
                stack.enter_context(timer.patch(owner, attribute, attribute))
        with timer.measure("check"):
            results = [checker.check_document(doc) for doc in documents]
    with timer.measure("report"):
        report.to_json(sheet, results)
    return InProcess(
        sheet, checker, documents, results, dict(timer.seconds), dict(timer.cpu), dict(timer.calls)
    )


def stage_section(run: InProcess) -> Section:
    section = Section(
        "4. Where the time goes, in-process (one pass; CPU time of this process, wall in notes)"
    )
    wall, cpu, claims = run.seconds, run.cpu, max(run.claims, 1)
    stages = ("sheet", "prepare", "check", "report")
    total_cpu = sum(cpu[k] for k in stages)
    total_wall = sum(wall[k] for k in stages)

    def add(label: str, name: str, note: str = "", minus: Sequence[str] = ()) -> None:
        c = cpu[name] - sum(cpu[m] for m in minus)
        w = wall[name] - sum(wall[m] for m in minus)
        parts = [
            f"{c / total_cpu:.0%}" if total_cpu else "",
            f"{c / claims * 1e6:,.1f} µs/claim",
            f"wall {secs(w)}",
            note,
        ]
        section.add(label, secs(c), "", note="; ".join(x for x in parts if x))

    add("sheet: load + prepare facts", "sheet", f"{len(run.sheet.facts)} facts")
    add("load + clean + segment (prepare)", "prepare", f"{len(run.documents):,} articles")
    measured = [name for _, name in PREPARE_STAGES if run.calls.get(name)]
    for name in measured:
        add(f"  of which {name}", name)
    if not measured:
        section.add(
            "  load / layout / clean / segment",
            "n/a",
            note="pipeline no longer calls them by these names; only their sum is measured",
        )
    add("align + judge (check_document)", "check", f"{claims:,} claims")
    for name in ("align", "judge"):
        if run.calls.get(name):
            add(f"  of which {name}", name)
        else:
            section.add(f"  of which {name}", "n/a", note="Checker has no such stage to time")
    if run.calls.get("align") and run.calls.get("judge"):
        add("  of which results and glue", "check", minus=("align", "judge"))
    add("report (JSON text)", "report")
    if total_cpu:
        section.add(
            "in-process total",
            secs(total_cpu),
            "",
            note=f"{rate(claims / total_cpu)} claims per CPU second; wall {secs(total_wall)} "
            f"({rate(claims / total_wall)} claims/s)",
        )
        section.add(
            "CPU / wall of this pass",
            f"{total_cpu / total_wall:.0%}",
            "",
            note="below 100%: other work on the machine stretched the wall times in this "
            "table; above 100%: the pass ran on more than one thread (BLAS, rapidfuzz workers)",
        )
    return section


# --------------------------------------------------------------------------- 2, 3. baselines


def difflib_best(claims: Sequence[str], facts: Sequence[str]) -> list[int]:
    """What a user would write by hand: the best fact by SequenceMatcher ratio, per claim."""
    best = []
    for claim in claims:
        scores = [difflib.SequenceMatcher(None, claim, fact).ratio() for fact in facts]
        best.append(max(range(len(facts)), key=scores.__getitem__))
    return best


def baselines(run: InProcess, e2e: dict, difflib_claims: int, floor_repeat: int) -> list[Section]:
    from rapidfuzz import fuzz, process, utils

    claims = [c.display for d in run.documents for c in d.claims]
    facts = [f.text for f in run.sheet.facts]
    alsos = sum(len(f.also) for f in run.sheet.facts)
    timed_align = bool(run.calls.get("align"))
    align = run.seconds["align"] if timed_align else None
    align_cpu = run.cpu["align"] if timed_align else None
    check, check_cpu = run.seconds["check"], run.cpu["check"]
    out = []

    # 2. difflib on an even subset, extrapolated.
    section = Section("2. The same alignment by hand: difflib.SequenceMatcher(None, claim, fact)")
    step = max(1, math.ceil(len(claims) / max(1, difflib_claims)))
    subset = claims[::step]
    start, cpu = time.perf_counter(), time.process_time()
    difflib_best(subset, facts)
    spent = time.perf_counter() - start
    spent_cpu = time.process_time() - cpu
    projected = spent / max(1, len(subset)) * len(claims)
    projected_cpu = spent_cpu / max(1, len(subset)) * len(claims)
    exact = len(subset) == len(claims)
    section.add(
        f"difflib, {len(claims):,} claims x {len(facts)} facts",
        secs(projected),
        "",
        "",
        (
            "measured on all claims"
            if exact
            else f"EXTRAPOLATED from every {step}th claim ({len(subset):,} claims, {secs(spent)})"
        )
        + f"; {spent / max(1, len(subset) * len(facts)) * 1e6:,.0f} µs/pair",
    )
    if align is not None:
        section.add(
            "difflib ÷ claimdiff align stage",
            ratio(projected / align),
            f">= {TARGET_DIFFLIB:g}x",
            check_target(projected / align >= TARGET_DIFFLIB),
            f"by CPU time {ratio(projected_cpu / align_cpu)}; same claims and sheet; align "
            f"{secs(align)} (it also compares {alsos} `also` phrasings)",
        )
    section.add(
        "difflib ÷ claimdiff align + judge",
        ratio(projected / check),
        f">= {TARGET_DIFFLIB:g}x",
        check_target(projected / check >= TARGET_DIFFLIB),
        f"by CPU time {ratio(projected_cpu / check_cpu)}; claimdiff gives the verdicts too "
        f"({secs(check)})",
    )
    if e2e:
        section.add(
            "difflib ÷ claimdiff end to end",
            ratio(projected / e2e["wall"]),
            "",
            "",
            "the whole command, start-up, reading and report included",
        )
    out.append(section)

    # 3. The rapidfuzz floor.
    section = Section("3. The floor: rapidfuzz.process.cdist alone, pre-normalised strings")
    normal_claims = [utils.default_process(c) for c in claims]
    normal_facts = [utils.default_process(f) for f in facts]
    runs = []
    for _ in range(floor_repeat):
        start, cpu = time.perf_counter(), time.process_time()
        process.cdist(
            normal_claims,
            normal_facts,
            scorer=fuzz.token_set_ratio,
            processor=None,
            workers=-1,
            dtype="float32",
        )
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    floor, cpu = min(runs)
    section.add(
        f"cdist token_set_ratio, {len(claims):,} x {len(facts)}",
        secs(floor),
        "",
        "",
        f"best of {floor_repeat}; workers=-1; CPU {secs(cpu)}; "
        f"{floor / max(1, len(claims) * len(facts)) * 1e9:,.0f} ns/pair; default_process "
        "applied before timing",
    )
    if alsos:
        scaled = floor * (len(facts) + alsos) / len(facts)
        section.add(
            f"  scaled to facts + `also` ({len(facts) + alsos} choices)",
            secs(scaled),
            "",
            "",
            "linear estimate: what claimdiff's aligner compares against",
        )
    section.add(
        "claimdiff align + judge ÷ floor",
        ratio(check / floor),
        f"<= {TARGET_FLOOR:g}x",
        check_target(check / floor <= TARGET_FLOOR),
        f"by CPU time {ratio(check_cpu / cpu)}; align + judge = every "
        f"Checker.check_document call on the prepared documents ({secs(check)}, CPU "
        f"{secs(check_cpu)})",
    )
    if align is not None:
        section.add(
            "claimdiff align ÷ floor",
            ratio(align / floor),
            "",
            "",
            f"the align stage alone ({secs(align)}, CPU {secs(align_cpu)})",
        )
    distinct = len(set(normal_claims))
    section.add(
        "distinct claims",
        f"{distinct:,}",
        "",
        "",
        f"of {len(claims):,} after normalising: what a cache by claim text could skip",
    )
    out.append(section)
    return out


# --------------------------------------------------------------------------- 5. processes

_WORKER_CHECKER: Checker | None = None


def _init_worker(sheet: str) -> None:
    global _WORKER_CHECKER
    _WORKER_CHECKER = Checker(load_sheet(Path(sheet)))


def _check_chunk(paths: list[str]) -> list[ArticleResult]:
    assert _WORKER_CHECKER is not None
    return [_WORKER_CHECKER.check_path(Path(p)) for p in paths]


@dataclass(slots=True, order=True)
class Timing:
    wall: float
    cpu: float  # user + system, this process and its reaped children
    claims: int


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def serial_check(corpus: corpus_module.Corpus) -> Timing:
    start, cpu = time.perf_counter(), time.process_time()
    checker = Checker(load_sheet(corpus.sheet))
    results = [checker.check_path(p) for p in corpus.articles]
    return Timing(
        time.perf_counter() - start,
        time.process_time() - cpu,
        sum(len(r.results) for r in results),
    )


def pool_check(corpus: corpus_module.Corpus, workers: int, chunk: int) -> Timing:
    """Check every article in a pool of `workers` processes (one Checker each), results
    pickled back to the parent as the CLI would need them; pool start-up included."""
    paths = [str(p) for p in corpus.articles]
    chunks = [paths[i : i + chunk] for i in range(0, len(paths), chunk)]
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    with ProcessPoolExecutor(
        workers, initializer=_init_worker, initargs=(str(corpus.sheet),)
    ) as pool:
        results = [r for batch in pool.map(_check_chunk, chunks) for r in batch]
    wall = time.perf_counter() - start  # the workers have been joined (and reaped) here
    spent = time.process_time() - cpu + _children_cpu() - children
    return Timing(wall, spent, sum(len(r.results) for r in results))


def processes(
    corpus: corpus_module.Corpus, workers: int, repeat: int, e2e: dict
) -> tuple[Section, str]:
    method = multiprocessing.get_start_method()
    section = Section(
        f"5. Processes across articles (in-process check, {method} start, best of {repeat})"
    )
    chunk = max(1, math.ceil(len(corpus.articles) / (workers * 8)))
    ones, manys = [], []
    for _ in range(repeat):  # alternated, so a burst of other load hits both alike
        ones.append(serial_check(corpus))
        manys.append(pool_check(corpus, workers, chunk))
    one, many = min(ones), min(manys)
    section.add(
        "1 process",
        secs(one.wall),
        "",
        "",
        f"{rate(one.claims / one.wall)} claims/s; CPU {secs(one.cpu)}; sheet, load through "
        "judge, no report",
    )
    section.add(
        f"{workers} worker processes",
        secs(many.wall),
        "",
        "",
        f"{rate(many.claims / many.wall)} claims/s; CPU {secs(many.cpu)} in all; chunks of "
        f"{chunk} articles; pool start-up and results sent back included",
    )
    speedup = one.wall / many.wall
    pays = speedup >= PAYS
    verdict = "pays" if pays else "does not pay"
    note = f"{verdict} here (threshold {PAYS:g}x)"
    if many.claims != one.claims:
        note += f"; WARNING: {many.claims} claims from the pool, {one.claims} in one process"
    section.add("speed-up, measured", ratio(speedup), "", "", note)
    # With the cores to itself, the pool's wall time would be about its CPU time spread over
    # the workers; the difference in CPU time is what the pool costs (start-up, pickling).
    free = one.cpu / (many.cpu / workers) if many.cpu else 0.0
    section.add(
        "speed-up if the cores were free",
        ratio(free),
        "",
        "",
        f"estimate: 1-process CPU / (pool CPU / {workers}); pool overhead "
        f"{secs(max(0.0, many.cpu - one.cpu))} CPU",
    )
    if e2e:
        projected = e2e["wall"] - one.wall + many.wall
        section.add(
            f"projected `claimdiff check` with {workers} workers",
            secs(projected),
            "",
            "",
            "end to end minus the 1-process check plus the pool's",
        )
    summary = (
        f"a pool of {workers} workers {verdict} on this run: {secs(one.wall)} -> "
        f"{secs(many.wall)} ({ratio(speedup)}); with free cores about {ratio(free)} "
        "(CPU-time estimate)"
    )
    return section, summary


# --------------------------------------------------------------------------- 6. TUI


def tui_section(corpus: corpus_module.Corpus) -> Section:
    """Rows from benchmarks/tui_speed.py: its `rows(sheet=..., articles=...)` returns rows as
    `Row`s, mappings with Row's field names, or tuples (figure, value, target, status, note)."""
    section = Section("6. TUI (benchmarks/tui_speed.py)")
    if not (HERE / "tui_speed.py").is_file():
        section.add(
            "TUI figures",
            "not measured",
            "",
            "",
            "benchmarks/tui_speed.py does not exist yet (hook: its rows() function)",
        )
        return section
    try:
        module = importlib.import_module("tui_speed")
        measure = getattr(module, "rows", None)
        if measure is None:
            section.add("TUI figures", "not measured", "", "", "tui_speed.py has no rows()")
            return section
        accepted = inspect.signature(measure).parameters
        offered = {"sheet": corpus.sheet, "articles": list(corpus.articles), "corpus": corpus}
        kwargs = {k: v for k, v in offered.items() if k in accepted}
        for item in measure(**kwargs):
            if isinstance(item, Row):
                section.rows.append(item)
            elif isinstance(item, dict):
                section.rows.append(Row(**{k: str(v) for k, v in item.items()}))
            else:
                section.rows.append(Row(*(str(x) for x in item)))
    except Exception as exc:  # a broken TUI benchmark must not lose the other figures
        section.add("TUI figures", "failed", "", "", f"{type(exc).__name__}: {exc}"[:160])
    return section


# --------------------------------------------------------------------------- profile


def profile(corpus: corpus_module.Corpus, top: int) -> str:
    """cProfile of the in-process check of every article plus the JSON report."""
    sheet = load_sheet(corpus.sheet)
    checker = Checker(sheet)
    profiler = cProfile.Profile()
    profiler.enable()
    results = [checker.check_path(p) for p in corpus.articles]
    report.to_json(sheet, results)
    profiler.disable()
    out = io.StringIO()
    for key, title in (("cumulative", "cumulative time"), ("tottime", "total (own) time")):
        out.write(
            f"\nTop {top} functions by {title} (cProfile; in-process check of "
            f"{len(corpus.articles):,} articles + JSON report)\n"
        )
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats(key).print_stats(top)
    return out.getvalue()


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="claimdiff speed benchmarks (see benchmarks/README.md)",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument(
        "--articles",
        "-n",
        type=int,
        default=DEFAULT_ARTICLES,
        help="articles in the generated corpus (the wall-time target is scaled from 1,000)",
    )
    p.add_argument(
        "--sentences",
        type=int,
        default=corpus_module.DEFAULT_SENTENCES,
        help="sentences per article (about)",
    )
    p.add_argument("--facts", type=int, default=corpus_module.DEFAULT_FACTS)
    p.add_argument("--seed", type=int, default=corpus_module.DEFAULT_SEED)
    p.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="write the corpus here and keep it (default: a temporary folder)",
    )
    p.add_argument("--repeat", type=int, default=2, help="runs of the end-to-end command")
    p.add_argument(
        "--difflib-claims",
        type=int,
        default=300,
        help="claims in the difflib subset (0: skip difflib and the floor)",
    )
    p.add_argument("--workers", type=int, default=2, help="processes in the pool")
    p.add_argument(
        "--mp-repeat",
        type=int,
        default=1,
        help="alternated runs of the 1-process and the pooled check",
    )
    p.add_argument(
        "--skip",
        default="",
        help="comma-separated parts to skip: e2e, stages, baselines, processes, tui",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="also run cProfile on the in-process check and print the top functions",
    )
    p.add_argument("--profile-top", type=int, default=25)
    p.add_argument("--markdown", type=Path, default=None, help="also write the table here")
    args = p.parse_args(argv)
    args.skip_parts = {part.strip() for part in args.skip.split(",") if part.strip()}
    unknown = args.skip_parts - set(PARTS)
    if unknown:
        p.error(f"--skip: unknown part {sorted(unknown)[0]!r} (parts: {', '.join(PARTS)})")
    if args.articles < 1 or args.sentences < 4 or args.facts < 1:
        p.error("need --articles >= 1, --sentences >= 4 and --facts >= 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    skip = args.skip_parts
    started = dt.datetime.now(dt.UTC)
    load_before = load_average()
    info = machine()
    workdir = Path(tempfile.mkdtemp(prefix="claimdiff-speed-"))
    try:
        t = time.perf_counter()
        corpus = corpus_module.generate(
            args.corpus if args.corpus else workdir / "corpus",
            articles=args.articles,
            sentences=args.sentences,
            facts=args.facts,
            seed=args.seed,
        )
        generated = time.perf_counter() - t
        corpus_line = (
            f"{len(corpus.articles):,} articles ({corpus.sentences:,} sentences, "
            f"{corpus.noise_lines:,} noise lines, {corpus.repeats} repeated paragraphs), "
            f"{corpus.facts} facts, seed {args.seed}; generated in {secs(generated)}"
            + ("" if corpus.external else "; external data ABSENT: from the samples alone")
        )
        print(
            f"claimdiff speed benchmark — {info['cpu']}, {info['cores']} cores, "
            f"{info['python']}; claimdiff {info['claimdiff']}; {info['threads']}",
            flush=True,
        )
        print(f"corpus: {corpus_line}", flush=True)

        sections: list[Section] = []
        e2e: dict = {}
        if "e2e" not in skip:
            print("… end to end", flush=True)
            section, e2e = end_to_end(corpus, max(1, args.repeat), workdir)
            sections.append(section)
        run = None
        if not {"stages", "baselines"} <= skip:
            print("… in-process stages", flush=True)
            run = in_process(corpus)
            if "stages" not in skip:
                stages = stage_section(run)
        if run is not None and "baselines" not in skip and args.difflib_claims > 0:
            print("… difflib and the cdist floor", flush=True)
            sections += baselines(run, e2e, args.difflib_claims, max(1, min(args.repeat, 2)))
        if "stages" not in skip and run is not None:
            sections.append(stages)
        del run
        mp_summary = ""
        if "processes" not in skip:
            print("… process pool", flush=True)
            section, mp_summary = processes(
                corpus, max(1, args.workers), max(1, args.mp_repeat), e2e
            )
            sections.append(section)
        if "tui" not in skip:
            print("… TUI", flush=True)
            sections.append(tui_section(corpus))
        load_after = load_average()

        table = plain_table(sections)
        print()
        print(table)
        print(
            f"\nload average before {load_before}; after {load_after} "
            "(other work on the machine inflates wall times; CPU times are steadier)"
        )
        if mp_summary:
            print(f"multiprocessing: {mp_summary}")
        profile_text = ""
        if args.profile:
            print("… profiling", flush=True)
            profile_text = profile(corpus, args.profile_top)
            print(profile_text)
        if args.markdown:
            write_markdown(
                args.markdown,
                sections,
                info,
                started,
                corpus_line,
                (load_before, load_after),
                mp_summary,
                profile_text,
            )
            print(f"wrote {args.markdown}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def write_markdown(
    path: Path,
    sections: Sequence[Section],
    info: dict[str, str],
    started: dt.datetime,
    corpus_line: str,
    loads: tuple[str, str],
    mp_summary: str,
    profile_text: str,
) -> None:
    lines = [
        "## Speed",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC by `benchmarks/speed.py` on {info['cpu']} "
        f"({info['cores']} cores), {info['python']}, {info['os']}; claimdiff "
        f"{info['claimdiff']}, rapidfuzz {info['rapidfuzz']}; {info['threads']}. "
        "Load average before "
        f"{loads[0]}, after {loads[1]}.",
        "",
        f"Corpus (`benchmarks/corpus.py`): {corpus_line}.",
        "",
        markdown_table(sections),
        "",
    ]
    if mp_summary:
        lines += [f"Multiprocessing: {mp_summary}.", ""]
    if profile_text:
        lines += [
            "<details><summary>Profile</summary>",
            "",
            "```",
            profile_text.strip(),
            "```",
            "",
            "</details>",
            "",
        ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
