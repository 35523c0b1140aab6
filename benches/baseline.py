#!/usr/bin/env python3
"""The "what a user would write instead" baseline for benches/run.sh.

Standard library only. Every request is a plain, sequential urllib GET (urllib
opens a new connection per request; that is what a typical script does).

Credentials and the base URL come from the environment, like isoreg's:
ISOREG_BASE_URL, ISOMETRIC_CLIENT_SECRET, ISOMETRIC_ACCESS_TOKEN.

Modes (output goes to stdout as JSON lines, a summary to stderr):
  list ORG [--max-pages N]        follow end_cursor through /organisations/ORG/credit_batches
  get ID...  | get --ids-file F   fetch credit batches one after the other, in order
  lineage ID                      walk parent_id up, then the split tree down, one request at a time
  serve-time ORG [--max-pages N]  one kept-alive http.client connection over every page; prints the
                                  summed request round trips (a clean measure of the server's share)
"""

import http.client
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = os.environ.get("ISOREG_BASE_URL", "").rstrip("/")
HEADERS = {
    "x-client-secret": os.environ.get("ISOMETRIC_CLIENT_SECRET", ""),
    "Authorization": "Bearer " + os.environ.get("ISOMETRIC_ACCESS_TOKEN", ""),
    "Accept": "application/json",
}
TIMEOUT = 30
NREQ = 0


def die(msg):
    print("baseline.py: " + msg, file=sys.stderr)
    sys.exit(1)


def get(path, query=None):
    """One GET, parsed as JSON."""
    global NREQ
    url = BASE + path
    if query:
        url += "?" + urllib.parse.urlencode(query)
    req = urllib.request.Request(url, headers=HEADERS)
    NREQ += 1
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        return json.loads(resp.read())


def emit(obj):
    sys.stdout.write(json.dumps(obj, separators=(",", ":")) + "\n")


def opt(args, name, default):
    if name in args:
        i = args.index(name)
        val = args[i + 1]
        del args[i : i + 2]
        return val
    return default


def cmd_list(args):
    max_pages = int(opt(args, "--max-pages", "10000"))
    (org,) = args
    after, n, total = None, 0, None
    for _ in range(max_pages):
        q = {"first": 50}
        if after:
            q["after"] = after
        page = get("/organisations/%s/credit_batches" % org, q)
        total = page.get("total_count")
        for node in page["nodes"]:
            emit(node)
            n += 1
        info = page.get("page_info") or {}
        if not info.get("has_next_page"):
            break
        after = info.get("end_cursor")
    else:
        die("stopped after %d pages (--max-pages)" % max_pages)
    print("baseline list: %d items, total_count %s, %d requests" % (n, total, NREQ), file=sys.stderr)


def cmd_get(args):
    ids_file = opt(args, "--ids-file", None)
    ids = list(args)
    if ids_file:
        with open(ids_file) as f:
            ids += [line.strip() for line in f if line.strip()]
    for i in ids:
        emit(get("/credit_batches/" + i))
    print("baseline get: %d requests" % NREQ, file=sys.stderr)


def children(b):
    return [c for c in (b.get("left_child_id"), b.get("right_child_id")) if c]


def cmd_lineage(args):
    (start,) = args
    seen = {}
    cur = get("/credit_batches/" + start)
    seen[cur["id"]] = cur
    for _ in range(10000):  # bounded walk up
        parent = cur.get("parent_id")
        if not parent:
            break
        cur = get("/credit_batches/" + parent)
        seen[cur["id"]] = cur
    # Depth-first walk down from the root, reusing what the walk up fetched.
    stack, n = [cur], 0
    while stack and n < 100000:
        b = stack.pop()
        emit(b)
        n += 1
        for c in reversed(children(b)):
            stack.append(seen[c] if c in seen else get("/credit_batches/" + c))
    print("baseline lineage: %d batches, %d requests" % (n, NREQ), file=sys.stderr)


def cmd_serve_time(args):
    max_pages = int(opt(args, "--max-pages", "10000"))
    (org,) = args
    u = urllib.parse.urlsplit(BASE)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=TIMEOUT)
    hdrs = dict(HEADERS, **{"Accept-Encoding": "identity", "Connection": "keep-alive"})
    after, pages, items, busy = None, 0, 0, 0.0
    t0 = time.perf_counter()
    for _ in range(max_pages):
        q = {"first": 50}
        if after:
            q["after"] = after
        t = time.perf_counter()
        conn.request("GET", u.path + "/organisations/%s/credit_batches?%s" % (org, urllib.parse.urlencode(q)),
                     headers=hdrs)
        resp = conn.getresponse()
        body = resp.read()
        busy += time.perf_counter() - t
        if resp.status != 200:
            die("HTTP %d" % resp.status)
        page = json.loads(body)
        pages += 1
        items += len(page["nodes"])
        info = page.get("page_info") or {}
        if not info.get("has_next_page"):
            break
        after = info.get("end_cursor")
    wall = time.perf_counter() - t0
    conn.close()
    json.dump({"pages": pages, "items": items, "round_trips_ms": round(busy * 1000, 1),
               "wall_ms": round(wall * 1000, 1)}, sys.stdout)
    sys.stdout.write("\n")


def main():
    if not BASE:
        die("set ISOREG_BASE_URL, ISOMETRIC_CLIENT_SECRET and ISOMETRIC_ACCESS_TOKEN")
    if len(sys.argv) < 2:
        die(__doc__)
    mode, args = sys.argv[1], sys.argv[2:]
    modes = {"list": cmd_list, "get": cmd_get, "lineage": cmd_lineage, "serve-time": cmd_serve_time}
    if mode not in modes:
        die("unknown mode %r" % mode)
    try:
        modes[mode](args)
    except urllib.error.HTTPError as e:
        die("%s: HTTP %d" % (e.url, e.code))
    except (urllib.error.URLError, OSError) as e:
        die(str(e))


if __name__ == "__main__":
    main()
