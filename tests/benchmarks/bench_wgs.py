"""Whole-genome scale, measured where the user stands (run by hand, not by pytest):

    .venv/bin/python tests/benchmarks/bench_wgs.py [--records 1000000] [--only dry-run,import,...]

Every figure is a whole `mtb-desk` process (start to exit) with its peak RSS (`/usr/bin/time -f
%M`), printed next to a baseline measured in the same run; `mtb-desk` runs with its bytecode
cached, as an installed app does:

- `dry-run`: `mtb-desk import --dry-run` vs `bcftools query` of CHROM/POS/REF/ALT/INFO-DP/FORMAT-AF
  (goal ≤ 2×);
- `import`: the real import on SQLite and PostgreSQL vs a raw-driver bulk insert of the same rows
  (SQLite executemany / PostgreSQL COPY, rows prepared beforehand, insert + commit timed; goal
  ≤ 1.5×, peak RSS ≤ 400 MB);
- `show`: `mtb-desk case show --json` of the imported case vs a raw SQL cursor writing the same
  rows with `json.dumps` (goal ≤ 3×);
- `match`: `mtb-desk match` of the imported case (goal < 1 s), vs `mtb-desk --version`;
- `worklist`: the worklist page at 99,800 of 100,000 cases, by OFFSET and by keyset, vs the
  first page (goal ≤ 1.5x);
- `--gui-findings N`: open a case with N findings in the real case view vs one with 500
  (`bench_gui.bench_case_open`; goal < 300 ms); then bring in the page of the finding halfway
  down that case (`finding_place`, as choosing a match that names it does) vs its first page.

Generated files are kept in `--folder` (default a temp folder) so BEFORE/AFTER runs share them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
CLI = str(BIN / "mtb-desk")
BCFTOOLS_FORMAT = "%CHROM\t%POS\t%REF\t%ALT\t%INFO/DP[\t%AF]\n"


CPU: dict[str, float] = {}  # the last timed command's user + system CPU seconds


def timed(command: list[str], stdout: int | None = subprocess.DEVNULL) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one process, measured by /usr/bin/time (its CPU
    seconds go to `CPU["last"]`: fairer than wall time on a busy shared machine)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        subprocess.run(
            ["/usr/bin/time", "-q", "-f", "%M %U %S", "-o", rss.name, *command],
            check=True,
            stdout=stdout,
            cwd=ROOT,
        )
        elapsed = time.perf_counter() - start
        kb, user, system = rss.read().split()[-3:]
        CPU["last"] = float(user) + float(system)
        return elapsed, int(kb) / 1024


def line(label: str, seconds: float, mb: float, base: float, goal: str) -> None:
    print(
        f"{label:<34} {seconds:7.2f} s {mb:7.0f} MB  = {seconds / base:5.2f}x baseline  ({goal})",
        flush=True,
    )


def vcf_file(folder: Path, records: int) -> Path:
    from tests.benchmarks.bench_import import generate_vcf

    path = folder / f"wgs-{records}.vcf"
    if not path.exists():
        start = time.perf_counter()
        generate_vcf(path, records)
        print(
            f"generated {path.name} ({path.stat().st_size / 1e6:.0f} MB) in "
            f"{time.perf_counter() - start:.0f} s",
            flush=True,
        )
    return path


def new_database(url: str, study: str) -> None:
    subprocess.run([CLI, "demo", "--database", url], check=True, capture_output=True)
    subprocess.run(
        [CLI, "case", "add", "--study-id", study, "--diagnosis", "LUAD", "--database", url],
        check=True,
        capture_output=True,
    )


def bench_dry_run(path: Path, url: str) -> None:
    bcftools = shutil.which("bcftools")
    if bcftools is None:
        print("bcftools missing (apt-get install bcftools): no dry-run baseline")
        return
    command = [CLI, "import", "WGS-1", str(path), "--dry-run", "--sample", "TUMOR"]
    runs = []  # alternating, best of 3 each: the machine is shared
    for _ in range(3):
        bcf = timed([bcftools, "query", "-f", BCFTOOLS_FORMAT, str(path)]), CPU["last"]
        ours = timed([*command, "--database", url]), CPU["last"]
        runs.append((bcf, ours))
    (base, base_mb), base_cpu = min(r[0] for r in runs)
    (seconds, mb), cpu = min(r[1] for r in runs)
    print(f"CPU seconds: bcftools {base_cpu:.2f}, mtb-desk {cpu:.2f} = {cpu / base_cpu:.2f}x")
    print(f"{'bcftools query (baseline)':<34} {base:7.2f} s {base_mb:7.0f} MB")
    line("mtb-desk import --dry-run", seconds, mb, base, "goal ≤ 2x")


def raw_insert_seconds(url: str, path: Path) -> float:
    """A raw-driver bulk insert of the importer's rows into the same finding table: rows
    prepared chunk by chunk (not timed), then executemany / COPY (timed), one transaction."""
    from mtb_desk.importers.registry import open_vcf, vcf_chunks
    from mtb_desk.services.database import open_database
    from mtb_desk.services.molecular import FINDING_COLUMNS, column_tuples

    database = open_database(url)
    with database.engine.begin() as connection:
        report = connection.exec_driver_sql("SELECT max(id) FROM molecular_report").scalar()
        before = connection.exec_driver_sql("SELECT max(id) FROM finding").scalar() or 0
    columns = ", ".join(FINDING_COLUMNS)
    marks = ", ".join("?" for _ in FINDING_COLUMNS)
    raw = database.engine.raw_connection()
    elapsed = 0.0
    try:
        cursor = raw.cursor()
        if database.is_sqlite:
            cursor.execute("BEGIN")
        for chunk in vcf_chunks(open_vcf(path, sample="TUMOR")):
            values = list(column_tuples(int(report), chunk))
            start = time.perf_counter()
            if database.is_sqlite:
                cursor.executemany(f"INSERT INTO finding ({columns}) VALUES ({marks})", values)
            else:
                with cursor.copy(f"COPY finding ({columns}) FROM STDIN") as copy:
                    for value in values:
                        copy.write_row(value)
            elapsed += time.perf_counter() - start
        start = time.perf_counter()
        raw.commit()
        elapsed += time.perf_counter() - start
        with database.engine.begin() as connection:  # keep only the imported rows
            connection.exec_driver_sql(f"DELETE FROM finding WHERE id > {int(before)}")
    finally:
        raw.close()
        database.dispose()
    return elapsed


def bench_import(path: Path, url: str, label: str) -> None:
    command = [CLI, "import", "WGS-1", str(path), "--sample", "TUMOR", "--database", url]
    seconds, mb = timed(command)
    base = raw_insert_seconds(url, path)
    print(f"{'raw driver bulk insert (baseline)':<34} {base:7.2f} s")
    line(f"mtb-desk import ({label})", seconds, mb, base, "goal ≤ 1.5x, ≤ 400 MB")


def raw_show_seconds(url: str, out: Path) -> float:
    from mtb_desk.services.database import open_database

    database = open_database(url)
    raw = database.engine.raw_connection()
    try:
        start = time.perf_counter()
        cursor = raw.cursor()
        cursor.execute("SELECT * FROM finding")
        names = [d[0] for d in cursor.description]
        with out.open("w") as handle:
            for row in cursor:
                handle.write(json.dumps(dict(zip(names, row, strict=True)), default=str))
                handle.write("\n")
        elapsed = time.perf_counter() - start
    finally:
        raw.close()
        database.dispose()
    return elapsed


def bench_show(url: str, folder: Path) -> None:
    base = raw_show_seconds(url, folder / "raw.json")
    with (folder / "show.json").open("w") as out:
        command = [CLI, "case", "show", "WGS-1", "--json", "--database", url]
        seconds, mb = timed(command, out.fileno())
    size = (folder / "show.json").stat().st_size / 1e6
    print(f"{'raw cursor + json.dumps (baseline)':<34} {base:7.2f} s")
    line(f"mtb-desk case show --json ({size:.0f} MB)", seconds, mb, base, "goal ≤ 3x")


def name_genes(url: str) -> int:
    """Give the imported findings genes as an annotated WGS VCF would: one gene in 20,000
    each, with catalogue genes among them (so matching has real work); returns how many
    findings carry a gene some cohort rule reads."""
    from mtb_desk.db.unit_of_work import reading
    from mtb_desk.services.database import open_database
    from mtb_desk.services.matching import match_context

    database = open_database(url)
    with reading(database) as session:
        genes = sorted(match_context(session).matcher.reads[0])
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE finding SET gene = 'G' || CAST(id % 20000 AS TEXT)")
        for number, gene in enumerate(genes):
            connection.exec_driver_sql(
                f"UPDATE finding SET gene = '{gene}' WHERE id % 20000 = {number}"
            )
        read = connection.exec_driver_sql(
            f"SELECT count(*) FROM finding WHERE id % 20000 < {len(genes)}"
        ).scalar()
    database.dispose()
    return int(read or 0)


def bench_match(url: str) -> None:
    from mtb_desk.services.database import open_database
    from mtb_desk.services.matching import match_case

    readable = name_genes(url)
    base, _ = timed([CLI, "--version"])
    seconds, mb = timed([CLI, "match", "WGS-1", "--json", "--database", url])
    database = open_database(url)
    match_case(database, "WGS-1")
    service = median_ms(lambda: match_case(database, "WGS-1"), 3) / 1000
    database.dispose()
    print(
        f"{'mtb-desk --version (baseline)':<34} {base:7.2f} s   ({readable:,} findings in "
        "genes the rules read)"
    )
    line("mtb-desk match (1 case)", seconds, mb, base, "goal < 1 s")
    print(f"{'match_case service call':<34} {service:7.2f} s  (goal < 1 s)")


def median_ms(action: object, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2] * 1000


def bench_worklist(scratch: Path, cases: int = 100_000) -> None:
    """The worklist page at offset cases-200 vs the first page (service call, in process)."""
    from mtb_desk.services.database import open_database
    from mtb_desk.services.worklist import CaseQuery, SortKey, list_cases, sort_value
    from tests.benchmarks.bench_foundation import seed

    database = open_database(f"sqlite:///{scratch / 'worklist.sqlite'}")
    seed(database, cases)
    deep = cases - 200
    first = median_ms(lambda: list_cases(database, CaseQuery()))
    offset = median_ms(lambda: list_cases(database, CaseQuery(offset=deep)))
    last = list_cases(database, CaseQuery(offset=deep - 1, limit=1)).items[0]
    after = (sort_value(last, SortKey.REFERRAL_DATE), last.id)
    keyset = median_ms(lambda: list_cases(database, CaseQuery(offset=deep, after=after)))
    same = list_cases(database, CaseQuery(offset=deep)).items
    assert same == list_cases(database, CaseQuery(offset=deep, after=after)).items
    print(f"{'worklist first page (baseline)':<34} {first:7.1f} ms")
    print(f"worklist page at {deep:,} (OFFSET)    {offset:7.1f} ms = {offset / first:5.2f}x")
    print(
        f"worklist page at {deep:,} (keyset)    {keyset:7.1f} ms = {keyset / first:5.2f}x"
        "  (goal ≤ 1.5x)"
    )
    database.dispose()


def bench_gui_open(scratch: Path, findings: int) -> None:
    """Open a case with 500 findings, then one with `findings`, in the real case view."""
    from mtb_desk.services.database import open_database
    from mtb_desk.services.users import list_users, resolve_actor
    from tests.benchmarks.bench_gui import bench_case_open

    seconds = {}
    for count in (500, findings):
        database = open_database(f"sqlite:///{scratch / f'gui-{count}.sqlite'}")
        actor = resolve_actor(database, list_users(database)[0].username)
        seconds[count] = bench_case_open(database, actor, count, 5)
        database.dispose()
    base, big = seconds[500], seconds[findings]
    print(f"{'open a 500-finding case (baseline)':<34} {base * 1000:7.1f} ms")
    print(
        f"open a {findings:,}-finding case  {big * 1000:7.1f} ms = {big / base:5.2f}x baseline"
        "  (goal < 300 ms, ≤ 2x)"
    )


def bench_finding_place(scratch: Path, findings: int, runs: int = 7) -> None:
    """The page of the finding halfway down the `findings`-finding case (counted in SQL from
    its sort key) vs the first page, each the median of `runs`."""
    from statistics import median

    from mtb_desk.services.case_opening import open_case
    from mtb_desk.services.cases import get_case_header
    from mtb_desk.services.database import open_database
    from mtb_desk.services.finding_pages import finding_page
    from mtb_desk.services.finding_place import finding_place

    database = open_database(f"sqlite:///{scratch / f'gui-{findings}.sqlite'}")
    case_id = get_case_header(database, "BIG-500").id
    first = min(f.id for f in open_case(database, case_id).page.findings)
    target = first + findings // 2

    def timed(work: Callable[[], object]) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        return median(times)

    base = timed(lambda: finding_page(database, case_id))
    place = finding_place(database, case_id, [target])
    assert place is not None
    assert place.position == findings // 2
    deep = timed(lambda: finding_place(database, case_id, [target]))
    database.dispose()
    print(f"{'first page of findings (baseline)':<34} {base * 1000:7.1f} ms")
    ratio = deep / base
    print(f"page of finding {findings // 2:,}   {deep * 1000:7.1f} ms = {ratio:5.2f}x baseline")


def run_as_installed(folder: Path) -> None:
    """Child processes keep their bytecode, as an installed app does (pip compiles it at install
    time): a shell with PYTHONDONTWRITEBYTECODE set would otherwise make every `mtb-desk` run
    compile the project's modules again (about 0.15 s of each start)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--only", default="dry-run,import,show,match,worklist")
    parser.add_argument("--gui-findings", type=int, default=0, help="also open a case in the GUI")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    only = set(args.only.split(","))
    folder = args.folder or Path(tempfile.mkdtemp(prefix="mtb-bench-wgs-"))
    folder.mkdir(parents=True, exist_ok=True)
    run_as_installed(folder)
    path = vcf_file(folder, args.records)
    print(f"{args.records:,} records, {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="mtb-bench-wgs-db-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'wgs.sqlite'}"
        new_database(url, "WGS-1")
        if "dry-run" in only:
            bench_dry_run(path, url)
        if only & {"import", "show", "match"}:
            bench_import(path, url, "SQLite")
        if "show" in only:
            bench_show(url, Path(scratch))
        if "match" in only:
            bench_match(url)
        if "worklist" in only:
            bench_worklist(Path(scratch))
        if args.gui_findings:
            bench_gui_open(Path(scratch), args.gui_findings)
            bench_finding_place(Path(scratch), args.gui_findings)
    if "import" in only and not args.skip_postgres:
        from tests.db_fixtures import create_schema, drop_schema, schema_url

        schema = create_schema("benchwgs")
        try:
            new_database(schema_url(schema), "WGS-1")
            bench_import(path, schema_url(schema), "PostgreSQL")
        finally:
            drop_schema(schema)


if __name__ == "__main__":
    main()
