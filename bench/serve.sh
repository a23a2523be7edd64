#!/usr/bin/env bash
# The editor's loop in serve mode: time from saving a one-line edit of the sample article to the
# rebuilt site being served (the version the open page polls has changed). The JVM stays warm.
source "$(dirname "$0")/common.sh"
REAL="$OUT/serve"
rm -rf "$REAL"
mkdir -p "$REAL"
cp -r "$FIXTURE/content" "$ROOT/templates" "$REAL/"
ARTICLE="$REAL/content/articles/deepseek-shock.md"
LOG="$OUT/serve.log"
"${JAVA[@]}" -cp "$CP" org.zhedition.Main serve --root "$REAL" --port 0 > "$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q '^Serving' "$LOG" 2>/dev/null && break; sleep 0.1; done
URL="$(grep -o 'http://127.0.0.1:[0-9]*/' "$LOG")"
echo "## serve: save → rebuilt page served (sample article, warm JVM), $URL"
times=()
for run in $(seq 12); do
  before="$(curl -s "${URL}__preview/version")"
  start=$(date +%s%N)
  "$ROOT/bench/edit-line.sh" "$ARTICLE"
  while [[ "$(curl -s "${URL}__preview/version")" == "$before" ]]; do sleep 0.005; done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  (( run > 2 )) && times+=("$ms")   # the first two edits warm the JIT up
  sleep 0.3
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "save → served, 10 edits after 2 warm-ups: median ${sorted[5]} ms, min ${sorted[0]} ms, max ${sorted[9]} ms" \
  "(includes the watcher's 60 ms quiet period)"
