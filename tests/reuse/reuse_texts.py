"""Hand-written articles for the reuse tests (a fictional harbour strike).

Every text here was written for these tests: an original wire story, a verbatim copy
with boilerplate, a partial copy, a hand-spun copy, a German translation, a reordered
and truncated copy, and two independent reports of the same event.
"""

from __future__ import annotations

from datetime import datetime, timezone

from copydesk.records import Article, content_id

ORIGINAL = """Dock workers at the port of Kessler Bay walked off the job on Tuesday, halting \
the loading of more than 40 container ships and stranding cargo worth an estimated \
310 million dollars.

The strike was called by the Harbour Workers Union after talks with Delvane Shipping \
collapsed late on Monday. Union leader Marta Okonjo said the company had refused to \
discuss night-shift safety rules that were promised two years ago.

"We have waited long enough for the promises to be kept," Okonjo told reporters outside \
the main gate. She said about 4,200 members would stay away until the company returned \
to the table.

Delvane Shipping said in a statement that it regretted the walkout and that its offer of \
a 6 percent pay rise remained open. The company argued that the new safety rules were \
already being tested at two of its terminals.

Port officials warned that the backlog could take weeks to clear. Several retailers said \
they expected delays to deliveries of furniture and electronics before the holiday season.

The regional transport minister, Pavel Lindqvist, urged both sides to accept mediation \
and said the government was ready to appoint an independent arbiter within days."""

BOILERPLATE_HEAD = "Harbour Herald | Local news you can trust\n\n"
BOILERPLATE_TAIL = (
    "\n\nSubscribe to our newsletter for the latest updates. Follow us on social media. "
    "© 2026 Harbour Herald. All rights reserved."
)

PARTIAL = """City council members in Amberford met on Wednesday to discuss the budget for \
the new tram line, which has been delayed by two years and now costs far more than \
planned. Councillors argued for hours about whether to borrow more money or to cut \
the number of stops along the eastern route.

Meanwhile, a dispute on the coast is affecting local shops. The strike was called by the \
Harbour Workers Union after talks with Delvane Shipping collapsed late on Monday. Union \
leader Marta Okonjo said the company had refused to discuss night-shift safety rules \
that were promised two years ago.

Port officials warned that the backlog could take weeks to clear. Several retailers said \
they expected delays to deliveries of furniture and electronics before the holiday season.

Back in Amberford, the mayor said a final decision on the tram would be taken at the next \
council session in March, after engineers present a revised timetable and a cheaper \
design for the bridge over the river."""

SPUN = """Dock labourers at the harbour of Kessler Bay strolled off the occupation on \
Tuesday, stopping the loading of more than 40 container vessels and marooning freight \
worth an approximated 310 million dollars.

The walkout was summoned by the Harbour Workers Union after negotiations with Delvane \
Shipping crumbled late on Monday. Union chief Marta Okonjo stated the firm had declined \
to talk about night-shift security regulations that were vowed two years ago.

"We have waited long enough for the promises to be kept," Okonjo informed journalists \
outside the principal gate. She stated about 4,200 members would remain away until the \
firm came back to the table.

Delvane Shipping stated in a declaration that it lamented the walkout and that its \
proposal of a 6 percent wage increase stayed open. The firm contended that the fresh \
security regulations were previously being trialled at two of its terminals.

Harbour authorities cautioned that the backlog could take weeks to clear. Numerous \
merchants stated they anticipated holdups to shipments of furnishings and electronics \
before the vacation season.

The regional transportation clergyman, Pavel Lindqvist, encouraged both sides to \
welcome arbitration and stated the administration was prepared to designate an \
autonomous arbiter within days."""

