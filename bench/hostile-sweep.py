#!/usr/bin/env python3
"""Malformed-request sweep over every operation the running stack documents (on demand, not part of ./mvnw verify).

Start the stack (./kajimaru up), then: python3 bench/hostile-sweep.py [http://127.0.0.1:8080]
It signs up a throwaway household, reads every service's OpenAPI document through the gateway and sends each
operation wrong types, missing and extra fields, huge and control-character strings, out-of-range dates and numbers,
broken JSON, wrong content types and bad path ids. Any answer >= 500, any error that is not problem+json, and any
body that shows a stack trace or SQL is a finding. Results: bench/results/hostile-sweep.md.
"""
import collections
import json
import os
import random
import sys
import time
import urllib.error
import urllib.request
import uuid

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")
SERVICES = ["user", "rotation", "inventory", "shopping", "notification", "weather"]
# Calls that would end the sweep's own session; everything else is fair game.
SKIP = {("POST", "/api/auth/logout"), ("DELETE", "/api/auth/sessions/{id}")}
LEAKS = ("Exception", "SQLState", "at jp.", "at org.", "java.lang", "INSERT INTO", "SELECT ", "Caused by")
RANDOM = random.Random(20261130)

BAD_STRINGS = ["", " ", "a" * 100_000, "\u0000", "\u0007\u001b[2J", "İ" * 60, "💥" * 300, "<script>alert(1)</script>",
               "' OR 1=1 --", "../../etc/passwd", "%00", "null", "NaN", "+10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
               "1e15", "2026-02-30", "25:61", "\ud800"]
BAD_NUMBERS = [-1, 0, 2 ** 63, -(2 ** 63) - 1, 1e308, -1e308, 1e-320, 0.5, 10 ** 30]
BAD_OTHER = [None, True, [], {}, [None], {"$": 1}, ["x"] * 1000]
BAD_IDS = [str(uuid.uuid4()), "abc", "-1", "0", "1e999", "%00", "%2e%2e", "a" * 5000, "00000000-0000-0000-0000-00000000000g"]


