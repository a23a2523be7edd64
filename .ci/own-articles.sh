#!/usr/bin/env bash
# Proves that an editor's own articles publish: on a scratch copy of the repository,
#   (a) edit a sentence of an article, then `mvn package`;
#   (b) delete every article, add a new one written from scratch, then `mvn package`;
# each must pass (unit tests included: they build fixtures under src/test/, never content/) and
# the new text must be on the pages of both editions, converted in the Simplified one.
# Called by .ci/run; runs on its own too: .ci/own-articles.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/zhedition-own-articles.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT

fail() { echo "own-articles: $*" >&2; exit 1; }

# The repository as a fresh clone would have it: tracked and new (not ignored) files, in their
# current state; no target/ and no .cache/.
copy_repository() {
  local dir="$1"
  mkdir -p "$dir"
  if git -C "$REPO" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$REPO" ls-files -z --cached --others --exclude-standard \
      | (cd "$REPO" && tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$dir"
  else
    cp -a "$REPO/." "$dir/"
    rm -rf "$dir/target" "$dir/.cache"
  fi
}

package() {
  local dir="$1" log="$1.log"
  echo "own-articles: mvn package in $dir"
  if ! (cd "$dir" && mvn -B -ntp -q package) >"$log" 2>&1; then
    cat "$log" >&2
    fail "mvn package failed in $dir"
  fi
}

# has FILE TEXT: FILE exists and contains TEXT.
has() {
  [[ -f "$1" ]] || fail "no page $1"
  grep -qF -- "$2" "$1" || fail "'$2' is not on ${1#"$SCRATCH"/}"
}

# ---- (a) Edit a sentence of an article ------------------------------------------------------
A="$SCRATCH/edit"
copy_repository "$A"
article="$(find "$A/content/articles" -maxdepth 1 -name '*.md' | sort | head -1)"
[[ -n "$article" ]] || fail "content/articles/ has no article to edit"
slug="$(basename "$article" .md)"
for page in "$A/site/zh-Hant/$slug.html" "$A/site/zh-Hans/$slug.html"; do
  if [[ -f "$page" ]] && grep -qE '讚揚|赞扬' "$page"; then
    fail "${page#"$A"/} already says 讚揚/赞扬 before the edit: the check would prove nothing"
  fi
done
if grep -qF '又稱讚' "$article"; then
  # The sentence a new user changed (稱讚 → 讚揚) in the sample article's body.
  sed -i '0,/又稱讚/s//又讚揚/' "$article"
else
  # Any other article: its last paragraph gets a sentence more.
  printf '這一段由持續整合加上一句讚揚。\n' >> "$article"
fi
grep -qF '讚揚' "$article" || fail "the edit did not change $article"
package "$A"
has "$A/site/zh-Hant/$slug.html" "讚揚"
has "$A/site/zh-Hans/$slug.html" "赞扬"
echo "own-articles: (a) the edited sentence is on content/articles/$slug.md's pages: 讚揚 (zh-Hant), 赞扬 (zh-Hans)"

# ---- (b) Replace every article with a new one written from scratch --------------------------
B="$SCRATCH/replace"
copy_repository "$B"
old=()
for f in "$B"/content/articles/*.md; do
  [[ -e "$f" ]] && old+=("$(basename "$f" .md)")
done
rm -f "$B"/content/articles/*.md
cat > "$B/content/articles/star-ferry.md" <<'ARTICLE'
---
title: 天星小輪：維多利亞港上的百年渡輪
standfirst: 一條渡輪航線陪伴香港走過一個多世紀，乘客與船員講述海港的變遷。
script: zh-Hant
date: 2026-11-30
source:
  publication: 海港週報
  author: 本報記者
credits: 原文刊於海港週報，經作者同意轉載。
description: 天星小輪來往尖沙咀與中環超過一百年，船員和乘客談海港的變化。
keywords: [天星小輪, 維多利亞港, 渡輪]
---

清晨六點半，尖沙咀碼頭的閘門拉開，第一班渡輪響起汽笛。船上的乘客大多是上班族，有人讀報紙，有人望向對岸的高樓。

天星小輪的歷史可以追溯到十九世紀末。當年的創辦人用蒸汽船接載乘客往返九龍與港島。一百多年來，船身換過幾次，但綠白兩色始終沒有改變。

## 海港變窄了

在船上工作了三十年的水手陳先生說，填海工程令海港越來越窄，航程也越來越短。「從前要十分鐘，現在七八分鐘就到。」

不過，他認為渡輪不會被鐵路取代。「坐船看風景，是另一種節奏。遊客喜歡，老街坊也喜歡。」
ARTICLE
package "$B"
has "$B/site/zh-Hant/star-ferry.html" "天星小輪：維多利亞港上的百年渡輪"
has "$B/site/zh-Hant/star-ferry.html" "尖沙咀碼頭的閘門拉開"
has "$B/site/zh-Hant/star-ferry.html" "填海工程令海港越來越窄"
has "$B/site/zh-Hans/star-ferry.html" "天星小轮：维多利亚港上的百年渡轮"
has "$B/site/zh-Hans/star-ferry.html" "尖沙咀码头的闸门拉开"
has "$B/site/zh-Hans/star-ferry.html" "填海工程令海港越来越窄"
has "$B/site/parallel/star-ferry.html" "船身换过几次"
has "$B/site/zh-Hant/star-ferry.html" "2026年11月30日"
has "$B/site/zh-Hans/star-ferry.html" "原文刊于海港周报"
has "$B/site/index.html" "天星小輪"
for s in "${old[@]}"; do
  for e in zh-Hant zh-Hans parallel; do
    [[ ! -e "$B/site/$e/$s.html" ]] || fail "the deleted article $s still has a page: site/$e/$s.html"
  done
done
echo "own-articles: (b) a new article replaced ${old[*]:-nothing}: its text is on its pages in both scripts"
