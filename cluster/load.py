#!/usr/bin/env python3
"""The load and the checks of `make cluster-test` (started by cluster/run.sh, standard library only).

  setup   through nginx: logs in as the demo administrator, creates two editions, seeds teachers,
          jurors and projects with bench/seed.py (one in EVALUATION) and assigns the jurors
  load    CLUSTER_SECONDS of mixed traffic through nginx: logins, teachers creating, autosaving and
          submitting projects, jurors saving evaluations, the administrator's lists, public pages,
          registrations (each mails a confirmation link); every answer is written to requests.tsv
          and every acknowledged write to writes.tsv
  limits  failed logins from 127.0.0.77 (address X) then one from 127.0.0.78 (address Y)
  consistency  a write through process 1, then process 2 (its caches warm) asked at once: a disabled
          account's token, a token from before a password change, the administrator's list
  report  reads the database (through Galera node 1), the events of run.sh and the processes' logs:
          acknowledged writes missing, errors outside the failover windows, emails sent more than
          once or never, the login limit per address; writes report.md and exits 1 on a failure

Environment: CLUSTER_BASE (nginx's URL), CLUSTER_WORK, CLUSTER_SECONDS, CLUSTER_DB_SOCKET,
CLUSTER_DB_NAME, LOGIN_LIMIT.
"""
import http.client
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

BASE = urllib.parse.urlparse(os.environ.get("CLUSTER_BASE", "http://127.0.0.1:23380"))
WORK = Path(os.environ.get("CLUSTER_WORK", ROOT / "target" / "cluster"))
SECONDS = float(os.environ.get("CLUSTER_SECONDS", "120"))
SOCKET = os.environ.get("CLUSTER_DB_SOCKET", "")
DB = os.environ.get("CLUSTER_DB_NAME", "innovatice")
LOGIN_LIMIT = int(os.environ.get("LOGIN_LIMIT", "8"))
PASSWORD = "demo-password-2016"  # the demo accounts' password (DemoData.PASSWORD); seeded accounts copy its hash
ADMIN = "admin@demo.innovatice.ma"
MAIL_WAIT = float(os.environ.get("CLUSTER_MAIL_WAIT", "30"))
WINDOW = 10.0  # seconds after a failure or a return within which errors are expected
STATE = WORK / "load-state.json"


