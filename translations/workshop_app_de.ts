<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <extracomment>the workshop&apos;s: how the dates are shown</extracomment>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Erfolgsmaß</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Check in with</source>
        <translation>Rückmeldung an</translation>
    </message>
</context>
<context>
    <name>ActionsCapture</name>
    <message>
        <source>New action</source>
        <extracomment>The id of the action shown in the form.</extracomment>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Type an action and press Enter</source>
        <translation>Maßnahme eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>Owner of the new action</source>
        <translation>Verantwortlich für die neue Maßnahme</translation>
    </message>
    <message>
        <source>(nobody else)</source>
        <translation>(sonst niemand)</translation>
    </message>
    <message>
        <source>Second owner of the new action</source>
        <translation>Zweite verantwortliche Person der neuen Maßnahme</translation>
    </message>
    <message>
        <source>S&amp;hared with:</source>
        <translation>&amp;Gemeinsam mit:</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Bis wann:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Erfolgsmaß:</translation>
    </message>
    <message>
        <source>&amp;Support needed:</source>
        <translation>Benötigte &amp;Unterstützung:</translation>
    </message>
    <message>
        <source>&amp;Check-in:</source>
        <translation>&amp;Rückmeldung am:</translation>
    </message>
    <message>
        <source>Check in w&amp;ith:</source>
        <translation>Rückmeldung a&amp;n:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Way it serves:</source>
        <translation>&amp;Handlungsfeld:</translation>
    </message>
    <message>
        <source>Who the owners will check in with</source>
        <translation>An wen die Verantwortlichen zurückmelden</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>An action needs some text.</source>
        <translation>Eine Maßnahme braucht einen Text.</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Rückmeldung am</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Change owners</source>
        <translation>Verantwortliche ändern</translation>
    </message>
    <message>
        <source>Change the way it serves</source>
        <translation>Handlungsfeld ändern</translation>
    </message>