def request(method, path, body=None, content_type="application/json", token=None, raw=None):
    data = raw if raw is not None else (None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8",
                                                                                                              "surrogatepass"))
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None and content_type:
        req.add_header("Content-Type", content_type)
    req.add_header("Accept", "application/json, application/problem+json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode("utf-8", "replace")
    except Exception as e:  # a dropped connection is a finding too
        return 599, "", repr(e)


def signup():
    email = f"sweep-{uuid.uuid4().hex[:10]}@example.com"
    status, _, body = request("POST", "/api/auth/signup", {"email": email, "password": "correct horse battery staple",
                                                          "displayName": "Sweep", "householdName": "Sweep"})
    if status != 201 and status != 200:
        raise SystemExit(f"sign-up failed: {status} {body[:300]}")
    return json.loads(body)["accessToken"]


def sample(schema, docs, depth=0):
    """A valid-looking value for a schema, so that one field at a time can be broken."""
    if depth > 4 or not isinstance(schema, dict):
        return "x"
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        return sample(docs.get("components", {}).get("schemas", {}).get(name, {}), docs, depth + 1)
    t = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if t == "object" or "properties" in schema:
        return {k: sample(v, docs, depth + 1) for k, v in schema.get("properties", {}).items()}
    if t == "array":
        return [sample(schema.get("items", {}), docs, depth + 1)]
    if t == "integer":
        return 1
    if t == "number":
        return 1.5
    if t == "boolean":
        return True
    fmt = schema.get("format")
    return {"uuid": str(uuid.uuid4()), "date": "2026-12-01", "date-time": "2026-12-01T00:00:00Z", "time": "09:00:00",
            "email": "a@example.com"}.get(fmt, "x")


def variants(op, docs):
    content = (op.get("requestBody") or {}).get("content", {})
    schema = next(iter(content.values()), {}).get("schema") if content else None
    if schema is None:
        yield "no body", None, None
        yield "unexpected body", {"x": 1}, None
        return
    base = sample(schema, docs)
    yield "sample", base, None
    yield "no body", None, None
    for raw in [b"", b"{", b"null", b"[]", b"\"x\"", b"{\"a\":", "{\"\u0000\":1}".encode(), b"\xff\xfe", b"{}" * 1000]:
        yield f"raw {raw[:12]!r}", None, raw
    for ct in ["*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1"]:
        yield f"content-type {ct}", base, ct
    if isinstance(base, dict):
        yield "empty object", {}, None
        yield "extra field", {**base, "unexpected": [1, 2, 3]}, None
        for field in base:
            yield f"{field} missing", {k: v for k, v in base.items() if k != field}, None
            for bad in BAD_STRINGS + BAD_NUMBERS + BAD_OTHER:
                yield f"{field}={str(bad)[:20]!r}", {**base, field: bad}, None


def main():
    token = signup()
    started = time.time()
    statuses = collections.Counter()
    findings = []
    sent = 0
    for service in SERVICES:
        status, _, body = request("GET", f"/v3/api-docs/{service}", token=token)
        if status != 200:
            findings.append(f"OpenAPI of {service}: {status}")
            continue
        docs = json.loads(body)
        for path, ops in docs.get("paths", {}).items():
            for method, op in ops.items():
                method = method.upper()
                if (method, path) in SKIP or not isinstance(op, dict):
                    continue
                ids = BAD_IDS if "{" in path else [None]
                for bad_id in ids:
                    concrete = path
                    while "{" in concrete:
                        start, end = concrete.index("{"), concrete.index("}")
                        concrete = concrete[:start] + urllib.request.quote(bad_id, safe="%") + concrete[end + 1:]
                    for label, body_value, extra in variants(op, docs):
                        raw = extra if isinstance(extra, bytes) else None
                        ct = extra if isinstance(extra, str) else "application/json"
                        if raw is not None:
                            status, ctype, text = request(method, concrete, token=token, raw=raw)
                        else:
                            status, ctype, text = request(method, concrete, body_value, content_type=ct, token=token)
                        sent += 1
                        statuses[status] += 1
                        problem = status >= 400 and "problem+json" not in ctype
                        leak = any(marker in text for marker in LEAKS)
                        if status >= 500 or problem or leak:
                            kind = f"{status} {'leak ' if leak else ''}{ctype.split(';')[0] or 'no content type'} {method} {path}"
                            findings.append((kind, f"{status} {method} {concrete[:80]} [{label}] {ctype} {text[:160]!r}"))
                        if status == 401:
                            token = signup()
    seconds = time.time() - started
    os.makedirs("bench/results", exist_ok=True)
    with open("bench/results/hostile-sweep.md", "w", encoding="utf-8") as out:
        out.write("# Malformed-request sweep\n\n")
        out.write(f"`python3 bench/hostile-sweep.py {BASE}` against `./kajimaru up`: {sent} requests in {seconds:.0f} s.\n\n")
        out.write("| status | count |\n|---|---|\n")
        for status, count in sorted(statuses.items()):
            out.write(f"| {status} | {count} |\n")
        kinds = collections.OrderedDict()
        for kind, example in findings:
            kinds.setdefault(kind, [0, example])[0] += 1
        out.write(f"\nFindings (>= 500, errors that are not problem+json, leaked internals): {len(findings)}, "
                  f"{len(kinds)} kinds (status, content type, operation), one example each:\n\n")
        for kind, (count, example) in kinds.items():
            out.write(f"- {count} × `{kind}` — e.g. `{example[:200]}`\n")
    print(f"{sent} requests, statuses {dict(sorted(statuses.items()))}, findings {len(findings)}")
    for kind, (count, example) in kinds.items():
        print(f"  {count} x {kind}: {example[:160]}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
