#!/usr/bin/env bash
# Side by side in the same rounds: for each corpus size (default 1 100 1000 10000), the jar's full
# bilingual build, the jar's build with nothing changed, and Hugo building the same Markdown as a
# one-language site (bench/hugo.sh's layout). Whole processes started as an editor starts them
# (java -jar, JVM start included); wall, CPU (user + sys) and max RSS from /usr/bin/time, the load
# average before each round. Then the largest heap before a GC of one full build per size
# (-Xlog:gc, the flags the jar picks, -Xmx2g).
#
#   bench/sizes.sh [ROUNDS] [SIZES...]      e.g. bench/sizes.sh 3 1 100 1000 10000
source "$(dirname "$0")/common.sh"
ROUNDS="${1:-3}"
shift || true
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(1 100 1000 10000)

hugo_site() {
  local n="$1" dir="$OUT/hugo-$1"
  rm -rf "$dir"
  mkdir -p "$dir/content/articles" "$dir/layouts/_default"
  cp "$OUT/corpus-$n/content/articles/"*.md "$dir/content/articles/"
  printf 'baseURL = "https://example.org/"\nlanguageCode = "zh-Hant"\ntitle = "hugo comparison"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' \
    > "$dir/config.toml"
  cat > "$dir/layouts/_default/baseof.html" <<'HTML'
<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
HTML
  cat > "$dir/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.standfirst }}</p>{{ .Content }}</article>{{ end }}
HTML
  cat > "$dir/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
  cp "$dir/layouts/_default/list.html" "$dir/layouts/index.html"
}

# "wall cpu rss" of one run.
measure() {
  local log
  log="$(mktemp)"
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >/dev/null 2>&1 || echo "FAILED: $*" >&2
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$log"
  rm -f "$log"
}

for n in "${SIZES[@]}"; do
  corpus "$OUT/corpus-$n" "$n"
  hugo_site "$n"
done
# The archive the jar makes on its first build, made before anything is measured.
java -jar "$JAR" build --full --root "$OUT/corpus-1" >/dev/null

echo "## Sizes side by side: $ROUNDS rounds, each size's three commands in turn"
echo
echo "| round | load (1 min) | articles | command | wall s | CPU s | max RSS MiB |"
echo "|---|---|---:|---|---:|---:|---:|"
for ((r = 1; r <= ROUNDS; r++)); do
  for n in "${SIZES[@]}"; do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    read -r w c m < <(measure java -jar "$JAR" build --full --root "$OUT/corpus-$n")
    echo "| $r | $load | $n | zhedition build --full | $w | $c | $m |"
    read -r w c m < <(measure java -jar "$JAR" build --root "$OUT/corpus-$n")
    echo "| $r | $load | $n | zhedition build, nothing changed | $w | $c | $m |"
    read -r w c m < <(measure hugo --quiet -s "$OUT/hugo-$n" -d "$OUT/hugo-$n/public")
    echo "| $r | $load | $n | hugo | $w | $c | $m |"
  done
done
echo
echo "## Largest heap before a GC, one full build per size (-Xmx2g, Serial GC, C1)"
echo
echo "| articles | largest heap before a GC | wall s |"
echo "|---:|---:|---:|"
for n in "${SIZES[@]}"; do
  log="$OUT/gc-sizes-$n.log"
  start=$(date +%s%N)
  "${JAVA[@]}" -Xmx2g -Xlog:gc:file="$log" -cp "$CP" org.zhedition.Main build --full --root "$OUT/corpus-$n" >/dev/null 2>&1 \
    || echo "FAILED at $n" >&2
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  peak=$(grep -o '[0-9]*M->[0-9]*M' "$log" | cut -dM -f1 | sort -n | tail -1)
  echo "| $n | ${peak:-?} MB | $(awk -v w="$wall" 'BEGIN {printf "%.1f", w / 1000}') |"
done
