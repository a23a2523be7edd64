#!/bin/sh
# Regenerates the reference conversions that the fixture article's Simplified edition is tested
# against (SimplifiedReferenceTest). Run from anywhere; needs Debian's `opencc` package (OpenCC
# 1.1.6 here): apt-get install opencc. Only needed when the fixture article
# (../content/articles/deepseek-shock.md) is edited on purpose; editing content/ never needs it.
#
# hk2s, not t2s: the source is a Hong Kong text. hk2s first maps Hong Kong variant forms
# (衞, 敍, 枱, 衹 …) back to OpenCC's standard forms, then runs t2s; plain t2s does not know
# those forms and would leave them, Traditional, in the Simplified edition. On the current
# article both give the same output.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
article="$here/../content/articles/deepseek-shock.md"

{ dpkg-query -W -f '${Package} ${Version}\n' opencc 2>/dev/null || opencc --version | grep -i version; } > "$here/opencc-version.txt"
opencc -c hk2s.json -i "$article" -o "$here/deepseek-shock.hk2s.md"
sha256sum < "$article" | cut -d' ' -f1 > "$here/deepseek-shock.md.sha256"
opencc -c hk2s.json -i "$here/hk-forms.txt" -o "$here/hk-forms.hk2s.txt"
echo "reference regenerated with $(cat "$here/opencc-version.txt")"
