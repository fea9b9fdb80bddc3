"""The process the crash test kills: annotates through the Store as fast as it can.

Usage: python crash_worker.py PROJECT SEED. Each store call is one transaction; the line
naming its result is printed (and flushed) only after the call returned, so every line
the parent reads is a promise that the change is in the file:

    A <annotation id>          added
    U <annotation id> <n>      note set to str(n) (n grows across runs: a clock in ns)
    D <annotation id>          deleted (tombstoned)
    L <link id>                linked
"""

from __future__ import annotations

import random
import sys
import time

from claimdesk.db import Store


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(path, create=False)
    annotator = store.ensure_annotator("Crash Worker")
    articles = [(a.id, a.length) for a in store.articles()]
    tags = [tag.id for tag in store.tags()]
    live = [a.id for a in store.annotations()]
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    while True:
        choice = rng.random()
        if choice < 0.5 or len(live) < 2:
            article_id, length = rng.choice(articles)
            start = rng.randrange(length - 1)
            end = rng.randrange(start + 1, min(length, start + 80) + 1)
            added = store.add_annotation(article_id, start, end, rng.choice(tags), annotator.id)
            live.append(added.id)
            out.write(f"A {added.id}\n")
        elif choice < 0.7:
            target, stamp = rng.choice(live), time.time_ns()
            store.update_annotation(target, note=str(stamp))
            out.write(f"U {target} {stamp}\n")
        elif choice < 0.85:
            target = live.pop(rng.randrange(len(live)))
            store.delete_annotation(target)
            out.write(f"D {target}\n")
        else:
            source, target = rng.sample(live, 2)
            link = store.add_link(source, target, "related", annotator.id)
            out.write(f"L {link.id}\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
