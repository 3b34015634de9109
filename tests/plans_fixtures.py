"""A realistic workshop for the PDF tests: six participants in six scripts, a full agenda,
clustered cards, a dot vote, ratings, notes (one private) and actions.

Marker words (all caps) let tests look for one piece of text in extracted PDF text.
"""

from __future__ import annotations

from workshop_app.model import workshop as m
from workshop_app.model.pack import Capture, Exercise, Step

PRIVATE_MARKER = "ZEBRAPRIVATE"
FACILITATOR_NOTES_MARKER = "OWLNOTES"
PUBLIC_NOTE_MARKER = "PUBLICHANDOVER"
GROUP_ACTION_MARKER = "GROUPSTANDUP"
ANN_NAME = 'Ann <b>&amp; "Co"'
ANN_LITERAL = 'Print <img src="http://example.com/x.png"> & <b>this</b> literally'

ELENI, DMITRY, MINH, HANAKO, FATIMA, ANN = 1, 2, 3, 4, 5, 6

#: participant id -> name (Greek, Cyrillic, Vietnamese, Japanese, Arabic, and markup)
NAMES = {
    ELENI: "\u0395\u03bb\u03ad\u03bd\u03b7 \u03a0\u03b1\u03c0\u03b1\u03b4\u03bf\u03c0\u03bf"
           "\u03cd\u03bb\u03bf\u03c5",
    DMITRY: "\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0418\u0432\u0430\u043d\u043e\u0432",
    MINH: "Nguy\u1ec5n Th\u1ecb Minh Khai",
    HANAKO: "\u5c71\u7530 \u82b1\u5b50",
    FATIMA: "\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621",
    ANN: ANN_NAME,
}

#: participant id -> marker words of that participant's own commitments
COMMITMENT_MARKERS = {
    ELENI: ["KESTREL"],
    DMITRY: ["HERON", "SHAREDPAIR"],
    MINH: ["OSPREY"],
    HANAKO: ["PLOVER"],
    FATIMA: [],  # no recorded commitment: gets blank cards
    ANN: ["SHAREDPAIR", "LITERALMARK"],
}


def _exercise(ex_id: str, title: str, minutes: int, capture: Capture, feeds: str, **kw) -> dict:
    steps = kw.pop("steps", None) or [
        Step("Explain the task", 5, "Say what we will do."),
        Step("Work in pairs", minutes - 10, "Talk, then write one idea per card."),
        Step("Share", 5, "Each pair reads out its cards."),
    ]
    return Exercise(id=ex_id, title=title, minutes=minutes, steps=steps, capture=capture, feeds=feeds,
                    objective=kw.pop("objective", f"Objective of {title}."),
                    facilitator_notes=kw.pop("facilitator_notes",
                                             f"Keep time. {FACILITATOR_NOTES_MARKER} for {ex_id}."),
                    **kw).to_dict()


