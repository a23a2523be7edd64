#!/usr/bin/env bash
# The search index's size (search/zh-Hant.js, search/zh-Hans.js) for corpora of 1, 10, 100 and
# 1,000 articles (the fixture article under N slugs, see Corpus), raw and gzipped, per article.
# Usage: bench/search-size.sh [N…]   (BENCH_NO_COMPILE=1 to reuse target/ as it is)
source "$(dirname "$0")/common.sh"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1 10 100 1000)
printf '| articles | zh-Hant.js | gzip | zh-Hans.js | gzip | per article (zh-Hant, raw / gzip) |\n|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  dir="$OUT/search-corpus-$n"
  corpus "$dir" "$n"
  rm -rf "$dir/site"
  "${JAVA[@]}" -Dzhedition.relaunch=false -jar "$JAR" build --full --root "$dir" >/dev/null
  t="$dir/site/search/zh-Hant.js"; s="$dir/site/search/zh-Hans.js"
  tr=$(wc -c < "$t"); tg=$(gzip -9nc < "$t" | wc -c); sr=$(wc -c < "$s"); sg=$(gzip -9nc < "$s" | wc -c)
  printf '| %d | %d | %d | %d | %d | %d / %d |\n' "$n" "$tr" "$tg" "$sr" "$sg" $((tr / n)) $((tg / n))
done
