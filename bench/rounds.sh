#!/usr/bin/env bash
# Issue 18's interleaved rounds, whole processes as an editor starts them (java -jar): for each
# size, a full build with an earlier jar ("before") and with this checkout's ("final"), Hugo on
# the same Markdown, a nothing-changed build and a build after a one-line edit; then the editor's
# rebuild of content/ after a one-line edit with both jars. Wall, CPU (user + sys) and max RSS
# from /usr/bin/time; the heap from -Xlog:gc (largest before a collection / largest after one);
# the load average before each command.
#
#   BEFORE=/path/to/main/zhedition.jar bench/rounds.sh ROUNDS SIZES...    e.g. bench/rounds.sh 2 1 100 1000
#
# BEFORE_MAX=N skips the earlier jar above N articles (one that cannot build 10,000, say).
# BEFORE_TEMPLATES=DIR gives the earlier jar its own templates/ (when this checkout's templates use
# what it does not know), e.g. from `git archive <commit> templates | tar -x -C DIR`.
#
# Needs target/zhedition.jar (mvn -DskipTests -Dexec.skip=true package), the test classpath in
# target/bench/cp.txt (mvn dependency:build-classpath -Dmdep.includeScope=test
# -Dmdep.outputFile=target/bench/cp.txt), hugo and GNU time.
set -uo pipefail
W="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
P="$W/target/bench/rounds"
mkdir -p "$P"
cp "${BEFORE:?set BEFORE to the jar to compare with}" "$P/before.jar"
cp "$W/target/zhedition.jar" "$P/final.jar"
cp "$W/target/bench/cp.txt" "$P/cp.txt"
ROUNDS="${1:-2}"; shift; SIZES=("$@")
m() {  # label, cmd...  → "wall cpu rssMiB"
  local log; log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >/dev/null 2>&1 || echo "FAILED: $*" >&2
  tail -1 "$log" | awk '{printf "%.2f %.2f %.0f", $1, $2 + $3, $4 / 1024}'; rm -f "$log"  # GNU time puts a failure's status line first
}
peak() { grep -ho '[0-9]*M->[0-9]*M' "$@" 2>/dev/null | cut -dM -f1 | sort -n | tail -1; }
live() { grep -ho '[0-9]*M->[0-9]*M' "$@" 2>/dev/null | sed 's/.*->//; s/M//' | sort -n | tail -1; }
hugo_site() {
  local n="$1" dir="$P/hugo-$1"
  [[ -f "$dir/config.toml" ]] && return
  mkdir -p "$dir/content/articles" "$dir/layouts/_default"
  cp "$P/corpus-$n/content/articles/"*.md "$dir/content/articles/"
  printf 'baseURL = "https://example.org/"\nlanguageCode = "zh-Hant"\ntitle = "hugo comparison"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$dir/config.toml"
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
for n in "${SIZES[@]}"; do
  [[ -d $P/corpus-$n ]] || java -Dproject.root=$W -cp "$W/target/test-classes:$W/target/classes:$(cat $P/cp.txt)" org.zhedition.bench.BuildBenchmark --corpus $P/corpus-$n $n >/dev/null
  for v in before final; do rm -rf $P/m-$v-$n; cp -r $P/corpus-$n $P/m-$v-$n; done
  if [[ -n ${BEFORE_TEMPLATES:-} ]]; then rm -rf $P/m-before-$n/templates; cp -r "$BEFORE_TEMPLATES/templates" $P/m-before-$n/templates; fi
  hugo_site "$n"
done
# the editor's project: the real content, one article
for v in before final; do
  rm -rf $P/ed-$v; mkdir $P/ed-$v; cp -r $W/content $W/templates $P/ed-$v/
  if [[ $v == before && -n ${BEFORE_TEMPLATES:-} ]]; then rm -rf $P/ed-$v/templates; cp -r "$BEFORE_TEMPLATES/templates" $P/ed-$v/templates; fi
  java -jar $P/$v.jar build --root $P/ed-$v >/dev/null 2>&1
done
echo "| round | load (1 min) | articles | command | wall s | CPU s | max RSS MiB | heap: largest before GC / after GC, MB |"
echo "|---|---:|---:|---|---:|---:|---:|---|"
for ((r = 1; r <= ROUNDS; r++)); do
  for n in "${SIZES[@]}"; do
    for v in before final; do
      [[ $v == before && -n ${BEFORE_MAX:-} && $n -gt $BEFORE_MAX ]] && continue
      load=$(cut -d' ' -f1 /proc/loadavg); rm -f $P/gc-m-$v-$n-*.log
      read -r w c rss < <(JAVA_TOOL_OPTIONS="-Xlog:gc:file=$P/gc-m-$v-$n-%p.log" m java -jar $P/$v.jar build --full --root $P/m-$v-$n)
      echo "| $r | $load | $n | $v: build --full | $w | $c | $rss | $(peak $P/gc-m-$v-$n-*.log) / $(live $P/gc-m-$v-$n-*.log) |"
    done
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r w c rss < <(m hugo --quiet -s $P/hugo-$n -d $P/hugo-$n/public)
    echo "| $r | $load | $n | hugo | $w | $c | $rss | |"
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r w c rss < <(m java -jar $P/final.jar build --root $P/m-final-$n)
    echo "| $r | $load | $n | final: build, nothing changed | $w | $c | $rss | |"
    # one line of one article edited, then an incremental build (the cache is there from the round before, or made now)
    f=$(ls $P/m-final-$n/content/articles/*.md | head -1)
    bash $W/bench/edit-line.sh "$f"; java -jar $P/final.jar build --root $P/m-final-$n >/dev/null 2>&1  # fills the cache (not timed)
    bash $W/bench/edit-line.sh "$f"
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r w c rss < <(m java -jar $P/final.jar build --root $P/m-final-$n)
    echo "| $r | $load | $n | final: build after a one-line edit | $w | $c | $rss | |"
  done
  for v in before final; do
    bash $W/bench/edit-line.sh $P/ed-$v/content/articles/*.md
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r w c rss < <(m java -jar $P/$v.jar build --root $P/ed-$v)
    echo "| $r | $load | 1 (content/) | $v: editor's rebuild after a one-line edit | $w | $c | $rss | |"
  done
done
