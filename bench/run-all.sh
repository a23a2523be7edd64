#!/usr/bin/env bash
# Runs every comparison in one go and prints a Markdown report (copied into BENCHMARKS.md).
source "$(dirname "$0")/common.sh"
export BENCH_NO_COMPILE=1
echo "# Machine"
machine
echo
"$ROOT/bench/hugo.sh" 1000
echo
"$ROOT/bench/opencc.sh" 1000
echo
"$ROOT/bench/rebuild.sh"
echo
"$ROOT/bench/serve.sh"
echo
"$ROOT/bench/heap.sh" 1000
echo
echo "## Edition page weight (real site)"
(cd "$ROOT" && "${JAVA[@]}" -cp "$CP" org.zhedition.Main build --root "$ROOT" >/dev/null)
"$ROOT/bench/page-size.sh" "$ROOT/site" || true
