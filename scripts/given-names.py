#!/usr/bin/env python3
"""Writes crates/attache-text/data/given_names.tsv from the Social Security
Administration's national baby-name files (yobYYYY.txt: name,sex,count; a US
government work in the public domain, https://www.ssa.gov/oact/babynames/).

Usage: scripts/given-names.py DIR_WITH_YOB_FILES > crates/attache-text/data/given_names.tsv

Births of 1925-2005 are counted (people of an age to be in the news); a name
is kept when given at least 1,000 times, 95% or more to one sex."""

import collections
import pathlib
import sys

HEADER = """# Given names and the sex they are usually given to: the Social Security
# Administration's counts of US births, 1925-2005 (a US government work, in
# the public domain), names given at least 1,000 times, 95% or more to one sex.
# Made by scripts/given-names.py; read by src/analysis/given_names.rs."""


def main(folder: pathlib.Path) -> None:
    counts = collections.defaultdict(lambda: [0, 0])
    for year in range(1925, 2006):
        for line in (folder / f"yob{year}.txt").read_text().splitlines():
            name, sex, count = line.strip().split(",")
            counts[name.lower()][0 if sex == "F" else 1] += int(count)
    print(HEADER)
    for name, (women, men) in sorted(counts.items()):
        total = women + men
        if total >= 1000 and max(women, men) / total >= 0.95:
            print(f"{name}\t{'F' if women > men else 'M'}")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