def make_workshop_data() -> m.WorkshopData:
    ws = m.Workshop(title="Bridging leadership and operations \u2014 spring offsite", id=7,
                  organisation="Nordlicht Logistics", date="2025-03-14", start_time="09:00",
                  planned_minutes=180, location="Harbour Room, Kiel", facilitator="Sam Rivera",
                  language="en")
    about = {ELENI: ("Operations lead", "Warehouse", "operations"),
             DMITRY: ("Managing director", "Board", "leadership"),
             MINH: ("Planning manager", "Planning", "management"),
             HANAKO: ("Shift supervisor", "Dispatch", "operations"),
             FATIMA: ("Customer service lead", "Service", "management"),
             ANN: ("Head of IT", "IT", "other")}
    people = [m.Participant(NAMES[pid], pid, 7, *about[pid]) for pid in NAMES]
    for i, p in enumerate(people):
        p.position = i
    agenda = [
        m.AgendaItem("Two roles, one picture", 25, 11, 7, 0, exercise_id="two-roles", pack_id="core",
                   exercise=_exercise("two-roles", "Two roles, one picture", 25, Capture(type="cards"),
                                      "none", materials=["Sticky notes", "Marker pens"]),
                   actual_seconds=28 * 60),
        m.AgendaItem("Where the gap shows", 30, 12, 7, 1, exercise_id="gap", pack_id="core",
                   exercise=_exercise("gap", "Where the gap shows", 30, Capture(type="cards"),
                                      "shared_outcomes", materials=["Sticky notes", "Flip chart"]),
                   actual_seconds=34 * 60),
        m.AgendaItem("Coffee break", 15, 13, 7, 2, kind="break", actual_seconds=12 * 60),
        m.AgendaItem("What matters most", 20, 14, 7, 3, exercise_id="dots", pack_id="core",
                   exercise=_exercise("dots", "What matters most", 20,
                                      Capture(type="dot_vote", votes_per_participant=3), "priorities",
                                      materials=["Dot stickers"]),
                   actual_seconds=18 * 60),
        m.AgendaItem("Rate our bridges", 15, 15, 7, 4, exercise_id="rate", pack_id="core",
                   exercise=_exercise("rate", "Rate our bridges", 15, Capture(
                       type="rating", criteria=["Clarity of goals", "Trust between teams", "Shared tools"],
                       scale_min=1, scale_max=5), "none")),
        m.AgendaItem("My commitments", 30, 16, 7, 5, exercise_id="commit", pack_id="core",
                   exercise=_exercise("commit", "My commitments", 30, Capture(type="actions"), "commitments",
                                      materials=["Action plan cards"]),
                   actual_seconds=31 * 60),
    ]
    notes = [
        m.Note(f"Gaps start at the handovers between shifts. {PUBLIC_NOTE_MARKER}", 1, 7, 12),
        m.Note(f"{PRIVATE_MARKER}: Dmitry looked uneasy when budgets came up; talk to him alone.", 2, 7, 12,
             private=True),
        m.Note("Energy was high; the pairs mixed well.", 3, 7, 11),
    ]
    clusters = [m.Cluster("Communication", 1, 7, 12, 0), m.Cluster("Planning", 2, 7, 12, 1)]
    cards = [
        m.Card("Priorities change without notice", 1, 7, 12, ELENI, 1, 0),
        m.Card("\u0420\u0435\u0448\u0435\u043d\u0438\u044f \u043f\u0440\u0438\u043d\u0438\u043c\u0430"
             "\u044e\u0442\u0441\u044f \u0431\u0435\u0437 \u0441\u043a\u043b\u0430\u0434\u0430",
             2, 7, 12, DMITRY, 2, 1),
        m.Card("Forecasts ignore dispatch capacity", 3, 7, 12, None, 2, 2),
        m.Card("\u73fe\u5834\u306e\u58f0\u304c\u5c4a\u304b\u306a\u3044", 4, 7, 12, HANAKO, 1, 3),
        m.Card("Nobody owns the handover checklist", 5, 7, 12, None, None, 4),
        # dot vote options: the room chose the two with the most dots
        m.Card("Weekly joint planning meeting", 6, 7, 14, None, None, 0, chosen=True),
        m.Card("Shared dashboard for goals and stock", 7, 7, 14, None, None, 1, chosen=True),
        m.Card("Job rotation between office and floor", 8, 7, 14, None, None, 2),
        m.Card("Supervisors in strategy reviews", 9, 7, 14, None, None, 3),
    ]
    votes = [m.Vote(card, count, i, 7, 14, pid) for i, (card, count, pid) in enumerate(
        ((6, 3, ELENI), (6, 2, DMITRY), (7, 2, MINH), (9, 1, HANAKO), (7, 1, ANN), (8, 1, FATIMA)), start=1)]
    ratings = [m.Rating(c, v, pid, 3 * (pid - 1) + i, 7, 15)
               for pid, values in ((ELENI, (2, 3, 1)), (DMITRY, (4, 3, 2)), (MINH, (3, 2, 2)),
                                   (HANAKO, (2, 2, 1)), (FATIMA, (3, 4, 3)), (ANN, (4, 3, 5)))
               for i, (c, v) in enumerate(zip(("Clarity of goals", "Trust between teams", "Shared tools"),
                                              values, strict=True), start=1)]
    actions = [
        m.ActionItem("Hold a weekly 20-minute stand-up with the warehouse team KESTREL", 1, 7, 16, [ELENI],
                   due="2025-04-01", measure="Fewer late picks per week", strategy="open-communication",
                   support="A meeting room on Mondays", checkin="2025-04-15", position=0),
        m.ActionItem("Spend one day a month on the dispatch floor HERON", 2, 7, 16, [DMITRY],
                     due="2025-04-30",
                   measure="Three floor visits by June", strategy="mutual-respect", checkin="2025-05-02",
                   position=1),
        m.ActionItem("Pilot a shared goals board SHAREDPAIR", 3, 7, 16, [DMITRY, ANN], due="2025-05-15",
                   measure="Board used in two weekly reviews", strategy="tools-technology",
                   support="Budget for a licence", checkin="2025-05-02", position=2),
        m.ActionItem("Ki\u1ec3m tra k\u1ebf ho\u1ea1ch v\u1edbi kho m\u1ed7i tu\u1ea7n OSPREY", 4, 7, 16,
                   [MINH],
                   due="2025-04-10", measure="S\u1ed1 l\u1ea7n thi\u1ebfu h\u00e0ng gi\u1ea3m",
                   strategy="aligned-goals", checkin="2025-04-20", position=3),
        m.ActionItem("\u6bce\u9031\u3001\u73fe\u5834\u306e\u8ab2\u984c\u3092\u4f1a\u8b70\u3067\u5171\u6709"
                   "\u3059\u308b PLOVER", 5, 7, 16, [HANAKO], due="2025-04-05",
                   measure="\u8ab2\u984c\u30ea\u30b9\u30c8\u306e\u66f4\u65b0", strategy="shared-decisions",
                   support="\u4e0a\u53f8\u306e\u652f\u63f4", checkin="2025-04-19", position=4),
        m.ActionItem(f"{ANN_LITERAL} LITERALMARK", 6, 7, 16, [ANN], due="2025-06-01",
                   measure="Tools & <reports> in use", strategy="dual-competencies", position=5),
        m.ActionItem(f"Start a monthly leadership\u2013operations stand-up {GROUP_ACTION_MARKER}", 7, 7,
                     12, [],
                   due="2025-04-30", position=6),
        m.ActionItem("Dropped idea DROPPEDMARK", 8, 7, 16, [ELENI], status="dropped", position=7),
    ]
    return m.WorkshopData(ws, people, agenda, notes, clusters, cards, votes, ratings, [], actions)
