#!/usr/bin/env bash
# The weight of each edition page: the HTML plus every stylesheet and script it links
# (uncompressed), against a budget of 60 KB (61,440 bytes). Reads site/ as the last build left it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SITE="${1:-$ROOT/site}"
BUDGET=61440
status=0
printf '| page | HTML | CSS | JS | total | budget 60 KB |\n|---|---:|---:|---:|---:|---|\n'
for page in "$SITE"/zh-Hant/*.html "$SITE"/zh-Hans/*.html "$SITE"/parallel/*.html "$SITE"/index.html; do
  [[ -f "$page" ]] || continue
  dir="$(dirname "$page")"
  html=$(wc -c < "$page")
  css=0; js=0
  for href in $(grep -o '<link rel="stylesheet" href="[^"]*"' "$page" | sed 's/.*href="//; s/"$//'); do
    css=$((css + $(wc -c < "$dir/$href")))
  done
  for src in $(grep -o '<script src="[^"]*"' "$page" | sed 's/.*src="//; s/"$//'); do
    js=$((js + $(wc -c < "$dir/$src")))
  done
  total=$((html + css + js))
  verdict="ok ($((100 * total / BUDGET)) %)"
  if (( total > BUDGET )); then verdict="OVER by $((total - BUDGET)) B"; status=1; fi
  printf '| %s | %d | %d | %d | %d | %s |\n' "${page#"$SITE"/}" "$html" "$css" "$js" "$total" "$verdict"
done
exit $status
