#!/usr/bin/env python3
"""Event pipeline under load, against the running embedded stack (on demand, not part of ./mvnw verify).

N households use Kajimaru through the gateway at once, as families would: each signs up, then, with a random pause of
--think seconds on average between steps, adds a member (up to --members), lists chores, opens the dashboard, completes
one of today's tasks and uses up a pantry item. Two kinds of figures come out of one run:

Seen by the family (client side, polled at the web UI's pace, so up to one poll late: while the dashboard answers 202
"setting up", after --poll-ms (1 s) and then half as long again each time up to 5 s; a roster without the founder's
tasks yet, every 3 s; everything else every --poll-ms; so waiting families add the load browsers would):
  sign-up -> own tasks visible   POST /api/auth/signup until GET /api/dashboard lists a task of this period assigned
                                 to the founder (HouseholdCreated -> rotation: replica, starter chores, plan).
  sign-up -> "assigned" message  until GET /api/notifications/unread-count > 0 (HouseholdCreated -> rotation ->
                                 TaskAssigned -> notification inbox).
  member added -> on the roster  POST /api/members until the dashboard's member list has them (MemberJoined -> rotation).
  consume -> shopping item       POST /api/stock/items/{id}/consume taking it below its minimum until GET
                                 /api/shopping/items?status=open lists it (StockBelowMinimum -> shopping).
  While waiting the script also counts what the dashboard answered (404 "Household not found", 202 "setting up").
  A waiting family sends one request per poll (dashboard first, then the bell), so a slow pipeline does not flood the
  gateway with polls; the server-side figures below are exact either way.

Commit -> effect for every event (server side, from the database afterwards): the producing service's outbox row
(occurred_at, written in the transaction that made the change) joined on event_id with the consuming service's inbox
row (received_at, written when the consumer's transaction starts to apply it), per consumer and event type, for the
events written during the measured window. Events/s is every outbox row written in the window over its length; "lag
bounded" compares the p99 of the last third of the window with the first third.

Usage (build first: ./mvnw -q package -DskipTests; run it holding the Maven lock so builds do not distort it):
  python3 bench/pipeline-load.py --households 10,100 [--duration 90] [--think 2] [--start] [--db 127.0.0.1:3306]
                                 [--relay-burst 20000]
--start runs ./kajimaru up itself (a fresh temporary KAJIMARU_HOME unless one is set) and stops it afterwards; the
household counts run one after the other on that stack. Without --start the stack at --base is used and --db must name its
MariaDB (the launcher prints it). Results: bench/results/pipeline-load.md (or --out).
"""
import argparse
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import importlib.util
from datetime import date, timedelta

sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location(
    "stack_perf", os.path.join(os.path.dirname(os.path.abspath(__file__)), "stack-perf.py"))
perf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(perf)

POLL_MS = 1000
SETTING_UP_MAX_S = 5.0
EMPTY_ROSTER_S = 3.0
WAIT_S = 180
PASSWORD = "correct horse battery staple"
SCHEMAS = {"user": "kajimaru_user", "rotation": "kajimaru_rotation", "inventory": "kajimaru_inventory",
           "shopping": "kajimaru_shopping", "notification": "kajimaru_notification", "weather": "kajimaru_weather"}


