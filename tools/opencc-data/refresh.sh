#!/bin/sh
# Refreshes OpenCC's dictionaries and configurations under
# src/main/resources/org/zhedition/script/opencc/ from an OpenCC release on npm.
#
#   tools/opencc-data/refresh.sh 1.4.2
#
# Needs npm (to download the package `opencc`, which carries OpenCC's data sources) and python3
# (to run OpenCC's own scripts for the tables its build derives: the reversed variant tables and
# TSCharactersExt). Afterwards run the conformance test and review the article's diff:
#   mvn -q -o test -Dtest='OpenccConformanceTest,SimplifiedReferenceTest'
#   git diff src/main/resources/org/zhedition/script/opencc/
# then regenerate the reference output (src/test/resources/projects/deepseek/reference/regenerate.sh) with a
# matching OpenCC release.
set -eu
version=${1:?usage: refresh.sh OPENCC_VERSION (e.g. 1.4.2)}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/src/main/resources/org/zhedition/script/opencc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "opencc@$version" >/dev/null && tar xzf opencc-"$version".tgz)
pkg="$work/package"
[ -d "$pkg/data/dictionary" ] || { echo "refresh: opencc@$version has no data/dictionary/" >&2; exit 1; }

rm -rf "$out/dictionary" "$out/config"
mkdir -p "$out/dictionary" "$out/config"
# The Chinese tables (the Japanese Shinjitai ones are not used by any edition).
for f in "$pkg"/data/dictionary/*.txt; do
  case "$(basename "$f")" in JP*) continue ;; esac
  cp "$f" "$out/dictionary/"
done
# Tables OpenCC's build derives (data/dictionary/BUILD.bazel), made with OpenCC's own scripts.
scripts="$pkg/data/scripts"
python3 "$scripts/reverse.py" "$pkg/data/dictionary/HKVariants.txt" "$out/dictionary/HKVariantsRev.txt"
python3 "$scripts/reverse.py" "$pkg/data/dictionary/TWVariants.txt" "$out/dictionary/TWVariantsRev.txt"
python3 "$scripts/extract_tofu_risk.py" "$pkg/data/dictionary/TSCharacters.txt" "$out/dictionary/TSCharactersExt.txt"
# STPhrases_GeneratedFromRegionalPhrases needs a t2s converter; the engine derives it when it
# loads s2t (OpenccData), with the same rule as OpenCC's generate_st_phrases_from_regional_phrases.py.
for f in "$pkg"/data/config/*.json; do
  case "$(basename "$f")" in jp2t.json|t2jp.json|opencc_config.schema.json) continue ;; esac
  cp "$f" "$out/config/"
done
cp "$pkg/LICENSE" "$out/LICENSE"
echo "$version" > "$out/VERSION"
cat > "$out/NOTICE" <<NOTICE
The files in dictionary/ and config/ are OpenCC's conversion dictionaries and configurations,
from the npm package opencc@$version (https://www.npmjs.com/package/opencc, source
https://github.com/BYVoid/OpenCC), copyright BYVoid and the OpenCC contributors, licensed under
the Apache License 2.0 (LICENSE in this folder). dictionary/HKVariantsRev.txt,
dictionary/TWVariantsRev.txt and dictionary/TSCharactersExt.txt were generated from the package's
tables with its scripts data/scripts/reverse.py and data/scripts/extract_tofu_risk.py, as
OpenCC's own build does. No file was modified. Refresh with tools/opencc-data/refresh.sh VERSION.
NOTICE
echo "OpenCC $version data in $out"
