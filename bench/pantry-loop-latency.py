#!/usr/bin/env python3
"""Pantry loop latency against the running stack (on demand, not part of ./mvnw verify).

What it measures, through the gateway like the browser does:
  crossing -> item on the list: POST /api/stock/items/{id}/consume takes a stock item below its minimum
      (inventory: StockBelowMinimum in the outbox, relayed to Kafka) until GET /api/shopping/items?status=open
      shows the item shopping-service added for it. Measured from just before the consume request is sent.
  tick -> restocked: PUT /api/shopping/items/{id}/purchase (ShoppingItemPurchased) until GET /api/stock/items/{id}
      shows the stock item back at its minimum and re-armed.
Every round is one full loop (consume 1 -> listed -> ticked -> restocked), so each crossing is a real crossing.
Reads are polled every POLL_MS; the figures are therefore up to one poll interval (plus one request) late.

Usage (build first: ./mvnw -q package -DskipTests):
  python3 bench/pantry-loop-latency.py [--rounds 300] [--warmup 50] [--start] [--base http://127.0.0.1:8080]
--start runs ./kajimaru up itself (KAJIMARU_HOME from the environment, else a temporary folder, which records the
start-up caches on its first start) and stops it afterwards. Results: bench/results/pantry-loop-latency.md.
"""
import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

POLL_MS = 10
TIMEOUT_S = 60
PASSWORD = "correct horse battery staple"


class Api:
    def __init__(self, base):
        self.base = base
        self.token = None
        self.email = None

    def call(self, method, path, body=None):
        for attempt in range(2):
            data = None if body is None else json.dumps(body).encode()
            req = urllib.request.Request(self.base + path, data=data, method=method)
            if data is not None:
                req.add_header("Content-Type", "application/json")
            if self.token:
                req.add_header("Authorization", "Bearer " + self.token)
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    text = r.read().decode()
                    return json.loads(text) if text else None
            except urllib.error.HTTPError as e:
                if e.code == 401 and attempt == 0 and self.email:
                    self.login()  # the access token lives 15 minutes
                    continue
                raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()[:300]}")
        raise SystemExit(f"{method} {path}: still unauthorised after logging in again")

    def signup(self):
        self.email = f"bench-{uuid.uuid4().hex[:10]}@example.com"
        self.token = None
        self.token = self.call("POST", "/api/auth/signup", {"email": self.email, "password": PASSWORD,
                                                           "displayName": "Bench", "householdName": "Bench"})["accessToken"]

    def login(self):
        self.token = None
        self.token = self.call("POST", "/api/auth/login", {"email": self.email, "password": PASSWORD})["accessToken"]


def until(check, what):
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        found = check()
        if found:
            return found, time.monotonic()
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out after {TIMEOUT_S} s waiting for {what}")
        time.sleep(POLL_MS / 1000)


def open_item_for(api, stock_id):
    for item in api.call("GET", "/api/shopping/items?status=open"):
        if item.get("stockItemId") == stock_id:
            return item
    return None


def one_round(api, stock_id):
    t0 = time.monotonic()
    api.call("POST", f"/api/stock/items/{stock_id}/consume", {"quantity": 1})
    item, t1 = until(lambda: open_item_for(api, stock_id), "the shopping item")
    t2 = time.monotonic()
    api.call("PUT", f"/api/shopping/items/{item['id']}/purchase")
    _, t3 = until(lambda: (lambda s: s if float(s["quantity"]) >= 2 and not s["lowSignalled"] else None)(
        api.call("GET", f"/api/stock/items/{stock_id}")), "the restock")
    return (t1 - t0) * 1000, (t3 - t2) * 1000


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def row(name, values):
    return (f"| {name} | {len(values)} | {percentile(values, 50):.1f} | {percentile(values, 90):.1f} | "
            f"{percentile(values, 99):.1f} | {max(values):.1f} | {statistics.mean(values):.1f} |")


def start_stack(repo):
    home = os.environ.get("KAJIMARU_HOME") or tempfile.mkdtemp(prefix="kajimaru-pantry-bench-")
    log = open(os.path.join(tempfile.gettempdir(), "kajimaru-pantry-bench-up.log"), "w")
    env = dict(os.environ, KAJIMARU_HOME=home)
    proc = subprocess.Popen(["bash", "kajimaru", "up"], cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"./kajimaru up exited early, see {log.name}")
        with open(log.name) as f:
            if "Kajimaru is running at" in f.read():
                return proc
        time.sleep(1)
    proc.send_signal(signal.SIGTERM)
    raise SystemExit("the stack did not start in 15 minutes")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://127.0.0.1:8080")
    p.add_argument("--rounds", type=int, default=300)
    p.add_argument("--warmup", type=int, default=50)
    p.add_argument("--start", action="store_true")
    args = p.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    stack = start_stack(repo) if args.start else None
    try:
        api = Api(args.base.rstrip("/"))
        api.signup()
        stock = api.call("POST", "/api/stock/items", {"name": "bench-milk", "category": "FOOD", "unit": "本",
                                                      "quantity": 2, "minimum": 2, "reorderQuantity": 1})
        load_before = open("/proc/loadavg").read().split()[:3]
        for _ in range(args.warmup):
            one_round(api, stock["id"])
        listed, restocked = [], []
        started = time.monotonic()
        for _ in range(args.rounds):
            a, b = one_round(api, stock["id"])
            listed.append(a)
            restocked.append(b)
        took = time.monotonic() - started
    finally:
        if stack:
            stack.send_signal(signal.SIGTERM)
            stack.wait(timeout=120)
    command = "python3 bench/pantry-loop-latency.py " + " ".join(sys.argv[1:])
    if args.start and os.environ.get("KAJIMARU_HOME"):
        command = f"KAJIMARU_HOME={os.environ['KAJIMARU_HOME']} {command}"
    lines = [
        "# Pantry loop latency (through the gateway, running stack)",
        "",
        f"Run {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} on {os.cpu_count()} cores, load before: "
        f"{' '.join(load_before)}. Command: `{command.strip()}`.",
        f"{args.rounds} crossings measured after {args.warmup} warm-up rounds, one at a time, {took:.0f} s in all; "
        f"reads polled every {POLL_MS} ms.",
        "",
        "| step | n | p50 ms | p90 ms | p99 ms | max ms | mean ms |",
        "|---|---|---|---|---|---|---|",
        row("consume below minimum → item on the shopping list", listed),
        row("tick purchased → stock restocked and re-armed", restocked),
        "",
        "Each figure runs from just before the first request to the poll response that showed the result: it includes",
        "the HTTP calls through the gateway, the outbox relay (Debezium binlog), Kafka, the consumer's inbox",
        "transaction, and up to one poll interval.",
    ]
    out = os.path.join(repo, "bench", "results", "pantry-loop-latency.md")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
