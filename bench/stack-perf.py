#!/usr/bin/env python3
"""Idle cost and gateway overhead of the running stack (on demand, not part of ./mvnw verify).

idle:    CPU of every service process (and the launcher with its Kafka broker, and MariaDB) over 60 s at rest, from
         /proc/<pid>/stat, with the threads that burned most per service. The stack must be up and untouched.
         Result: bench/results/idle-cpu.md.
gateway: the same request (GET /api/chores of one signed-up household) directly to rotation-service, through the
         gateway (with the browser's session cookie, and with a bearer token) and through nginx as a plain reverse
         proxy (Debian package nginx, keep-alive upstream), with wrk (Debian package wrk), in one run of --rounds
         interleaved rounds: throughput, p50/p99 and CPU per request of gateway and service at 8 connections (full
         speed) and at 2 connections. Result: bench/results/gateway-overhead.md.
onboarding: what setting up one household costs the machine, whatever the pipeline's lag: --households families one
         after the other (after --warm-up unmeasured ones) sign up through the gateway, wait until the dashboard shows
         the founder's tasks, then add --members - 1 members, each awaited on the dashboard (polled every 0.2 s), as
         pipeline-load.py's families do but without their waiting in parallel. CPU of every process over that time,
         minus the same processes' CPU over as long at rest right after, per household: the machine's ceiling is
         its cores over the total. Result: bench/results/pipeline-cost.md.

Usage (build first: ./mvnw -q package -DskipTests; hold the Maven lock so builds don't distort it):
  flock /tmp/kajimaru-mvn.lock python3 bench/stack-perf.py [idle] [gateway] [onboarding] [--start] [--seconds 60]
--start runs ./kajimaru up itself (KAJIMARU_HOME from the environment, else a temporary folder) and stops it after.
"""
import argparse
import http.client
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(REPO, "bench", "results")
SERVICES = ["gateway", "user-service", "rotation-service", "inventory-service", "shopping-service",
            "notification-service", "weather-service"]
TICKS = os.sysconf("SC_CLK_TCK")
ROTATION = "http://127.0.0.1:8082"
NGINX_PORT = 8097

sys.dont_write_bytecode = True  # no bench/__pycache__ from importing the pantry script
_spec = importlib.util.spec_from_file_location("pantry", os.path.join(REPO, "bench", "pantry-loop-latency.py"))
pantry = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pantry)


def command_line():
    # Settings handed to every service through the launcher's environment (e.g. KAJIMARU_OUTBOX_DEBEZIUMPOLLINTERVAL).
    env = " ".join(f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("KAJIMARU_OUTBOX_"))
    return (env + " " if env else "") + "flock /tmp/kajimaru-mvn.lock python3 bench/stack-perf.py " + " ".join(sys.argv[1:])


def header(title):
    load = open("/proc/loadavg").read().split()[:3]
    return (f"# {title}\n\nMeasured {datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')} on {os.cpu_count()} cores, "
            f"load before: {' '.join(load)}. Command: `{command_line()}`.\n\n")


