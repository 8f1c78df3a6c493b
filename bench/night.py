"""The deadline-night load of the benchmark (issue 22): teachers autosaving, submitting and uploading
to their own projects, jurors reading and saving evaluations, the administrator reading the
submissions list, the public reading results and the open call, all at once, each stream at a fixed
concurrency after a warm-up. Each phase runs first with the reading streams alone (read-only), then
with the writing streams beside them (mixed), so that every ratio is taken within one process.

Also: the JDBC replay of an endpoint's own statements (captured from the server's general log), the
reference the authenticated reads are compared with.
"""
import json
import re
import statistics
import subprocess
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent

TARGETS = {
    "saves_per_s": 50.0,
    "read_kept": 0.5,
    "saves_p99_ms": 100.0,
    "replay_ratio": 0.8,
}

# Writing streams: connections (one target each) and each connection's pause between requests.
WRITERS = {
    "teacher_saves": dict(name="Teachers autosaving and submitting their projects", connections=6, delay_ms=60),
    "juror_saves": dict(name="Jurors saving their evaluations", connections=4, delay_ms=80),
    "teacher_uploads": dict(name="Teachers uploading (and removing) evidence", connections=1, delay_ms=150),
}
READERS = {
    "admin_list": dict(name="Administrator reading the submissions list", connections=2),
    "juror_reads": dict(name="Jurors reading their lists and projects", connections=2),
    "teacher_reads": dict(name="Teachers reading their account and project", connections=2),
    "public": dict(name="Public reading results and the open call", connections=2),
}


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def prepare(app, db, admin, e1, e2, teachers, jurors, edition_input):
    """An edition OPEN for submissions with a draft for each logged-in teacher, and a few assignments
    of the edition in evaluation for each logged-in juror. teachers: (token, e1 submission id);
    jurors: tokens, in the order of their account ids."""
    status, body = app.call("POST", "/api/editions", admin, edition_input(92, "Édition ouverte (nuit de clôture)"))
    if status != 201:
        raise RuntimeError(f"Creating the open edition answered {status}: {body}")
    e3 = body["id"]
    teacher_ids = [int(db.value(f"SELECT author_id FROM submission WHERE id = {sid}")) for _, sid in teachers]
    juror_ids = [int(r[0]) for r in db.rows(f"SELECT id FROM account WHERE role = 'JURY' ORDER BY id LIMIT {len(jurors)}")]
    per_juror = 4
    sql = ["SET time_zone = '+00:00';",
           f"UPDATE edition SET status = 'OPEN', submissions_open_at = '2020-01-01 00:00:00', version = version + 1 "
           f"WHERE id = {e3};"]
    for author in teacher_ids:
        sql.append("INSERT INTO submission (edition_id, author_id, title, summary, description, discipline, school_level, "
                   "region_code, school_name, co_authors, technologies, pupils_count, status, evidence_shows_pupils, "
                   "parental_authorisations_held, created_at, updated_at, version) VALUES "
                   f"({e3}, {author}, 'Projet de la nuit', 'Résumé', 'Description', 'Informatique', 'PRIMAIRE', "
                   "'MA-04', 'École de la nuit', '[]', '[\"Tablettes\"]', 20, 'DRAFT', FALSE, FALSE, "
                   "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0);")
    # Projects of the edition in evaluation past the few the first juror holds already (seed.py).
    total = int(db.value(f"SELECT COUNT(*) FROM submission WHERE edition_id = {e2}"))
    offset = min(100, max(7, total // 4))
    per_juror = max(1, min(per_juror, (total - offset) // max(1, len(juror_ids))))
    projects = [int(r[0]) for r in db.rows(f"SELECT id FROM submission WHERE edition_id = {e2} ORDER BY id "
                                           f"LIMIT {len(juror_ids) * per_juror} OFFSET {offset}")]
    round_id = db.value(f"SELECT id FROM judging_round WHERE edition_id = {e2} AND position = 1")
    for i, juror in enumerate(juror_ids):
        for k in range(per_juror):
            sql.append("INSERT INTO assignment (edition_id, round_id, submission_id, juror_id, origin, created_at, created_by) "
                       f"VALUES ({e2}, {round_id}, {projects[i * per_juror + k]}, {juror}, 'MANUAL', UTC_TIMESTAMP(6), "
                       f"(SELECT MIN(id) FROM account WHERE role = 'ADMIN'));")
    db.run("\n".join(sql))
    drafts = {int(a): int(s) for a, s in db.rows(f"SELECT author_id, id FROM submission WHERE edition_id = {e3}")}
    assignments = {}
    for r in db.rows(f"SELECT juror_id, id FROM assignment WHERE edition_id = {e2} AND submission_id IN "
                     f"({', '.join(map(str, projects))}) ORDER BY id"):
        assignments.setdefault(int(r[0]), []).append(int(r[1]))
    return {"e1": e1, "e2": e2, "e3": e3,
            "teachers": [(token, drafts[tid], sid) for (token, sid), tid in zip(teachers, teacher_ids)],
            "jurors": [(token, assignments[jid]) for token, jid in zip(jurors, juror_ids)],
            "admin": admin, "projects": projects}


def cleanup(db, night):
    """Removes the night's assignments (their evaluations go with them) before the automatic assignment."""
    db.run(f"DELETE FROM assignment WHERE edition_id = {night['e2']} AND submission_id IN "
           f"({', '.join(map(str, night['projects']))});")


def reader_requests(night):
    e1, e2, e3 = night["e1"], night["e2"], night["e3"]
    regions = [f"MA-{i:02d}" for i in range(1, 13)]
    admin = night["admin"]
    juror_reads = []
    for token, assignments in night["jurors"]:
        juror_reads.append((f"/api/jury/assignments?editionId={e2}", token))
        juror_reads += [(f"/api/jury/assignments/{a}", token) for a in assignments[:2]]
    teacher_reads = []
    for token, draft, _ in night["teachers"]:
        teacher_reads += [("/api/me", token), (f"/api/submissions/{draft}", token)]
    return {
        "admin_list": [(f"/api/submissions?editionId={e1}&region={r}&size=50&page={p}", admin)
                       for r in regions for p in range(3)] + [(f"/api/submissions?editionId={e3}&size=50", admin)] * 6,
        "juror_reads": juror_reads,
        "teacher_reads": teacher_reads,
        "public": [(f"/api/editions/{e1}/results", None), ("/api/editions/current", None),
                   (f"/api/editions/{e3}", None), (f"/api/laureates?editionId={e1}&size=20", None)],
    }


def writer_targets(db, night):
    """One line per connection: kind, token, id, current version (read from the database now)."""
    teachers = night["teachers"]
    # One project per saving connection (a tiny run has fewer teachers than connections); uploads
    # leave the project's version alone, so they may share the last teachers' projects.
    saves = teachers[:min(WRITERS["teacher_saves"]["connections"], len(teachers))]
    uploads = teachers[-WRITERS["teacher_uploads"]["connections"]:]
    lines = {"teacher_saves": [], "teacher_uploads": [], "juror_saves": []}
    for token, draft, _ in saves:
        version = db.value(f"SELECT version FROM submission WHERE id = {draft}")
        lines["teacher_saves"].append(f"teacher_save\t{token}\t{draft}\t{version}")
    for token, draft, _ in uploads:
        lines["teacher_uploads"].append(f"upload\t{token}\t{draft}\t")
    for token, assignments in night["jurors"][:WRITERS["juror_saves"]["connections"]]:
        a = assignments[-1]
        version = db.value(f"SELECT version FROM evaluation WHERE assignment_id = {a}") or ""
        lines["juror_saves"].append(f"juror_save\t{token}\t{a}\t{version}")
    return lines


def wrk_command(app, script, connections, seconds):
    return ["wrk", f"-t{connections}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-s", str(script), app.base]


def run_streams(app, streams, seconds):
    """Runs the streams' wrk processes at once; returns each one's figures."""
    processes = {}
    for key, (cmd, env) in streams.items():
        processes[key] = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    results = {}
    for key, process in processes.items():
        out, err = process.communicate(timeout=seconds + 120)
        line = next((l for l in out.splitlines() if l.startswith("BENCH-RESULT ")), None)
        if line is None:
            raise RuntimeError(f"wrk gave no result for {key}: {out[-800:]} {err[-800:]}")
        f = json.loads(line[len("BENCH-RESULT "):])
        secs = f["duration_us"] / 1e6
        errors = sum(f[k] for k in f if k.startswith("errors_") and k != "errors_status")
        # wrk counts answers from 400 on; the writers' script also counts redirects and the like it refused.
        errors += max(f["errors_status"], f.get("refused", 0))
        r = {"requests": f["requests"], "requests_per_s": round(f["requests"] / secs, 1) if secs else 0.0,
             "p50_ms": round(f["latency_p50_us"] / 1000, 2), "p99_ms": round(f["latency_p99_us"] / 1000, 2),
             "max_ms": round(f["latency_max_us"] / 1000, 2), "errors": errors}
        for k in ("saves", "submits", "uploads", "refused"):
            if k in f:
                r[k] = f[k]
        if "saves" in f:
            r["saves_per_s"] = round((f["saves"] + f["submits"]) / secs, 1) if secs else 0.0
        results[key] = r
    return results


def phase(app, db, night, workdir, label, mixed, warmup, duration):
    import os
    env = dict(os.environ)
    streams = {}
    for key, requests in reader_requests(night).items():
        path = workdir / f"night-{label}-{key}.tsv"
        path.write_text("".join(f"{p}\t{t or ''}\n" for p, t in requests))
        c = READERS[key]["connections"]
        streams[key] = (lambda s, c=c: wrk_command(app, BENCH / "wrk" / "requests.lua", c, s),
                        {**env, "BENCH_REQUESTS": str(path)})
    if mixed:
        for key, lines in writer_targets(db, night).items():
            path = workdir / f"night-{label}-{key}.tsv"
            path.write_text("\n".join(lines) + "\n")
            w = WRITERS[key]
            streams[key] = (lambda s, c=len(lines): wrk_command(app, BENCH / "wrk" / "night.lua", c, s),
                            {**env, "BENCH_REQUESTS": str(path), "BENCH_DELAY_MS": str(w["delay_ms"])})
    if warmup:
        run_streams(app, {k: (cmd(warmup), e) for k, (cmd, e) in streams.items()}, warmup)
        if mixed:  # the versions moved during the warm-up
            for key, lines in writer_targets(db, night).items():
                (workdir / f"night-{label}-{key}.tsv").write_text("\n".join(lines) + "\n")
    gc_before = gc_counters(app.process.pid)
    started = time.monotonic()
    results = run_streams(app, {k: (cmd(duration), e) for k, (cmd, e) in streams.items()}, duration)
    ended = time.monotonic()
    gc_after = gc_counters(app.process.pid)
    gc = gc_delta(gc_before, gc_after)
    gc.update(gc_pauses(app, started, ended))
    return {"streams": results, "gc": gc}


def run(app, db, night, workdir, size, label):
    """The read-only phase, then the mixed one, in the running process."""
    warmup, duration = size["warmup"], size["duration"]
    log(f"Deadline night ({label}): reading streams alone")
    read_only = phase(app, db, night, workdir, f"{label}-read", False, warmup, duration)
    log(f"Deadline night ({label}): with teachers and jurors writing")
    mixed = phase(app, db, night, workdir, f"{label}-mixed", True, warmup, duration)
    saves = sum(mixed["streams"][k].get("saves_per_s", 0) for k in ("teacher_saves", "juror_saves"))
    for key, r in mixed["streams"].items():
        extra = f", {r['saves_per_s']} saves/s" if "saves_per_s" in r else ""
        log(f"  {key}: {r['requests_per_s']} req/s (read-only "
            f"{read_only['streams'].get(key, {}).get('requests_per_s', '—')}), p50 {r['p50_ms']} ms, "
            f"p99 {r['p99_ms']} ms, {r['errors']} errors{extra}")
    log(f"  saves/s {saves:.1f}; GC during the mixed phase: {mixed['gc']}")
    return {"read_only": read_only, "mixed": mixed, "saves_per_s": round(saves, 1)}


# --- GC ------------------------------------------------------------------------------------------

def gc_counters(pid):
    try:
        out = subprocess.run(["jstat", "-gcutil", str(pid)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = out.strip().splitlines()
    if len(lines) < 2:
        return None
    return dict(zip(lines[0].split(), lines[1].split()))


def gc_delta(before, after):
    if not before or not after:
        return {}
    d = {}
    for key, name in (("YGC", "young_collections"), ("FGC", "full_collections")):
        if key in before and key in after:
            d[name] = int(after[key]) - int(before[key])
    for key, name in (("YGCT", "young_seconds"), ("FGCT", "full_seconds"), ("GCT", "gc_seconds")):
        try:
            d[name] = round(float(after[key]) - float(before[key]), 3)
        except (KeyError, ValueError):
            pass
    return d


PAUSE = re.compile(r"\[(\d+)ms\].*Pause (\w+).*?(\d+(?:\.\d+)?)ms$")


def gc_pauses(app, started, ended):
    """The longest pauses of the window, from the JVM's own log (-Xlog:gc with uptime in milliseconds)."""
    path = getattr(app, "gc_log", None)
    if not path or not Path(path).exists() or not getattr(app, "started_at", None):
        return {}
    low, high = (started - app.started_at) * 1000, (ended - app.started_at) * 1000
    pauses = {"young": [], "full": []}
    for line in Path(path).read_text(errors="replace").splitlines():
        m = PAUSE.search(line)
        if m and low <= int(m.group(1)) <= high:
            pauses["full" if m.group(2) == "Full" else "young"].append(float(m.group(3)))
    every = pauses["young"] + pauses["full"]
    return {"pauses": len(every), "pause_max_ms": round(max(every), 1) if every else 0.0,
            "pause_p50_ms": round(statistics.median(every), 2) if every else 0.0,
            "full_pause_max_ms": round(max(pauses["full"]), 1) if pauses["full"] else 0.0}


# --- JDBC replay ---------------------------------------------------------------------------------

# Statements of the application's scheduled jobs, which may fall into a captured request: whole
# transactions that touch these tables are left out, and so are the pool's validation queries.
BACKGROUND = re.compile(r"\b(from|into|update)\s+`?(outbox\w*|password_reset_request|reminder\w*|retention\w*|"
                        r"job\w*|notification\w*|mail\w*|general_log)\b", re.I)


def without_background(statements):
    kept, group = [], None
    for st in statements:
        low = st.strip().lower()
        if low == "select 1" or low.startswith(("show", "set global", "truncate")):
            continue
        if low == "set autocommit=0":
            group = [st]
            continue
        if group is None and low in ("commit", "rollback", "set autocommit=1"):
            continue  # the end of a transaction begun before the capture
        if group is not None:
            group.append(st)
            if low == "set autocommit=1":
                if not any(BACKGROUND.search(g) for g in group):
                    kept += group
                group = None
            continue
        if not BACKGROUND.search(st):
            kept.append(st)
    if group and not any(BACKGROUND.search(g) for g in group):
        kept += group
    return kept


def capture(app, db, requests, limit=16):
    """The statements the server received for each of the first requests, from its general log."""
    captured = []
    db.run("SET GLOBAL log_output = 'TABLE'; SET GLOBAL general_log = 1;", database=False)
    try:
        for path, token in requests[:limit]:
            db.run("TRUNCATE TABLE mysql.general_log;", database=False)
            status, _ = app.call("GET", path, token)
            if status != 200:
                continue
            rows = db.rows("SELECT REPLACE(REPLACE(CONVERT(argument USING utf8mb4), '\\t', ' '), '\\n', ' ') "
                           "FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') "
                           "AND thread_id <> CONNECTION_ID() ORDER BY event_time")
            statements = without_background([r[0] for r in rows if r and r[0].strip()])
            if statements:
                captured.append(statements)
    finally:
        db.run("SET GLOBAL general_log = 0;", database=False)
    return captured


def replay(app, db, captured, workdir, name, connections, warmup, duration):
    """Requests/s of the captured statements over JDBC at the given concurrency (bench/jdbc/Replay.java)."""
    driver = next((p for p in (app.jar.parent / "lib" / "main").glob("org.mariadb.jdbc.mariadb-java-client-*.jar")), None)
    if driver is None or not captured:
        return None
    path = workdir / f"replay-{name}.tsv"
    path.write_text("".join("\t".join(s) + "\n" for s in captured))
    url = f"jdbc:mariadb://{db.host}:{db.port}/{db.name}"
    cmd = ["java", "-cp", str(driver), str(BENCH / "jdbc" / "Replay.java"), url, db.user, db.password or "",
           str(connections), str(warmup), str(duration), str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=warmup + duration + 120)
    line = next((l for l in out.stdout.splitlines() if l.startswith("REPLAY ")), None)
    if not line:
        raise RuntimeError(f"The JDBC replay gave no result: {out.stdout[-500:]} {out.stderr[-800:]}")
    _, count, seconds, errors = line.split()
    return {"requests_per_s": round(int(count) / float(seconds), 1), "errors": int(errors),
            "statements_per_request": round(statistics.mean(len(s) for s in captured), 2),
            "statements": captured[0]}
