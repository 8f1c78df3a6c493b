#!/usr/bin/env python3
"""InnovaTICE benchmark: seeds a national-scale edition, loads the packaged application with wrk
and writes a report (Markdown and JSON) under bench/results/.

Python 3 standard library only; needs java, the mariadb client and wrk on the PATH.
Every setting is an environment variable (see the README, "Benchmark"); `--size tiny` is the
seconds-long run of `make bench-smoke`.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
import seed  # noqa: E402  (the SQL generator beside this file)
import night  # noqa: E402  (the deadline-night load beside this file)

ADMIN_EMAIL = "admin@bench.innovatice.ma"
# The application's query cache (innovatice.query-cache) turned off, for the first process.
QUERY_CACHE_OFF = {"INNOVATICE_QUERY_CACHE": "false"}
# Off by default since issue 22 (several processes): the second process turns it on to measure what it gives.
QUERY_CACHE_ON = {"INNOVATICE_QUERY_CACHE": "true"}
PASSWORD = "bench-password-2030"

SIZES = {
    # teachers (= projects per edition), jurors, jurors per project, files per project, accounts logged in per role
    "full": dict(teachers=20000, jurors=300, per_project=3, attachments=2, logins=16, duration=10, warmup=5, tries=3, repeat=10),
    "tiny": dict(teachers=60, jurors=6, per_project=3, attachments=2, logins=2, duration=1, warmup=0, tries=1, repeat=3),
}

TARGETS = {
    "ranking_p50_ms": 300.0,
    "ranking_vs_sql": 1.5,
    "list_vs_trivial": 0.35,
    "auto_assignment_s": 10.0,
    "startup_external_s": 5.0,
    "rss_mb": 450.0,
}


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def env(name, default=None):
    value = os.environ.get(name, "").strip()
    return value if value else default


# ---------------------------------------------------------------------------------------------
# Database access through the mariadb client
# ---------------------------------------------------------------------------------------------

class Database:
    """A MariaDB database reached with the `mariadb` command-line client."""

    def __init__(self, host, port, user, password, name):
        self.host, self.port, self.user, self.password, self.name = host, port, user, password, name

    @staticmethod
    def from_jdbc(url, user, password):
        match = re.match(r"jdbc:(?:mariadb|mysql)://([^:/?]+)(?::(\d+))?/([A-Za-z0-9_]+)", url)
        if not match:
            raise SystemExit(f"Cannot read the JDBC URL {url} (expected jdbc:mariadb://host:port/database)")
        return Database(match.group(1), int(match.group(2) or 3306), user, password, match.group(3))

    def jdbc_url(self):
        return f"jdbc:mariadb://{self.host}:{self.port}/{self.name}"

    def command(self, database=True, extra=()):
        cmd = ["mariadb", f"-h{self.host}", f"-P{self.port}", f"-u{self.user}", "--protocol=TCP",
               "--default-character-set=utf8mb4", *extra]
        if self.password:
            cmd.append(f"-p{self.password}")
        if database:
            cmd.append(self.name)
        return cmd

    def run(self, sql, database=True, extra=("--batch", "--skip-column-names")):
        result = subprocess.run(self.command(database, extra), input=sql, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"mariadb failed ({result.returncode}): {result.stderr.strip()[:2000]}")
        return result.stdout

    def rows(self, sql):
        return [line.split("\t") for line in self.run(sql).splitlines() if line]

    def value(self, sql):
        rows = self.rows(sql)
        return rows[0][0] if rows else None

    def reachable(self):
        try:
            self.run("SELECT 1", database=False)
            return True
        except (RuntimeError, OSError):
            return False

    def recreate(self):
        self.run(f"DROP DATABASE IF EXISTS `{self.name}`; CREATE DATABASE `{self.name}` "
                 "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;", database=False)

    def status(self):
        names = ("Com_select", "Com_insert", "Com_update", "Com_delete", "Questions")
        rows = self.rows("SHOW GLOBAL STATUS WHERE Variable_name IN (" + ", ".join(f"'{n}'" for n in names) + ")")
        return {name: int(value) for name, value in rows}


# ---------------------------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    """The packaged application (`java -jar quarkus-run.jar`), started as a user starts it."""

    def __init__(self, jar, workdir, port, database=None, java_opts=()):
        self.jar, self.workdir, self.port, self.database, self.java_opts = jar, workdir, port, database, java_opts
        self.process = None
        self.log_path = None
        self.gc_log = None
        self.started_at = None
        self.base = f"http://127.0.0.1:{port}"

    def start(self, label, env=None):
        self.log_path = self.workdir / f"app-{label}.log"
        environment = {k: v for k, v in os.environ.items()
                       if not k.startswith(("QUARKUS_DATASOURCE_", "INNOVATICE_", "SMALLRYE_JWT", "MP_JWT"))}
        environment.update(PORT=str(self.port), INNOVATICE_DATA_DIR=str(self.workdir / "data"),
                           INNOVATICE_ADMIN_EMAIL=ADMIN_EMAIL, INNOVATICE_ADMIN_PASSWORD=PASSWORD,
                           INNOVATICE_DEMO_ENABLED="false", **(env or {}))
        if self.database:
            environment.update(QUARKUS_DATASOURCE_JDBC_URL=self.database.jdbc_url(),
                               QUARKUS_DATASOURCE_USERNAME=self.database.user,
                               QUARKUS_DATASOURCE_PASSWORD=self.database.password)
        # As `make run`: from the jar's folder, with the class archive `make build` records beside it (AppCDS).
        archive = self.jar.parent / "app-cds.jsa"
        cds = ["-XX:SharedArchiveFile=app-cds.jsa"] if archive.exists() else []
        # The collector's pauses, for the deadline-night report (a file write per collection).
        self.gc_log = self.workdir / f"gc-{label}.log"
        gc = [f"-Xlog:gc:file={self.gc_log}:uptimemillis"]
        started = time.monotonic()
        self.started_at = started
        with open(self.log_path, "w") as out:
            self.process = subprocess.Popen(["java", *self.java_opts, *gc, *cds, "-jar", self.jar.name], cwd=self.jar.parent,
                                            env=environment, stdout=out, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        deadline = started + 240
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"The application stopped at start; see {self.log_path}:\n" + self.tail())
            try:
                with urllib.request.urlopen(self.base + "/api/reference/school-levels", timeout=2) as r:
                    if r.status == 200:
                        return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
                pass
            time.sleep(0.025)
        self.stop()
        raise RuntimeError(f"The application did not answer within 240 s; see {self.log_path}")

    def tail(self, lines=30):
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def embedded_port(self):
        match = re.search(r"Embedded MariaDB \S+ started on port (\d+)", self.log_path.read_text(errors="replace"))
        if not match:
            raise RuntimeError("No embedded MariaDB port in " + str(self.log_path))
        return int(match.group(1))

    def embedded_database(self):
        """The embedded MariaDB as root, whose password the application keeps in its data folder."""
        credentials = {}
        for line in (self.workdir / "data" / "mariadb-credentials.properties").read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                credentials[key.strip()] = value.strip()
        return Database("127.0.0.1", self.embedded_port(), "root", credentials["root.password"], "innovatice")

    def quarkus_version(self):
        match = re.search(r"powered by Quarkus ([\w.\-]+)", self.log_path.read_text(errors="replace"))
        return match.group(1) if match else None

    def rss_mb(self):
        return rss_mb(self.process.pid)

    def children_rss_mb(self):
        """Resident memory of the processes the application started (the embedded MariaDB)."""
        total = 0.0
        for pid in descendants(self.process.pid):
            total += rss_mb(pid) or 0.0
        return round(total, 1)

    def stop(self):
        if not self.process or self.process.poll() is not None:
            return
        children = descendants(self.process.pid)
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for pid in children:  # the embedded server stops with the JVM; make sure of it
            for _ in range(100):
                if not Path(f"/proc/{pid}").exists():
                    break
                time.sleep(0.1)
            else:
                os.kill(pid, signal.SIGKILL)

    # HTTP ------------------------------------------------------------------------------------

    def call(self, method, path, token=None, body=None, timeout=300):
        headers = {"Accept": "application/json"}
        data = None
        if token:
            headers["Authorization"] = "Bearer " + token
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                raw = response.read()
                return response.status, (json.loads(raw) if raw else None)
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw) if raw else None
            except ValueError:
                return e.code, None

    def login(self, email):
        status, body = self.call("POST", "/api/auth/login", body={"email": email, "password": PASSWORD})
        if status != 200:
            raise RuntimeError(f"Login of {email} answered {status}: {body}")
        return body["accessToken"]


def descendants(pid):
    """The processes started by pid, directly or not (from the parent of every process in /proc)."""
    children = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat[stat.rindex(")") + 2:].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, frontier = [], [pid]
    while frontier:
        for child in children.get(frontier.pop(), []):
            found.append(child)
            frontier.append(child)
    return found


def heap_mb(pid):
    """Committed and used Java heap (jcmd GC.heap_info), to tell the heap from the rest of the resident memory."""
    if not shutil.which("jcmd"):
        return {}
    try:
        out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return {}
    # G1 prints one line for the whole heap; the serial and parallel collectors one line per generation.
    parts = re.findall(r"heap\s+total (\d+)K, used (\d+)K", out) or re.findall(r"generation\s+total (\d+)K, used (\d+)K", out)
    if not parts:
        return {}
    return {"heap_committed_mb": round(sum(int(t) for t, _ in parts) / 1024, 1),
            "heap_used_mb": round(sum(int(u) for _, u in parts) / 1024, 1)}


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------

def load(app, endpoint, workdir, size, threads, connections, suffix=""):
    """An endpoint's measured wrk run, after a warm-up run of the same requests."""
    name = endpoint["key"] + suffix
    if size["warmup"]:
        run_wrk(app, endpoint["requests"], workdir, name, size["warmup"], threads, connections)
    r = run_wrk(app, endpoint["requests"], workdir, name, size["duration"], threads, connections)
    log(f"  {name}: {r['requests_per_s']} req/s, p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms")
    return r


