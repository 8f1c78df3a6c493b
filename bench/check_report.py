#!/usr/bin/env python3
"""Checks that a benchmark report is well formed: the JSON parses, every endpoint is there and
measured, and every figure is a number. It never judges a timing."""
import json
import math
import sys
from pathlib import Path

ENDPOINTS = {"trivial", "laureates", "edition", "results", "own_account", "own_submission", "admin_submissions",
             "jury_assignments", "ranking", "statistics", "edition_statistics"}
ENDPOINT_FIGURES = ("requests_per_s", "p50_ms", "p99_ms", "ratio_to_trivial", "requests")


def number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def problems(report):
    found = []

    def need(condition, message):
        if not condition:
            found.append(message)

    for key in ("machine", "software", "settings", "seed", "endpoints", "ranking_vs_sql", "auto_assignment",
                "startup", "memory", "targets"):
        need(key in report, f"no '{key}' section")
    if found:
        return found
    need(number(report["machine"].get("cores")) and report["machine"]["cores"] > 0, "machine.cores is not a count")
    for tool in ("java", "mariadb_server", "wrk", "quarkus"):
        need(isinstance(report["software"].get(tool), str), f"software.{tool} is missing")
    need(number(report["seed"].get("seconds")), "seed.seconds is not a number")
    for table, count in report["seed"].get("rows", {}).items():
        need(number(count) and count > 0, f"seed.rows.{table} is not a positive count")
    endpoints = {e.get("key"): e for e in report["endpoints"]}
    need(set(endpoints) == ENDPOINTS, f"endpoints {sorted(endpoints)} differ from {sorted(ENDPOINTS)}")
    for key, e in endpoints.items():
        need(e.get("status") == "ok", f"endpoint {key} is {e.get('status')} (HTTP {e.get('http_status')})")
        for figure in ENDPOINT_FIGURES:
            need(number(e.get(figure)), f"endpoint {key}: {figure} is not a number")
        need(e.get("requests", 0) > 0, f"endpoint {key}: no request completed")
        need(e.get("errors") == 0, f"endpoint {key}: {e.get('errors')} failed requests")
        sql = e.get("sql") or {}
        need(bool(sql), f"endpoint {key}: no SQL statement count")
        for label, counted in sql.items():
            need(number(counted.get("statements")), f"endpoint {key}: sql.{label}.statements is not a number")
        if e.get("kind") in ("list", "ranking"):
            need({"small", "large"} <= set(sql), f"endpoint {key}: statements not counted at two sizes")
        if e.get("query_cache"):
            uncached = e.get("uncached") or {}
            for figure in ("requests_per_s", "p50_ms", "p99_ms", "ratio_to_trivial"):
                need(number(uncached.get(figure)), f"endpoint {key}: uncached.{figure} is not a number")
            need(uncached.get("errors") == 0, f"endpoint {key}: {uncached.get('errors')} failed requests without the cache")
    need(any(e.get("query_cache") for e in endpoints.values()), "no endpoint measured with and without the query cache")
    for figure in ("http_p50_ms", "sql_median_ms", "ratio"):
        need(number(report["ranking_vs_sql"].get(figure)), f"ranking_vs_sql.{figure} is not a number")
    need(report["auto_assignment"].get("http_status") == 200, "the automatic assignment failed")
    need(number(report["auto_assignment"].get("seconds")), "auto_assignment.seconds is not a number")
    need(number(report["startup"].get("restart_s")), "startup.restart_s is not a number")
    need(number(report["memory"].get("rss_mb_after_load")), "memory.rss_mb_after_load is not a number")
    need(set(report.get("night") or {}) == {"cache_off", "cache_on"}, "no deadline-night load in both processes")
    for label, run in (report.get("night") or {}).items():
        for phase in ("read_only", "mixed"):
            streams = (run.get(phase) or {}).get("streams") or {}
            need(bool(streams), f"night.{label}.{phase}: no stream")
            for key, r in streams.items():
                for figure in ("requests_per_s", "p50_ms", "p99_ms", "errors"):
                    need(number(r.get(figure)), f"night.{label}.{phase}.{key}: {figure} is not a number")
                need(r.get("errors") == 0, f"night.{label}.{phase}.{key}: {r.get('errors')} failed requests")
            # How many requests a stream completes is a timing (a tiny run lasts a second): only that some did.
            need(sum(r.get("requests", 0) for r in streams.values()) > 0, f"night.{label}.{phase}: no request completed")
        need(number(run.get("saves_per_s")), f"night.{label}: saves/s is not a number")
        need(isinstance((run.get("mixed") or {}).get("gc"), dict), f"night.{label}: no GC figures")
    replayed = report.get("replay") or {}
    need(set(replayed) == {"own_account", "own_submission", "admin_submissions", "jury_assignments"},
         f"JDBC replay of {sorted(replayed)}")
    for key, r in replayed.items():
        for figure in ("requests_per_s", "http_requests_per_s", "statements_per_request"):
            need(number(r.get(figure)), f"replay.{key}: {figure} is not a number")
        need(number(r.get("ratio")) or r.get("requests_per_s") == 0, f"replay.{key}: ratio is not a number")
        need(r.get("errors") == 0, f"replay.{key}: {r.get('errors')} statements failed over JDBC")
    server = report.get("admin_list_server_time") or {}
    page = (server.get("pages") or {}).get("0") or {}
    for figure in ("before_ms", "now_ms", "ratio"):
        need(number(page.get(figure)), f"admin_list_server_time.pages.0.{figure} is not a number")
    for target in report["targets"]:
        need(isinstance(target.get("name"), str) and target.get("met") in (True, False, None),
             f"target {target!r} is malformed")
    return found


def main(path):
    report_path = Path(path)
    try:
        report = json.loads(report_path.read_text())
    except (OSError, ValueError) as e:
        print(f"{path}: unreadable report: {e}")
        return 1
    markdown = report_path.with_suffix(".md")
    found = problems(report)
    if not markdown.is_file() or "## Targets" not in markdown.read_text():
        found.append(f"{markdown} is missing or has no Targets section")
    for problem in found:
        print(f"{path}: {problem}")
    print(f"{path}: {'well formed' if not found else f'{len(found)} problem(s)'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "bench/results/smoke.json"))
