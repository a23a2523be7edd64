#!/usr/bin/env bash
# The editor's rebuild: the sample project after a one-line edit of its article, as the editor
# runs it (a new JVM each time), with and without an AppCDS archive of the generator's classes.
# Works on a copy of the test fixture's content/ and of templates/ under target/bench/.
source "$(dirname "$0")/common.sh"
REAL="$OUT/real"
rm -rf "$REAL"
mkdir -p "$REAL"
cp -r "$FIXTURE/content" "$ROOT/templates" "$REAL/"
ARTICLE="$REAL/content/articles/deepseek-shock.md"
EDIT="$ROOT/bench/edit-line.sh $ARTICLE"
JSA="$OUT/zhedition.jsa"
rm -f "$JSA"
"${JAVA[@]}" -XX:ArchiveClassesAtExit="$JSA" -cp "$CP" org.zhedition.Main build --root "$REAL" >/dev/null 2>&1
"${JAVA[@]}" -cp "$CP" org.zhedition.Main build --root "$REAL" >/dev/null
# The tool as an editor runs it, choosing its own options: its archive is made by this first build.
rm -f "${JAR%.jar}.jsa"
java -jar "$JAR" build --root "$REAL" >/dev/null
echo "## Rebuild of the sample article after a one-line edit (JVM start included)"
hyperfine --warmup 2 --runs 10 --export-markdown "$OUT/rebuild.md" --prepare "$EDIT" \
  -n "java -jar target/zhedition.jar build (as shipped)" "java -jar $JAR build --root $REAL" \
  -n "java -Dzhedition.relaunch=false -jar … (one plain JVM)" "java -Dzhedition.relaunch=false -jar $JAR build --root $REAL" \
  -n "java (default JIT, G1)" "java -cp $CP org.zhedition.Main build --root $REAL" \
  -n "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "${JAVA[*]} -cp $CP org.zhedition.Main build --root $REAL" \
  -n "… + AppCDS archive (-XX:SharedArchiveFile)" "${JAVA[*]} -XX:SharedArchiveFile=$JSA -cp $CP org.zhedition.Main build --root $REAL" \
  -n "… + AppCDS, full build (--full)" "${JAVA[*]} -XX:SharedArchiveFile=$JSA -cp $CP org.zhedition.Main build --full --root $REAL"
echo
echo "stage times of one edited rebuild (ms, summed over threads):"
eval "$EDIT"
"${JAVA[@]}" -XX:SharedArchiveFile="$JSA" -cp "$CP" org.zhedition.Main build --report --root "$REAL" | grep -E '^(time|articles)'
echo "with AppCDS: $(eval "$EDIT"; cpu_and_rss "${JAVA[@]}" -XX:SharedArchiveFile="$JSA" -cp "$CP" org.zhedition.Main build --root "$REAL")"
