"""Which languages write a decimal comma, for every stage that reads a figure's marks.

The quantities reader and the stories' number anchors both need it: in these languages
a point before three digits groups thousands ("1.200 Menschen", "41.200 personas"),
where English would read 1.2 or 41.2.
"""

from __future__ import annotations

#: Languages that write a decimal comma and group thousands with a point (or a space).
DECIMAL_COMMA_LANGUAGES = frozenset(
    "bg ca cs da de el es et fi fr hr hu id it lt lv nb nl no pl pt ro ru sk sl sr sv tr uk vi"
    .split()
)
