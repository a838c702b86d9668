#!/usr/bin/env python3
"""Scores one-actor-per-person on a TimeML set with gold people (tests/news-set/<part>/*.people.json) against
`ingest --json` output of the same articles (tests/tools/tml_to_articles.py):

  python3 tests/tools/tml_to_articles.py tests/news-set/dev > /tmp/dev.json
  dotnet run -c Release --project src/TimelineApp.Cli -- ingest --json --captured 2026-01-01T00:00:00Z /tmp/dev.json > /tmp/dev-out.json
  python3 tests/tools/alias_score.py tests/news-set/dev /tmp/dev-out.json

A person actor belongs to a gold person when its name is one of that person's written forms (a form with its
title in front counts by its name part). Reported: gold people found, of those found under two or more actors
(split), and actors whose names belong to two different gold people (wrongly merged).
"""
import collections
import glob
import json
import os
import sys


def main(gold_dir, output):
    forms = collections.defaultdict(set)  # written form -> canonical names
    for path in glob.glob(os.path.join(gold_dir, "*.people.json")):
        for p in json.load(open(path, encoding="utf-8"))["people"]:
            for f in p["forms"] + [p["name"]]:
                forms[f].add(p["name"])
    actors = [a for a in json.load(open(output, encoding="utf-8"))["actors"] if a["kind"] == "Person"]

    def owners(name):
        if name in forms and forms[name]:
            return forms[name]
        # A form with a title in front ("Speaker Woo Won-shik") names the person by its last words.
        return {c for f, cs in forms.items() if f.endswith(" " + name) and len(name.split()) >= 2 for c in cs}

    by_person = collections.defaultdict(list)
    wrong = []
    for a in actors:
        names = {n for alias in a["aliases"] + [a["name"]] if len(alias.split()) >= 2 for n in owners(alias)}
        if not names:
            names = owners(a["name"])
        if len(names) == 1:
            by_person[next(iter(names))].append(a["name"])
        elif len(names) > 1:
            wrong.append((a["name"], sorted(names)))
    split = {p: sorted(ns) for p, ns in by_person.items() if len(ns) > 1}
    gold = {c for cs in forms.values() for c in cs}
    print(f"person actors {len(actors)}; gold people {len(gold)}, found {len(by_person)}; "
          f"one actor each {len(by_person) - len(split)}/{len(by_person)}; split {len(split)}; wrongly merged {len(wrong)}")
    for p, ns in sorted(split.items()):
        print("  split", p, ns)
    for n, ps in wrong:
        print("  merged two people", n, ps)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
