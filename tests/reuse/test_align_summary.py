"""Summary search: a short stretch condensing a whole text is aligned with all of it."""

from __future__ import annotations

from dataclasses import replace

from copydesk.reuse.align import align
from copydesk.reuse.alignment import AlignOptions
from copydesk.reuse.text import sentences
from copydesk.reuse.verbatim import exact_passages

REPORT = (
    "Floodwater rose through the harbour district of Kellmouth before dawn on Tuesday. "
    "Fishermen moored their trawlers upstream after the coastguard issued a warning. "
    "The bakery on Quay Street opened its ovens to shelter stranded commuters. "
    "Council engineers blamed a collapsed culvert beneath the old railway embankment. "
    "Pumps borrowed from neighbouring Dunmere worked through the afternoon. "
    "The mayor, Irena Voss, toured the flooded library and promised repairs. "
    "Schoolchildren were moved to the sports hall on Castle Hill. "
    "Insurance assessors arrived by ferry because the coastal road stayed closed. "
    "A retired lighthouse keeper recalled a similar surge in the winter of 1987. "
    "Volunteers stacked sandbags along the promenade until midnight. "
    "The brewery lost a season of barley stored in its cellars. "
    "Electricity returned to most homes once the substation dried out. "
    "Residents criticised the council for delaying culvert maintenance for years. "
    "A petition demanding an independent inquiry gathered four thousand signatures. "
    "Engineers now estimate the embankment repair will cost nine million euros. "
    "The ferry company added extra crossings while the coastal road is rebuilt. "
    "Local shops reopened on Friday with discounts for families who lost belongings. "
    "The library's rare maps were frozen to stop mould from spreading. "
    "Birdwatchers reported herons feeding in the flooded meadows behind the station. "
    "Meteorologists warned that spring tides could bring another surge next month. "
    "The regional government pledged emergency grants for damaged businesses. "
    "Kellmouth's football club postponed its derby because the pitch was waterlogged. "
    "Teachers expect the primary school to reopen after the Easter holidays. "
    "The mayor said the town would rebuild the culvert with a wider channel. "
)
FILLER = (
    "Slice the onions thinly and soften them slowly in butter over a low flame. "
    "Add a spoonful of flour, stir for a minute, then pour in the warm stock. "
    "Simmer the soup for twenty minutes while you toast thick slices of bread. "
    "Grate a generous handful of cheese over each bowl before grilling it. "
    "Serve at once with a green salad dressed with mustard and vinegar. "
    "Leftovers keep for three days in a covered dish in the refrigerator. "
)
SUMMARY = (
    "A culvert collapse under the railway embankment flooded Kellmouth's harbour "
    "district, and residents blamed the council for years of delayed maintenance. "
    "Mayor Irena Voss toured the flooded library, whose rare maps were frozen against mould. "
    "The embankment repair will cost nine million euros, and the mayor promised a "
    "wider culvert channel. "
)


def test_summary_stretch_aligns_with_the_whole_report():
    text = FILLER + SUMMARY + FILLER
    found = align(sentences(text), sentences(REPORT), verbatim=exact_passages(text, REPORT))
    assert len(found) == 1
    p = found[0]
    start = text.index(SUMMARY)
    assert abs(p.a_start - start) < 5 and abs(p.a_end - (start + len(SUMMARY.rstrip()))) < 5
    assert (p.b_start, p.b_end) == (0, len(REPORT.rstrip()))


def test_summary_search_can_be_turned_off():
    text = FILLER + SUMMARY + FILLER
    options = replace(AlignOptions(), summary_seeds=0)
    found = align(sentences(text), sentences(REPORT), options)
    assert all(p.b_end - p.b_start < 0.6 * len(REPORT) for p in found)


def test_copied_passage_is_not_taken_for_a_summary():
    copied = REPORT[REPORT.index("Residents criticised") : REPORT.index("The ferry company")]
    text = FILLER + copied + FILLER
    found = align(sentences(text), sentences(REPORT), verbatim=exact_passages(text, REPORT))
    assert len(found) == 1
    p = found[0]
    assert REPORT[p.b_start : p.b_end].strip(" .") == copied.strip(" .")
