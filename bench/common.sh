# Shared setup for the comparison scripts: builds the generator once and puts its classpath in
# $CP; all output goes under target/bench/. Source it from the other scripts.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/bench"
# The frozen sample project the tests build (content/ only; templates come from the repository),
# so that the figures do not change when an editor edits or replaces content/.
FIXTURE="$ROOT/src/test/resources/projects/deepseek"
mkdir -p "$OUT"
for tool in hyperfine /usr/bin/time java mvn; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is not installed (Debian: apt-get install hyperfine time)" >&2; exit 1; }
done
if [[ -z "${BENCH_NO_COMPILE:-}" ]]; then
  (cd "$ROOT" && mvn -q -DskipTests package >/dev/null \
    && mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/test-classpath.txt" >/dev/null)
fi
# The generator as it ships: one jar with its libraries inside (AppCDS archives only jars, not folders).
JAR="$ROOT/target/zhedition.jar"
CP="$JAR"
# The benchmark's corpus generator lives with the tests.
TEST_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/test-classpath.txt")"
# The JVM options the build runs with (the same as the pom's build-site execution).
JAVA=(java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)

# Writes a corpus of N articles (the fixture's one under N slugs) to DIR, unless it is there.
corpus() {
  local dir="$1" n="$2"
  if [[ ! -f "$dir/.complete-$n" ]]; then
    rm -rf "$dir"
    java -Dproject.root="$ROOT" -cp "$TEST_CP" org.zhedition.bench.BuildBenchmark --corpus "$dir" "$n"
    touch "$dir/.complete-$n"
  fi
}

# Prints "user+sys seconds, max RSS MiB" of one run of a command, from /usr/bin/time -v.
cpu_and_rss() {
  local log
  log="$(mktemp)"
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {r=$2} /Elapsed \(wall/ {w=$2}
      END {printf "wall %s, cpu %.2f s (user %.2f + sys %.2f), max RSS %.0f MiB\n", w, u+s, u, s, r/1024}' "$log"
  rm -f "$log"
}

machine() {
  echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), nproc $(nproc)"
  echo "- RAM: $(free -m | awk '/Mem:/ {printf "%.1f GiB", $2/1024}')"
  echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $(java -version 2>&1 | head -1); $(hugo version 2>/dev/null | cut -d' ' -f1-2); opencc $(dpkg-query -W -f='${Version}' opencc 2>/dev/null || echo '?') (Debian package); $(hyperfine --version)"
}
