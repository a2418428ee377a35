#!/usr/bin/env python3
"""Cost calibration: for the costliest query shapes the limits accept, prints each one's cost (validate-only) and its
median wall time over a few runs against a running API, so that Her2Graph:GraphQL:MaxCost can be set where the costliest
accepted query still answers in under a second. Run the API in Release with a cost limit and budgets it cannot reach:

  Her2Graph__GraphQL__MaxCost=100000000 Her2Graph__RateLimits__Enabled=false dotnet run -c Release --project src/Her2Graph.Api
  scripts/calibrate-cost.py http://localhost:5000/graphql
"""
import json, re, statistics, sys, time, urllib.request

URL = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:5000/graphql"
RUNS = 3

PATH_FIELDS = "length nodes { __typename key } steps { direction relationship { type qualifier status citations { value } } }"
EDGE = "edges { node { __typename key name } relationship { type qualifier status citations { value url } } }"


def aliased(count, field):
    return "{ " + " ".join(f"a{i}: " + field.replace("{F}", f"{{F-{i}}}") for i in range(count)) + " }"


def cold(query, run):
    """Each alias and run asks for a different first:, so the read cache never answers: every store call is measured cold."""
    return re.sub(r"\{F(?:-(\d+))?\}", lambda m: str(100 - 16 * run - int(m.group(1) or 0)), query)


KINDS = ["Gene", "Variant", "Drug", "Trial", "AdverseEvent", "ResistanceMechanism", "VariantClass", "Publication"]


def walk(levels, first):
    """relationships(first:) on a drug, then on every node reached (whatever its kind), levels deep."""
    inner = "key name"
    for level in range(levels):
        step = f"relationships(first: {first}) {{ edges {{ relationship {{ type qualifier citations {{ value }} }} node {{ {inner} }} }} }}"
        inner = "key name " + (step if level == levels - 1 else " ".join(f"... on {kind} {{ {step} }}" for kind in KINDS))
    return inner


WORDS = " ".join(["her2", "exon", "insertion", "tki", "adc", "trastuzumab", "deruxtecan", "pan"] * 8)  # 64 words

SHAPES = [
    # EGFR to zongertinib is the slowest pair of hubs found: ~0.75 s for one search at maxHops 6.
    ("paths maxHops 6 first 100, 1 alias", aliased(1, f'paths(from: "EGFR", to: "zongertinib", maxHops: 6, first: {{F}}) {{ {PATH_FIELDS} }}')),
    ("paths maxHops 6 first 100, 2 aliases", aliased(2, f'paths(from: "EGFR", to: "zongertinib", maxHops: 6, first: {{F}}) {{ {PATH_FIELDS} }}')),
    ("paths maxHops 5 first 100, 2 aliases", aliased(2, f'paths(from: "EGFR", to: "zongertinib", maxHops: 5, first: {{F}}) {{ {PATH_FIELDS} }}')),
    ("paths maxHops 5 first 100, 3 aliases", aliased(3, f'paths(from: "EGFR", to: "zongertinib", maxHops: 5, first: {{F}}) {{ {PATH_FIELDS} }}')),
    ("paths maxHops 4 first 100, 4 aliases", aliased(4, f'paths(from: "EGFR", to: "zongertinib", maxHops: 4, first: {{F}}) {{ {PATH_FIELDS} }}')),
    ("paths maxHops 6 first 100, 15 aliases", aliased(15, f'paths(from: "EGFR", to: "zongertinib", maxHops: 6, first: {{F}}) {{ {PATH_FIELDS} }}')),
    ("drugs(100) -> relationships(25) x1", f"{{ drugs(first: {{F}}) {{ edges {{ node {{ {walk(1, 25)} }} }} }} }}"),
    ("drugs(100) -> relationships(3) x2", f"{{ drugs(first: {{F}}) {{ edges {{ node {{ {walk(2, 3)} }} }} }} }}"),
    ("drugs(100) -> relationships(100) x2", f"{{ drugs(first: {{F}}) {{ edges {{ node {{ {walk(2, 100)} }} }} }} }}"),
    ("drugs(100) -> relationships(100) x3", f"{{ drugs(first: {{F}}) {{ edges {{ node {{ {walk(3, 100)} }} }} }} }}"),
    ("drugs(100) -> relationships(20) x3", f"{{ drugs(first: {{F}}) {{ edges {{ node {{ {walk(3, 20)} }} }} }} }}"),
    ("drugs(100) -> relationships(10) x4", f"{{ drugs(first: {{F}}) {{ edges {{ node {{ {walk(4, 10)} }} }} }} }}"),
    ("search 64 words first 100, 1 alias", aliased(1, f'search(text: "{WORDS}", first: {{F}}) {{ score node {{ __typename key name }} }}')),
    ("search 64 words first 100, 15 aliases", aliased(15, f'search(text: "{WORDS}", first: {{F}}) {{ score node {{ __typename key name }} }}')),
    ("all kinds first 100, 15 aliases", aliased(15, f"variants(first: {{F}}) {{ {EDGE.replace('relationship { type qualifier status citations { value url } }', '')} }}".replace("edges { node { __typename key name }  }", "edges { node { key name aliases citations { value } } }"))),
]


def post(query, extensions=None):
    body = json.dumps({"query": query, "extensions": extensions or {}}).encode()
    request = urllib.request.Request(URL, body, {"Content-Type": "application/json", "Accept": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        text, status = error.read(), error.code
    return status, json.loads(text), time.perf_counter() - started, len(text)


def main():
    print("| shape | cost | median time (s) | response bytes | errors |")
    print("|---|---:|---:|---:|---|")
    for name, query in SHAPES:
        _, costed, _, _ = post(cold(query, 0), {"validateOnly": True})
        cost = costed.get("extensions", {}).get("cost", {}).get("requestedQueryCost")
        times, size, codes = [], 0, set()
        for run in range(RUNS):
            status, answer, elapsed, size = post(cold(query, run + 1))
            times.append(elapsed)
            codes |= {e.get("extensions", {}).get("code") for e in answer.get("errors", [])}
            codes |= {str(status)} if status != 200 else set()
        print(f"| {name} | {cost} | {statistics.median(times):.3f} | {size} | {', '.join(sorted(c for c in codes if c)) or '-'} |")


if __name__ == "__main__":
    main()
