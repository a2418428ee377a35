#!/usr/bin/env python3
"""Replays the abuse reproductions of issue 8 against a running API and reports, for each, the status, error codes,
time and size of the answer, and the API process's peak resident memory (VmHWM) after it:

  scripts/abuse-reproductions.py http://localhost:5000/graphql <api pid>
"""
import json, sys, time, urllib.request

URL, PID = sys.argv[1], sys.argv[2]


def peak_rss_mb():
    with open(f"/proc/{PID}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return -1


def post(query):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(URL, body, {"Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            text, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        text, status = error.read(), error.code
    except Exception as error:  # a timeout or a reset is a result too
        return "-", type(error).__name__, time.perf_counter() - started, 0
    try:
        codes = sorted({e.get("extensions", {}).get("code") or "?" for e in json.loads(text).get("errors", [])})
    except ValueError:
        codes = ["not JSON"]
    return status, ",".join(codes) or "-", time.perf_counter() - started, len(text)


CASES = [
    ("5,000 fields sharing one alias (130 KB)", "{ " + " ".join(f'a: drug(name: "x{i}") {{ name }}' for i in range(5000)) + " }"),
    ("1,600 fields sharing one alias (48 KB)", "{ " + " ".join(f'a: drug(name: "x{i}") {{ name }}' for i in range(1600)) + " }"),
    ("search of 20,000 words (40 KB)", '{ search(text: "' + " ".join(["ab"] * 20000) + '") { score } }'),
    ("20,000 duplicate @include", "{ graph " + "@include(if: true) " * 20000 + "{ version } }"),
    ("263 aliased paths(maxHops: 6, first: 100)", "{ " + " ".join(
        f'p{i}: paths(from: "EGFR", to: "zongertinib", maxHops: 6, first: 100) {{ length nodes {{ key }} steps {{ relationship {{ type citations {{ value }} }} }} }}'
        for i in range(263)) + " }"),
    ("subscription", "subscription { graph { version } }"),
    ("filter of 495 or terms", "{ drugs(where: { or: [" + ", ".join(f'{{ name: {{ eq: "d{i}" }} }}' for i in range(495)) + "] }) { edges { node { key } } } }"),
]


def main():
    print(f"| reproduction | status | codes | time (s) | bytes | peak RSS after (MB) |")
    print("|---|---|---|---:|---:|---:|")
    print(f"| (idle, after start) | | | | | {peak_rss_mb():.0f} |")
    for name, query in CASES:
        status, codes, elapsed, size = post(query)
        print(f"| {name} | {status} | {codes} | {elapsed:.2f} | {size} | {peak_rss_mb():.0f} |")


if __name__ == "__main__":
    main()