class Api:
    """One family's client: a keep-alive connection to the gateway and the founder's bearer token."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.conn = None
        self.token = None
        self.requests = 0
        self.errors = 0
        self.latencies = []

    def call(self, method, path, body=None, ok=(200, 201, 202, 204)):
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data is not None else {}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        for attempt in range(3):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                t = time.monotonic()
                self.conn.request(method, path, body=data, headers=headers)
                r = self.conn.getresponse()
                text = r.read().decode()
                self.latencies.append((time.monotonic() - t) * 1000)
                self.requests += 1
                if r.status not in ok:
                    self.errors += 1
                return r.status, (json.loads(text) if text and text[0] in "[{" else None)
            except (http.client.HTTPException, OSError):
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.values = {}
        self.dashboard_answers = {}
        self.timeouts = {}

    def add(self, name, ms):
        with self.lock:
            self.values.setdefault(name, []).append(ms)

    def answer(self, status):
        with self.lock:
            self.dashboard_answers[status] = self.dashboard_answers.get(status, 0) + 1

    def timeout(self, name):
        with self.lock:
            self.timeouts[name] = self.timeouts.get(name, 0) + 1


def until(check, name, stats, stop, wait_s=WAIT_S, delay=lambda: POLL_MS / 1000):
    t0 = time.monotonic()
    while time.monotonic() - t0 < wait_s and not stop.is_set():
        if check():
            return True
        time.sleep(delay())
    stats.timeout(name)
    return False


class Family(threading.Thread):
    def __init__(self, base, args, stats, stop, start_after):
        super().__init__(daemon=True)
        self.api = Api(*base)
        self.args = args
        self.stats = stats
        self.stop = stop
        self.start_after = start_after
        self.rng = random.Random()
        self.members = 1
        self.stock_id = None
        self.me = None

    def dashboard(self):
        status, body = self.api.call("GET", "/api/dashboard", ok=(200,))
        return status, body

    def run(self):
        try:
            self.stop.wait(self.start_after)
            if self.stop.is_set():
                return
            self.sign_up()
            s, stock = self.api.call("POST", "/api/stock/items", {"name": "bench-milk", "category": "FOOD", "unit": "本",
                                                                 "quantity": 2, "minimum": 2, "reorderQuantity": 1})
            self.stock_id = stock["id"] if s in (200, 201) else None
            steps = [(self.add_member, 1), (self.list_chores, 3), (self.open_dashboard, 3), (self.complete_task, 2),
                     (self.consume_stock, 1)]
            while not self.stop.is_set():
                self.stop.wait(self.rng.expovariate(1 / self.args.think))
                if self.stop.is_set():
                    break
                step = self.rng.choices([s for s, _ in steps], weights=[w for _, w in steps])[0]
                step()
        except Exception as e:  # a family that fails counts as errors, the run goes on
            self.stats.timeout(f"family failed: {type(e).__name__} ({e})")

    def sign_up(self):
        t0 = time.monotonic()
        s, body = self.api.call("POST", "/api/auth/signup", {"email": f"load-{uuid.uuid4().hex[:12]}@example.com",
                                                            "password": PASSWORD, "displayName": "Parent",
                                                            "householdName": "Load"})
        if s not in (200, 201):
            raise RuntimeError(f"sign-up answered {s}")
        self.api.token = body["accessToken"]
        self.me = body["memberId"]
        seen = {"tasks": None, "message": None, "setting_up": 0, "empty": False}

        # First the dashboard until the founder's tasks are on it, then the bell until the "assigned" message is in:
        # one request per poll, as the page does.
        def check():
            if seen["tasks"] is None:
                status, d = self.dashboard()
                self.stats.answer(status)
                seen["setting_up"] = seen["setting_up"] + 1 if status == 202 else 0
                seen["empty"] = status == 200
                if status == 200 and any(m["memberId"] == self.me and m["tasksThisPeriod"] > 0 for m in d["members"]):
                    seen["tasks"] = time.monotonic()
            else:
                status, c = self.api.call("GET", "/api/notifications/unread-count", ok=(200,))
                if status == 200 and c["count"] > 0:
                    seen["message"] = time.monotonic()
            return seen["message"] is not None

        # The dashboard page's pace (views/dashboard.js): while it answers 202 "setting up", after 1 s and then half as
        # long again each time up to 5 s; a roster without the founder's tasks yet, every 3 s. --poll-ms sets the
        # first step (and the bell's pace); a finer figure comes from the server-side tables, not from polling faster.
        def delay():
            if seen["tasks"] is None and seen["setting_up"] > 0:
                return min(SETTING_UP_MAX_S, POLL_MS / 1000 * 1.5 ** (seen["setting_up"] - 1))
            if seen["tasks"] is None and seen["empty"]:
                return EMPTY_ROSTER_S
            return POLL_MS / 1000

        # At most a minute: a family whose message does not come goes on using the app (counted as timed out).
        until(check, "sign-up", self.stats, self.stop, wait_s=60, delay=delay)
        if seen["tasks"] is not None:
            self.stats.add("sign-up → own tasks on the dashboard", (seen["tasks"] - t0) * 1000)
        if seen["message"] is not None:
            self.stats.add("sign-up → \"task assigned\" in the inbox", (seen["message"] - t0) * 1000)

    def add_member(self):
        if self.members >= self.args.members:
            return self.open_dashboard()
        t0 = time.monotonic()
        s, m = self.api.call("POST", "/api/members", {"displayName": f"Kid {self.members}", "role": "CHILD"})
        if s not in (200, 201):
            return
        self.members += 1

        def check():
            status, d = self.dashboard()
            return status == 200 and any(x["memberId"] == m["id"] for x in d["members"])

        if until(check, "member added", self.stats, self.stop):
            self.stats.add("member added → on the rotation dashboard", (time.monotonic() - t0) * 1000)

    def list_chores(self):
        self.api.call("GET", "/api/chores")

    def open_dashboard(self):
        self.dashboard()

    def complete_task(self):
        today = date.today()
        s, tasks = self.api.call("GET", f"/api/tasks?from={today}&to={today + timedelta(days=1)}")
        open_tasks = [t for t in (tasks or []) if t["status"] == "OPEN"] if s == 200 else []
        if open_tasks:
            self.api.call("PUT", f"/api/tasks/{self.rng.choice(open_tasks)['id']}/completion", ok=(200, 409))

    def consume_stock(self):
        if self.stock_id is None:
            return
        t0 = time.monotonic()
        s, _ = self.api.call("POST", f"/api/stock/items/{self.stock_id}/consume", {"quantity": 1})
        if s != 200:
            return
        found = {}

        def check():
            status, items = self.api.call("GET", "/api/shopping/items?status=open")
            for item in (items or []) if status == 200 else []:
                if item.get("stockItemId") == self.stock_id:
                    found["item"] = item
                    return True
            return False

        if until(check, "shopping item", self.stats, self.stop):
            self.stats.add("consume below minimum → shopping item", (time.monotonic() - t0) * 1000)
            # Ticking it restocks the pantry and re-arms the crossing for the next round.
            self.api.call("PUT", f"/api/shopping/items/{found['item']['id']}/purchase")
            self.stop.wait(0.5)


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def fmt_row(name, values):
    if not values:
        return f"| {name} | 0 | – | – | – | – |"
    return (f"| {name} | {len(values)} | {percentile(values, 50):.0f} | {percentile(values, 99):.0f} | "
            f"{max(values):.0f} |")


def sql(db, query):
    host, port = db.split(":")
    out = subprocess.run(["mysql", "-h", host, "-P", port, "-uroot", "--batch", "--skip-column-names", "-e", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def lags(db, since, until_):
    """(consumer, type, occurred epoch s, lag ms, from publish ms) for every event written in [since, until_) and
    applied downstream; (producer, type, relay ms or None if unpublished) for every event written; the count written."""
    schemas = {s[0] for s in sql(db, "SHOW DATABASES")}
    producers = [s for s in SCHEMAS.values() if s in schemas]
    rows = []
    for consumer in producers:
        for producer in producers:
            if producer == consumer:
                continue
            q = (f"SELECT i.consumer, i.event_type, UNIX_TIMESTAMP(o.occurred_at), "
                 f"TIMESTAMPDIFF(MICROSECOND, o.occurred_at, i.received_at) / 1000, "
                 f"TIMESTAMPDIFF(MICROSECOND, o.published_at, i.received_at) / 1000 "
                 f"FROM {consumer}.inbox i JOIN {producer}.outbox o ON o.event_id = i.event_id "
                 f"WHERE o.occurred_at >= FROM_UNIXTIME({since:.6f}) AND o.occurred_at < FROM_UNIXTIME({until_:.6f})")
            rows += [(r[0], r[1], float(r[2]), float(r[3]), None if r[4] == "NULL" else float(r[4]))
                     for r in sql(db, q)]
    relayed = []
    for producer in producers:
        q = (f"SELECT event_type, TIMESTAMPDIFF(MICROSECOND, occurred_at, published_at) / 1000 FROM {producer}.outbox "
             f"WHERE occurred_at >= FROM_UNIXTIME({since:.6f}) AND occurred_at < FROM_UNIXTIME({until_:.6f})")
        relayed += [(producer.removeprefix("kajimaru_"), r[0], None if r[1] == "NULL" else float(r[1]))
                    for r in sql(db, q)]
    return rows, relayed, len(relayed)


def relay_burst(db, n, schema="kajimaru_weather"):
    """Writes n outbox rows in one transaction into a quiet service's outbox, addressed to a topic nobody consumes, and
    times its relay (Debezium) until every row is marked published: rows per second one relay ships."""
    sql(db, f"INSERT INTO {schema}.outbox (event_id, topic, event_type, event_version, household_id, aggregate_type, "
            f"aggregate_id, occurred_at, payload) SELECT UUID(), 'kajimaru.bench.relay-burst', 'BenchBurst', 1, UUID(), "
            f"'bench', n, UTC_TIMESTAMP(6), REPEAT('x', 400) FROM (WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL "
            f"SELECT n + 1 FROM s WHERE n < {n}) SELECT n FROM s) rows_")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        left = int(sql(db, f"SELECT COUNT(*) FROM {schema}.outbox WHERE event_type = 'BenchBurst' "
                           f"AND published_at IS NULL")[0][0])
        if left == 0:
            break
        time.sleep(0.5)
    first, last = sql(db, f"SELECT UNIX_TIMESTAMP(MIN(occurred_at)), UNIX_TIMESTAMP(MAX(published_at)) "
                          f"FROM {schema}.outbox WHERE event_type = 'BenchBurst'")[0]
    sql(db, f"DELETE FROM {schema}.outbox WHERE event_type = 'BenchBurst'")
    took = float(last) - float(first)
    return n, took


def start_stack(repo):
    home = os.environ.get("KAJIMARU_HOME") or tempfile.mkdtemp(prefix="kajimaru-pipeline-bench-")
    log_path = os.path.join(tempfile.gettempdir(), "kajimaru-pipeline-bench-up.log")
    log = open(log_path, "w")
    proc = subprocess.Popen(["bash", "kajimaru", "up"], cwd=repo, env=dict(os.environ, KAJIMARU_HOME=home), stdout=log,
                            stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"./kajimaru up exited early, see {log_path}")
        text = open(log_path).read()
        if "Kajimaru is running at" in text:
            m = re.search(r"MariaDB\s+(\S+:\d+)", text)
            return proc, m.group(1)
        time.sleep(1)
    proc.send_signal(signal.SIGTERM)
    raise SystemExit("the stack did not start in 15 minutes")


def run_once(args, n, db):
    host, port = args.base.replace("http://", "").rstrip("/").split(":")
    stats = Stats()
    stop = threading.Event()
    # Families arrive over the first --ramp seconds (at most), so sign-ups are spread as in a real launch day.
    ramp = min(args.ramp, args.duration / 3)
    families = [Family((host, int(port)), args, stats, stop, ramp * i / n) for i in range(n)]
    load_before = " ".join(open("/proc/loadavg").read().split()[:3])
    procs = perf.processes()
    cpu_before = {name: perf.cpu_ticks(pid) for name, pid in procs.items()}
    started = time.time()
    for f in families:
        f.start()
    time.sleep(args.duration)
    ended = time.time()
    cpu = perf.cpu_rows(procs, cpu_before, ended - started)
    stop.set()
    for f in families:
        f.join(timeout=WAIT_S)
    time.sleep(3)  # events written near the end still arrive downstream
    rows, relayed, written = lags(db, started, ended)
    requests = sum(f.api.requests for f in families)
    errors = sum(f.api.errors for f in families)
    latencies = [x for f in families for x in f.api.latencies]
    return dict(n=n, stats=stats, rows=rows, relayed=relayed, cpu=cpu, written=written, window=ended - started, started=started,
                requests=requests, errors=errors, latencies=latencies, load_before=load_before)


def report(args, results, command):
    lines = ["# Event pipeline under load (through the gateway, running embedded stack)", "",
             f"Run {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} on {os.cpu_count()} cores. "
             f"Command: `{command}`.",
             f"Each family: sign-up, then every ~{args.think} s (exponential) one step of: add a member (up to "
             f"{args.members}) 1 : list chores 3 : dashboard 3 : complete a task 2 : consume a pantry item 1. "
             f"Window {args.duration} s per household count; families arrive over the first "
             f"{min(args.ramp, args.duration / 3):.0f} s. Client polls every {POLL_MS} ms (while a new household is set up, "
             f"the dashboard page's back-off up to {SETTING_UP_MAX_S:.0f} s).", ""]
    for r in results:
        window = r["window"]
        lat = r["latencies"]
        lines += [f"## {r['n']} households", "",
                  f"Load before: {r['load_before']}. {r['requests']} requests ({r['requests'] / window:.0f}/s), "
                  f"{r['errors']} not 2xx; request latency p50 {percentile(lat, 50):.0f} ms, p99 "
                  f"{percentile(lat, 99):.0f} ms, max {max(lat):.0f} ms. Events written: {r['written']} "
                  f"({r['written'] / window:.1f}/s over {window:.0f} s).", "",
                  "Seen by the family:", "",
                  "| path | n | p50 ms | p99 ms | max ms |", "|---|---|---|---|---|"]
        for name, values in sorted(r["stats"].values.items()):
            lines.append(fmt_row(name, values))
        answers = ", ".join(f"{k}: {v}" for k, v in sorted(r["stats"].dashboard_answers.items()))
        lines += ["", f"Dashboard answers while a new family waited for its roster: {answers or '–'}."]
        if r["stats"].timeouts:
            lines.append("Timed out / failed: " + ", ".join(f"{k}: {v}" for k, v in r["stats"].timeouts.items()) + ".")
        lines += ["", "CPU during the window (% of one core; the machine has "
                  f"{os.cpu_count() * 100} %), busiest threads:", "",
                  "| process | % of a core | busiest threads (% of a core) |", "|---|---|---|"] + r["cpu"]
        lines += ["", "Relay, commit → broker acknowledged (outbox occurred_at → published_at), every event written in "
                  "the window:", "", "| producer | event | n | p50 ms | p99 ms | max ms | not published |",
                  "|---|---|---|---|---|---|---|"]
        relay_groups = {}
        for producer, typ, ms in r["relayed"]:
            relay_groups.setdefault((producer, typ), []).append(ms)
        for (producer, typ), values in sorted(relay_groups.items()):
            published = [v for v in values if v is not None]
            lines.append(fmt_row(f"{producer} | {typ}", published) + f" {len(values) - len(published)} |")
        lines += ["", "Commit → consumer, every event written in the window (outbox occurred_at → inbox received_at; "
                  "the last columns from published_at, i.e. broker and consumer only):", "",
                  "| consumer | event | n | p50 ms | p99 ms | max ms | after publish p50 ms | p99 ms |",
                  "|---|---|---|---|---|---|---|---|"]
        groups = {}
        for consumer, typ, _, ms, after_publish in r["rows"]:
            groups.setdefault((consumer, typ), []).append((ms, after_publish))
        for (consumer, typ), pairs in sorted(groups.items()):
            tail = [b for _, b in pairs if b is not None]
            extra = f" {percentile(tail, 50):.0f} | {percentile(tail, 99):.0f} |" if tail else " – | – |"
            lines.append(fmt_row(f"{consumer} | {typ}", [a for a, _ in pairs]) + extra)
        everything = [ms for _, _, _, ms, _ in r["rows"]]
        if everything:
            third = window / 3
            first = [ms for _, _, at, ms, _ in r["rows"] if at < r["started"] + third]
            last = [ms for _, _, at, ms, _ in r["rows"] if at >= r["started"] + 2 * third]
            bounded = bool(first and last) and percentile(last, 99) <= max(1000.0, 2 * percentile(first, 99))
            lines += [fmt_row("**all** | **all**", everything) + " | |", "",
                      f"p99 first third {percentile(first, 99) if first else float('nan'):.0f} ms, last third "
                      f"{percentile(last, 99) if last else float('nan'):.0f} ms → lag "
                      f"{'bounded' if bounded else 'GROWING'} at {r['written'] / window:.1f} events/s written."]
        lines.append("")
    return lines


def main():
    global POLL_MS
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://127.0.0.1:8080")
    p.add_argument("--households", default="10,100")
    p.add_argument("--duration", type=float, default=90)
    p.add_argument("--ramp", type=float, default=30)
    p.add_argument("--think", type=float, default=2.0)
    p.add_argument("--members", type=int, default=5)
    p.add_argument("--poll-ms", type=int, default=POLL_MS, help="client poll interval (250 before 2026-12-01)")
    p.add_argument("--db")
    p.add_argument("--start", action="store_true")
    p.add_argument("--out", default="bench/results/pipeline-load.md")
    p.add_argument("--relay-burst", type=int, default=0, help="then time one relay shipping this many outbox rows")
    args = p.parse_args()
    POLL_MS = args.poll_ms
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    results = []
    burst = None
    stack, db = (None, args.db)
    if args.start:
        stack, db = start_stack(repo)
    if not db:
        raise SystemExit("--db host:port of the stack's MariaDB is needed without --start")
    try:
        for n in [int(x) for x in args.households.split(",")]:
            results.append(run_once(args, n, db))
            print("\n".join(report(args, results[-1:], "")), flush=True)
        if args.relay_burst:
            try:
                burst = relay_burst(db, args.relay_burst)
            except subprocess.CalledProcessError as e:
                print(f"relay burst failed: {e.stderr}", file=sys.stderr)
    finally:
        if stack:
            stack.send_signal(signal.SIGTERM)  # the launcher (bash exec'd it) stops every service it started
            stack.wait(timeout=180)
    command = "python3 bench/pipeline-load.py " + " ".join(sys.argv[1:])
    lines = report(args, results, command.strip())
    if burst:
        lines += ["## One relay's throughput", "",
                  f"{burst[0]} outbox rows written in one transaction into weather-service's outbox (topic nobody "
                  f"consumes), until all were marked published by its Debezium relay: {burst[1]:.2f} s, "
                  f"**{burst[0] / burst[1]:.0f} events/s** (read from the binlog, sent with acks=all, acknowledged, "
                  f"marked published), while the rest of the stack was idle.", ""]
    out = os.path.join(repo, args.out)
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
