#!/bin/sh
# Regenerates the reference conversions that the fixture article's Simplified edition is tested against
# (SimplifiedReferenceTest), with OpenCC 1.4.x, the release whose dictionaries the project ships
# (src/main/resources/org/zhedition/script/opencc/VERSION). Run from anywhere.
#
# Which OpenCC, in this order:
#   1. the C++ command line named by $OPENCC (with $OPENCC_DATA, the folder of its .json configs
#      and .ocd2 dictionaries), or one built by ../shared/tools/build-opencc.sh in
#      ${OPENCC_HOME:-$HOME/opencc-1.4.1} (bin/opencc, lib/, share/);
#   2. otherwise opencc-js 1.4.2 (pure JavaScript, the same dictionaries) through Node.js and npm,
#      fetched into a temporary folder. opencc-js leaves out OpenCC's tofu-risk table
#      (TSCharactersExt: rare characters whose Simplified form is outside common fonts, 艣 → 𫇛),
#      so with it only the article's reference is regenerated, and hk-forms.hk2s.txt (a fixed
#      sample of Hong Kong forms that needs that table) is kept.
# Debian's `opencc` package (1.1.6) is too old: its dictionaries predate the ones shipped here.
# Only needed when the fixture article (../content/articles/deepseek-shock.md) is edited on
# purpose; editing content/ never needs it.
#
# hk2s, not t2s: the source is a Hong Kong text. hk2s first maps Hong Kong variant forms
# (衞, 敍, 枱, 衹 …) back to OpenCC's standard forms, then runs t2s; plain t2s does not know
# those forms and would leave them, Traditional, in the Simplified edition.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
article="$here/../content/articles/deepseek-shock.md"
home=${OPENCC_HOME:-$HOME/opencc-1.4.1}
label=""
if [ -z "${OPENCC:-}" ] && [ -x "$home/bin/opencc" ]; then
  OPENCC="$home/bin/opencc"
  label="OpenCC 1.4.1, C++ command line built from tag ver.1.4.1 by build-opencc.sh"
  OPENCC_DATA="$home/share"
  export LD_LIBRARY_PATH="$home/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi

if [ -n "${OPENCC:-}" ]; then
  data=${OPENCC_DATA:?set OPENCC_DATA to the folder of hk2s.json and its .ocd2 dictionaries}
  reported=$("$OPENCC" --version 2>&1 | sed -n 's/.*Version: *//p')
  echo "${label:-OpenCC C++ command line $OPENCC} (reports version $reported)" > "$here/opencc-version.txt"
  "$OPENCC" -c "$data/hk2s.json" -i "$article" -o "$here/deepseek-shock.hk2s.md"
  "$OPENCC" -c "$data/hk2s.json" -i "$here/hk-forms.txt" -o "$here/hk-forms.hk2s.txt"
else
  command -v npm >/dev/null || { echo "regenerate.sh: needs OpenCC 1.4 (OPENCC=…) or Node.js with npm" >&2; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm install --silent --no-save opencc-js@1.4.2 >/dev/null)
  NODE_PATH="$work/node_modules" node -e '
    const fs = require("fs");
    const OpenCC = require("opencc-js");
    const hk2s = OpenCC.Converter({ from: "hk", to: "cn" });
    fs.writeFileSync(process.argv[2], hk2s(fs.readFileSync(process.argv[1], "utf8")));
  ' "$article" "$here/deepseek-shock.hk2s.md"
  echo "opencc-js 1.4.2 (Node.js $(node --version)); hk-forms.hk2s.txt kept" > "$here/opencc-version.txt"
fi
sha256sum < "$article" | cut -d' ' -f1 > "$here/deepseek-shock.md.sha256"
echo "reference regenerated with $(cat "$here/opencc-version.txt")"