def run_wrk(app, requests, workdir, name, duration, threads, connections):
    """One bounded wrk run over the given (path, token) requests; the figures of wrk's done()."""
    request_file = workdir / f"requests-{name}.tsv"
    request_file.write_text("".join(f"{path}\t{token or ''}\n" for path, token in requests))
    threads = max(1, min(threads, connections))
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "60s",
           "-s", str(BENCH / "wrk" / "requests.lua"), app.base]
    result = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "BENCH_REQUESTS": str(request_file)},
                            timeout=duration + 120)
    for line in result.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            figures = json.loads(line[len("BENCH-RESULT "):])
            seconds = figures["duration_us"] / 1e6
            errors = sum(figures[k] for k in figures if k.startswith("errors_"))
            return {
                "requests": figures["requests"],
                "requests_per_s": round(figures["requests"] / seconds, 1) if seconds else 0.0,
                "p50_ms": round(figures["latency_p50_us"] / 1000, 2),
                "p90_ms": round(figures["latency_p90_us"] / 1000, 2),
                "p99_ms": round(figures["latency_p99_us"] / 1000, 2),
                "mean_ms": round(figures["latency_mean_us"] / 1000, 2),
                "max_ms": round(figures["latency_max_us"] / 1000, 2),
                "mb_per_s": round(figures["bytes"] / seconds / 1e6, 2) if seconds else 0.0,
                "errors": errors,
                "threads": threads,
                "connections": connections,
                "duration_s": duration,
            }
    raise RuntimeError(f"wrk gave no result for {name}: {result.stdout[-1000:]} {result.stderr[-1000:]}")


def items_of(body):
    if isinstance(body, list):
        return len(body)
    if isinstance(body, dict):
        for key in ("items", "entries"):
            if isinstance(body.get(key), list):
                return len(body[key])
    return None


def statements_per_request(app, db, path, token, repeat, tries, overhead, vary_page=False):
    """SQL statements the server executed per request, from MariaDB's global counters on a quiet server.
    With vary_page, every request asks for another page, so that an endpoint whose answers are kept in
    memory is counted as it reads the database, not as it serves a kept answer."""
    best = None
    pages = iter(range(1, repeat * tries + 1))
    for _ in range(tries):  # the least of several tries: another client can only add statements
        before = db.status()
        for _ in range(repeat):
            status, _ = app.call("GET", f"{path}&page={next(pages)}" if vary_page else path, token)
            if status != 200:
                return None
        after = db.status()
        per = (statement_total(after) - statement_total(before) - overhead[0]) / repeat
        per_q = (after["Questions"] - before["Questions"] - overhead[1]) / repeat
        if best is None or per < best[0]:
            best = (per, per_q)
    return {"statements": round(best[0], 2), "questions": round(best[1], 2)}


def statement_total(status):
    return sum(status[k] for k in ("Com_select", "Com_insert", "Com_update", "Com_delete"))


def counter_overhead(db):
    """What reading the counters adds to them by itself (the client's own statements)."""
    first, second = db.status(), db.status()
    return (statement_total(second) - statement_total(first), second["Questions"] - first["Questions"])


