#!/usr/bin/env bash
# The conversion stage against the C++ OpenCC: Traditional → Simplified of the sample article (the test fixture)
# ×1000, as whole processes (JVM start and dictionary loading included, as for opencc).
source "$(dirname "$0")/common.sh"
TIMES="${1:-1000}"
IN="$OUT/t2s-input-$TIMES.txt"
: > "$IN"
for _ in $(seq "$TIMES"); do cat "$FIXTURE/content/articles/deepseek-shock.md" >> "$IN"; done
echo "## Conversion zh-Hant → zh-Hans, $(du -m "$IN" | cut -f1) MB ($(wc -c < "$IN") bytes): zhedition convert vs opencc"
hyperfine --warmup 1 --runs 5 --export-markdown "$OUT/opencc-$TIMES.md" \
  -n "zhedition convert --to zh-Hans" "${JAVA[*]} -cp $CP org.zhedition.Main convert --to zh-Hans --root $FIXTURE < $IN > $OUT/t2s-zhedition.txt" \
  -n "opencc -c t2s.json" "opencc -c t2s.json -i $IN -o $OUT/t2s-opencc.txt"
echo
echo "zhedition: $(cpu_and_rss bash -c "exec ${JAVA[*]} -cp $CP org.zhedition.Main convert --to zh-Hans --root $FIXTURE < $IN")"
echo "opencc:    $(cpu_and_rss opencc -c t2s.json -i "$IN" -o "$OUT/t2s-opencc.txt")"
echo "lines that differ (the editor's rules and mainland quotation marks apply in zhedition only):" \
  "$(diff "$OUT/t2s-zhedition.txt" "$OUT/t2s-opencc.txt" | grep -c '^<' || true) of $(wc -l < "$IN")"