def sql(query):
    out = subprocess.run(["mariadb", "--protocol=socket", "-S", SOCKET, "-uroot", "-N", "-B", DB, "-e", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


class Client:
    """One keep-alive connection to nginx from a chosen loopback address (the client's address)."""

    def __init__(self, source="127.0.0.1", timeout=15, base=None):
        self.source, self.timeout, self.conn = source, timeout, None
        self.base = base or BASE

    def call(self, method, path, token=None, body=None):
        headers = {"Accept": "application/json, application/problem+json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.base.hostname, self.base.port, timeout=self.timeout,
                                                       source_address=(self.source, 0))
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                raw = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                try:
                    parsed = json.loads(raw) if raw else None
                except ValueError:
                    parsed = raw.decode(errors="replace")[:200]
                return response.status, parsed
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                self.close()
                # A kept-alive connection that nginx closed while idle: sent again once on a fresh one
                # only for reads (a write may have arrived).
                if attempt == 2 or method != "GET":
                    raise
            except Exception:
                self.close()
                raise

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def login(client, email, password=PASSWORD):
    status, body = client.call("POST", "/api/auth/login", body={"email": email, "password": password})
    if status != 200:
        raise RuntimeError(f"login {email}: {status} {body}")
    return body["accessToken"]


# ------------------------------------------------------------------------------------------- setup
def edition_input(number, title):
    return {"number": number, "year": 2018 + number % 80, "title": title,
            "theme": "Le numérique au service des apprentissages", "rules": "Règlement du concours (cluster-test).",
            "submissionsOpenAt": "2030-01-01T08:00:00Z", "submissionsCloseAt": "2030-03-01T23:00:00Z",
            "evaluationCloseAt": "2030-05-01T23:00:00Z", "ceremonyDate": "2030-05-25", "ceremonyVenue": "Rabat",
            "laureateCount": 12, "jurorsPerProject": 3, "blindReview": False, "sameRegionConflict": False,
            "forum": {"name": "Global Education Forum", "city": "Budapest", "year": 2030}}


def setup():
    import argparse
    import seed
    client = Client()
    admin = login(client, ADMIN)
    editions = []
    for number, title in ((90, "Édition publiée (cluster-test)"), (91, "Édition en évaluation (cluster-test)")):
        status, body = client.call("POST", "/api/editions", admin, edition_input(number, title))
        if status != 201:
            raise SystemExit(f"Creating an edition answered {status}: {body}")
        editions.append(body["id"])
    password_hash = sql(f"SELECT password_hash FROM account WHERE email = '{ADMIN}'")[0][0]
    text = seed.generate(argparse.Namespace(teachers=120, jurors=12, jurors_per_project=3, attachments=1,
                                            laureates=12, national_edition=editions[0],
                                            assignment_edition=editions[1], password_hash=password_hash))
    (WORK / "seed.sql").write_text(text)
    subprocess.run(["mariadb", "--protocol=socket", "-S", SOCKET, "-uroot", DB], input=text, text=True,
                   check=True, capture_output=True)
    status, body = client.call("POST", f"/api/editions/{editions[1]}/assignments/auto", admin, {})
    if status != 200:
        raise SystemExit(f"Automatic assignment answered {status}: {body}")
    status, current = client.call("GET", "/api/editions/current")
    if status != 200 or current.get("status") != "OPEN":
        raise SystemExit(f"No open current edition from the demo data: {status} {current}")
    published = sql("SELECT id FROM edition WHERE number = 12")[0][0]
    teachers = [r[0] for r in sql("SELECT email FROM account WHERE email LIKE 'teacher%@bench.innovatice.ma' "
                                  "ORDER BY id LIMIT 63")]
    # The load's 60 teachers, and 3 others for the two-process checks (which disable one).
    teachers, spare = teachers[:60], teachers[60:]
    jurors = [r[0] for r in sql("SELECT DISTINCT a.email FROM account a JOIN assignment s ON s.juror_id = a.id "
                                f"JOIN submission u ON u.id = s.submission_id WHERE u.edition_id = {editions[1]} "
                                "ORDER BY a.email LIMIT 8")]
    state = {"open": current["id"], "published": int(published), "evaluation": editions[1],
             "national": editions[0], "teachers": teachers, "spare": spare, "jurors": jurors, "started": time.time()}
    STATE.write_text(json.dumps(state))
    print(f"setup: open edition {current['id']}, evaluation edition {editions[1]}, {len(teachers)} teachers, "
          f"{len(jurors)} jurors ({body.get('created')} assignments)")


# -------------------------------------------------------------------------------------------- load
class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = open(WORK / "requests.tsv", "w")
        self.writes = open(WORK / "writes.tsv", "w")

    def request(self, stream, op, status, started, detail=""):
        with self.lock:
            self.requests.write(f"{started:.3f}\t{time.time():.3f}\t{stream}\t{op}\t{status}\t{detail}\n")

    def write(self, kind, key, value):
        with self.lock:
            self.writes.write(f"{time.time():.3f}\t{kind}\t{key}\t{value}\n")

    def close(self):
        self.requests.close()
        self.writes.close()


def timed(rec, stream, op, client, method, path, token=None, body=None, ok=(200,)):
    started = time.time()
    try:
        status, answer = client.call(method, path, token, body)
    except Exception as e:  # connection refused, reset, timeout: the outcome of a write is unknown
        rec.request(stream, op, "EXC", started, type(e).__name__)
        return None, None
    detail = ""
    if status not in ok and isinstance(answer, dict):
        detail = str(answer.get("type") or answer.get("title") or "")[:80]
    rec.request(stream, op, status, started, detail)
    return status, answer


def project(seq, teacher):
    return {"title": f"Projet de classe {teacher} r{seq}", "summary": "Une classe qui apprend avec le numérique.",
            "description": "Les élèves conçoivent un jardin connecté et mesurent l'humidité du sol chaque jour.",
            "discipline": "Sciences de la vie et de la terre", "schoolLevel": "PRIMAIRE", "regionCode": "MA-04",
            "schoolName": "École Al Manar", "coAuthors": [], "technologies": ["Micro:bit"], "pupilsCount": 24,
            "evidenceShowsPupils": False}


def teacher_stream(rec, stop, state, emails, index):
    client = Client()
    seq = 0
    while not stop.is_set():
        for email in emails:
            if stop.is_set():
                return
            status, body = timed(rec, "teacher", "login", client, "POST", "/api/auth/login",
                                 body={"email": email, "password": PASSWORD})
            if status != 200:
                time.sleep(0.3)
                continue
            token = body["accessToken"]
            status, mine = timed(rec, "teacher", "own-list", client, "GET", "/api/me/submissions", token)
            if status != 200:
                continue
            items = mine if isinstance(mine, list) else mine.get("items", [])
            draft = next((s for s in items if (s.get("edition") or {}).get("id") == state["open"]
                          and s.get("status") in ("DRAFT", "SUBMITTED")), None)
            if draft is not None:
                status, draft = timed(rec, "teacher", "own", client, "GET", f"/api/submissions/{draft['id']}", token)
                if status != 200:
                    continue
            else:
                seq += 1
                status, draft = timed(rec, "teacher", "create", client, "POST",
                                      f"/api/editions/{state['open']}/submissions", token,
                                      {"title": f"Projet de classe {email} r{index}{seq:05d}"}, ok=(201,))
                if status != 201:
                    continue
                rec.write("create", draft["id"], email)
            sid, version = draft["id"], draft["version"]
            for _ in range(4):  # autosaves, then a submit (or a save of the submitted project)
                if stop.is_set():
                    return
                seq += 1
                value = int(f"{index}{seq:05d}")
                status, saved = timed(rec, "teacher", "autosave", client, "PUT", f"/api/submissions/{sid}", token,
                                      {**project(value, email), "version": version})
                if status == 200:
                    version = saved["version"]
                    rec.write("autosave", sid, value)
                elif status == 409 or status is None:
                    break  # stale or unknown: read again at the next turn
                time.sleep(0.15)
            else:
                if draft.get("status") == "DRAFT":
                    status, _ = timed(rec, "teacher", "submit", client, "POST", f"/api/submissions/{sid}/submit",
                                      token)
                    if status == 200:
                        rec.write("submit", sid, "SUBMITTED")


def juror_stream(rec, stop, state, emails, index):
    client = Client()
    seq = 0
    while not stop.is_set():
        for email in emails:
            if stop.is_set():
                return
            status, body = timed(rec, "juror", "login", client, "POST", "/api/auth/login",
                                 body={"email": email, "password": PASSWORD})
            if status != 200:
                time.sleep(0.3)
                continue
            token = body["accessToken"]
            status, mine = timed(rec, "juror", "list", client, "GET", "/api/jury/assignments", token)
            if status != 200:
                continue
            items = mine if isinstance(mine, list) else mine.get("items", [])
            items = [a for a in items if a.get("editionId") == state["evaluation"]][:3]
            for summary in items:
                status, assignment = timed(rec, "juror", "assignment", client, "GET",
                                           f"/api/jury/assignments/{summary['id']}", token)
                if status != 200:
                    continue
                evaluation = assignment.get("evaluation") or {}
                version = evaluation.get("version")
                for _ in range(3):
                    if stop.is_set():
                        return
                    seq += 1
                    value = int(f"{index}{seq:05d}")
                    body = {"scores": [], "feedback": f"Évaluation en cours s{value}"}
                    if version is not None:
                        body["version"] = version
                    status, saved = timed(rec, "juror", "save", client, "PUT",
                                          f"/api/jury/assignments/{summary['id']}/evaluation", token, body)
                    if status == 200:
                        version = saved.get("version")
                        rec.write("evaluation", summary["id"], value)
                    else:
                        break
                    time.sleep(0.2)


def reader_stream(rec, stop, state, stream):
    client = Client()
    admin = None
    paths = {"public": ["/api/editions", "/api/editions/current", "/api/laureates?size=20",
                        f"/api/editions/{state['published']}/results", "/api/statistics", "/api/reference/regions"],
             "admin": [f"/api/submissions?editionId={state['open']}&size=50",
                       f"/api/submissions?editionId={state['evaluation']}&size=50",
                       f"/api/editions/{state['open']}/statistics", "/api/outbox?size=20", "/api/audit?size=20"]}[stream]
    i = 0
    while not stop.is_set():
        if stream == "admin" and admin is None:
            status, body = timed(rec, stream, "login", client, "POST", "/api/auth/login",
                                 body={"email": ADMIN, "password": PASSWORD})
            if status != 200:
                time.sleep(0.3)
                continue
            admin = body["accessToken"]
        path = paths[i % len(paths)]
        i += 1
        status, _ = timed(rec, stream, "read " + re.sub(r"\d+", "{id}", path.split("?")[0]), client, "GET", path, admin)
        if status == 401:
            admin = None
        time.sleep(0.05)


def registration_stream(rec, stop, run_id):
    n = 0
    while not stop.is_set():
        n += 1
        # Each registration from its own loopback address (at most 10 an hour count per address).
        client = Client(source=f"127.0.1.{1 + n % 200}")
        email = f"inscrit{n}-{run_id}@cluster.innovatice.ma"
        status, _ = timed(rec, "registration", "register", client, "POST", "/api/auth/register",
                          body={"email": email, "password": "Verger7-Atlas-Brise", "firstName": "Nadia",
                                "lastName": "Essaidi", "regionCode": "MA-04", "schoolName": "École Ibn Sina",
                                "schoolLevel": "PRIMAIRE", "discipline": "Mathématiques",
                                "preferredLanguage": "fr", "privacyNoticeVersion": 1}, ok=(202,))
        client.close()
        if status == 202:
            rec.write("registration", email, "202")
        stop.wait(1.2)


def load():
    state = json.loads(STATE.read_text())
    rec = Recorder()
    stop = threading.Event()
    run_id = f"{int(time.time())}"
    teachers, jurors = state["teachers"], state["jurors"]
    threads = []
    for i in range(4):
        threads.append(threading.Thread(target=teacher_stream, args=(rec, stop, state, teachers[i::4], i + 1)))
    for i in range(2):
        threads.append(threading.Thread(target=juror_stream, args=(rec, stop, state, jurors[i::2], i + 1)))
    threads.append(threading.Thread(target=reader_stream, args=(rec, stop, state, "public")))
    threads.append(threading.Thread(target=reader_stream, args=(rec, stop, state, "admin")))
    threads.append(threading.Thread(target=registration_stream, args=(rec, stop, run_id)))
    started = time.time()
    (WORK / "load-window.json").write_text(json.dumps({"start": started, "seconds": SECONDS}))
    for t in threads:
        t.daemon = True
        t.start()
    stop.wait(SECONDS)
    stop.set()
    for t in threads:
        t.join(30)
    rec.close()
    (WORK / "load-window.json").write_text(json.dumps({"start": started, "end": time.time(), "seconds": SECONDS}))


# ------------------------------------------------------------------------------------------ limits
def limits():
    """Failed logins through nginx from X (127.0.0.77), each on another unknown email (so that only
    the per-address count can refuse), until refused; then Y (127.0.0.78) once."""
    x, y = Client(source="127.0.0.77"), Client(source="127.0.0.78")
    statuses = []
    for i in range(4 * LOGIN_LIMIT):
        status, _ = x.call("POST", "/api/auth/login", body={"email": f"x{i}@nobody.innovatice.ma",
                                                            "password": "wrong-password-1"})
        statuses.append(status)
    y_status, _ = y.call("POST", "/api/auth/login", body={"email": "y@nobody.innovatice.ma",
                                                         "password": "wrong-password-1"})
    # X once more, writing its own X-Forwarded-For: nginx overwrites it, so X stays refused.
    x.conn = None
    headers_status = None
    conn = http.client.HTTPConnection(BASE.hostname, BASE.port, timeout=15, source_address=("127.0.0.77", 0))
    conn.request("POST", "/api/auth/login", body=json.dumps({"email": "x-forged@nobody.innovatice.ma",
                                                            "password": "wrong-password-1"}),
                 headers={"Content-Type": "application/json", "X-Forwarded-For": "10.1.2.3",
                          "X-Real-IP": "10.1.2.3"})
    headers_status = conn.getresponse().status
    conn.close()
    result = {"x_statuses": statuses, "y_status": y_status, "x_forged_status": headers_status, "limit": LOGIN_LIMIT}
    (WORK / "limits.json").write_text(json.dumps(result))
    print(f"limits: X {statuses}, Y {y_status}, X with a forged X-Forwarded-For {headers_status}")


# ------------------------------------------------------------------------------------- consistency
def direct(port):
    """A client of one API process, past nginx."""
    return Client(base=urllib.parse.urlparse(f"http://127.0.0.1:{port}"))


def consistency():
    """Issue 22 point 3, through the two processes directly: a write through process 1 and what
    process 2 answers right after (its caches warmed first): a disabled account's token, a token
    from before a password change, and the administrator's list after a project's title changed."""
    state = json.loads(STATE.read_text())
    ports = [int(p) for p in os.environ["CLUSTER_API_PORTS"].split(",")]
    a, b = direct(ports[0]), direct(ports[1])
    admin_a = login(a, ADMIN)
    admin_b = login(b, ADMIN)
    t_disabled, t_password, t_list = state["spare"]
    result = {}

    # A disabled account's old token on the other process.
    token = login(b, t_disabled)
    me = b.call("GET", "/api/me", token)[1]
    for _ in range(3):
        b.call("GET", "/api/me", token)
        b.call("GET", "/api/me/submissions", token)
    status, _ = a.call("PATCH", f"/api/accounts/{me['id']}", admin_a, {"enabled": False})
    after = [b.call("GET", "/api/me/submissions", token)[0] for _ in range(3)]
    result["disabled"] = {"patch": status, "other_process": after}

    # A token from before a password change on the other process.
    token = login(b, t_password)
    for _ in range(3):
        b.call("GET", "/api/me", token)
    status, _ = a.call("POST", "/api/me/password", token, {"currentPassword": PASSWORD,
                                                          "newPassword": "Cedre-Vert-2041x"})
    after = [b.call("GET", "/api/me", token)[0] for _ in range(3)]
    result["password"] = {"change": status, "other_process": after}

    # The administrator's list on the other process after a title changed through the first.
    token = login(a, t_list)
    mine = a.call("GET", "/api/me/submissions", token)[1]
    sid = next((s["id"] for s in mine if (s.get("edition") or {}).get("id") == state["open"]
                and s.get("status") in ("DRAFT", "SUBMITTED")), None)
    if sid is None:
        sid = a.call("POST", f"/api/editions/{state['open']}/submissions", token, {"title": "Projet coherence"})[1]["id"]
    sub = a.call("GET", f"/api/submissions/{sid}", token)[1]
    status, sub = a.call("PUT", f"/api/submissions/{sid}", token,
                         {**project(0, t_list), "title": "Projet coherence alpha", "version": sub["version"]})
    query = f"/api/submissions?editionId={state['open']}&q=coherence&size=20"
    deadline = time.time() + 5
    while time.time() < deadline and "alpha" not in json.dumps(b.call("GET", query, admin_b)[1]):
        time.sleep(0.05)
    for _ in range(3):
        b.call("GET", query, admin_b)
    status, sub = a.call("PUT", f"/api/submissions/{sid}", token,
                         {**project(0, t_list), "title": "Projet coherence beta", "version": sub["version"]})
    written = time.time()
    seen = None
    while time.time() < written + 5:
        if "coherence beta" in json.dumps(b.call("GET", query, admin_b)[1], ensure_ascii=False):
            seen = time.time() - written
            break
        time.sleep(0.05)
    result["list"] = {"put": status, "seen_after_s": seen}
    (WORK / "consistency.json").write_text(json.dumps(result))
    print(f"consistency: {result}")


# ------------------------------------------------------------------------------------------ report
def read_events():
    events = []
    for line in (WORK / "events.tsv").read_text().splitlines():
        t, what = line.split("\t", 1)
        events.append((float(t), what))
    return events


def report():
    state = json.loads(STATE.read_text())
    window = json.loads((WORK / "load-window.json").read_text())
    events = read_events()
    failures = [(t, w) for t, w in events if w.split(" ")[0] in ("kill", "restart", "ready", "synced")]
    lines, failed = [], []

    # Requests and errors
    requests = []
    for line in (WORK / "requests.tsv").read_text().splitlines():
        started, ended, stream, op, status, detail = (line.split("\t") + [""])[:6]
        requests.append((float(started), float(ended), stream, op, status, detail))
    expected = {"create": ("201",), "register": ("202",)}
    errors = [r for r in requests if r[4] not in expected.get(r[3], ("200",))]
    inside, outside = [], []
    per_window = {w: [] for _, w in failures}
    for r in errors:
        # The window of the last failure or return before the error's answer (or its request).
        owner = next((w for t, w in reversed(failures)
                      if t - 0.5 <= r[1] <= t + WINDOW or t - 0.5 <= r[0] <= t + WINDOW), None)
        (inside if owner else outside).append(r)
        if owner:
            per_window[owner].append(r)
    by_stream = {}
    for r in requests:
        by_stream.setdefault(r[2], [0, 0])
        by_stream[r[2]][0] += 1
    for r in errors:
        by_stream[r[2]][1] += 1
    duration = window["end"] - window["start"]
    lines.append(f"- load: {len(requests)} requests in {duration:.0f} s through nginx "
                 + ", ".join(f"{s} {n} ({e} errors)" for s, (n, e) in sorted(by_stream.items())))
    lines.append("- failures and returns (seconds after the load began):")
    for t, w in failures:
        errs = per_window[w]
        span = (max(e[1] for e in errs) - t) if errs else 0.0
        kinds = {}
        for e in errs:
            kinds[f"{e[3]} {e[4]}"] = kinds.get(f"{e[3]} {e[4]}", 0) + 1
        lines.append(f"  - {t - window['start']:6.1f} s {w}: {len(errs)} errors, the last {span:.1f} s after"
                     + (f" ({', '.join(f'{k}: {v}' for k, v in sorted(kinds.items()))})" if kinds else ""))
        if span > WINDOW:
            failed.append(f"errors {span:.1f} s after '{w}' (more than {WINDOW:.0f} s)")
    lines.append(f"- errors inside the failover windows: {len(inside)}; outside: {len(outside)}")
    for r in outside[:15]:
        lines.append(f"  - outside: {r[0] - window['start']:.1f} s {r[2]} {r[3]} -> {r[4]} {r[5]}")
    if outside:
        failed.append(f"{len(outside)} errors outside the failover windows")

    # Acknowledged writes against the database
    writes = {}
    count = 0
    for line in (WORK / "writes.tsv").read_text().splitlines():
        _, kind, key, value = line.split("\t")
        count += 1
        if kind in ("autosave", "evaluation"):
            writes.setdefault((kind, key), []).append(int(value))
        else:
            writes.setdefault((kind, key), []).append(value)
    lost = []
    sids = sorted({k for (kind, k) in writes if kind in ("create", "autosave", "submit")}, key=int)
    rows = {r[0]: r for r in sql("SELECT id, title, status FROM submission WHERE id IN (%s)" % ",".join(sids))} \
        if sids else {}
    aids = sorted({k for (kind, k) in writes if kind == "evaluation"}, key=int)
    evals = {r[0]: r for r in sql("SELECT assignment_id, feedback FROM evaluation WHERE assignment_id IN (%s)"
                                  % ",".join(aids))} if aids else {}
    emails = [k for (kind, k) in writes if kind == "registration"]
    accounts = {r[0] for r in sql("SELECT email FROM account WHERE email LIKE '%@cluster.innovatice.ma'")}
    for (kind, key), values in writes.items():
        if kind == "create" and key not in rows:
            lost.append(f"project {key} created (201) is missing")
        elif kind == "autosave":
            row = rows.get(key)
            found = re.search(r" r(\d+)$", row[1]) if row else None
            if not found or int(found.group(1)) < max(values):
                lost.append(f"project {key}: save r{max(values)} acknowledged, the database has "
                            f"{row[1] if row else 'no row'}")
        elif kind == "submit" and (key not in rows or rows[key][2] != "SUBMITTED"):
            lost.append(f"project {key}: submitted (200), the database says {rows.get(key, [None, None, 'nothing'])[2]}")
        elif kind == "evaluation":
            row = evals.get(key)
            found = re.search(r" s(\d+)$", row[1] or "") if row else None
            if not found or int(found.group(1)) < max(values):
                lost.append(f"evaluation of assignment {key}: save s{max(values)} acknowledged, the database has "
                            f"{row[1] if row else 'no row'}")
        elif kind == "registration" and key not in accounts:
            lost.append(f"registration of {key} (202) left no account")
    kinds = {}
    for line in (WORK / "writes.tsv").read_text().splitlines():
        kinds[line.split("\t")[1]] = kinds.get(line.split("\t")[1], 0) + 1
    lines.append(f"- acknowledged writes: {count} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
                 f"lost: {len(lost)}")
    for item in lost[:15]:
        lines.append(f"  - lost: {item}")
    if lost:
        failed.append(f"{len(lost)} acknowledged writes lost")
    if count == 0:
        failed.append("no write was acknowledged")

    # Emails: each outbox row written once to the mail folder, by one process. Those still pending
    # get MAIL_WAIT seconds to go (the worker runs every 2 s; after a crash a claim waits its lease).
    waited = 0.0
    while waited < MAIL_WAIT and int(sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'")[0][0]):
        time.sleep(1)
        waited += 1
    lines.append(f"- waited {waited:.0f} s for the pending emails after the load (at most {MAIL_WAIT:.0f} s)")
    sends = {}
    for log in sorted(WORK.glob("api*.log")):
        for m in re.finditer(r"Mail #(\d+) to (\S+), .*: written to", log.read_text(errors="replace")):
            sends.setdefault(int(m.group(1)), []).append(log.name)
    outbox = sql("SELECT id, recipient, status FROM outbox_message")
    twice = {i: p for i, p in sends.items() if len(p) > 1}
    registered = set(emails)
    per_recipient = {}
    for i, recipient, status in outbox:
        per_recipient.setdefault(recipient, []).append((int(i), status))
    unsent = [e for e in registered if not any(int(i) in sends for i, _ in per_recipient.get(e, []))]
    extra = [e for e in registered if len(per_recipient.get(e, [])) > 1]
    sent_rows = sum(1 for _, _, s in outbox if s == "SENT")
    mail_files = len(list((WORK / "api-data" / "mail").glob("*.eml"))) if (WORK / "api-data" / "mail").exists() else 0
    by_process = {}
    for p in sends.values():
        for name in p:
            by_process[name] = by_process.get(name, 0) + 1
    lines.append(f"- emails: {len(outbox)} in the outbox ({sent_rows} SENT), {sum(len(p) for p in sends.values())} "
                 f"sendings logged ({', '.join(f'{k} {v}' for k, v in sorted(by_process.items()))}), {mail_files} "
                 f"files; sent more than once: {len(twice)}; registrations (202) without their one email sent: "
                 f"{len(unsent)} of {len(registered)}; with more than one: {len(extra)}")
    if twice:
        failed.append(f"{len(twice)} emails sent more than once: {list(twice.items())[:5]}")
    if unsent:
        failed.append(f"{len(unsent)} registrations whose email was not sent: {unsent[:3]}")
    if extra:
        failed.append(f"{len(extra)} registrations with several emails: {extra[:3]}")

    # Login limits keyed by the client address behind nginx
    lim = json.loads((WORK / "limits.json").read_text())
    xs = lim["x_statuses"]
    first = next((i for i, s in enumerate(xs) if s == 429), None)
    accepted = sum(1 for s in xs if s == 401)
    processes = 2
    lines.append(f"- login limit per address ({lim['limit']} failures, counted by each process): from X "
                 f"(127.0.0.77) {accepted} failures answered 401, then 429 "
                 f"{'from attempt ' + str(first + 1) if first is not None else 'never'}; "
                 f"X writing its own X-Forwarded-For: {lim['x_forged_status']}; Y (127.0.0.78) right after: "
                 f"{lim['y_status']}")
    if first is None or lim["y_status"] != 401 or lim["x_forged_status"] != 429 \
            or accepted > lim["limit"] * processes:
        failed.append("the login limit does not follow the client address behind nginx")
    if accepted > lim["limit"]:
        lines.append(f"  - note: X got {accepted} tries for a limit of {lim['limit']}: each process keeps its own "
                     f"count (LoginThrottle), so n processes allow up to n x the limit")

    # Two processes: what one writes, the other must know (issue 22, point 3)
    path = WORK / "consistency.json"
    if path.exists():
        c = json.loads(path.read_text())
        d, p, l = c["disabled"], c["password"], c["list"]
        lines.append(f"- two processes (write through process 1, read through process 2 right after, its caches "
                     f"warm): disabled account's token {d['other_process']} (PATCH {d['patch']}); token from "
                     f"before a password change {p['other_process']} (change {p['change']}); admin list shows the "
                     f"new title after " + (f"{l['seen_after_s']:.2f} s" if l["seen_after_s"] is not None
                                            else "more than 5 s") + f" (PUT {l['put']})")
        if d["patch"] != 200 or any(s == 200 for s in d["other_process"]):
            failed.append("a disabled account's token is still accepted by the other process")
        if p["change"] not in (200, 204) or any(s == 200 for s in p["other_process"]):
            failed.append("a token from before a password change is still accepted by the other process")
        if l["put"] != 200 or l["seen_after_s"] is None or l["seen_after_s"] > 1.0:
            failed.append("the admin list of the other process is stale for more than 1 s")
    else:
        failed.append("the two-process checks did not run")

    # Galera: what the schema needs
    no_pk = sql(f"SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = '{DB}' "
                "AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c "
                "WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name "
                "AND c.constraint_type = 'PRIMARY KEY')")
    size = sql("SHOW STATUS LIKE 'wsrep_cluster_size'")[0][1]
    counts = []
    for n in (1, 2, 3):
        sock = re.sub(r"/node\d/", f"/node{n}/", SOCKET)
        try:
            out = subprocess.run(["mariadb", "--protocol=socket", "-S", sock, "-uroot", "-N", "-B", DB, "-e",
                                  "SELECT (SELECT COUNT(*) FROM submission), (SELECT COUNT(*) FROM evaluation), "
                                  "(SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM outbox_message)"],
                                 check=True, capture_output=True, text=True).stdout.strip()
        except subprocess.CalledProcessError as e:
            out = "unreachable: " + e.stderr.strip()
        counts.append(out)
    same = len(set(counts)) == 1
    lines.append(f"- Galera: cluster size {size} at the end; rows (submissions, evaluations, accounts, emails) on "
                 f"nodes 1-3: {' | '.join(counts)} (same: {'yes' if same else 'no'}); tables without a primary "
                 f"key: {', '.join(r[0] for r in no_pk) or 'none'}")
    if not same:
        failed.append("the nodes disagree")
    if size != "3":
        failed.append(f"cluster size {size} at the end")
    if no_pk:
        failed.append("tables without a primary key (Galera replicates them badly)")

    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    writers = {"one": "both processes write to node 1 while it lives (then to node 2)",
               "each": "each process writes to its own node"}.get(os.environ.get("CLUSTER_DB_WRITERS", "one"), "")
    text = "\n".join([f"# Cluster test {stamp}", "",
                      f"- topology: nginx (frontend/nginx.conf) -> 2 API processes -> 3-node Galera cluster "
                      f"(MariaDB {sql('SELECT VERSION()')[0][0]}, SST by mariabackup); {writers}", *lines, "",
                      "Result: " + ("PASS" if not failed else "FAIL"), *[f"- {f}" for f in failed], ""])
    (WORK / "report.md").write_text(text)
    print(text)
    return 0 if not failed else 1


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "setup":
        setup()
    elif command == "load":
        load()
    elif command == "limits":
        limits()
    elif command == "consistency":
        consistency()
    elif command == "report":
        sys.exit(report())
    else:
        print(__doc__)
        sys.exit(2)
