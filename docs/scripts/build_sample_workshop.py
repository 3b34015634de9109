"""Build the sample workshops in resources/: a realistic, finished workshop from the built-in pack,
one per language (``sample-workshop.json`` in English, ``sample-workshop.<language>.json``).

Run from a checkout: ``python docs/scripts/build_sample_workshop.py [--language en|de|fr|all]``.
For each language it plans and "runs" a two-hour session from that language's version of the
built-in pack (``exercises/bridging-leadership-operations[-<language>].yaml``) through the same
Store API the app uses, then exports the workshop file. The people, timings, ratings, votes and
placements are the same in every language; everything the sample says in words is in TEXTS.
A file whose content has not changed (timestamps aside) is left as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workshop_app.model import ActionItem, Card, Cluster, Note, Participant, RunState, Workshop  # noqa: E402
from workshop_app.packs.library import PackLibrary  # noqa: E402
from workshop_app.paths import DataDir  # noqa: E402
from workshop_app.resources import sample_workshop_file  # noqa: E402
from workshop_app.services.planning import break_item, custom_item, exercise_item  # noqa: E402
from workshop_app.storage import open_store  # noqa: E402

BASE_PACK = "bridging-leadership-operations"
LANGUAGES = ["en", "de", "fr"]

#: name, side, e-mail: the same people in every language (their roles and teams are in TEXTS)
PEOPLE = [
    ("Amira Haddad", "leadership", "amira.haddad@example.org"),
    ("Tomás Ortega", "operations", "tomas.ortega@example.org"),
    ("Grace Whitfield", "management", ""),
    ("Dương Minh Châu", "operations", ""),
    ("Lena Fischer", "leadership", "lena.fischer@example.org"),
    ("Kwame Mensah", "management", ""),
    ("Olga Petrova", "management", ""),
    ("Sato Yuki", "operations", ""),
]
#: the disconnect map's cards: their cluster (index into TEXTS' "clusters") and who wrote each
CARDS = [(0, 3), (0, 1), (0, None), (1, 1), (1, 3), (2, 7), (2, 6)]
#: the commitments: owners (indexes into PEOPLE), due date, theme, check-in date and with whom
COMMITMENTS = [
    ([0], "2026-11-23", "open-communication", "2026-12-14", "Tomás Ortega"),
    ([1, 3], "2027-01-15", "shared-decisions", "2026-12-18", "Amira Haddad"),
    ([4], "2026-12-01", "aligned-goals", "2026-12-10", "Kwame Mensah"),
    ([5, 7], "2027-01-31", "tools-technology", "2027-01-10", "Lena Fischer"),
    ([2], "2026-12-31", "dual-competencies", "2026-12-20", "Dương Minh Châu"),
    ([6], "2026-12-15", "mutual-respect", "", ""),
]

#: Everything the sample says in words, per language: the same keys and list lengths in every
#: language (tests/test_sample_languages.py), an empty text where English has none.
#: "people": (role, team) in PEOPLE's order; "cards" in CARDS' order; "options": the dot vote's
#: candidates; "commitments": (action, how success shows, support needed) in COMMITMENTS' order.
TEXTS: dict[str, dict] = {
    "en": {
        "title": "Leaders and operations: closing the gap",
        "organisation": "Northwind Home & Garden",
        "location": "Riverside depot, room 2",
        "people": [
            ("Managing director", "Leadership team"),
            ("Head of operations", "Operations"),
            ("Customer service manager", "Service"),
            ("Warehouse shift lead", "Logistics"),
            ("Head of marketing", "Leadership team"),
            ("Planning analyst", "Operations"),
            ("Quality manager", "Production"),
            ("Team lead, online orders", "Service"),
        ],
        "welcome": "Welcome and purpose of the session",
        "break": "Coffee",
        "traits_note": ("Leaders rated themselves high on vision and low on processes; operations the reverse. "
                        "Everyone agreed they switch hats less often than they should."),
        "clusters": ["Miscommunication", "Goals without operational input", "Growth before readiness"],
        "cards": [
            "Priorities change on Monday, the warehouse hears on Thursday",
            "Nobody knows who decides on weekend overtime",
            "Board slides say 'customer first'; targets say 'cost first'",
            "Spring promotion launched before stock was ordered",
            "Delivery promise of 24 h set without asking logistics",
            "Online orders doubled; service team the same size",
            "New store opened before staff were trained on the tills",
        ],
        "private_note": ("Tension between Lena and Tomás about the spring promotion: follow up one to one, "
                         "not in the group report."),
        "options": [
            "Weekly 30-minute ops and leadership stand-up",
            "Front-line supervisors join quarterly planning",
            "One shared board that ties goals to tasks",
            "Check capacity before any launch date is set",
            "Job shadowing: a day on the warehouse floor",
        ],
        "matrix_note": ("Quick wins: the weekly stand-up and the capacity check before launches. "
                        "Big bet: one shared board, to be scoped by Kwame and Sato."),
        "commitments": [
            ("Hold a 30-minute ops and leadership stand-up every Monday at 08:30",
             "Stand-up held 4 Mondays in a row; decisions noted on the board", "Tomás to co-chair"),
            ("Bring two front-line supervisors into the Q1 planning meeting",
             "Two supervisors attend; at least one plan change comes from them",
             "Cover for their shifts on the day"),
            ("Run every campaign date past logistics before it is announced",
             "No launch in Q1 without a signed capacity check", "A one-page capacity checklist from Kwame"),
            ("Scope one shared board that links goals to weekly tasks",
             "A pilot board used by service and logistics for four weeks", "Two hours a week of IT support"),
            ("Spend one day a month on the warehouse floor",
             "Three shadow days done and one process fix agreed", ""),
            ("Thank one person from 'the other side' by name in every team meeting",
             "Named thanks in each meeting minutes", ""),
        ],
        "closing_note": ("Bring this plan to the follow-up session: we start with what worked and what got "
                         "in the way."),
    },
    "de": {
        "title": "Führung und operatives Geschäft: die Lücke schließen",
        "organisation": "Nordwind Haus & Garten GmbH",
        "location": "Lager Mannheim-Hafen, Raum 2",
        "people": [
            ("Geschäftsführerin", "Geschäftsleitung"),
            ("Leiter Betrieb", "Betrieb"),
            ("Leiterin Kundenservice", "Kundenservice"),
            ("Schichtleitung Lager", "Logistik"),
            ("Leiterin Marketing", "Geschäftsleitung"),
            ("Planung und Analyse", "Betrieb"),
            ("Qualitätsmanagerin", "Produktion"),
            ("Teamleitung Onlinebestellungen", "Kundenservice"),
        ],
        "welcome": "Begrüßung und Ziel des Workshops",
        "break": "Kaffeepause",
        "traits_note": ("Die Geschäftsleitung sieht sich stark bei der Vision und schwach bei den Abläufen, "
                        "der Betrieb genau umgekehrt. Alle waren sich einig: Wir wechseln die Rolle seltener, "
                        "als es nötig wäre."),
        "clusters": ["Kommunikation, die nicht ankommt", "Ziele ohne Stimme aus dem Betrieb",
                     "Wachstum, bevor wir so weit sind"],
        "cards": [
            "Prioritäten ändern sich am Montag, das Lager erfährt es am Donnerstag",
            "Niemand weiß, wer über Überstunden am Wochenende entscheidet",
            "In den Folien der Geschäftsleitung steht „Kunde zuerst“, in den Zielen „Kosten zuerst“",
            "Frühjahrsaktion gestartet, bevor die Ware bestellt war",
            "Lieferung in 24 Stunden versprochen, ohne die Logistik zu fragen",
            "Doppelt so viele Onlinebestellungen, aber das Serviceteam ist nicht gewachsen",
            "Neue Filiale eröffnet, bevor das Personal an den Kassen geschult war",
        ],
        "private_note": ("Spannung zwischen Lena und Tomás wegen der Frühjahrsaktion: unter vier Augen "
                         "nachfassen, nicht im Bericht für die Gruppe."),
        "options": [
            "Wöchentliches Stand-up von Geschäftsleitung und Betrieb, 30 Minuten",
            "Schichtleitungen planen im Quartal mit",
            "Ein gemeinsames Board, das Ziele mit Aufgaben verbindet",
            "Kapazität prüfen, bevor ein Starttermin feststeht",
            "Hospitation: ein Tag mitten im Lager",
        ],
        "matrix_note": ("Schnell umsetzbar: das wöchentliche Stand-up und der Kapazitätscheck vor jedem Start. "
                        "Großer Wurf: ein gemeinsames Board; den Umfang klären Kwame und Sato."),
        "commitments": [
            ("Jeden Montag um 8:30 Uhr ein 30-minütiges Stand-up von Geschäftsleitung und Betrieb abhalten",
             "An vier Montagen in Folge stattgefunden, Entscheidungen stehen auf dem Board",
             "Tomás moderiert mit"),
            ("Zwei Schichtleitungen zur Planungsrunde für das erste Quartal holen",
             "Beide sind dabei, und mindestens eine Änderung am Plan kommt von ihnen",
             "Vertretung für ihre Schichten an diesem Tag"),
            ("Jeden Aktionstermin mit der Logistik abstimmen, bevor er angekündigt wird",
             "Im ersten Quartal kein Start ohne unterschriebenen Kapazitätscheck",
             "Eine einseitige Checkliste zur Kapazität von Kwame"),
            ("Ein gemeinsames Board entwerfen, das Ziele mit den Aufgaben der Woche verbindet",
             "Service und Logistik arbeiten vier Wochen lang mit einem Pilot-Board",
             "Zwei Stunden IT-Unterstützung pro Woche"),
            ("Einen Tag im Monat im Lager mitarbeiten",
             "Drei Hospitationstage gemacht und eine Verbesserung im Ablauf vereinbart", ""),
            ("In jeder Teambesprechung einer Person „von der anderen Seite“ namentlich danken",
             "Der Dank steht mit Namen in jedem Besprechungsprotokoll", ""),
        ],
        "closing_note": ("Bringen Sie diesen Plan zum Folgetermin mit: Wir beginnen mit dem, was gut lief, "
                         "und mit dem, was im Weg stand."),
    },
    "fr": {
        "title": "Direction et opérations : combler l’écart",
        "organisation": "Nordvent Maison & Jardin",
        "location": "Entrepôt de Lyon-Gerland, salle 2",
        "people": [
            ("Directrice générale", "Comité de direction"),
            ("Directeur des opérations", "Opérations"),
            ("Responsable du service client", "Service client"),
            ("Chef d’équipe, entrepôt", "Logistique"),
            ("Directrice marketing", "Comité de direction"),
            ("Analyste planification", "Opérations"),
            ("Responsable qualité", "Production"),
            ("Responsable d’équipe, commandes en ligne", "Service client"),
        ],
        "welcome": "Accueil et objectif de la séance",
        "break": "Pause café",
        "traits_note": ("La direction s’est bien notée sur la vision et peu sur les processus ; les opérations, "
                        "l’inverse. Tout le monde reconnaît qu’on change de casquette moins souvent qu’il "
                        "le faudrait."),
        "clusters": ["Communication défaillante", "Objectifs fixés sans l’avis des opérations",
                     "Croissance sans préparation opérationnelle"],
        "cards": [
            "Les priorités changent le lundi, l’entrepôt l’apprend le jeudi",
            "Personne ne sait qui décide des heures supplémentaires du week-end",
            "Les présentations du comité disent « le client d’abord » ; les objectifs, « les coûts d’abord »",
            "Promotion de printemps lancée avant que le stock soit commandé",
            "Livraison en 24 h promise sans consulter la logistique",
            "Deux fois plus de commandes en ligne, et une équipe service qui n’a pas grandi",
            "Nouveau magasin ouvert avant que l’équipe soit formée aux caisses",
        ],
        "private_note": ("Tension entre Lena et Tomás au sujet de la promotion de printemps : en reparler en "
                         "tête-à-tête, pas dans le rapport du groupe."),
        "options": [
            "Un point hebdomadaire de 30 minutes entre direction et opérations",
            "Les chefs d’équipe du terrain participent à la planification trimestrielle",
            "Un tableau commun qui relie les objectifs aux tâches",
            "Vérifier la capacité avant de fixer une date de lancement",
            "Vis ma vie : une journée sur le terrain à l’entrepôt",
        ],
        "matrix_note": ("Gains rapides : le point hebdomadaire et la vérification de capacité avant chaque "
                        "lancement. Pari ambitieux : un tableau commun, dont Kwame et Sato définiront le "
                        "périmètre."),
        "commitments": [
            ("Tenir chaque lundi à 8 h 30 un point de 30 minutes entre direction et opérations",
             "Point tenu quatre lundis de suite ; décisions notées sur le tableau", "Tomás coanime"),
            ("Inviter deux chefs d’équipe du terrain à la réunion de planification du premier trimestre",
             "Les deux sont présents ; au moins une modification du plan vient d’eux",
             "Un remplacement sur leurs postes ce jour-là"),
            ("Faire valider chaque date de campagne par la logistique avant de l’annoncer",
             "Aucun lancement au premier trimestre sans vérification de capacité signée",
             "Une liste de contrôle d’une page sur la capacité, préparée par Kwame"),
            ("Définir un tableau commun qui relie les objectifs aux tâches de la semaine",
             "Un tableau pilote utilisé quatre semaines par le service client et la logistique",
             "Deux heures de soutien informatique par semaine"),
            ("Passer une journée par mois sur le terrain à l’entrepôt",
             "Trois journées d’immersion faites et une amélioration de processus décidée", ""),
            ("À chaque réunion d’équipe, remercier nommément une personne « de l’autre côté »",
             "Des remerciements nominatifs dans chaque compte rendu de réunion", ""),
        ],
        "closing_note": ("Apportez ce plan à la séance de suivi : nous commencerons par ce qui a marché et "
                         "par ce qui a freiné."),
    },
}


def pack_id(language: str) -> str:
    """The built-in pack the sample in ``language`` is planned from."""
    return BASE_PACK if language == "en" else f"{BASE_PACK}-{language}"


def build(language: str, out: Path, exercises: Path = ROOT / "exercises") -> None:
    """Plan and run the sample in ``language`` from the built-in packs in ``exercises``; write it to ``out``."""
    text = TEXTS[language]
    library = PackLibrary(builtin_dir=exercises, user_dir=Path(tempfile.mkdtemp()) / "packs")
    pack = library.get(pack_id(language))
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = open_store(DataDir(Path(tmp)).ensure())
        w = store.create_workshop(Workshop(
            title=text["title"], organisation=text["organisation"],
            date="2026-11-12", start_time="09:30", planned_minutes=120, location=text["location"],
            facilitator="Priya Raman", language=language, follow_up_date="2027-01-14",
            follow_up_time="09:30"))
        people = store.add_participants(w.id, [
            Participant(name=n, role=r, team=t, side=s, email=e, workshop_id=w.id)
            for (n, s, e), (r, t) in zip(PEOPLE, text["people"], strict=True)])
        ex = pack.exercise
        agenda = store.replace_agenda(w.id, [
            custom_item(w.id, text["welcome"], 5),
            exercise_item(pack.id, ex("eight-traits-self-assessment"), w.id),
            exercise_item(pack.id, ex("disconnect-map"), w.id),
            break_item(w.id, text["break"], 10),
            exercise_item(pack.id, ex("priority-dot-vote"), w.id),
            exercise_item(pack.id, ex("effort-impact-matrix"), w.id),
            exercise_item(pack.id, ex("my-commitments"), w.id),
        ])
        welcome, traits, gaps, coffee, vote, matrix, commit = agenda
        actual = [6, 17, 29, 12, 19, 18, 27]
        for item, minutes in zip(agenda, actual, strict=True):
            item.actual_seconds = minutes * 60
            store.update_agenda_item(item)

        # Self-assessment: each person rates the eight traits.
        criteria = ex("eight-traits-self-assessment").capture.criteria
        pattern = [4, 3, 4, 5, 3, 4, 3, 3]
        for i, person in enumerate(people):
            for j, criterion in enumerate(criteria):
                value = max(1, min(5, pattern[j] + ((i + j) % 3) - 1 - (1 if person.side == "leadership" and j >= 4 else 0)))
                store.set_rating(traits.id, person.id, criterion, value)
        store.save_note(Note(workshop_id=w.id, agenda_item_id=traits.id, text=text["traits_note"]))

        # Disconnect map: cards in three clusters.
        clusters = [store.add_cluster(Cluster(name=name, workshop_id=w.id, agenda_item_id=gaps.id, position=i))
                    for i, name in enumerate(text["clusters"])]
        for pos, ((cluster, who), card) in enumerate(zip(CARDS, text["cards"], strict=True)):
            store.add_card(Card(text=card, workshop_id=w.id, agenda_item_id=gaps.id, position=pos,
                                cluster_id=clusters[cluster].id,
                                participant_id=people[who].id if who is not None else None))
        store.save_note(Note(workshop_id=w.id, agenda_item_id=gaps.id, private=True, text=text["private_note"]))

        # Dot vote on candidate improvements (three dots each).
        option_cards = [store.add_card(Card(text=t, workshop_id=w.id, agenda_item_id=vote.id, position=i))
                        for i, t in enumerate(text["options"])]
        dots = [(0, 0), (0, 3), (0, 1), (1, 0), (1, 3), (1, 3), (2, 0), (2, 2), (2, 3), (3, 1), (3, 1), (3, 3),
                (4, 0), (4, 2), (4, 4), (5, 2), (5, 3), (5, 0), (6, 3), (6, 1), (6, 0), (7, 4), (7, 2), (7, 0)]
        counts: dict[tuple[int, int], int] = {}
        for person, option in dots:
            counts[(person, option)] = counts.get((person, option), 0) + 1
        for (person, option), n in counts.items():
            store.set_votes(vote.id, option_cards[option].id, people[person].id, n)
        for option in (0, 3, 2):  # after the count, the room agreed to take these three forward
            store.update_card(replace(option_cards[option], chosen=True))

        # Effort and impact of the candidates.
        places = [(0.2, 0.85), (0.45, 0.75), (0.7, 0.8), (0.3, 0.9), (0.35, 0.45)]
        placed = [store.set_placement(matrix.id, x, y, card_id=card.id)
                  for card, (x, y) in zip(option_cards, places, strict=True)]
        for option in (0, 3, 2):  # the chosen quick wins (stand-up, capacity check) and big bet (board)
            store.choose_placement(placed[option].id, True)
        store.save_note(Note(workshop_id=w.id, agenda_item_id=matrix.id, text=text["matrix_note"]))

        # Commitments.
        for pos, ((owners, due, strategy, checkin, checkin_with), (action, measure, support)) in enumerate(
                zip(COMMITMENTS, text["commitments"], strict=True)):
            store.add_action(ActionItem(text=action, workshop_id=w.id, agenda_item_id=commit.id, position=pos,
                                        owners=[people[i].id for i in owners], due=due, measure=measure,
                                        strategy=strategy, support=support, checkin=checkin,
                                        checkin_with=checkin_with))
        store.save_note(Note(workshop_id=w.id, text=text["closing_note"]))
        store.save_run_state(RunState(workshop_id=w.id, agenda_item_id=commit.id, step_index=0,
                                      started_at="2026-11-12T08:30:00Z", ended_at="2026-11-12T10:36:00Z"))
        data = store.export_workshop(w.id)
        store.close()
    write(data, out)


def _without_stamps(value):
    """``value`` without its created_at/updated_at stamps (they change on every build)."""
    if isinstance(value, dict):
        return {k: _without_stamps(v) for k, v in value.items() if k not in ("created_at", "updated_at")}
    if isinstance(value, list):
        return [_without_stamps(v) for v in value]
    return value


def write(data: dict, out: Path) -> None:
    """Write ``data`` to ``out`` unless ``out`` already holds the same workshop (timestamps aside)."""
    if out.is_file() and _without_stamps(json.loads(out.read_text(encoding="utf-8"))) == _without_stamps(data):
        print(f"unchanged {out}")
        return
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def main(argv: list[str] | None = None, exercises: Path = ROOT / "exercises") -> int:
    parser = argparse.ArgumentParser(description="Build the sample workshop files in resources/.")
    parser.add_argument("--language", choices=[*LANGUAGES, "all"], default="all",
                        help="the sample to build (default: all of them)")
    args = parser.parse_args(argv)
    languages = LANGUAGES if args.language == "all" else [args.language]
    missing = [language for language in languages if not (exercises / f"{pack_id(language)}.yaml").is_file()]
    for language in missing:
        print(f"error: {exercises / pack_id(language)}.yaml is missing: the sample in '{language}' is "
              "planned from the built-in pack in that language. Add the pack first, or build --language en.",
              file=sys.stderr)
    if missing:
        return 1
    for language in languages:
        build(language, sample_workshop_file(language), exercises)
    return 0


if __name__ == "__main__":
    sys.exit(main())