def processes():
    """name -> pid of the stack's processes: services (not their start-up cache training runs), launcher, MariaDB."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().decode(errors="replace").split("\0")
        except OSError:
            continue
        line = " ".join(cmd)
        if "AOTCacheOutput" in line or "-Dspring.context.exit" in line:
            continue
        for s in SERVICES:
            if f"/{s}-0.1.0-SNAPSHOT-exec.jar" in line or f" {s}-0.1.0-SNAPSHOT-exec.jar" in line:
                found[s] = int(pid)
        if "kajimaru-launcher-0.1.0-SNAPSHOT-exec.jar" in line:
            found["launcher (Kafka broker)"] = int(pid)
        if os.path.basename(cmd[0]) in ("mariadbd", "mysqld"):
            ppid = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1]
            found["mariadbd of ppid " + ppid] = int(pid)
    launcher = found.get("launcher (Kafka broker)")
    for name in [n for n in found if n.startswith("mariadbd of ppid ")]:
        pid = found.pop(name)
        if launcher is not None and name.endswith(f" {launcher}"):
            found["MariaDB (embedded)"] = pid
    return found


def cpu_ticks(pid):
    """Process ticks, and ticks per thread name (threads with one name summed)."""
    stat = open(f"/proc/{pid}/stat").read()
    fields = stat[stat.rindex(")") + 2:].split()
    total = int(fields[11]) + int(fields[12])
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            s = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        name = re.sub(r"[-#]?\d+$", "-N", s[s.index("(") + 1:s.rindex(")")])
        f = s[s.rindex(")") + 2:].split()
        threads[name] = threads.get(name, 0) + int(f[11]) + int(f[12])
    return total, threads


def cpu_rows(procs, before, seconds):
    """Table rows '| process | % of a core | busiest threads |' for the CPU each process used since `before`."""
    after = {n: cpu_ticks(p) for n, p in procs.items()}
    rows = []
    for name in procs:
        total = (after[name][0] - before[name][0]) / TICKS / seconds * 100
        t0, t1 = before[name][1], after[name][1]
        busiest = sorted(((t1[t] - t0.get(t, 0), t) for t in t1), reverse=True)[:4]
        top = ", ".join(f"{t} {d / TICKS / seconds * 100:.2f}" for d, t in busiest if d > 0) or "-"
        rows.append(f"| {name} | {total:.2f} | {top} |")
    return rows


def idle(seconds):
    procs = processes()
    missing = [s for s in SERVICES if s not in procs]
    if missing:
        raise SystemExit(f"not running: {', '.join(missing)} (start the stack or pass --start)")
    before = {n: cpu_ticks(p) for n, p in procs.items()}
    time.sleep(seconds)
    rows = cpu_rows(procs, before, seconds)
    text = (header("Idle CPU of the stack") + f"Every process of a running `./kajimaru up` over {seconds} s at rest "
            "(nobody signed in, no requests), from /proc/<pid>/stat utime+stime; % of one core. Busiest threads: "
            "thread name (trailing numbers folded to N) and its % of a core.\n\n"
            "| process | % of a core | busiest threads (% of a core) |\n|---|---|---|\n" + "\n".join(rows) + "\n")
    write("idle-cpu.md", text)


def wrk(url, headers, connections, seconds):
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for h in headers:
        cmd += ["-H", h]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = {p: to_ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M)}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if bad:
        raise SystemExit(f"{url}: {bad.group(1)} answers were not 2xx/3xx:\n{out}")
    return rps, lat["50"], lat["99"]


def to_ms(v):
    n, unit = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def start_nginx():
    prefix = tempfile.mkdtemp(prefix="kajimaru-nginx-bench-")
    conf = os.path.join(prefix, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
  access_log off;
  upstream rotation {{ server 127.0.0.1:8082; keepalive 16; }}
  server {{
    listen 127.0.0.1:{NGINX_PORT};
    location / {{
      proxy_pass http://rotation;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
    }}
  }}
}}
""")
    proc = subprocess.Popen([shutil.which("nginx") or "/usr/sbin/nginx", "-p", prefix, "-c", conf])
    time.sleep(1)
    if proc.poll() is not None:
        raise SystemExit(f"nginx did not start, see {prefix}/error.log")
    return proc


