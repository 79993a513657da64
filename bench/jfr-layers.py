#!/usr/bin/env python3
"""CPU samples of a PipelineLoad run, per call and by layer (ADR 0131).

Usage: jfr print --json --stack-depth 96 --events jdk.ExecutionSample rec.jfr > rec.json
       bench/jfr-layers.py rec.json START WARMUP SECONDS
START is the UTC time (ISO) the first call's warm-up began; PipelineLoad runs page, get, create, kanban one
after the other, WARMUP + SECONDS each. For each call's measured window it prints the share of samples by
the layer of the leaf-most frame that belongs to a known layer (web container, CDI, EclipseLink, SQL
driver, JSON, metrics, ...) and the Tradewind methods the samples are under. Record the server with
JAVA_OPTS='-XX:StartFlightRecording=settings=profile,filename=/tmp/x.jfr' or jcmd PID JFR.start/JFR.dump."""
import json, sys, collections, datetime, re
data = json.load(open(sys.argv[1]))
start = datetime.datetime.fromisoformat(sys.argv[2].replace('Z', '+00:00'))
warm, secs = float(sys.argv[3]), float(sys.argv[4])
CATS = [
 ('jwt', r'mp\.jwt|jose4j|security\.jwt'),
 ('metrics', r'http\.monitor|smallrye\.metrics|metrics50|ProbeManager|jaxrs\.monitor|connectionpool\.monitor|request\.probe'),
 ('logging', r'ws\.logging|accesslog|AccessLog|hpel|LogRecordContext|ws\.ras|websphere\.ras'),
 ('json', r'yasson|parsson|jakarta\.json'),
 ('sql-driver', r'^org\.h2\.|mysql|mariadb'),
 ('jdbc-pool', r'rsadapter|j2c|ejs\.j2c|jca'),
 ('jpa', r'eclipse\.persistence'),
 ('tx', r'com\.ibm\.tx|ws\.tx|uow'),
 ('cdi', r'jboss\.weld|ws\.cdi'),
 ('validation', r'hibernate\.validator|jakarta\.validation'),
 ('tradewind', r'^io\.tradewind'),
 ('security', r'ws\.security|webcontainer\.security|jaspi'),
 ('resteasy', r'resteasy|ws\.jaxrs'),
 ('webcontainer', r'webcontainer|servlet'),
 ('http-channel', r'ws\.http|tcpchannel|channelfw|wsspi\.channel|bytebuffer'),
 ('jdk', r'^java\.|^jdk\.|^sun\.'),
]
CATS = [(n, re.compile(p)) for n, p in CATS]
names = ['page', 'get', 'create', 'kanban']
res = collections.defaultdict(collections.Counter); tot = collections.Counter(); twm = collections.defaultdict(collections.Counter)
for e in data['recording']['events']:
    v = e['values']
    t = datetime.datetime.fromisoformat(v['startTime'].replace('Z', '+00:00'))
    off = (t - start).total_seconds(); i = int(off // (warm + secs))
    if off < 0 or i >= 4 or off - i * (warm + secs) < warm:
        continue
    call = names[i]
    frames = v['stackTrace']['frames'] if v.get('stackTrace') else []
    full = [f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name'] for f in frames]
    tot[call] += 1
    cat = 'other'
    for fr in full:
        for n, p in CATS:
            if n == 'jdk':
                continue
            if p.search(fr):
                cat = n; break
        if cat != 'other':
            break
    if cat == 'other' and full and CATS[-1][1].search(full[0]):
        cat = 'jdk'
    res[call][cat] += 1
    # which tradewind method (outermost below the resource) is the sample under
    tw = [f for f in full if f.startswith('io.tradewind') and 'Proxy' not in f and 'Lambda' not in f]
    if tw:
        twm[call][tw[-1] if len(tw) == 1 else tw[-2] if 'Resource' in tw[-1] else tw[-1]] += 1
for c in names:
    n = tot[c]
    if not n: continue
    print(f'== {c}: {n} samples: ' + ', '.join(f'{k} {100*x/n:.0f}%' for k, x in res[c].most_common()))
    print('   under tradewind: ' + ', '.join(f'{k.replace("io.tradewind.","")} {100*x/n:.0f}%' for k, x in twm[c].most_common(8)))
