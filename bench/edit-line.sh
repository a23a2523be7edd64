#!/usr/bin/env bash
# The one-line edit of the rebuild benchmark: puts a new number at the end of the article's last
# line, so that every run sees a changed article (and a changed page).
set -euo pipefail
sed -i -E "\$ s/(。)(〔[0-9]+〕)?\$/\1〔$(date +%s%N)〕/" "$1"