GERMAN = """Hafenarbeiter in Kessler Bay haben am Dienstag die Arbeit niedergelegt und damit \
das Beladen von mehr als 40 Containerschiffen gestoppt. Fracht im geschätzten Wert von \
310 Millionen Dollar sitzt fest.

Die Harbour Workers Union rief zum Streik auf, nachdem die Gespräche mit Delvane Shipping \
am späten Montag gescheitert waren. Gewerkschaftschefin Marta Okonjo sagte, das \
Unternehmen habe sich geweigert, über Sicherheitsregeln für die Nachtschicht zu sprechen, \
die vor zwei Jahren versprochen worden seien.

„Wir haben lange genug darauf gewartet, dass die Versprechen gehalten werden“, sagte \
Okonjo vor dem Haupttor. Etwa 4.200 Mitglieder würden fernbleiben, bis Delvane an den \
Verhandlungstisch zurückkehre.

Delvane Shipping erklärte, man bedauere den Ausstand; das Angebot einer Lohnerhöhung um \
6 Prozent gelte weiterhin. Die neuen Regeln würden bereits an zwei Terminals erprobt.

Hafenbeamte warnten, der Rückstau könne Wochen dauern. Mehrere Händler rechnen mit \
Verzögerungen bei Möbeln und Elektronik vor der Feiertagssaison.

Der regionale Verkehrsminister Pavel Lindqvist forderte beide Seiten auf, eine Schlichtung \
anzunehmen. Die Regierung sei bereit, innerhalb weniger Tage einen unabhängigen \
Schlichter zu ernennen."""

REORDERED_TRUNCATED = """The regional transport minister, Pavel Lindqvist, urged both sides to \
accept mediation and said the government was ready to appoint an independent arbiter \
within days.

Dock workers at the port of Kessler Bay walked off the job on Tuesday, halting the loading \
of more than 40 container ships and stranding cargo worth an estimated 310 million dollars.

The strike was called by the Harbour Workers Union after talks with Delvane Shipping \
collapsed late on Monday. Union leader Marta Okonjo said the company had refused to \
discuss night-shift safety rules that were promised two years ago."""

INDEPENDENT_1 = """Thousands of harbour staff in Kessler Bay stayed home on Tuesday as a \
dispute over working conditions at Delvane Shipping escalated into a full strike. \
Ships queued in the bay while cranes stood idle along the quays.

Marta Okonjo, who leads the Harbour Workers Union, accused the operator of ignoring \
safety commitments for night work. "We have waited long enough for the promises to be \
kept," Okonjo told reporters outside the main gate.

Delvane has offered a pay increase but insists that its pilot safety scheme answers the \
union's complaints. Shop owners in the region fear empty shelves in December, and \
economists put the cost of each lost day at several million dollars.

Transport minister Pavel Lindqvist called for mediation and hinted that the government \
could name an arbiter this week."""

INDEPENDENT_2 = """Cranes fell silent in Kessler Bay on Tuesday. About four thousand members \
of the Harbour Workers Union refused to start their shifts after a breakdown in \
negotiations with the shipping group Delvane, which operates most of the terminals.

The union wants night-shift safety rules that it says were agreed in principle long ago. \
Its leader, Marta Okonjo, spoke to a crowd of strikers and journalists at the gate. \
"We have waited long enough for the promises to be kept," she said.

Delvane says a 6 percent raise is still on offer. Retail groups warn that furniture and \
electronics could arrive late for the holidays, while the regional government, through \
minister Pavel Lindqvist, offered to provide a mediator."""

#: Two independent reports of one news conference: they share the minister's two quotes
#: and her figures, in sentences of their own.
PRESS_1 = """The Health Secretary has promised that no patient in Norland will wait longer than a \
year for planned surgery by the end of next March, as she set out a plan to use spare \
capacity in private hospitals and open twelve new surgical hubs.

Speaking at a press conference in Caldmoor on Thursday morning, Irene Vasquez said the \
waiting list had fallen for four months in a row but remained "far too long for far \
too many people". About 7.4 million treatments are currently outstanding, according to \
the latest health service figures.

"Every week someone waits in pain is a week we have failed them, and I will not accept \
that as normal," Ms Vasquez told reporters. She said the new hubs, mostly in converted \
outpatient wings, would carry out hip and knee replacements, cataract operations and \
hernia repairs.

The plan will cost €1.3 billion over two years, drawn from the health service's \
existing budget. Hospital trusts will be given bonuses for hitting monthly targets, \
and patients who have waited more than 40 weeks will be offered the option of \
travelling to another region for faster treatment.

The opposition's shadow health secretary said the government had "discovered urgency \
only after years of drift". The College of Surgeons cautiously welcomed the \
announcement but said the hubs would need hundreds of extra anaesthetists and theatre \
nurses, who are already in short supply.

Asked whether the target was realistic, Ms Vasquez said: "We have the buildings, we \
have the money, and now we have the plan. What we need is for everyone in the system \
to pull in the same direction." She said progress would be published every month."""

