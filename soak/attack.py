#!/usr/bin/env python3
"""The attack phase of `make soak`: bounded versions of what one anonymous client tried against the
site (issue 16), sent from 127.0.0.2 on the loopback while ordinary traffic flows. Each attack has a
fixed size and stops by itself; the script prints one line per attack and a summary line, and exits
non-zero when the server answered an attack in a way it must not (a 5xx, or accepting it)."""
import json
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/")
HOST, PORT = BASE.split("//")[1].split(":")[0], int(BASE.rsplit(":", 1)[1])
SOURCE = os.environ.get("SOAK_ATTACK_SOURCE", "127.0.0.2")
TEACHER = os.environ.get("SOAK_TEACHER_TOKEN", "")
# The upload comes from another address than the slow bodies, which hold that address's body slots.
FILE_SOURCE = os.environ.get("SOAK_ATTACK_FILE_SOURCE", "127.0.0.3")
results = []
failures = []


def connect(timeout=20, source=SOURCE):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.bind((source, 0))
    s.connect((HOST, PORT))
    return s


def answer(s, limit=65536):
    data = b""
    try:
        while len(data) < limit:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data and (b"close" in data.lower() or len(data) > 2048):
                break
    except OSError:
        pass
    return data.decode("latin-1")


def status(text):
    return int(text[9:12]) if text.startswith("HTTP/1.1 ") else -1


def raw(request_head, body=b"", source=SOURCE):
    s = connect(source=source)
    try:
        s.sendall(request_head.encode("latin-1") + body)
        return status(answer(s))
    finally:
        s.close()


def expect(name, seen, allowed):
    bad = {k: v for k, v in seen.items() if k not in allowed}
    results.append(f"{name}: {dict(sorted(seen.items()))}")
    if bad:
        failures.append(f"{name}: unexpected answers {bad}")


def count(statuses):
    seen = {}
    for s in statuses:
        seen[s] = seen.get(s, 0) + 1
    return seen


def laureate_pages(n=2000):
    regions = [f"MA-{i:02d}" for i in range(1, 13)]
    statuses = []
    for i in range(n):
        path = f"/api/laureates?page={i // 12}&size={1 + i % 100}&region={regions[i % 12]}"
        statuses.append(raw(f"GET {path} HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n\r\n"))
    expect(f"1. {n} distinct anonymous laureate pages", count(statuses), {200})


def slow_bodies(n=300, hold=15):
    sockets = []
    for _ in range(n):
        s = connect(hold + 15)
        s.sendall(b"POST /api/auth/login HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{")
        sockets.append(s)
    deadline = time.time() + hold
    statuses = []
    for s in sockets:
        s.settimeout(max(1, deadline - time.time() + 15))
        statuses.append(status(answer(s)))
        s.close()
    expect(f"2. {n} login bodies sent one byte and then nothing", count(statuses), {408, 429})


def big_bodies(n=12):
    statuses = []
    lock = threading.Lock()

    def one():
        code = raw("POST /api/auth/register HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\n"
                   "Content-Length: 200000000\r\n\r\n", b"{\"a\":\"" + b"x" * 65536)
        with lock:
            statuses.append(code)

    threads = [threading.Thread(target=one) for _ in range(n)]
    [t.start() for t in threads]
    [t.join(60) for t in threads]
    expect(f"3. {n} JSON bodies of 200 MB at once", count(statuses), {413})


def hostile_file_name():
    if not TEACHER:
        results.append("4. hostile file name: skipped (no teacher token)")
        return
    req = urllib.request.Request(BASE + "/api/me/submissions", headers={"Authorization": "Bearer " + TEACHER})
    mine = json.loads(urllib.request.urlopen(req, timeout=20).read())
    items = mine.get("items", mine) if isinstance(mine, dict) else mine
    draft = next((x["id"] for x in items if x.get("status") == "DRAFT"), None) or (items[0]["id"] if items else 1)
    boundary = "soakboundary"
    name = "." * 40000 + "x.pdf"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--{boundary}--\r\n").encode()
    started = time.time()
    code = raw(f"POST /api/submissions/{draft}/attachments HTTP/1.1\r\nHost: soak\r\nAuthorization: Bearer {TEACHER}\r\n"
               f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {len(body)}\r\n"
               f"Connection: close\r\n\r\n", body, source=FILE_SOURCE)
    took = time.time() - started
    results.append(f"4. upload named with 40,000 dots: {code} in {took:.2f} s")
    if code >= 500 or code < 0 or code == 429 or took > 10:
        failures.append(f"4. hostile file name: {code} after {took:.1f} s")


def accent_variants(n=12):
    statuses = []
    for i in range(n):
        email = ("téacher3" if i % 2 else "teacher3") + "@demo.innovatice.ma"
        body = json.dumps({"email": email, "password": f"wrong-password-{i}"}).encode()
        statuses.append(raw("POST /api/auth/login HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\n"
                            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n", body))
    seen = count(statuses)
    expect(f"7. {n} wrong passwords on one account, accents varied", seen, {401, 429})
    if 429 not in seen:
        failures.append("7. the accent variants were never throttled")


started = time.time()
attacks = [threading.Thread(target=f) for f in (laureate_pages, slow_bodies, big_bodies, hostile_file_name)]
[t.start() for t in attacks]
[t.join(300) for t in attacks]
accent_variants()
for line in results:
    print("ATTACK " + line)
print(f"ATTACKS done in {time.time() - started:.0f} s; failures={len(failures)}")
for line in failures:
    print("ATTACK FAILURE " + line)
sys.exit(1 if failures else 0)
