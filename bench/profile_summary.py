#!/usr/bin/env python3
"""Summarizes an async-profiler collapsed-stack file (bench/out/profile-<figure>.collapsed).

Usage: bench/profile_summary.py FILE [PATTERN,PATTERN,...]
Prints the 30 frames with the most self samples, then, for every frame whose name contains one of the
patterns, the share of samples whose stack holds it (inclusive): the figures bench/README.md quotes.
"""
import collections
import sys


def main():
    path = sys.argv[1]
    patterns = sys.argv[2].split(",") if len(sys.argv) > 2 else ["dev/gatehouse"]
    total = 0
    inclusive = collections.Counter()
    self_samples = collections.Counter()
    with open(path) as lines:
        for line in lines:
            stack, _, count = line.rstrip().rpartition(" ")
            count = int(count)
            total += count
            frames = stack.split(";")
            self_samples[frames[-1]] += count
            for frame in set(frames):
                inclusive[frame] += count
    print(f"{total} samples in {path}")
    print("--- self")
    for frame, count in self_samples.most_common(30):
        print(f"{100 * count / total:5.1f}% {frame}")
    print("--- inclusive, frames matching " + ",".join(patterns))
    for frame, count in inclusive.most_common():
        if any(p in frame for p in patterns):
            print(f"{100 * count / total:5.1f}% {frame}")


if __name__ == "__main__":
    main()