PRESS_2 = """Private hospitals will be paid to treat thousands of health service patients and a \
dozen new operating centres will open across Norland, under a scheme unveiled on \
Thursday to clear the backlog of routine surgery.

Irene Vasquez, the Health Secretary, told a Caldmoor briefing that the government \
aimed to eliminate waits of more than 52 weeks by March. Her department said that 7.4 \
million procedures were still waiting to be carried out, although the figure has been \
falling since the winter.

"Every week someone waits in pain is a week we have failed them, and I will not accept \
that as normal," she said, flanked by the chief executive of health service Norland \
and two consultant surgeons from Ostberg.

Doctors' leaders gave the announcement a mixed reception. The Medical Association said \
it would do little to solve the shortage of staff, while the Harland Institute, a \
health think tank, said similar targets had been set and missed twice in the past \
decade.

Most of the €1.3 billion cost will come from reprioritising existing budgets rather \
than new finance ministry money. Patients waiting longer than 40 weeks will be able to \
choose treatment in a different part of the country, with travel costs covered for \
those on low incomes.

Pressed on whether she would resign if the goal was missed, the minister declined to \
answer directly. "We have the buildings, we have the money, and now we have the plan. \
What we need is for everyone in the system to pull in the same direction," she said."""

#: Two fires on one evening told in the same stock phrases, with their own names.
FIRE_1 = """Firefighters were called to a large fire at a timber workshop in Harwick on Friday \
evening, and people living nearby were told to keep their windows and doors closed \
because of the smoke.

Norland Fire and Rescue Service said it received the first call at 6.40pm to a \
workshop on Mill Lane used by a furniture maker. Eight fire engines and an aerial \
ladder platform attended, and around 50 firefighters worked through the night to bring \
the fire under control.

Station manager Colin Pryce said the building had been well alight when the first \
crews arrived. "Our priority was to stop the fire spreading to the houses behind the \
yard, and we managed to do that," he said.

Nobody was hurt. Staff had gone home at 5pm, and a neighbour who saw smoke raised the \
alarm. Several roads around the mill were closed overnight.

The cause of the fire is not yet known. An investigation will begin once the building \
is safe, the fire service said."""

FIRE_2 = """Firefighters were called to a large fire at a bus depot in Lennby on Friday evening, \
and residents nearby were advised to keep windows and doors shut because of the smoke.

Eastmarch Fire and Rescue Service said it was alerted at 8.15pm to a depot on Quarry \
Road used by a coach company. Seven fire engines and a hydraulic platform were sent, \
and about 45 firefighters spent the night fighting the flames.

Group commander Ruth Ellery said the depot was well alight when crews got there. "We \
concentrated on keeping the flames away from the fuel store, and we were able to stop \
the fire from spreading," she said.

Nobody was injured. The depot was empty at the time, and the alarm was raised by a \
passing taxi driver. Quarry Road and several side streets were closed overnight.

The cause of the fire has not yet been established. Fire investigators will examine \
the site once it is safe to do so, the service said."""

