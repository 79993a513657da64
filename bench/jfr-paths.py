#!/usr/bin/env python3
"""CPU samples of a JFR recording by call path (ADR 0141), next to jfr-layers.py's layers.

Usage: jfr print --json --stack-depth 256 --events jdk.ExecutionSample rec.jfr > rec.json
       bench/jfr-paths.py rec.json                  the frames most samples pass through (inclusive share)
       bench/jfr-paths.py rec.json REGEX [DEPTH]    the samples through a frame matching REGEX, grouped by the
                                                    DEPTH frames it calls (caller > callee) below its outermost match
Record one call at a time (PipelineLoad calls=get ...) so that every sample belongs to it, e.g. on a warm server:
jcmd PID JFR.start settings=profile duration=15s filename=get.jfr while the call runs. Frames are
Class.method without the package for REGEX matching, e.g. 'CdiConstructorInjector.construct$' or 'Jpql.list$'."""
import collections
import json
import re
import sys


def stacks(path):
    for event in json.load(open(path))['recording']['events']:
        trace = event['values'].get('stackTrace')
        if trace:
            yield [f['method']['type']['name'].split('/')[-1] + '.' + f['method']['name'] for f in trace['frames']]


def main():
    all_stacks = list(stacks(sys.argv[1]))
    total = len(all_stacks)
    if len(sys.argv) < 3:
        inclusive = collections.Counter(frame for s in all_stacks for frame in set(s))
        print(f'{total} samples')
        for frame, n in inclusive.most_common(120):
            print(f'{100 * n / total:5.1f}% {n:6d} {frame}')
        return
    pattern, depth = re.compile(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1
    paths = collections.Counter()
    for s in all_stacks:
        matches = [i for i, frame in enumerate(s) if pattern.search(frame)]
        if matches:
            outermost = matches[-1]
            paths[' > '.join(reversed(s[max(0, outermost - depth):outermost])) or '(self)'] += 1
    through = sum(paths.values())
    print(f'{through} of {total} samples ({100 * through / max(1, total):.1f}%) through {sys.argv[2]}')
    for path, n in paths.most_common(40):
        print(f'{100 * n / total:5.1f}% {n:5d} {path}')


if __name__ == '__main__':
    main()
