#!/usr/bin/env bash
# Peak heap of the full build of N articles (default 1000), measured from outside: the build runs
# with a fixed -Xmx and a GC log; the largest heap occupancy before a collection is the peak the
# build needed, and the smallest -Xmx it still passes with is its real floor.
source "$(dirname "$0")/common.sh"
N="${1:-1000}"
corpus "$OUT/corpus-$N" "$N"
echo "## Heap, full build of $N articles (G1 and Serial GC logs, -Xlog:gc)"
echo "| -Xmx | GC | result | largest heap before a GC | wall |"
echo "|---|---|---|---|---|"
for gc in UseSerialGC UseG1GC; do
  for xmx in 512m 256m 192m 128m; do
    log="$OUT/gc-$gc-$xmx.log"
    start=$(date +%s%N)
    if java -Xmx$xmx -XX:+$gc -XX:TieredStopAtLevel=1 -Xlog:gc:file="$log" -cp "$CP" org.zhedition.Main build --full \
        --root "$OUT/corpus-$N" >/dev/null 2>&1; then result=ok; else result=FAILED; fi
    wall=$(( ($(date +%s%N) - start) / 1000000 ))
    peak=$(grep -o '[0-9]*M->[0-9]*M' "$log" | cut -dM -f1 | sort -n | tail -1)
    echo "| $xmx | ${gc#Use} | $result | ${peak:-?} MB | $wall ms |"
  done
done