#: A strike report and its Spanish translation, which adds a long paragraph of background
#: for its readers (written for the tenth session's regression probe).
KELMAR = (
    'Dock workers in the port of Kelmar walked off the job on Tuesday, halting the loading '
    'of grain ships for the first time in eleven years, union leader Marta Oskarsen '
    'said.\n\nAbout 3,400 workers joined the strike after talks with the port authority '
    'over pay and night shifts broke down late on Monday, Oskarsen told reporters outside '
    'the Vessby terminal.\n\nThe port authority said 14 ships were waiting at anchor and '
    'that it had offered a raise of 4.5 percent, which the union rejected as far too '
    'low.\n\nPort director Henrik Lysgaard called the walkout irresponsible and said the '
    'authority would ask the labour court in Brannvik to order the workers back by '
    'Friday.\n\nThe union wants a raise of 9 percent and an end to compulsory night shifts '
    'at the Vessby and Tornholm terminals, Oskarsen said.\n\nGrain traders warned that a '
    'strike lasting more than a week could delay exports worth 210 million euros and push '
    'up bread prices across the region.'
)
KELMAR_ES = (
    'Los trabajadores portuarios de Kelmar abandonaron sus puestos el martes y paralizaron '
    'la carga de buques de grano por primera vez en once años, según la líder sindical '
    'Marta Oskarsen.\n\nKelmar, en la costa norte, es el principal puerto de exportación '
    'de cereales de la región y da empleo directo a unas 5.000 personas; su terminal de '
    'Vessby, inaugurada hace medio siglo, maneja más de la mitad del grano que sale del '
    'país, y los estibadores llevan años denunciando turnos nocturnos obligatorios, '
    'salarios congelados y una plantilla que no se ha renovado desde la última gran '
    'huelga, que duró casi tres semanas y obligó al gobierno a intervenir con un mediador '
    'independiente.\n\nUnos 3.400 trabajadores se sumaron a la huelga después de que las '
    'negociaciones con la autoridad portuaria sobre salarios y turnos de noche fracasaran '
    'el lunes por la noche, dijo Oskarsen a los periodistas frente a la terminal de '
    'Vessby.\n\nLa autoridad portuaria indicó que 14 barcos esperaban fondeados y que '
    'había ofrecido una subida del 4,5 por ciento, que el sindicato rechazó por '
    'considerarla demasiado baja.\n\nEl director del puerto, Henrik Lysgaard, calificó la '
    'huelga de irresponsable y dijo que la autoridad pedirá al tribunal laboral de '
    'Brannvik que ordene la vuelta al trabajo antes del viernes.\n\nEl sindicato reclama '
    'una subida del 9 por ciento y el fin de los turnos de noche obligatorios en las '
    'terminales de Vessby y Tornholm, dijo Oskarsen.\n\nLos comerciantes de grano '
    'advirtieron de que una huelga de más de una semana podría retrasar exportaciones por '
    'valor de 210 millones de euros y encarecer el pan en toda la región.'
)

TUESDAY = datetime(2026, 3, 3, 9, 0, tzinfo=timezone.utc)
WEDNESDAY = datetime(2026, 3, 4, 9, 0, tzinfo=timezone.utc)


def article(
    text: str, source: str, language: str | None = "en", published: datetime | None = None
) -> Article:
    return Article(
        id=content_id(text), source=source, text=text, language=language, published=published
    )


def corpus(with_times: bool = False) -> dict[str, Article]:
    """The test corpus by role; ``with_times`` gives the original the earliest time."""
    t0 = TUESDAY if with_times else None
    t1 = WEDNESDAY if with_times else None
    return {
        "original": article(ORIGINAL, "wire", published=t0),
        "duplicate": article(BOILERPLATE_HEAD + ORIGINAL + BOILERPLATE_TAIL, "herald",
                             published=t1),
        "partial": article(PARTIAL, "amberford", published=t1),
        "spun": article(SPUN, "spinner", published=t1),
        "german": article(GERMAN, "de-site", language="de", published=t1),
        "reordered": article(REORDERED_TRUNCATED, "aggregator", published=t1),
        "independent_1": article(INDEPENDENT_1, "gazette", published=t1),
        "independent_2": article(INDEPENDENT_2, "courier", published=t1),
    }  # fmt: skip
