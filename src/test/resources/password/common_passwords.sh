#!/bin/sh
# Rebuilds src/main/resources/password/common-passwords.txt.gz (see NOTICE-common-passwords.txt there):
# the union, lowercased and deduplicated, of
#   - Django's list (python3-django 3.2.25 from Debian bookworm, django/contrib/auth/common-passwords.txt.gz)
#   - zxcvbn's password frequency list (Maven Central com.nulab-inc:zxcvbn:1.9.0,
#     com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt)
set -eu
out=${1:-src/main/resources/password/common-passwords.txt.gz}
jar=$(mvn -q dependency:get -Dartifact=com.nulab-inc:zxcvbn:1.9.0 >/dev/null && echo ~/.m2/repository/com/nulab-inc/zxcvbn/1.9.0/zxcvbn-1.9.0.jar)
{ zcat /usr/lib/python3/dist-packages/django/contrib/auth/common-passwords.txt.gz; echo
  unzip -p "$jar" com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt; echo; } \
  | tr -d '\r' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | tr '[:upper:]' '[:lower:]' \
  | grep -v '^$' | LC_ALL=C sort -u | gzip -9n > "$out"
zcat "$out" | wc -l