def gateway(seconds, rounds):
    api = pantry.Api("http://127.0.0.1:8080")
    api.signup()
    bearer = "Authorization: Bearer " + api.token
    cookie = f"Cookie: KJ_AT={api.token}; XSRF-TOKEN=bench"
    targets = [("direct (rotation-service :8082)", ROTATION, [bearer]),
               ("gateway, session cookie", "http://127.0.0.1:8080", [cookie]),
               ("gateway, bearer token", "http://127.0.0.1:8080", [bearer]),
               (f"nginx reverse proxy (:{NGINX_PORT})", f"http://127.0.0.1:{NGINX_PORT}", [bearer])]
    procs = processes()
    cpu_of = {"gateway": procs["gateway"], "rotation-service": procs["rotation-service"]}
    nginx = start_nginx()
    try:
        for _, base, headers in targets:  # warm-up: JIT, connection pools
            wrk(base + "/api/chores", headers, 8, 5)
        # Rounds, each target once per round and the order turned by one each round, so a stack that is still
        # warming up or a noisy neighbour moment does not fall on one target only (one pass gave nginx 1.31x
        # "direct" on 2026-11-30). Per target: the median round, and the spread of its ratio to direct.
        runs = {}
        for r in range(rounds):
            for c in (8, 2):
                turn = targets[r % len(targets):] + targets[:r % len(targets)]
                measured = {}
                for name, base, headers in turn:
                    before = {n: cpu_ticks(pid)[0] for n, pid in cpu_of.items()}
                    rps, p50, p99 = wrk(base + "/api/chores", headers, c, seconds)
                    used = {n: (cpu_ticks(pid)[0] - before[n]) / TICKS for n, pid in cpu_of.items()}
                    measured[name] = (rps, p50, p99, {n: u * 1000 / (rps * seconds) for n, u in used.items()})
                direct = measured[targets[0][0]]
                for name, m in measured.items():
                    runs.setdefault((name, c), []).append(m + (m[0] / direct[0],))
        rows = []
        for c in (8, 2):
            d = median_run(runs[(targets[0][0], c)])
            for name, _, _ in targets:
                rps, p50, p99, cpu, _ = median_run(runs[(name, c)])
                ratios = sorted(x[4] for x in runs[(name, c)])
                rows.append(f"| {c} | {name} | {rps:.0f} | {ratios[len(ratios) // 2]:.2f}x ({ratios[0]:.2f}–{ratios[-1]:.2f}) | "
                            f"{p50:.2f} | {p99:.2f} | {p50 - d[1]:+.2f} | {p99 - d[2]:+.2f} | "
                            f"{cpu['gateway']:.2f} | {cpu['rotation-service']:.2f} |")
    finally:
        nginx.send_signal(signal.SIGQUIT)
        nginx.wait(10)
    text = (header("Gateway overhead: GET /api/chores direct, through the gateway and through nginx") +
            f"One signed-up household; wrk -t2 for {seconds} s per row after 5 s of warm-up per target, {rounds} "
            "rounds, the targets' order turned by one each round; all in one run against one running `./kajimaru up`; "
            "wrk shares the 2 cores with the stack. Direct and nginx send the bearer token (services are resource "
            "servers); the gateway is measured with the browser's session cookie (cookie → bearer) and with the "
            "bearer token. Each row is the target's median round (by req/s); × direct is the median of the rounds' "
            "ratios to direct in the same round, in brackets the lowest and highest; CPU ms per request from "
            "/proc/<pid>/stat over the row.\n\n"
            "| connections | target | req/s | × direct (spread) | p50 ms | p99 ms | p50 added ms | p99 added ms | "
            "gateway CPU ms/req | rotation-service CPU ms/req |\n"
            "|---|---|---|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    write("gateway-overhead.md", text)


def median_run(runs):
    return sorted(runs, key=lambda x: x[0])[len(runs) // 2]


class Family:
    """One household's client: a keep-alive connection to the gateway with the founder's bearer token."""

    def __init__(self):
        self.conn = http.client.HTTPConnection("127.0.0.1", 8080, timeout=60)
        self.token = None
        self.requests = 0

    def call(self, method, path, body=None):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        self.conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        r = self.conn.getresponse()
        text = r.read().decode()
        self.requests += 1
        return r.status, (json.loads(text) if text and text[0] in "[{" else None)

    def until_on_dashboard(self, member_id, with_tasks):
        t0 = time.monotonic()
        while time.monotonic() - t0 < 120:
            status, d = self.call("GET", "/api/dashboard")
            if status == 200 and any(m["memberId"] == member_id and (not with_tasks or m["tasksThisPeriod"] > 0)
                                     for m in d["members"]):
                return time.monotonic() - t0
            time.sleep(0.2)
        raise SystemExit(f"member {member_id} not on the dashboard after 120 s")


def set_up_household(members):
    """Sign-up, own tasks awaited, members - 1 children added and awaited; returns (requests, waits in s)."""
    f = Family()
    status, body = f.call("POST", "/api/auth/signup", {"email": f"cost-{uuid.uuid4().hex[:12]}@example.com",
                                                       "password": "correct horse battery staple",
                                                       "displayName": "Parent", "householdName": "Cost"})
    if status not in (200, 201):
        raise SystemExit(f"sign-up answered {status}: {body}")
    f.token = body["accessToken"]
    waits = [f.until_on_dashboard(body["memberId"], True)]
    for k in range(1, members):
        status, m = f.call("POST", "/api/members", {"displayName": f"Kid {k}", "role": "CHILD"})
        if status not in (200, 201):
            raise SystemExit(f"adding a member answered {status}: {m}")
        waits.append(f.until_on_dashboard(m["id"], False))
    return f.requests, waits


def mariadb_status(procs):
    """The embedded MariaDB's global status counters (SHOW GLOBAL STATUS through the mysql client), or {}."""
    pid = procs.get("MariaDB (embedded)")
    if pid is None or shutil.which("mysql") is None:
        return {}
    cmd = open(f"/proc/{pid}/cmdline", "rb").read().decode(errors="replace").split("\0")
    port = next((a.split("=", 1)[1] for a in cmd if a.startswith("--port=")), None)
    if port is None:
        return {}
    out = subprocess.run(["mysql", "-uroot", "-h127.0.0.1", f"-P{port}", "-N", "-e", "SHOW GLOBAL STATUS"],
                         capture_output=True, text=True).stdout
    return {k: int(v) for k, v in (line.split("\t", 1) for line in out.splitlines()) if v.isdigit()}


STATEMENTS = [("Questions", "statements in all"), ("Com_select", "SELECT"), ("Com_insert", "INSERT"),
              ("Com_update", "UPDATE"), ("Com_delete", "DELETE"), ("Com_commit", "COMMIT"),
              ("Com_set_option", "SET (autocommit on and off around each transaction)")]


def onboarding(households, warm_up, members):
    procs = processes()
    missing = [s for s in SERVICES if s not in procs]
    if missing:
        raise SystemExit(f"not running: {', '.join(missing)} (start the stack or pass --start)")
    for _ in range(warm_up):
        set_up_household(members)
    time.sleep(10)  # what the warm-up set off downstream settles
    db_before = mariadb_status(procs)
    before = {n: cpu_ticks(p) for n, p in procs.items()}
    started = time.monotonic()
    requests, waits = 0, []
    for _ in range(households):
        r, w = set_up_household(members)
        requests += r
        waits += w
    time.sleep(5)  # the last household's events reach every consumer
    busy_s = time.monotonic() - started
    busy = {n: cpu_ticks(p) for n, p in procs.items()}
    db_after = mariadb_status(procs)
    time.sleep(busy_s)
    rest = {n: cpu_ticks(p) for n, p in procs.items()}
    rows, total = [], 0.0
    for name in procs:
        net = ((busy[name][0] - before[name][0]) - (rest[name][0] - busy[name][0])) / TICKS
        total += net
        t0, t1, t2 = before[name][1], busy[name][1], rest[name][1]
        threads = sorted((((t1.get(t, 0) - t0.get(t, 0)) - (t2.get(t, 0) - t1.get(t, 0))) / TICKS, t) for t in t1)
        top = ", ".join(f"{t} {d / households * 1000:.0f}" for d, t in reversed(threads[-4:]) if d > 0) or "-"
        rows.append(f"| {name} | {net / households * 1000:.0f} | {top} |")
    per_household = total / households
    waits.sort()
    cores = os.cpu_count()
    text = (header("What setting up a household costs the machine")
            + f"{households} households one after the other (after {warm_up} unmeasured), each: sign-up, until the "
            f"dashboard lists the founder's tasks, then {members - 1} members added one by one, each until the "
            f"dashboard lists them; {requests} requests in {busy_s:.1f} s (5 s of it waiting for the last events). "
            f"CPU from /proc/<pid>/stat over that time minus the same over {busy_s:.1f} s at rest right after, per "
            "household, in ms (busiest threads likewise, trailing numbers folded to N).\n\n"
            "| process | CPU ms per household | busiest threads (ms per household) |\n|---|---|---|\n"
            + "\n".join(rows) + f"\n| **all** | **{per_household * 1000:.0f}** | |\n\n"
            f"Waits of this one-at-a-time run (sign-up → own tasks and each member → on the dashboard, polled every "
            f"0.2 s): p50 {waits[len(waits) // 2]:.2f} s, max {waits[-1]:.2f} s. At {per_household:.2f} CPU s a "
            f"household, {cores} cores set up at most **{cores / per_household * 60:.0f} households a minute** with "
            "nothing else running; the 100 households of pipeline-load.py, set up within its 60 s, ask for "
            f"{100 * per_household / 60:.1f} cores (their other requests and polls on top).\n")
    if db_before and db_after:
        text += ("\nWhat the services asked MariaDB, per household (global status counters over the same time; the "
                 "services' own background queries at rest included):\n\n| statement | per household |\n|---|---|\n"
                 + "".join(f"| {label} | {(db_after.get(k, 0) - db_before.get(k, 0)) / households:.0f} |\n"
                           for k, label in STATEMENTS))
    write("pipeline-cost.md", text)


def write(name, text):
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, name), "w") as f:
        f.write(text)
    print(text)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("what", nargs="*", default=["idle", "gateway"], choices=["idle", "gateway", "onboarding"])
    p.add_argument("--start", action="store_true")
    p.add_argument("--seconds", type=int, default=120, help="idle measurement length")
    # C1 goes on compiling for the first minutes after a start (0.2-0.4 % of a core per service): start-up, not rest.
    p.add_argument("--settle", type=int, default=180, help="seconds to wait after start before measuring idle")
    p.add_argument("--wrk-seconds", type=int, default=15)
    p.add_argument("--rounds", type=int, default=3, help="gateway: rounds over all targets")
    p.add_argument("--households", type=int, default=20, help="onboarding: households measured")
    p.add_argument("--warm-up", type=int, default=20, help="onboarding: households set up first, unmeasured")
    p.add_argument("--members", type=int, default=5, help="onboarding: members per household, founder included")
    args = p.parse_args()
    stack = pantry.start_stack(REPO) if args.start else None
    try:
        if "idle" in args.what:
            if stack:
                time.sleep(args.settle)
            idle(args.seconds)
        if "gateway" in args.what:
            gateway(args.wrk_seconds, args.rounds)
        if "onboarding" in args.what:
            onboarding(args.households, args.warm_up, args.members)
    finally:
        if stack:
            stack.send_signal(signal.SIGTERM)
            stack.wait(120)


if __name__ == "__main__":
    main()
