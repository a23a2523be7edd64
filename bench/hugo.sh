#!/usr/bin/env bash
# The full bilingual build of N articles (default 1000) against Hugo building the same Markdown
# as a one-language site with a minimal layout. Whole processes, JVM start included.
source "$(dirname "$0")/common.sh"
N="${1:-1000}"
corpus "$OUT/corpus-$N" "$N"

HUGO="$OUT/hugo-$N"
rm -rf "$HUGO"
mkdir -p "$HUGO/content/articles" "$HUGO/layouts/_default"
cp "$OUT/corpus-$N/content/articles/"*.md "$HUGO/content/articles/"
cat > "$HUGO/config.toml" <<'TOML'
baseURL = "https://example.org/"
languageCode = "zh-Hant"
title = "hugo comparison"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
TOML
cat > "$HUGO/layouts/_default/baseof.html" <<'HTML'
<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
HTML
cat > "$HUGO/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.standfirst }}</p>{{ .Content }}</article>{{ end }}
HTML
cat > "$HUGO/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
cp "$HUGO/layouts/_default/list.html" "$HUGO/layouts/index.html"

echo "## Full build, $N articles: zhedition (2 editions + parallel pages) vs Hugo (1 language)"
hyperfine --warmup 1 --runs 5 --export-markdown "$OUT/hugo-$N.md" \
  -n "zhedition build --full ($N articles, 2 editions)" "${JAVA[*]} -cp $CP org.zhedition.Main build --full --root $OUT/corpus-$N" \
  -n "zhedition build --full, full JIT + ParallelGC" "java -XX:+UseParallelGC -cp $CP org.zhedition.Main build --full --root $OUT/corpus-$N" \
  -n "zhedition build, nothing changed (cache)" "${JAVA[*]} -cp $CP org.zhedition.Main build --root $OUT/corpus-$N" \
  -n "hugo ($N articles, 1 language)" "hugo --quiet -s $HUGO -d $HUGO/public"
echo
echo "zhedition --full: $(cpu_and_rss "${JAVA[@]}" -cp "$CP" org.zhedition.Main build --full --root "$OUT/corpus-$N")"
echo "zhedition --full, full JIT + ParallelGC: $(cpu_and_rss java -XX:+UseParallelGC -cp "$CP" org.zhedition.Main build --full --root "$OUT/corpus-$N")"
echo "hugo:             $(cpu_and_rss hugo --quiet -s "$HUGO" -d "$HUGO/public")"
echo "pages: zhedition $(find "$OUT/corpus-$N/site" -name '*.html' | wc -l), hugo $(find "$HUGO/public" -name '*.html' | wc -l)"