</context>
<context>
    <name>ActionsOverviewModel</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>Überfällig: fällig am {date}</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Search commitments, owners, workshops</source>
        <translation>Vorhaben, Verantwortliche, Workshops durchsuchen</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Maßnahmen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Über&amp;fällig</translation>
    </message>
    <message>
        <source>Due before today and neither done nor dropped</source>
        <translation>Vor heute fällig und weder erledigt noch verworfen</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n &amp;days</source>
        <translation>
            <numerusform>Fällig binnen %n &amp;Tag</numerusform>
            <numerusform>Fällig binnen %n &amp;Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation>So&amp;rtieren nach:</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Workshops side by side</source>
        <translation>Workshops im Vergleich</translation>
    </message>
    <message>
        <source>No commitments yet. The actions agreed in a workshop&apos;s Run page are listed here, with what each check-in found.</source>
        <translation>Noch keine Vorhaben. Hier stehen die Maßnahmen, die in der Durchführung eines Workshops vereinbart wurden, und was jeder Folgetermin dazu ergeben hat.</translation>
    </message>
    <message>
        <source>Open &amp;workshop</source>
        <translation>&amp;Workshop öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the commitments the table shows (every one when nothing is searched or filtered), in its order: CSV for Excel and LibreOffice, or a Markdown table for a wiki</source>
        <translation>Schreibt die Vorhaben, die die Tabelle zeigt (alle, wenn nichts gesucht oder gefiltert ist), in ihrer Reihenfolge: als CSV für Excel und LibreOffice oder als Markdown-Tabelle für ein Wiki</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n commitments shown</source>
        <translation>
            <numerusform>{shown} von %n Vorhaben angezeigt</numerusform>
            <numerusform>{shown} von %n Vorhaben angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n commitments</source>
        <translation>
            <numerusform>%n Vorhaben exportieren</numerusform>
            <numerusform>Alle %n Vorhaben exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n commitments shown</source>
        <translation>
            <numerusform>%n angezeigtes Vorhaben exportieren</numerusform>
            <numerusform>Die %n angezeigten Vorhaben exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>commitments.csv</source>
        <translation>Vorhaben.csv</translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice</source>
        <translation>CSV für Excel und LibreOffice</translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation>Markdown-Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>Written: all %n commitments to {file}.</source>
        <translation>
            <numerusform>Fertig: %n Vorhaben steht in {file}.</numerusform>
            <numerusform>Fertig: Alle %n Vorhaben stehen in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: the %n commitments shown to {file} (of {total}: the search and filters left the others out).</source>
        <translation>
            <numerusform>Fertig: %n angezeigtes Vorhaben steht in {file} (von {total}; die übrigen haben Suche und Filter ausgeblendet).</numerusform>
            <numerusform>Fertig: Die %n angezeigten Vorhaben stehen in {file} (von {total}; die übrigen haben Suche und Filter ausgeblendet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments exported.</source>
        <translation>Vorhaben exportiert.</translation>
    </message>
</context>
<context>
    <name>AgendaForm</name>
    <message>
        <source>Agenda title</source>
        <translation>Titel des Ablaufs</translation>
    </message>
    <message>
        <source>For example: 90-minute session</source>
        <translation>Zum Beispiel: 90-Minuten-Sitzung</translation>
    </message>
    <message>
        <source>Agenda id</source>
        <translation>ID des Ablaufs</translation>
    </message>
    <message>
        <source>Agenda description</source>
        <translation>Beschreibung des Ablaufs</translation>
    </message>
    <message>
        <source>When to use this agenda (Markdown)</source>
        <translation>Wann sich dieser Ablauf eignet (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Items, in &amp;order</source>
        <translation>Programmpunkte in &amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>Add an exercise item (Insert)</source>
        <translation>Übung als Programmpunkt hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the item (Delete)</source>
        <translation>Programmpunkt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Programmpunkt nach oben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Programmpunkt nach unten (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Eine Pause hinzufügen</translation>
    </message>
    <message>
        <source>Add free item</source>
        <translation>Freien Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add a free item</source>
        <translation>Einen freien Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>Art des Punkts</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Freier Punkt</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titel des Punkts</translation>
    </message>
    <message>
        <source>For example: Coffee</source>
        <translation>Zum Beispiel: Kaffee</translation>
    </message>
    <message>
        <source>Item minutes</source>
        <translation>Minuten des Punkts</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>Üb&amp;ung:</translation>
    </message>
    <message>
        <source>Item tit&amp;le:</source>
        <translation>Tite&amp;l des Punkts:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Programmpunkt entfernen</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Programmpunkt verschieben</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Change the item&apos;s kind</source>
        <translation>Art des Punkts ändern</translation>
    </message>
    <message>
        <source>(no exercise &apos;{id}&apos;)</source>
        <translation>(keine Übung „{id}“)</translation>
    </message>
    <message>
        <source>{title} · {minutes} min</source>
        <translation>{title} · {minutes} min</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>{kind}: {title} · {minutes} min</source>
        <translation>{kind}: {title} · {minutes} min</translation>
    </message>
    <message>
        <source>Agenda {n}: {title}</source>
        <translation>Ablauf {n}: {title}</translation>
    </message>
    <message>
        <source>In all: {minutes} min</source>
        <translation>Insgesamt: {minutes} min</translation>
    </message>
    <message>
        <source>“not set”: the exercise&apos;s own minutes.</source>
        <translation>„nicht festgelegt“: die eigene Dauer der Übung.</translation>
    </message>
    <message>
        <source>Breaks and free items need their minutes.</source>
        <translation>Pausen und freie Punkte brauchen eine Dauer in Minuten.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <extracomment>(item id, field, new value): the page turns it into an undoable edit.</extracomment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>The exercise suggests {n} min</source>
        <translation>Die Übung schlägt {n} min vor</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>&amp;Pause hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;free item</source>
        <translation>&amp;Freien Punkt hinzufügen</translation>
    </message>
    <message>
        <source>A welcome, a round of questions, anything not in the library</source>
        <translation>Eine Begrüßung, eine Fragerunde, alles, was nicht in der Bibliothek steht</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>Ausgewählte Punkte entfernen (Entf)</translation>
    </message>
    <message>
        <source>Start from a ready-made &amp;agenda…</source>
        <translation>Mit einem fertigen Ablauf be&amp;ginnen…</translation>
    </message>
    <message>
        <source>Replace the agenda with one of the packs&apos; agendas (asks first; can be undone)</source>
        <translation>Den Ablauf durch einen Ablauf aus den Übungspaketen ersetzen (mit Rückfrage; rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Over the planned length</source>
        <translation>Länger als geplant</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>endet um {time}</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Programmpunkt entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n agenda items</source>
        <translation>
            <numerusform>%n Programmpunkt entfernen</numerusform>
            <numerusform>%n Programmpunkte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Ablauf umstellen</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <source>Add free item</source>
        <translation>Freien Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add {n} exercises</source>
        <translation>{n} Übungen hinzufügen</translation>
    </message>
    <message>
        <source>Set minutes</source>
        <translation>Minuten festlegen</translation>
    </message>
    <message>
        <source>Rename agenda item</source>
        <translation>Programmpunkt umbenennen</translation>
    </message>
    <message>
        <source>No pack has a ready-made agenda</source>
        <translation>Kein Übungspaket enthält einen fertigen Ablauf</translation>
    </message>
    <message>
        <source>Replace the agenda</source>
        <translation>Ablauf ersetzen</translation>
    </message>
    <message>
        <source>Replace the current agenda with “{title}”?
You can undo this.</source>
        <translation>Den aktuellen Ablauf durch „{title}“ ersetzen?
Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Start from “{title}”</source>
        <translation>Mit „{title}“ beginnen</translation>
    </message>
    <message>
        <source>The agenda now follows “{title}”.</source>
        <translation>Der Ablauf folgt jetzt „{title}“.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The app backs up your workshops when a run starts and ends, before a workshop is deleted, and every 30 minutes while you work. Restoring puts a backup in place of the current data; the current data is kept aside in {folder}.</source>
        <translation>Die App sichert Ihre Workshops, wenn eine Durchführung beginnt und endet, bevor ein Workshop gelöscht wird, und alle 30 Minuten während der Arbeit. Beim Wiederherstellen tritt eine Sicherung an die Stelle der aktuellen Daten; die aktuellen Daten werden in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Ignored in {folder} (not backups of this app, left as they are): {names}</source>
        <translation>In {folder} übergangen (keine Sicherungen dieser App, bleiben unverändert): {names}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace all current workshops with the backup taken {time}?
Changes made after it will not be in the app (the current data is kept aside, not deleted).</source>
        <translation>Alle aktuellen Workshops durch die Sicherung vom {time} ersetzen?
Änderungen nach diesem Zeitpunkt sind dann nicht mehr in der App (die aktuellen Daten werden beiseitegelegt, nicht gelöscht).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup taken {time}.</source>
        <translation>Die Sicherung vom {time} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The data it replaced is kept at {path}.</source>
        <translation>Die ersetzten Daten liegen unter {path}.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>low</source>
        <extracomment>The scale a capture gets when its snapshot names no usable one. The widest rating scale the run console and projector show (a pack may give 0 to 10; a damaged snapshot is bounded to this). The widest scale a pack may give: what ratings of an item without an exercise are held to. 1 for the most dots; options with as many dots share a rank (1, 1, 3) the ratings inside the scale, lowest first ratings outside the scale, left out of everything else the participant&apos;s rating, None when outside the scale how the whole room rated the same criterion named from the axes&apos; ends, e.g. &quot;High impact · Low effort&quot; the cards and actions placed in it, in the order they were placed for each of ``texts``: whether the room chose it (to take forward)</extracomment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>A number of dots cannot be negative.</source>
        <extracomment>For each line: whether the room chose it (a matrix&apos;s quick wins and big bets); () for none. Cards in groups; for a matrix its four quadrants (top-left, top-right, bottom-left, bottom-right) with what was placed in each. a matrix&apos;s axes a matrix&apos;s placed cards and actions the workshop&apos;s language: its words and numbers on the projector What marks an option or a note the room chose, on the console&apos;s and the projector&apos;s results.</extracomment>
        <translation>Die Zahl der Punkte kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An option can get at most {max} dots at once.</source>
        <translation>Eine Option kann höchstens {max} Punkte auf einmal bekommen.</translation>
    </message>
    <message>
        <source>{name} has {limit} dots in all and has already given {used} elsewhere.</source>
        <translation>{name} hat insgesamt {limit} Punkte und schon {used} anderswo vergeben.</translation>
    </message>
    <message>
        <source>A rating runs from {low} to {high}; {value} is outside.</source>
        <translation>Eine Bewertung reicht von {low} bis {high}; {value} liegt außerhalb.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date like 2026-03-31.</source>
        <translation>{field}: „{text}“ ist kein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <source>Dot vote results</source>
        <extracomment>Between the texts of merged cards.</extracomment>
        <translation>Ergebnis der Punktabfrage</translation>
    </message>
    <message>
        <source>How the room rated</source>
        <translation>Wie die Gruppe bewertet hat</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Nicht gruppiert</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation>Die Matrix</translation>
    </message>
</context>
<context>
    <name>CaptureArea</name>
    <message>
        <source>Undo</source>
        <extracomment>The capture widget of each capture type: (module under workshop_app.gui.run, class). A module is imported when an item first needs it, so the Run page opens without importing them all.</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>{what} rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo {what} (Ctrl+Shift+Z)</source>
        <translation>{what} wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Capture: {kind}</source>
        <translation>Erfassen: {kind}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>CaptureCommands</name>
    <message>
        <source>Add card</source>
        <extracomment>What the store&apos;s ``remove_*`` methods return: the row taken out and everything that went with it, for ``restore_removed`` to put back (opaque here). The ids of the rows added (known after the first do).</extracomment>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Take the chosen options</source>
        <translation>Gewählte Optionen übernehmen</translation>
    </message>
    <message>
        <source>Copy cards</source>
        <translation>Karten kopieren</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation>Karten zusammenführen</translation>
    </message>
    <message>
        <source>Mark chosen</source>
        <translation>Als gewählt markieren</translation>
    </message>
    <message>
        <source>Unmark chosen</source>
        <translation>Markierung „gewählt“ entfernen</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Set dots</source>
        <translation>Punkte setzen</translation>
    </message>
    <message>
        <source>Set rating</source>
        <translation>Bewertung setzen</translation>
    </message>
    <message>
        <source>Place on the matrix</source>
        <translation>Auf die Matrix setzen</translation>
    </message>
    <message>
        <source>Take off the matrix</source>
        <translation>Von der Matrix nehmen</translation>
    </message>
</context>
<context>
    <name>CaptureTab</name>
    <message>
        <source>Capture type</source>
        <translation>Erfassungsart</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Stimmen pro Person</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Criteria, one a line</source>
        <translation>Kriterien, eines pro Zeile</translation>
    </message>
    <message>
        <source>One criterion a line, such as: Clear purpose</source>
        <translation>Ein Kriterium pro Zeile, etwa: Klares Ziel</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Niedrigste Bewertung</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Höchste Bewertung</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Horizontale Achse</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Vertikale Achse</translation>
    </message>
    <message>
        <source>Label, such as Impact</source>
        <translation>Beschriftung, etwa Wirkung</translation>
    </message>
    <message>
        <source>Label, such as Effort</source>
        <translation>Beschriftung, etwa Aufwand</translation>
    </message>
    <message>
        <source>{axis}: label</source>
        <translation>{axis}: Beschriftung</translation>
    </message>
    <message>
        <source>{axis}: low end</source>
        <translation>{axis}: unteres Ende</translation>
    </message>
    <message>
        <source>low end</source>
        <translation>unteres Ende</translation>
    </message>
    <message>
        <source>{axis}: high end</source>
        <translation>{axis}: oberes Ende</translation>
    </message>
    <message>
        <source>high end</source>
        <translation>oberes Ende</translation>
    </message>
    <message>
        <source>Options, one a line</source>
        <translation>Optionen, eine pro Zeile</translation>
    </message>
    <message>
        <source>One a line: cards to start with, or what the room votes on</source>
        <translation>Eine pro Zeile: Karten für den Anfang oder das, worüber die Gruppe abstimmt</translation>
    </message>
    <message>
        <source>Anonymous cards from phones</source>
        <translation>Anonyme Karten vom Handy</translation>
    </message>
    <message>
        <source>In room mode, cards sent from phones are stored without their author, unless the facilitator decides otherwise for the activity</source>
        <translation>Im Raummodus werden Karten vom Handy ohne Verfasser gespeichert, sofern die Moderation für die Aktivität nichts anderes entscheidet</translation>
    </message>
    <message>
        <source>Capture t&amp;ype:</source>
        <translation>Erfassungs&amp;art:</translation>
    </message>
    <message>
        <source>V&amp;otes per participant:</source>
        <translation>Stimmen &amp;pro Person:</translation>
    </message>
    <message>
        <source>C&amp;riteria:</source>
        <translation>K&amp;riterien:</translation>
    </message>
    <message>
        <source>Lo&amp;west score:</source>
        <translation>Niedrigste Be&amp;wertung:</translation>
    </message>
    <message>
        <source>&amp;Highest score:</source>
        <translation>&amp;Höchste Bewertung:</translation>
    </message>
    <message>
        <source>Axis label</source>
        <translation>Achsenbeschriftung</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Unteres Ende</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Oberes Ende</translation>
    </message>
    <message>
        <source>Hori&amp;zontal axis:</source>
        <translation>Hori&amp;zontale Achse:</translation>
    </message>
    <message>
        <source>Vertic&amp;al axis:</source>
        <translation>Vertika&amp;le Achse:</translation>
    </message>
    <message>
        <source>Op&amp;tions:</source>
        <translation>Op&amp;tionen:</translation>
    </message>
    <message>
        <source>Room &amp;mode:</source>
        <translation>Raum&amp;modus:</translation>
    </message>
</context>
<context>
    <name>CardTreeModel</name>
    <message>
        <source>Card</source>
        <extracomment>By &quot;is the editable text&quot;: a group row (a named cluster&apos;s text is editable) and a card row.</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>New, not shown yet</source>
        <translation>Neu, noch nicht gezeigt</translation>
    </message>
    <message>
        <source>Hidden: kept here and in the report, never on the projector or the participants&apos; plans. Show brings it back.</source>
        <translation>Ausgeblendet: bleibt hier und im Bericht erhalten, erscheint aber nie in der Projektion oder in den Plänen der Teilnehmenden. Mit „Einblenden“ holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Sent from a phone: the room sees it only once you reveal it.</source>
        <translation>Vom Handy geschickt: Die Gruppe sieht sie erst, wenn Sie sie freigeben.</translation>
    </message>
    <message>
        <source>{card} (hidden)</source>
        <translation>{card} (ausgeblendet)</translation>
    </message>
    <message>
        <source>{card} (new from a phone, not shown yet)</source>
        <translation>{card} (neu vom Handy, noch nicht gezeigt)</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Nicht gruppiert</translation>
    </message>
</context>
<context>
    <name>CardsCapture</name>
    <message>
        <source>New card</source>
        <extracomment>The moderation keys (none of them a key of the console&apos;s, gui/run/shortcuts.py).</extracomment>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Type a card and press Enter</source>
        <translation>Karte eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Card from</source>
        <translation>Karte von</translation>
    </message>
    <message>
        <source>Who wrote it (shown on the projector only with attribution on)</source>
        <translation>Wer sie geschrieben hat (auf der Projektion nur mit Namensnennung sichtbar)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cards by cluster</source>
        <translation>Karten nach Cluster</translation>
    </message>
    <message>
        <source>New cluster name</source>
        <translation>Name des neuen Clusters</translation>
    </message>
    <message>
        <source>Name a new cluster and press Enter</source>
        <translation>Neuen Cluster benennen und Enter drücken</translation>
    </message>
    <message>
        <source>Cluster to move the selected cards to</source>
        <translation>Cluster, in den die ausgewählten Karten kommen</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>Move the selected cards to this cluster (or drag them)</source>
        <translation>Ausgewählte Karten in diesen Cluster verschieben (oder ziehen)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected card or cluster (Delete)</source>
        <translation>Ausgewählte Karte oder Cluster löschen (Entf)</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>Reveal the selected cards on the projector</source>
        <translation>Die ausgewählten Karten für die Projektion freigeben</translation>
    </message>
    <message>
        <source>Reveal every card from a phone on the projector</source>
        <translation>Alle Karten von Handys für die Projektion freigeben</translation>
    </message>
    <message>
        <source>Hide the selected cards from the room, or show them again</source>
        <translation>Die ausgewählten Karten vor der Gruppe ausblenden oder wieder einblenden</translation>
    </message>
    <message>
        <source>Merge the selected cards into one (every text is kept)</source>
        <translation>Die ausgewählten Karten zu einer zusammenführen (jeder Text bleibt erhalten)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Reveal all ({count})</source>
        <translation>Alle freigeben ({count})</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Alle freigeben</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Nicht gruppiert</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Karten verschieben</translation>
    </message>
    <message>
        <source>Reveal cards</source>
        <translation>Karten freigeben</translation>
    </message>
    <message>
        <source>Reveal all cards</source>
        <translation>Alle Karten freigeben</translation>
    </message>
    <message>
        <source>Hide cards</source>
        <translation>Karten ausblenden</translation>
    </message>
    <message>
        <source>Show cards</source>
        <translation>Karten einblenden</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Where our commitments stand</source>
        <extracomment>The keys 1-4 of the Check-in page, in this order. This check-in&apos;s review (None: not reviewed here yet). (check-in, status key, NOT_REVIEWED, or NOT_MADE before it was made) for each earlier check-in. Made at this check-in (nothing to review yet).</extracomment>
        <translation>Wo unsere Vorhaben stehen</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <source>{heading} · commitment {n} of {total}</source>
        <translation>{heading} · Vorhaben {n} von {total}</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in</source>
        <extracomment>Retry a failed save this long after it failed. The progress papers&apos; folder beside the workshop&apos;s other papers: one name whatever language the window shows, so the papers are found again after a change of language (as &quot;facilitator-only&quot;). What &quot;Print progress…&quot; calls (data, folder, paper) on the task runner.</extracomment>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>Plan a &amp;check-in…</source>
        <translation>Folge&amp;termin planen…</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Folgetermin:</translation>
    </message>
    <message>
        <source>Every commitment</source>
        <translation>Alle Vorhaben</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous commitment ({keys})</source>
        <translation>Voriges Vorhaben ({keys})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next commitment ({keys})</source>
        <translation>Nächstes Vorhaben ({keys})</translation>
    </message>
    <message>
        <source>&amp;New commitment…</source>
        <translation>&amp;Neues Vorhaben…</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Show or hide the projector ({keys})</source>
        <translation>Projektion zeigen oder ausblenden ({keys})</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>The counts on the projector, not the commitment ({keys})</source>
        <translation>Die Zahlen statt des Vorhabens projizieren ({keys})</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Pause screen on the projector ({keys})</source>
        <translation>Pausenbild auf der Projektion ({keys})</translation>
    </message>
    <message>
        <source>On the commitment: 1 done, 2 in progress, 3 stuck, 4 dropped. Tab to the notes, Page Down for the next commitment. Everything is saved as you type.</source>
        <translation>Auf dem Vorhaben: 1 erledigt, 2 in Arbeit, 3 blockiert, 4 verworfen. Mit Tab zu den Notizen, mit Bild ab zum nächsten Vorhaben. Alles wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Projektion:</translation>
    </message>
    <message>
        <source>Folder for the progress papers</source>
        <translation>Ordner für die Fortschrittsberichte</translation>
    </message>
    <message>
        <source>P&amp;rint progress…</source>
        <translation>Fortschritt d&amp;rucken…</translation>
    </message>
    <message>
        <source>Each participant&apos;s progress page, the facilitator&apos;s report and the sponsor&apos;s (no names, no notes)</source>
        <translation>Für alle Teilnehmenden ihre Fortschrittsseite, dazu der Bericht für die Moderation und der für Auftraggeber (ohne Namen, ohne Notizen)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Ca&amp;lendar files…</source>
        <translation>&amp;Kalenderdateien…</translation>
    </message>
    <message>
        <source>The check-in sessions for your calendar, and for each participant their due dates and the check-ins they attend: files for Outlook, Google Calendar and Apple Calendar (.ics)</source>
        <translation>Die Folgetermine für Ihren Kalender und für alle Teilnehmenden ihre Fälligkeiten und die Folgetermine, an denen sie teilnehmen: Dateien für Outlook, Google Kalender und Apple Kalender (.ics)</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Check-ins: {title}</source>
        <translation>Folgetermine: {title}</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>No check-in planned yet: “Plan a check-in…” plans one, 30, 60 or 90 days after the workshop.</source>
        <translation>Noch kein Folgetermin geplant: „Folgetermin planen…“ legt einen an, 30, 60 oder 90 Tage nach dem Workshop.</translation>
    </message>
    <message>
        <source>No commitment to review: the workshop recorded no action.</source>
        <translation>Nichts zu besprechen: Im Workshop wurde kein Vorhaben festgehalten.</translation>
    </message>
    <message>
        <source>Revised due date</source>
        <translation>Verschoben auf</translation>
    </message>
    <message>
        <source>Check-in planned.</source>
        <translation>Folgetermin geplant.</translation>
    </message>
    <message>
        <source>Writing the progress papers…</source>
        <translation>Die Fortschrittsberichte werden geschrieben…</translation>
    </message>
    <message>
        <source>Written: the progress papers are in {folder}.</source>
        <translation>Fertig: Die Fortschrittsberichte liegen in {folder}.</translation>
    </message>
    <message>
        <source>Progress papers written.</source>
        <translation>Fortschrittsberichte geschrieben.</translation>
    </message>
    <message>
        <source>Save the calendar files in</source>
        <translation>Kalenderdateien speichern in</translation>
    </message>
    <message>
        <source>Writing the calendar files…</source>
        <translation>Die Kalenderdateien werden geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Written: %n calendar files in {folder}. Import {facilitator} into your own calendar (Outlook, Google Calendar, Apple Calendar: open the file or use the calendar&apos;s Import), and send each participant the file named after them: it holds their due dates and the check-ins they attend.</source>
        <translation>
            <numerusform>Fertig: %n Kalenderdatei in {folder}. Importieren Sie {facilitator} in Ihren eigenen Kalender (Outlook, Google Kalender, Apple Kalender: die Datei öffnen oder den Import des Kalenders nutzen) und schicken Sie allen Teilnehmenden die Datei mit ihrem Namen: Darin stehen ihre Fälligkeiten und die Folgetermine, an denen sie teilnehmen.</numerusform>
            <numerusform>Fertig: %n Kalenderdateien in {folder}. Importieren Sie {facilitator} in Ihren eigenen Kalender (Outlook, Google Kalender, Apple Kalender: die Datei öffnen oder den Import des Kalenders nutzen) und schicken Sie allen Teilnehmenden die Datei mit ihrem Namen: Darin stehen ihre Fälligkeiten und die Folgetermine, an denen sie teilnehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %n calendar files in {folder}, one for each participant with a date (no check-in or follow-up session is planned yet, so there is none for you). Send each participant the file named after them to import into Outlook, Google Calendar or Apple Calendar.</source>
        <translation>
            <numerusform>Fertig: %n Kalenderdatei in {folder}, eine für alle Teilnehmenden mit einem Termin (noch ist kein Folgetermin geplant, daher keine für Sie). Schicken Sie allen Teilnehmenden die Datei mit ihrem Namen, zum Import in Outlook, Google Kalender oder Apple Kalender.</numerusform>
            <numerusform>Fertig: %n Kalenderdateien in {folder}, eine für alle Teilnehmenden mit einem Termin (noch ist kein Folgetermin geplant, daher keine für Sie). Schicken Sie allen Teilnehmenden die Datei mit ihrem Namen, zum Import in Outlook, Google Kalender oder Apple Kalender.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar files written.</source>
        <translation>Kalenderdateien geschrieben.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>Neues Vorhaben</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>W&amp;er:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Bis wann:</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong, but everything already saved is safe. You can keep working.</source>
        <translation>Etwas ist schiefgegangen, aber alles bereits Gespeicherte ist sicher. Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>The problem was: {error}

Details are in the log file:
{log}</source>
        <translation>Das Problem war: {error}

Einzelheiten stehen in der Protokolldatei:
{log}</translation>
    </message>
    <message>
        <source>Workshop app</source>
        <translation>Workshop-App</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line {line}: {message}</source>
        <extracomment>A sign-up sheet larger than this is not a sign-up sheet. Rows read after the heading row; the rest of a longer file is reported, not read. Columns offered for choosing; cells further right are not read. A name, role, team or e-mail longer than this is a problem, not a participant. A quoted cell may span at most this many lines and characters; a quote still open after them is a stray quote (this bounds the work of reading on after one). The separator is guessed from at most this many characters (and lines) at the start. Participant fields a column can hold, in table order. Lines with their line ending (the csv module&apos;s idea of a line: <byte value="xd"/>
, <byte value="xd"/> or 
).</extracomment>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>duplicate, {why}</source>
        <extracomment>Why this row looks like someone already listed (&quot;&quot; when it does not). Remarks about the whole sheet, each naming a line (nothing was lost because of them). Rows that could not be read at all (a stray quote, the row cap).</extracomment>
        <translation>doppelt, {why}</translation>
    </message>
    <message>
        <source>{file} is not a file.</source>
        <translation>{file} ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a sign-up sheet can be at most {max} MB. Save only the participants&apos; rows as CSV and import that file.</source>
        <translation>{file} ist {size} MB groß; eine Anmeldeliste darf höchstens {max} MB haben. Speichern Sie nur die Zeilen der Teilnehmenden als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding}; characters that could not be read are shown as �. Check the names in the preview.</source>
        <translation>{file} ist kein gültiges {encoding}; Zeichen, die nicht gelesen werden konnten, erscheinen als �. Prüfen Sie die Namen in der Vorschau.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8; it was read as Windows-1252 (Western European). Check accented names in the preview.</source>
        <translation>{file} ist nicht UTF-8; die Datei wurde als Windows-1252 (Westeuropäisch) gelesen. Prüfen Sie Namen mit Umlauten und Akzenten in der Vorschau.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened on this line is never closed; this row was not read</source>
        <translation>ein in dieser Zeile geöffnetes Anführungszeichen (&quot;) wird nie geschlossen; diese Zeile wurde nicht gelesen</translation>
    </message>
    <message>
        <source>this row cannot be read ({reason})</source>
        <translation>diese Zeile kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>only the first {max} of {n} columns are read</source>
        <translation>nur die ersten {max} von {n} Spalten werden gelesen</translation>
    </message>
    <message>
        <source>a sign-up sheet can have at most {max} rows; this row and the rest of the file were not read</source>
        <translation>eine Anmeldeliste darf höchstens {max} Zeilen haben; diese Zeile und der Rest der Datei wurden nicht gelesen</translation>
    </message>
    <message>
        <source>no column is chosen for the name</source>
        <translation>keine Spalte für den Namen gewählt</translation>
    </message>
    <message>
        <source>already in this workshop</source>
        <translation>bereits in diesem Workshop</translation>
    </message>
    <message>
        <source>same name and e-mail as line {line}</source>
        <translation>gleicher Name und gleiche E-Mail wie Zeile {line}</translation>
    </message>
    <message>
        <source>e-mail already in this workshop ({name})</source>
        <translation>E-Mail bereits in diesem Workshop ({name})</translation>
    </message>
    <message>
        <source>same e-mail as line {line} ({name})</source>
        <translation>gleiche E-Mail wie Zeile {line} ({name})</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>the {field} is longer than {max} characters</source>
        <translation>{field} ist länger als {max} Zeichen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a side ({sides})</source>
        <translation>&apos;{value}&apos; ist kein Bereich ({sides})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the clipboard holds {size} MB of text; paste at most {max} MB at a time</source>
        <translation>die Zwischenablage enthält {size} MB Text; fügen Sie höchstens {max} MB auf einmal ein</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants from CSV</source>
        <extracomment>The file has been read (or could not be) and the preview shows it.</extracomment>
        <translation>Teilnehmende aus CSV importieren</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The first row holds column &amp;headings</source>
        <translation>Die erste Zeile enthält &amp;Spaltenüberschriften</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message>
        <source>Also import rows flagged as &amp;duplicates</source>
        <translation>Auch als &amp;doppelt markierte Zeilen importieren</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Participants not imported</source>
        <translation>Nicht importierte Teilnehmende</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>Duplicate: {why}</source>
        <translation>Doppelt: {why}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Import 1 participant</source>
        <translation>1 Person &amp;importieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n participants</source>
        <translation>
            <numerusform>%n Person &amp;importieren</numerusform>
            <numerusform>%n Personen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} to import</source>
        <translation>{n} zu importieren</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>1 doppelte Zeile übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>%n doppelte Zeile übersprungen</numerusform>
            <numerusform>%n doppelte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row with a problem</source>
        <translation>1 Zeile mit einem Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems</source>
        <translation>
            <numerusform>%n Zeile mit einem Problem</numerusform>
            <numerusform>%n Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 blank row skipped</source>
        <translation>1 leere Zeile übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n blank rows skipped</source>
        <translation>
            <numerusform>%n leere Zeile übersprungen</numerusform>
            <numerusform>%n leere Zeilen übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>--data-dir needs a folder name, not an empty one.</source>
        <translation>--data-dir braucht einen Ordnernamen, keinen leeren.</translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>Der Datenordner {path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder {path} is not writable: {reason}</source>
        <translation>In den Datenordner {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation>Der Datenordner {path} kann nicht verwendet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>A workshop needs a title</source>
        <extracomment>After a failed write, try again this much later. The workshop languages offered: its papers and projector are printed in it (dates and numbers in every one; the app&apos;s own words in the languages it ships, else in English).</extracomment>
        <translation>Ein Workshop braucht einen Titel</translation>
    </message>
    <message>
        <source>Company, department or team</source>
        <translation>Unternehmen, Abteilung oder Team</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Room, building, town</source>
        <translation>Raum, Gebäude, Ort</translation>
    </message>
    <message>
        <source>{language}: the app&apos;s words in English</source>
        <translation>{language}: Texte der App auf Englisch</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Start t&amp;ime:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Planned le&amp;ngth:</source>
        <translation>Geplante Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Follo&amp;w-up session:</source>
        <translation>&amp;Folgetermin:</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>planned for</source>
        <translation>geplant für</translation>
    </message>
    <message>
        <source>The session where the commitments are reviewed: every plan, the report and the run sheet print it.</source>
        <translation>Die Sitzung, in der die Vorhaben überprüft werden: Jeder Plan, der Bericht und der Ablaufplan drucken sie.</translation>
    </message>
    <message>
        <source>HH:MM, optional</source>
        <translation>HH:MM, optional</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>New pack</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>You have packs kept as drafts. Continue one, or start a new pack?</source>
        <translation>Sie haben Pakete als Entwürfe behalten. Einen fortsetzen oder ein neues Paket beginnen?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>{title} (draft of {when})</source>
        <translation>{title} (Entwurf vom {when})</translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation>Entwurf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;New empty pack</source>
        <translation>&amp;Neues leeres Paket</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Exercise parts</source>
        <extracomment>The lists of an exercise with a tab of their own (their rows are chosen there).</extracomment>
        <translation>Teile der Übung</translation>
    </message>
    <message>
        <source>&amp;Basics</source>
        <translation>&amp;Grundlagen</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Notes &amp;&amp; debrief</source>
        <translation>Hin&amp;weise &amp;&amp; Auswertung</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Erfassung</translation>
    </message>
    <message>
        <source>Han&amp;douts</source>
        <translation>Han&amp;douts</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Exercise title</source>
        <translation>Titel der Übung</translation>
    </message>
    <message>
        <source>For example: Hopes and concerns</source>
        <translation>Zum Beispiel: Hoffnungen und Bedenken</translation>
    </message>
    <message>
        <source>Exercise id</source>
        <translation>ID der Übung</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>aus dem Titel gebildet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>One line shown in lists</source>
        <translation>Eine Zeile, die in Listen erscheint</translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation>Minuten der Übung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Use the steps&apos; total</source>
        <translation>Summe der Schritte</translation>
    </message>
    <message>
        <source>Set the exercise minutes to the steps&apos; total</source>
        <translation>Die Minuten der Übung auf die Summe der Schritte setzen</translation>
    </message>
    <message>
        <source>Group configuration</source>
        <translation>Gruppenaufteilung</translation>
    </message>
    <message>
        <source>For example: pairs, then whole room</source>
        <translation>Zum Beispiel: Paare, dann ganze Gruppe</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Kleinste Gruppe</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Größte Gruppe</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Preparation minutes</source>
        <translation>Minuten Vorbereitung</translation>
    </message>
    <message>
        <source>Facilitation experience needed</source>
        <translation>Benötigte Moderationserfahrung</translation>
    </message>
    <message>
        <source>Room set-up</source>
        <translation>Raumaufbau</translation>
    </message>
    <message>
        <source>For example: tables of four, a flipchart beside each</source>
        <translation>Zum Beispiel: Vierertische, neben jedem ein Flipchart</translation>
    </message>
    <message>
        <source>Feeds into the action plan</source>
        <translation>Fließt in den Aktionsplan ein</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What the exercise is for</source>
        <translation>Wofür die Übung da ist</translation>
    </message>
    <message>
        <source>Materials, one a line</source>
        <translation>Material, eines pro Zeile</translation>
    </message>
    <message>
        <source>One a line, such as: sticky notes</source>
        <translation>Eines pro Zeile, etwa: Haftnotizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>G&amp;ruppe:</translation>
    </message>
    <message>
        <source>Group si&amp;ze:</source>
        <translation>Gruppe&amp;ngröße:</translation>
    </message>
    <message>
        <source>People in one working group; materials counted per group use the largest.</source>
        <translation>Personen in einer Arbeitsgruppe; pro Gruppe gezähltes Material richtet sich nach der größten.</translation>
    </message>
    <message>
        <source>Pre&amp;paration:</source>
        <translation>Vor&amp;bereitung:</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>Erfahr&amp;ung:</translation>
    </message>
    <message>
        <source>Room s&amp;et-up:</source>
        <translation>Raum&amp;aufbau:</translation>
    </message>
    <message>
        <source>&amp;Feeds into:</source>
        <translation>&amp;Fließt ein in:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>Materia&amp;l:</translation>
    </message>
    <message>
        <source>A material counted for the room, each group, each participant or the facilitator ends with its count in brackets, such as: Pad of sticky notes [2 per participant]. Other lines are one for the room.</source>
        <translation>Material, das für den Raum, jede Gruppe, jede Person oder die Moderation gezählt wird, endet mit seiner Menge in eckigen Klammern, etwa: Block Haftnotizen [2 per participant]. Andere Zeilen gelten einmal für den Raum.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Moderationshinweise</translation>
    </message>
    <message>
        <source>Pitfalls, variations, timing tips: for the facilitator only</source>
        <translation>Stolpersteine, Varianten, Tipps zum Timing: nur für die Moderation</translation>
    </message>
    <message>
        <source>Debrief questions, one a line</source>
        <translation>Fragen zur Auswertung, eine pro Zeile</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Facilitator notes:</source>
        <translation>&amp;Moderationshinweise:</translation>
    </message>
    <message>
        <source>Never shown on the projector nor printed on a participant&apos;s plan. </source>
        <translation>Nie auf der Projektion und nie auf dem Plan der Teilnehmenden. </translation>
    </message>
    <message>
        <source>Debrief &amp;questions:</source>
        <translation>&amp;Fragen zur Auswertung:</translation>
    </message>
    <message>
        <source>Exercise {n}: {title}</source>
        <translation>Übung {n}: {title}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(noch kein Titel)</translation>
    </message>
</context>
<context>
    <name>ExercisePreview</name>
    <message>
        <source>Facilitator view preview</source>
        <extracomment>the pack&apos;s</extracomment>
        <translation>Vorschau der Moderationsansicht</translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation>Vorschau der Projektion</translation>
    </message>
    <message>
        <source>Step shown on the projector</source>
        <translation>Auf der Projektion gezeigter Schritt</translation>
    </message>
    <message>
        <source>Projector shows s&amp;tep:</source>
        <translation>Projektion zeigt Schri&amp;tt:</translation>
    </message>
    <message>
        <source>Facilitator console: the whole card, notes included</source>
        <translation>Moderationskonsole: die ganze Karte, mit Hinweisen</translation>
    </message>
    <message>
        <source>Projector: what the room sees</source>
        <translation>Projektion: was die Gruppe sieht</translation>
    </message>
</context>
<context>
    <name>ExerciseSourceModel</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>**Themes:** {themes}</source>
        <translation>**Themen:** {themes}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Moderationshinweise</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Auswertung</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Datum des Workshops</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Rückmeldung am</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Erfolgsmaß</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Benötigte Unterstützung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What helps or blocks</source>
        <translation>Was hilft oder bremst</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>{file}: the file name must end in .csv or .md</source>
        <translation>{file}: Der Dateiname muss auf .csv oder .md enden</translation>
    </message>
    <message>
        <source>{file}: a summary is Markdown: the file name must end in .md</source>
        <translation>{file}: Eine Zusammenfassung wird als Markdown geschrieben, der Dateiname muss auf .md enden</translation>
    </message>
    <message>
        <source>{file}: cannot write the file ({reason})</source>
        <translation>{file}: Die Datei lässt sich nicht schreiben ({reason})</translation>
    </message>
    <message>
        <source>Check-in: {workshop}</source>
        <translation>Check-in-Termin: {workshop}</translation>
    </message>
    <message>
        <source>Follow-up session: {workshop}</source>
        <translation>Folgetermin: {workshop}</translation>
    </message>
    <message>
        <source>Due: {commitment}</source>
        <translation>Fällig: {commitment}</translation>
    </message>
    <message>
        <source>Check in with {whom}: {commitment}</source>
        <translation>Rückmeldung an {whom}: {commitment}</translation>
    </message>
    <message>
        <source>Check in: {commitment}</source>
        <translation>Rückmeldung: {commitment}</translation>
    </message>
    <message>
        <source>{workshop} (facilitator)</source>
        <translation>{workshop} (Moderation)</translation>
    </message>
    <message>
        <source>&quot;{workshop}&quot; has no date for a calendar yet: no check-in, no follow-up session and no due date of an open commitment.</source>
        <translation>„{workshop}“ hat noch keinen Termin für einen Kalender: keinen Check-in-Termin, keinen Folgetermin und kein offenes Vorhaben mit Fälligkeit.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export</source>
        <extracomment>Opens a pack file in a new editor (set by whoever opened the window).</extracomment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Fix the pack first ({problems}): an exported pack must be valid.</source>
        <translation>Beheben Sie zuerst die Probleme des Pakets ({problems}): Ein exportiertes Paket muss gültig sein.</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Open a pack file to edit</source>
        <translation>Paketdatei zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>Exercise packs (*.yaml *.yml *.wspack)</source>
        <translation>Übungspakete (*.yaml *.yml *.wspack)</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>{days}-day check-in</source>
        <extracomment>Days after the workshop the check-ins are usually held.</extracomment>
        <translation>Folgetermin nach {days} Tagen</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Datum des Folgetermins</translation>
    </message>
    <message>
        <source>A check-in needs a date, written YYYY-MM-DD.</source>
        <translation>Ein Folgetermin braucht ein Datum in der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The check-in&apos;s time “{text}” is not a time like 14:30.</source>
        <translation>Die Uhrzeit „{text}“ des Folgetermins ist keine Uhrzeit wie 14:30.</translation>
    </message>
</context>
<context>
    <name>HandoutsTab</name>
    <message>
        <source>Handouts, in &amp;order</source>
        <extracomment>How much of an item&apos;s text its row in the list shows.</extracomment>
        <translation>Handouts in &amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>Add a handout (Insert)</source>
        <translation>Handout hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the handout (Delete)</source>
        <translation>Handout entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the handout up (Alt+Up)</source>
        <translation>Handout nach oben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move the handout down (Alt+Down)</source>
        <translation>Handout nach unten (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Handout kind</source>
        <translation>Art des Handouts</translation>
    </message>
    <message>
        <source>Handout title</source>
        <translation>Titel des Handouts</translation>
    </message>
    <message>
        <source>Printed on it, such as: Role cards</source>
        <translation>Wird aufgedruckt, etwa: Rollenkarten</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <source>Copies are for</source>
        <translation>Exemplare sind für</translation>
    </message>
    <message>
        <source>Intro text</source>
        <translation>Einleitungstext</translation>
    </message>
    <message>
        <source>Printed above the items</source>
        <translation>Steht über den Einträgen</translation>
    </message>
    <message>
        <source>Items, one a line</source>
        <translation>Einträge, einer pro Zeile</translation>
    </message>
    <message>
        <source>One a line: a card, a slip or a sign each</source>
        <translation>Einer pro Zeile: je eine Karte, ein Streifen oder ein Schild</translation>
    </message>
    <message>
        <source>Items, one by one</source>
        <translation>Einträge einzeln</translation>
    </message>
    <message>
        <source>Handout items</source>
        <translation>Einträge des Handouts</translation>
    </message>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Eintrag hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the item (Delete)</source>
        <translation>Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Eintrag nach oben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Eintrag nach unten (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <source>For a role card: the role</source>
        <translation>Bei einer Rollenkarte: die Rolle</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>For a role card: the brief</source>
        <translation>Bei einer Rollenkarte: die Rollenbeschreibung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Co&amp;pies:</source>
        <translation>Exem&amp;plare:</translation>
    </message>
    <message>
        <source>&amp;Intro text:</source>
        <translation>&amp;Einleitungstext:</translation>
    </message>
    <message>
        <source>For cards, slips and role cards: a note for whoever cuts them. </source>
        <translation>Bei Karten, Streifen und Rollenkarten: ein Hinweis für die Person, die sie ausschneidet. </translation>
    </message>
    <message>
        <source>Ite&amp;ms:</source>
        <translation>Einträ&amp;ge:</translation>
    </message>
    <message>
        <source>Item tit&amp;le:</source>
        <translation>Tite&amp;l des Eintrags:</translation>
    </message>
    <message>
        <source>Item te&amp;xt:</source>
        <translation>Te&amp;xt des Eintrags:</translation>
    </message>
    <message>
        <source>No handouts yet: add one with Add (or the Insert key). A handout is printed for the workshop in the quantities its room needs.</source>
        <translation>Noch keine Handouts: Fügen Sie eines mit „Hinzufügen“ (oder der Einfg-Taste) hinzu. Ein Handout wird für den Workshop in der benötigten Menge gedruckt.</translation>
    </message>
    <message>
        <source>Add handout</source>
        <translation>Handout hinzufügen</translation>
    </message>
    <message>
        <source>Remove handout</source>
        <translation>Handout entfernen</translation>
    </message>
    <message>
        <source>Move handout</source>
        <translation>Handout verschieben</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Eintrag verschieben</translation>
    </message>
    <message>
        <source>{n}. {title} · {kind} · {copies} {per}</source>
        <translation>{n}. {title} · {kind} · {copies} {per}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>One item a line: a card, a slip or a sign each.</source>
        <translation>Ein Eintrag pro Zeile: je eine Karte, ein Streifen oder ein Schild.</translation>
    </message>
    <message>
        <source>Each item with a title and a text: for a role card, the role and its brief.</source>
        <translation>Jeder Eintrag mit Titel und Text: bei einer Rollenkarte die Rolle und ihre Beschreibung.</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Exercise library</source>
        <extracomment>The window&apos;s pack editors&apos; object name (one per window, found again by a rebuilt page). The open workshop&apos;s language (else the interface&apos;s): its packs are listed first.</extracomment>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Höchstdauer</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Beliebige Dauer</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>bis </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Übungspakete</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a .yaml or .wspack file (or drop it here)</source>
        <translation>Eine .yaml- oder .wspack-Datei importieren (oder hier ablegen)</translation>
    </message>
    <message>
        <source>D&amp;uplicate pack</source>
        <translation>Paket &amp;duplizieren</translation>
    </message>
    <message>
        <source>Make an editable copy of the selected pack</source>
        <translation>Eine bearbeitbare Kopie des ausgewählten Pakets anlegen</translation>
    </message>
    <message>
        <source>&amp;New pack…</source>
        <translation>&amp;Neues Paket…</translation>
    </message>
    <message>
        <source>Write a new exercise pack (or continue a draft)</source>
        <translation>Ein neues Übungspaket schreiben (oder einen Entwurf fortsetzen)</translation>
    </message>
    <message>
        <source>&amp;Edit pack…</source>
        <translation>Paket &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected pack (a built-in pack is copied first)</source>
        <translation>Das ausgewählte Paket bearbeiten (ein mitgeliefertes Paket wird zuerst kopiert)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Details zur Übung</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <source>{title} (yours)</source>
        <translation>{title} (eigenes)</translation>
    </message>
    <message>
        <source>{id}, version {version}, {n} exercises</source>
        <translation>{id}, Version {version}, {n} Übungen</translation>
    </message>
    <message>
        <source>Some pack files could not be read:
{problems}</source>
        <translation>Einige Paketdateien konnten nicht gelesen werden:
{problems}</translation>
    </message>
    <message>
        <source>*No exercise matches these filters.*</source>
        <translation>*Keine Übung passt zu diesen Filtern.*</translation>
    </message>
    <message>
        <source>Import an exercise pack</source>
        <translation>Übungspaket importieren</translation>
    </message>
    <message>
        <source>Exercise packs (*.yaml *.yml *.wspack)</source>
        <translation>Übungspakete (*.yaml *.yml *.wspack)</translation>
    </message>
    <message>
        <source>Pack not imported</source>
        <translation>Paket nicht importiert</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
    <message>
        <source>Imported pack “{title}”.</source>
        <translation>Paket „{title}“ importiert.</translation>
    </message>
    <message>
        <source>Created your editable copy “{title}”.</source>
        <translation>Ihre bearbeitbare Kopie „{title}“ wurde angelegt.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Exercise library</source>
        <extracomment>[(pack id, exercise id), ...] to add to the agenda. The workshop&apos;s language: its packs come first.</extracomment>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <source>Library exercises</source>
        <translation>Übungen der Bibliothek</translation>
    </message>
    <message>
        <source>Add &amp;to agenda</source>
        <translation>&amp;Zum Ablauf hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected exercises after the selected agenda row (or double-click, press Enter, or drag onto the agenda)</source>
        <translation>Die ausgewählten Übungen nach der ausgewählten Zeile des Ablaufs einfügen (oder doppelklicken, Enter drücken oder auf den Ablauf ziehen)</translation>
    </message>
    <message>
        <source>No exercise matches “{text}”.</source>
        <translation>Keine Übung passt zu „{text}“.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop app</source>
        <extracomment>The pages&apos; modules and the pack reader are imported this long after the window first shows, while the user reads it: a page&apos;s first showing then does not wait for its imports. The one task runner: slow work (PDFs, backups, checks) off the GUI thread.</extracomment>
        <translation>Workshop-App</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <extracomment>What was half typed in each page (gui.languages.drafts) until it is built again. The pages by key, built on first access (``self.pages[&quot;plan&quot;]``).</extracomment>
        <translation>Datenordner: {path}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>The interface language and other preferences ({key})</source>
        <translation>Sprache der Oberfläche und weitere Einstellungen ({key})</translation>
    </message>
    <message>
        <source>Open workshop:
{title}</source>
        <translation>Geöffneter Workshop:
{title}</translation>
    </message>
    <message>
        <source>{title} - Workshop app</source>
        <translation>{title} – Workshop-App</translation>
    </message>
    <message>
        <source>Interface language: {language}</source>
        <translation>Sprache der Oberfläche: {language}</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>(key, sidebar title, icon, module under workshop_app.gui.pages, class name, workshop-scoped)</extracomment>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Folgetermine</translation>
    </message>
</context>
<context>
    <name>MatrixCapture</name>
    <message>
        <source>New candidate action</source>
        <translation>Neue mögliche Maßnahme</translation>
    </message>
    <message>
        <source>Add a candidate action and press Enter</source>
        <translation>Mögliche Maßnahme eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Candidates not placed yet</source>
        <translation>Noch nicht platzierte Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Platzieren</translation>
    </message>
    <message>
        <source>Put the selected candidate in the middle of the matrix (or drag it)</source>
        <translation>Den ausgewählten Vorschlag in die Mitte der Matrix setzen (oder ziehen)</translation>
    </message>
    <message>
        <source>Matrix: arrows move the selected note, Tab picks the next, Space marks it chosen, Delete takes it off</source>
        <translation>Matrix: Pfeiltasten bewegen die ausgewählte Notiz, Tab wählt die nächste, Leertaste markiert sie als gewählt, Entf nimmt sie herunter</translation>
    </message>
    <message>
        <source>Mark &amp;chosen</source>
        <translation>Als &amp;gewählt markieren</translation>
    </message>
    <message>
        <source>Mark the selected notes as chosen: the quick wins and big bets the room takes forward (only those print on the plans). Space on the matrix does the same.</source>
        <translation>Die ausgewählten Notizen als gewählt markieren: die schnellen Erfolge und großen Vorhaben, die die Gruppe weiterverfolgt (nur diese erscheinen auf den Plänen). Die Leertaste auf der Matrix bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>&amp;Take the dot vote&apos;s chosen options</source>
        <translation>Gewählte Optionen der Punktabfrage &amp;übernehmen</translation>
    </message>
    <message>
        <source>To place (drag onto the matrix):</source>
        <translation>Zu platzieren (auf die Matrix ziehen):</translation>
    </message>
    <message>
        <source>Mark the notes the room takes forward (Space):</source>
        <translation>Notizen markieren, die die Gruppe weiterverfolgt (Leertaste):</translation>
    </message>
    <message>
        <source>Add the options the room chose in “{vote}” as candidates (those not here yet)</source>
        <translation>Die in „{vote}“ gewählten Optionen als Vorschläge hinzufügen (soweit noch nicht vorhanden)</translation>
    </message>
    <message>
        <source>No dot vote before this item has chosen options yet</source>
        <translation>Keine Punktabfrage vor diesem Punkt hat bisher gewählte Optionen</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>The two roles</source>
        <extracomment>Theme slugs an exercise may carry (the schema lists the same).</extracomment>
        <translation>Die zwei Rollen</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>The gap</source>
        <translation>Die Lücke</translation>
    </message>
    <message>
        <source>Dual competencies</source>
        <translation>Doppelte Kompetenz</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Decision-making</source>
        <translation>Gemeinsam entscheiden</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ziele abstimmen</translation>
    </message>
    <message>
        <source>Mutual respect</source>
        <translation>Gegenseitiger Respekt</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge und Technik</translation>
    </message>
    <message>
        <source>Connecting practices</source>
        <translation>Verbindende Praktiken</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Energiser</source>
        <translation>Auflockerung</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>What the facilitator records while an exercise runs.</extracomment>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Punktabfrage</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>2x2 matrix</source>
        <translation>2x2-Matrix</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>Where an exercise&apos;s results go in the participants&apos; action plans.</extracomment>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Personal commitments</source>
        <translation>Persönliche Vorhaben</translation>
    </message>
    <message>
        <source>Group priorities</source>
        <translation>Prioritäten der Gruppe</translation>
    </message>
    <message>
        <source>Shared outcomes</source>
        <translation>Gemeinsame Ergebnisse</translation>
    </message>
    <message>
        <source>New facilitators</source>
        <extracomment>Facilitation experience an exercise needs (``experience``).</extracomment>
        <translation>Neu in der Moderation</translation>
    </message>
    <message>
        <source>Some experience</source>
        <translation>Etwas Erfahrung</translation>
    </message>
    <message>
        <source>Seasoned facilitators</source>
        <translation>Erfahrene Moderation</translation>
    </message>
    <message>
        <source>{n} for the room</source>
        <extracomment>Whom a counted material is for (``per`` of a ``materials`` entry), each with how its count reads: one for the room, per working group, per participant present, for the facilitator.</extracomment>
        <translation>{n} für den Raum</translation>
    </message>
    <message>
        <source>{n} per group</source>
        <translation>{n} pro Gruppe</translation>
    </message>
    <message>
        <source>{n} per participant</source>
        <translation>{n} pro Person</translation>
    </message>
    <message>
        <source>{n} for the facilitator</source>
        <translation>{n} für die Moderation</translation>
    </message>
    <message>
        <source>Cards to cut</source>
        <extracomment>Cards sent from phones are stored with no author by default (the facilitator decides per agenda item: ``AgendaItem.anonymous``; see ``services.capture.answered_anonymously``). Printed handouts (``handouts``), by kind: how each prints (see plans/handouts.py).</extracomment>
        <translation>Karten zum Ausschneiden</translation>
    </message>
    <message>
        <source>Slips to cut</source>
        <translation>Streifen zum Ausschneiden</translation>
    </message>
    <message>
        <source>Role cards to cut</source>
        <translation>Rollenkarten zum Ausschneiden</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Schilder</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>for the room</source>
        <extracomment>What a handout&apos;s ``copies`` are counted for.</extracomment>
        <translation>für den Raum</translation>
    </message>
    <message>
        <source>per group</source>
        <translation>pro Gruppe</translation>
    </message>
    <message>
        <source>per participant</source>
        <translation>pro Person</translation>
    </message>
    <message>
        <source>Leadership</source>
        <extracomment>The most dots one option can get from one entry (a counted total in a very large room): the grid, the capture service and the workshop file check all use this one number. The longest workshop (its planned minutes) and the longest agenda item: the planning form, the agenda builder and the workshop file check all use these.</extracomment>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operatives Geschäft</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <extracomment>A commitment a check-in has not looked at (yet): shown, never stored.</extracomment>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Freier Punkt</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Agenda: planned and actual time</source>
        <translation>Ablauf: geplante und tatsächliche Zeit</translation>
    </message>
    <message>
        <source>Double-click or press Enter to jump to an item</source>
        <translation>Doppelklicken oder Enter drücken, um zu einem Punkt zu springen</translation>
    </message>
    <message>
        <source>Steps of this item</source>
        <translation>Schritte dieses Punkts</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>{n}. {title} ({minutes} min)</source>
        <translation>{n}. {title} ({minutes} min)</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>For example: Leaders and operations, one team</source>
        <translation>Zum Beispiel: Führung und Betrieb, ein Team</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>&amp;Geplante Dauer:</translation>
    </message>
</context>
<context>
    <name>NotesCapture</name>
    <message>
        <source>Notes on this item</source>
        <extracomment>After a failed write, try again this much later.</extracomment>
        <translation>Notizen zu diesem Punkt</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Type a note. It is saved as you type.</source>
        <translation>Notiz eingeben. Sie wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Private (facilitator only)</source>
        <translation>&amp;Privat (nur für die Moderation)</translation>
    </message>
    <message>
        <source>Never shown on the projector; only in your facilitator report</source>
        <translation>Nie auf der Projektion; nur in Ihrem Moderationsbericht</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>🔒 {text}  (private)</source>
        <translation>🔒 {text}  (privat)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved yet: {reason}</source>
        <translation>Noch nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>OrderedList</name>
    <message>
        <source>Add</source>
        <extracomment>(row, the row it goes to) The current row (-1 for none).</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>The facilitator writes free notes.</source>
        <translation>Die Moderation schreibt freie Notizen.</translation>
    </message>
    <message>
        <source>The facilitator records cards, one idea each, and can group them.</source>
        <translation>Die Moderation erfasst Karten, eine Idee pro Karte, und kann sie gruppieren.</translation>
    </message>
    <message>
        <source>Each participant puts their dots on the options; the app counts them.</source>
        <translation>Alle Teilnehmenden verteilen ihre Punkte auf die Optionen; die App zählt sie.</translation>
    </message>
    <message>
        <source>Each participant scores each criterion on the scale.</source>
        <translation>Alle Teilnehmenden bewerten jedes Kriterium auf der Skala.</translation>
    </message>
    <message>
        <source>Items are placed on a 2x2 grid between the two axes.</source>
        <translation>Einträge werden auf einem 2x2-Raster zwischen den beiden Achsen platziert.</translation>
    </message>
    <message>
        <source>The facilitator records action items: what, who, by when.</source>
        <translation>Die Moderation erfasst Maßnahmen: was, wer, bis wann.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to “{title}”?</source>
        <translation>Ihre Änderungen an „{title}“ speichern?</translation>
    </message>
    <message>
        <source>“{title}” is not valid yet ({problems}), so it cannot be saved to your library. Keep it as a draft?</source>
        <translation>„{title}“ ist noch nicht gültig ({problems}) und kann daher nicht in Ihrer Bibliothek gespeichert werden. Als Entwurf behalten?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Pack file (*.yaml)</source>
        <translation>Paketdatei (*.yaml)</translation>
    </message>
    <message>
        <source>Pack with pictures (*.wspack)</source>
        <translation>Paket mit Bildern (*.wspack)</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italics*, lists with - and headings with #.</source>
        <translation>Markdown: **fett**, *kursiv*, Listen mit - und Überschriften mit #.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>One card per item, eight to a page, with cut lines.</source>
        <translation>Eine Karte pro Eintrag, acht pro Seite, mit Schnittlinien.</translation>
    </message>
    <message>
        <source>One slip per item, four to a page, with room to write.</source>
        <translation>Ein Streifen pro Eintrag, vier pro Seite, mit Platz zum Schreiben.</translation>
    </message>
    <message>
        <source>One role card per item, its title over its text, two to a page.</source>
        <translation>Eine Rollenkarte pro Eintrag, Titel über dem Text, zwei pro Seite.</translation>
    </message>
    <message>
        <source>A page to fill in: the intro text, then each item with lines to write on.</source>
        <translation>Eine Seite zum Ausfüllen: der Einleitungstext, dann jeder Eintrag mit Linien zum Schreiben.</translation>
    </message>
    <message>
        <source>One page per item in large type: table signs, wall headings.</source>
        <translation>Eine Seite pro Eintrag in großer Schrift: Tischschilder, Überschriften für die Wand.</translation>
    </message>
    <message>
        <source>One page: the title in large type, the intro text, the items numbered.</source>
        <translation>Eine Seite: der Titel in großer Schrift, der Einleitungstext, die Einträge nummeriert.</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <extracomment>Validation runs this long after the last edit. A value changed at this path (after an edit, undo or redo). Rows of the list at this path were added, removed or moved: (path, row to select). New validation results: a list of pack_editing.Located. The pack and exercises made in this session: their id follows their title.</extracomment>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in pack; give your pack its own id</source>
        <translation>„{id}“ ist die ID eines mitgelieferten Pakets; geben Sie Ihrem Paket eine eigene ID</translation>
    </message>
    <message>
        <source>another pack already has the id &apos;{id}&apos;</source>
        <translation>ein anderes Paket hat bereits die ID „{id}“</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder {path}: {reason}</source>
        <translation>Der Entwurfsordner {path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the draft {path}: {reason}</source>
        <translation>Der Entwurf {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>Exercise {n} “{title}”</source>
        <translation>Übung {n} „{title}“</translation>
    </message>
    <message>
        <source>Exercise {n}</source>
        <translation>Übung {n}</translation>
    </message>
    <message>
        <source>step {n}</source>
        <translation>Schritt {n}</translation>
    </message>
    <message>
        <source>Agenda {n}</source>
        <translation>Ablauf {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>Punkt {n}</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>Paketdetails</translation>
    </message>
</context>
<context>
    <name>PackEditorWindow</name>
    <message>
        <source>Pack details</source>
        <extracomment>The pack was saved into the library (its id).</extracomment>
        <translation>Paketdetails</translation>
    </message>
    <message>
        <source>Pack details (Ctrl+1)</source>
        <translation>Paketdetails (Strg+1)</translation>
    </message>
    <message>
        <source>Exercises (Ctrl+2)</source>
        <translation>Übungen (Strg+2)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Add an exercise (Insert)</source>
        <translation>Übung hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Duplicate the exercise</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Remove the exercise (Delete)</source>
        <translation>Übung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the exercise up (Alt+Up)</source>
        <translation>Übung nach oben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move the exercise down (Alt+Down)</source>
        <translation>Übung nach unten (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Agendas (Ctrl+3)</source>
        <translation>Abläufe (Strg+3)</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>Add an agenda (Insert)</source>
        <translation>Ablauf hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the agenda (Delete)</source>
        <translation>Ablauf entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the agenda up (Alt+Up)</source>
        <translation>Ablauf nach oben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move the agenda down (Alt+Down)</source>
        <translation>Ablauf nach unten (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Übung entfernen</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Übung verschieben</translation>
    </message>
    <message>
        <source>Remove agenda</source>
        <translation>Ablauf entfernen</translation>
    </message>
    <message>
        <source>Move agenda</source>
        <translation>Ablauf verschieben</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als &amp;Entwurf behalten</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Open a pack file…</source>
        <translation>Paketdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Add an e&amp;xercise</source>
        <translation>&amp;Übung hinzufügen</translation>
    </message>
    <message>
        <source>Add an a&amp;genda</source>
        <translation>Ab&amp;lauf hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Pack details</source>
        <translation>Paket&amp;details</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>Übu&amp;ngen</translation>
    </message>
    <message>
        <source>&amp;Agendas</source>
        <translation>Abl&amp;äufe</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>Pr&amp;obleme</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>Nächs&amp;tes Problem</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Add agenda</source>
        <translation>Ablauf hinzufügen</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>{what} rückgängig machen</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>{what} wiederholen</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Draft — not valid yet: {problems}. Kept in your drafts, not in the library, until it is valid and saved.</source>
        <translation>Entwurf – noch nicht gültig: {problems}. Bleibt in Ihren Entwürfen, nicht in der Bibliothek, bis er gültig ist und gespeichert wird.</translation>
    </message>
    <message>
        <source>Not valid yet: {problems}. Fix it to save the pack; until then it can only be kept as a draft (Ctrl+Shift+S).</source>
        <translation>Noch nicht gültig: {problems}. Beheben Sie es, um das Paket zu speichern; bis dahin lässt es sich nur als Entwurf behalten (Strg+Umschalt+S).</translation>
    </message>
    <message>
        <source>Not valid yet: {problems}. Fix them to save the pack; until then it can only be kept as a draft (Ctrl+Shift+S).</source>
        <translation>Noch nicht gültig: {problems}. Beheben Sie die Probleme, um das Paket zu speichern; bis dahin lässt es sich nur als Entwurf behalten (Strg+Umschalt+S).</translation>
    </message>
    <message>
        <source>Draft — valid now: save it (Ctrl+S) to add it to your library.</source>
        <translation>Entwurf – jetzt gültig: Speichern Sie ihn (Strg+S), um ihn in Ihre Bibliothek aufzunehmen.</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <source>{title}{draft}[*] — Pack editor</source>
        <translation>{title}{draft}[*] – Paket-Editor</translation>
    </message>
</context>
<context>
    <name>PackEditors</name>
    <message>
        <source>Edit a copy?</source>
        <extracomment>The last question asked (for tests and screen readers).</extracomment>
        <translation>Eine Kopie bearbeiten?</translation>
    </message>
    <message>
        <source>“{title}” is a built-in pack: it is never changed. Make your own copy and edit that?</source>
        <translation>„{title}“ ist ein mitgeliefertes Paket und wird nie verändert. Eine eigene Kopie anlegen und diese bearbeiten?</translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation>Duplizieren und bearbeiten</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Entwurf fortsetzen?</translation>
    </message>
    <message>
        <source>You kept a draft of “{title}” on {when}. Continue the draft, or open the saved pack (the draft stays in your drafts)?</source>
        <translation>Sie haben am {when} einen Entwurf von „{title}“ behalten. Den Entwurf fortsetzen oder das gespeicherte Paket öffnen (der Entwurf bleibt bei Ihren Entwürfen)?</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Entwurf fortsetzen</translation>
    </message>
    <message>
        <source>Open the saved pack</source>
        <translation>Gespeichertes Paket öffnen</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>Das Paket kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>Pack details</source>
        <translation>Paketdetails</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>Titel des Pakets</translation>
    </message>
    <message>
        <source>For example: Team basics</source>
        <translation>Zum Beispiel: Grundlagen fürs Team</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>ID des Pakets</translation>
    </message>
    <message>
        <source>made from the title, such as team-basics</source>
        <translation>aus dem Titel gebildet, etwa grundlagen-team</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/in</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Wer es geschrieben hat</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Sprachcode</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>For example: CC BY 4.0</source>
        <translation>Zum Beispiel: CC BY 4.0</translation>
    </message>
    <message>
        <source>Pack description</source>
        <translation>Beschreibung des Pakets</translation>
    </message>
    <message>
        <source>What the pack is for</source>
        <translation>Wofür das Paket gedacht ist</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Lowercase letters and digits joined by hyphens; made from the title until you change it. Two packs cannot share an id.</source>
        <translation>Kleinbuchstaben und Ziffern, durch Bindestriche verbunden; wird aus dem Titel gebildet, bis Sie sie ändern. Zwei Pakete können nicht dieselbe ID haben.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor/in:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>Li&amp;zenz:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Saved in your pack folder as {id}.yaml. Built-in packs are never changed.</source>
        <translation>In Ihrem Paketordner als {id}.yaml gespeichert. Mitgelieferte Pakete werden nie verändert.</translation>
    </message>
    <message>
        <source>Not saved yet: Save (Ctrl+S) puts it in your pack folder.</source>
        <translation>Noch nicht gespeichert: Speichern (Strg+S) legt es in Ihrem Paketordner ab.</translation>
    </message>
</context>
<context>
    <name>PackKeeper</name>
    <message>
        <source>Pack not valid yet</source>
        <extracomment>The version last saved: a version bump is offered only if the trainer has not changed it.</extracomment>
        <translation>Paket noch nicht gültig</translation>
    </message>
    <message>
        <source>“{title}” has {problems}, listed on the left. A pack that is not valid cannot go into your library; you can keep it as a draft and finish it later.</source>
        <translation>„{title}“ hat {problems}, links aufgelistet. Ein ungültiges Paket kann nicht in Ihre Bibliothek; Sie können es als Entwurf behalten und später fertigstellen.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Saved pack “{title}”, version {version}.</source>
        <translation>Paket „{title}“, Version {version}, gespeichert.</translation>
    </message>
    <message>
        <source>Kept as a draft: {path}</source>
        <translation>Als Entwurf behalten: {path}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>list, check, import and export exercise packs</source>
        <translation>Übungspakete auflisten, prüfen, importieren und exportieren</translation>
    </message>
    <message>
        <source>Exercise packs are plain files (.yaml, or .wspack with images) that trainers write; see docs/packs.md.</source>
        <translation>Übungspakete sind einfache Dateien (.yaml oder .wspack mit Bildern), die Trainer/innen schreiben; siehe docs/packs.md.</translation>
    </message>
    <message>
        <source>SUBCOMMAND</source>
        <translation>UNTERBEFEHL</translation>
    </message>
    <message>
        <source>list the built-in and imported packs</source>
        <translation>mitgelieferte und importierte Pakete auflisten</translation>
    </message>
    <message>
        <source>show a pack and its exercises</source>
        <translation>ein Paket und seine Übungen anzeigen</translation>
    </message>
    <message>
        <source>the pack&apos;s id</source>
        <translation>die ID des Pakets</translation>
    </message>
    <message>
        <source>check pack files and list every problem</source>
        <translation>Paketdateien prüfen und jedes Problem auflisten</translation>
    </message>
    <message>
        <source>a .yaml, .yml or .wspack file</source>
        <translation>eine .yaml-, .yml- oder .wspack-Datei</translation>
    </message>
    <message>
        <source>check a pack file and add it to your packs</source>
        <translation>eine Paketdatei prüfen und zu Ihren Paketen hinzufügen</translation>
    </message>
    <message>
        <source>replace an imported pack that has the same id</source>
        <translation>ein importiertes Paket mit derselben ID ersetzen</translation>
    </message>
    <message>
        <source>write a pack to a .yaml or .wspack file</source>
        <translation>ein Paket in eine .yaml- oder .wspack-Datei schreiben</translation>
    </message>
    <message>
        <source>the file to write, ending in .yaml or .wspack</source>
        <translation>die zu schreibende Datei, endet auf .yaml oder .wspack</translation>
    </message>
    <message>
        <source>warning: skipped {error} (run &apos;packs validate {file}&apos;)</source>
        <translation>Warnung: {error} übersprungen (führen Sie &apos;packs validate {file}&apos; aus)</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>user</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation>ÜBUNGEN</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Exercises ({n}):</source>
        <translation>Übungen ({n}):</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>CAPTURE</source>
        <translation>ERFASSUNG</translation>
    </message>
    <message>
        <source>Agendas ({n}):</source>
        <translation>Abläufe ({n}):</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: in Ordnung</translation>
    </message>
    <message>
        <source>{file} is not a valid pack</source>
        <translation>{file} ist kein gültiges Paket</translation>
    </message>
    <message>
        <source>{bad} of {total} files are not valid packs</source>
        <translation>{bad} von {total} Dateien sind keine gültigen Pakete</translation>
    </message>
    <message>
        <source>Use --replace to replace it.</source>
        <translation>Mit --replace ersetzen Sie es.</translation>
    </message>
    <message>
        <source>Imported {id} ({title}, {n} exercises) as {path}</source>
        <translation>{id} ({title}, {n} Übungen) als {path} importiert</translation>
    </message>
    <message>
        <source>Exported {id} to {path}</source>
        <translation>{id} nach {path} exportiert</translation>
    </message>
    <message>
        <source>the name holds a backslash</source>
        <translation>der Name enthält einen Backslash</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>der Name ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>the name holds &apos;..&apos;</source>
        <translation>der Name enthält &apos;..&apos;</translation>
    </message>
    <message>
        <source>the name holds a NUL character</source>
        <translation>der Name enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>es ist ein Link</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>es ist verschlüsselt</translation>
    </message>
    <message>
        <source>it is larger than {cap} uncompressed</source>
        <translation>es ist entpackt größer als {cap}</translation>
    </message>
    <message>
        <source>{name} is larger than {cap}, the limit for one file in a pack</source>
        <translation>{name} ist größer als {cap}, die Grenze für eine Datei in einem Paket</translation>
    </message>
    <message>
        <source>The pack and its assets are larger than {cap} together</source>
        <translation>Das Paket und seine Dateien sind zusammen größer als {cap}</translation>
    </message>
    <message>
        <source>not a readable .wspack (zip) archive: {reason}</source>
        <translation>kein lesbares .wspack-Archiv (zip): {reason}</translation>
    </message>
    <message>
        <source>the archive holds {n} files; at most {cap} are allowed</source>
        <translation>das Archiv enthält {n} Dateien; erlaubt sind höchstens {cap}</translation>
    </message>
    <message>
        <source>the archive holds it twice</source>
        <translation>das Archiv enthält sie zweimal</translation>
    </message>
    <message>
        <source>member {name!r} refused: {problem}</source>
        <translation>Eintrag {name!r} abgelehnt: {problem}</translation>
    </message>
    <message>
        <source>the archive is larger than {cap} uncompressed</source>
        <translation>das Archiv ist entpackt größer als {cap}</translation>
    </message>
    <message>
        <source>member {name!r} refused: it unpacks to more than its size limit</source>
        <translation>Eintrag {name!r} abgelehnt: er wird beim Entpacken größer als seine Grenze</translation>
    </message>
    <message>
        <source>member {name!r} is damaged: {reason}</source>
        <translation>Eintrag {name!r} ist beschädigt: {reason}</translation>
    </message>
    <message>
        <source>no pack.yaml at the top of the archive</source>
        <translation>keine pack.yaml auf der obersten Ebene des Archivs</translation>
    </message>
    <message>
        <source> (found {name}: zip the folder&apos;s contents, not the folder)</source>
        <translation> ({name} gefunden: packen Sie den Inhalt des Ordners, nicht den Ordner selbst)</translation>
    </message>
    <message>
        <source>{file} is not a valid pack: 1 problem</source>
        <translation>{file} ist kein gültiges Paket: 1 Problem</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid pack: %n problems</source>
        <translation>
            <numerusform>{file} ist kein gültiges Paket: %n Problem</numerusform>
            <numerusform>{file} ist kein gültiges Paket: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {n} more problems</source>
        <translation>... und {n} weitere Probleme</translation>
    </message>
    <message>
        <source>the pack id &apos;{id}&apos; is already used by {other}; this file is skipped</source>
        <translation>die Paket-ID &apos;{id}&apos; wird bereits von {other} verwendet; diese Datei wird übersprungen</translation>
    </message>
    <message>
        <source>No pack with id &apos;{id}&apos;.</source>
        <translation>Kein Paket mit der ID &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Pack &apos;{pack}&apos; has no exercise with id &apos;{id}&apos;.</source>
        <translation>Paket &apos;{pack}&apos; hat keine Übung mit der ID &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>The user pack folder is inside the built-in pack folder; built-in packs are never written.</source>
        <translation>Der Ordner für eigene Pakete liegt im Ordner der mitgelieferten Pakete; mitgelieferte Pakete werden nie geschrieben.</translation>
    </message>
    <message>
        <source>The pack id &apos;{id}&apos; belongs to a built-in pack. Give your pack its own id (the &apos;id&apos; field) to import it.</source>
        <translation>Die Paket-ID &apos;{id}&apos; gehört zu einem mitgelieferten Paket. Geben Sie Ihrem Paket eine eigene ID (Feld &apos;id&apos;), um es zu importieren.</translation>
    </message>
    <message>
        <source>A user pack with id &apos;{id}&apos; is already imported ({file}).</source>
        <translation>Ein eigenes Paket mit der ID &apos;{id}&apos; ist bereits importiert ({file}).</translation>
    </message>
    <message>
        <source>Cannot export to {path}: the name must end in .yaml or .wspack</source>
        <translation>Export nach {path} nicht möglich: der Name muss auf .yaml oder .wspack enden</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid pack id: use lowercase letters and digits joined by single hyphens</source>
        <translation>&apos;{id}&apos; ist keine gültige Paket-ID: verwenden Sie Kleinbuchstaben und Ziffern, verbunden durch einzelne Bindestriche</translation>
    </message>
    <message>
        <source>A pack with id &apos;{id}&apos; already exists.</source>
        <translation>Ein Paket mit der ID &apos;{id}&apos; gibt es bereits.</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in pack and cannot be changed; duplicate it to edit your own copy.</source>
        <translation>&apos;{id}&apos; ist ein mitgeliefertes Paket und kann nicht geändert werden; duplizieren Sie es, um Ihre eigene Kopie zu bearbeiten.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in pack and cannot be removed.</source>
        <translation>&apos;{id}&apos; ist ein mitgeliefertes Paket und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>this is a folder, not a pack file</source>
        <translation>das ist ein Ordner, keine Paketdatei</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the file is larger than {cap}, the limit for this kind of file</source>
        <translation>die Datei ist größer als {cap}, die Grenze für diese Art von Datei</translation>
    </message>
    <message>
        <source>not a pack file: a pack ends in .yaml, .yml or .wspack</source>
        <translation>keine Paketdatei: ein Paket endet auf .yaml, .yml oder .wspack</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>must be the whole number {ours}</source>
        <translation>muss die ganze Zahl {ours} sein</translation>
    </message>
    <message>
        <source>this pack uses format {n}; this app reads format {ours} — update workshop-app</source>
        <translation>dieses Paket verwendet Format {n}; diese App liest Format {ours} – aktualisieren Sie workshop-app</translation>
    </message>
    <message>
        <source>unknown format {n}; this app reads format {ours}</source>
        <translation>unbekanntes Format {n}; diese App liest Format {ours}</translation>
    </message>
    <message>
        <source>is {minutes} but the steps ({total}) and the debrief ({debrief}) add up to {sum}; make them agree</source>
        <translation>ist {minutes}, aber die Schritte ({total}) und die Auswertung ({debrief}) ergeben zusammen {sum}; gleichen Sie die Werte an</translation>
    </message>
    <message>
        <source>is {minutes} but the steps add up to {total}; make them agree</source>
        <translation>ist {minutes}, aber die Schritte ergeben zusammen {total}; gleichen Sie die Werte an</translation>
    </message>
    <message>
        <source>scale_min ({low}) must be less than scale_max ({high})</source>
        <translation>scale_min ({low}) muss kleiner sein als scale_max ({high})</translation>
    </message>
    <message>
        <source>is {low}, more than group_size.max ({high}); the smallest group cannot be larger than the largest</source>
        <translation>ist {low}, mehr als group_size.max ({high}); die kleinste Gruppe kann nicht größer sein als die größte</translation>
    </message>
    <message>
        <source>counts per group but the exercise has no group_size, so the room would count as one group; add group_size</source>
        <translation>zählt pro Gruppe, aber die Übung hat kein group_size, sodass der Raum als eine Gruppe zählen würde; ergänzen Sie group_size</translation>
    </message>
    <message>
        <source>no exercise with id &apos;{id}&apos; in this pack</source>
        <translation>keine Übung mit der ID &apos;{id}&apos; in diesem Paket</translation>
    </message>
    <message>
        <source>picture &apos;{target}&apos; refused: a picture is a file in the pack&apos;s assets/ folder, written as ![what it shows](assets/name.png)</source>
        <extracomment>Findings about one text at most (a flood of bad targets is said once per field, not 10,000 times).</extracomment>
        <translation>Bild &apos;{target}&apos; abgelehnt: ein Bild ist eine Datei im Ordner assets/ des Pakets, geschrieben als ![was es zeigt](assets/name.png)</translation>
    </message>
    <message>
        <source>link &apos;{target}&apos; refused: a link goes to a web address (https://...) or to a file in the pack&apos;s assets/ folder</source>
        <translation>Link &apos;{target}&apos; abgelehnt: ein Link führt zu einer Webadresse (https://...) oder zu einer Datei im Ordner assets/ des Pakets</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not in the pack: no file {name} (pictures go in the assets/ folder of a .wspack archive)</source>
        <translation>&apos;{target}&apos; ist nicht im Paket: keine Datei {name} (Bilder gehören in den Ordner assets/ eines .wspack-Archivs)</translation>
    </message>
    <message>
        <source>raw HTML pictures (&lt;img&gt;) are not allowed: write ![what it shows](assets/name.png)</source>
        <translation>HTML-Bilder (&lt;img&gt;) sind nicht erlaubt: schreiben Sie ![was es zeigt](assets/name.png)</translation>
    </message>
    <message>
        <source>duplicate exercise id &apos;{id}&apos; (also used by {other})</source>
        <translation>doppelte Übungs-ID &apos;{id}&apos; (auch verwendet von {other})</translation>
    </message>
    <message>
        <source>duplicate agenda id &apos;{id}&apos; (also used by {other})</source>
        <translation>doppelte Ablauf-ID &apos;{id}&apos; (auch verwendet von {other})</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed</source>
        <extracomment>Paths where an alias or a tagged value stood (its value is None); other checks keep quiet there.</extracomment>
        <translation>Aliase (*name) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>the top level must be a set of fields such as &apos;format: 1&apos;, not a list or a single value</source>
        <translation>die oberste Ebene muss eine Menge von Feldern wie &apos;format: 1&apos; sein, keine Liste und kein einzelner Wert</translation>
    </message>
    <message>
        <source>a pack file holds one YAML document; remove the second &apos;---&apos; and what follows</source>
        <translation>eine Paketdatei enthält ein einziges YAML-Dokument; entfernen Sie das zweite &apos;---&apos; und alles danach</translation>
    </message>
    <message>
        <source>more than {n} values: too large for a pack</source>
        <translation>mehr als {n} Werte: zu groß für ein Paket</translation>
    </message>
    <message>
        <source>aliases (*{name}) are not allowed: write the value out in full</source>
        <translation>Aliase (*{name}) sind nicht erlaubt: schreiben Sie den Wert vollständig aus</translation>
    </message>
    <message>
        <source>anchors (&amp;{name}) are not allowed</source>
        <translation>Anker (&amp;{name}) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>tags such as {tag} are not allowed: a pack holds plain text, numbers, lists and fields only</source>
        <translation>Tags wie {tag} sind nicht erlaubt: ein Paket enthält nur einfachen Text, Zahlen, Listen und Felder</translation>
    </message>
    <message>
        <source>nested more than {n} levels deep</source>
        <translation>mehr als {n} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a field name must be plain text</source>
        <translation>ein Feldname muss einfacher Text sein</translation>
    </message>
    <message>
        <source>duplicate key: &apos;{key}&apos; is already given on line {line}</source>
        <translation>doppelter Schlüssel: &apos;{key}&apos; steht bereits in Zeile {line}</translation>
    </message>
    <message>
        <source>the number is too long</source>
        <translation>die Zahl ist zu lang</translation>
    </message>
    <message>
        <source>holds an escaped lone surrogate, which is not a character</source>
        <translation>enthält ein maskiertes einzelnes Surrogat, das kein Zeichen ist</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8</source>
        <translation>kein gültiger UTF-8-Text (Byte 0x{byte:02X}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>YAML syntax error: {detail}</source>
        <translation>YAML-Syntaxfehler: {detail}</translation>
    </message>
    <message>
        <source>the control character U+{code:04X} is not allowed in a pack file</source>
        <translation>das Steuerzeichen U+{code:04X} ist in einer Paketdatei nicht erlaubt</translation>
    </message>
    <message>
        <source>the file is larger than {cap}, the limit for a pack file</source>
        <translation>die Datei ist größer als {cap}, die Grenze für eine Paketdatei</translation>
    </message>
    <message>
        <source>not valid YAML: {error}</source>
        <translation>kein gültiges YAML: {error}</translation>
    </message>
    <message>
        <source>the file is empty: a pack starts with &apos;format: 1&apos;</source>
        <translation>die Datei ist leer: ein Paket beginnt mit &apos;format: 1&apos;</translation>
    </message>
    <message>
        <source>give exactly one of exercise, break or custom (breaks and free items need minutes)</source>
        <translation>geben Sie genau eines von exercise, break oder custom an (Pausen und freie Punkte brauchen minutes)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <extracomment>Characters YAML reads as line breaks (or drops) unless escaped: text holding one is double-quoted.</extracomment>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot add the asset {name}: {problem}</source>
        <translation>Die Datei {name} kann nicht hinzugefügt werden: {problem}</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{name} (absent)</source>
        <translation>{name} (abwesend)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>(participant id, field, new value): the page turns it into an undoable edit.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address</source>
        <translation>„{value}“ sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <source>{name} is marked absent: kept in the record, not offered for new input, no printed plan.</source>
        <translation>{name} ist als abwesend markiert: bleibt in den Unterlagen, wird für neue Eingaben nicht angeboten, bekommt keinen gedruckten Plan.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <extracomment>A message for the status bar. A problem the user must see.</extracomment>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Teilnehmende hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add a row and type the name (Insert)</source>
        <translation>Eine Zeile hinzufügen und den Namen eingeben (Einfg)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete)</source>
        <translation>Ausgewählte Teilnehmende entfernen (Entf)</translation>
    </message>
    <message>
        <source>Mar&amp;k absent</source>
        <translation>Als abwe&amp;send markieren</translation>
    </message>
    <message>
        <source>Absent people keep what they gave (their dots still count) but are not offered for new input and get no printed plan</source>
        <translation>Abwesende behalten, was sie beigetragen haben (ihre Punkte zählen weiter), werden aber für neue Eingaben nicht angeboten und bekommen keinen gedruckten Plan</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a sign-up sheet saved as CSV</source>
        <translation>Eine als CSV gespeicherte Anmeldeliste einlesen</translation>
    </message>
    <message>
        <source>Paste ro&amp;ws</source>
        <translation>&amp;Zeilen einfügen</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet (Ctrl+V in the table)</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen hinzufügen (Strg+V in der Tabelle)</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 Teilnehmer/in</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n Teilnehmer/in</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} absent</source>
        <translation>{n} abwesend</translation>
    </message>
    <message>
        <source>Mar&amp;k present</source>
        <translation>Als anwe&amp;send markieren</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmer/in entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participants</source>
        <translation>
            <numerusform>%n Teilnehmer/in entfernen</numerusform>
            <numerusform>%n Teilnehmende entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Teilnehmende umsortieren</translation>
    </message>
    <message>
        <source>Mark them absent instead?</source>
        <translation>Stattdessen als abwesend markieren?</translation>
    </message>
    <message>
        <source>Mark absent instead?</source>
        <translation>Stattdessen als abwesend markieren?</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Teilnehmende entfernen</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Als abwesend markieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Absent people stay in the record and their dots and ratings still count, but they are not offered for new input and get no printed plan. Removing deletes their dots, ratings and action ownerships (Undo brings them back).</source>
        <translation>Abwesende bleiben in den Unterlagen, und ihre Punkte und Bewertungen zählen weiter, aber sie werden für neue Eingaben nicht angeboten und bekommen keinen gedruckten Plan. Entfernen löscht ihre Punkte, Bewertungen und Verantwortlichkeiten für Maßnahmen (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>Mark {name} absent</source>
        <translation>{name} als abwesend markieren</translation>
    </message>
    <message>
        <source>Mark {n} participants absent</source>
        <translation>{n} Teilnehmende als abwesend markieren</translation>
    </message>
    <message>
        <source>Mark {name} present</source>
        <translation>{name} als anwesend markieren</translation>
    </message>
    <message>
        <source>Mark {n} participants present</source>
        <translation>{n} Teilnehmende als anwesend markieren</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue/r Teilnehmer/in</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmer/in hinzufügen</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste: copy rows in a spreadsheet first.</source>
        <translation>Die Zwischenablage enthält keine Zeilen zum Einfügen: Kopieren Sie zuerst Zeilen in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Paste 1 participant</source>
        <translation>1 Teilnehmer/in einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>%n Teilnehmer/in einfügen</numerusform>
            <numerusform>%n Teilnehmende einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted 1 participant.</source>
        <translation>1 Teilnehmer/in eingefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n participants.</source>
        <translation>
            <numerusform>%n Teilnehmer/in eingefügt.</numerusform>
            <numerusform>%n Teilnehmende eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted:</source>
        <translation>Nicht eingefügt:</translation>
    </message>
    <message>
        <source>Import 1 participant</source>
        <translation>1 Teilnehmer/in importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>%n Teilnehmer/in importieren</numerusform>
            <numerusform>%n Teilnehmende importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 participant.</source>
        <translation>1 Teilnehmer/in importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participants.</source>
        <translation>
            <numerusform>%n Teilnehmer/in importiert.</numerusform>
            <numerusform>%n Teilnehmende importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCheckinDialog</name>
    <message>
        <source>Plan a check-in</source>
        <translation>Folgetermin planen</translation>
    </message>
    <message>
        <source>A check-in after “{title}”: every commitment, one at a time.</source>
        <translation>Ein Folgetermin nach „{title}“: alle Vorhaben, eines nach dem anderen.</translation>
    </message>
    <message>
        <source>At a set &amp;time:</source>
        <translation>Zu fester &amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Wer nimmt teil</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected person.</source>
        <translation>Die Leertaste hakt die gewählte Person an oder ab.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Who attends:</source>
        <translation>&amp;Wer nimmt teil:</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Folgetermin</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Edit {field}</source>
        <extracomment>(list name, handles of the rows to select afterwards) (field, stored value) after a Details edit, its undo or its redo. A write failed: the message for the user.</extracomment>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>planned length</source>
        <translation>Geplante Dauer</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>Datum des Folgetermins</translation>
    </message>
    <message>
        <source>follow-up time</source>
        <translation>Uhrzeit des Folgetermins</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>The run sheet being written (closing the window waits for it: see TaskManager).</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Run &amp;sheet (PDF)…</source>
        <translation>&amp;Ablaufplan (PDF)…</translation>
    </message>
    <message>
        <source>A printable agenda with clock times, materials and your notes for each exercise</source>
        <translation>Ein druckbarer Ablauf mit Uhrzeiten, Material und Ihren Notizen zu jeder Übung</translation>
    </message>
    <message>
        <source>Print &amp;blank plans…</source>
        <translation>&amp;Leere Pläne drucken…</translation>
    </message>
    <message>
        <source>Before the workshop: a plan for each participant with empty commitment cards to fill in by hand</source>
        <translation>Vor dem Workshop: ein Plan für alle Teilnehmenden mit leeren Karten für Vorhaben zum Ausfüllen von Hand</translation>
    </message>
    <message>
        <source>Print &amp;handouts…</source>
        <translation>&amp;Handouts drucken…</translation>
    </message>
    <message>
        <source>Before the workshop: the cards, slips, role cards, sheets, signs and posters the agenda&apos;s exercises use, for the participants present</source>
        <translation>Vor dem Workshop: die Karten, Streifen, Rollenkarten, Blätter, Schilder und Plakate, die die Übungen des Ablaufs verwenden, für die anwesenden Teilnehmenden</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;blauf</translation>
    </message>
    <message>
        <source>Plan: {title}</source>
        <translation>Planung: {title}</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 Teilnehmer/in</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n Teilnehmer/in</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 Programmpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n Programmpunkt</numerusform>
            <numerusform>%n Programmpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>von {start} bis {end}</translation>
    </message>
    <message>
        <source>Your change could not be saved; it stays on screen and will be saved again shortly.

{reason}</source>
        <translation>Ihre Änderung konnte nicht gespeichert werden; sie bleibt auf dem Bildschirm und wird gleich noch einmal gespeichert.

{reason}</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Ablaufplan speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the run sheet…</source>
        <translation>Ablaufplan wird geschrieben…</translation>
    </message>
    <message>
        <source>Run sheet saved to {path}</source>
        <translation>Ablaufplan gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>The run sheet is saved:
{path}</source>
        <translation>Der Ablaufplan ist gespeichert:
{path}</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The run sheet was not written.

{reason}</source>
        <translation>Der Ablaufplan wurde nicht geschrieben.

{reason}</translation>
    </message>
    <message>
        <source>Save the blank plans in</source>
        <translation>Leere Pläne speichern in</translation>
    </message>
    <message>
        <source>Writing the blank plans…</source>
        <translation>Leere Pläne werden geschrieben…</translation>
    </message>
    <message>
        <source>1 blank plan and the print file saved to {folder}</source>
        <translation>1 leerer Plan und die Druckdatei gespeichert in {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n blank plans and the print file saved to {folder}</source>
        <translation>
            <numerusform>%n leerer Plan und die Druckdatei gespeichert in {folder}</numerusform>
            <numerusform>%n leere Pläne und die Druckdatei gespeichert in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>{saved}.
The print file of all:
{path}</source>
        <translation>{saved}.
Die Druckdatei mit allen:
{path}</translation>
    </message>
    <message>
        <source>Blank plans</source>
        <translation>Leere Pläne</translation>
    </message>
    <message>
        <source>The blank plans were not written.

{reason}</source>
        <translation>Die leeren Pläne wurden nicht geschrieben.

{reason}</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>No exercise on this agenda has handouts to print.</source>
        <translation>Keine Übung in diesem Ablauf hat Handouts zum Drucken.</translation>
    </message>
    <message>
        <source>Save the handouts in</source>
        <translation>Handouts speichern in</translation>
    </message>
    <message>
        <source>Writing the handouts…</source>
        <translation>Handouts werden geschrieben…</translation>
    </message>
    <message>
        <source>Handouts saved to {path}</source>
        <translation>Handouts gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The handouts are saved:
{path}</source>
        <translation>Die Handouts sind gespeichert:
{path}</translation>
    </message>
    <message>
        <source>The handouts were not written.

{reason}</source>
        <translation>Die Handouts wurden nicht geschrieben.

{reason}</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Total {total} min — {over} min over the planned {planned}</source>
        <extracomment>Workshop fields a facilitator edits on the Details tab, in form order.</extracomment>
        <translation>Insgesamt {total} min – {over} min mehr als die geplanten {planned}</translation>
    </message>
    <message>
        <source>Total {total} min — exactly the planned {planned}</source>
        <translation>Insgesamt {total} min – genau die geplanten {planned}</translation>
    </message>
    <message>
        <source>Total {total} min — {left} min left of the planned {planned}</source>
        <translation>Insgesamt {total} min – noch {left} min frei von den geplanten {planned}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Freier Punkt</translation>
    </message>
    <message>
        <source>The pack “{pack}” has no exercise “{id}”; it was left out.</source>
        <translation>Das Paket „{pack}“ hat keine Übung „{id}“; sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>There is no ready-made agenda “{id}” in pack “{pack}”.</source>
        <translation>Im Paket „{pack}“ gibt es keinen fertigen Ablauf „{id}“.</translation>
    </message>
    <message>
        <source>1 dot</source>
        <extracomment>Delete a row and return what puts it back exactly (same id, everything it took). Put back what ``take_row`` returned.</extracomment>
        <translation>1 Punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 rating</source>
        <translation>1 Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} has {what}.</source>
        <translation>{name} hat {what}.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>(circle one)</source>
        <translation>(bitte ankreuzen)</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Was ich tun werde</translation>
    </message>
    <message>
        <source>Anything else I will do:</source>
        <translation>Was ich außerdem tun werde:</translation>
    </message>
    <message>
        <source>What I will do after this workshop, by when, and how I will know it worked.</source>
        <translation>Was ich nach diesem Workshop tun werde, bis wann und woran ich merke, dass es gewirkt hat.</translation>
    </message>
    <message>
        <source>Write down what you will do after this workshop: one commitment per card.</source>
        <translation>Schreiben Sie auf, was Sie nach diesem Workshop tun werden: ein Vorhaben pro Karte.</translation>
    </message>
    <message>
        <source>My signature</source>
        <extracomment>rows (the header&apos;s included) of a check-in table kept with the lines under it</extracomment>
        <translation>Meine Unterschrift</translation>
    </message>
    <message>
        <source>My rating of each criterion beside the room&apos;s mean.</source>
        <extracomment>the part of page 1&apos;s width the own ratings take, beside the title block points: the title block and the ratings beside it are at most this tall</extracomment>
        <translation>Meine Bewertung jedes Kriteriums neben dem Mittelwert der Gruppe.</translation>
    </message>
    <message>
        <source>The workshop “{title}” has no participants: add them before printing action plans.</source>
        <translation>Der Workshop „{title}“ hat keine Teilnehmenden: Fügen Sie sie hinzu, bevor Sie Aktionspläne drucken.</translation>
    </message>
    <message>
        <source>Everyone in the workshop “{title}” is marked absent: mark someone present before printing action plans.</source>
        <translation>Alle im Workshop „{title}“ sind als abwesend markiert: Markieren Sie jemanden als anwesend, bevor Sie Aktionspläne drucken.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <extracomment>A pack id -&gt; that pack&apos;s pictures (archive members, ``{&quot;assets/x.png&quot;: bytes}``). One file per participant, in participant order (only those written when cancelled). All plans in one print file (None when cancelled or not asked for).</extracomment>
        <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Personal action plan: {name}</source>
        <translation>Persönlicher Aktionsplan: {name}</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Aktionspläne</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name such as report.pdf.</source>
        <translation>{path} ist ein Ordner: Geben Sie einen Dateinamen an, etwa bericht.pdf.</translation>
    </message>
    <message>
        <source>Facilitator report</source>
        <translation>Moderationsbericht</translation>
    </message>
    <message>
        <source>Sponsor report</source>
        <extracomment>The fewest people whose ratings print as a mean (and a lowest and highest), per criterion and per role side.</extracomment>
        <translation>Bericht für Auftraggeber</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <extracomment>At least the points a facilitator notes box starts with on a page (its label and first lines): with less room left it starts on the next page; a longer box flows on in its tint.</extracomment>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>Nothing to print: no exercise on the agenda of “{title}” has handouts.</source>
        <translation>Nichts zu drucken: Keine Übung im Ablauf von „{title}“ hat Handouts.</translation>
    </message>
    <message>
        <source>Handouts</source>
        <extracomment>Pieces to cut: (columns, rows) on a page.</extracomment>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>The workshop “{title}” has no commitments to follow: record them before printing progress.</source>
        <translation>Im Workshop „{title}“ gibt es keine Vorhaben, deren Fortschritt man verfolgen könnte: Erfassen Sie sie, bevor Sie den Fortschritt drucken.</translation>
    </message>
    <message>
        <source>My progress: {name}</source>
        <translation>Mein Fortschritt: {name}</translation>
    </message>
    <message>
        <source>band: lowest to highest rating · dot: mean</source>
        <extracomment>The most lines a bar&apos;s label wraps onto (a 120-character option takes three or four).</extracomment>
        <translation>Balken: niedrigste bis höchste Bewertung · Punkt: Mittelwert</translation>
    </message>
    <message>
        <source>The font file {path} is missing: please reinstall the app.</source>
        <extracomment>DejaVu Sans under a name whose italics stay upright (for the letters the oblique faces lack). Registered on first use of italics (most documents have none).</extracomment>
        <translation>Die Schriftdatei {path} fehlt: Bitte installieren Sie die App neu.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>To print before the workshop</source>
        <translation>Vor dem Workshop zu drucken</translation>
    </message>
    <message>
        <source>{copies} per participant, {people} present</source>
        <translation>{copies} pro Person, {people} anwesend</translation>
    </message>
    <message>
        <source>{copies} per group, {groups}</source>
        <translation>{copies} pro Gruppe, {groups}</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>{copies} for the room</source>
        <translation>{copies} für den Raum</translation>
    </message>
    <message>
        <source>Participants present</source>
        <translation>Anwesende Teilnehmende</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Was gedruckt wird</translation>
    </message>
    <message>
        <source>Cards, slips, role cards and half-page sheets print with dashed lines to cut along.</source>
        <translation>Karten, Streifen, Rollenkarten und halbseitige Blätter werden mit gestrichelten Linien zum Ausschneiden gedruckt.</translation>
    </message>
    <message>
        <source>sets: {sets} ({per})</source>
        <translation>Sätze: {sets} ({per})</translation>
    </message>
    <message>
        <source>Personal action plan</source>
        <translation>Persönlicher Aktionsplan</translation>
    </message>
    <message>
        <source>My commitments</source>
        <translation>Meine Vorhaben</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Rückmeldung am</translation>
    </message>
    <message>
        <source>Check in with</source>
        <translation>Rückmeldung an</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Rückmeldetermine</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>What I will review</source>
        <translation>Was ich überprüfe</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>From the workshop</source>
        <translation>Aus dem Workshop</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>How I will know it worked</source>
        <translation>Woran ich merke, dass es wirkt</translation>
    </message>
    <message>
        <source>Which of the six ways</source>
        <translation>Welcher der sechs Wege</translation>
    </message>
    <message>
        <source>Support I need</source>
        <translation>Unterstützung, die ich brauche</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Gemeinsam mit</translation>
    </message>
    <message>
        <source>What the group agreed</source>
        <translation>Was die Gruppe vereinbart hat</translation>
    </message>
    <message>
        <source>Results of each session</source>
        <translation>Ergebnisse jeder Sitzung</translation>
    </message>
    <message>
        <source>The same exercise ran more than once and the room chose differently: each result is shown as it came out, none of them as agreed.</source>
        <translation>Dieselbe Übung lief mehrmals, und die Gruppe hat unterschiedlich entschieden: Jedes Ergebnis steht so da, wie es herauskam, keines gilt als vereinbart.</translation>
    </message>
    <message>
        <source>We agreed to</source>
        <translation>Wir haben vereinbart</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>The six ways to bridge leadership and operations</source>
        <translation>Die sechs Wege, Führung und operatives Geschäft zu verbinden</translation>
    </message>
    <message>
        <source>My ratings</source>
        <translation>Meine Bewertungen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Teilnehmer/in {n}</translation>
    </message>
    <message>
        <source>and 1 more option</source>
        <translation>und 1 weitere Option</translation>
    </message>
    <message numerus="yes">
        <source>and %n more options</source>
        <translation>
            <numerusform>und %n weitere Option</numerusform>
            <numerusform>und %n weitere Optionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Commitment {numbers}</source>
        <translation>Vorhaben {numbers}</translation>
    </message>
    <message>
        <source>My commitments: {numbers}</source>
        <translation>Meine Vorhaben: {numbers}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
    <message>
        <source>{what} (by {when})</source>
        <translation>{what} (bis {when})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Blank plans, one per participant</source>
        <translation>Leere Pläne, einer pro Person</translation>
    </message>
    <message>
        <source>Printed action plans, one per participant</source>
        <translation>Gedruckte Aktionspläne, einer pro Person</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Room set-up:</source>
        <translation>Raumaufbau:</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>Vorbereitung:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Erfahrung:</translation>
    </message>
    <message>
        <source>groups of {size}</source>
        <translation>Gruppengröße {size}</translation>
    </message>
    <message>
        <source>the 1 present participant</source>
        <translation>die 1 anwesende Person</translation>
    </message>
    <message numerus="yes">
        <source>the %n present participants</source>
        <translation>
            <numerusform>die %n anwesende Person</numerusform>
            <numerusform>die %n anwesenden Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 group for {people}</source>
        <translation>1 Gruppe für {people}</translation>
    </message>
    <message numerus="yes">
        <source>%n groups for {people}</source>
        <translation>
            <numerusform>%n Gruppe für {people}</numerusform>
            <numerusform>%n Gruppen für {people}</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}; {sizes}</source>
        <translation>{group}; {sizes}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Could not lay out {name}: {reason}</source>
        <translation>{name} konnte nicht gesetzt werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Unknown paper size {paper!r}: use a4 or letter.</source>
        <extracomment>the paper sizes every document accepts</extracomment>
        <translation>Unbekanntes Papierformat {paper!r}: Verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>For the facilitator only: contains private notes</source>
        <translation>Nur für die Moderation: enthält private Notizen</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Ganzer Workshop</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>An item the room spent less than this on was skipped, not run short (its difference is not printed: &quot;-25 min&quot; for an item the facilitator moved past would read as a late one).</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Agenda as run</source>
        <translation>Ablauf wie durchgeführt</translation>
    </message>
    <message>
        <source>Planned length of the workshop: {minutes}.</source>
        <translation>Geplante Dauer des Workshops: {minutes}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>{name} (absent)</source>
        <translation>{name} (abwesend)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes marked private were never shown to the room and appear only in this report.</source>
        <translation>Als privat markierte Notizen wurden der Gruppe nie gezeigt und erscheinen nur in diesem Bericht.</translation>
    </message>
    <message>
        <source>PRIVATE</source>
        <translation>PRIVAT</translation>
    </message>
    <message>
        <source>Cards by cluster</source>
        <translation>Karten nach Cluster</translation>
    </message>
    <message>
        <source>Not clustered</source>
        <translation>Ohne Cluster</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>not revealed</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>{dots} from {people}.</source>
        <translation>{dots} von {people}.</translation>
    </message>
    <message>
        <source>{dots} counted by the facilitator.</source>
        <translation>{dots}, von der Moderation gezählt.</translation>
    </message>
    <message>
        <source>{dots}: {own} from {people} and {counted} counted by the facilitator.</source>
        <translation>{dots}: {own} von {people} und {counted} von der Moderation gezählt.</translation>
    </message>
    <message>
        <source>Another run of this exercise chose differently: {titles}. The plans print each result apart, none as agreed.</source>
        <translation>Ein anderer Durchgang dieser Übung hat anders entschieden: {titles}. Die Pläne drucken jedes Ergebnis getrennt, keines als vereinbart.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>The chart shows the top {n}.</source>
        <translation>Das Diagramm zeigt die ersten {n}.</translation>
    </message>
    <message>
        <source>Dot vote results</source>
        <translation>Ergebnis der Punktabfrage</translation>
    </message>
    <message>
        <source>1 rating outside the scale ({low} to {high}) is left out.</source>
        <translation>1 Bewertung außerhalb der Skala ({low} bis {high}) bleibt unberücksichtigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings outside the scale ({low} to {high}) are left out.</source>
        <translation>
            <numerusform>%n Bewertung außerhalb der Skala ({low} bis {high}) bleibt unberücksichtigt.</numerusform>
            <numerusform>%n Bewertungen außerhalb der Skala ({low} bis {high}) bleiben unberücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not split by side: on one side fewer than {n} people rated, and one person&apos;s ratings could be told apart.</source>
        <translation>Nicht nach Bereich aufgeteilt: In einem Bereich haben weniger als {n} Personen bewertet, und die Bewertungen einer einzelnen Person wären erkennbar.</translation>
    </message>
    <message>
        <source>Mean by side</source>
        <translation>Mittelwert nach Bereich</translation>
    </message>
    <message>
        <source>1 criterion was rated by fewer than {n} people: its mean, lowest and highest are not shown.</source>
        <translation>1 Kriterium wurde von weniger als {n} Personen bewertet: Mittelwert, Minimum und Maximum werden nicht gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria were rated by fewer than {n} people: their means, lowest and highest are not shown.</source>
        <translation>
            <numerusform>%n Kriterium wurde von weniger als {n} Personen bewertet: Mittelwert, Minimum und Maximum werden nicht gezeigt.</numerusform>
            <numerusform>%n Kriterien wurden von weniger als {n} Personen bewertet: Mittelwerte, Minimum und Maximum werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewer­tungen</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel­wert</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Erfolgsmaß</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Shared with {names}</source>
        <translation>Gemeinsam mit {names}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>My progress</source>
        <extracomment>The most check-ins a table gives a column each (the latest ones held).</extracomment>
        <translation>Mein Fortschritt</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>Progress report for the sponsor</source>
        <translation>Fortschrittsbericht für Auftraggeber</translation>
    </message>
    <message>
        <source>{date} (revised)</source>
        <translation>{date} (neu festgelegt)</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Fällig am {date}</translation>
    </message>
    <message>
        <source>No due date yet</source>
        <translation>Noch kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>next check-in {date}</source>
        <translation>nächster Folgetermin am {date}</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Status over the check-ins</source>
        <translation>Stand über die Folgetermine</translation>
    </message>
    <message>
        <source>No check-in has been held yet.</source>
        <translation>Es hat noch kein Folgetermin stattgefunden.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Each bar counts the commitments by their status as it stood at that check-in (the latest found so far).</source>
        <translation>Jeder Balken zählt die Vorhaben nach ihrem Stand beim jeweiligen Folgetermin (dem zuletzt festgestellten).</translation>
    </message>
    <message>
        <source>In grey: not reviewed at that check-in, the status as last found (–: none found yet).</source>
        <translation>Grau: bei diesem Termin nicht besprochen, zuletzt festgestellter Stand (–: noch keiner festgestellt).</translation>
    </message>
    <message>
        <source>Completion by participant</source>
        <translation>Erledigt nach Teilnehmenden</translation>
    </message>
    <message>
        <source>A shared commitment counts for each of its owners.</source>
        <translation>Ein gemeinsames Vorhaben zählt für alle Verantwortlichen.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Completion by the six ways</source>
        <translation>Erledigt nach den sechs Handlungsfeldern</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Vereinbart beim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What helps or blocks</source>
        <translation>Was hilft oder bremst</translation>
    </message>
    <message>
        <source>No check-in has reviewed it yet.</source>
        <translation>Noch bei keinem Folgetermin besprochen.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Folgetermin</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <comment>the sessions after the workshop</comment>
        <translation>Folgetermine</translation>
    </message>
    <message>
        <source>What is stuck and why</source>
        <translation>Was blockiert ist und warum</translation>
    </message>
    <message>
        <source>Nothing is stuck.</source>
        <translation>Nichts ist blockiert.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Die Gruppe</translation>
    </message>
    <message>
        <source>FACILITATOR ONLY</source>
        <translation>NUR FÜR DIE MODERATION</translation>
    </message>
    <message>
        <source>Every commitment</source>
        <translation>Alle Vorhaben</translation>
    </message>
    <message>
        <source>For the sponsor: initials, no notes</source>
        <translation>Für Auftraggeber: Initialen, keine Notizen</translation>
    </message>
    <message>
        <source>This report shows initials instead of names and leaves out every note: what happened, what helps or blocks, and the facilitator&apos;s private notes. Each person&apos;s own commitments are counted, never printed; the group&apos;s actions print as typed in the room.</source>
        <translation>Dieser Bericht zeigt Initialen statt Namen und lässt jede Notiz weg: was passiert ist, was hilft oder bremst, und die privaten Notizen der Moderation. Die persönlichen Vorhaben werden nur gezählt, nie abgedruckt; die Maßnahmen der Gruppe erscheinen so, wie sie im Raum notiert wurden.</translation>
    </message>
    <message>
        <source>What is stuck</source>
        <translation>Was blockiert ist</translation>
    </message>
    <message>
        <source>1 commitment is stuck.</source>
        <translation>1 Vorhaben ist blockiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments are stuck.</source>
        <translation>
            <numerusform>%n Vorhaben ist blockiert.</numerusform>
            <numerusform>%n Vorhaben sind blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group (no owner)</source>
        <translation>Die Gruppe (niemand verantwortlich)</translation>
    </message>
    <message>
        <source>Actions by owner</source>
        <translation>Maßnahmen nach Verantwortlichen</translation>
    </message>
    <message>
        <source>No way named</source>
        <translation>Kein Handlungsfeld genannt</translation>
    </message>
    <message>
        <source>The six ways in the commitments</source>
        <translation>Die sechs Wege in den Vorhaben</translation>
    </message>
    <message>
        <source>Dropped commitments are not counted.</source>
        <translation>Verworfene Vorhaben werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Nothing placed here.</source>
        <translation>Hier wurde nichts platziert.</translation>
    </message>
    <message>
        <source>Matrix results</source>
        <translation>Ergebnis der Matrix</translation>
    </message>
    <message>
        <source>run started {when}</source>
        <translation>Beginn der Durchführung: {when}</translation>
    </message>
    <message>
        <source>For the facilitator</source>
        <translation>Für die Moderation</translation>
    </message>
    <message>
        <source>{n} dots each</source>
        <translation>je {n} Punkte</translation>
    </message>
    <message>
        <source>{low} to {high}: {criteria}</source>
        <translation>{low} bis {high}: {criteria}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>Total {total} of {planned} planned</source>
        <translation>Insgesamt {total} von {planned} geplant</translation>
    </message>
    <message>
        <source>over by {n}</source>
        <translation>{n} zu lang</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>Mitzubringendes Material</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>Erfassung:</translation>
    </message>
    <message>
        <source>Hand out the blank plans (Plan page: Print blank plans) before this item.</source>
        <translation>Teilen Sie vor diesem Punkt die leeren Pläne aus (Seite Planung: Leere Pläne drucken).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>The steps add up to {steps}; this item has {item}.</source>
        <translation>Die Schritte ergeben zusammen {steps}; dieser Punkt hat {item}.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Moderationshinweise</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Fragen zur Auswertung</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Geplante Dauer</translation>
    </message>
    <message>
        <source>Exercises step by step</source>
        <translation>Übungen Schritt für Schritt</translation>
    </message>
    <message>
        <source>For the sponsor: no names, no notes</source>
        <translation>Für Auftraggeber: ohne Namen, ohne Notizen</translation>
    </message>
    <message>
        <source>A personal commitment</source>
        <extracomment>people who took part with at least one commitment people who took part commitments of two or more owners with a due date with a check-in date with a measure of success what may print as it is</extracomment>
        <translation>Ein persönliches Vorhaben</translation>
    </message>
    <message>
        <source>1 person took part.</source>
        <translation>1 Person hat teilgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>%n Person hat teilgenommen.</numerusform>
            <numerusform>%n Personen haben teilgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 more on the list was marked absent.</source>
        <translation>1 weitere Person auf der Liste war als abwesend markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on the list were marked absent.</source>
        <translation>
            <numerusform>%n weitere Person auf der Liste war als abwesend markiert.</numerusform>
            <numerusform>%n weitere Personen auf der Liste waren als abwesend markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>By side: {counts}</source>
        <translation>Nach Bereich: {counts}</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>No commitment was recorded.</source>
        <translation>Es wurde kein Vorhaben erfasst.</translation>
    </message>
    <message>
        <source>{commitments} by {committed} of {people} participants.</source>
        <translation>{commitments} von {committed} der {people} Teilnehmenden.</translation>
    </message>
    <message>
        <source>1 commitment</source>
        <translation>1 Vorhaben</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation>
            <numerusform>%n Vorhaben</numerusform>
            <numerusform>%n Vorhaben</numerusform>
        </translation>
    </message>
    <message>
        <source>1 of them is shared by two or more people.</source>
        <translation>1 davon teilen sich zwei oder mehr Personen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are shared by two or more people.</source>
        <translation>
            <numerusform>%n davon teilen sich zwei oder mehr Personen.</numerusform>
            <numerusform>%n davon teilen sich zwei oder mehr Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a due date</source>
        <translation>Mit Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>With a check-in date</source>
        <translation>Mit Rückmeldetermin</translation>
    </message>
    <message>
        <source>With a measure of success</source>
        <translation>Mit Erfolgsmaß</translation>
    </message>
    <message>
        <source>Each person&apos;s commitments are in their own plan: here they are only counted.</source>
        <translation>Die Vorhaben jeder Person stehen in ihrem eigenen Plan: Hier werden sie nur gezählt.</translation>
    </message>
    <message>
        <source>This report leaves out every participant&apos;s name, role, team and e-mail, who wrote each card, the facilitator&apos;s notes (private or not) and each person&apos;s own commitments (they are counted, never printed).</source>
        <translation>Dieser Bericht lässt weg: Name, Rolle, Team und E-Mail aller Teilnehmenden, wer welche Karte geschrieben hat, die Notizen der Moderation (privat oder nicht) und die persönlichen Vorhaben (sie werden gezählt, nie gedruckt).</translation>
    </message>
    <message>
        <source>Ratings: a mean, lowest and highest print only where at least {n} people rated, and means by side only where on every side at least {n} people rated, so that no one person&apos;s ratings can be told apart.</source>
        <translation>Bewertungen: Mittelwert, Minimum und Maximum erscheinen nur, wo mindestens {n} Personen bewertet haben, Mittelwerte nach Bereich nur, wo in jedem Bereich mindestens {n} Personen bewertet haben, sodass sich die Bewertungen einer einzelnen Person nicht erkennen lassen.</translation>
    </message>
    <message>
        <source>Cards and the group&apos;s actions print as typed in the room: a name typed into them prints too.</source>
        <translation>Karten und die Maßnahmen der Gruppe erscheinen so, wie sie im Raum eingegeben wurden: Ein darin eingetippter Name wird mitgedruckt.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>(cut)</source>
        <extracomment>The most characters of one text that print (as much as a pack&apos;s longest Markdown field). The longest word that prints unbroken (far longer than any word or web address).</extracomment>
        <translation>(gekürzt)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the action plans</source>
        <translation>Aktionspläne drucken</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Standarddrucker</translation>
    </message>
    <message>
        <source>Print on both sides (each plan starts on a new sheet)</source>
        <translation>Beidseitig drucken (jeder Plan beginnt auf einem neuen Blatt)</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Drucker:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Exemplare:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <extracomment>The trainer chose a problem: its path.</extracomment>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems ({n}) (Ctrl+4)</source>
        <translation>Probleme ({n}) (Strg+4)</translation>
    </message>
    <message>
        <source>Problems: none (Ctrl+4)</source>
        <translation>Probleme: keine (Strg+4)</translation>
    </message>
    <message>
        <source>Go to the field (Enter)</source>
        <translation>Zum Feld springen (Enter)</translation>
    </message>
    <message>
        <source>The pack is valid: it can be saved to your library.</source>
        <translation>Das Paket ist gültig: Es kann in Ihrer Bibliothek gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>+{n} more</source>
        <translation>+{n} weitere</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>The groups as laid out, one per cell: a long list alone on the board is spread over the columns as parts of itself (the first with its title). The language of the board&apos;s words: the room&apos;s on the projector, None (the interface&apos;s) elsewhere.</extracomment>
        <translation>Karten</translation>
    </message>
    <message>
        <source>The matrix</source>
        <extracomment>the whole text where the note was drawn</extracomment>
        <translation>Die Matrix</translation>
    </message>
    <message>
        <source>Across: {name} ({low} to {high})</source>
        <translation>Waagerecht: {name} ({low} bis {high})</translation>
    </message>
    <message>
        <source>Up: {name} ({low} to {high})</source>
        <translation>Senkrecht: {name} ({low} bis {high})</translation>
    </message>
    <message>
        <source>Projector - Workshop app</source>
        <extracomment>(background, text, muted, bar, accent, warning, overrun) for the two looks. The facilitator closed the window with the window manager.</extracomment>
        <translation>Projektion – Workshop-App</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Schritt {n} von {total}: {title}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Join from your phone: scan the code or open</source>
        <translation>Mit dem Handy mitmachen: Code scannen oder öffnen</translation>
    </message>
    <message>
        <source>Then join the room: scan the code or open</source>
        <translation>Dann mitmachen: Code scannen oder öffnen</translation>
    </message>
    <message>
        <source>Room code: {code}</source>
        <translation>Raumcode: {code}</translation>
    </message>
    <message>
        <source>First join the Wi-Fi</source>
        <translation>Zuerst mit dem WLAN verbinden</translation>
    </message>
    <message>
        <source>Network: {name}</source>
        <translation>Netzwerk: {name}</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <source>Mean</source>
        <extracomment>the workshop&apos;s: how the means print on_set(participant_id, criterion, value or None) -&gt; bool</extracomment>
        <translation>Mittelwert</translation>
    </message>
</context>
<context>
    <name>RatingsCapture</name>
    <message>
        <source>Ratings by criterion and participant</source>
        <translation>Bewertungen nach Kriterium und Person</translation>
    </message>
    <message>
        <source>Type each person&apos;s rating from {low} to {high}; Tab or Enter moves on, Delete clears.</source>
        <translation>Tragen Sie die Bewertung jeder Person von {low} bis {high} ein; Tab oder Enter geht weiter, Entf löscht.</translation>
    </message>
    <message>
        <source>This exercise names no criteria to rate.</source>
        <translation>Diese Übung nennt keine Kriterien zum Bewerten.</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Key {key} on the commitment</source>
        <extracomment>The digit keys that set a status, in STATUS_KEYS&apos; order. A status key (one of STATUS_KEYS) was chosen by key or button. One of the text fields was edited (the page saves on its schedule).</extracomment>
        <translation>Taste {key} auf dem Vorhaben</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What helps or blocks</source>
        <translation>Was hilft, was bremst</translation>
    </message>
    <message>
        <source>Revised due date</source>
        <translation>Verschoben auf</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty when the due date stands</source>
        <translation>JJJJ-MM-TT, leer, wenn der Termin bleibt</translation>
    </message>
    <message>
        <source>Private note, for the facilitator only</source>
        <translation>Private Notiz, nur für die Moderation</translation>
    </message>
    <message>
        <source>Never projected, never on a participant&apos;s page</source>
        <translation>Nie projiziert, nie auf der Seite einer teilnehmenden Person</translation>
    </message>
    <message>
        <source>&amp;Private note (facilitator only):</source>
        <translation>&amp;Private Notiz (nur für die Moderation):</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>&amp;Was ist passiert:</translation>
    </message>
    <message>
        <source>What helps or &amp;blocks:</source>
        <translation>Was &amp;hilft, was bremst:</translation>
    </message>
    <message>
        <source>Revised &amp;due date:</source>
        <translation>&amp;Verschoben auf:</translation>
    </message>
    <message>
        <source>Commitment {n} of {total}</source>
        <translation>Vorhaben {n} von {total}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Fällig: {date}</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>Earlier check-ins: {list}</source>
        <translation>Frühere Folgetermine: {list}</translation>
    </message>
    <message>
        <source>The first check-in of this commitment.</source>
        <translation>Der erste Folgetermin für dieses Vorhaben.</translation>
    </message>
    <message>
        <source>New commitment, made at this check-in</source>
        <translation>Neues Vorhaben, bei diesem Folgetermin vereinbart</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stand: {status}</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>The request body must be a JSON object.</source>
        <extracomment>The agenda as this request read it from the database (see :meth:`reading`).</extracomment>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} muss Text sein.</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{field} must be a number from 0 to 1.</source>
        <translation>{field} muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <source>kind must be one of: {kinds}.</source>
        <translation>kind muss einer dieser Werte sein: {kinds}.</translation>
    </message>
    <message>
        <source>The facilitator has moved on: this item no longer takes answers.</source>
        <translation>Die Moderation ist schon weiter: Dieser Programmpunkt nimmt keine Antworten mehr an.</translation>
    </message>
    <message>
        <source>Join with your name to send this.</source>
        <translation>Melden Sie sich mit Ihrem Namen an, um das zu senden.</translation>
    </message>
    <message>
        <source>The current activity does not take a {kind}.</source>
        <translation>Die aktuelle Aktivität nimmt kein {kind} an.</translation>
    </message>
    <message>
        <source>card is not an option of this activity.</source>
        <translation>card ist keine Option dieser Aktivität.</translation>
    </message>
    <message>
        <source>criterion is not one of this activity&apos;s criteria.</source>
        <translation>criterion ist keines der Kriterien dieser Aktivität.</translation>
    </message>
    <message>
        <source>strategy is not one of the six ways.</source>
        <translation>strategy ist keiner der sechs Wege.</translation>
    </message>
    <message>
        <source>id is not one of your commitments.</source>
        <translation>id ist keines Ihrer Vorhaben.</translation>
    </message>
    <message>
        <source>The request is larger than {max} bytes.</source>
        <translation>Die Anfrage ist größer als {max} Bytes.</translation>
    </message>
    <message>
        <source>There is nothing at {path}.</source>
        <translation>Unter {path} gibt es nichts.</translation>
    </message>
    <message>
        <source>{method} is not allowed here.</source>
        <translation>{method} ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Something went wrong on the facilitator&apos;s laptop; please try again.</source>
        <translation>Auf dem Laptop der Moderation ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The request body is not UTF-8 text.</source>
        <translation>Der Inhalt der Anfrage ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON: {problem} in Zeile {line}, Spalte {column}.</translation>
    </message>
    <message>
        <source>The request body is nested too deeply.</source>
        <translation>Der Inhalt der Anfrage ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Too many wrong codes: wait {seconds} seconds and try again.</source>
        <translation>Zu viele falsche Codes: Warten Sie {seconds} Sekunden und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>code must be the room code shown on the screen.</source>
        <translation>code muss der Raumcode sein, der auf der Projektion steht.</translation>
    </message>
    <message>
        <source>That is not the room code.</source>
        <translation>Das ist nicht der Raumcode.</translation>
    </message>
    <message>
        <source>The facilitator removed this phone from the room. To join again, tap Next.</source>
        <translation>Die Moderation hat dieses Handy aus dem Raum genommen. Um wieder teilzunehmen, tippen Sie auf Weiter.</translation>
    </message>
    <message>
        <source>Join the room first (no valid token).</source>
        <translation>Treten Sie zuerst dem Raum bei (kein gültiges Token).</translation>
    </message>
    <message>
        <source>participant must be a participant&apos;s id or null.</source>
        <translation>participant muss die ID einer teilnehmenden Person oder null sein.</translation>
    </message>
    <message>
        <source>participant is not one of this workshop&apos;s participants.</source>
        <translation>participant gehört nicht zu den Teilnehmenden dieses Workshops.</translation>
    </message>
    <message>
        <source>The room is closed to new devices.</source>
        <translation>Der Raum nimmt keine neuen Geräte mehr auf.</translation>
    </message>
    <message>
        <source>Cannot open the room on {host}:{port}: {reason}</source>
        <translation>Der Raum kann nicht auf {host}:{port} geöffnet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Join without a name</source>
        <translation>Ohne Namen teilnehmen</translation>
    </message>
    <message>
        <source>Waiting for the facilitator…</source>
        <translation>Warten auf die Moderation …</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Ihre Karte</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent yet: it will be sent when the connection is back.</source>
        <translation>Noch nicht gesendet: Das geschieht, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>The room cannot be reached right now: trying again…</source>
        <translation>Der Raum ist gerade nicht erreichbar: neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Nothing to answer on the phone now: answer aloud or on paper.</source>
        <translation>Gerade gibt es am Handy nichts zu beantworten: Antworten Sie mündlich oder auf Papier.</translation>
    </message>
    <message>
        <source>Your cards here are anonymous: they are stored without your name, and nobody can tell who wrote them.</source>
        <translation>Ihre Karten sind hier anonym: Sie werden ohne Ihren Namen gespeichert, und niemand kann erkennen, wer sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Only cards can be anonymous: what you send here is stored with your name.</source>
        <translation>Nur Karten können anonym sein: Was Sie hier senden, wird mit Ihrem Namen gespeichert.</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Der Raum</translation>
    </message>
    <message>
        <source>The workshop has ended. Thank you!</source>
        <translation>Der Workshop ist zu Ende. Vielen Dank!</translation>
    </message>
    <message>
        <source>Step {index} of {count}: {title}</source>
        <translation>Schritt {index} von {count}: {title}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Bitte wählen …</translation>
    </message>
    <message>
        <source>Give your dots to the options you prefer.</source>
        <translation>Verteilen Sie Ihre Punkte auf die Optionen, die Ihnen am meisten zusagen.</translation>
    </message>
    <message>
        <source>Dots left: {left} of {total}</source>
        <translation>Noch {left} von {total} Punkten übrig</translation>
    </message>
    <message>
        <source>Send my dots</source>
        <translation>Meine Punkte senden</translation>
    </message>
    <message>
        <source>Rate each criterion from {min} (lowest) to {max} (highest).</source>
        <translation>Bewerten Sie jedes Kriterium von {min} (am niedrigsten) bis {max} (am höchsten).</translation>
    </message>
    <message>
        <source>Send my ratings</source>
        <translation>Meine Bewertung senden</translation>
    </message>
    <message>
        <source>Send the places</source>
        <translation>Positionen senden</translation>
    </message>
    <message>
        <source>Not placed yet: move a slider to place it.</source>
        <translation>Noch nicht platziert: Bewegen Sie einen Regler, um es zu platzieren.</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Waagerecht</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Senkrecht</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Neues Vorhaben</translation>
    </message>
    <message>
        <source>Change your commitment</source>
        <translation>Vorhaben ändern</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Was nehmen Sie sich vor?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Bis wann?</translation>
    </message>
    <message>
        <source>How will you know it is done?</source>
        <translation>Woran erkennen Sie, dass es geschafft ist?</translation>
    </message>
    <message>
        <source>Which of the six ways?</source>
        <translation>Welcher der sechs Wege?</translation>
    </message>
    <message>
        <source>What support do you need?</source>
        <translation>Welche Unterstützung brauchen Sie?</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Termin für die Rückmeldung</translation>
    </message>
    <message>
        <source>Check in with whom?</source>
        <translation>Rückmeldung an wen?</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Your commitments</source>
        <translation>Ihre Vorhaben</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>This activity needs your name: you joined without one.</source>
        <translation>Für diese Übung braucht es Ihren Namen: Sie sind ohne Namen beigetreten.</translation>
    </message>
    <message>
        <source>Join with my name</source>
        <translation>Mit meinem Namen teilnehmen</translation>
    </message>
    <message>
        <source>Your cards</source>
        <translation>Ihre Karten</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Open the room</source>
        <extracomment>Devices that join within this (a room scanning the code at once) are shown together. How long the room stays open once the workshop has ended (locked, taking no answers), so that every phone learns it has ended (they ask every 3 s) before it closes. The app&apos;s task runner: it decides garbage collection while the room&apos;s thread runs.</extracomment>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Let participants answer from their phones over the local network</source>
        <translation>Teilnehmende antworten über das lokale Netz mit dem eigenen Handy</translation>
    </message>
    <message>
        <source>Anonymous answers</source>
        <translation>Anonyme Antworten</translation>
    </message>
    <message>
        <source>Show how to join</source>
        <translation>Beitritt zeigen</translation>
    </message>
    <message>
        <source>Show the QR code, the address and the room code on the projector</source>
        <translation>QR-Code, Adresse und Raumcode auf der Projektion zeigen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>No new devices may join</source>
        <translation>Keine neuen Geräte zulassen</translation>
    </message>
    <message>
        <source>Devices in the room</source>
        <translation>Geräte im Raum</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Cards sent from phones for this activity are stored with no author: nobody, not even you, can tell who wrote them. Dots, ratings and commitments always keep the participant&apos;s name.</source>
        <translation>Karten, die bei dieser Aktivität vom Handy kommen, werden ohne Verfasser gespeichert: Niemand, auch Sie nicht, kann erkennen, wer sie geschrieben hat. Punkte, Bewertungen und Vorhaben bleiben immer mit dem Namen der Person verbunden.</translation>
    </message>
    <message>
        <source>Only cards can be anonymous: this activity takes no cards from phones.</source>
        <translation>Nur Karten können anonym sein: Diese Aktivität nimmt keine Karten vom Handy an.</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Raum schließen</translation>
    </message>
    <message>
        <source>Room closed</source>
        <translation>Raum geschlossen</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Device {number}: {who}</source>
        <translation>Gerät {number}: {who}</translation>
    </message>
    <message>
        <source>{n} anonymous</source>
        <translation>{n} anonym</translation>
    </message>
    <message>
        <source>Room closing: the workshop has ended</source>
        <translation>Raum schließt: Der Workshop ist beendet</translation>
    </message>
    <message>
        <source>Room open (locked)</source>
        <translation>Raum offen (gesperrt)</translation>
    </message>
    <message>
        <source>Room open</source>
        <translation>Raum offen</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}: {url}  code {code}  ·  {devices}</source>
        <translation>{state}: {url}  Code {code}  ·  {devices}</translation>
    </message>
</context>
<context>
    <name>RowsPanel</name>
    <message>
        <source>Move up</source>
        <extracomment>The session&apos;s list this panel shows (commands.PARTICIPANTS or commands.AGENDA). Mime type of this table&apos;s own rows (a drop of them is a move).</extracomment>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Strg+Nach-oben)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Strg+Nach-unten)</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>No agenda yet</source>
        <extracomment>Status of an agenda row while running. The workshop&apos;s language: the words the projector adds (&quot;Step 2 of 4&quot;) are in it. Takes a backup for a reason (&quot;run-start&quot;, &quot;run-end&quot;): at once by default; the window passes one that takes it on its task runner.</extracomment>
        <translation>Noch kein Ablauf</translation>
    </message>
</context>
<context>
    <name>RunAgendaModel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>RunCharts</name>
    <message>
        <source>Vote results</source>
        <extracomment>the workshop&apos;s: how the chart&apos;s numbers print The language of the chart&apos;s words: the room&apos;s on the projector, None (the interface&apos;s) on the facilitator&apos;s console.</extracomment>
        <translation>Ergebnis der Abstimmung</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>No options yet</source>
        <translation>Noch keine Optionen</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} weitere</translation>
    </message>
    <message>
        <source>Rating spread</source>
        <translation>Verteilung der Bewertungen</translation>
    </message>
    <message>
        <source>{criterion}: mean {mean} ({counts})</source>
        <translation>{criterion}: Mittelwert {mean} ({counts})</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Start workshop</source>
        <extracomment>A phone&apos;s answer shows in the console within this; the answers stored meanwhile (60 phones sending at once) are read with it, in one go (see :meth:`RunPage._room_answered`).</extracomment>
        <translation>Workshop starten</translation>
    </message>
    <message>
        <source>Start the workshop ({keys})</source>
        <translation>Den Workshop starten ({keys})</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Voriger Punkt</translation>
    </message>
    <message>
        <source>Previous agenda item ({keys})</source>
        <translation>Vorheriger Programmpunkt ({keys})</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Punkt</translation>
    </message>
    <message>
        <source>Next agenda item ({keys})</source>
        <translation>Nächster Programmpunkt ({keys})</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Show or hide the projector ({keys})</source>
        <translation>Projektion zeigen oder ausblenden ({keys})</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Pause screen on the projector ({keys})</source>
        <translation>Pausenbild auf der Projektion ({keys})</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Show the results on the projector ({keys})</source>
        <translation>Die Ergebnisse auf der Projektion zeigen ({keys})</translation>
    </message>
    <message>
        <source>Names on cards</source>
        <translation>Namen auf Karten</translation>
    </message>
    <message>
        <source>Show who wrote each card on the projector</source>
        <translation>Auf der Projektion zeigen, wer welche Karte geschrieben hat</translation>
    </message>
    <message>
        <source>Projector text size</source>
        <translation>Schriftgröße der Projektion</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Beep when time is nearly up and when it runs out</source>
        <translation>Signalton, wenn die Zeit fast um ist und wenn sie abläuft</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Projektion:</translation>
    </message>
    <message>
        <source>Run again</source>
        <extracomment>The projector&apos;s look: at the end of the bar while the window is wide enough for it, else on a row of its own below (a longer language never cuts a label).</extracomment>
        <translation>Erneut durchführen</translation>
    </message>
    <message>
        <source>This workshop has ended. Run it again?</source>
        <translation>Dieser Workshop ist beendet. Erneut durchführen?</translation>
    </message>
    <message>
        <source>Run it again</source>
        <translation>Erneut durchführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Its start time is kept; its end time is cleared until you end it again.</source>
        <translation>Die Startzeit bleibt erhalten; die Endzeit wird gelöscht, bis Sie den Workshop wieder beenden.</translation>
    </message>
    <message>
        <source>End workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>End the workshop?</source>
        <translation>Den Workshop beenden?</translation>
    </message>
    <message>
        <source>End and open Wrap-up</source>
        <translation>Beenden und Abschluss öffnen</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiter durchführen</translation>
    </message>
    <message>
        <source>The timer stops and the time is recorded. Print the participants&apos; action plans on Wrap-up.</source>
        <translation>Der Timer stoppt und die Zeit wird festgehalten. Drucken Sie die Aktionspläne der Teilnehmenden auf der Seite Abschluss.</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>App schließen</translation>
    </message>
    <message>
        <source>The workshop is still running. Close the app anyway?</source>
        <translation>Der Workshop läuft noch. Die App trotzdem schließen?</translation>
    </message>
    <message>
        <source>The timer keeps running and the Run page carries on where you left off when you open the app again. To finish, press End workshop on the Run page, then print the plans on Wrap-up.</source>
        <translation>Der Timer läuft weiter, und die Seite Durchführung macht dort weiter, wo Sie aufgehört haben, wenn Sie die App wieder öffnen. Zum Abschluss drücken Sie auf der Seite Durchführung „Workshop beenden“ und drucken dann die Pläne auf der Seite Abschluss.</translation>
    </message>
    <message>
        <source>End the workshop ({keys})</source>
        <translation>Den Workshop beenden ({keys})</translation>
    </message>
</context>
<context>
    <name>RunShortcuts</name>
    <message>
        <source>Start or pause the timer</source>
        <extracomment>(action name, keys, description). Descriptions are translated where shown.</extracomment>
        <translation>Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Nächster Programmpunkt</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Vorheriger Programmpunkt</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>Fünf Minuten mehr</translation>
    </message>
    <message>
        <source>Restart the step timer</source>
        <translation>Timer des Schritts neu starten</translation>
    </message>
    <message>
        <source>Blank the projector</source>
        <translation>Projektion ausblenden</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Projector on or off</source>
        <translation>Projektion ein oder aus</translation>
    </message>
    <message>
        <source>End the workshop (asks first)</source>
        <translation>Den Workshop beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Leave a text field</source>
        <translation>Ein Textfeld verlassen</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>A widget with this property set to True lets the console&apos;s keys through (the agenda list).</extracomment>
        <translation>Leertaste</translation>
    </message>
</context>
<context>
    <name>Schemas</name>
    <message>
        <source>must be a whole number</source>
        <extracomment>Point at the key (an unknown field) rather than at the value.</extracomment>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a set of fields (name: value)</source>
        <translation>muss eine Menge von Feldern sein (Name: Wert)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a slug: lowercase letters and digits joined by single hyphens, such as team-charter</source>
        <translation>muss ein Slug sein: Kleinbuchstaben und Ziffern, verbunden durch einzelne Bindestriche, etwa team-charta</translation>
    </message>
    <message>
        <source>must be a version such as 1.0.0 (letters, digits, &apos;.&apos;, &apos;+&apos; and &apos;-&apos; only)</source>
        <translation>muss eine Version wie 1.0.0 sein (nur Buchstaben, Ziffern, &apos;.&apos;, &apos;+&apos; und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a language code such as en or de-CH</source>
        <translation>muss ein Sprachcode wie en oder de-CH sein</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <extracomment>Limits: keyword -&gt; message, or (message when the limit is 1, message otherwise); {n} is the limit, {size} the length of the text or list.</extracomment>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be at least {n}</source>
        <translation>muss mindestens {n} sein</translation>
    </message>
    <message>
        <source>must be at most {n}</source>
        <translation>darf höchstens {n} sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at least {n} characters long</source>
        <translation>muss mindestens {n} Zeichen lang sein</translation>
    </message>
    <message>
        <source>is too long: {size} characters, at most {n}</source>
        <translation>ist zu lang: {size} Zeichen, höchstens {n}</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>muss mindestens einen Eintrag enthalten</translation>
    </message>
    <message>
        <source>must list at least {n} items</source>
        <translation>muss mindestens {n} Einträge enthalten</translation>
    </message>
    <message>
        <source>lists too many items: {size}, at most {n}</source>
        <translation>enthält zu viele Einträge: {size}, höchstens {n}</translation>
    </message>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <translation> (meinten Sie &apos;{name}&apos;?)</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
    <message>
        <source> (it is empty)</source>
        <translation> (es ist leer)</translation>
    </message>
    <message>
        <source> (put the value in quotes)</source>
        <translation> (setzen Sie den Wert in Anführungszeichen)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>is required for a {type} capture</source>
        <translation>ist für eine Erfassung vom Typ {type} erforderlich</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>does not have the expected form</source>
        <translation>hat nicht die erwartete Form</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>&apos;{value}&apos; ist keiner der Werte: {choices}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>muss einer der Werte sein: {choices}</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>muss {value} sein</translation>
    </message>
    <message>
        <source>lists &apos;{value}&apos; more than once</source>
        <translation>enthält &apos;{value}&apos; mehr als einmal</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Accepted with another choice than the saved one: the interface language chosen (&quot;&quot; for the system&apos;s). OK on an untouched dialog changes nothing (not even a language that ``--lang`` chose for this session).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Wie im System ({language})</translation>
    </message>
    <message>
        <source>The window and the command line use the interface language. Printed plans, reports, run sheets, handouts and the projector use each workshop&apos;s own language, chosen on its Plan page.</source>
        <translation>Das Fenster und die Befehlszeile verwenden die Sprache der Oberfläche. Gedruckte Pläne, Berichte, Ablaufpläne, Handouts und die Projektion verwenden die Sprache des jeweiligen Workshops, die auf seiner Seite Planung gewählt wird.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Side</source>
        <extracomment>A side was picked from the open list.</extracomment>
        <translation>Bereich</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Previous step (Left)</source>
        <extracomment>Countdown colours by level (text, background), readable in light and dark palettes.</extracomment>
        <translation>Vorheriger Schritt (Links)</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Nächster Schritt (Rechts)</translation>
    </message>
    <message>
        <source>Step time left</source>
        <translation>Verbleibende Zeit des Schritts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause the timer ({keys})</source>
        <translation>Timer starten oder anhalten ({keys})</translation>
    </message>
    <message>
        <source>Restart the step&apos;s timer ({keys})</source>
        <translation>Timer des Schritts neu starten ({keys})</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute ({keys})</source>
        <translation>Eine Minute mehr ({keys})</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Five more minutes ({keys})</source>
        <translation>Fünf Minuten mehr ({keys})</translation>
    </message>
    <message>
        <source>Prompt (on the projector)</source>
        <translation>Impuls (Projektion)</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Moderationshinweise</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Only for you: never shown on the projector</source>
        <translation>Nur für Sie: nie auf der Projektion</translation>
    </message>
    <message>
        <source>Debrief ({minutes} min)</source>
        <translation>Auswertung ({minutes} min)</translation>
    </message>
    <message>
        <source>This workshop has no agenda yet</source>
        <translation>Dieser Workshop hat noch keinen Ablauf</translation>
    </message>
    <message>
        <source>Add items on the Plan page, then come back to run it.</source>
        <translation>Fügen Sie auf der Seite Planung Programmpunkte hinzu und kommen Sie dann zum Durchführen zurück.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Freier Punkt</translation>
    </message>
    <message>
        <source>Item {n} of {total} · {kind} · {minutes} min planned</source>
        <translation>Punkt {n} von {total} · {kind} · {minutes} min geplant</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title} ({minutes} min)</source>
        <translation>Schritt {n} von {total}: {title} ({minutes} min)</translation>
    </message>
    <message>
        <source>{title} ({minutes} min)</source>
        <translation>{title} ({minutes} min)</translation>
    </message>
    <message>
        <source>A break</source>
        <translation>Eine Pause</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>Ein freier Punkt</translation>
    </message>
    <message>
        <source>*{what}: no steps. The projector shows its title and the countdown.*</source>
        <translation>*{what}: keine Schritte. Die Projektion zeigt den Titel und den Countdown.*</translation>
    </message>
    <message>
        <source>*No facilitator notes for this item.*</source>
        <translation>*Keine Moderationshinweise für diesen Punkt.*</translation>
    </message>
    <message>
        <source>*No debrief questions.*</source>
        <translation>*Keine Fragen zur Auswertung.*</translation>
    </message>
    <message>
        <source>Time is nearly up</source>
        <translation>Die Zeit ist fast um</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Item: {spent} of {planned}</source>
        <translation>Punkt: {spent} von {planned}</translation>
    </message>
    <message>
        <source>Workshop: on time</source>
        <translation>Workshop: im Plan</translation>
    </message>
    <message numerus="yes">
        <source>Workshop: %n min over plan</source>
        <translation>
            <numerusform>Workshop: %n min über Plan</numerusform>
            <numerusform>Workshop: %n min über Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop: %n min under plan</source>
        <translation>
            <numerusform>Workshop: %n min unter Plan</numerusform>
            <numerusform>Workshop: %n min unter Plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>Steps, in &amp;order</source>
        <translation>Schritte in &amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add a step (Insert)</source>
        <translation>Schritt hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Schritt nach oben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Schritt nach unten (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>For example: Silent writing</source>
        <translation>Zum Beispiel: Stilles Schreiben</translation>
    </message>
    <message>
        <source>Step minutes</source>
        <translation>Minuten des Schritts</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Step prompt</source>
        <translation>Impuls des Schritts</translation>
    </message>
    <message>
        <source>What the room sees on the projector during this step</source>
        <translation>Was die Gruppe während dieses Schritts auf der Projektion sieht</translation>
    </message>
    <message>
        <source>Step &amp;title:</source>
        <translation>&amp;Titel des Schritts:</translation>
    </message>
    <message>
        <source>Step &amp;minutes:</source>
        <translation>&amp;Minuten des Schritts:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>&amp;Impuls:</translation>
    </message>
    <message>
        <source>Shown to the room on the projector. </source>
        <translation>Wird der Gruppe auf der Projektion gezeigt. </translation>
    </message>
    <message>
        <source>No steps yet: add one with Add (or the Insert key).</source>
        <translation>Noch keine Schritte: Fügen Sie einen mit „Hinzufügen“ (oder der Einfg-Taste) hinzu.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>{n}. {title} · {minutes} min</source>
        <translation>{n}. {title} · {minutes} min</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>The steps and the debrief add up to {total} min; the exercise lasts {minutes} min.</source>
        <translation>Die Schritte und die Auswertung ergeben zusammen {total} min; die Übung dauert {minutes} min.</translation>
    </message>
    <message>
        <source>The steps add up to {total} min; the exercise lasts {minutes} min.</source>
        <translation>Die Schritte ergeben zusammen {total} min; die Übung dauert {minutes} min.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the lock file {path}: check that the data folder is writable.</source>
        <translation>Die Sperrdatei {path} kann nicht angelegt werden: Prüfen Sie, ob in den Datenordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>Prozess {pid} auf {host}</translation>
    </message>
    <message>
        <source>The {app} window is open on {folder} ({holder}): close the window first, or restore from its Backups dialog (Workshops page).</source>
        <translation>Das Fenster von {app} ist für {folder} geöffnet ({holder}): Schließen Sie zuerst das Fenster oder stellen Sie über dessen Dialog „Sicherungen“ wieder her (Seite Workshops).</translation>
    </message>
    <message>
        <source>The workshop database {path} cannot be used ({problem}), and the {app} window is open on it ({holder}): close the window and start again to recover it.</source>
        <translation>Die Workshop-Datenbank {path} kann nicht verwendet werden ({problem}), und das Fenster von {app} hat sie geöffnet ({holder}): Schließen Sie das Fenster und starten Sie neu, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>{status} is not an action status (one of: {known}).</source>
        <translation>{status} ist kein Status einer Maßnahme (möglich: {known}).</translation>
    </message>
    <message>
        <source>There is no database to back up at {path}.</source>
        <extracomment>Leftovers of a backup that was interrupted are removed after this long. A backup dated later than now by more than this is &quot;in the future&quot; (clocks drift a little). The table inside a backup that says when it was taken and why. Dated after now: listed last, never the newest (its time cannot be trusted).</extracomment>
        <translation>Unter {path} gibt es keine Datenbank zum Sichern.</translation>
    </message>
    <message>
        <source>Could not write a backup of {db} into {folder}: {reason}</source>
        <translation>Eine Sicherung von {db} konnte nicht in {folder} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>not a backup of this app</source>
        <translation>keine Sicherung dieser App</translation>
    </message>
    <message>
        <source>{path} is the database in use, not a backup: choose a file from the backups folder (see: backups list).</source>
        <translation>{path} ist die verwendete Datenbank, keine Sicherung: Wählen Sie eine Datei aus dem Sicherungsordner (siehe: backups list).</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {reason}</source>
        <translation>Die Sicherung {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a workshop database backup.</source>
        <translation>{path} ist keine Sicherung einer Workshop-Datenbank.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this app.</source>
        <translation>{path} ist keine Sicherung dieser App.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}).</source>
        <translation>Die Sicherung {path} ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>Could not move {path} aside into {folder}: {reason}</source>
        <translation>{path} konnte nicht nach {folder} verschoben werden: {reason}</translation>
    </message>
    <message>
        <source>Could not restore {backup}: {reason}. The previous database is in {moved}.</source>
        <translation>{backup} konnte nicht wiederhergestellt werden: {reason}. Die vorherige Datenbank liegt in {moved}.</translation>
    </message>
    <message>
        <source>There is no workshop with id {id}.</source>
        <extracomment>&quot;There is no ... with id ...&quot; for each table.</extracomment>
        <translation>Es gibt keinen Workshop mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no participant with id {id} in this workshop.</source>
        <translation>In diesem Workshop gibt es keine Teilnehmenden mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no agenda item with id {id} in this workshop.</source>
        <translation>In diesem Workshop gibt es keinen Programmpunkt mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no note with id {id}.</source>
        <translation>Es gibt keine Notiz mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no cluster with id {id} in this workshop.</source>
        <translation>In diesem Workshop gibt es keinen Cluster mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no card with id {id} in this workshop.</source>
        <translation>In diesem Workshop gibt es keine Karte mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no vote with id {id}.</source>
        <translation>Es gibt keine Stimme mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no rating with id {id}.</source>
        <translation>Es gibt keine Bewertung mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no placement with id {id}.</source>
        <translation>Es gibt keine Platzierung mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no action with id {id} in this workshop.</source>
        <translation>In diesem Workshop gibt es keine Maßnahme mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no check-in with id {id}.</source>
        <translation>Es gibt keinen Folgetermin mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no check-in commitment with id {id}.</source>
        <translation>Es gibt kein bei einem Folgetermin vereinbartes Vorhaben mit der ID {id}.</translation>
    </message>
    <message>
        <source>The new order must list every item of workshop {id} exactly once.</source>
        <extracomment>Reference fields of the model and the table they point into. The plain connection: what start-up reads before the first frame goes through it. Successful write calls since the store was opened (backups compare it). ``write_count`` when the last backup of this store was taken (None: none yet). Held while a backup of this store is written: backups taken on two worker threads at once are written one after the other (never under the same name). Backups read the file on a connection of their own, so ``_lock`` (reads and writes) is never held.</extracomment>
        <translation>Die neue Reihenfolge muss jeden Punkt von Workshop {id} genau einmal enthalten.</translation>
    </message>
    <message>
        <source>Only other cards of the same workshop can be merged into card {id}.</source>
        <translation>Mit Karte {id} lassen sich nur andere Karten desselben Workshops zusammenführen.</translation>
    </message>
    <message>
        <source>A vote count cannot be negative ({count}).</source>
        <translation>Eine Stimmenzahl kann nicht negativ sein ({count}).</translation>
    </message>
    <message>
        <source>A placement needs a card or an action.</source>
        <translation>Eine Platzierung braucht eine Karte oder eine Maßnahme.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be saved. Free some space; nothing typed is lost and it will be saved on the next try.</source>
        <extracomment>Offset of PRAGMA user_version in the database header (4 bytes, big-endian). Offset of PRAGMA application_id in the database header (4 bytes, big-endian). PRAGMA application_id of the app&apos;s databases and backups (&quot;WSAP&quot;); 0 in files written before the app stamped them (those are recognised by their tables).</extracomment>
        <translation>Der Datenträger ist voll: {path} konnte nicht gespeichert werden. Schaffen Sie Platz; nichts Eingegebenes geht verloren, und beim nächsten Versuch wird gespeichert.</translation>
    </message>
    <message>
        <source>The data folder is read-only: {path} could not be saved. Make the folder writable; it will be saved on the next try.</source>
        <translation>Der Datenordner ist schreibgeschützt: {path} konnte nicht gespeichert werden. Machen Sie den Ordner beschreibbar; beim nächsten Versuch wird gespeichert.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving {path}. Check the disk; it will be saved on the next try.</source>
        <translation>Der Datenträger hat beim Speichern von {path} einen Fehler gemeldet. Prüfen Sie den Datenträger; beim nächsten Versuch wird gespeichert.</translation>
    </message>
    <message>
        <source>Another program is using {path}, so it could not be saved. Close the other program; it will be saved on the next try.</source>
        <translation>Ein anderes Programm verwendet {path}, daher konnte nicht gespeichert werden. Schließen Sie das andere Programm; beim nächsten Versuch wird gespeichert.</translation>
    </message>
    <message>
        <source>{path} could not be opened for saving. Check the data folder; it will be saved on the next try.</source>
        <translation>{path} konnte nicht zum Speichern geöffnet werden. Prüfen Sie den Datenordner; beim nächsten Versuch wird gespeichert.</translation>
    </message>
    <message>
        <source>The workshop database {path} is damaged ({reason}). Close the app and start it again: the damaged file will be moved aside and the newest backup restored.</source>
        <translation>Die Workshop-Datenbank {path} ist beschädigt ({reason}). Schließen Sie die App und starten Sie sie neu: Die beschädigte Datei wird beiseitegelegt und die neueste Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path}: the change was refused because it would make the data inconsistent ({reason}).</source>
        <translation>{path}: Die Änderung wurde abgelehnt, weil sie die Daten widersprüchlich machen würde ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>{value} is not a participant id</source>
        <extracomment>The version export writes: 2 carries the check-ins after the workshop (``checkins``, ``reviews``, ``checkin_commitments``); version 1 files (without them) still import. Schema errors looked at, at most (a hostile file is refused in bounded time). Sections of entries with ids, and the fields that refer to them (``many``: a list of ids). Entries that may appear only once per combination of these fields.</extracomment>
        <translation>{value} ist keine ID von Teilnehmenden</translation>
    </message>
    <message>
        <source>{value} is not an agenda item id</source>
        <translation>{value} ist keine ID eines Programmpunkts</translation>
    </message>
    <message>
        <source>{value} is not a cluster id</source>
        <translation>{value} ist keine ID eines Clusters</translation>
    </message>
    <message>
        <source>{value} is not a card id</source>
        <translation>{value} ist keine ID einer Karte</translation>
    </message>
    <message>
        <source>{value} is not an action id</source>
        <translation>{value} ist keine ID einer Maßnahme</translation>
    </message>
    <message>
        <source>{value} is not a check-in id</source>
        <translation>{value} ist keine Nummer eines Folgetermins</translation>
    </message>
    <message>
        <source>{value} is not a check-in commitment id</source>
        <translation>{value} ist keine ID eines bei einem Folgetermin vereinbarten Vorhabens</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>{value!r} is not a date written YYYY-MM-DD</source>
        <extracomment>Fields of a CheckIn kept in a table of their own.</extracomment>
        <translation>{value!r} ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{value!r} is not a time written HH:MM</source>
        <translation>{value!r} ist keine Uhrzeit im Format HH:MM</translation>
    </message>
    <message>
        <source>A review is of an action or of a commitment made at a check-in: one of them, not both.</source>
        <translation>Eine Rückmeldung gilt einer Maßnahme oder einem bei einem Folgetermin vereinbarten Vorhaben: einem von beiden, nicht beiden.</translation>
    </message>
    <message>
        <source>A review is of an action or of a commitment made at a check-in: name one of them.</source>
        <translation>Eine Rückmeldung gilt einer Maßnahme oder einem bei einem Folgetermin vereinbarten Vorhaben: Geben Sie eines davon an.</translation>
    </message>
    <message>
        <source>The commitment {text!r} was made at this check-in or a later one: a later check-in reviews it.</source>
        <translation>Das Vorhaben {text!r} wurde bei diesem oder einem späteren Folgetermin vereinbart: Besprochen wird es bei einem späteren Folgetermin.</translation>
    </message>
    <message>
        <source>{status} is not a review status (one of: {known}).</source>
        <translation>{status} ist kein Stand einer Rückmeldung (möglich: {known}).</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>muss eine Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a whole number or a text</source>
        <translation>muss eine ganze Zahl oder ein Text sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>repeats {other}</source>
        <translation>wiederholt {other}</translation>
    </message>
    <message>
        <source>{value} is used twice</source>
        <translation>{value} wird zweimal verwendet</translation>
    </message>
    <message>
        <source>needs a card_id or an action_id</source>
        <translation>braucht eine card_id oder eine action_id</translation>
    </message>
    <message>
        <source>needs an action_id or a commitment_id</source>
        <translation>braucht eine action_id oder eine commitment_id</translation>
    </message>
    <message>
        <source>names both an action_id and a commitment_id (a review is of one of them)</source>
        <translation>nennt sowohl eine action_id als auch eine commitment_id (eine Rückmeldung gilt nur einem von beiden)</translation>
    </message>
    <message>
        <source>{value} was made at this check-in (a later check-in reviews it)</source>
        <translation>{value} wurde bei diesem Folgetermin vereinbart (besprochen wird es erst bei einem späteren)</translation>
    </message>
    <message>
        <source>{value} is outside the rating scale of {item} ({low} to {high})</source>
        <translation>{value} liegt außerhalb der Bewertungsskala von {item} ({low} bis {high})</translation>
    </message>
    <message>
        <source>{value} is outside the widest rating scale ({low} to {high})</source>
        <translation>{value} liegt außerhalb der größtmöglichen Bewertungsskala ({low} bis {high})</translation>
    </message>
    <message>
        <source>(top level)</source>
        <extracomment>A further check of a file&apos;s content (such as the exercise snapshots, checked with the pack schema by the services layer): the problems it finds, as ``path: problem`` lines.
----------
A JSON string (quotes and escapes included), or an escape outside one (only in broken JSON: matching it keeps a string left open from being tried again at every escaped quote).</extracomment>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be {expected!r} (this is not a workshop file)</source>
        <translation>muss {expected!r} sein (das ist keine Workshop-Datei)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>{version} is from a newer version of {app}; this version reads workshop files up to version {ours}</source>
        <translation>{version} stammt aus einer neueren Version von {app}; diese Version liest Workshop-Dateien bis Version {ours}</translation>
    </message>
    <message>
        <source>it cannot be read: {reason}</source>
        <translation>sie kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is another program&apos;s database</source>
        <translation>sie ist die Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>{path} is in use by another program (is {app} already open?).</source>
        <translation>{path} wird von einem anderen Programm verwendet (ist {app} schon geöffnet?).</translation>
    </message>
    <message>
        <source>The workshop database could not be used ({problem}). It was moved to {moved}; nothing was deleted.</source>
        <translation>Die Workshop-Datenbank konnte nicht verwendet werden ({problem}). Sie wurde nach {moved} verschoben; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The backup from {time} was restored: changes made after {time} are missing from it.</source>
        <translation>Die Sicherung vom {time} wurde wiederhergestellt: Änderungen nach {time} fehlen darin.</translation>
    </message>
    <message>
        <source>No usable backup was found in {folder}, so an empty database was started; the earlier workshops are only in the moved file.</source>
        <translation>In {folder} wurde keine brauchbare Sicherung gefunden, daher wurde mit einer leeren Datenbank begonnen; die früheren Workshops sind nur in der verschobenen Datei.</translation>
    </message>
    <message>
        <source>it is empty (0 bytes) while backups exist</source>
        <translation>sie ist leer (0 Byte), obwohl es Sicherungen gibt</translation>
    </message>
    <message>
        <source>The workshop database {path} is damaged ({problem}) and could not be recovered: {reason}</source>
        <translation>Die Workshop-Datenbank {path} ist beschädigt ({problem}) und konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of {app} (database version {found}; this version understands up to {ours}). It was left untouched: install the newer version to open it, or start this version with another data folder.</source>
        <extracomment>The migration set&apos;s name in sqlite-utils&apos; table of applied migrations. sqlite-utils&apos; table of applied migrations (``Migrations.migrations_table``). Child columns that point at a parent: each gets an index (fast cascades and lookups).</extracomment>
        <translation>{path} wurde von einer neueren Version von {app} geschrieben (Datenbankversion {found}; diese Version versteht bis {ours}). Die Datei bleibt unverändert: Installieren Sie die neuere Version, um sie zu öffnen, oder starten Sie diese Version mit einem anderen Datenordner.</translation>
    </message>
    <message>
        <source>Cannot open the workshop database {path}: {reason}</source>
        <extracomment>Where a database an older version wrote is backed up before its schema is updated (None: not backed up, as for a backup being checked or a test&apos;s scratch file). When the files were last changed before this store opened them (for maybe_backup).</extracomment>
        <translation>Die Workshop-Datenbank {path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{table} row {rowid} refers to a missing {parent} row</source>
        <translation>Zeile {rowid} der Tabelle {table} verweist auf eine fehlende Zeile in {parent}</translation>
    </message>
    <message>
        <source>{file} is not a usable workshop file: {problem}</source>
        <extracomment>Deepest nesting of lists and objects (a workshop file needs 6: agenda, item, exercise, capture, axis). File sections in file order, and the model class of their entries. The follow-through sections (version 2) and their model class and ``FollowThrough`` field. Problems a refusal lists (the rest are counted).</extracomment>
        <translation>{file} ist keine brauchbare Workshop-Datei: {problem}</translation>
    </message>
    <message>
        <source>{file} is not a usable workshop file: {problem} (and {more} more problems)</source>
        <translation>{file} ist keine brauchbare Workshop-Datei: {problem} (und {more} weitere Probleme)</translation>
    </message>
    <message>
        <source>... and {n} more problems</source>
        <translation>... und {n} weitere Probleme</translation>
    </message>
    <message>
        <source>the file has {size:.1f} MB; a workshop file may have at most {max:g} MB</source>
        <translation>die Datei hat {size:.1f} MB; eine Workshop-Datei darf höchstens {max:g} MB haben</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {pos})</source>
        <translation>kein UTF-8-Text (Byte {pos})</translation>
    </message>
    <message>
        <source>{path}: lists and objects are nested more than {max} levels deep</source>
        <translation>{path}: Listen und Objekte sind mehr als {max} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {col}: {reason}</source>
        <translation>kein gültiges JSON in Zeile {line}, Spalte {col}: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>its content is nested too deeply</source>
        <translation>der Inhalt ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>That row is back already.</source>
        <translation>Diese Zeile ist bereits wieder da.</translation>
    </message>
    <message>
        <source>The new agenda lists the same item twice.</source>
        <translation>Der neue Ablauf enthält denselben Punkt zweimal.</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <source>Develop dual competencies</source>
        <translation>Doppelte Kompetenz entwickeln</translation>
    </message>
    <message>
        <source>Cross-train, rotate jobs and mix strategic with operational skills.</source>
        <translation>Querschulungen, Jobrotation und strategische mit operativen Fähigkeiten verbinden.</translation>
    </message>
    <message>
        <source>Foster open communication</source>
        <translation>Offen kommunizieren</translation>
    </message>
    <message>
        <source>Meet regularly, share problems and progress openly, give feedback both ways.</source>
        <translation>Regelmäßig zusammenkommen, Probleme und Fortschritte offen teilen, Feedback in beide Richtungen geben.</translation>
    </message>
    <message>
        <source>Embrace shared decision-making</source>
        <translation>Entscheidungen gemeinsam treffen</translation>
    </message>
    <message>
        <source>Decide in cross-functional teams that weigh vision and logistics with data.</source>
        <translation>In bereichsübergreifenden Teams entscheiden, die Vision und Logistik anhand von Daten abwägen.</translation>
    </message>
    <message>
        <source>Align goals across levels</source>
        <translation>Ziele über alle Ebenen abstimmen</translation>
    </message>
    <message>
        <source>Cascade goals from mission to team to person; measure innovation and efficiency.</source>
        <translation>Ziele vom Auftrag über das Team bis zur einzelnen Person herunterbrechen; Innovation und Effizienz messen.</translation>
    </message>
    <message>
        <source>Promote a culture of mutual respect</source>
        <translation>Eine Kultur gegenseitigen Respekts pflegen</translation>
    </message>
    <message>
        <source>Value both roles equally and leave &apos;us versus them&apos; behind.</source>
        <translation>Beide Rollen gleich wertschätzen und das „wir gegen die“ hinter sich lassen.</translation>
    </message>
    <message>
        <source>Leverage technology and tools</source>
        <translation>Technik und Werkzeuge gezielt nutzen</translation>
    </message>
    <message>
        <source>Use shared tools that tie goals to tasks and compare plans with results.</source>
        <translation>Gemeinsame Werkzeuge nutzen, die Ziele mit Aufgaben verknüpfen und Pläne mit Ergebnissen vergleichen.</translation>
    </message>
</context>
<context>
    <name>SystemPrograms</name>
    <message>
        <source>{program} did not finish within {seconds} seconds.</source>
        <extracomment>The library search paths PyInstaller&apos;s bootloader changes, saving the value before as NAME_ORIG. Set by the PySide6 run-time hook to the bundle&apos;s copies: never meant for another program.</extracomment>
        <translation>{program} ist nach {seconds} Sekunden noch nicht fertig geworden.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: this computer has no xdg-open (the package xdg-utils has it). Open it from your file manager.</source>
        <translation>{path} lässt sich nicht öffnen: Auf diesem Computer fehlt xdg-open (enthalten im Paket xdg-utils). Bitte öffnen Sie es über Ihren Dateimanager.</translation>
    </message>
    <message>
        <source>{program} did not start: {reason}</source>
        <translation>{program} ließ sich nicht starten: {reason}</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Save pack</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>You changed “{title}”. Give the new version a new number, so that people who have the pack can tell the versions apart.</source>
        <translation>Sie haben „{title}“ geändert. Geben Sie der neuen Version eine neue Nummer, damit alle, die das Paket haben, die Versionen unterscheiden können.</translation>
    </message>
    <message>
        <source>Keep version {v}</source>
        <translation>Version {v} beibehalten</translation>
    </message>
    <message>
        <source>{v}: small fixes (wording, timings)</source>
        <translation>{v}: kleine Korrekturen (Formulierungen, Zeiten)</translation>
    </message>
    <message>
        <source>{v}: new or changed exercises</source>
        <translation>{v}: neue oder geänderte Übungen</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <source>Option</source>
        <extracomment>on_set(card_id, participant_id or None, count) -&gt; bool: store the dots (undoably). on_choose(card_id, chosen) -&gt; bool: mark the option chosen or not (undoably).</extracomment>
        <translation>Option</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Counted
dots</source>
        <translation>Gezählte
Punkte</translation>
    </message>
    <message>
        <source>Counted dots</source>
        <translation>Gezählte Punkte</translation>
    </message>
</context>
<context>
    <name>VotesCapture</name>
    <message>
        <source>New option</source>
        <translation>Neue Option</translation>
    </message>
    <message>
        <source>Add an option and press Enter</source>
        <translation>Option eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Copy the cards of</source>
        <translation>Karten übernehmen von</translation>
    </message>
    <message>
        <source>Copy cards</source>
        <translation>Karten kopieren</translation>
    </message>
    <message>
        <source>Use the cards of an earlier item as the options</source>
        <translation>Die Karten eines früheren Punkts als Optionen verwenden</translation>
    </message>
    <message>
        <source>Counted totals</source>
        <translation>Gezählte Summen</translation>
    </message>
    <message>
        <source>Type the dots you counted on each option</source>
        <translation>Tragen Sie die Punkte ein, die Sie auf jeder Option gezählt haben</translation>
    </message>
    <message>
        <source>Enter:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>After the count, tick the options the room takes forward (Space on an option): only those print on the plans.</source>
        <translation>Haken Sie nach dem Zählen die Optionen an, die die Gruppe weiterverfolgt (Leertaste auf einer Option): Nur diese erscheinen auf den Plänen.</translation>
    </message>
    <message>
        <source>Dots per option</source>
        <translation>Punkte pro Option</translation>
    </message>
    <message>
        <source>Per person ({n} each)</source>
        <translation>Pro Person (je {n})</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Pro Person</translation>
    </message>
    <message>
        <source>Type each participant&apos;s dots</source>
        <translation>Tragen Sie die Punkte jeder Person ein</translation>
    </message>
    <message>
        <source>Mark chosen</source>
        <translation>Als gewählt markieren</translation>
    </message>
    <message>
        <source>Unmark chosen</source>
        <translation>Markierung „gewählt“ entfernen</translation>
    </message>
</context>
<context>
    <name>WifiButton</name>
    <message>
        <source>Wi-Fi for phones…</source>
        <extracomment>The network was set or forgotten (the projector shows it again).</extracomment>
        <translation>WLAN für Handys…</translation>
    </message>
    <message>
        <source>Show a QR code on the projector that joins phones to your hotspot</source>
        <translation>Einen QR-Code auf dem Beamer zeigen, mit dem sich Handys mit Ihrem Hotspot verbinden</translation>
    </message>
</context>
<context>
    <name>WifiDialog</name>
    <message>
        <source>Wi-Fi for phones</source>
        <extracomment>The longest network name Wi-Fi allows (bytes of UTF-8). The dialog&apos;s result when the facilitator takes the Wi-Fi code down.</extracomment>
        <translation>WLAN für Handys</translation>
    </message>
    <message>
        <source>The projector shows a QR code for this network beside the room&apos;s code. Kept only while the room is open: never saved.</source>
        <translation>Der Beamer zeigt neben dem Raumcode einen QR-Code für dieses Netzwerk. Nur solange der Raum offen ist, nie gespeichert.</translation>
    </message>
    <message>
        <source>WPA/WPA2/WPA3</source>
        <translation>WPA/WPA2/WPA3</translation>
    </message>
    <message>
        <source>WEP</source>
        <translation>WEP</translation>
    </message>
    <message>
        <source>None (open network)</source>
        <translation>Keine (offenes Netzwerk)</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Netzwerkname:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>&amp;Remove the Wi-Fi code</source>
        <translation>WLAN-Code &amp;entfernen</translation>
    </message>
    <message>
        <source>Type the network&apos;s name.</source>
        <translation>Geben Sie den Namen des Netzwerks ein.</translation>
    </message>
    <message>
        <source>A network name has at most {max} bytes; this one has {n}.</source>
        <translation>Ein Netzwerkname hat höchstens {max} Byte; dieser hat {n}.</translation>
    </message>
    <message>
        <source>A WPA password has 8 to 63 characters.</source>
        <translation>Ein WPA-Passwort hat 8 bis 63 Zeichen.</translation>
    </message>
    <message>
        <source>A WEP password has 5 or 13 characters (or 10 or 26 hexadecimal digits).</source>
        <translation>Ein WEP-Passwort hat 5 oder 13 Zeichen (oder 10 oder 26 Hexadezimalziffern).</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>WorkshopTallyModel</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>{done} of {total} ({share}%)</source>
        <translation>{done} von {total} ({share}&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Welcome to Workshop app</source>
        <extracomment>Rows loaded before the first frame (more than a tall window shows). The backup taken before a delete, while it is being written (the delete waits for it).</extracomment>
        <translation>Willkommen bei der Workshop-App</translation>
    </message>
    <message>
        <source>Plan a workshop on bridging leadership and operations, run it in the room with timers, cards, votes and action items, and finish with a printed action plan for every participant.

Everything stays on this computer. No internet needed.</source>
        <translation>Planen Sie einen Workshop, der Führung und operatives Geschäft verbindet, führen Sie ihn im Raum mit Timern, Karten, Abstimmungen und Maßnahmen durch und schließen Sie mit einem gedruckten Aktionsplan für alle Teilnehmenden ab.

Alles bleibt auf diesem Computer. Kein Internet nötig.</translation>
    </message>
    <message>
        <source>Create your first workshop…</source>
        <translation>Ersten Workshop anlegen…</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Beispiel-Workshop öffnen</translation>
    </message>
    <message>
        <source>A finished workshop to explore, with its action plans</source>
        <translation>Ein fertiger Workshop zum Erkunden, mit seinen Aktionsplänen</translation>
    </message>
    <message>
        <source>Import a workshop file…</source>
        <translation>Workshop-Datei importieren…</translation>
    </message>
    <message>
        <source>Browse the exercise library</source>
        <translation>Übungsbibliothek ansehen</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Filter by title, date or organisation</source>
        <translation>Nach Titel, Datum oder Organisation filtern</translation>
    </message>
    <message>
        <source>Filter workshops</source>
        <translation>Workshops filtern</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>See the automatic backups and restore one</source>
        <translation>Die automatischen Sicherungen ansehen und eine wiederherstellen</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” with its participants, notes and actions?
A backup is taken first, so it can be restored.</source>
        <translation>„{title}“ mit allen Teilnehmenden, Notizen und Maßnahmen löschen?
Vorher wird eine Sicherung erstellt, sodass er wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <source>Taking a backup before deleting “{title}”…</source>
        <translation>Sicherung vor dem Löschen von „{title}“ wird erstellt…</translation>
    </message>
    <message>
        <source>Import a workshop file</source>
        <translation>Workshop-Datei importieren</translation>
    </message>
    <message>
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Workshop-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export workshop</source>
        <translation>Workshop exportieren</translation>
    </message>
    <message>
        <source>Workshop files (*.json)</source>
        <translation>Workshop-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Plan a &amp;check-in…</source>
        <translation>Folge&amp;termin planen…</translation>
    </message>
    <message>
        <source>A follow-up session of the selected workshop</source>
        <translation>Ein Folgetermin für den gewählten Workshop</translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <source>Before printing</source>
        <extracomment>The participants who get a plan (not marked absent), as listed. What to check before printing (wrapup.before_printing), just above the Create button.</extracomment>
        <translation>Vor dem Drucken</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Preview of the selected participant&apos;s plan</source>
        <translation>Vorschau des Plans der ausgewählten Person</translation>
    </message>
    <message>
        <source>What their printed plan will hold</source>
        <translation>Was auf dem gedruckten Plan stehen wird</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Ordner für die PDF-Dateien</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Create action plans and report</source>
        <translation>Aktionspläne und Bericht &amp;erstellen</translation>
    </message>
    <message>
        <source>Also a &amp;sponsor report (no names, no notes)</source>
        <translation>Auch einen Bericht für &amp;Auftraggeber (ohne Namen, ohne Notizen)</translation>
    </message>
    <message>
        <source>It counts each person&apos;s commitments and prints no name, but prints the room&apos;s cards and group actions as typed: check them for names.</source>
        <extracomment>Said where the sponsor report is offered: the room&apos;s own text prints as typed.</extracomment>
        <translation>Er zählt die Vorhaben jeder Person und druckt keine Namen, aber die Karten und Maßnahmen der Gruppe so, wie sie eingegeben wurden: Prüfen Sie diese auf Namen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;print file</source>
        <translation>&amp;Druckdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;cken…</translation>
    </message>
    <message>
        <source>Workshop su&amp;mmary…</source>
        <translation>&amp;Zusammenfassung…</translation>
    </message>
    <message>
        <source>The workshop on one page of Markdown for a wiki or an e-mail: when and where, who, the agenda, the priorities and the commitments with their status</source>
        <translation>Der Workshop auf einer Seite Markdown für ein Wiki oder eine E-Mail: wann und wo, wer, der Ablauf, die Prioritäten und die Vorhaben mit ihrem Stand</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Wrap-up: {title}</source>
        <translation>Abschluss: {title}</translation>
    </message>
    <message>
        <source>{name} (blank lines to fill in by hand)</source>
        <translation>{name} (leere Zeilen zum Ausfüllen von Hand)</translation>
    </message>
    <message>
        <source>{name} (1 commitment)</source>
        <translation>{name} (1 Vorhaben)</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n commitments)</source>
        <translation>
            <numerusform>{name} (%n Vorhaben)</numerusform>
            <numerusform>{name} (%n Vorhaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>{people} participants, {actions} actions.</source>
        <translation>{people} Teilnehmende, {actions} Maßnahmen.</translation>
    </message>
    <message>
        <source>Marked absent, no plan: {n}.</source>
        <translation>Als abwesend markiert, kein Plan: {n}.</translation>
    </message>
    <message>
        <source>Everyone is marked absent: mark people present on the Plan page to print their plans.</source>
        <translation>Alle sind als abwesend markiert: Markieren Sie auf der Seite Planung Personen als anwesend, um ihre Pläne zu drucken.</translation>
    </message>
    <message>
        <source>Add participants on the Plan page: each one gets a plan.</source>
        <translation>Fügen Sie auf der Seite Planung Teilnehmende hinzu: Alle bekommen einen Plan.</translation>
    </message>
    <message>
        <source>Before printing, check 1 thing:</source>
        <translation>Vor dem Drucken 1 Punkt prüfen:</translation>
    </message>
    <message numerus="yes">
        <source>Before printing, check %n things:</source>
        <translation>
            <numerusform>Vor dem Drucken %n Punkt prüfen:</numerusform>
            <numerusform>Vor dem Drucken %n Punkte prüfen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to print: nothing missing.</source>
        <translation>Bereit zum Drucken: Es fehlt nichts.</translation>
    </message>
    <message>
        <source>Save the PDF files in</source>
        <translation>PDF-Dateien speichern in</translation>
    </message>
    <message>
        <source>Writing the plans…</source>
        <translation>Pläne werden geschrieben…</translation>
    </message>
    <message>
        <source>Stopping after the current plan…</source>
        <translation>Wird nach dem aktuellen Plan angehalten…</translation>
    </message>
    <message>
        <source>Stopped: {n} plans were written before you cancelled.</source>
        <translation>Angehalten: {n} Pläne wurden geschrieben, bevor Sie abgebrochen haben.</translation>
    </message>
    <message>
        <source>Written: {n} plans and the combined print file in {folder}. The facilitator report is in its own folder, “{report}”.</source>
        <translation>Geschrieben: {n} Pläne und die gemeinsame Druckdatei in {folder}. Der Moderationsbericht liegt in einem eigenen Ordner, „{report}“.</translation>
    </message>
    <message>
        <source>The sponsor report is beside the plans: {name}.</source>
        <translation>Der Bericht für Auftraggeber liegt neben den Plänen: {name}.</translation>
    </message>
    <message>
        <source>Action plans written.</source>
        <translation>Aktionspläne geschrieben.</translation>
    </message>
    <message>
        <source>Save the workshop summary</source>
        <translation>Zusammenfassung des Workshops speichern</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Die Zusammenfassung wird geschrieben…</translation>
    </message>
    <message>
        <source>Written: the workshop summary is {file}. Paste it into a wiki page or an e-mail; any text editor opens it.</source>
        <translation>Fertig: Die Zusammenfassung des Workshops ist {file}. Fügen Sie sie in eine Wiki-Seite oder eine E-Mail ein; jeder Texteditor öffnet sie.</translation>
    </message>
    <message>
        <source>Workshop summary written.</source>
        <translation>Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>This computer has no print command: the print file is open in your PDF viewer, print it from there.</source>
        <translation>Dieser Computer hat keinen Druckbefehl: Die Druckdatei ist in Ihrem PDF-Programm geöffnet, drucken Sie sie von dort.</translation>
    </message>
    <message>
        <source>Plan a chec&amp;k-in…</source>
        <translation>Folge&amp;termin planen…</translation>
    </message>
    <message>
        <source>A follow-up session at 30, 60 or 90 days: every commitment reviewed, one at a time</source>
        <translation>Ein Folgetermin nach 30, 60 oder 90 Tagen: alle Vorhaben, eines nach dem anderen besprochen</translation>
    </message>
</context>
<context>
    <name>Wrapup</name>
    <message>
        <source>{title}: {name}</source>
        <translation>{title}: {name}</translation>
    </message>
    <message>
        <source>No commitment recorded: the plan has blank lines to fill in by hand.</source>
        <translation>Kein Vorhaben erfasst: Der Plan hat leere Zeilen zum Ausfüllen von Hand.</translation>
    </message>
    <message>
        <source>Workshop plans</source>
        <extracomment>the sponsor report, when asked for Where the GUI keeps the paper chosen for every document (plans, report, run sheet).</extracomment>
        <translation>Workshop-Pläne</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <extracomment>the PDF&apos;s mark of a commitment done (&quot;&quot; for any other) (label, value) in the card&apos;s order, the empty ones left out (exercise title, [(rank, text, dots)], how many more options the plan leaves out) Results that contradict each other, shown apart under ``labels.apart`` (same shapes) as the plan is headed the words the PDF uses for each commitment, the other owners&apos; names (&quot;&quot; for one owner) each commitment, worded as printed the workshop&apos;s date, as the plan&apos;s title block prints it (exercise title, [(criterion, the participant&apos;s value, the room&apos;s mean)]) as the PDF prints them the workshop&apos;s notes every plan prints when the follow-up session is, as the plan prints it beside ``labels.follow_up_session`` (&quot;&quot; when not set: the plan prints a line to write it on) the check-ins table&apos;s rows as printed: (date, what I will review, with whom) the six ways as printed: (number and title, summary, the participant&apos;s commitments serving it or &quot;&quot;)</extracomment>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>{owners}: {commitment}</source>
        <translation>{owners}: {commitment}</translation>
    </message>
    <message>
        <source>{commitment} has no due date.</source>
        <translation>{commitment} hat kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>{commitment} has no owner.</source>
        <translation>{commitment} hat keine verantwortliche Person.</translation>
    </message>
    <message>
        <source>{commitment} has no measure.</source>
        <translation>{commitment} hat kein Erfolgsmaß.</translation>
    </message>
    <message>
        <source>{name} has no commitment: their plan has blank lines to fill in.</source>
        <translation>{name} hat kein Vorhaben: Der Plan hat leere Zeilen zum Ausfüllen.</translation>
    </message>
    <message>
        <source>No follow-up session is set: the plans print a line to write its date (set it on the Plan page, Details).</source>
        <translation>Kein Folgetermin festgelegt: Die Pläne drucken eine Zeile, um das Datum einzutragen (festlegen auf der Seite Planung, Details).</translation>
    </message>
    <message>
        <source>“{item}”: the dot vote has no agreed choice: the plans print no priorities from it (mark the chosen options on the Run page).</source>
        <translation>„{item}“: Die Punktabfrage hat keine vereinbarte Wahl: Die Pläne drucken daraus keine Prioritäten (markieren Sie die gewählten Optionen auf der Seite Durchführung).</translation>
    </message>
    <message>
        <source>“{item}”: no quick win or big bet is marked chosen: the plans print nothing placed on this matrix.</source>
        <translation>„{item}“: Kein schneller Erfolg und kein großes Vorhaben ist als gewählt markiert: Die Pläne drucken nichts, was auf dieser Matrix platziert wurde.</translation>
    </message>
    <message>
        <source>“{item}”</source>
        <translation>„{item}“</translation>
    </message>
    <message>
        <source>These runs of one exercise chose differently: {items}. The plans print each result apart, not as agreed.</source>
        <translation>Diese Durchgänge einer Übung haben unterschiedlich entschieden: {items}. Die Pläne drucken jedes Ergebnis getrennt, nicht als vereinbart.</translation>
    </message>
    <message>
        <source>The printer refused {path}: {message}</source>
        <translation>Der Drucker hat {path} abgelehnt: {message}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Workshop app</source>
        <extracomment>The translators this module installed, removed again when the language changes.</extracomment>
        <translation>Workshop-App</translation>
    </message>
    <message>
        <source>{app} is already open on {folder}: its window was brought forward.</source>
        <translation>{app} ist für {folder} bereits geöffnet: Das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>{app} is already open on {folder} ({holder}), but its window does not answer. Close it (or end that process) and start again, or start with another data folder (--data-dir).</source>
        <translation>{app} ist für {folder} bereits geöffnet ({holder}), aber das Fenster reagiert nicht. Schließen Sie es (oder beenden Sie diesen Prozess) und starten Sie neu, oder starten Sie mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
        <source>The app cannot start.</source>
        <translation>Die App kann nicht starten.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Plan and run leadership-and-operations workshops offline, and print each participant&apos;s action plan. With no command, the app&apos;s window opens.</source>
        <extracomment>Modules under workshop_app.commands, in the order --help lists them. What the window needs besides Qt, imported by a GUI launch before PySide6 is: once loaded, PySide6 reads the source of every module imported after it (its ``__feature__`` import hook looks for the word &quot;PySide6&quot;), about 4 ms for the store&apos;s modules.</extracomment>
        <translation>Workshops zu Führung und operativem Geschäft offline planen und durchführen und für alle Teilnehmenden den Aktionsplan drucken. Ohne Befehl öffnet sich das Fenster der App.</translation>
    </message>
    <message>
        <source>the language of the window and of the messages, one of {languages} (default: ${variable}, else the system&apos;s; printed papers use each workshop&apos;s own language)</source>
        <translation>die Sprache des Fensters und der Meldungen, eine von {languages} (Standard: ${variable}, sonst die des Systems; Gedrucktes verwendet die Sprache des jeweiligen Workshops)</translation>
    </message>
    <message>
        <source>keep all data in DIR (default: the platform&apos;s app data folder, or $WORKSHOP_APP_DATA_DIR)</source>
        <translation>alle Daten in DIR ablegen (Standard: der Datenordner für Apps der Plattform oder $WORKSHOP_APP_DATA_DIR)</translation>
    </message>
    <message>
        <source>start the window as usual, print startup_ms=N once its first frame (the workshop list) is painted, and restored_ms=N once the last workshop&apos;s page is, then exit</source>
        <translation>das Fenster wie gewohnt starten, startup_ms=N ausgeben, sobald das erste Bild (die Workshop-Liste) gezeichnet ist, und restored_ms=N, sobald die Seite des letzten Workshops gezeichnet ist, dann beenden</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>(details in {log})</source>
        <translation>(Einzelheiten in {log})</translation>
    </message>
    <message>
        <source>back up the workshop database now and print the backup&apos;s path</source>
        <translation>die Workshop-Datenbank jetzt sichern und den Pfad der Sicherung ausgeben</translation>
    </message>
    <message>
        <source>replace the workshop database with a backup (the current one is moved to the damaged/ folder); refused while the app&apos;s window is open on the data folder</source>
        <translation>die Workshop-Datenbank durch eine Sicherung ersetzen (die aktuelle wird in den Ordner damaged/ verschoben); abgelehnt, solange das Fenster der App für den Datenordner geöffnet ist</translation>
    </message>
    <message>
        <source>a backup&apos;s file name or path (default: the newest backup)</source>
        <translation>Dateiname oder Pfad einer Sicherung (Standard: die neueste Sicherung)</translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation>die Sicherungen auflisten</translation>
    </message>
    <message>
        <source>list every workshop&apos;s commitments, or export them as CSV or Markdown</source>
        <translation>die Vorhaben aller Workshops auflisten oder als CSV oder Markdown exportieren</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>list the commitments of every workshop: workshop, commitment, owners, due date and status (the latest check-in&apos;s, else the commitment&apos;s own)</source>
        <translation>die Vorhaben aller Workshops auflisten: Workshop, Vorhaben, Verantwortliche, Fälligkeit und Status (den des letzten Check-in-Termins, sonst den des Vorhabens selbst)</translation>
    </message>
    <message>
        <source>only the commitments due before today and neither done nor dropped</source>
        <translation>nur Vorhaben, die vor heute fällig waren und weder erledigt noch verworfen sind</translation>
    </message>
    <message>
        <source>write the commitments of one workshop, or with --all of every workshop, to FILE: CSV for Excel and LibreOffice (.csv) or a Markdown table (.md); with --summary a workshop&apos;s summary (.md)</source>
        <translation>die Vorhaben eines Workshops, mit --all aller Workshops, in FILE schreiben: als CSV für Excel und LibreOffice (.csv) oder als Markdown-Tabelle (.md); mit --summary eine Zusammenfassung des Workshops (.md)</translation>
    </message>
    <message>
        <source>every workshop&apos;s commitments</source>
        <translation>die Vorhaben aller Workshops</translation>
    </message>
    <message>
        <source>the file to write: .csv or .md</source>
        <translation>die zu schreibende Datei: .csv oder .md</translation>
    </message>
    <message>
        <source>write the workshop&apos;s summary instead (Markdown, .md): title, date, participants, agenda, priorities, and the commitments with owners, due dates and status</source>
        <translation>stattdessen die Zusammenfassung des Workshops schreiben (Markdown, .md): Titel, Datum, Teilnehmende, Ablauf, Prioritäten und die Vorhaben mit Verantwortlichen, Fälligkeit und Status</translation>
    </message>
    <message>
        <source>No overdue commitments.</source>
        <translation>Keine überfälligen Vorhaben.</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Noch keine Vorhaben.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>name one workshop&apos;s ID or --all, not both</source>
        <translation>geben Sie die ID eines Workshops oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>--summary is one workshop&apos;s: name its ID instead of --all</source>
        <translation>--summary gilt für einen einzelnen Workshop: geben Sie statt --all seine ID an</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>die Sicherungen auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>In {folder} gibt es keine Sicherungen.</translation>
    </message>
    <message>
        <source>There is no backup {name} (see: backups list).</source>
        <translation>Es gibt keine Sicherung {name} (siehe: backups list).</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>{backup} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored {backup}; the previous database was moved to {moved}.</source>
        <translation>{backup} wiederhergestellt; die vorherige Datenbank wurde nach {moved} verschoben.</translation>
    </message>
    <message>
        <source>ignored: {name} ({reason})</source>
        <translation>übergangen: {name} ({reason})</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Noch keine Sicherungen in {folder}.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>write the sample workshop&apos;s action plans, facilitator and sponsor reports and run sheet (PDF) to see what the app prints</source>
        <translation>die Aktionspläne, den Moderationsbericht, den Bericht für Auftraggeber und den Ablaufplan (PDF) des Beispiel-Workshops schreiben, um zu sehen, was die App druckt</translation>
    </message>
    <message>
        <source>write a workshop&apos;s dates as calendar files (.ics) for Outlook, Google Calendar and Apple Calendar: facilitator.ics with every check-in and the follow-up session, and one file per participant with their due dates, check-in dates and sessions</source>
        <translation>die Termine eines Workshops als Kalenderdateien (.ics) für Outlook, Google Kalender und Apple Kalender schreiben: facilitator.ics mit allen Check-in-Terminen und dem Folgetermin, dazu eine Datei je teilnehmender Person mit ihren Fälligkeiten, Folgeterminen und Terminen</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>der Ordner, in den geschrieben wird</translation>
    </message>
    <message>
        <source>check that the app can run on this machine</source>
        <translation>prüfen, ob die App auf diesem Rechner laufen kann</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>JSON statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <source>list a workshop&apos;s participants or import them from a CSV sign-up sheet</source>
        <translation>die Teilnehmenden eines Workshops auflisten oder aus einer CSV-Anmeldeliste importieren</translation>
    </message>
    <message>
        <source>list a workshop&apos;s participants</source>
        <translation>die Teilnehmenden eines Workshops auflisten</translation>
    </message>
    <message>
        <source>plan a check-in of a workshop (its present participants attend); without --date, the next of the 30, 60 and 90 days after the workshop not planned yet</source>
        <translation>einen Folgetermin eines Workshops planen (die anwesenden Teilnehmenden nehmen teil); ohne --date der nächste noch nicht geplante der Termine 30, 60 und 90 Tage nach dem Workshop</translation>
    </message>
    <message>
        <source>the workshop&apos;s id (see: workshops list)</source>
        <translation>die ID des Workshops (siehe: workshops list)</translation>
    </message>
    <message>
        <source>the check-in&apos;s date</source>
        <translation>das Datum des Folgetermins</translation>
    </message>
    <message>
        <source>the check-in&apos;s start time</source>
        <translation>die Anfangszeit des Folgetermins</translation>
    </message>
    <message>
        <source>the check-in&apos;s title (default: &quot;30-day check-in&quot; and so on for those dates, else none)</source>
        <translation>der Titel des Folgetermins (Standard: „Folgetermin nach 30 Tagen“ usw. für diese Termine, sonst keiner)</translation>
    </message>
    <message>
        <source>print the new check-in as JSON</source>
        <translation>den neuen Folgetermin als JSON ausgeben</translation>
    </message>
    <message>
        <source>list the check-ins of a workshop</source>
        <translation>die Folgetermine eines Workshops auflisten</translation>
    </message>
    <message>
        <source>list a workshop&apos;s check-ins by date</source>
        <translation>die Folgetermine eines Workshops nach Datum auflisten</translation>
    </message>
    <message>
        <source>Workshop {id} has no date to count 30, 60 and 90 days from: give the check-in&apos;s date with --date.</source>
        <translation>Workshop {id} hat kein Datum, von dem aus 30, 60 und 90 Tage gezählt werden könnten: Geben Sie das Datum des Folgetermins mit --date an.</translation>
    </message>
    <message>
        <source>The 30, 60 and 90-day check-ins of workshop {id} are planned already: give another date with --date.</source>
        <translation>Die Folgetermine nach 30, 60 und 90 Tagen für Workshop {id} sind schon geplant: Geben Sie mit --date ein anderes Datum an.</translation>
    </message>
    <message>
        <source>Check-in {id} planned on {date} for workshop {workshop}.</source>
        <translation>Folgetermin {id} am {date} für Workshop {workshop} geplant.</translation>
    </message>
    <message>
        <source>No check-ins planned for workshop {id}.</source>
        <translation>Für Workshop {id} sind keine Folgetermine geplant.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>New commitments</source>
        <translation>Neue Vorhaben</translation>
    </message>
    <message>
        <source>add the participants of a CSV sign-up sheet (comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252) to a workshop; rows not added are listed as FILE:LINE: reason</source>
        <translation>die Teilnehmenden einer CSV-Anmeldeliste (getrennt durch Komma, Semikolon oder Tabulator; UTF-8, UTF-16 oder Windows-1252) zu einem Workshop hinzufügen; nicht hinzugefügte Zeilen werden als DATEI:ZEILE: Grund aufgelistet</translation>
    </message>
    <message>
        <source>the sign-up sheet to read</source>
        <translation>die einzulesende Anmeldeliste</translation>
    </message>
    <message>
        <source>print JSON: added, skipped (line and reason) and notes</source>
        <translation>JSON ausgeben: hinzugefügt, übersprungen (Zeile und Grund) und Hinweise</translation>
    </message>
    <message>
        <source>No participants in workshop {id}.</source>
        <translation>Keine Teilnehmenden in Workshop {id}.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Participants added to workshop {id}: {n}</source>
        <translation>Zu Workshop {id} hinzugefügte Teilnehmende: {n}</translation>
    </message>
    <message>
        <source>no participants added from {file}</source>
        <translation>keine Teilnehmenden aus {file} hinzugefügt</translation>
    </message>
    <message>
        <source>paper size: a4 or letter (default: letter where the system measures in inches, else a4)</source>
        <translation>Papierformat: a4 oder letter (Standard: letter, wo das System in Zoll misst, sonst a4)</translation>
    </message>
    <message>
        <source>write each participant&apos;s action plan (PDF) and one print file with all of them</source>
        <translation>den Aktionsplan jeder Person (PDF) und eine Druckdatei mit allen Plänen schreiben</translation>
    </message>
    <message>
        <source>blank plans to hand out before the commitments exercise: each present participant&apos;s name and the workshop, empty commitment cards to write on by hand</source>
        <translation>leere Pläne zum Austeilen vor der Übung zu den Vorhaben: Name jeder anwesenden Person und der Workshop, leere Karten für Vorhaben zum Ausfüllen von Hand</translation>
    </message>
    <message>
        <source>write the facilitator report (PDF), or with --sponsor the sponsor&apos;s</source>
        <translation>den Moderationsbericht (PDF) schreiben, mit --sponsor den Bericht für Auftraggeber</translation>
    </message>
    <message>
        <source>the workshop&apos;s id</source>
        <translation>die ID des Workshops</translation>
    </message>
    <message>
        <source>the file to write, or a folder to write facilitator-report.pdf (with --sponsor: report-sponsor.pdf) into</source>
        <translation>die zu schreibende Datei oder ein Ordner, in den facilitator-report.pdf (mit --sponsor: report-sponsor.pdf) geschrieben wird</translation>
    </message>
    <message>
        <source>the sponsor report: the same results without participants&apos; names, notes or anyone&apos;s own commitments (counted instead); cards and the group&apos;s actions print as typed</source>
        <translation>der Bericht für Auftraggeber: dieselben Ergebnisse ohne Namen der Teilnehmenden, ohne Notizen und ohne persönliche Vorhaben (diese werden stattdessen gezählt); Karten und Maßnahmen der Gruppe erscheinen wie eingegeben</translation>
    </message>
    <message>
        <source>write the facilitator&apos;s run sheet for planning (PDF)</source>
        <translation>den Ablaufplan der Moderation für die Planung schreiben (PDF)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>write the handouts of the agenda&apos;s exercises (cards, slips, role cards, sheets, signs, posters) for the participants present, to DIR/handouts.pdf (PDF)</source>
        <translation>die Handouts der Übungen im Ablauf (Karten, Streifen, Rollenkarten, Blätter, Schilder, Plakate) für die anwesenden Teilnehmenden nach DIR/handouts.pdf schreiben (PDF)</translation>
    </message>
    <message>
        <source>write the progress papers after the check-ins (PDF): each participant&apos;s own progress, the facilitator&apos;s progress report (private notes) and the sponsor&apos;s (initials, no notes)</source>
        <translation>die Fortschrittsunterlagen nach den Folgeterminen schreiben (PDF): den eigenen Fortschritt jeder teilnehmenden Person, den Fortschrittsbericht der Moderation (mit privaten Notizen) und den für Auftraggeber (Initialen, keine Notizen)</translation>
    </message>
    <message>
        <source>list, export, import or delete workshops</source>
        <translation>Workshops auflisten, exportieren, importieren oder löschen</translation>
    </message>
    <message>
        <source>list the workshops</source>
        <translation>die Workshops auflisten</translation>
    </message>
    <message>
        <source>write one workshop to a workshop file (JSON)</source>
        <translation>einen Workshop in eine Workshop-Datei (JSON) schreiben</translation>
    </message>
    <message>
        <source>create a new workshop from a workshop file</source>
        <translation>aus einer Workshop-Datei einen neuen Workshop anlegen</translation>
    </message>
    <message>
        <source>the workshop file to read</source>
        <translation>die einzulesende Workshop-Datei</translation>
    </message>
    <message>
        <source>delete a workshop and everything in it</source>
        <translation>einen Workshop mit allem, was dazugehört, löschen</translation>
    </message>
    <message>
        <source>No workshops yet.</source>
        <translation>Noch keine Workshops.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Deleted workshop {id}: {title}</source>
        <translation>Workshop {id} gelöscht: {title}</translation>
    </message>
    <message>
        <source>serve a workshop&apos;s room on the local network (phones join with its code); prints {&quot;url&quot;, &quot;code&quot;, &quot;port&quot;} as one JSON line once listening, stops on Ctrl+C or SIGTERM</source>
        <translation>den Raum eines Workshops im lokalen Netz bereitstellen (Smartphones treten mit seinem Code bei); gibt {&quot;url&quot;, &quot;code&quot;, &quot;port&quot;} als eine JSON-Zeile aus, sobald er erreichbar ist, und endet mit Strg+C oder SIGTERM</translation>
    </message>
    <message>
        <source>the address to listen on (default: this machine&apos;s address on the local network, else 127.0.0.1)</source>
        <translation>die Adresse, auf der gelauscht wird (Standard: die Adresse dieses Rechners im lokalen Netz, sonst 127.0.0.1)</translation>
    </message>
    <message>
        <source>the port to listen on (default: any free port)</source>
        <translation>der Port, auf dem gelauscht wird (Standard: ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>store every card without its author (votes, ratings and commitments need a name)</source>
        <translation>jede Karte ohne ihre Verfasserin oder ihren Verfasser speichern (Punkte, Bewertungen und Vorhaben brauchen einen Namen)</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>data folder: {path}</source>
        <translation>Datenordner: {path}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Qt did not start within 60 seconds</source>
        <translation>Qt ist nicht innerhalb von 60 Sekunden gestartet</translation>
    </message>
    <message>
        <source>platform &apos;{name}&apos; loads</source>
        <translation>Plattform &apos;{name}&apos; lädt</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>(Qt: {msg})</source>
        <translation>(Qt: {msg})</translation>
    </message>
    <message>
        <source>the Qt platform plugin did not load: {msg} (on a machine without a display, try QT_QPA_PLATFORM=offscreen)</source>
        <translation>das Qt-Plattform-Plugin wurde nicht geladen: {msg} (auf einem Rechner ohne Bildschirm versuchen Sie QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <source>no fonts found in {path}</source>
        <translation>keine Schriften in {path} gefunden</translation>
    </message>
    <message>
        <source>{path} is not a TrueType font</source>
        <translation>{path} ist keine TrueType-Schrift</translation>
    </message>
    <message>
        <source>{n} fonts in {path}</source>
        <translation>{n} Schriften in {path}</translation>
    </message>
    <message>
        <source>no built-in exercise pack found</source>
        <translation>kein mitgeliefertes Übungspaket gefunden</translation>
    </message>
    <message>
        <source>{packs} built-in pack(s), {exercises} exercises, all valid</source>
        <translation>{packs} mitgelieferte(s) Paket(e), {exercises} Übungen, alle gültig</translation>
    </message>
    <message>
        <source>cannot read the translations of {languages} in {path}</source>
        <translation>die Übersetzungen für {languages} in {path} lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>{languages} (this interface: {current}); built-in exercises in {packs}</source>
        <translation>{languages} (diese Oberfläche: {current}); mitgelieferte Übungen auf {packs}</translation>
    </message>
    <message>
        <source>{path} is writable</source>
        <translation>{path} ist beschreibbar</translation>
    </message>
    <message>
        <source>{path}: {problems}</source>
        <translation>{path}: {problems}</translation>
    </message>
    <message>
        <source>{path} passes quick_check</source>
        <translation>{path} besteht quick_check</translation>
    </message>
    <message>
        <source>all found ({programs})</source>
        <extracomment>Programs some tests use (each such test is skipped, saying so, without its program) and the Debian package that has each: the phone page in a real browser, the QR codes decoded, the CSV opened in a spreadsheet, the bundle&apos;s window under a virtual display.</extracomment>
        <translation>alle vorhanden ({programs})</translation>
    </message>
    <message>
        <source>the tests that need them are skipped without: sudo apt install {packages}</source>
        <translation>die Tests, die sie brauchen, werden ohne sie übersprungen: sudo apt install {packages}</translation>
    </message>
    <message>
        <source>Qt platform plugin</source>
        <translation>Qt-Plattform-Plugin</translation>
    </message>
    <message>
        <source>fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>built-in packs</source>
        <translation>mitgelieferte Pakete</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>programs for the tests</source>
        <translation>Programme für die Tests</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <source>The window cannot open: Qt&apos;s X11 platform plugin (xcb) needs libraries that are not installed: {libs}.</source>
        <extracomment>Fedora packages (a library not listed is asked for by name: ``&apos;libfoo.so.1()(64bit)&apos;``). The ones a fresh desktop most often lacks first, in the order the message names them.</extracomment>
        <translation>Das Fenster kann nicht geöffnet werden: Das X11-Plattform-Plugin von Qt (xcb) braucht Bibliotheken, die nicht installiert sind: {libs}.</translation>
    </message>
    <message>
        <source>Debian/Ubuntu: sudo apt install {packages}</source>
        <translation>Debian/Ubuntu: sudo apt install {packages}</translation>
    </message>
    <message>
        <source>Fedora: sudo dnf install {packages}</source>
        <translation>Fedora: sudo dnf install {packages}</translation>
    </message>
</context>
</TS>