# The authenticated reads compared with their own statements replayed over JDBC (night.replay).
REPLAYED = ("own_account", "own_submission", "admin_submissions", "jury_assignments")


def profiled_ms(db, sets, runs):
    """Server time of lists of statements in the mariadb client (SHOW PROFILES), the lists taking turns
    run after run (a busy neighbour weighs on each alike): for each list the median over runs of the
    sum of its statements, after one round that warms the buffer pool."""
    sets = [[st.rstrip().rstrip(";") for st in statements] for statements in sets]
    per_round = sum(len(statements) for statements in sets)
    script = "SET profiling = 1;\nSET profiling_history_size = 100;\n"
    output = []
    # SHOW PROFILES keeps at most 100 statements: a few rounds at a time.
    rounds_per_batch = max(1, 100 // max(1, per_round))
    remaining = runs + 1
    while remaining > 0:
        batch = min(rounds_per_batch, remaining)
        remaining -= batch
        body = "".join(st + ";\n" for _ in range(batch) for statements in sets for st in statements)
        output += [line for line in db.run(script + body + "SHOW PROFILES;\n").splitlines()]
    times = []
    for line in output:
        cells = line.split("\t")
        if len(cells) == 3 and cells[2].lstrip().upper().startswith("SELECT"):
            times.append(float(cells[1]) * 1000)
    if len(times) != per_round * (runs + 1):
        return [None] * len(sets)
    medians = []
    for k, statements in enumerate(sets):
        start = sum(len(x) for x in sets[:k])
        sums = [sum(times[r * per_round + start:r * per_round + start + len(statements)]) for r in range(1, runs + 1)]
        medians.append(round(statistics.median(sums), 3) if statements else None)
    return medians


def admin_list_server_time(db, edition, requests, captured):
    """The admin list's pages (region MA-01, pages 0 and 3 of 50: the first and fourth requests of the
    endpoint's table) in server time: the statements it sends now, as captured from the server, against
    the three statements the list used to send (sql/admin_list_before.sql: the page's ids, the rows of
    those ids with a correlated count of files, the exact count of the filter). The account check is
    left out of both."""
    if not captured or len(captured) != min(16, len(requests)):
        return None  # a request failed: the captures no longer line up with the requests
    template = (BENCH / "sql" / "admin_list_before.sql").read_text()
    template = "\n".join(line for line in template.splitlines() if not line.startswith("--"))
    figures = {"pages": {}}
    for page in (0, 3):
        index = next((i for i, (path, _) in enumerate(requests[:len(captured)])
                      if "region=MA-01&" in path and path.endswith(f"&page={page}")), None)
        if index is None:  # a tiny edition has one page a region
            continue
        statements = [st for st in captured[index] if re.search(r"\bsubmission\b", st, re.I)]
        counts = [st for st in statements if re.match(r"\s*select\s+count\(", st, re.I)]
        now = [st for st in statements if st not in counts]
        offset = page * 50
        ids = [r[0] for r in db.rows(f"SELECT s.id FROM submission s WHERE s.edition_id = {edition} "
                                     f"AND s.region_code = 'MA-01' ORDER BY s.created_at DESC, s.id DESC "
                                     f"LIMIT {offset}, 50")]
        before = [st.strip().replace("@edition", str(edition)).replace("@offset", str(offset))
                  .replace("@ids", ", ".join(ids)) for st in template.split(";") if st.strip()]
        # A count a page makes now is one a second per filter at most: timed apart.
        count = [f"SELECT COUNT(*) FROM submission s WHERE 1 = 1 AND s.edition_id = {edition} AND s.region_code = 'MA-01'"]
        before_ms, now_ms, count_ms = profiled_ms(db, [before, now, count], 15)
        entry = {"before_statements": len(before), "before_ms": before_ms, "now_statements": len(now),
                 "now_ms": now_ms, "count_ms": count_ms, "now_sql": now,
                 "ratio": round(before_ms / now_ms, 2) if before_ms and now_ms else None}
        figures["pages"][str(page)] = entry
        log(f"  admin list page {page}: before {before_ms} ms ({len(before)} statements), now {now_ms} ms "
            f"({len(now)}), the count kept up to a second: {count_ms} ms")
    ratios = [p["ratio"] for p in figures["pages"].values()]
    figures["ratio"] = min(ratios) if all(ratios) else None
    return figures


def raw_ranking_sql_ms(db, edition, runs):
    """Server time of the ranking's statements in the mariadb client (SHOW PROFILES): for each run the
    sum over its statements, then the median of the runs."""
    query = (BENCH / "sql" / "ranking.sql").read_text()
    query = "\n".join(line for line in query.splitlines() if not line.startswith("--")).strip()
    statements = [s for s in query.split(";") if s.strip()]
    script = f"SET @edition = {edition};\nSET profiling = 1;\nSET profiling_history_size = 100;\n"
    script += (query + "\n") * (runs + 1) + "SHOW PROFILES;\n"
    output = db.run(script)
    times = []
    for line in output.splitlines():
        cells = line.split("\t")
        if len(cells) == 3 and cells[2].lstrip().upper().startswith("SELECT"):
            times.append(float(cells[1]) * 1000)
    if len(times) != len(statements) * (runs + 1):
        raise RuntimeError(f"SHOW PROFILES listed {len(times)} ranking statements, expected {len(statements) * (runs + 1)}")
    durations = [sum(times[i:i + len(statements)]) for i in range(0, len(times), len(statements))]
    durations = durations[1:]  # the first run warms the buffer pool
    return round(statistics.median(durations), 2), [round(d, 2) for d in durations]


def versions(db, app):
    def first_line(cmd):
        try:
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
            return (result.stdout + result.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return None
    return {
        "java": first_line(["java", "-version"]),
        "mariadb_server": db.value("SELECT VERSION()"),
        "mariadb_client": first_line(["mariadb", "--version"]),
        "wrk": first_line(["wrk", "-v"]),
        "quarkus": app.quarkus_version(),
        "python": platform.python_version(),
        "kernel": platform.release(),
    }


# ---------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------

def endpoint_table(e1, e2, teachers, jurors, admin, sizes):
    """What is measured: each endpoint's requests for wrk, and for list endpoints two sizes to count statements."""
    regions = [f"MA-{i:02d}" for i in range(1, 13)]
    pages = max(1, min(5, sizes["teachers"] // 12 // 50))
    return [
        dict(key="trivial", name="Trivial JSON endpoint (school levels, served from memory)",
             requests=[("/api/reference/school-levels", None)]),
        dict(key="laureates", name="Public laureates list", kind="list", cached="page",
             requests=[(f"/api/laureates?editionId={e1}&size=20", None), ("/api/laureates?size=20", None),
                       (f"/api/laureates?editionId={e1}&kind=LAUREATE&size=20", None)],
             sizes={"small": (f"/api/laureates?editionId={e1}&size=10", None),
                    "large": (f"/api/laureates?editionId={e1}&size=100", None)}),
        dict(key="edition", name="Public edition detail",
             requests=[(f"/api/editions/{e1}", None), (f"/api/editions/{e2}", None)]),
        dict(key="results", name="Public results of the edition", cached="memory",
             requests=[(f"/api/editions/{e1}/results", None)]),
        # No target: what a bearer token costs alone (signature, account check, one primary-key read),
        # the ceiling of every authenticated endpoint's ratio.
        dict(key="own_account", name="The caller's own account (what authentication alone costs)", query_cache=True,
             requests=[("/api/me", token) for token, _ in teachers]),
        dict(key="own_submission", name="A teacher's own submission", query_cache=True,
             requests=[(f"/api/submissions/{sid}", token) for token, sid in teachers]),
        dict(key="admin_submissions", name="Admin submissions list (page of 50, filtered by edition and region)",
             kind="list", query_cache=True,
             requests=[(f"/api/submissions?editionId={e1}&region={r}&size=50&page={p}", admin)
                       for r in regions for p in range(pages)],
             sizes={"small": (f"/api/submissions?editionId={e1}&region=MA-06&size=10", admin),
                    "large": (f"/api/submissions?editionId={e1}&region=MA-06&size=100", admin)}),
        dict(key="jury_assignments", name="A juror's assignment list", kind="list", query_cache=True,
             requests=[(f"/api/jury/assignments?editionId={e1}", token) for token in jurors],
             sizes={"small": (f"/api/jury/assignments?editionId={e2}", jurors[0]),  # a few manual ones
                    "large": (f"/api/jury/assignments?editionId={e1}", jurors[0])}),
        dict(key="ranking", name=f"Ranking of the {sizes['teachers']:,}-project edition", kind="ranking",
             requests=[(f"/api/editions/{e1}/ranking", admin)],
             sizes={"small": (f"/api/editions/{e1}/ranking?region=MA-06", admin),
                    "large": (f"/api/editions/{e1}/ranking", admin)}),
        dict(key="statistics", name="Public statistics", cached="memory",
             requests=[("/api/statistics", None)]),
        dict(key="edition_statistics", name="Edition statistics (admin)",
             requests=[(f"/api/editions/{e1}/statistics", admin)]),
    ]


def edition_input(number, title):
    return {"number": number, "year": 2018 + number % 80, "title": title,
            "theme": "Le numérique au service des apprentissages", "rules": "Règlement du concours (benchmark).",
            "submissionsOpenAt": "2030-01-01T08:00:00Z", "submissionsCloseAt": "2030-03-01T23:00:00Z",
            "evaluationCloseAt": "2030-05-01T23:00:00Z", "ceremonyDate": "2030-05-25", "ceremonyVenue": "Rabat",
            "laureateCount": 12, "jurorsPerProject": 3, "blindReview": False, "sameRegionConflict": False,
            "forum": {"name": "Global Education Forum", "city": "Budapest", "year": 2030}}


def main(argv=None):
    parser = argparse.ArgumentParser(description="InnovaTICE benchmark")
    parser.add_argument("--size", choices=sorted(SIZES), default=env("BENCH_SIZE", "full"))
    parser.add_argument("--jar", default=env("BENCH_JAR", str(ROOT / "backend/target/quarkus-app/quarkus-run.jar")))
    parser.add_argument("--out", default=env("BENCH_OUT", str(BENCH / "results")))
    parser.add_argument("--name", default=env("BENCH_NAME"), help="report file name (default: date and size)")
    args = parser.parse_args(argv)

    size = dict(SIZES[args.size])
    size["duration"] = int(env("BENCH_DURATION", size["duration"]))
    size["warmup"] = int(env("BENCH_WARMUP", size["warmup"]))
    threads = int(env("BENCH_THREADS", 2))
    connections = int(env("BENCH_CONNECTIONS", 4))
    java_opts = env("BENCH_JAVA_OPTS", "").split()
    jar = Path(args.jar).resolve()
    if not jar.is_file():
        raise SystemExit(f"No application jar at {jar}: run `make build` (or set BENCH_JAR)")
    for tool in ("java", "mariadb", "wrk"):
        if not shutil.which(tool):
            raise SystemExit(f"`{tool}` is not on the PATH" + (" (Debian: apt-get install wrk)" if tool == "wrk" else ""))

    workdir = Path(env("BENCH_WORKDIR", str(BENCH / ".work" / args.size))).resolve()
    shutil.rmtree(workdir, ignore_errors=True)
    (workdir / "data").mkdir(parents=True)

    external_url = env("BENCH_DB_URL")
    external = Database.from_jdbc(external_url, env("BENCH_DB_USER", "root"), env("BENCH_DB_PASSWORD", "")) \
        if external_url else None
    startup_url = env("BENCH_STARTUP_DB_URL", "jdbc:mariadb://127.0.0.1:3306/innovatice_bench_startup")
    startup_db = None if startup_url == "none" or external else \
        Database.from_jdbc(startup_url, env("BENCH_STARTUP_DB_USER", "root"), env("BENCH_STARTUP_DB_PASSWORD", ""))

    report = {
        "schema": "innovatice-bench/1",
        "generated_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "size": args.size,
        "machine": {"cores": os.cpu_count(), "memory_mb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20),
                    "cpu": cpu_model()},
        "settings": {"database": "external" if external else "embedded", "threads": threads,
                     "connections": connections, "duration_s": size["duration"], "warmup_s": size["warmup"],
                     "java_opts": " ".join(java_opts), "malloc_arena_max": os.environ.get("MALLOC_ARENA_MAX"),
                     "jar": str(jar), "class_archive": (jar.parent / "app-cds.jsa").exists()},
    }
    app = App(jar, workdir, free_port(), external, java_opts)
    try:
        measure(app, external, startup_db, size, threads, connections, workdir, report)
    finally:
        app.stop()
    write_report(report, Path(args.out), args.name or f"{report['generated_at'][:19].replace(':', '')}-{args.size}")


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def measure(app, external, startup_db, size, threads, connections, workdir, report):
    if external:
        log(f"External database {external.host}:{external.port}/{external.name} (recreated)")
        external.recreate()
    # The first process runs without the query cache: it counts the statements of each request as it
    # costs when nothing is kept, and loads the endpoints the cache serves as they run without it.
    log("First start of the application (creates the schema; query cache off)")
    first_start = app.start("first", QUERY_CACHE_OFF)
    db = external or app.embedded_database()
    admin = app.login(ADMIN_EMAIL)
    editions = []
    for number, title in ((90, "Édition nationale (benchmark)"), (91, "Édition en évaluation (benchmark)")):
        status, body = app.call("POST", "/api/editions", admin, edition_input(number, title))
        if status != 201:
            raise RuntimeError(f"Creating an edition answered {status}: {body}")
        editions.append(body["id"])
    e1, e2 = editions
    password_hash = db.value(f"SELECT password_hash FROM account WHERE email = '{ADMIN_EMAIL}'")

    log(f"Seeding {size['teachers']} teachers, {size['jurors']} jurors, {size['teachers'] * size['per_project']} evaluations")
    sql = seed.generate(argparse.Namespace(teachers=size["teachers"], jurors=size["jurors"],
                                           jurors_per_project=size["per_project"], attachments=size["attachments"],
                                           laureates=12, national_edition=e1, assignment_edition=e2,
                                           password_hash=password_hash))
    (workdir / "seed.sql").write_text(sql)
    started = time.monotonic()
    db.run(sql, extra=())
    seed_seconds = time.monotonic() - started
    counts = {}
    for table in ("account", "submission", "attachment", "attachment_chunk", "assignment", "evaluation",
                  "evaluation_score", "award", "certificate"):
        counts[table] = int(db.value(f"SELECT COUNT(*) FROM {table}"))
    counts["regions"] = int(db.value("SELECT COUNT(DISTINCT region_code) FROM account WHERE role = 'TEACHER'"))
    report["seed"] = {"seconds": round(seed_seconds, 2), "rows": counts, "national_edition": e1,
                      "assignment_edition": e2, "sql_bytes": len(sql.encode())}
    log(f"Seeded in {seed_seconds:.1f} s: {counts}")

    report["software"] = versions(db, app)

    log("Logging in")
    admin = app.login(ADMIN_EMAIL)
    n = size["logins"]
    teacher_rows = db.rows(f"SELECT a.email, s.id FROM account a JOIN submission s ON s.author_id = a.id "
                           f"AND s.edition_id = {e1} WHERE a.role = 'TEACHER' ORDER BY a.id LIMIT {n}")
    juror_rows = db.rows(f"SELECT email FROM account WHERE role = 'JURY' ORDER BY id LIMIT {n}")
    teachers = [(app.login(email), int(sid)) for email, sid in teacher_rows]
    jurors = [app.login(row[0]) for row in juror_rows]
    endpoints = endpoint_table(e1, e2, teachers, jurors, admin, size)
    night_data = night.prepare(app, db, admin, e1, e2, teachers, jurors, edition_input)

    log("Checking every endpoint and counting its SQL statements (query cache off)")
    overhead = counter_overhead(db)
    for endpoint in endpoints:
        path, token = endpoint["requests"][0]
        status, body = app.call("GET", path, token)
        endpoint["http_status"] = status
        endpoint["status"] = "ok" if status == 200 else ("missing" if status == 404 else "error")
        if status != 200:
            log(f"  {endpoint['key']}: {path} answered {status}; not measured")
            continue
        counted = {}
        variants = endpoint.get("sizes") or {"single": (path, token)}
        for label, (vpath, vtoken) in variants.items():
            _, vbody = app.call("GET", vpath, vtoken)
            # A ranking takes long enough for the outbox worker's poll (every 5 s) to fall into a try:
            # one request per try, more tries.
            slow = endpoint.get("kind") == "ranking"
            repeat, tries = (1, max(5, size["tries"])) if slow else (size["repeat"], size["tries"])
            figures = statements_per_request(app, db, vpath, vtoken, repeat, tries, overhead,
                                             vary_page=endpoint.get("cached") == "page")
            if figures:
                counted[label] = {"path": vpath, "items": items_of(vbody), **figures}
        endpoint["sql"] = counted

    log("Load with the query cache off: the trivial endpoint and the endpoints the cache serves")
    uncached = {}
    for endpoint in [endpoints[0]] + [e for e in endpoints if e.get("query_cache") and e["status"] == "ok"]:
        uncached[endpoint["key"]] = load(app, endpoint, workdir, size, threads, connections, "-uncached")

    log("JDBC replay of the authenticated reads' own statements (query cache off)")
    report["replay"] = {}
    captured_by_key = {}
    for endpoint in endpoints:
        if endpoint["key"] not in REPLAYED or endpoint["status"] != "ok":
            continue
        captured = night.capture(app, db, endpoint["requests"])
        captured_by_key[endpoint["key"]] = captured
        # The endpoint loaded again just before its replay: on a shared machine, figures taken minutes
        # apart compare the neighbours' load as much as the code.
        again = load(app, endpoint, workdir, size, threads, connections, "-before-replay")
        figures = night.replay(app, db, captured, workdir, endpoint["key"], connections, size["warmup"], size["duration"])
        if figures:
            http = again["requests_per_s"]
            figures["http_requests_per_s"] = http
            figures["ratio"] = round(http / figures["requests_per_s"], 3) if figures["requests_per_s"] else None
            report["replay"][endpoint["key"]] = figures
            log(f"  {endpoint['key']}: HTTP {http} req/s, its {figures['statements_per_request']} statements over JDBC "
                f"{figures['requests_per_s']} req/s: {figures['ratio']}")
    admin_list = next(e for e in endpoints if e["key"] == "admin_submissions")
    report["admin_list_server_time"] = admin_list_server_time(db, e1, admin_list["requests"],
                                                              captured_by_key.get("admin_submissions"))

    report["night"] = {"cache_off": night.run(app, db, night_data, workdir, size, "cache-off")}

    # Tokens stay valid across the restart: the signing keys are kept in the data folder.
    log("Restart on the seeded database (query cache on, as `make run` runs)")
    app.stop()
    restart = app.start("bench", QUERY_CACHE_ON)
    if not external:
        db = app.embedded_database()
    report["startup"] = {"first_start_s": round(first_start, 2), "restart_s": round(restart, 2),
                         "database": "external" if external else "embedded"}
    # One request to each endpoint before any timing: the first use of a path in a new process (classes,
    # caches, the first session) can outlast a whole run of the tiny size.
    for endpoint in endpoints:
        if endpoint["status"] == "ok":
            app.call("GET", *endpoint["requests"][0])

    log("Load: wrk at fixed concurrency after a warm-up")
    trivial = endpoints[0]
    results = {}
    for endpoint in endpoints + [dict(trivial, key="trivial_again")]:
        if endpoint["status"] != "ok":
            continue
        results[endpoint["key"]] = load(app, endpoint, workdir, size, threads, connections)
    rss_after_load = app.rss_mb()
    heap_after_load = heap_mb(app.process.pid)
    report["night"]["cache_on"] = night.run(app, db, night_data, workdir, size, "cache-on")
    night.cleanup(db, night_data)
    db_rss = app.children_rss_mb() if not external else None

    trivial_rps = statistics.mean([results[k]["requests_per_s"] for k in ("trivial", "trivial_again") if k in results])
    uncached_trivial_rps = uncached["trivial"]["requests_per_s"]
    report["endpoints"] = []
    for endpoint in endpoints:
        entry = {"key": endpoint["key"], "name": endpoint["name"], "kind": endpoint.get("kind", "single"),
                 "cached": endpoint.get("cached"), "query_cache": bool(endpoint.get("query_cache")),
                 "path": endpoint["requests"][0][0], "variants": len(endpoint["requests"]),
                 "status": endpoint["status"], "http_status": endpoint["http_status"]}
        if endpoint["key"] in results:
            r = results[endpoint["key"]]
            entry.update(r)
            entry["ratio_to_trivial"] = round(r["requests_per_s"] / trivial_rps, 4) if trivial_rps else None
            entry["sql"] = endpoint.get("sql", {})
        if endpoint.get("query_cache") and endpoint["key"] in uncached:
            u = uncached[endpoint["key"]]
            entry["uncached"] = {k: u[k] for k in ("requests_per_s", "p50_ms", "p99_ms", "requests", "errors")}
            entry["uncached"]["ratio_to_trivial"] = (round(u["requests_per_s"] / uncached_trivial_rps, 4)
                                                     if uncached_trivial_rps else None)
        report["endpoints"].append(entry)
    report["trivial_requests_per_s"] = round(trivial_rps, 1)
    report["uncached_trivial_requests_per_s"] = round(uncached_trivial_rps, 1)
    if "trivial_again" in results:
        report["trivial_again"] = results["trivial_again"]

    log("Ranking at concurrency 1 against its SQL in the mariadb client")
    ranking = next(e for e in endpoints if e["key"] == "ranking")
    if ranking["status"] == "ok":
        single = run_wrk(app, ranking["requests"], workdir, "ranking-c1", max(size["duration"], 1), 1, 1)
        sql_ms, sql_runs = raw_ranking_sql_ms(db, e1, 5)
        report["ranking_vs_sql"] = {"http_p50_ms": single["p50_ms"], "http_p99_ms": single["p99_ms"],
                                    "http_requests": single["requests"], "sql_median_ms": sql_ms, "sql_runs_ms": sql_runs,
                                    "ratio": round(single["p50_ms"] / sql_ms, 3) if sql_ms else None}

    report["memory"] = {"rss_mb_after_load": rss_after_load, "embedded_db_rss_mb": db_rss, **heap_after_load}

    log("Automatic assignment of the edition in evaluation")
    started = time.monotonic()
    status, body = app.call("POST", f"/api/editions/{e2}/assignments/auto", admin, {})
    seconds = time.monotonic() - started
    auto = {"http_status": status, "seconds": round(seconds, 3)}
    if status == 200 and isinstance(body, dict):
        auto.update({k: body.get(k) for k in ("submissions", "jurors", "created", "kept", "fullyStaffed", "minLoad", "maxLoad")})
        auto["understaffed"] = len(body.get("understaffed") or [])
    report["auto_assignment"] = auto
    report["memory"]["rss_mb_after_assignment"] = app.rss_mb()
    log(f"  {auto}")
    app.stop()

    if startup_db is not None:
        if startup_db.reachable():
            log(f"Startup with an external database ({startup_db.host}:{startup_db.port}/{startup_db.name})")
            startup_db.recreate()
            probe = App(app.jar, workdir, free_port(), startup_db, app.java_opts)
            try:
                migrate = probe.start("external-first")
                probe.stop()
                report["startup"]["external_first_start_s"] = round(migrate, 2)
                # One start is at the mercy of a busy neighbour on a shared machine: the median of a few.
                starts = []
                for attempt in range(size["tries"]):
                    starts.append(probe.start(f"external-{attempt + 1}"))
                    probe.stop()
                report["startup"]["external_restarts_s"] = [round(s, 2) for s in starts]
                report["startup"]["external_restart_s"] = round(statistics.median(starts), 2)
            finally:
                probe.stop()
            startup_db.run(f"DROP DATABASE IF EXISTS `{startup_db.name}`", database=False)
        else:
            log(f"No external database at {startup_db.host}:{startup_db.port}: startup measured on the embedded one only")
    elif external:
        report["startup"]["external_restart_s"] = report["startup"]["restart_s"]
    report["targets"] = targets(report)


def targets(report):
    found = []

    def target(name, value, limit, comparison="<="):
        met = None if value is None else (value <= limit if comparison == "<=" else value >= limit)
        found.append({"name": name, "value": value, "limit": limit, "comparison": comparison, "met": met})

    endpoints = {e["key"]: e for e in report["endpoints"]}
    ranking = endpoints.get("ranking", {})
    vs = report.get("ranking_vs_sql", {})
    target("Ranking p50 at concurrency 1 (ms)", vs.get("http_p50_ms"), TARGETS["ranking_p50_ms"])
    target("Ranking p50 / raw SQL", vs.get("ratio"), TARGETS["ranking_vs_sql"])
    for e in report["endpoints"]:
        if e["kind"] == "list":
            target(f"{e['name']}: requests/s vs trivial", e.get("ratio_to_trivial"), TARGETS["list_vs_trivial"], ">=")
        if e["kind"] in ("list", "ranking"):
            sql = e.get("sql") or {}
            small, large = sql.get("small"), sql.get("large")
            constant = None if not (small and large) else small["statements"] == large["statements"]
            found.append({"name": f"{e['name']}: SQL statements constant whatever the size", "value":
                          None if constant is None else f"{small['statements']:g} ({small['items']} items) / "
                                                        f"{large['statements']:g} ({large['items']} items)",
                          "limit": "equal", "comparison": "==", "met": constant})
    del ranking
    target("Automatic assignment (s)", report.get("auto_assignment", {}).get("seconds")
           if report.get("auto_assignment", {}).get("http_status") == 200 else None, TARGETS["auto_assignment_s"])
    target("Startup to first response, external database (s)", report["startup"].get("external_restart_s"),
           TARGETS["startup_external_s"])
    target("Resident memory after the load (MB)", report["memory"].get("rss_mb_after_load"), TARGETS["rss_mb"])
    night_targets(report, target)
    return found


def night_targets(report, target):
    """Issue 22: the deadline night, the JDBC replay, the admin list's server time."""
    t = night.TARGETS
    runs = report.get("night") or {}
    for label, run in (("query cache on", runs.get("cache_on")), ("query cache off", runs.get("cache_off"))):
        if not run:
            continue
        mixed, alone = run["mixed"]["streams"], run["read_only"]["streams"]
        target(f"Deadline night ({label}): saves/s", run.get("saves_per_s"), t["saves_per_s"], ">=")
        for key in night.READERS:
            if key in mixed and key in alone and alone[key]["requests_per_s"]:
                target(f"Deadline night ({label}): {key} keeps its read-only requests/s",
                       round(mixed[key]["requests_per_s"] / alone[key]["requests_per_s"], 3), t["read_kept"], ">=")
        for key in ("teacher_saves", "juror_saves"):
            if key in mixed:
                target(f"Deadline night ({label}): {key} p99 (ms)", mixed[key]["p99_ms"], t["saves_p99_ms"])
        errors = sum(r.get("errors", 0) for phase in ("read_only", "mixed") for r in run[phase]["streams"].values())
        target(f"Deadline night ({label}): failed requests", errors, 0)
    on, off = runs.get("cache_on"), runs.get("cache_off")
    if on and off:
        for key, r in on["mixed"]["streams"].items():
            if key in off["mixed"]["streams"]:
                target(f"Deadline night: {key} p99 with the query cache / without (ratio)",
                       round(r["p99_ms"] / max(off["mixed"]["streams"][key]["p99_ms"], 0.01), 3), 1.0)
    for key, r in (report.get("replay") or {}).items():
        target(f"{key}: requests/s without the query cache / its statements over JDBC", r.get("ratio"),
               t["replay_ratio"], ">=")
    server = report.get("admin_list_server_time") or {}
    target("Admin list pages 0 and 3: server time before / now (the lesser)", server.get("ratio"), 2.0, ">=")


# ---------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------

def write_report(report, out, name):
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    (out / f"{name}.md").write_text(markdown(report))
    for suffix in ("json", "md"):
        shutil.copyfile(out / f"{name}.{suffix}", out / f"latest-{report['size']}.{suffix}")
    log(f"Report: {out / name}.md and .json")


def fmt(value, digits=1):
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def markdown(report):
    s = report.get("software", {})
    m = report["machine"]
    st = report["settings"]
    lines = [f"# InnovaTICE benchmark — {report['size']} size, {report['generated_at']}", "",
             f"Machine: {m['cores']} cores ({m.get('cpu') or 'unknown CPU'}), {fmt(m['memory_mb'])} MB. "
             f"Database: {st['database']} MariaDB {s.get('mariadb_server') or '?'}. "
             f"Load: wrk, {st['threads']} threads, {st['connections']} connections, {st['warmup_s']} s warm-up then "
             f"{st['duration_s']} s per endpoint, on loopback.", "",
             "Software: " + "; ".join(f"{k} `{v}`" for k, v in s.items() if v), ""]
    seed_info = report.get("seed", {})
    rows = seed_info.get("rows", {})
    lines += ["## Data", "",
              f"Seeded in **{fmt(seed_info.get('seconds'), 1)} s** (bulk SQL): " +
              ", ".join(f"{fmt(v)} {k}" for k, v in rows.items()) + ".", ""]
    lines += ["## Endpoints", "",
              "| endpoint | requests/s | p50 ms | p99 ms | × trivial | SQL/request (small → large) | status |",
              "|---|---:|---:|---:|---:|---|---|"]
    for e in report.get("endpoints", []):
        sql = e.get("sql") or {}
        if "small" in sql and "large" in sql:
            statements = (f"{sql['small']['statements']:g} ({sql['small']['items']} items) → "
                          f"{sql['large']['statements']:g} ({sql['large']['items']} items)")
        elif "single" in sql:
            statements = f"{sql['single']['statements']:g}"
            if e.get("cached") == "memory":
                statements += " (kept in memory after the first read)"
        else:
            statements = "—"
        status = "ok" if e["status"] == "ok" else f"{e['status']} (HTTP {e['http_status']})"
        lines.append(f"| {e['name']} | {fmt(e.get('requests_per_s'))} | {fmt(e.get('p50_ms'), 2)} | "
                     f"{fmt(e.get('p99_ms'), 2)} | {fmt(e.get('ratio_to_trivial'), 3)} | {statements} | {status} |")
    lines += ["", f"Trivial endpoint: {fmt(report.get('trivial_requests_per_s'))} requests/s (mean of a run before "
              "and a run after the others). SQL statements are counted by the server (SELECT, INSERT, UPDATE, "
              "DELETE) with the query cache off, so each request is counted as it costs when nothing is kept, "
              "including the account check of authenticated requests. The public laureates, results "
              "and statistics are kept in memory for a minute (`INNOVATICE_PUBLIC_CACHE_TTL`): the load measures "
              "them as the public gets them, the laureates' statements are counted on pages not yet kept. The "
              "account check and the two lists are read from the query cache after their first read, until a "
              "write to a table they read (this load writes nothing).", ""]
    uncached = [e for e in report.get("endpoints", []) if e.get("uncached")]
    if uncached:
        lines += ["### Without the query cache", "",
                  "The same endpoints in the first process, started with `INNOVATICE_QUERY_CACHE=false`: every "
                  "request reads the database, as after each write. Ratios are to the trivial endpoint of that "
                  f"process ({fmt(report.get('uncached_trivial_requests_per_s'))} requests/s).", "",
                  "| endpoint | requests/s | p50 ms | p99 ms | × trivial |", "|---|---:|---:|---:|---:|"]
        for e in uncached:
            u = e["uncached"]
            lines.append(f"| {e['name']} | {fmt(u.get('requests_per_s'))} | {fmt(u.get('p50_ms'), 2)} | "
                         f"{fmt(u.get('p99_ms'), 2)} | {fmt(u.get('ratio_to_trivial'), 3)} |")
        lines.append("")
    vs = report.get("ranking_vs_sql")
    if vs:
        lines += ["## Ranking against its SQL", "",
                  f"At concurrency 1 the ranking endpoint answers in **{fmt(vs['http_p50_ms'], 1)} ms** (p50, "
                  f"p99 {fmt(vs['http_p99_ms'], 1)} ms); the same statements in the mariadb client take "
                  f"**{fmt(vs['sql_median_ms'], 1)} ms** (server time summed over the statements, median of runs): ratio **{fmt(vs['ratio'], 2)}**.", ""]
    auto = report.get("auto_assignment", {})
    lines += ["## Automatic assignment", "",
              f"HTTP {auto.get('http_status')} in **{fmt(auto.get('seconds'), 2)} s**: {fmt(auto.get('created'))} "
              f"assignments for {fmt(auto.get('submissions'))} projects and {fmt(auto.get('jurors'))} jurors, loads "
              f"{fmt(auto.get('minLoad'))}–{fmt(auto.get('maxLoad'))}, {fmt(auto.get('understaffed'))} understaffed.", ""]
    su, mem = report.get("startup", {}), report.get("memory", {})
    lines += ["## Startup and memory", "",
              f"Startup to first response: {fmt(su.get('restart_s'), 2)} s on the seeded {su.get('database')} database "
              f"(first start, creating the schema: {fmt(su.get('first_start_s'), 2)} s); with an external database: "
              f"{fmt(su.get('external_restart_s'), 2)} s (median of "
              f"{', '.join(fmt(v, 2) for v in su.get('external_restarts_s') or [su.get('external_restart_s')])}; first start with migrations: "
              f"{fmt(su.get('external_first_start_s'), 2)} s); "
              + ("with the class archive that `make build` records from a training start (AppCDS)." if st.get("class_archive")
                 else "without a class archive (the jar was not built by `make build`)."), "",
              f"Resident memory of the application after the load: **{fmt(mem.get('rss_mb_after_load'))} MB** "
              f"(after the automatic assignment: {fmt(mem.get('rss_mb_after_assignment'))} MB; embedded MariaDB "
              f"process: {fmt(mem.get('embedded_db_rss_mb'))} MB). Java heap at that moment: "
              f"{fmt(mem.get('heap_committed_mb'))} MB committed, {fmt(mem.get('heap_used_mb'))} MB used"
              + (f"; JVM options: `{st['java_opts']}`" if st.get("java_opts") else "; default JVM options")
              + (f", MALLOC_ARENA_MAX={st['malloc_arena_max']}." if st.get("malloc_arena_max") else "."), ""]
    lines += night_markdown(report)
    lines += ["## Targets", "", "| target | value | limit | met |", "|---|---|---|---|"]
    for t in report.get("targets", []):
        met = "n/a" if t["met"] is None else ("**met**" if t["met"] else "**not met**")
        value = fmt(t["value"], 2) if not isinstance(t["value"], str) else t["value"]
        lines.append(f"| {t['name']} | {value} | {t['comparison']} {fmt(t['limit'], 2) if not isinstance(t['limit'], str) else t['limit']} | {met} |")
    return "\n".join(lines) + "\n"


def night_markdown(report):
    lines = []
    runs = report.get("night") or {}
    if runs:
        w = ", ".join(f"{k} {v['connections']} connection(s) pausing {v['delay_ms']} ms" for k, v in night.WRITERS.items())
        r = ", ".join(f"{k} {v['connections']}" for k, v in night.READERS.items())
        lines += ["## Deadline night", "",
                  "All streams at once, each a wrk process at fixed concurrency after a warm-up: first the reading "
                  f"streams alone (read-only), then beside the writing ones (mixed). Writers: {w}. Readers (closed "
                  f"loop): {r}. Saves are autosaves and submissions of the teachers' own drafts in an OPEN edition "
                  "and the jurors' draft evaluations; uploads add a small PNG and delete it. GC: `jstat` counters "
                  "and the JVM's `-Xlog:gc` pauses over the measured mixed phase.", ""]
        for label in ("cache_off", "cache_on"):
            run = runs.get(label)
            if not run:
                continue
            lines += [f"### Query cache {'on' if label == 'cache_on' else 'off'}", "",
                      "| stream | read-only req/s | mixed req/s | kept | p50 ms | p99 ms | saves/s | errors |",
                      "|---|---:|---:|---:|---:|---:|---:|---:|"]
            alone = run["read_only"]["streams"]
            for key, m in run["mixed"]["streams"].items():
                a = alone.get(key, {})
                kept = round(m["requests_per_s"] / a["requests_per_s"], 3) if a.get("requests_per_s") else None
                lines.append(f"| {key} | {fmt(a.get('requests_per_s'))} | {fmt(m['requests_per_s'])} | {fmt(kept, 3)} | "
                             f"{fmt(m['p50_ms'], 2)} | {fmt(m['p99_ms'], 2)} | {fmt(m.get('saves_per_s'))} | "
                             f"{fmt(m['errors'] + a.get('errors', 0))} |")
            gc = run["mixed"]["gc"]
            lines += ["", f"Saves: **{fmt(run['saves_per_s'])} /s**. GC over the mixed phase: "
                      f"{fmt(gc.get('young_collections'))} young and {fmt(gc.get('full_collections'))} full collections, "
                      f"{fmt(gc.get('gc_seconds'), 3)} s in pauses; longest pause {fmt(gc.get('pause_max_ms'))} ms "
                      f"(longest full {fmt(gc.get('full_pause_max_ms'))} ms, median {fmt(gc.get('pause_p50_ms'), 2)} ms).", ""]
    replayed = report.get("replay") or {}
    if replayed:
        lines += ["## Authenticated reads against their own statements over JDBC", "",
                  "Each endpoint's statements, captured from the server's general log for up to 16 of its requests "
                  "(the account check included), replayed by `bench/jdbc/Replay.java` over JDBC at the same "
                  "concurrency, reading every row; the endpoint measured in the same process with the query cache off.", "",
                  "| endpoint | statements/request | HTTP req/s | JDBC req/s | ratio |", "|---|---:|---:|---:|---:|"]
        for key, r in replayed.items():
            lines.append(f"| {key} | {fmt(r['statements_per_request'], 2)} | {fmt(r['http_requests_per_s'])} | "
                         f"{fmt(r['requests_per_s'])} | {fmt(r['ratio'], 3)} |")
        lines.append("")
    server = report.get("admin_list_server_time")
    if server:
        lines += ["## Admin list: server time of a page", "",
                  "Pages of 50 of one region of the national edition, in the mariadb client (`SHOW PROFILES`, median "
                  "of 15 runs taking turns, the account check left out): the statements the list used to send "
                  "(`sql/admin_list_before.sql`: the page's ids, their rows with a correlated count of files, the "
                  "exact count) against those it sends now, captured from the server. The count a full page "
                  "needs now is read at most once a second per filter, timed apart.", "",
                  "| page | before: statements | before ms | now: statements | now ms | ratio | count ms |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for page, p in server["pages"].items():
            lines.append(f"| {page} | {p['before_statements']} | {fmt(p['before_ms'], 3)} | {p['now_statements']} | "
                         f"{fmt(p['now_ms'], 3)} | {fmt(p.get('ratio'), 2)} | {fmt(p.get('count_ms'), 3)} |")
        lines.append("")
    return lines


if __name__ == "__main__":
    main()
