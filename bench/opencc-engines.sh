#!/usr/bin/env bash
# Conversion engines side by side (BENCHMARKS.md, "OpenCC engines"): the real article's body
# ×TIMES (default 1000, ≈9.2 MB), Traditional → Simplified, whole processes, CPU user+sys and
# wall from /usr/bin/time, ROUNDS rounds (default 5) with the commands interleaved (so that a
# change in the machine's load hits every command alike); prints the median and range per command.
#
#   OpenCC 1.4.1 C++  ${OPENCC_HOME:-~/opencc-1.4.1} as built by ../shared/tools/build-opencc.sh
#                     (skipped when absent); t2s and hk2s, command-line defaults
#   opencc-js 1.4.2   through Node.js (installed into target/bench/node with npm when missing)
#   OpenCC 1.1.6      Debian's `opencc` package
#   this project      the engine alone (org.zhedition.bench.OpenccFile, hk2s and t2s), and
#                     `convert --to zh-Hans` (Markdown kept verbatim, the editor's rules, inline
#                     markup, mainland quotation marks): in one JVM with the options the jar's
#                     relaunch uses (-cp, no archive), and as shipped (`java -jar`: first JVM,
#                     tuned second JVM, convert's AppCDS archive)
#
# Usage: bench/opencc-engines.sh [TIMES] [ROUNDS]
source "$(dirname "$0")/common.sh"
TIMES="${1:-1000}"
ROUNDS="${2:-5}"
IN="$OUT/body-$TIMES.md"
awk 'BEGIN {n = 0} /^---$/ && n < 2 {n++; next} n >= 2' "$ROOT/content/articles/deepseek-shock.md" > "$OUT/body.md"
: > "$IN"
for _ in $(seq "$TIMES"); do cat "$OUT/body.md" >> "$IN"; done

NODE_DIR="$OUT/node"
if command -v node >/dev/null && [[ ! -d "$NODE_DIR/node_modules/opencc-js" ]]; then
  mkdir -p "$NODE_DIR" && (cd "$NODE_DIR" && npm install --silent --no-save opencc-js@1.4.2 >/dev/null)
fi
cat > "$NODE_DIR/convert.js" <<'JS'
const fs = require('fs');
const OpenCC = require('opencc-js');
const from = { t2s: 't', hk2s: 'hk', tw2s: 'tw' }[process.argv[2]];
fs.writeFileSync(process.argv[4], OpenCC.Converter({ from, to: 'cn' })(fs.readFileSync(process.argv[3], 'utf8')));
JS

OCC="${OPENCC_HOME:-$HOME/opencc-1.4.1}"
names=() cmds=()
add() { names+=("$1"); cmds+=("$2"); }
if [[ -x "$OCC/bin/opencc" ]]; then
  add "OpenCC 1.4.1 C++ t2s" "LD_LIBRARY_PATH=$OCC/lib $OCC/bin/opencc -c $OCC/share/t2s.json -i $IN -o $OUT/e-occ141-t2s.txt"
  add "OpenCC 1.4.1 C++ hk2s" "LD_LIBRARY_PATH=$OCC/lib $OCC/bin/opencc -c $OCC/share/hk2s.json -i $IN -o $OUT/e-occ141-hk2s.txt"
fi
if [[ -d "$NODE_DIR/node_modules/opencc-js" ]]; then
  add "opencc-js 1.4.2 t2s" "NODE_PATH=$NODE_DIR/node_modules node $NODE_DIR/convert.js t2s $IN $OUT/e-js-t2s.txt"
  add "opencc-js 1.4.2 hk2s" "NODE_PATH=$NODE_DIR/node_modules node $NODE_DIR/convert.js hk2s $IN $OUT/e-js-hk2s.txt"
fi
if command -v opencc >/dev/null; then
  add "Debian OpenCC 1.1.6 t2s" "opencc -c t2s.json -i $IN -o $OUT/e-deb-t2s.txt"
  add "Debian OpenCC 1.1.6 hk2s" "opencc -c hk2s.json -i $IN -o $OUT/e-deb-hk2s.txt"
fi
add "zhedition engine t2s" "${JAVA[*]} -cp $TEST_CP org.zhedition.bench.OpenccFile t2s $IN $OUT/e-zh-t2s.txt"
add "zhedition engine hk2s" "${JAVA[*]} -cp $TEST_CP org.zhedition.bench.OpenccFile hk2s $IN $OUT/e-zh-hk2s.txt"
add "zhedition convert --to zh-Hans, one JVM (-cp)" "${JAVA[*]} -cp $CP org.zhedition.Main convert --to zh-Hans --root $ROOT < $IN > $OUT/e-zh-convert.txt"
# As shipped: the jar starts a tuned JVM that maps convert's own AppCDS archive (zhedition-convert.jsa
# beside the jar), which the first convert after the jar changed makes: one run here, before the rounds.
java -jar "$JAR" convert --to zh-Hans --root "$ROOT" < "$OUT/body.md" > /dev/null
add "zhedition convert --to zh-Hans, as shipped (java -jar)" "java -jar $JAR convert --to zh-Hans --root $ROOT < $IN > $OUT/e-zh-convert-jar.txt"

declare -A cpu wall
for _ in $(seq "$ROUNDS"); do
  for i in "${!cmds[@]}"; do
    /usr/bin/time -o "$OUT/e.time" -f "%U %S %e" bash -c "${cmds[$i]}" >/dev/null 2>&1
    cpu[$i]="${cpu[$i]:-} $(awk '{printf "%.2f", $1 + $2}' "$OUT/e.time")"
    wall[$i]="${wall[$i]:-} $(awk '{printf "%.2f", $3}' "$OUT/e.time")"
  done
done
stat() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {printf "%.2f s (%.2f–%.2f)", a[int((NR + 1) / 2)], a[1], a[NR]}'; }
echo "## Engines: $(du -m "$IN" | cut -f1) MB ($(wc -c < "$IN") bytes), Traditional → Simplified, $ROUNDS interleaved rounds"
echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | CPU user+sys, median (min–max) | wall, median (min–max) |"
echo "|---|---:|---:|"
for i in "${!cmds[@]}"; do
  echo "| ${names[$i]} | $(echo "${cpu[$i]}" | stat) | $(echo "${wall[$i]}" | stat) |"
done
echo
for pair in "occ141-t2s zh-t2s" "occ141-hk2s zh-hk2s" "js-hk2s zh-hk2s" "zh-convert zh-convert-jar"; do
  set -- $pair
  if [[ -f "$OUT/e-$1.txt" ]]; then
    if cmp -s "$OUT/e-$1.txt" "$OUT/e-$2.txt"; then echo "- $2 output is byte-identical to $1"; else echo "- $2 output differs from $1"; fi
  fi
done
