"""Two events written from one template are not copies of each other.

Automated bulletins (and the generated corpus) fill one template with each event's
names and numbers: the sentences match word for word except the names, which a spinner
would never swap (it has no synonym for a name) and a copy of the same event keeps."""

from __future__ import annotations

from copydesk.records import Article, content_id
from copydesk.reuse import find_reuse
from copydesk.reuse.classify import TEMPLATE_NAME_SWAPS

TEMPLATE = (
    "The harbour authority of {town} closed the northern quay on {day} after a crane "
    "operated by {firm} collapsed onto a cargo ship. Harbour master {chief} said nobody "
    "had been hurt, but that the quay would stay shut while engineers from {firm} "
    "inspected the other cranes along the waterfront. Shipping agents in {town} said "
    "the closure would delay deliveries of grain and timber for at least a week, and "
    "some vessels had already been sent to other ports along the coast. {chief} told "
    "reporters that a full account of the collapse would be published once the "
    "inspection had ended, and that the authority would pay for the repairs itself."
)


def _article(text: str, source: str) -> Article:
    return Article(id=content_id(text, source), source=source, text=text, language="en")


def _bulletin(town: str, day: str, firm: str, chief: str) -> str:
    return TEMPLATE.format(town=town, day=day, firm=firm, chief=chief)


def test_one_template_filled_for_two_events_is_not_a_relation():
    first = _article(_bulletin("Varnholt", "Monday", "Keldrin", "Osric Pellworth"), "a")
    other = _article(_bulletin("Quessant", "Tuesday", "Marrowby", "Ilse Tornquist"), "b")
    assert TEMPLATE_NAME_SWAPS <= 4  # town, firm, first and last name of the chief
    assert find_reuse([first, other]) == []


def test_the_same_event_reworded_with_its_names_kept_is_still_related():
    text = _bulletin("Varnholt", "Monday", "Keldrin", "Osric Pellworth")
    reworded = (text.replace("collapsed onto", "fell onto").replace("nobody", "no one")
                .replace("delay deliveries", "hold up shipments").replace("full account", "report")
                .replace("grain and timber", "wheat and lumber"))
    relations = find_reuse([_article(text, "a"), _article(reworded, "b")])
    assert len(relations) == 1
    assert relations[0].type in {"spun", "partial", "duplicate"}


DATED = (
    "Crews in {town} spent the night shoring up the river wall, and the council said "
    "the footbridge would stay closed until engineers had finished their checks on "
    "{day} afternoon, when the water level is expected to have fallen back below the "
    "markers painted on the old mill. Council leader {chief} said the pumps brought in "
    "from the coast had kept the lower streets dry, and that the volunteers who filled "
    "sandbags through the night had saved the market square of {town}. Residents were asked to "
    "keep away from the embankment and to report any cracks they saw in the wall, and "
    "the council said a full survey of the river wall would begin on {day} afternoon "
    "once the engineers had signed off the footbridge."
)


def test_two_names_and_a_weekday_swapped_make_another_event():
    """One template filled for another event on another day: the town, the council
    leader and the weekday differ. A spinner has no synonym for a name, nor for Monday."""
    first = _article(DATED.format(town="Varnholt", day="Monday", chief="Osric"), "a")
    other = _article(DATED.format(town="Quessant", day="Thursday", chief="Ilse"), "b")
    assert TEMPLATE_NAME_SWAPS == 3
    assert find_reuse([first, other]) == []
    same_day = _article(DATED.format(town="Quessant", day="Monday", chief="Ilse"), "c")
    assert len(find_reuse([first, same_day])) == 1  # two name swaps alone: still related


def test_two_names_and_a_figure_changed_make_another_event() -> None:
    """An OSINT probe's generated news: "crash at Varlun Logistics … 20 hurt" and "crash
    at Fasvar Energy … 32 hurt", one short template, were typed spun (the names listed as
    swaps) or round trips; with two names swapped and a figure changed they are two
    events. A copy that updates a figure keeps its names, and a spinner keeps both."""
    brief = ("A forklift crash at the {firm} depot in {town} injured {hurt} workers on "
             "Tuesday, the company said. The {firm} depot handles about {tons} tonnes of "
             "freight a week and was closed for the rest of the day while inspectors from "
             "the regional safety office in {town} examined the vehicles. A spokesperson "
             "for {firm} said the injured were treated at the scene and that the depot "
             "would reopen in the morning once the inspection had ended.")
    first = _article(brief.format(firm="Varlun", town="Fasgri", hurt=20, tons=4232), "a")
    other = _article(brief.format(firm="Fasvar", town="Lunrin", hurt=32, tons=867), "b")
    assert find_reuse([first, other]) == []
    # the same event with its figures updated is still a copy
    update = _article(brief.format(firm="Varlun", town="Fasgri", hurt=23, tons=4232), "c")
    assert [r.type for r in find_reuse([first, update])] == ["duplicate"]
