#!/usr/bin/env bash
# gilvm -m calendar: CPython 3.8's command line (expectations printed by 3.8):
# a month or a year as text (-w -l -s -m), a year as an HTML page; -L/--locale
# is refused in one line, argument errors exit 2.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"

runs 0 -m calendar -w 3 -l 2 2024 2
is out <<'WANT'
       February 2024

Mon Tue Wed Thu Fri Sat Sun

              1   2   3   4

  5   6   7   8   9  10  11

 12  13  14  15  16  17  18

 19  20  21  22  23  24  25

 26  27  28  29

WANT
runs 0 -m calendar -m 6 -s 2 2023
is out <<'WANT'
                                                               2023

      January               February               March                 April                  May                   June
Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su
                   1         1  2  3  4  5         1  2  3  4  5                  1  2   1  2  3  4  5  6  7            1  2  3  4
 2  3  4  5  6  7  8   6  7  8  9 10 11 12   6  7  8  9 10 11 12   3  4  5  6  7  8  9   8  9 10 11 12 13 14   5  6  7  8  9 10 11
 9 10 11 12 13 14 15  13 14 15 16 17 18 19  13 14 15 16 17 18 19  10 11 12 13 14 15 16  15 16 17 18 19 20 21  12 13 14 15 16 17 18
16 17 18 19 20 21 22  20 21 22 23 24 25 26  20 21 22 23 24 25 26  17 18 19 20 21 22 23  22 23 24 25 26 27 28  19 20 21 22 23 24 25
23 24 25 26 27 28 29  27 28                 27 28 29 30 31        24 25 26 27 28 29 30  29 30 31              26 27 28 29 30
30 31

        July                 August              September              October               November              December
Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su
                1  2      1  2  3  4  5  6               1  2  3                     1         1  2  3  4  5               1  2  3
 3  4  5  6  7  8  9   7  8  9 10 11 12 13   4  5  6  7  8  9 10   2  3  4  5  6  7  8   6  7  8  9 10 11 12   4  5  6  7  8  9 10
10 11 12 13 14 15 16  14 15 16 17 18 19 20  11 12 13 14 15 16 17   9 10 11 12 13 14 15  13 14 15 16 17 18 19  11 12 13 14 15 16 17
17 18 19 20 21 22 23  21 22 23 24 25 26 27  18 19 20 21 22 23 24  16 17 18 19 20 21 22  20 21 22 23 24 25 26  18 19 20 21 22 23 24
24 25 26 27 28 29 30  28 29 30 31           25 26 27 28 29 30     23 24 25 26 27 28 29  27 28 29 30           25 26 27 28 29 30 31
31                                                                30 31
WANT
runs 0 -m calendar -t html -c my.css 2024
has out '^<link rel="stylesheet" type="text/css" href="my.css" />$'
runs 0 -m calendar -t html 2024
[ "$(md5sum < out | cut -c1-32)" = cd38d79c4ae057a62dd6491507d0347a ] || { echo "html page differs from 3.8's"; fail=1; }
runs 0 -m calendar
has out "^ +$(date +%Y)$"

runs 2 -m calendar -t html 2024 3
has err '^calendar.py: error: incorrect number of arguments$'
runs 2 -m calendar -L C
has err '^calendar.py: error: if --locale is specified --encoding is required$'
runs 1 -m calendar -L C -e utf-8 2024
is err <<'WANT'
calendar: -L/--locale is not supported (gilvm has no locale calendars)
WANT
runs 2 -m calendar 2024 x
has err "^calendar.py: error: argument month: invalid int value: 'x'\$"
exit $fail
