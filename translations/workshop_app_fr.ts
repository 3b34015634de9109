<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <extracomment>the workshop&apos;s: how the dates are shown</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <source>Check in with</source>
        <translation>Faire le point avec</translation>
    </message>
</context>
<context>
    <name>ActionsCapture</name>
    <message>
        <source>New action</source>
        <extracomment>The id of the action shown in the form.</extracomment>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Type an action and press Enter</source>
        <translation>Saisissez une action et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>Owner of the new action</source>
        <translation>Responsable de la nouvelle action</translation>
    </message>
    <message>
        <source>(nobody else)</source>
        <translation>(personne d’autre)</translation>
    </message>
    <message>
        <source>Second owner of the new action</source>
        <translation>Second responsable de la nouvelle action</translation>
    </message>
    <message>
        <source>S&amp;hared with:</source>
        <translation>Pa&amp;rtagé avec&#xa0;:</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Indicateur de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Support needed:</source>
        <translation>&amp;Soutien nécessaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check-in:</source>
        <translation>&amp;Point d’étape&#xa0;:</translation>
    </message>
    <message>
        <source>Check in w&amp;ith:</source>
        <translation>&amp;Faire le point avec&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Responsables&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Way it serves:</source>
        <translation>&amp;Levier concerné&#xa0;:</translation>
    </message>
    <message>
        <source>Who the owners will check in with</source>
        <translation>Avec qui les responsables feront le point</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>An action needs some text.</source>
        <translation>Une action doit avoir un texte.</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Change owners</source>
        <translation>Changer les responsables</translation>
    </message>
    <message>
        <source>Change the way it serves</source>
        <translation>Changer le levier concerné</translation>
    </message>
</context>
<context>
    <name>ActionsOverviewModel</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>En retard&#xa0;: échéance le {date}</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Search commitments, owners, workshops</source>
        <translation>Rechercher engagements, responsables, ateliers</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Rechercher dans les actions</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Due before today and neither done nor dropped</source>
        <translation>Échéance dépassée, ni faite ni abandonnée</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n &amp;days</source>
        <translation>
            <numerusform>À faire d’ici %n &amp;jour</numerusform>
            <numerusform>À faire d’ici %n &amp;jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation>Tr&amp;ier par&#xa0;:</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Workshops side by side</source>
        <translation>Ateliers côte à côte</translation>
    </message>
    <message>
        <source>No commitments yet. The actions agreed in a workshop&apos;s Run page are listed here, with what each check-in found.</source>
        <translation>Aucun engagement pour l’instant. Les actions convenues pendant l’animation d’un atelier s’affichent ici, avec ce que chaque séance de suivi en a retenu.</translation>
    </message>
    <message>
        <source>Open &amp;workshop</source>
        <translation>&amp;Ouvrir l’atelier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the commitments the table shows (every one when nothing is searched or filtered), in its order: CSV for Excel and LibreOffice, or a Markdown table for a wiki</source>
        <translation>Écrit les engagements affichés dans le tableau (tous, sans recherche ni filtre), dans son ordre&#xa0;: en CSV pour Excel et LibreOffice, ou en tableau Markdown pour un wiki</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n commitments shown</source>
        <translation>
            <numerusform>Affichés&#xa0;: {shown} sur %n engagement</numerusform>
            <numerusform>Affichés&#xa0;: {shown} sur %n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n commitments</source>
        <translation>
            <numerusform>Exporter %n engagement</numerusform>
            <numerusform>Exporter les %n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n commitments shown</source>
        <translation>
            <numerusform>Exporter %n engagement affiché</numerusform>
            <numerusform>Exporter les %n engagements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>commitments.csv</source>
        <translation>engagements.csv</translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice</source>
        <translation>CSV pour Excel et LibreOffice</translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation>Tableau Markdown</translation>
    </message>
    <message numerus="yes">
        <source>Written: all %n commitments to {file}.</source>
        <translation>
            <numerusform>C’est fait&#xa0;: %n engagement écrit dans {file}.</numerusform>
            <numerusform>C’est fait&#xa0;: les %n engagements sont dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: the %n commitments shown to {file} (of {total}: the search and filters left the others out).</source>
        <translation>
            <numerusform>C’est fait&#xa0;: %n engagement affiché écrit dans {file} (sur {total}&#x202f;; la recherche et les filtres ont écarté les autres).</numerusform>
            <numerusform>C’est fait&#xa0;: les %n engagements affichés sont dans {file} (sur {total}&#x202f;; la recherche et les filtres ont écarté les autres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments exported.</source>
        <translation>Engagements exportés.</translation>
    </message>
</context>
<context>
    <name>AgendaForm</name>
    <message>
        <source>Agenda title</source>
        <translation>Titre du programme</translation>
    </message>
    <message>
        <source>For example: 90-minute session</source>
        <translation>Par exemple&#xa0;: séance de 90 minutes</translation>
    </message>
    <message>
        <source>Agenda id</source>
        <translation>Identifiant du programme</translation>
    </message>
    <message>
        <source>Agenda description</source>
        <translation>Description du programme</translation>
    </message>
    <message>
        <source>When to use this agenda (Markdown)</source>
        <translation>Quand utiliser ce programme (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Items, in &amp;order</source>
        <translation>Séquences, dans l’&amp;ordre</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Séquences du programme</translation>
    </message>
    <message>
        <source>Add an exercise item (Insert)</source>
        <translation>Ajouter une séquence d’exercice (Inser)</translation>
    </message>
    <message>
        <source>Remove the item (Delete)</source>
        <translation>Retirer la séquence (Suppr)</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Monter la séquence (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Descendre la séquence (Alt+Bas)</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>Add free item</source>
        <translation>Ajouter une séquence libre</translation>
    </message>
    <message>
        <source>Add a free item</source>
        <translation>Ajouter une séquence libre</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>Type de séquence</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Séquence libre</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titre de la séquence</translation>
    </message>
    <message>
        <source>For example: Coffee</source>
        <translation>Par exemple&#xa0;: café</translation>
    </message>
    <message>
        <source>Item minutes</source>
        <translation>Durée de la séquence</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>Item tit&amp;le:</source>
        <translation>Tit&amp;re de la séquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Retirer la séquence</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Déplacer la séquence</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter une séquence</translation>
    </message>
    <message>
        <source>Change the item&apos;s kind</source>
        <translation>Changer le type de la séquence</translation>
    </message>
    <message>
        <source>(no exercise &apos;{id}&apos;)</source>
        <translation>(pas d’exercice «&#xa0;{id}&#xa0;»)</translation>
    </message>
    <message>
        <source>{title} · {minutes} min</source>
        <translation>{title} · {minutes} min</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>{kind}: {title} · {minutes} min</source>
        <translation>{kind}&#xa0;: {title} · {minutes} min</translation>
    </message>
    <message>
        <source>Agenda {n}: {title}</source>
        <translation>Programme {n}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>In all: {minutes} min</source>
        <translation>Au total&#xa0;: {minutes} min</translation>
    </message>
    <message>
        <source>“not set”: the exercise&apos;s own minutes.</source>
        <translation>«&#xa0;non définie&#xa0;»&#xa0;: la durée propre de l’exercice.</translation>
    </message>
    <message>
        <source>Breaks and free items need their minutes.</source>
        <translation>Les pauses et les séquences libres doivent avoir une durée.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <extracomment>(item id, field, new value): the page turns it into an undoable edit.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>The exercise suggests {n} min</source>
        <translation>L’exercice prévoit {n} min</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>Ajouter une pa&amp;use</translation>
    </message>
    <message>
        <source>Add &amp;free item</source>
        <translation>Ajouter une séquence li&amp;bre</translation>
    </message>
    <message>
        <source>A welcome, a round of questions, anything not in the library</source>
        <translation>Un accueil, un tour de questions, tout ce qui n’est pas dans la bibliothèque</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>Retirer les séquences sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Start from a ready-made &amp;agenda…</source>
        <translation>Partir d’un progra&amp;mme tout prêt…</translation>
    </message>
    <message>
        <source>Replace the agenda with one of the packs&apos; agendas (asks first; can be undone)</source>
        <translation>Remplacer le programme par l’un de ceux des packs (avec confirmation&#x202f;; peut être annulé)</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Over the planned length</source>
        <translation>Au-delà de la durée prévue</translation>
    </message>
    <message>
        <source>ends at {time}</source>
        <translation>fin à {time}</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Retirer la séquence</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n agenda items</source>
        <translation>
            <numerusform>Retirer %n séquence</numerusform>
            <numerusform>Retirer %n séquences</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Réordonner le programme</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>Add free item</source>
        <translation>Ajouter une séquence libre</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Ajouter «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Add {n} exercises</source>
        <translation>Ajouter {n} exercices</translation>
    </message>
    <message>
        <source>Set minutes</source>
        <translation>Changer la durée</translation>
    </message>
    <message>
        <source>Rename agenda item</source>
        <translation>Renommer la séquence</translation>
    </message>
    <message>
        <source>No pack has a ready-made agenda</source>
        <translation>Aucun pack ne propose de programme tout prêt</translation>
    </message>
    <message>
        <source>Replace the agenda</source>
        <translation>Remplacer le programme</translation>
    </message>
    <message>
        <source>Replace the current agenda with “{title}”?
You can undo this.</source>
        <translation>Remplacer le programme actuel par «&#xa0;{title}&#xa0;»&#x202f;?
Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Start from “{title}”</source>
        <translation>Partir de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>The agenda now follows “{title}”.</source>
        <translation>Le programme suit maintenant «&#xa0;{title}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The app backs up your workshops when a run starts and ends, before a workshop is deleted, and every 30 minutes while you work. Restoring puts a backup in place of the current data; the current data is kept aside in {folder}.</source>
        <translation>L’application sauvegarde vos ateliers au début et à la fin de chaque animation, avant la suppression d’un atelier et toutes les 30 minutes pendant que vous travaillez. Restaurer remplace les données actuelles par une sauvegarde&#x202f;; les données actuelles sont mises de côté dans {folder}.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} Ko</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>Ignored in {folder} (not backups of this app, left as they are): {names}</source>
        <translation>Ignorés dans {folder} (ce ne sont pas des sauvegardes de cette application, laissés tels quels)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Replace all current workshops with the backup taken {time}?
Changes made after it will not be in the app (the current data is kept aside, not deleted).</source>
        <translation>Remplacer tous les ateliers actuels par la sauvegarde du {time}&#x202f;?
Les modifications faites après ne seront plus dans l’application (les données actuelles sont mises de côté, pas supprimées).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restored the backup taken {time}.</source>
        <translation>Sauvegarde du {time} restaurée.</translation>
    </message>
    <message>
        <source>The data it replaced is kept at {path}.</source>
        <translation>Les données remplacées sont conservées dans {path}.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>low</source>
        <extracomment>The scale a capture gets when its snapshot names no usable one. The widest rating scale the run console and projector show (a pack may give 0 to 10; a damaged snapshot is bounded to this). The widest scale a pack may give: what ratings of an item without an exercise are held to. 1 for the most dots; options with as many dots share a rank (1, 1, 3) the ratings inside the scale, lowest first ratings outside the scale, left out of everything else the participant&apos;s rating, None when outside the scale how the whole room rated the same criterion named from the axes&apos; ends, e.g. &quot;High impact · Low effort&quot; the cards and actions placed in it, in the order they were placed for each of ``texts``: whether the room chose it (to take forward)</extracomment>
        <translation>faible</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>top</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>A number of dots cannot be negative.</source>
        <extracomment>For each line: whether the room chose it (a matrix&apos;s quick wins and big bets); () for none. Cards in groups; for a matrix its four quadrants (top-left, top-right, bottom-left, bottom-right) with what was placed in each. a matrix&apos;s axes a matrix&apos;s placed cards and actions the workshop&apos;s language: its words and numbers on the projector What marks an option or a note the room chose, on the console&apos;s and the projector&apos;s results.</extracomment>
        <translation>Un nombre de gommettes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An option can get at most {max} dots at once.</source>
        <translation>Une option peut recevoir au plus {max} gommettes à la fois.</translation>
    </message>
    <message>
        <source>{name} has {limit} dots in all and has already given {used} elsewhere.</source>
        <translation>{name} dispose de {limit} gommettes en tout et en a déjà placé {used} ailleurs.</translation>
    </message>
    <message>
        <source>A rating runs from {low} to {high}; {value} is outside.</source>
        <translation>Une évaluation va de {low} à {high}&#x202f;; {value} est hors de l’échelle.</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date like 2026-03-31.</source>
        <translation>{field}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas une date comme 2026-03-31.</translation>
    </message>
    <message>
        <source>Dot vote results</source>
        <extracomment>Between the texts of merged cards.</extracomment>
        <translation>Résultats du vote par gommettes</translation>
    </message>
    <message>
        <source>How the room rated</source>
        <translation>Évaluation du groupe</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Non regroupées</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation>La matrice</translation>
    </message>
</context>
<context>
    <name>CaptureArea</name>
    <message>
        <source>Undo</source>
        <extracomment>The capture widget of each capture type: (module under workshop_app.gui.run, class). A module is imported when an item first needs it, so the Run page opens without importing them all.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {what} (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: {what} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Capture: {kind}</source>
        <translation>Saisie&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CaptureCommands</name>
    <message>
        <source>Add card</source>
        <extracomment>What the store&apos;s ``remove_*`` methods return: the row taken out and everything that went with it, for ``restore_removed`` to put back (opaque here). The ids of the rows added (known after the first do).</extracomment>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Take the chosen options</source>
        <translation>Reprendre les options retenues</translation>
    </message>
    <message>
        <source>Copy cards</source>
        <translation>Copier les cartes</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Ajouter un regroupement</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Supprimer le regroupement</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation>Fusionner des cartes</translation>
    </message>
    <message>
        <source>Mark chosen</source>
        <translation>Marquer comme retenu</translation>
    </message>
    <message>
        <source>Unmark chosen</source>
        <translation>Ne plus marquer comme retenu</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Renommer le regroupement</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Set dots</source>
        <translation>Saisir les gommettes</translation>
    </message>
    <message>
        <source>Set rating</source>
        <translation>Saisir l’évaluation</translation>
    </message>
    <message>
        <source>Place on the matrix</source>
        <translation>Placer sur la matrice</translation>
    </message>
    <message>
        <source>Take off the matrix</source>
        <translation>Retirer de la matrice</translation>
    </message>
</context>
<context>
    <name>CaptureTab</name>
    <message>
        <source>Capture type</source>
        <translation>Type de saisie</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Gommettes par participant</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Criteria, one a line</source>
        <translation>Critères, un par ligne</translation>
    </message>
    <message>
        <source>One criterion a line, such as: Clear purpose</source>
        <translation>Un critère par ligne, par exemple&#xa0;: Objectif clair</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Note la plus basse</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Note la plus haute</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Axe horizontal</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Axe vertical</translation>
    </message>
    <message>
        <source>Label, such as Impact</source>
        <translation>Libellé, par exemple Impact</translation>
    </message>
    <message>
        <source>Label, such as Effort</source>
        <translation>Libellé, par exemple Effort</translation>
    </message>
    <message>
        <source>{axis}: label</source>
        <translation>{axis}&#xa0;: libellé</translation>
    </message>
    <message>
        <source>{axis}: low end</source>
        <translation>{axis}&#xa0;: extrémité basse</translation>
    </message>
    <message>
        <source>low end</source>
        <translation>extrémité basse</translation>
    </message>
    <message>
        <source>{axis}: high end</source>
        <translation>{axis}&#xa0;: extrémité haute</translation>
    </message>
    <message>
        <source>high end</source>
        <translation>extrémité haute</translation>
    </message>
    <message>
        <source>Options, one a line</source>
        <translation>Options, une par ligne</translation>
    </message>
    <message>
        <source>One a line: cards to start with, or what the room votes on</source>
        <translation>Une par ligne&#xa0;: les cartes de départ, ou ce sur quoi le groupe vote</translation>
    </message>
    <message>
        <source>Anonymous cards from phones</source>
        <translation>Cartes anonymes depuis les téléphones</translation>
    </message>
    <message>
        <source>In room mode, cards sent from phones are stored without their author, unless the facilitator decides otherwise for the activity</source>
        <translation>En mode salle, les cartes envoyées des téléphones sont enregistrées sans leur auteur, sauf si l&apos;animateur ou l&apos;animatrice en décide autrement pour l&apos;activité</translation>
    </message>
    <message>
        <source>Capture t&amp;ype:</source>
        <translation>T&amp;ype de saisie&#xa0;:</translation>
    </message>
    <message>
        <source>V&amp;otes per participant:</source>
        <translation>Gommettes &amp;par participant&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;riteria:</source>
        <translation>C&amp;ritères&#xa0;:</translation>
    </message>
    <message>
        <source>Lo&amp;west score:</source>
        <translation>Note la plus &amp;basse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Highest score:</source>
        <translation>Note la plus &amp;haute&#xa0;:</translation>
    </message>
    <message>
        <source>Axis label</source>
        <translation>Libellé de l’axe</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Extrémité basse</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Extrémité haute</translation>
    </message>
    <message>
        <source>Hori&amp;zontal axis:</source>
        <translation>Axe hori&amp;zontal&#xa0;:</translation>
    </message>
    <message>
        <source>Vertic&amp;al axis:</source>
        <translation>Axe verti&amp;cal&#xa0;:</translation>
    </message>
    <message>
        <source>Op&amp;tions:</source>
        <translation>Opt&amp;ions&#xa0;:</translation>
    </message>
    <message>
        <source>Room &amp;mode:</source>
        <translation>&amp;Mode salle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CardTreeModel</name>
    <message>
        <source>Card</source>
        <extracomment>By &quot;is the editable text&quot;: a group row (a named cluster&apos;s text is editable) and a card row.</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquée</translation>
    </message>
    <message>
        <source>New, not shown yet</source>
        <translation>Nouvelle, pas encore montrée</translation>
    </message>
    <message>
        <source>Hidden: kept here and in the report, never on the projector or the participants&apos; plans. Show brings it back.</source>
        <translation>Masquée&#xa0;: conservée ici et dans le rapport, jamais dans la projection ni dans les plans des participants. «&#xa0;Afficher&#xa0;» la fait revenir.</translation>
    </message>
    <message>
        <source>Sent from a phone: the room sees it only once you reveal it.</source>
        <translation>Envoyée depuis un téléphone&#xa0;: le groupe ne la voit qu’une fois que vous l’avez dévoilée.</translation>
    </message>
    <message>
        <source>{card} (hidden)</source>
        <translation>{card} (masquée)</translation>
    </message>
    <message>
        <source>{card} (new from a phone, not shown yet)</source>
        <translation>{card} (nouvelle, envoyée depuis un téléphone, pas encore montrée)</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Non regroupées</translation>
    </message>
</context>
<context>
    <name>CardsCapture</name>
    <message>
        <source>New card</source>
        <extracomment>The moderation keys (none of them a key of the console&apos;s, gui/run/shortcuts.py).</extracomment>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Type a card and press Enter</source>
        <translation>Saisissez une carte et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Card from</source>
        <translation>Carte de</translation>
    </message>
    <message>
        <source>Who wrote it (shown on the projector only with attribution on)</source>
        <translation>Qui l’a écrite (affiché en projection seulement si les noms sont activés)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cards by cluster</source>
        <translation>Cartes par regroupement</translation>
    </message>
    <message>
        <source>New cluster name</source>
        <translation>Nom du nouveau regroupement</translation>
    </message>
    <message>
        <source>Name a new cluster and press Enter</source>
        <translation>Nommez un nouveau regroupement et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Cluster to move the selected cards to</source>
        <translation>Regroupement où déplacer les cartes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>Move the selected cards to this cluster (or drag them)</source>
        <translation>Déplacer les cartes sélectionnées dans ce regroupement (ou les faire glisser)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected card or cluster (Delete)</source>
        <translation>Supprimer la carte ou le regroupement sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nouveau regroupement</translation>
    </message>
    <message>
        <source>Reveal the selected cards on the projector</source>
        <translation>Dévoiler les cartes sélectionnées dans la projection</translation>
    </message>
    <message>
        <source>Reveal every card from a phone on the projector</source>
        <translation>Dévoiler dans la projection toutes les cartes envoyées depuis un téléphone</translation>
    </message>
    <message>
        <source>Hide the selected cards from the room, or show them again</source>
        <translation>Masquer les cartes sélectionnées au groupe, ou les afficher à nouveau</translation>
    </message>
    <message>
        <source>Merge the selected cards into one (every text is kept)</source>
        <translation>Fusionner les cartes sélectionnées en une seule (chaque texte est conservé)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Dévoiler</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Reveal all ({count})</source>
        <translation>Tout dévoiler ({count})</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Tout dévoiler</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Non regroupées</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Déplacer les cartes</translation>
    </message>
    <message>
        <source>Reveal cards</source>
        <translation>Dévoiler des cartes</translation>
    </message>
    <message>
        <source>Reveal all cards</source>
        <translation>Dévoiler toutes les cartes</translation>
    </message>
    <message>
        <source>Hide cards</source>
        <translation>Masquer des cartes</translation>
    </message>
    <message>
        <source>Show cards</source>
        <translation>Afficher des cartes</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>Where our commitments stand</source>
        <extracomment>The keys 1-4 of the Check-in page, in this order. This check-in&apos;s review (None: not reviewed here yet). (check-in, status key, NOT_REVIEWED, or NOT_MADE before it was made) for each earlier check-in. Made at this check-in (nothing to review yet).</extracomment>
        <translation>Où en sont nos engagements</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <source>{heading} · commitment {n} of {total}</source>
        <translation>{heading} · engagement {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in</source>
        <extracomment>Retry a failed save this long after it failed. The progress papers&apos; folder beside the workshop&apos;s other papers: one name whatever language the window shows, so the papers are found again after a change of language (as &quot;facilitator-only&quot;). What &quot;Print progress…&quot; calls (data, folder, paper) on the task runner.</extracomment>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>Plan a &amp;check-in…</source>
        <translation>Planifier un &amp;suivi…</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Point de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Every commitment</source>
        <translation>Tous les engagements</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous commitment ({keys})</source>
        <translation>Engagement précédent ({keys})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next commitment ({keys})</source>
        <translation>Engagement suivant ({keys})</translation>
    </message>
    <message>
        <source>&amp;New commitment…</source>
        <translation>&amp;Nouvel engagement…</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the projector ({keys})</source>
        <translation>Ouvrir ou fermer la fenêtre de projection ({keys})</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>The counts on the projector, not the commitment ({keys})</source>
        <translation>Projeter le décompte plutôt que l&apos;engagement ({keys})</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Pause screen on the projector ({keys})</source>
        <translation>Écran de pause sur le vidéoprojecteur ({keys})</translation>
    </message>
    <message>
        <source>On the commitment: 1 done, 2 in progress, 3 stuck, 4 dropped. Tab to the notes, Page Down for the next commitment. Everything is saved as you type.</source>
        <translation>Sur l&apos;engagement&#xa0;: 1 fait, 2 en cours, 3 bloqué, 4 abandonné. Tab pour passer aux notes, Page suivante pour l&apos;engagement suivant. Tout est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Projection&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the progress papers</source>
        <translation>Dossier des bilans d&apos;avancement</translation>
    </message>
    <message>
        <source>P&amp;rint progress…</source>
        <translation>Imprimer l&apos;&amp;avancement…</translation>
    </message>
    <message>
        <source>Each participant&apos;s progress page, the facilitator&apos;s report and the sponsor&apos;s (no names, no notes)</source>
        <translation>La page d&apos;avancement de chaque participant, le rapport de l&apos;animation et celui du commanditaire (sans noms ni notes)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Ca&amp;lendar files…</source>
        <translation>Fichiers &amp;calendrier…</translation>
    </message>
    <message>
        <source>The check-in sessions for your calendar, and for each participant their due dates and the check-ins they attend: files for Outlook, Google Calendar and Apple Calendar (.ics)</source>
        <translation>Les points de suivi pour votre agenda et, pour chaque participant, ses échéances et les points de suivi auxquels il assiste&#xa0;: des fichiers pour Outlook, Google Agenda et Calendrier d’Apple (.ics)</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Check-ins: {title}</source>
        <translation>Points de suivi&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>No check-in planned yet: “Plan a check-in…” plans one, 30, 60 or 90 days after the workshop.</source>
        <translation>Aucun point de suivi planifié&#xa0;: «&#xa0;Planifier un suivi…&#xa0;» en prévoit un, 30, 60 ou 90 jours après l&apos;atelier.</translation>
    </message>
    <message>
        <source>No commitment to review: the workshop recorded no action.</source>
        <translation>Rien à passer en revue&#xa0;: l&apos;atelier n&apos;a noté aucun engagement.</translation>
    </message>
    <message>
        <source>Revised due date</source>
        <translation>Reportée au</translation>
    </message>
    <message>
        <source>Check-in planned.</source>
        <translation>Point de suivi planifié.</translation>
    </message>
    <message>
        <source>Writing the progress papers…</source>
        <translation>Écriture des bilans d&apos;avancement…</translation>
    </message>
    <message>
        <source>Written: the progress papers are in {folder}.</source>
        <translation>C&apos;est fait&#xa0;: les bilans d&apos;avancement sont dans {folder}.</translation>
    </message>
    <message>
        <source>Progress papers written.</source>
        <translation>Bilans d&apos;avancement écrits.</translation>
    </message>
    <message>
        <source>Save the calendar files in</source>
        <translation>Enregistrer les fichiers calendrier dans</translation>
    </message>
    <message>
        <source>Writing the calendar files…</source>
        <translation>Écriture des fichiers calendrier…</translation>
    </message>
    <message numerus="yes">
        <source>Written: %n calendar files in {folder}. Import {facilitator} into your own calendar (Outlook, Google Calendar, Apple Calendar: open the file or use the calendar&apos;s Import), and send each participant the file named after them: it holds their due dates and the check-ins they attend.</source>
        <translation>
            <numerusform>C’est fait&#xa0;: %n fichier calendrier dans {folder}. Importez {facilitator} dans votre propre agenda (Outlook, Google Agenda, Calendrier d’Apple&#xa0;: ouvrez le fichier ou utilisez la fonction d’import de l’agenda), puis envoyez à chaque participant le fichier à son nom&#xa0;: il contient ses échéances et les points de suivi auxquels il assiste.</numerusform>
            <numerusform>C’est fait&#xa0;: %n fichiers calendrier dans {folder}. Importez {facilitator} dans votre propre agenda (Outlook, Google Agenda, Calendrier d’Apple&#xa0;: ouvrez le fichier ou utilisez la fonction d’import de l’agenda), puis envoyez à chaque participant le fichier à son nom&#xa0;: il contient ses échéances et les points de suivi auxquels il assiste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %n calendar files in {folder}, one for each participant with a date (no check-in or follow-up session is planned yet, so there is none for you). Send each participant the file named after them to import into Outlook, Google Calendar or Apple Calendar.</source>
        <translation>
            <numerusform>C’est fait&#xa0;: %n fichier calendrier dans {folder}, un par participant ayant une date (aucun point de suivi ni séance de suivi n’est encore prévu, donc aucun pour vous). Envoyez à chaque participant le fichier à son nom, à importer dans Outlook, Google Agenda ou Calendrier d’Apple.</numerusform>
            <numerusform>C’est fait&#xa0;: %n fichiers calendrier dans {folder}, un par participant ayant une date (aucun point de suivi ni séance de suivi n’est encore prévu, donc aucun pour vous). Envoyez à chaque participant le fichier à son nom, à importer dans Outlook, Google Agenda ou Calendrier d’Apple.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar files written.</source>
        <translation>Fichiers calendrier écrits.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>Q&amp;ui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong, but everything already saved is safe. You can keep working.</source>
        <translation>Un problème est survenu, mais tout ce qui était déjà enregistré est en sécurité. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>The problem was: {error}

Details are in the log file:
{log}</source>
        <translation>Le problème&#xa0;: {error}

Les détails se trouvent dans le journal&#xa0;:
{log}</translation>
    </message>
    <message>
        <source>Workshop app</source>
        <translation>Workshop app</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line {line}: {message}</source>
        <extracomment>A sign-up sheet larger than this is not a sign-up sheet. Rows read after the heading row; the rest of a longer file is reported, not read. Columns offered for choosing; cells further right are not read. A name, role, team or e-mail longer than this is a problem, not a participant. A quoted cell may span at most this many lines and characters; a quote still open after them is a stray quote (this bounds the work of reading on after one). The separator is guessed from at most this many characters (and lines) at the start. Participant fields a column can hold, in table order. Lines with their line ending (the csv module&apos;s idea of a line: <byte value="xd"/>
, <byte value="xd"/> or 
).</extracomment>
        <translation>ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>duplicate, {why}</source>
        <extracomment>Why this row looks like someone already listed (&quot;&quot; when it does not). Remarks about the whole sheet, each naming a line (nothing was lost because of them). Rows that could not be read at all (a stray quote, the row cap).</extracomment>
        <translation>doublon, {why}</translation>
    </message>
    <message>
        <source>{file} is not a file.</source>
        <translation>{file} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a sign-up sheet can be at most {max} MB. Save only the participants&apos; rows as CSV and import that file.</source>
        <translation>{file} fait {size} Mo&#x202f;; une liste d’inscription ne peut pas dépasser {max} Mo. Enregistrez seulement les lignes des participants en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding}; characters that could not be read are shown as �. Check the names in the preview.</source>
        <translation>{file} n’est pas du {encoding} valide&#x202f;; les caractères illisibles sont affichés comme �. Vérifiez les noms dans l’aperçu.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8; it was read as Windows-1252 (Western European). Check accented names in the preview.</source>
        <translation>{file} n’est pas en UTF-8&#x202f;; il a été lu en Windows-1252 (Europe occidentale). Vérifiez les noms accentués dans l’aperçu.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened on this line is never closed; this row was not read</source>
        <translation>un guillemet (&quot;) ouvert sur cette ligne n’est jamais fermé&#x202f;; cette ligne n’a pas été lue</translation>
    </message>
    <message>
        <source>this row cannot be read ({reason})</source>
        <translation>cette ligne est illisible ({reason})</translation>
    </message>
    <message>
        <source>only the first {max} of {n} columns are read</source>
        <translation>seules les {max} premières colonnes sur {n} sont lues</translation>
    </message>
    <message>
        <source>a sign-up sheet can have at most {max} rows; this row and the rest of the file were not read</source>
        <translation>une liste d’inscription compte au plus {max} lignes&#x202f;; cette ligne et la suite du fichier n’ont pas été lues</translation>
    </message>
    <message>
        <source>no column is chosen for the name</source>
        <translation>aucune colonne n’est choisie pour le nom</translation>
    </message>
    <message>
        <source>already in this workshop</source>
        <translation>déjà dans cet atelier</translation>
    </message>
    <message>
        <source>same name and e-mail as line {line}</source>
        <translation>même nom et même e-mail que la ligne {line}</translation>
    </message>
    <message>
        <source>e-mail already in this workshop ({name})</source>
        <translation>e-mail déjà présent dans cet atelier ({name})</translation>
    </message>
    <message>
        <source>same e-mail as line {line} ({name})</source>
        <translation>même e-mail que la ligne {line} ({name})</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>the {field} is longer than {max} characters</source>
        <translation>le champ «&#xa0;{field}&#xa0;» dépasse {max} caractères</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a side ({sides})</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un pôle ({sides})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>the clipboard holds {size} MB of text; paste at most {max} MB at a time</source>
        <translation>le presse-papiers contient {size} Mo de texte&#x202f;; collez au plus {max} Mo à la fois</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants from CSV</source>
        <extracomment>The file has been read (or could not be) and the preview shows it.</extracomment>
        <translation>Importer des participants depuis un CSV</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>The first row holds column &amp;headings</source>
        <translation>La première ligne contient les &amp;en-têtes de colonnes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Pôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <source>Also import rows flagged as &amp;duplicates</source>
        <translation>Importer aussi les lignes signalées comme &amp;doublons</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importées&#xa0;:</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Participants not imported</source>
        <translation>Participants non importés</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Colonne {n}</translation>
    </message>
    <message>
        <source>Duplicate: {why}</source>
        <translation>Doublon&#xa0;: {why}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Import 1 participant</source>
        <translation>&amp;Importer 1 participant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n participants</source>
        <translation>
            <numerusform>&amp;Importer %n participant</numerusform>
            <numerusform>&amp;Importer %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} to import</source>
        <translation>{n} à importer</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>1 doublon ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row with a problem</source>
        <translation>1 ligne avec un problème</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems</source>
        <translation>
            <numerusform>%n ligne avec un problème</numerusform>
            <numerusform>%n lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 blank row skipped</source>
        <translation>1 ligne vide ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%n blank rows skipped</source>
        <translation>
            <numerusform>%n ligne vide ignorée</numerusform>
            <numerusform>%n lignes vides ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>--data-dir needs a folder name, not an empty one.</source>
        <translation>--data-dir attend un nom de dossier, pas une valeur vide.</translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder.</source>
        <translation>Le dossier de données {path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder {path} is not writable: {reason}</source>
        <translation>Le dossier de données {path} n’est pas accessible en écriture&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation>Impossible d’utiliser le dossier de données {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>A workshop needs a title</source>
        <extracomment>After a failed write, try again this much later. The workshop languages offered: its papers and projector are printed in it (dates and numbers in every one; the app&apos;s own words in the languages it ships, else in English).</extracomment>
        <translation>Un atelier doit avoir un titre</translation>
    </message>
    <message>
        <source>Company, department or team</source>
        <translation>Entreprise, service ou équipe</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Room, building, town</source>
        <translation>Salle, bâtiment, ville</translation>
    </message>
    <message>
        <source>{language}: the app&apos;s words in English</source>
        <translation>{language}&#xa0;: textes de l’application en anglais</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;sation&#xa0;:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Start t&amp;ime:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>Planned le&amp;ngth:</source>
        <translation>D&amp;urée prévue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animation&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Follo&amp;w-up session:</source>
        <translation>Séance de su&amp;ivi&#xa0;:</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Les modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>planned for</source>
        <translation>prévue le</translation>
    </message>
    <message>
        <source>The session where the commitments are reviewed: every plan, the report and the run sheet print it.</source>
        <translation>La séance où l’on fait le point sur les engagements&#xa0;: elle figure sur chaque plan, sur le rapport et sur le déroulé.</translation>
    </message>
    <message>
        <source>HH:MM, optional</source>
        <translation>HH:MM, facultatif</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>New pack</source>
        <translation>Nouveau pack</translation>
    </message>
    <message>
        <source>You have packs kept as drafts. Continue one, or start a new pack?</source>
        <translation>Vous avez des packs gardés en brouillon. En reprendre un, ou commencer un nouveau pack&#x202f;?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>{title} (draft of {when})</source>
        <translation>{title} (brouillon du {when})</translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation>&amp;Reprendre le brouillon</translation>
    </message>
    <message>
        <source>&amp;New empty pack</source>
        <translation>&amp;Nouveau pack vide</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Exercise parts</source>
        <extracomment>The lists of an exercise with a tab of their own (their rows are chosen there).</extracomment>
        <translation>Parties de l’exercice</translation>
    </message>
    <message>
        <source>&amp;Basics</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>&amp;Notes &amp;&amp; debrief</source>
        <translation>&amp;Notes &amp;&amp; débriefing</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>Han&amp;douts</source>
        <translation>Supp&amp;orts</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Exercise title</source>
        <translation>Titre de l’exercice</translation>
    </message>
    <message>
        <source>For example: Hopes and concerns</source>
        <translation>Par exemple&#xa0;: Espoirs et craintes</translation>
    </message>
    <message>
        <source>Exercise id</source>
        <translation>Identifiant de l’exercice</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>tiré du titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>One line shown in lists</source>
        <translation>Une ligne affichée dans les listes</translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation>Durée de l’exercice</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Use the steps&apos; total</source>
        <translation>Reprendre le total des étapes</translation>
    </message>
    <message>
        <source>Set the exercise minutes to the steps&apos; total</source>
        <translation>Donner à l’exercice la durée totale de ses étapes</translation>
    </message>
    <message>
        <source>Group configuration</source>
        <translation>Organisation des groupes</translation>
    </message>
    <message>
        <source>For example: pairs, then whole room</source>
        <translation>Par exemple&#xa0;: en binômes, puis en grand groupe</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Plus petit groupe</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Plus grand groupe</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Preparation minutes</source>
        <translation>Temps de préparation</translation>
    </message>
    <message>
        <source>Facilitation experience needed</source>
        <translation>Expérience d’animation requise</translation>
    </message>
    <message>
        <source>Room set-up</source>
        <translation>Disposition de la salle</translation>
    </message>
    <message>
        <source>For example: tables of four, a flipchart beside each</source>
        <translation>Par exemple&#xa0;: tables de quatre, un paperboard à côté de chacune</translation>
    </message>
    <message>
        <source>Feeds into the action plan</source>
        <translation>Contribue au plan d’action</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>What the exercise is for</source>
        <translation>À quoi sert l’exercice</translation>
    </message>
    <message>
        <source>Materials, one a line</source>
        <translation>Matériel, un par ligne</translation>
    </message>
    <message>
        <source>One a line, such as: sticky notes</source>
        <translation>Un par ligne, par exemple&#xa0;: post-it</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>Identi&amp;fiant&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>Gro&amp;upes&#xa0;:</translation>
    </message>
    <message>
        <source>Group si&amp;ze:</source>
        <translation>Tai&amp;lle des groupes&#xa0;:</translation>
    </message>
    <message>
        <source>People in one working group; materials counted per group use the largest.</source>
        <translation>Nombre de personnes par groupe de travail&#x202f;; le matériel compté par groupe se base sur le plus grand.</translation>
    </message>
    <message>
        <source>Pre&amp;paration:</source>
        <translation>Pré&amp;paration&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>E&amp;xpérience&#xa0;:</translation>
    </message>
    <message>
        <source>Room s&amp;et-up:</source>
        <translation>Disposition d&amp;e la salle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Feeds into:</source>
        <translation>&amp;Contribue au plan&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>O&amp;bjectif&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;aterials:</source>
        <translation>&amp;Matériel&#xa0;:</translation>
    </message>
    <message>
        <source>A material counted for the room, each group, each participant or the facilitator ends with its count in brackets, such as: Pad of sticky notes [2 per participant]. Other lines are one for the room.</source>
        <translation>Un matériel compté pour la salle, par groupe, par participant ou pour l’animation se termine par sa quantité entre crochets, par exemple&#xa0;: Bloc de post-it [2 par participant]. Les autres lignes valent un exemplaire pour la salle.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes d’animation</translation>
    </message>
    <message>
        <source>Pitfalls, variations, timing tips: for the facilitator only</source>
        <translation>Pièges, variantes, conseils de timing&#xa0;: pour l’animation uniquement</translation>
    </message>
    <message>
        <source>Debrief questions, one a line</source>
        <translation>Questions de débriefing, une par ligne</translation>
    </message>
    <message>
        <source>One question a line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>&amp;Facilitator notes:</source>
        <translation>Notes d’ani&amp;mation&#xa0;:</translation>
    </message>
    <message>
        <source>Never shown on the projector nor printed on a participant&apos;s plan. </source>
        <translation>Jamais projetées ni imprimées sur le plan d’un participant. </translation>
    </message>
    <message>
        <source>Debrief &amp;questions:</source>
        <translation>&amp;Questions de débriefing&#xa0;:</translation>
    </message>
    <message>
        <source>Exercise {n}: {title}</source>
        <translation>Exercice {n}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(pas encore de titre)</translation>
    </message>
</context>
<context>
    <name>ExercisePreview</name>
    <message>
        <source>Facilitator view preview</source>
        <extracomment>the pack&apos;s</extracomment>
        <translation>Aperçu de la vue d’animation</translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation>Aperçu de la projection</translation>
    </message>
    <message>
        <source>Step shown on the projector</source>
        <translation>Étape projetée</translation>
    </message>
    <message>
        <source>Projector shows s&amp;tep:</source>
        <translation>Étape pro&amp;jetée&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitator console: the whole card, notes included</source>
        <translation>Console d’animation&#xa0;: la fiche entière, notes comprises</translation>
    </message>
    <message>
        <source>Projector: what the room sees</source>
        <translation>Projection&#xa0;: ce que voit le groupe</translation>
    </message>
</context>
<context>
    <name>ExerciseSourceModel</name>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
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
        <translation>**Thèmes&#xa0;:** {themes}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes d’animation</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Date de l’atelier</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Soutien nécessaire</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>What helps or blocks</source>
        <translation>Ce qui aide ou freine</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Séance de suivi</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent(e)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>{file}: the file name must end in .csv or .md</source>
        <translation>{file}&#xa0;: le nom du fichier doit se terminer par .csv ou .md</translation>
    </message>
    <message>
        <source>{file}: a summary is Markdown: the file name must end in .md</source>
        <translation>{file}&#xa0;: un résumé s’écrit en Markdown, le nom du fichier doit donc se terminer par .md</translation>
    </message>
    <message>
        <source>{file}: cannot write the file ({reason})</source>
        <translation>{file}&#xa0;: impossible d’écrire le fichier ({reason})</translation>
    </message>
    <message>
        <source>Check-in: {workshop}</source>
        <translation>Point de suivi&#xa0;: {workshop}</translation>
    </message>
    <message>
        <source>Follow-up session: {workshop}</source>
        <translation>Séance de suivi&#xa0;: {workshop}</translation>
    </message>
    <message>
        <source>Due: {commitment}</source>
        <translation>Échéance&#xa0;: {commitment}</translation>
    </message>
    <message>
        <source>Check in with {whom}: {commitment}</source>
        <translation>Faire le point avec {whom}&#xa0;: {commitment}</translation>
    </message>
    <message>
        <source>Check in: {commitment}</source>
        <translation>Point d’étape&#xa0;: {commitment}</translation>
    </message>
    <message>
        <source>{workshop} (facilitator)</source>
        <translation>{workshop} (animation)</translation>
    </message>
    <message>
        <source>&quot;{workshop}&quot; has no date for a calendar yet: no check-in, no follow-up session and no due date of an open commitment.</source>
        <translation>«&#xa0;{workshop}&#xa0;» n’a pas encore de date à mettre dans un agenda&#xa0;: ni point de suivi, ni séance de suivi, ni échéance d’un engagement en cours.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export</source>
        <extracomment>Opens a pack file in a new editor (set by whoever opened the window).</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Fix the pack first ({problems}): an exported pack must be valid.</source>
        <translation>Corrigez d’abord le pack ({problems})&#xa0;: un pack exporté doit être valide.</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Exporter le pack</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Open a pack file to edit</source>
        <translation>Ouvrir un fichier de pack à modifier</translation>
    </message>
    <message>
        <source>Exercise packs (*.yaml *.yml *.wspack)</source>
        <translation>Packs d’exercices (*.yaml *.yml *.wspack)</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>{days}-day check-in</source>
        <extracomment>Days after the workshop the check-ins are usually held.</extracomment>
        <translation>Point d’étape à {days} jours</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Date du point d’étape</translation>
    </message>
    <message>
        <source>A check-in needs a date, written YYYY-MM-DD.</source>
        <translation>Un point d’étape a besoin d’une date, écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The check-in&apos;s time “{text}” is not a time like 14:30.</source>
        <translation>L’heure «&#xa0;{text}&#xa0;» du point d’étape n’est pas une heure comme 14:30.</translation>
    </message>
</context>
<context>
    <name>HandoutsTab</name>
    <message>
        <source>Handouts, in &amp;order</source>
        <extracomment>How much of an item&apos;s text its row in the list shows.</extracomment>
        <translation>Supports, dans l’o&amp;rdre</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Supports à distribuer</translation>
    </message>
    <message>
        <source>Add a handout (Insert)</source>
        <translation>Ajouter un support (Inser)</translation>
    </message>
    <message>
        <source>Remove the handout (Delete)</source>
        <translation>Retirer le support (Suppr)</translation>
    </message>
    <message>
        <source>Move the handout up (Alt+Up)</source>
        <translation>Monter le support (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the handout down (Alt+Down)</source>
        <translation>Descendre le support (Alt+Bas)</translation>
    </message>
    <message>
        <source>Handout kind</source>
        <translation>Type de support</translation>
    </message>
    <message>
        <source>Handout title</source>
        <translation>Titre du support</translation>
    </message>
    <message>
        <source>Printed on it, such as: Role cards</source>
        <translation>Imprimé dessus, par exemple&#xa0;: Cartes de rôle</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Copies are for</source>
        <translation>Exemplaires prévus pour</translation>
    </message>
    <message>
        <source>Intro text</source>
        <translation>Texte d’introduction</translation>
    </message>
    <message>
        <source>Printed above the items</source>
        <translation>Imprimé au-dessus des éléments</translation>
    </message>
    <message>
        <source>Items, one a line</source>
        <translation>Éléments, un par ligne</translation>
    </message>
    <message>
        <source>One a line: a card, a slip or a sign each</source>
        <translation>Un par ligne&#xa0;: une carte, un coupon ou un panneau chacun</translation>
    </message>
    <message>
        <source>Items, one by one</source>
        <translation>Éléments, un par un</translation>
    </message>
    <message>
        <source>Handout items</source>
        <translation>Éléments du support</translation>
    </message>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Ajouter un élément (Inser)</translation>
    </message>
    <message>
        <source>Remove the item (Delete)</source>
        <translation>Retirer l’élément (Suppr)</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Monter l’élément (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Descendre l’élément (Alt+Bas)</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titre de l’élément</translation>
    </message>
    <message>
        <source>For a role card: the role</source>
        <translation>Pour une carte de rôle&#xa0;: le rôle</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texte de l’élément</translation>
    </message>
    <message>
        <source>For a role card: the brief</source>
        <translation>Pour une carte de rôle&#xa0;: la consigne du rôle</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;pies:</source>
        <translation>&amp;Exemplaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Intro text:</source>
        <translation>Texte d’intro&amp;duction&#xa0;:</translation>
    </message>
    <message>
        <source>For cards, slips and role cards: a note for whoever cuts them. </source>
        <translation>Pour les cartes, coupons et cartes de rôle&#xa0;: une note pour la personne qui les découpe. </translation>
    </message>
    <message>
        <source>Ite&amp;ms:</source>
        <translation>Élé&amp;ments&#xa0;:</translation>
    </message>
    <message>
        <source>Item tit&amp;le:</source>
        <translation>Titre de l’é&amp;lément&#xa0;:</translation>
    </message>
    <message>
        <source>Item te&amp;xt:</source>
        <translation>Te&amp;xte de l’élément&#xa0;:</translation>
    </message>
    <message>
        <source>No handouts yet: add one with Add (or the Insert key). A handout is printed for the workshop in the quantities its room needs.</source>
        <translation>Aucun support pour l’instant&#xa0;: ajoutez-en un avec Ajouter (ou la touche Inser). Un support est imprimé pour l’atelier dans les quantités dont la salle a besoin.</translation>
    </message>
    <message>
        <source>Add handout</source>
        <translation>Ajouter un support</translation>
    </message>
    <message>
        <source>Remove handout</source>
        <translation>Retirer le support</translation>
    </message>
    <message>
        <source>Move handout</source>
        <translation>Déplacer le support</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer l’élément</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer l’élément</translation>
    </message>
    <message>
        <source>{n}. {title} · {kind} · {copies} {per}</source>
        <translation>{n}. {title} · {kind} · {copies} {per}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>One item a line: a card, a slip or a sign each.</source>
        <translation>Un élément par ligne&#xa0;: une carte, un coupon ou un panneau chacun.</translation>
    </message>
    <message>
        <source>Each item with a title and a text: for a role card, the role and its brief.</source>
        <translation>Chaque élément avec un titre et un texte&#xa0;: pour une carte de rôle, le rôle et sa consigne.</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Exercise library</source>
        <extracomment>The window&apos;s pack editors&apos; object name (one per window, found again by a rebuilt page). The open workshop&apos;s language (else the interface&apos;s): its packs are listed first.</extracomment>
        <translation>Bibliothèque d’exercices</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Rechercher des exercices</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Toute durée</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>jusqu’à </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importer un pack…</translation>
    </message>
    <message>
        <source>Import a .yaml or .wspack file (or drop it here)</source>
        <translation>Importer un fichier .yaml ou .wspack (ou le déposer ici)</translation>
    </message>
    <message>
        <source>D&amp;uplicate pack</source>
        <translation>&amp;Dupliquer le pack</translation>
    </message>
    <message>
        <source>Make an editable copy of the selected pack</source>
        <translation>Créer une copie modifiable du pack sélectionné</translation>
    </message>
    <message>
        <source>&amp;New pack…</source>
        <translation>&amp;Nouveau pack…</translation>
    </message>
    <message>
        <source>Write a new exercise pack (or continue a draft)</source>
        <translation>Écrire un nouveau pack d’exercices (ou reprendre un brouillon)</translation>
    </message>
    <message>
        <source>&amp;Edit pack…</source>
        <translation>&amp;Modifier le pack…</translation>
    </message>
    <message>
        <source>Edit the selected pack (a built-in pack is copied first)</source>
        <translation>Modifier le pack sélectionné (un pack intégré est d’abord copié)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Détails de l’exercice</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Tous les packs</translation>
    </message>
    <message>
        <source>{title} (yours)</source>
        <translation>{title} (le vôtre)</translation>
    </message>
    <message>
        <source>{id}, version {version}, {n} exercises</source>
        <translation>{id}, version {version}, {n} exercices</translation>
    </message>
    <message>
        <source>Some pack files could not be read:
{problems}</source>
        <translation>Certains fichiers de pack sont illisibles&#xa0;:
{problems}</translation>
    </message>
    <message>
        <source>*No exercise matches these filters.*</source>
        <translation>*Aucun exercice ne correspond à ces filtres.*</translation>
    </message>
    <message>
        <source>Import an exercise pack</source>
        <translation>Importer un pack d’exercices</translation>
    </message>
    <message>
        <source>Exercise packs (*.yaml *.yml *.wspack)</source>
        <translation>Packs d’exercices (*.yaml *.yml *.wspack)</translation>
    </message>
    <message>
        <source>Pack not imported</source>
        <translation>Pack non importé</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problèmes trouvés&#xa0;:</translation>
    </message>
    <message>
        <source>Imported pack “{title}”.</source>
        <translation>Pack «&#xa0;{title}&#xa0;» importé.</translation>
    </message>
    <message>
        <source>Created your editable copy “{title}”.</source>
        <translation>Votre copie modifiable «&#xa0;{title}&#xa0;» a été créée.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Exercise library</source>
        <extracomment>[(pack id, exercise id), ...] to add to the agenda. The workshop&apos;s language: its packs come first.</extracomment>
        <translation>Bibliothèque d’exercices</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Rechercher des exercices</translation>
    </message>
    <message>
        <source>Library exercises</source>
        <translation>Exercices de la bibliothèque</translation>
    </message>
    <message>
        <source>Add &amp;to agenda</source>
        <translation>&amp;Ajouter au programme</translation>
    </message>
    <message>
        <source>Add the selected exercises after the selected agenda row (or double-click, press Enter, or drag onto the agenda)</source>
        <translation>Ajouter les exercices sélectionnés après la séquence sélectionnée du programme (ou double-cliquer, appuyer sur Entrée ou les faire glisser sur le programme)</translation>
    </message>
    <message>
        <source>No exercise matches “{text}”.</source>
        <translation>Aucun exercice ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop app</source>
        <extracomment>The pages&apos; modules and the pack reader are imported this long after the window first shows, while the user reads it: a page&apos;s first showing then does not wait for its imports. The one task runner: slow work (PDFs, backups, checks) off the GUI thread.</extracomment>
        <translation>Workshop app</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <extracomment>What was half typed in each page (gui.languages.drafts) until it is built again. The pages by key, built on first access (``self.pages[&quot;plan&quot;]``).</extracomment>
        <translation>Dossier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>The interface language and other preferences ({key})</source>
        <translation>La langue de l’interface et les autres préférences ({key})</translation>
    </message>
    <message>
        <source>Open workshop:
{title}</source>
        <translation>Atelier ouvert&#xa0;:
{title}</translation>
    </message>
    <message>
        <source>{title} - Workshop app</source>
        <translation>{title} - Workshop app</translation>
    </message>
    <message>
        <source>Interface language: {language}</source>
        <translation>Langue de l’interface&#xa0;: {language}</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>(key, sidebar title, icon, module under workshop_app.gui.pages, class name, workshop-scoped)</extracomment>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>MatrixCapture</name>
    <message>
        <source>New candidate action</source>
        <translation>Nouvelle action candidate</translation>
    </message>
    <message>
        <source>Add a candidate action and press Enter</source>
        <translation>Ajoutez une action candidate et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Candidates not placed yet</source>
        <translation>Candidates pas encore placées</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Placer</translation>
    </message>
    <message>
        <source>Put the selected candidate in the middle of the matrix (or drag it)</source>
        <translation>Placer la candidate sélectionnée au centre de la matrice (ou la faire glisser)</translation>
    </message>
    <message>
        <source>Matrix: arrows move the selected note, Tab picks the next, Space marks it chosen, Delete takes it off</source>
        <translation>Matrice&#xa0;: les flèches déplacent la note sélectionnée, Tab passe à la suivante, Espace la marque comme retenue, Suppr la retire</translation>
    </message>
    <message>
        <source>Mark &amp;chosen</source>
        <translation>Marquer comme &amp;retenue</translation>
    </message>
    <message>
        <source>Mark the selected notes as chosen: the quick wins and big bets the room takes forward (only those print on the plans). Space on the matrix does the same.</source>
        <translation>Marquer les notes sélectionnées comme retenues&#xa0;: les gains rapides et les paris ambitieux que le groupe poursuit (seules celles-ci sont imprimées sur les plans). Espace sur la matrice fait de même.</translation>
    </message>
    <message>
        <source>&amp;Take the dot vote&apos;s chosen options</source>
        <translation>Reprendre les options retenues du &amp;vote par gommettes</translation>
    </message>
    <message>
        <source>To place (drag onto the matrix):</source>
        <translation>À placer (faire glisser sur la matrice)&#xa0;:</translation>
    </message>
    <message>
        <source>Mark the notes the room takes forward (Space):</source>
        <translation>Marquez les notes que le groupe poursuit (Espace)&#xa0;:</translation>
    </message>
    <message>
        <source>Add the options the room chose in “{vote}” as candidates (those not here yet)</source>
        <translation>Ajouter comme candidates les options retenues par le groupe dans «&#xa0;{vote}&#xa0;» (celles qui n’y sont pas encore)</translation>
    </message>
    <message>
        <source>No dot vote before this item has chosen options yet</source>
        <translation>Aucun vote par gommettes avant cette séquence n’a encore d’options retenues</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>The two roles</source>
        <extracomment>Theme slugs an exercise may carry (the schema lists the same).</extracomment>
        <translation>Les deux rôles</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>The gap</source>
        <translation>L’écart</translation>
    </message>
    <message>
        <source>Dual competencies</source>
        <translation>Double compétence</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Decision-making</source>
        <translation>Décision partagée</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignement des objectifs</translation>
    </message>
    <message>
        <source>Mutual respect</source>
        <translation>Respect mutuel</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils et technologie</translation>
    </message>
    <message>
        <source>Connecting practices</source>
        <translation>Pratiques qui relient</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Energiser</source>
        <translation>Brise-glace</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>What the facilitator records while an exercise runs.</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>2x2 matrix</source>
        <translation>Matrice 2x2</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>Where an exercise&apos;s results go in the participants&apos; action plans.</extracomment>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Personal commitments</source>
        <translation>Engagements personnels</translation>
    </message>
    <message>
        <source>Group priorities</source>
        <translation>Priorités du groupe</translation>
    </message>
    <message>
        <source>Shared outcomes</source>
        <translation>Résultats communs</translation>
    </message>
    <message>
        <source>New facilitators</source>
        <extracomment>Facilitation experience an exercise needs (``experience``).</extracomment>
        <translation>Débutants en animation</translation>
    </message>
    <message>
        <source>Some experience</source>
        <translation>Un peu d’expérience</translation>
    </message>
    <message>
        <source>Seasoned facilitators</source>
        <translation>Animation confirmée</translation>
    </message>
    <message>
        <source>{n} for the room</source>
        <extracomment>Whom a counted material is for (``per`` of a ``materials`` entry), each with how its count reads: one for the room, per working group, per participant present, for the facilitator.</extracomment>
        <translation>{n} pour la salle</translation>
    </message>
    <message>
        <source>{n} per group</source>
        <translation>{n} par groupe</translation>
    </message>
    <message>
        <source>{n} per participant</source>
        <translation>{n} par participant</translation>
    </message>
    <message>
        <source>{n} for the facilitator</source>
        <translation>{n} pour l’animation</translation>
    </message>
    <message>
        <source>Cards to cut</source>
        <extracomment>Cards sent from phones are stored with no author by default (the facilitator decides per agenda item: ``AgendaItem.anonymous``; see ``services.capture.answered_anonymously``). Printed handouts (``handouts``), by kind: how each prints (see plans/handouts.py).</extracomment>
        <translation>Cartes à découper</translation>
    </message>
    <message>
        <source>Slips to cut</source>
        <translation>Coupons à découper</translation>
    </message>
    <message>
        <source>Role cards to cut</source>
        <translation>Cartes de rôle à découper</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>for the room</source>
        <extracomment>What a handout&apos;s ``copies`` are counted for.</extracomment>
        <translation>pour la salle</translation>
    </message>
    <message>
        <source>per group</source>
        <translation>par groupe</translation>
    </message>
    <message>
        <source>per participant</source>
        <translation>par participant</translation>
    </message>
    <message>
        <source>Leadership</source>
        <extracomment>The most dots one option can get from one entry (a counted total in a very large room): the grid, the capture service and the workshop file check all use this one number. The longest workshop (its planned minutes) and the longest agenda item: the planning form, the agenda builder and the workshop file check all use these.</extracomment>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <extracomment>A commitment a check-in has not looked at (yet): shown, never stored.</extracomment>
        <translation>Pas encore revu</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Séquence libre</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Agenda: planned and actual time</source>
        <translation>Programme&#xa0;: temps prévu et temps réel</translation>
    </message>
    <message>
        <source>Double-click or press Enter to jump to an item</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour aller à une séquence</translation>
    </message>
    <message>
        <source>Steps of this item</source>
        <translation>Étapes de cette séquence</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>For example: Leaders and operations, one team</source>
        <translation>Par exemple&#xa0;: Direction et opérations, une seule équipe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>Durée &amp;prévue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NotesCapture</name>
    <message>
        <source>Notes on this item</source>
        <extracomment>After a failed write, try again this much later.</extracomment>
        <translation>Notes sur cette séquence</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type a note. It is saved as you type.</source>
        <translation>Saisissez une note. Elle est enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Private (facilitator only)</source>
        <translation>&amp;Privée (animation uniquement)</translation>
    </message>
    <message>
        <source>Never shown on the projector; only in your facilitator report</source>
        <translation>Jamais projetée&#x202f;; uniquement dans votre rapport d’animation</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>🔒 {text}  (private)</source>
        <translation>🔒 {text}  (privée)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved yet: {reason}</source>
        <translation>Pas encore enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>OrderedList</name>
    <message>
        <source>Add</source>
        <extracomment>(row, the row it goes to) The current row (-1 for none).</extracomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>The facilitator writes free notes.</source>
        <translation>L’animation prend des notes libres.</translation>
    </message>
    <message>
        <source>The facilitator records cards, one idea each, and can group them.</source>
        <translation>L’animation saisit des cartes, une idée par carte, et peut les regrouper.</translation>
    </message>
    <message>
        <source>Each participant puts their dots on the options; the app counts them.</source>
        <translation>Chaque participant place ses gommettes sur les options&#x202f;; l’application les compte.</translation>
    </message>
    <message>
        <source>Each participant scores each criterion on the scale.</source>
        <translation>Chaque participant note chaque critère sur l’échelle.</translation>
    </message>
    <message>
        <source>Items are placed on a 2x2 grid between the two axes.</source>
        <translation>Les éléments sont placés sur une grille 2x2 entre les deux axes.</translation>
    </message>
    <message>
        <source>The facilitator records action items: what, who, by when.</source>
        <translation>L’animation saisit des actions&#xa0;: quoi, qui, pour quand.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to “{title}”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;{title}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>“{title}” is not valid yet ({problems}), so it cannot be saved to your library. Keep it as a draft?</source>
        <translation>«&#xa0;{title}&#xa0;» n’est pas encore valide ({problems}) et ne peut donc pas être enregistré dans votre bibliothèque. Le garder en brouillon&#x202f;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Garder en brouillon</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Pack file (*.yaml)</source>
        <translation>Fichier de pack (*.yaml)</translation>
    </message>
    <message>
        <source>Pack with pictures (*.wspack)</source>
        <translation>Pack avec images (*.wspack)</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italics*, lists with - and headings with #.</source>
        <translation>Markdown&#xa0;: **gras**, *italique*, listes avec - et titres avec #.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>One card per item, eight to a page, with cut lines.</source>
        <translation>Une carte par élément, huit par page, avec des traits de coupe.</translation>
    </message>
    <message>
        <source>One slip per item, four to a page, with room to write.</source>
        <translation>Un coupon par élément, quatre par page, avec de la place pour écrire.</translation>
    </message>
    <message>
        <source>One role card per item, its title over its text, two to a page.</source>
        <translation>Une carte de rôle par élément, le titre au-dessus du texte, deux par page.</translation>
    </message>
    <message>
        <source>A page to fill in: the intro text, then each item with lines to write on.</source>
        <translation>Une page à remplir&#xa0;: le texte d’introduction, puis chaque élément avec des lignes pour écrire.</translation>
    </message>
    <message>
        <source>One page per item in large type: table signs, wall headings.</source>
        <translation>Une page par élément en gros caractères&#xa0;: panneaux de table, titres muraux.</translation>
    </message>
    <message>
        <source>One page: the title in large type, the intro text, the items numbered.</source>
        <translation>Une page&#xa0;: le titre en gros caractères, le texte d’introduction, les éléments numérotés.</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <extracomment>Validation runs this long after the last edit. A value changed at this path (after an edit, undo or redo). Rows of the list at this path were added, removed or moved: (path, row to select). New validation results: a list of pack_editing.Located. The pack and exercises made in this session: their id follows their title.</extracomment>
        <translation>Modifier&#xa0;: {field}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in pack; give your pack its own id</source>
        <translation>«&#xa0;{id}&#xa0;» est l’identifiant d’un pack intégré&#x202f;; donnez à votre pack son propre identifiant</translation>
    </message>
    <message>
        <source>another pack already has the id &apos;{id}&apos;</source>
        <translation>un autre pack a déjà l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder {path}: {reason}</source>
        <translation>Impossible de créer le dossier des brouillons {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the draft {path}: {reason}</source>
        <translation>Impossible de lire le brouillon {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Exercise {n} “{title}”</source>
        <translation>Exercice {n} «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Exercise {n}</source>
        <translation>Exercice {n}</translation>
    </message>
    <message>
        <source>step {n}</source>
        <translation>étape {n}</translation>
    </message>
    <message>
        <source>Agenda {n}</source>
        <translation>Programme {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>séquence {n}</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>Détails du pack</translation>
    </message>
</context>
<context>
    <name>PackEditorWindow</name>
    <message>
        <source>Pack details</source>
        <extracomment>The pack was saved into the library (its id).</extracomment>
        <translation>Détails du pack</translation>
    </message>
    <message>
        <source>Pack details (Ctrl+1)</source>
        <translation>Détails du pack (Ctrl+1)</translation>
    </message>
    <message>
        <source>Exercises (Ctrl+2)</source>
        <translation>Exercices (Ctrl+2)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Add an exercise (Insert)</source>
        <translation>Ajouter un exercice (Inser)</translation>
    </message>
    <message>
        <source>Duplicate the exercise</source>
        <translation>Dupliquer l’exercice</translation>
    </message>
    <message>
        <source>Remove the exercise (Delete)</source>
        <translation>Retirer l’exercice (Suppr)</translation>
    </message>
    <message>
        <source>Move the exercise up (Alt+Up)</source>
        <translation>Monter l’exercice (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the exercise down (Alt+Down)</source>
        <translation>Descendre l’exercice (Alt+Bas)</translation>
    </message>
    <message>
        <source>Agendas (Ctrl+3)</source>
        <translation>Programmes (Ctrl+3)</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Add an agenda (Insert)</source>
        <translation>Ajouter un programme (Inser)</translation>
    </message>
    <message>
        <source>Remove the agenda (Delete)</source>
        <translation>Retirer le programme (Suppr)</translation>
    </message>
    <message>
        <source>Move the agenda up (Alt+Up)</source>
        <translation>Monter le programme (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the agenda down (Alt+Down)</source>
        <translation>Descendre le programme (Alt+Bas)</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Retirer l’exercice</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Déplacer l’exercice</translation>
    </message>
    <message>
        <source>Remove agenda</source>
        <translation>Retirer le programme</translation>
    </message>
    <message>
        <source>Move agenda</source>
        <translation>Déplacer le programme</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Garder en brouillon</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Open a pack file…</source>
        <translation>&amp;Ouvrir un fichier de pack…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add an e&amp;xercise</source>
        <translation>Ajouter un e&amp;xercice</translation>
    </message>
    <message>
        <source>Add an a&amp;genda</source>
        <translation>Ajouter un &amp;programme</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Pack details</source>
        <translation>&amp;Détails du pack</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Exercices</translation>
    </message>
    <message>
        <source>&amp;Agendas</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Dupliquer l’exercice</translation>
    </message>
    <message>
        <source>Add agenda</source>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Draft — not valid yet: {problems}. Kept in your drafts, not in the library, until it is valid and saved.</source>
        <translation>Brouillon — pas encore valide&#xa0;: {problems}. Gardé dans vos brouillons, pas dans la bibliothèque, jusqu’à ce qu’il soit valide et enregistré.</translation>
    </message>
    <message>
        <source>Not valid yet: {problems}. Fix it to save the pack; until then it can only be kept as a draft (Ctrl+Shift+S).</source>
        <translation>Pas encore valide&#xa0;: {problems}. Corrigez-le pour enregistrer le pack&#x202f;; d’ici là, il ne peut être gardé qu’en brouillon (Ctrl+Maj+S).</translation>
    </message>
    <message>
        <source>Not valid yet: {problems}. Fix them to save the pack; until then it can only be kept as a draft (Ctrl+Shift+S).</source>
        <translation>Pas encore valide&#xa0;: {problems}. Corrigez ces problèmes pour enregistrer le pack&#x202f;; d’ici là, il ne peut être gardé que comme brouillon (Ctrl+Maj+S).</translation>
    </message>
    <message>
        <source>Draft — valid now: save it (Ctrl+S) to add it to your library.</source>
        <translation>Brouillon — désormais valide&#xa0;: enregistrez-le (Ctrl+S) pour l’ajouter à votre bibliothèque.</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nouveau pack</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (brouillon)</translation>
    </message>
    <message>
        <source>{title}{draft}[*] — Pack editor</source>
        <translation>{title}{draft}[*] — Éditeur de pack</translation>
    </message>
</context>
<context>
    <name>PackEditors</name>
    <message>
        <source>Edit a copy?</source>
        <extracomment>The last question asked (for tests and screen readers).</extracomment>
        <translation>Modifier une copie&#x202f;?</translation>
    </message>
    <message>
        <source>“{title}” is a built-in pack: it is never changed. Make your own copy and edit that?</source>
        <translation>«&#xa0;{title}&#xa0;» est un pack intégré&#xa0;: il n’est jamais modifié. Créer votre propre copie et modifier celle-ci&#x202f;?</translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation>Dupliquer et modifier</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Reprendre le brouillon&#x202f;?</translation>
    </message>
    <message>
        <source>You kept a draft of “{title}” on {when}. Continue the draft, or open the saved pack (the draft stays in your drafts)?</source>
        <translation>Vous avez gardé un brouillon de «&#xa0;{title}&#xa0;» le {when}. Reprendre le brouillon, ou ouvrir le pack enregistré (le brouillon reste dans vos brouillons)&#x202f;?</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <source>Open the saved pack</source>
        <translation>Ouvrir le pack enregistré</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>Impossible d’ouvrir le pack</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>Pack details</source>
        <translation>Détails du pack</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>Titre du pack</translation>
    </message>
    <message>
        <source>For example: Team basics</source>
        <translation>Par exemple&#xa0;: Les bases de l’équipe</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Identifiant du pack</translation>
    </message>
    <message>
        <source>made from the title, such as team-basics</source>
        <translation>tiré du titre, par exemple bases-equipe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>Qui l’a écrit</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>For example: CC BY 4.0</source>
        <translation>Par exemple&#xa0;: CC BY 4.0</translation>
    </message>
    <message>
        <source>Pack description</source>
        <translation>Description du pack</translation>
    </message>
    <message>
        <source>What the pack is for</source>
        <translation>À quoi sert le pack</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Lowercase letters and digits joined by hyphens; made from the title until you change it. Two packs cannot share an id.</source>
        <translation>Lettres minuscules et chiffres reliés par des traits d’union&#x202f;; tiré du titre tant que vous ne le modifiez pas. Deux packs ne peuvent pas avoir le même identifiant.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>Li&amp;cence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Saved in your pack folder as {id}.yaml. Built-in packs are never changed.</source>
        <translation>Enregistré dans votre dossier de packs sous le nom {id}.yaml. Les packs intégrés ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>Not saved yet: Save (Ctrl+S) puts it in your pack folder.</source>
        <translation>Pas encore enregistré&#xa0;: Enregistrer (Ctrl+S) le place dans votre dossier de packs.</translation>
    </message>
</context>
<context>
    <name>PackKeeper</name>
    <message>
        <source>Pack not valid yet</source>
        <extracomment>The version last saved: a version bump is offered only if the trainer has not changed it.</extracomment>
        <translation>Pack pas encore valide</translation>
    </message>
    <message>
        <source>“{title}” has {problems}, listed on the left. A pack that is not valid cannot go into your library; you can keep it as a draft and finish it later.</source>
        <translation>«&#xa0;{title}&#xa0;» présente {problems}, listés à gauche. Un pack non valide ne peut pas entrer dans votre bibliothèque&#x202f;; vous pouvez le garder en brouillon et le terminer plus tard.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Garder en brouillon</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Saved pack “{title}”, version {version}.</source>
        <translation>Pack «&#xa0;{title}&#xa0;» enregistré, version {version}.</translation>
    </message>
    <message>
        <source>Kept as a draft: {path}</source>
        <translation>Gardé en brouillon&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>list, check, import and export exercise packs</source>
        <translation>lister, vérifier, importer et exporter des packs d’exercices</translation>
    </message>
    <message>
        <source>Exercise packs are plain files (.yaml, or .wspack with images) that trainers write; see docs/packs.md.</source>
        <translation>Les packs d’exercices sont de simples fichiers (.yaml, ou .wspack avec images) écrits par les formateurs&#x202f;; voir docs/packs.md.</translation>
    </message>
    <message>
        <source>SUBCOMMAND</source>
        <translation>SOUS-COMMANDE</translation>
    </message>
    <message>
        <source>list the built-in and imported packs</source>
        <translation>lister les packs intégrés et importés</translation>
    </message>
    <message>
        <source>show a pack and its exercises</source>
        <translation>afficher un pack et ses exercices</translation>
    </message>
    <message>
        <source>the pack&apos;s id</source>
        <translation>l’identifiant du pack</translation>
    </message>
    <message>
        <source>check pack files and list every problem</source>
        <translation>vérifier des fichiers de pack et lister chaque problème</translation>
    </message>
    <message>
        <source>a .yaml, .yml or .wspack file</source>
        <translation>un fichier .yaml, .yml ou .wspack</translation>
    </message>
    <message>
        <source>check a pack file and add it to your packs</source>
        <translation>vérifier un fichier de pack et l’ajouter à vos packs</translation>
    </message>
    <message>
        <source>replace an imported pack that has the same id</source>
        <translation>remplacer un pack importé qui a le même identifiant</translation>
    </message>
    <message>
        <source>write a pack to a .yaml or .wspack file</source>
        <translation>écrire un pack dans un fichier .yaml ou .wspack</translation>
    </message>
    <message>
        <source>the file to write, ending in .yaml or .wspack</source>
        <translation>le fichier à écrire, se terminant par .yaml ou .wspack</translation>
    </message>
    <message>
        <source>warning: skipped {error} (run &apos;packs validate {file}&apos;)</source>
        <translation>avertissement&#xa0;: {error} ignoré (lancez «&#xa0;packs validate {file}&#xa0;»)</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
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
        <translation>EXERCICES</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Exercises ({n}):</source>
        <translation>Exercices ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>CAPTURE</source>
        <translation>SAISIE</translation>
    </message>
    <message>
        <source>Agendas ({n}):</source>
        <translation>Programmes ({n})&#xa0;:</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>SÉQUENCES</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}&#xa0;: ok</translation>
    </message>
    <message>
        <source>{file} is not a valid pack</source>
        <translation>{file} n’est pas un pack valide</translation>
    </message>
    <message>
        <source>{bad} of {total} files are not valid packs</source>
        <translation>{bad} fichiers sur {total} ne sont pas des packs valides</translation>
    </message>
    <message>
        <source>Use --replace to replace it.</source>
        <translation>Utilisez --replace pour le remplacer.</translation>
    </message>
    <message>
        <source>Imported {id} ({title}, {n} exercises) as {path}</source>
        <translation>{id} importé ({title}, {n} exercices) sous {path}</translation>
    </message>
    <message>
        <source>Exported {id} to {path}</source>
        <translation>{id} exporté vers {path}</translation>
    </message>
    <message>
        <source>the name holds a backslash</source>
        <translation>le nom contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>le nom est un chemin absolu</translation>
    </message>
    <message>
        <source>the name holds &apos;..&apos;</source>
        <translation>le nom contient «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>the name holds a NUL character</source>
        <translation>le nom contient un caractère NUL</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>c’est un lien</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>il est chiffré</translation>
    </message>
    <message>
        <source>it is larger than {cap} uncompressed</source>
        <translation>il dépasse {cap} une fois décompressé</translation>
    </message>
    <message>
        <source>{name} is larger than {cap}, the limit for one file in a pack</source>
        <translation>{name} dépasse {cap}, la limite pour un fichier dans un pack</translation>
    </message>
    <message>
        <source>The pack and its assets are larger than {cap} together</source>
        <translation>Le pack et ses ressources dépassent {cap} au total</translation>
    </message>
    <message>
        <source>not a readable .wspack (zip) archive: {reason}</source>
        <translation>pas une archive .wspack (zip) lisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the archive holds {n} files; at most {cap} are allowed</source>
        <translation>l’archive contient {n} fichiers&#x202f;; {cap} au plus sont autorisés</translation>
    </message>
    <message>
        <source>the archive holds it twice</source>
        <translation>l’archive le contient deux fois</translation>
    </message>
    <message>
        <source>member {name!r} refused: {problem}</source>
        <translation>élément {name!r} refusé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the archive is larger than {cap} uncompressed</source>
        <translation>l’archive dépasse {cap} une fois décompressée</translation>
    </message>
    <message>
        <source>member {name!r} refused: it unpacks to more than its size limit</source>
        <translation>élément {name!r} refusé&#xa0;: décompressé, il dépasse sa taille limite</translation>
    </message>
    <message>
        <source>member {name!r} is damaged: {reason}</source>
        <translation>l’élément {name!r} est endommagé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>no pack.yaml at the top of the archive</source>
        <translation>pas de pack.yaml à la racine de l’archive</translation>
    </message>
    <message>
        <source> (found {name}: zip the folder&apos;s contents, not the folder)</source>
        <translation> ({name} trouvé&#xa0;: compressez le contenu du dossier, pas le dossier lui-même)</translation>
    </message>
    <message>
        <source>{file} is not a valid pack: 1 problem</source>
        <translation>{file} n’est pas un pack valide&#xa0;: 1 problème</translation>
    </message>
    <message numerus="yes">
        <source>{file} is not a valid pack: %n problems</source>
        <translation>
            <numerusform>{file} n’est pas un pack valide&#xa0;: %n problème</numerusform>
            <numerusform>{file} n’est pas un pack valide&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {n} more problems</source>
        <translation>… et {n} autres problèmes</translation>
    </message>
    <message>
        <source>the pack id &apos;{id}&apos; is already used by {other}; this file is skipped</source>
        <translation>l’identifiant de pack «&#xa0;{id}&#xa0;» est déjà utilisé par {other}&#x202f;; ce fichier est ignoré</translation>
    </message>
    <message>
        <source>No pack with id &apos;{id}&apos;.</source>
        <translation>Aucun pack avec l’identifiant «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>Pack &apos;{pack}&apos; has no exercise with id &apos;{id}&apos;.</source>
        <translation>Le pack «&#xa0;{pack}&#xa0;» n’a pas d’exercice avec l’identifiant «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>The user pack folder is inside the built-in pack folder; built-in packs are never written.</source>
        <translation>Le dossier des packs utilisateur se trouve dans le dossier des packs intégrés&#x202f;; les packs intégrés ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>The pack id &apos;{id}&apos; belongs to a built-in pack. Give your pack its own id (the &apos;id&apos; field) to import it.</source>
        <translation>L’identifiant «&#xa0;{id}&#xa0;» appartient à un pack intégré. Donnez à votre pack son propre identifiant (le champ «&#xa0;id&#xa0;») pour l’importer.</translation>
    </message>
    <message>
        <source>A user pack with id &apos;{id}&apos; is already imported ({file}).</source>
        <translation>Un pack utilisateur avec l’identifiant «&#xa0;{id}&#xa0;» est déjà importé ({file}).</translation>
    </message>
    <message>
        <source>Cannot export to {path}: the name must end in .yaml or .wspack</source>
        <translation>Impossible d’exporter vers {path}&#xa0;: le nom doit se terminer par .yaml ou .wspack</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid pack id: use lowercase letters and digits joined by single hyphens</source>
        <translation>«&#xa0;{id}&#xa0;» n’est pas un identifiant de pack valide&#xa0;: utilisez des lettres minuscules et des chiffres reliés par des traits d’union simples</translation>
    </message>
    <message>
        <source>A pack with id &apos;{id}&apos; already exists.</source>
        <translation>Un pack avec l’identifiant «&#xa0;{id}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in pack and cannot be changed; duplicate it to edit your own copy.</source>
        <translation>«&#xa0;{id}&#xa0;» est un pack intégré et ne peut pas être modifié&#x202f;; dupliquez-le pour modifier votre propre copie.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in pack and cannot be removed.</source>
        <translation>«&#xa0;{id}&#xa0;» est un pack intégré et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Fichier introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <source>this is a folder, not a pack file</source>
        <translation>c’est un dossier, pas un fichier de pack</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file is larger than {cap}, the limit for this kind of file</source>
        <translation>le fichier dépasse {cap}, la limite pour ce type de fichier</translation>
    </message>
    <message>
        <source>not a pack file: a pack ends in .yaml, .yml or .wspack</source>
        <translation>pas un fichier de pack&#xa0;: un pack se termine par .yaml, .yml ou .wspack</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>must be the whole number {ours}</source>
        <translation>doit être le nombre entier {ours}</translation>
    </message>
    <message>
        <source>this pack uses format {n}; this app reads format {ours} — update workshop-app</source>
        <translation>ce pack utilise le format {n}&#x202f;; cette application lit le format {ours} — mettez à jour workshop-app</translation>
    </message>
    <message>
        <source>unknown format {n}; this app reads format {ours}</source>
        <translation>format {n} inconnu&#x202f;; cette application lit le format {ours}</translation>
    </message>
    <message>
        <source>is {minutes} but the steps ({total}) and the debrief ({debrief}) add up to {sum}; make them agree</source>
        <translation>vaut {minutes} mais les étapes ({total}) et le débriefing ({debrief}) totalisent {sum}&#x202f;; mettez-les en accord</translation>
    </message>
    <message>
        <source>is {minutes} but the steps add up to {total}; make them agree</source>
        <translation>vaut {minutes} mais les étapes totalisent {total}&#x202f;; mettez-les en accord</translation>
    </message>
    <message>
        <source>scale_min ({low}) must be less than scale_max ({high})</source>
        <translation>scale_min ({low}) doit être inférieur à scale_max ({high})</translation>
    </message>
    <message>
        <source>is {low}, more than group_size.max ({high}); the smallest group cannot be larger than the largest</source>
        <translation>vaut {low}, plus que group_size.max ({high})&#x202f;; le plus petit groupe ne peut pas dépasser le plus grand</translation>
    </message>
    <message>
        <source>counts per group but the exercise has no group_size, so the room would count as one group; add group_size</source>
        <translation>compte par groupe mais l’exercice n’a pas de group_size&#xa0;: la salle compterait comme un seul groupe&#x202f;; ajoutez group_size</translation>
    </message>
    <message>
        <source>no exercise with id &apos;{id}&apos; in this pack</source>
        <translation>aucun exercice avec l’identifiant «&#xa0;{id}&#xa0;» dans ce pack</translation>
    </message>
    <message>
        <source>picture &apos;{target}&apos; refused: a picture is a file in the pack&apos;s assets/ folder, written as ![what it shows](assets/name.png)</source>
        <extracomment>Findings about one text at most (a flood of bad targets is said once per field, not 10,000 times).</extracomment>
        <translation>image «&#xa0;{target}&#xa0;» refusée&#xa0;: une image est un fichier du dossier assets/ du pack, écrit sous la forme&#x202f;![ce qu’elle montre](assets/nom.png)</translation>
    </message>
    <message>
        <source>link &apos;{target}&apos; refused: a link goes to a web address (https://...) or to a file in the pack&apos;s assets/ folder</source>
        <translation>lien «&#xa0;{target}&#xa0;» refusé&#xa0;: un lien mène à une adresse web (https://…) ou à un fichier du dossier assets/ du pack</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not in the pack: no file {name} (pictures go in the assets/ folder of a .wspack archive)</source>
        <translation>«&#xa0;{target}&#xa0;» n’est pas dans le pack&#xa0;: aucun fichier {name} (les images vont dans le dossier assets/ d’une archive .wspack)</translation>
    </message>
    <message>
        <source>raw HTML pictures (&lt;img&gt;) are not allowed: write ![what it shows](assets/name.png)</source>
        <translation>les images en HTML brut (&lt;img&gt;) ne sont pas autorisées&#xa0;: écrivez&#x202f;![ce qu’elle montre](assets/nom.png)</translation>
    </message>
    <message>
        <source>duplicate exercise id &apos;{id}&apos; (also used by {other})</source>
        <translation>identifiant d’exercice «&#xa0;{id}&#xa0;» en double (aussi utilisé par {other})</translation>
    </message>
    <message>
        <source>duplicate agenda id &apos;{id}&apos; (also used by {other})</source>
        <translation>identifiant de programme «&#xa0;{id}&#xa0;» en double (aussi utilisé par {other})</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed</source>
        <extracomment>Paths where an alias or a tagged value stood (its value is None); other checks keep quiet there.</extracomment>
        <translation>les alias (*nom) ne sont pas autorisés</translation>
    </message>
    <message>
        <source>the top level must be a set of fields such as &apos;format: 1&apos;, not a list or a single value</source>
        <translation>le niveau supérieur doit être un ensemble de champs comme «&#xa0;format: 1&#xa0;», pas une liste ni une valeur isolée</translation>
    </message>
    <message>
        <source>a pack file holds one YAML document; remove the second &apos;---&apos; and what follows</source>
        <translation>un fichier de pack contient un seul document YAML&#x202f;; supprimez le second «&#xa0;---&#xa0;» et ce qui suit</translation>
    </message>
    <message>
        <source>more than {n} values: too large for a pack</source>
        <translation>plus de {n} valeurs&#xa0;: trop volumineux pour un pack</translation>
    </message>
    <message>
        <source>aliases (*{name}) are not allowed: write the value out in full</source>
        <translation>les alias (*{name}) ne sont pas autorisés&#xa0;: écrivez la valeur en entier</translation>
    </message>
    <message>
        <source>anchors (&amp;{name}) are not allowed</source>
        <translation>les ancres (&amp;{name}) ne sont pas autorisées</translation>
    </message>
    <message>
        <source>tags such as {tag} are not allowed: a pack holds plain text, numbers, lists and fields only</source>
        <translation>les balises comme {tag} ne sont pas autorisées&#xa0;: un pack ne contient que du texte simple, des nombres, des listes et des champs</translation>
    </message>
    <message>
        <source>nested more than {n} levels deep</source>
        <translation>imbriqué sur plus de {n} niveaux</translation>
    </message>
    <message>
        <source>a field name must be plain text</source>
        <translation>un nom de champ doit être du texte simple</translation>
    </message>
    <message>
        <source>duplicate key: &apos;{key}&apos; is already given on line {line}</source>
        <translation>clé en double&#xa0;: «&#xa0;{key}&#xa0;» figure déjà à la ligne {line}</translation>
    </message>
    <message>
        <source>the number is too long</source>
        <translation>le nombre est trop long</translation>
    </message>
    <message>
        <source>holds an escaped lone surrogate, which is not a character</source>
        <translation>contient un demi-codet (surrogate) isolé échappé, qui n’est pas un caractère</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (byte 0x{byte:02X}); save the file as UTF-8</source>
        <translation>texte UTF-8 non valide (octet 0x{byte:02X})&#x202f;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>YAML syntax error: {detail}</source>
        <translation>erreur de syntaxe YAML&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the control character U+{code:04X} is not allowed in a pack file</source>
        <translation>le caractère de contrôle U+{code:04X} n’est pas autorisé dans un fichier de pack</translation>
    </message>
    <message>
        <source>the file is larger than {cap}, the limit for a pack file</source>
        <translation>le fichier dépasse {cap}, la limite pour un fichier de pack</translation>
    </message>
    <message>
        <source>not valid YAML: {error}</source>
        <translation>YAML non valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the file is empty: a pack starts with &apos;format: 1&apos;</source>
        <translation>le fichier est vide&#xa0;: un pack commence par «&#xa0;format: 1&#xa0;»</translation>
    </message>
    <message>
        <source>give exactly one of exercise, break or custom (breaks and free items need minutes)</source>
        <translation>indiquez un seul élément parmi exercise, break ou custom (les pauses et séquences libres ont besoin de minutes)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <extracomment>Characters YAML reads as line breaks (or drops) unless escaped: text holding one is double-quoted.</extracomment>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot add the asset {name}: {problem}</source>
        <translation>Impossible d’ajouter la ressource {name}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{name} (absent)</source>
        <translation>{name} – absent(e)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <extracomment>(participant id, field, new value): the page turns it into an undoable edit.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address</source>
        <translation>«&#xa0;{value}&#xa0;» ne ressemble pas à une adresse e-mail</translation>
    </message>
    <message>
        <source>{name} is marked absent: kept in the record, not offered for new input, no printed plan.</source>
        <translation>{name} est noté(e) absent(e)&#xa0;: reste dans l’historique, n’est plus proposé(e) pour les saisies et ne reçoit pas de plan imprimé.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <extracomment>A message for the status bar. A problem the user must see.</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Ajouter un participant</translation>
    </message>
    <message>
        <source>Add a row and type the name (Insert)</source>
        <translation>Ajouter une ligne et saisir le nom (Inser)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete)</source>
        <translation>Retirer les participants sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Mar&amp;k absent</source>
        <translation>&amp;Marquer absent</translation>
    </message>
    <message>
        <source>Absent people keep what they gave (their dots still count) but are not offered for new input and get no printed plan</source>
        <translation>Les absents gardent ce qu’ils ont donné (leurs gommettes comptent toujours), mais ne sont plus proposés pour les saisies et ne reçoivent pas de plan imprimé</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Read a sign-up sheet saved as CSV</source>
        <translation>Lire une liste d’inscription enregistrée en CSV</translation>
    </message>
    <message>
        <source>Paste ro&amp;ws</source>
        <translation>&amp;Coller des lignes</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet (Ctrl+V in the table)</source>
        <translation>Ajouter des lignes copiées depuis un tableur (Ctrl+V dans le tableau)</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} absent</source>
        <translation>{n} absent(s)</translation>
    </message>
    <message>
        <source>Mar&amp;k present</source>
        <translation>&amp;Marquer présent</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participants</source>
        <translation>
            <numerusform>Retirer %n participant</numerusform>
            <numerusform>Retirer %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Réordonner les participants</translation>
    </message>
    <message>
        <source>Mark them absent instead?</source>
        <translation>Les marquer plutôt absents&#x202f;?</translation>
    </message>
    <message>
        <source>Mark absent instead?</source>
        <translation>Marquer plutôt absent&#x202f;?</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Retirer des participants</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marquer absent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Absent people stay in the record and their dots and ratings still count, but they are not offered for new input and get no printed plan. Removing deletes their dots, ratings and action ownerships (Undo brings them back).</source>
        <translation>Les absents restent dans l’historique et leurs gommettes et évaluations comptent toujours, mais ils ne sont plus proposés pour les saisies et ne reçoivent pas de plan imprimé. Retirer supprime leurs gommettes, leurs évaluations et leurs responsabilités d’actions (Annuler les rétablit).</translation>
    </message>
    <message>
        <source>Mark {name} absent</source>
        <translation>Marquer {name} absent(e)</translation>
    </message>
    <message>
        <source>Mark {n} participants absent</source>
        <translation>Marquer {n} participants absents</translation>
    </message>
    <message>
        <source>Mark {name} present</source>
        <translation>Marquer {name} présent(e)</translation>
    </message>
    <message>
        <source>Mark {n} participants present</source>
        <translation>Marquer {n} participants présents</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier&#xa0;: {field}</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste: copy rows in a spreadsheet first.</source>
        <translation>Le presse-papiers ne contient aucune ligne à coller&#xa0;: copiez d’abord des lignes dans un tableur.</translation>
    </message>
    <message>
        <source>Paste 1 participant</source>
        <translation>Coller 1 participant</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>Coller %n participant</numerusform>
            <numerusform>Coller %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted 1 participant.</source>
        <translation>1 participant collé.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n participants.</source>
        <translation>
            <numerusform>%n participant collé.</numerusform>
            <numerusform>%n participants collés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted:</source>
        <translation>Non collés&#xa0;:</translation>
    </message>
    <message>
        <source>Import 1 participant</source>
        <translation>Importer 1 participant</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants</source>
        <translation>
            <numerusform>Importer %n participant</numerusform>
            <numerusform>Importer %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 participant.</source>
        <translation>1 participant importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participants.</source>
        <translation>
            <numerusform>%n participant importé.</numerusform>
            <numerusform>%n participants importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCheckinDialog</name>
    <message>
        <source>Plan a check-in</source>
        <translation>Planifier un point de suivi</translation>
    </message>
    <message>
        <source>A check-in after “{title}”: every commitment, one at a time.</source>
        <translation>Un point de suivi après «&#xa0;{title}&#xa0;»&#xa0;: chaque engagement, l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>At a set &amp;time:</source>
        <translation>À une &amp;heure précise&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Qui participe</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected person.</source>
        <translation>La barre d&apos;espace coche ou décoche la personne choisie.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who attends:</source>
        <translation>&amp;Qui participe&#xa0;:</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Edit {field}</source>
        <extracomment>(list name, handles of the rows to select afterwards) (field, stored value) after a Details edit, its undo or its redo. A write failed: the message for the user.</extracomment>
        <translation>Modifier&#xa0;: {field}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>planned length</source>
        <translation>durée prévue</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animation</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>date de la séance de suivi</translation>
    </message>
    <message>
        <source>follow-up time</source>
        <translation>heure de la séance de suivi</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>The run sheet being written (closing the window waits for it: see TaskManager).</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Run &amp;sheet (PDF)…</source>
        <translation>Dé&amp;roulé (PDF)…</translation>
    </message>
    <message>
        <source>A printable agenda with clock times, materials and your notes for each exercise</source>
        <translation>Un programme imprimable avec les horaires, le matériel et vos notes pour chaque exercice</translation>
    </message>
    <message>
        <source>Print &amp;blank plans…</source>
        <translation>Imprimer les plans &amp;vierges…</translation>
    </message>
    <message>
        <source>Before the workshop: a plan for each participant with empty commitment cards to fill in by hand</source>
        <translation>Avant l’atelier&#xa0;: un plan pour chaque participant, avec des cartes d’engagement vierges à remplir à la main</translation>
    </message>
    <message>
        <source>Print &amp;handouts…</source>
        <translation>Imprimer les supp&amp;orts…</translation>
    </message>
    <message>
        <source>Before the workshop: the cards, slips, role cards, sheets, signs and posters the agenda&apos;s exercises use, for the participants present</source>
        <translation>Avant l’atelier&#xa0;: les cartes, coupons, cartes de rôle, feuilles, panneaux et affiches des exercices du programme, pour les participants présents</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>Plan: {title}</source>
        <translation>Préparation&#xa0;: {title}</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 séquence</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n séquence</numerusform>
            <numerusform>%n séquences</numerusform>
        </translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>de {start} à {end}</translation>
    </message>
    <message>
        <source>Your change could not be saved; it stays on screen and will be saved again shortly.

{reason}</source>
        <translation>Votre modification n’a pas pu être enregistrée&#x202f;; elle reste à l’écran et sera de nouveau enregistrée sous peu.

{reason}</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Enregistrer le déroulé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the run sheet…</source>
        <translation>Création du déroulé…</translation>
    </message>
    <message>
        <source>Run sheet saved to {path}</source>
        <translation>Déroulé enregistré dans {path}</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>The run sheet is saved:
{path}</source>
        <translation>Le déroulé est enregistré&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <source>The run sheet was not written.

{reason}</source>
        <translation>Le déroulé n’a pas été créé.

{reason}</translation>
    </message>
    <message>
        <source>Save the blank plans in</source>
        <translation>Enregistrer les plans vierges dans</translation>
    </message>
    <message>
        <source>Writing the blank plans…</source>
        <translation>Création des plans vierges…</translation>
    </message>
    <message>
        <source>1 blank plan and the print file saved to {folder}</source>
        <translation>1 plan vierge et le fichier d’impression enregistrés dans {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n blank plans and the print file saved to {folder}</source>
        <translation>
            <numerusform>%n plan vierge et le fichier d’impression enregistrés dans {folder}</numerusform>
            <numerusform>%n plans vierges et le fichier d’impression enregistrés dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>{saved}.
The print file of all:
{path}</source>
        <translation>{saved}.
Le fichier d’impression de l’ensemble&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Blank plans</source>
        <translation>Plans vierges</translation>
    </message>
    <message>
        <source>The blank plans were not written.

{reason}</source>
        <translation>Les plans vierges n’ont pas été créés.

{reason}</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Supports à distribuer</translation>
    </message>
    <message>
        <source>No exercise on this agenda has handouts to print.</source>
        <translation>Aucun exercice de ce programme n’a de supports à imprimer.</translation>
    </message>
    <message>
        <source>Save the handouts in</source>
        <translation>Enregistrer les supports dans</translation>
    </message>
    <message>
        <source>Writing the handouts…</source>
        <translation>Création des supports…</translation>
    </message>
    <message>
        <source>Handouts saved to {path}</source>
        <translation>Supports enregistrés dans {path}</translation>
    </message>
    <message>
        <source>The handouts are saved:
{path}</source>
        <translation>Les supports sont enregistrés&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>The handouts were not written.

{reason}</source>
        <translation>Les supports n’ont pas été créés.

{reason}</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Total {total} min — {over} min over the planned {planned}</source>
        <extracomment>Workshop fields a facilitator edits on the Details tab, in form order.</extracomment>
        <translation>Total {total} min — {over} min de plus que les {planned} min prévues</translation>
    </message>
    <message>
        <source>Total {total} min — exactly the planned {planned}</source>
        <translation>Total {total} min — exactement les {planned} min prévues</translation>
    </message>
    <message>
        <source>Total {total} min — {left} min left of the planned {planned}</source>
        <translation>Total {total} min — il reste {left} min sur les {planned} min prévues</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Séquence libre</translation>
    </message>
    <message>
        <source>The pack “{pack}” has no exercise “{id}”; it was left out.</source>
        <translation>Le pack «&#xa0;{pack}&#xa0;» n’a pas d’exercice «&#xa0;{id}&#xa0;»&#x202f;; il a été laissé de côté.</translation>
    </message>
    <message>
        <source>There is no ready-made agenda “{id}” in pack “{pack}”.</source>
        <translation>Il n’y a pas de programme tout prêt «&#xa0;{id}&#xa0;» dans le pack «&#xa0;{pack}&#xa0;».</translation>
    </message>
    <message>
        <source>1 dot</source>
        <extracomment>Delete a row and return what puts it back exactly (same id, everything it took). Put back what ``take_row`` returned.</extracomment>
        <translation>1 gommette</translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 rating</source>
        <translation>1 évaluation</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 action</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 carte</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} has {what}.</source>
        <translation>{name} a {what}.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>(circle one)</source>
        <translation>(entourez-en un)</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Ce que je vais faire</translation>
    </message>
    <message>
        <source>Anything else I will do:</source>
        <translation>Ce que je ferai d’autre&#xa0;:</translation>
    </message>
    <message>
        <source>What I will do after this workshop, by when, and how I will know it worked.</source>
        <translation>Ce que je ferai après cet atelier, pour quand, et comment je saurai que cela a marché.</translation>
    </message>
    <message>
        <source>Write down what you will do after this workshop: one commitment per card.</source>
        <translation>Notez ce que vous ferez après cet atelier&#xa0;: un engagement par carte.</translation>
    </message>
    <message>
        <source>My signature</source>
        <extracomment>rows (the header&apos;s included) of a check-in table kept with the lines under it</extracomment>
        <translation>Ma signature</translation>
    </message>
    <message>
        <source>My rating of each criterion beside the room&apos;s mean.</source>
        <extracomment>the part of page 1&apos;s width the own ratings take, beside the title block points: the title block and the ratings beside it are at most this tall</extracomment>
        <translation>Mon évaluation de chaque critère, à côté de la moyenne du groupe.</translation>
    </message>
    <message>
        <source>The workshop “{title}” has no participants: add them before printing action plans.</source>
        <translation>L’atelier «&#xa0;{title}&#xa0;» n’a aucun participant&#xa0;: ajoutez-les avant d’imprimer les plans d’action.</translation>
    </message>
    <message>
        <source>Everyone in the workshop “{title}” is marked absent: mark someone present before printing action plans.</source>
        <translation>Tous les participants de l’atelier «&#xa0;{title}&#xa0;» sont marqués absents&#xa0;: marquez au moins une personne présente avant d’imprimer les plans d’action.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <extracomment>A pack id -&gt; that pack&apos;s pictures (archive members, ``{&quot;assets/x.png&quot;: bytes}``). One file per participant, in participant order (only those written when cancelled). All plans in one print file (None when cancelled or not asked for).</extracomment>
        <translation>{path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Personal action plan: {name}</source>
        <translation>Plan d’action personnel&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d’action</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name such as report.pdf.</source>
        <translation>{path} est un dossier&#xa0;: indiquez un nom de fichier, par exemple rapport.pdf.</translation>
    </message>
    <message>
        <source>Facilitator report</source>
        <translation>Rapport d’animation</translation>
    </message>
    <message>
        <source>Sponsor report</source>
        <extracomment>The fewest people whose ratings print as a mean (and a lowest and highest), per criterion and per role side.</extracomment>
        <translation>Rapport pour le commanditaire</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <extracomment>At least the points a facilitator notes box starts with on a page (its label and first lines): with less room left it starts on the next page; a longer box flows on in its tint.</extracomment>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Nothing to print: no exercise on the agenda of “{title}” has handouts.</source>
        <translation>Rien à imprimer&#xa0;: aucun exercice du programme de «&#xa0;{title}&#xa0;» n’a de supports.</translation>
    </message>
    <message>
        <source>Handouts</source>
        <extracomment>Pieces to cut: (columns, rows) on a page.</extracomment>
        <translation>Supports à distribuer</translation>
    </message>
    <message>
        <source>The workshop “{title}” has no commitments to follow: record them before printing progress.</source>
        <translation>L’atelier «&#xa0;{title}&#xa0;» n’a aucun engagement à suivre&#xa0;: saisissez-les avant d’imprimer l’avancement.</translation>
    </message>
    <message>
        <source>My progress: {name}</source>
        <translation>Mon avancement&#xa0;: {name}</translation>
    </message>
    <message>
        <source>band: lowest to highest rating · dot: mean</source>
        <extracomment>The most lines a bar&apos;s label wraps onto (a 120-character option takes three or four).</extracomment>
        <translation>barre&#xa0;: de la note la plus basse à la plus haute · point&#xa0;: moyenne</translation>
    </message>
    <message>
        <source>The font file {path} is missing: please reinstall the app.</source>
        <extracomment>DejaVu Sans under a name whose italics stay upright (for the letters the oblique faces lack). Registered on first use of italics (most documents have none).</extracomment>
        <translation>Le fichier de police {path} est introuvable&#xa0;: réinstallez l’application.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 gommette</translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <source>To print before the workshop</source>
        <translation>À imprimer avant l’atelier</translation>
    </message>
    <message>
        <source>{copies} per participant, {people} present</source>
        <translation>{copies} par participant, {people} présents</translation>
    </message>
    <message>
        <source>{copies} per group, {groups}</source>
        <translation>{copies} par groupe, {groups}</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>{copies} for the room</source>
        <translation>{copies} pour la salle</translation>
    </message>
    <message>
        <source>Participants present</source>
        <translation>Participants présents</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <source>Cards, slips, role cards and half-page sheets print with dashed lines to cut along.</source>
        <translation>Les cartes, coupons, cartes de rôle et demi-feuilles s’impriment avec des pointillés pour les découper.</translation>
    </message>
    <message>
        <source>sets: {sets} ({per})</source>
        <translation>jeux&#xa0;: {sets} ({per})</translation>
    </message>
    <message>
        <source>Personal action plan</source>
        <translation>Plan d’action personnel</translation>
    </message>
    <message>
        <source>My commitments</source>
        <translation>Mes engagements</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <source>Check in with</source>
        <translation>Faire le point avec</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Date du point</translation>
    </message>
    <message>
        <source>What I will review</source>
        <translation>Ce que je passerai en revue</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>From the workshop</source>
        <translation>Note de l’atelier</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Séance de suivi</translation>
    </message>
    <message>
        <source>How I will know it worked</source>
        <translation>Mon indicateur de réussite</translation>
    </message>
    <message>
        <source>Which of the six ways</source>
        <translation>Lequel des six leviers</translation>
    </message>
    <message>
        <source>Support I need</source>
        <translation>Soutien dont j’ai besoin</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>What the group agreed</source>
        <translation>Ce que le groupe a décidé</translation>
    </message>
    <message>
        <source>Results of each session</source>
        <translation>Résultats de chaque séance</translation>
    </message>
    <message>
        <source>The same exercise ran more than once and the room chose differently: each result is shown as it came out, none of them as agreed.</source>
        <translation>Le même exercice a eu lieu plusieurs fois et le groupe a fait des choix différents&#xa0;: chaque résultat figure tel quel, aucun n’est présenté comme décidé.</translation>
    </message>
    <message>
        <source>We agreed to</source>
        <translation>Nous avons décidé de</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>The six ways to bridge leadership and operations</source>
        <translation>Les six leviers pour relier direction et opérations</translation>
    </message>
    <message>
        <source>My ratings</source>
        <translation>Mes évaluations</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Participant {n}</translation>
    </message>
    <message>
        <source>and 1 more option</source>
        <translation>et 1 autre option</translation>
    </message>
    <message numerus="yes">
        <source>and %n more options</source>
        <translation>
            <numerusform>et %n autre option</numerusform>
            <numerusform>et %n autres options</numerusform>
        </translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Commitment {numbers}</source>
        <translation>Engagement {numbers}</translation>
    </message>
    <message>
        <source>My commitments: {numbers}</source>
        <translation>Mes engagements&#xa0;: {numbers}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>{what} (by {when})</source>
        <translation>{what} (pour le {when})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Blank plans, one per participant</source>
        <translation>Plans vierges, un par participant</translation>
    </message>
    <message>
        <source>Printed action plans, one per participant</source>
        <translation>Plans d’action imprimés, un par participant</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Room set-up:</source>
        <translation>Disposition de la salle&#xa0;:</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>Préparation&#xa0;:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Expérience&#xa0;:</translation>
    </message>
    <message>
        <source>groups of {size}</source>
        <translation>groupes de {size}</translation>
    </message>
    <message>
        <source>the 1 present participant</source>
        <translation>le seul participant présent</translation>
    </message>
    <message numerus="yes">
        <source>the %n present participants</source>
        <translation>
            <numerusform>le %n participant présent</numerusform>
            <numerusform>les %n participants présents</numerusform>
        </translation>
    </message>
    <message>
        <source>1 group for {people}</source>
        <translation>1 groupe pour {people}</translation>
    </message>
    <message numerus="yes">
        <source>%n groups for {people}</source>
        <translation>
            <numerusform>%n groupe pour {people}</numerusform>
            <numerusform>%n groupes pour {people}</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}; {sizes}</source>
        <translation>{group}&#x202f;; {sizes}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}</source>
        <translation>Impossible d’écrire dans le dossier {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not lay out {name}: {reason}</source>
        <translation>Impossible de mettre en page {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Unknown paper size {paper!r}: use a4 or letter.</source>
        <extracomment>the paper sizes every document accepts</extracomment>
        <translation>Format de papier inconnu {paper!r}&#xa0;: utilisez a4 ou letter.</translation>
    </message>
    <message>
        <source>For the facilitator only: contains private notes</source>
        <translation>Réservé à l’animation&#xa0;: contient des notes privées</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Atelier entier</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>An item the room spent less than this on was skipped, not run short (its difference is not printed: &quot;-25 min&quot; for an item the facilitator moved past would read as a late one).</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non animée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>Agenda as run</source>
        <translation>Programme tel qu’il s’est déroulé</translation>
    </message>
    <message>
        <source>Planned length of the workshop: {minutes}.</source>
        <translation>Durée prévue de l’atelier&#xa0;: {minutes}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>{name} (absent)</source>
        <translation>{name} – absent(e)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes marked private were never shown to the room and appear only in this report.</source>
        <translation>Les notes privées n’ont jamais été montrées au groupe et n’apparaissent que dans ce rapport.</translation>
    </message>
    <message>
        <source>PRIVATE</source>
        <translation>PRIVÉ</translation>
    </message>
    <message>
        <source>Cards by cluster</source>
        <translation>Cartes par regroupement</translation>
    </message>
    <message>
        <source>Not clustered</source>
        <translation>Non regroupées</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>not revealed</source>
        <translation>non dévoilée</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>{dots} from {people}.</source>
        <translation>{dots} posées par {people}.</translation>
    </message>
    <message>
        <source>{dots} counted by the facilitator.</source>
        <translation>{dots} comptées par l’animation.</translation>
    </message>
    <message>
        <source>{dots}: {own} from {people} and {counted} counted by the facilitator.</source>
        <translation>{dots}&#xa0;: {own} posées par {people} et {counted} comptées par l’animation.</translation>
    </message>
    <message>
        <source>Another run of this exercise chose differently: {titles}. The plans print each result apart, none as agreed.</source>
        <translation>Une autre séance de cet exercice a fait un choix différent&#xa0;: {titles}. Les plans impriment chaque résultat séparément, aucun comme décidé.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>The chart shows the top {n}.</source>
        <translation>Le graphique montre les {n} premières.</translation>
    </message>
    <message>
        <source>Dot vote results</source>
        <translation>Résultats du vote par gommettes</translation>
    </message>
    <message>
        <source>1 rating outside the scale ({low} to {high}) is left out.</source>
        <translation>1 évaluation hors de l’échelle ({low} à {high}) est écartée.</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings outside the scale ({low} to {high}) are left out.</source>
        <translation>
            <numerusform>%n évaluation hors de l’échelle ({low} à {high}) est écartée.</numerusform>
            <numerusform>%n évaluations hors de l’échelle ({low} à {high}) sont écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not split by side: on one side fewer than {n} people rated, and one person&apos;s ratings could be told apart.</source>
        <translation>Pas de répartition par pôle&#xa0;: sur un pôle, moins de {n} personnes ont évalué, et les évaluations d’une personne pourraient être reconnues.</translation>
    </message>
    <message>
        <source>Mean by side</source>
        <translation>Moyenne par pôle</translation>
    </message>
    <message>
        <source>1 criterion was rated by fewer than {n} people: its mean, lowest and highest are not shown.</source>
        <translation>1 critère a été évalué par moins de {n} personnes&#xa0;: sa moyenne, sa note la plus basse et la plus haute ne sont pas affichées.</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria were rated by fewer than {n} people: their means, lowest and highest are not shown.</source>
        <translation>
            <numerusform>%n critère a été évalué par moins de {n} personnes&#xa0;: sa moyenne, sa note la plus basse et la plus haute ne sont pas affichées.</numerusform>
            <numerusform>%n critères ont été évalués par moins de {n} personnes&#xa0;: leurs moyennes, notes les plus basses et les plus hautes ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Shared with {names}</source>
        <translation>Partagé avec {names}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>My progress</source>
        <extracomment>The most check-ins a table gives a column each (the latest ones held).</extracomment>
        <translation>Mon avancement</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d’avancement</translation>
    </message>
    <message>
        <source>Progress report for the sponsor</source>
        <translation>Rapport d’avancement pour le commanditaire</translation>
    </message>
    <message>
        <source>{date} (revised)</source>
        <translation>{date} (nouvelle échéance)</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Échéance le {date}</translation>
    </message>
    <message>
        <source>No due date yet</source>
        <translation>Pas encore d’échéance</translation>
    </message>
    <message>
        <source>next check-in {date}</source>
        <translation>prochain point d’étape le {date}</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Status over the check-ins</source>
        <translation>L’état au fil des points d’étape</translation>
    </message>
    <message>
        <source>No check-in has been held yet.</source>
        <translation>Aucun point d’étape n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Each bar counts the commitments by their status as it stood at that check-in (the latest found so far).</source>
        <translation>Chaque barre compte les engagements selon leur état à ce point d’étape (le dernier constaté jusque-là).</translation>
    </message>
    <message>
        <source>In grey: not reviewed at that check-in, the status as last found (–: none found yet).</source>
        <translation>En gris&#xa0;: pas revu à ce point d’étape, dernier état constaté (–&#xa0;: aucun encore).</translation>
    </message>
    <message>
        <source>Completion by participant</source>
        <translation>Réalisation par participant</translation>
    </message>
    <message>
        <source>A shared commitment counts for each of its owners.</source>
        <translation>Un engagement partagé compte pour chacun de ses responsables.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Completion by the six ways</source>
        <translation>Réalisation par levier</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Pris au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>What helps or blocks</source>
        <translation>Ce qui aide ou freine</translation>
    </message>
    <message>
        <source>No check-in has reviewed it yet.</source>
        <translation>Aucun point d’étape ne l’a encore revu.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain point d’étape</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <comment>the sessions after the workshop</comment>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <source>What is stuck and why</source>
        <translation>Ce qui bloque, et pourquoi</translation>
    </message>
    <message>
        <source>Nothing is stuck.</source>
        <translation>Rien n’est bloqué.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>FACILITATOR ONLY</source>
        <translation>RÉSERVÉ À L’ANIMATION</translation>
    </message>
    <message>
        <source>Every commitment</source>
        <translation>Tous les engagements</translation>
    </message>
    <message>
        <source>For the sponsor: initials, no notes</source>
        <translation>Pour le commanditaire&#xa0;: initiales, aucune note</translation>
    </message>
    <message>
        <source>This report shows initials instead of names and leaves out every note: what happened, what helps or blocks, and the facilitator&apos;s private notes. Each person&apos;s own commitments are counted, never printed; the group&apos;s actions print as typed in the room.</source>
        <translation>Ce rapport montre des initiales au lieu des noms et laisse de côté toutes les notes&#xa0;: ce qui s’est passé, ce qui aide ou freine, et les notes privées de l’animation. Les engagements personnels sont comptés, jamais imprimés&#x202f;; les actions du groupe apparaissent telles qu’elles ont été saisies en séance.</translation>
    </message>
    <message>
        <source>What is stuck</source>
        <translation>Ce qui bloque</translation>
    </message>
    <message>
        <source>1 commitment is stuck.</source>
        <translation>1 engagement est bloqué.</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments are stuck.</source>
        <translation>
            <numerusform>%n engagement est bloqué.</numerusform>
            <numerusform>%n engagements sont bloqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group (no owner)</source>
        <translation>Le groupe (sans responsable)</translation>
    </message>
    <message>
        <source>Actions by owner</source>
        <translation>Actions par responsable</translation>
    </message>
    <message>
        <source>No way named</source>
        <translation>Aucun levier indiqué</translation>
    </message>
    <message>
        <source>The six ways in the commitments</source>
        <translation>Les six leviers dans les engagements</translation>
    </message>
    <message>
        <source>Dropped commitments are not counted.</source>
        <translation>Les engagements abandonnés ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Nothing placed here.</source>
        <translation>Rien de placé ici.</translation>
    </message>
    <message>
        <source>Matrix results</source>
        <translation>Résultats de la matrice</translation>
    </message>
    <message>
        <source>run started {when}</source>
        <translation>animation commencée le {when}</translation>
    </message>
    <message>
        <source>For the facilitator</source>
        <translation>Pour l’animation</translation>
    </message>
    <message>
        <source>{n} dots each</source>
        <translation>{n} gommettes chacun</translation>
    </message>
    <message>
        <source>{low} to {high}: {criteria}</source>
        <translation>{low} à {high}&#xa0;: {criteria}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Total {total} of {planned} planned</source>
        <translation>Total {total} sur {planned} prévues</translation>
    </message>
    <message>
        <source>over by {n}</source>
        <translation>dépassement de {n}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>Matériel à apporter</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>Saisie&#xa0;:</translation>
    </message>
    <message>
        <source>Hand out the blank plans (Plan page: Print blank plans) before this item.</source>
        <translation>Distribuez les plans vierges (page Préparation&#xa0;: Imprimer les plans vierges) avant cette séquence.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>The steps add up to {steps}; this item has {item}.</source>
        <translation>Les étapes totalisent {steps}&#x202f;; cette séquence dure {item}.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes d’animation</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Questions de débriefing</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Exercises step by step</source>
        <translation>Les exercices étape par étape</translation>
    </message>
    <message>
        <source>For the sponsor: no names, no notes</source>
        <translation>Pour le commanditaire&#xa0;: sans noms ni notes</translation>
    </message>
    <message>
        <source>A personal commitment</source>
        <extracomment>people who took part with at least one commitment people who took part commitments of two or more owners with a due date with a check-in date with a measure of success what may print as it is</extracomment>
        <translation>Un engagement personnel</translation>
    </message>
    <message>
        <source>1 person took part.</source>
        <translation>1 personne a participé.</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>%n personne a participé.</numerusform>
            <numerusform>%n personnes ont participé.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 more on the list was marked absent.</source>
        <translation>1 autre personne inscrite a été marquée absente.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on the list were marked absent.</source>
        <translation>
            <numerusform>%n autre personne inscrite a été marquée absente.</numerusform>
            <numerusform>%n autres personnes inscrites ont été marquées absentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>By side: {counts}</source>
        <translation>Par pôle&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} sur {whole}</translation>
    </message>
    <message>
        <source>No commitment was recorded.</source>
        <translation>Aucun engagement n’a été saisi.</translation>
    </message>
    <message>
        <source>{commitments} by {committed} of {people} participants.</source>
        <translation>{commitments}, pris par {committed} participants sur {people}.</translation>
    </message>
    <message>
        <source>1 commitment</source>
        <translation>1 engagement</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 of them is shared by two or more people.</source>
        <translation>1 d’entre eux est partagé par plusieurs personnes.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are shared by two or more people.</source>
        <translation>
            <numerusform>%n d’entre eux est partagé par plusieurs personnes.</numerusform>
            <numerusform>%n d’entre eux sont partagés par plusieurs personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a due date</source>
        <translation>Avec une échéance</translation>
    </message>
    <message>
        <source>With a check-in date</source>
        <translation>Avec une date de point d’étape</translation>
    </message>
    <message>
        <source>With a measure of success</source>
        <translation>Avec un indicateur de réussite</translation>
    </message>
    <message>
        <source>Each person&apos;s commitments are in their own plan: here they are only counted.</source>
        <translation>Les engagements de chacun figurent dans son propre plan&#xa0;: ici, ils sont seulement comptés.</translation>
    </message>
    <message>
        <source>This report leaves out every participant&apos;s name, role, team and e-mail, who wrote each card, the facilitator&apos;s notes (private or not) and each person&apos;s own commitments (they are counted, never printed).</source>
        <translation>Ce rapport omet le nom, le rôle, l’équipe et l’e-mail de chaque participant, l’auteur de chaque carte, les notes d’animation (privées ou non) et les engagements personnels de chacun (ils sont comptés, jamais imprimés).</translation>
    </message>
    <message>
        <source>Ratings: a mean, lowest and highest print only where at least {n} people rated, and means by side only where on every side at least {n} people rated, so that no one person&apos;s ratings can be told apart.</source>
        <translation>Évaluations&#xa0;: la moyenne, la note la plus basse et la plus haute ne sont imprimées que si au moins {n} personnes ont évalué, et les moyennes par pôle que si au moins {n} personnes ont évalué sur chaque pôle, afin que les évaluations d’une personne ne puissent pas être reconnues.</translation>
    </message>
    <message>
        <source>Cards and the group&apos;s actions print as typed in the room: a name typed into them prints too.</source>
        <translation>Les cartes et les actions du groupe sont imprimées telles que saisies en séance&#xa0;: un nom qui y figure est imprimé aussi.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>(cut)</source>
        <extracomment>The most characters of one text that print (as much as a pack&apos;s longest Markdown field). The longest word that prints unbroken (far longer than any word or web address).</extracomment>
        <translation>(coupé)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the action plans</source>
        <translation>Imprimer les plans d’action</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <source>Print on both sides (each plan starts on a new sheet)</source>
        <translation>Imprimer en recto verso (chaque plan commence sur une nouvelle feuille)</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Exemplaires&#xa0;:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <extracomment>The trainer chose a problem: its path.</extracomment>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems ({n}) (Ctrl+4)</source>
        <translation>Problèmes ({n}) (Ctrl+4)</translation>
    </message>
    <message>
        <source>Problems: none (Ctrl+4)</source>
        <translation>Problèmes&#xa0;: aucun (Ctrl+4)</translation>
    </message>
    <message>
        <source>Go to the field (Enter)</source>
        <translation>Aller au champ (Entrée)</translation>
    </message>
    <message>
        <source>The pack is valid: it can be saved to your library.</source>
        <translation>Le pack est valide&#xa0;: il peut être enregistré dans votre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>+{n} more</source>
        <translation>+{n} autres</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 carte</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>The groups as laid out, one per cell: a long list alone on the board is spread over the columns as parts of itself (the first with its title). The language of the board&apos;s words: the room&apos;s on the projector, None (the interface&apos;s) elsewhere.</extracomment>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>The matrix</source>
        <extracomment>the whole text where the note was drawn</extracomment>
        <translation>La matrice</translation>
    </message>
    <message>
        <source>Across: {name} ({low} to {high})</source>
        <translation>Horizontal&#xa0;: {name} ({low} à {high})</translation>
    </message>
    <message>
        <source>Up: {name} ({low} to {high})</source>
        <translation>Vertical&#xa0;: {name} ({low} à {high})</translation>
    </message>
    <message>
        <source>Projector - Workshop app</source>
        <extracomment>(background, text, muted, bar, accent, warning, overrun) for the two looks. The facilitator closed the window with the window manager.</extracomment>
        <translation>Projection - Workshop app</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Étape {n} sur {total}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Join from your phone: scan the code or open</source>
        <translation>Participez depuis votre téléphone : scannez le code ou ouvrez</translation>
    </message>
    <message>
        <source>Then join the room: scan the code or open</source>
        <translation>Puis participez&#xa0;: scannez le code ou ouvrez</translation>
    </message>
    <message>
        <source>Room code: {code}</source>
        <translation>Code de la salle : {code}</translation>
    </message>
    <message>
        <source>First join the Wi-Fi</source>
        <translation>D&apos;abord, connectez-vous au Wi-Fi</translation>
    </message>
    <message>
        <source>Network: {name}</source>
        <translation>Réseau&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <source>Mean</source>
        <extracomment>the workshop&apos;s: how the means print on_set(participant_id, criterion, value or None) -&gt; bool</extracomment>
        <translation>Moyenne</translation>
    </message>
</context>
<context>
    <name>RatingsCapture</name>
    <message>
        <source>Ratings by criterion and participant</source>
        <translation>Évaluations par critère et par participant</translation>
    </message>
    <message>
        <source>Type each person&apos;s rating from {low} to {high}; Tab or Enter moves on, Delete clears.</source>
        <translation>Saisissez l’évaluation de chaque personne de {low} à {high}&#x202f;; Tab ou Entrée passe à la suivante, Suppr efface.</translation>
    </message>
    <message>
        <source>This exercise names no criteria to rate.</source>
        <translation>Cet exercice ne définit aucun critère à évaluer.</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Key {key} on the commitment</source>
        <extracomment>The digit keys that set a status, in STATUS_KEYS&apos; order. A status key (one of STATUS_KEYS) was chosen by key or button. One of the text fields was edited (the page saves on its schedule).</extracomment>
        <translation>Touche {key} sur l&apos;engagement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What helps or blocks</source>
        <translation>Ce qui aide ou bloque</translation>
    </message>
    <message>
        <source>Revised due date</source>
        <translation>Reportée au</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty when the due date stands</source>
        <translation>AAAA-MM-JJ, vide si l&apos;échéance tient</translation>
    </message>
    <message>
        <source>Private note, for the facilitator only</source>
        <translation>Note privée, pour l&apos;animation seulement</translation>
    </message>
    <message>
        <source>Never projected, never on a participant&apos;s page</source>
        <translation>Jamais projetée, jamais sur la page d&apos;un participant</translation>
    </message>
    <message>
        <source>&amp;Private note (facilitator only):</source>
        <translation>Note &amp;privée (pour l&apos;animation seulement)&#xa0;:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>&amp;Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <source>What helps or &amp;blocks:</source>
        <translation>Ce qui aide ou &amp;bloque&#xa0;:</translation>
    </message>
    <message>
        <source>Revised &amp;due date:</source>
        <translation>&amp;Reportée au&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment {n} of {total}</source>
        <translation>Engagement {n} sur {total}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Échéance&#xa0;: {date}</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Earlier check-ins: {list}</source>
        <translation>Points de suivi précédents&#xa0;: {list}</translation>
    </message>
    <message>
        <source>The first check-in of this commitment.</source>
        <translation>Le premier point de suivi de cet engagement.</translation>
    </message>
    <message>
        <source>New commitment, made at this check-in</source>
        <translation>Nouvel engagement, pris lors de ce point de suivi</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>The request body must be a JSON object.</source>
        <extracomment>The agenda as this request read it from the database (see :meth:`reading`).</extracomment>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} doit être du texte.</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field} ne doit pas être vide.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{field} must be a number from 0 to 1.</source>
        <translation>{field} doit être un nombre entre 0 et 1.</translation>
    </message>
    <message>
        <source>kind must be one of: {kinds}.</source>
        <translation>kind doit valoir l’une de ces valeurs&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <source>The facilitator has moved on: this item no longer takes answers.</source>
        <translation>L’animation est passée à la suite&#xa0;: cette séquence ne reçoit plus de réponses.</translation>
    </message>
    <message>
        <source>Join with your name to send this.</source>
        <translation>Rejoignez la salle avec votre nom pour envoyer cela.</translation>
    </message>
    <message>
        <source>The current activity does not take a {kind}.</source>
        <translation>L’activité en cours n’accepte pas de {kind}.</translation>
    </message>
    <message>
        <source>card is not an option of this activity.</source>
        <translation>card n’est pas une option de cette activité.</translation>
    </message>
    <message>
        <source>criterion is not one of this activity&apos;s criteria.</source>
        <translation>criterion n’est pas l’un des critères de cette activité.</translation>
    </message>
    <message>
        <source>strategy is not one of the six ways.</source>
        <translation>strategy n’est pas l’une des six voies.</translation>
    </message>
    <message>
        <source>id is not one of your commitments.</source>
        <translation>id n’est pas l’un de vos engagements.</translation>
    </message>
    <message>
        <source>The request is larger than {max} bytes.</source>
        <translation>La requête dépasse {max} octets.</translation>
    </message>
    <message>
        <source>There is nothing at {path}.</source>
        <translation>Il n’y a rien à l’adresse {path}.</translation>
    </message>
    <message>
        <source>{method} is not allowed here.</source>
        <translation>{method} n’est pas autorisé ici.</translation>
    </message>
    <message>
        <source>Something went wrong on the facilitator&apos;s laptop; please try again.</source>
        <translation>Un problème est survenu sur l’ordinateur de l’animation&#x202f;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>The request body is not UTF-8 text.</source>
        <translation>Le corps de la requête n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation>Le corps de la requête n’est pas du JSON valide&#xa0;: {problem} à la ligne {line}, colonne {column}.</translation>
    </message>
    <message>
        <source>The request body is nested too deeply.</source>
        <translation>Le corps de la requête est trop imbriqué.</translation>
    </message>
    <message>
        <source>Too many wrong codes: wait {seconds} seconds and try again.</source>
        <translation>Trop de codes erronés&#xa0;: attendez {seconds} secondes puis réessayez.</translation>
    </message>
    <message>
        <source>code must be the room code shown on the screen.</source>
        <translation>code doit être le code de la salle affiché à l’écran.</translation>
    </message>
    <message>
        <source>That is not the room code.</source>
        <translation>Ce n’est pas le code de la salle.</translation>
    </message>
    <message>
        <source>The facilitator removed this phone from the room. To join again, tap Next.</source>
        <translation>L’animation a retiré ce téléphone de la salle. Pour la rejoindre à nouveau, touchez Suivant.</translation>
    </message>
    <message>
        <source>Join the room first (no valid token).</source>
        <translation>Rejoignez d’abord la salle (aucun jeton valide).</translation>
    </message>
    <message>
        <source>participant must be a participant&apos;s id or null.</source>
        <translation>participant doit être l’identifiant d’un participant ou null.</translation>
    </message>
    <message>
        <source>participant is not one of this workshop&apos;s participants.</source>
        <translation>participant ne fait pas partie des participants de cet atelier.</translation>
    </message>
    <message>
        <source>The room is closed to new devices.</source>
        <translation>La salle n’accepte plus de nouveaux appareils.</translation>
    </message>
    <message>
        <source>Cannot open the room on {host}:{port}: {reason}</source>
        <translation>Impossible d’ouvrir la salle sur {host}:{port}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Room code</source>
        <translation>Code de la salle</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#x202f;?</translation>
    </message>
    <message>
        <source>Join without a name</source>
        <translation>Participer sans nom</translation>
    </message>
    <message>
        <source>Waiting for the facilitator…</source>
        <translation>En attente de l’animation…</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Votre carte</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent yet: it will be sent when the connection is back.</source>
        <translation>Pas encore envoyé&#xa0;: l’envoi se fera dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>The room cannot be reached right now: trying again…</source>
        <translation>La salle est injoignable pour le moment&#xa0;: nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Nothing to answer on the phone now: answer aloud or on paper.</source>
        <translation>Rien à saisir sur le téléphone pour l’instant&#xa0;: répondez à voix haute ou sur papier.</translation>
    </message>
    <message>
        <source>Your cards here are anonymous: they are stored without your name, and nobody can tell who wrote them.</source>
        <translation>Ici, vos cartes sont anonymes&#xa0;: elles sont enregistrées sans votre nom, et personne ne peut savoir qui les a écrites.</translation>
    </message>
    <message>
        <source>Only cards can be anonymous: what you send here is stored with your name.</source>
        <translation>Seules les cartes peuvent être anonymes&#xa0;: ce que vous envoyez ici est enregistré avec votre nom.</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>La salle</translation>
    </message>
    <message>
        <source>The workshop has ended. Thank you!</source>
        <translation>L’atelier est terminé. Merci&#x202f;!</translation>
    </message>
    <message>
        <source>Step {index} of {count}: {title}</source>
        <translation>Étape {index} sur {count}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Give your dots to the options you prefer.</source>
        <translation>Placez vos gommettes sur les options que vous préférez.</translation>
    </message>
    <message>
        <source>Dots left: {left} of {total}</source>
        <translation>Gommettes restantes&#xa0;: {left} sur {total}</translation>
    </message>
    <message>
        <source>Send my dots</source>
        <translation>Envoyer mes gommettes</translation>
    </message>
    <message>
        <source>Rate each criterion from {min} (lowest) to {max} (highest).</source>
        <translation>Notez chaque critère de {min} (le plus bas) à {max} (le plus haut).</translation>
    </message>
    <message>
        <source>Send my ratings</source>
        <translation>Envoyer mon évaluation</translation>
    </message>
    <message>
        <source>Send the places</source>
        <translation>Envoyer les positions</translation>
    </message>
    <message>
        <source>Not placed yet: move a slider to place it.</source>
        <translation>Pas encore placé&#xa0;: déplacez un curseur pour le placer.</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Change your commitment</source>
        <translation>Modifier votre engagement</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Qu’allez-vous faire&#x202f;?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Pour quand&#x202f;?</translation>
    </message>
    <message>
        <source>How will you know it is done?</source>
        <translation>À quoi verrez-vous que c’est fait&#x202f;?</translation>
    </message>
    <message>
        <source>Which of the six ways?</source>
        <translation>Lequel des six leviers&#x202f;?</translation>
    </message>
    <message>
        <source>What support do you need?</source>
        <translation>De quel soutien avez-vous besoin&#x202f;?</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Date du point d’étape</translation>
    </message>
    <message>
        <source>Check in with whom?</source>
        <translation>Faire le point avec qui&#x202f;?</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Your commitments</source>
        <translation>Vos engagements</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>This activity needs your name: you joined without one.</source>
        <translation>Cette activité demande votre nom&#xa0;: vous avez rejoint la salle sans nom.</translation>
    </message>
    <message>
        <source>Join with my name</source>
        <translation>Participer avec mon nom</translation>
    </message>
    <message>
        <source>Your cards</source>
        <translation>Vos cartes</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Open the room</source>
        <extracomment>Devices that join within this (a room scanning the code at once) are shown together. How long the room stays open once the workshop has ended (locked, taking no answers), so that every phone learns it has ended (they ask every 3 s) before it closes. The app&apos;s task runner: it decides garbage collection while the room&apos;s thread runs.</extracomment>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Let participants answer from their phones over the local network</source>
        <translation>Les participants répondent depuis leur téléphone, par le réseau local</translation>
    </message>
    <message>
        <source>Anonymous answers</source>
        <translation>Réponses anonymes</translation>
    </message>
    <message>
        <source>Show how to join</source>
        <translation>Montrer comment participer</translation>
    </message>
    <message>
        <source>Show the QR code, the address and the room code on the projector</source>
        <translation>Projeter le code QR, l’adresse et le code de la salle</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>No new devices may join</source>
        <translation>Aucun nouvel appareil ne peut se connecter</translation>
    </message>
    <message>
        <source>Devices in the room</source>
        <translation>Appareils dans la salle</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Retirer l’appareil</translation>
    </message>
    <message>
        <source>Cards sent from phones for this activity are stored with no author: nobody, not even you, can tell who wrote them. Dots, ratings and commitments always keep the participant&apos;s name.</source>
        <translation>Les cartes envoyées des téléphones pour cette activité sont enregistrées sans auteur&#xa0;: personne, pas même vous, ne peut savoir qui les a écrites. Les gommettes, les évaluations et les engagements gardent toujours le nom du participant.</translation>
    </message>
    <message>
        <source>Only cards can be anonymous: this activity takes no cards from phones.</source>
        <translation>Seules les cartes peuvent être anonymes&#xa0;: cette activité ne reçoit pas de cartes des téléphones.</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>Room closed</source>
        <translation>Salle fermée</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Device {number}: {who}</source>
        <translation>Appareil {number} : {who}</translation>
    </message>
    <message>
        <source>{n} anonymous</source>
        <translation>{n} anonyme(s)</translation>
    </message>
    <message>
        <source>Room closing: the workshop has ended</source>
        <translation>Salle en cours de fermeture : l’atelier est terminé</translation>
    </message>
    <message>
        <source>Room open (locked)</source>
        <translation>Salle ouverte (verrouillée)</translation>
    </message>
    <message>
        <source>Room open</source>
        <translation>Salle ouverte</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 appareil</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}: {url}  code {code}  ·  {devices}</source>
        <translation>{state} : {url}  code {code}  ·  {devices}</translation>
    </message>
</context>
<context>
    <name>RowsPanel</name>
    <message>
        <source>Move up</source>
        <extracomment>The session&apos;s list this panel shows (commands.PARTICIPANTS or commands.AGENDA). Mime type of this table&apos;s own rows (a drop of them is a move).</extracomment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>No agenda yet</source>
        <extracomment>Status of an agenda row while running. The workshop&apos;s language: the words the projector adds (&quot;Step 2 of 4&quot;) are in it. Takes a backup for a reason (&quot;run-start&quot;, &quot;run-end&quot;): at once by default; the window passes one that takes it on its task runner.</extracomment>
        <translation>Pas encore de programme</translation>
    </message>
</context>
<context>
    <name>RunAgendaModel</name>
    <message>
        <source>Item</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
</context>
<context>
    <name>RunCharts</name>
    <message>
        <source>Vote results</source>
        <extracomment>the workshop&apos;s: how the chart&apos;s numbers print The language of the chart&apos;s words: the room&apos;s on the projector, None (the interface&apos;s) on the facilitator&apos;s console.</extracomment>
        <translation>Résultats du vote</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>No options yet</source>
        <translation>Pas encore d’options</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} autres</translation>
    </message>
    <message>
        <source>Rating spread</source>
        <translation>Répartition des évaluations</translation>
    </message>
    <message>
        <source>{criterion}: mean {mean} ({counts})</source>
        <translation>{criterion}&#xa0;: moyenne {mean} ({counts})</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Start workshop</source>
        <extracomment>A phone&apos;s answer shows in the console within this; the answers stored meanwhile (60 phones sending at once) are read with it, in one go (see :meth:`RunPage._room_answered`).</extracomment>
        <translation>Démarrer l’atelier</translation>
    </message>
    <message>
        <source>Start the workshop ({keys})</source>
        <translation>Démarrer l’atelier ({keys})</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Séquence préc.</translation>
    </message>
    <message>
        <source>Previous agenda item ({keys})</source>
        <translation>Séquence précédente du programme ({keys})</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Séquence suiv.</translation>
    </message>
    <message>
        <source>Next agenda item ({keys})</source>
        <translation>Séquence suivante du programme ({keys})</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the projector ({keys})</source>
        <translation>Ouvrir ou fermer la fenêtre de projection ({keys})</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Pause screen on the projector ({keys})</source>
        <translation>Écran de pause sur le vidéoprojecteur ({keys})</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Show the results on the projector ({keys})</source>
        <translation>Projeter les résultats ({keys})</translation>
    </message>
    <message>
        <source>Names on cards</source>
        <translation>Noms sur les cartes</translation>
    </message>
    <message>
        <source>Show who wrote each card on the projector</source>
        <translation>Projeter le nom de l’auteur de chaque carte</translation>
    </message>
    <message>
        <source>Projector text size</source>
        <translation>Taille du texte projeté</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Beep when time is nearly up and when it runs out</source>
        <translation>Bip quand le temps est presque écoulé et quand il est écoulé</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Projection&#xa0;:</translation>
    </message>
    <message>
        <source>Run again</source>
        <extracomment>The projector&apos;s look: at the end of the bar while the window is wide enough for it, else on a row of its own below (a longer language never cuts a label).</extracomment>
        <translation>Animer de nouveau</translation>
    </message>
    <message>
        <source>This workshop has ended. Run it again?</source>
        <translation>Cet atelier est terminé. L’animer de nouveau&#x202f;?</translation>
    </message>
    <message>
        <source>Run it again</source>
        <translation>L’animer de nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Its start time is kept; its end time is cleared until you end it again.</source>
        <translation>Son heure de début est conservée&#x202f;; son heure de fin est effacée jusqu’à ce que vous le terminiez de nouveau.</translation>
    </message>
    <message>
        <source>End workshop</source>
        <translation>Terminer l’atelier</translation>
    </message>
    <message>
        <source>End the workshop?</source>
        <translation>Terminer l’atelier&#x202f;?</translation>
    </message>
    <message>
        <source>End and open Wrap-up</source>
        <translation>Terminer et ouvrir la clôture</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Continuer l’animation</translation>
    </message>
    <message>
        <source>The timer stops and the time is recorded. Print the participants&apos; action plans on Wrap-up.</source>
        <translation>Le minuteur s’arrête et le temps est enregistré. Imprimez les plans d’action des participants sur la page Clôture.</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Fermer l’application</translation>
    </message>
    <message>
        <source>The workshop is still running. Close the app anyway?</source>
        <translation>L’atelier est toujours en cours. Fermer quand même l’application&#x202f;?</translation>
    </message>
    <message>
        <source>The timer keeps running and the Run page carries on where you left off when you open the app again. To finish, press End workshop on the Run page, then print the plans on Wrap-up.</source>
        <translation>Le minuteur continue de tourner et la page Animation reprendra là où vous en étiez à la prochaine ouverture de l’application. Pour finir, cliquez sur Terminer l’atelier sur la page Animation, puis imprimez les plans sur la page Clôture.</translation>
    </message>
    <message>
        <source>End the workshop ({keys})</source>
        <translation>Terminer l’atelier ({keys})</translation>
    </message>
</context>
<context>
    <name>RunShortcuts</name>
    <message>
        <source>Start or pause the timer</source>
        <extracomment>(action name, keys, description). Descriptions are translated where shown.</extracomment>
        <translation>Démarrer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Séquence suivante</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Séquence précédente</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>Cinq minutes de plus</translation>
    </message>
    <message>
        <source>Restart the step timer</source>
        <translation>Relancer le minuteur de l’étape</translation>
    </message>
    <message>
        <source>Blank the projector</source>
        <translation>Masquer la projection</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <source>Projector on or off</source>
        <translation>Ouvrir ou fermer la projection</translation>
    </message>
    <message>
        <source>End the workshop (asks first)</source>
        <translation>Terminer l’atelier (avec confirmation)</translation>
    </message>
    <message>
        <source>Leave a text field</source>
        <translation>Quitter un champ de texte</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>A widget with this property set to True lets the console&apos;s keys through (the agenda list).</extracomment>
        <translation>Espace</translation>
    </message>
</context>
<context>
    <name>Schemas</name>
    <message>
        <source>must be a whole number</source>
        <extracomment>Point at the key (an unknown field) rather than at the value.</extracomment>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be a set of fields (name: value)</source>
        <translation>doit être un ensemble de champs (nom: valeur)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a slug: lowercase letters and digits joined by single hyphens, such as team-charter</source>
        <translation>doit être un identifiant&#xa0;: lettres minuscules et chiffres reliés par des traits d’union simples, par exemple charte-equipe</translation>
    </message>
    <message>
        <source>must be a version such as 1.0.0 (letters, digits, &apos;.&apos;, &apos;+&apos; and &apos;-&apos; only)</source>
        <translation>doit être une version comme 1.0.0 (uniquement lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;+&#xa0;» et «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <source>must be a language code such as en or de-CH</source>
        <translation>doit être un code de langue comme fr ou fr-CH</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <extracomment>Limits: keyword -&gt; message, or (message when the limit is 1, message otherwise); {n} is the limit, {size} the length of the text or list.</extracomment>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>must be at least {n}</source>
        <translation>doit valoir au moins {n}</translation>
    </message>
    <message>
        <source>must be at most {n}</source>
        <translation>doit valoir au plus {n}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at least {n} characters long</source>
        <translation>doit comporter au moins {n} caractères</translation>
    </message>
    <message>
        <source>is too long: {size} characters, at most {n}</source>
        <translation>est trop long&#xa0;: {size} caractères, {n} au plus</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>doit contenir au moins un élément</translation>
    </message>
    <message>
        <source>must list at least {n} items</source>
        <translation>doit contenir au moins {n} éléments</translation>
    </message>
    <message>
        <source>lists too many items: {size}, at most {n}</source>
        <translation>contient trop d’éléments&#xa0;: {size}, {n} au plus</translation>
    </message>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <translation> (vouliez-vous dire «&#xa0;{name}&#xa0;»&#x202f;?)</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>n’a pas le bon type</translation>
    </message>
    <message>
        <source> (it is empty)</source>
        <translation> (il est vide)</translation>
    </message>
    <message>
        <source> (put the value in quotes)</source>
        <translation> (mettez la valeur entre guillemets)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>is required for a {type} capture</source>
        <translation>est obligatoire pour une saisie de type {type}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>does not have the expected form</source>
        <translation>n’a pas la forme attendue</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie de&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>doit valoir {value}</translation>
    </message>
    <message>
        <source>lists &apos;{value}&apos; more than once</source>
        <translation>contient «&#xa0;{value}&#xa0;» plusieurs fois</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Accepted with another choice than the saved one: the interface language chosen (&quot;&quot; for the system&apos;s). OK on an untouched dialog changes nothing (not even a language that ``--lang`` chose for this session).</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Celle du système ({language})</translation>
    </message>
    <message>
        <source>The window and the command line use the interface language. Printed plans, reports, run sheets, handouts and the projector use each workshop&apos;s own language, chosen on its Plan page.</source>
        <translation>La fenêtre et la ligne de commande utilisent la langue de l’interface. Les plans imprimés, les rapports, les déroulés, les supports à distribuer et la projection utilisent la langue propre à chaque atelier, choisie sur sa page Préparation.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <source>Side</source>
        <extracomment>A side was picked from the open list.</extracomment>
        <translation>Pôle</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Previous step (Left)</source>
        <extracomment>Countdown colours by level (text, background), readable in light and dark palettes.</extracomment>
        <translation>Étape précédente (Gauche)</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Étape suivante (Droite)</translation>
    </message>
    <message>
        <source>Step time left</source>
        <translation>Temps restant pour l’étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or pause the timer ({keys})</source>
        <translation>Démarrer ou mettre en pause le minuteur ({keys})</translation>
    </message>
    <message>
        <source>Restart the step&apos;s timer ({keys})</source>
        <translation>Relancer le minuteur de l’étape ({keys})</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute ({keys})</source>
        <translation>Une minute de plus ({keys})</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Five more minutes ({keys})</source>
        <translation>Cinq minutes de plus ({keys})</translation>
    </message>
    <message>
        <source>Prompt (on the projector)</source>
        <translation>Consigne (projetée)</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes d’animation</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Only for you: never shown on the projector</source>
        <translation>Pour vous seulement&#xa0;: jamais projeté</translation>
    </message>
    <message>
        <source>Debrief ({minutes} min)</source>
        <translation>Débriefing ({minutes} min)</translation>
    </message>
    <message>
        <source>This workshop has no agenda yet</source>
        <translation>Cet atelier n’a pas encore de programme</translation>
    </message>
    <message>
        <source>Add items on the Plan page, then come back to run it.</source>
        <translation>Ajoutez des séquences sur la page Préparation, puis revenez pour l’animer.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Séquence libre</translation>
    </message>
    <message>
        <source>Item {n} of {total} · {kind} · {minutes} min planned</source>
        <translation>Séquence {n} sur {total} · {kind} · {minutes} min prévues</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title} ({minutes} min)</source>
        <translation>Étape {n} sur {total}&#xa0;: {title} ({minutes} min)</translation>
    </message>
    <message>
        <source>{title} ({minutes} min)</source>
        <translation>{title} ({minutes} min)</translation>
    </message>
    <message>
        <source>A break</source>
        <translation>Une pause</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>Une séquence libre</translation>
    </message>
    <message>
        <source>*{what}: no steps. The projector shows its title and the countdown.*</source>
        <translation>*{what}&#xa0;: pas d’étapes. La projection affiche son titre et le compte à rebours.*</translation>
    </message>
    <message>
        <source>*No facilitator notes for this item.*</source>
        <translation>*Pas de notes d’animation pour cette séquence.*</translation>
    </message>
    <message>
        <source>*No debrief questions.*</source>
        <translation>*Pas de questions de débriefing.*</translation>
    </message>
    <message>
        <source>Time is nearly up</source>
        <translation>Le temps est presque écoulé</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <source>Item: {spent} of {planned}</source>
        <translation>Séquence&#xa0;: {spent} sur {planned}</translation>
    </message>
    <message>
        <source>Workshop: on time</source>
        <translation>Atelier&#xa0;: dans les temps</translation>
    </message>
    <message numerus="yes">
        <source>Workshop: %n min over plan</source>
        <translation>
            <numerusform>Atelier&#xa0;: %n min de retard</numerusform>
            <numerusform>Atelier&#xa0;: %n min de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop: %n min under plan</source>
        <translation>
            <numerusform>Atelier&#xa0;: %n min d’avance</numerusform>
            <numerusform>Atelier&#xa0;: %n min d’avance</numerusform>
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
        <translation>Étapes, dans l’o&amp;rdre</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Add a step (Insert)</source>
        <translation>Ajouter une étape (Inser)</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Retirer l’étape (Suppr)</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Monter l’étape (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Descendre l’étape (Alt+Bas)</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titre de l’étape</translation>
    </message>
    <message>
        <source>For example: Silent writing</source>
        <translation>Par exemple&#xa0;: Écriture silencieuse</translation>
    </message>
    <message>
        <source>Step minutes</source>
        <translation>Durée de l’étape</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Step prompt</source>
        <translation>Consigne de l’étape</translation>
    </message>
    <message>
        <source>What the room sees on the projector during this step</source>
        <translation>Ce que le groupe voit en projection pendant cette étape</translation>
    </message>
    <message>
        <source>Step &amp;title:</source>
        <translation>T&amp;itre de l’étape&#xa0;:</translation>
    </message>
    <message>
        <source>Step &amp;minutes:</source>
        <translation>&amp;Durée de l’étape&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>&amp;Consigne&#xa0;:</translation>
    </message>
    <message>
        <source>Shown to the room on the projector. </source>
        <translation>Projetée pour le groupe. </translation>
    </message>
    <message>
        <source>No steps yet: add one with Add (or the Insert key).</source>
        <translation>Pas encore d’étapes&#xa0;: ajoutez-en une avec Ajouter (ou la touche Inser).</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <source>{n}. {title} · {minutes} min</source>
        <translation>{n}. {title} · {minutes} min</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>The steps and the debrief add up to {total} min; the exercise lasts {minutes} min.</source>
        <translation>Les étapes et le débriefing totalisent {total} min&#x202f;; l’exercice dure {minutes} min.</translation>
    </message>
    <message>
        <source>The steps add up to {total} min; the exercise lasts {minutes} min.</source>
        <translation>Les étapes totalisent {total} min&#x202f;; l’exercice dure {minutes} min.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the lock file {path}: check that the data folder is writable.</source>
        <translation>Impossible de créer le fichier de verrou {path}&#xa0;: vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>processus {pid} sur {host}</translation>
    </message>
    <message>
        <source>The {app} window is open on {folder} ({holder}): close the window first, or restore from its Backups dialog (Workshops page).</source>
        <translation>La fenêtre de {app} est ouverte sur {folder} ({holder})&#xa0;: fermez d’abord la fenêtre, ou restaurez depuis sa boîte de dialogue Sauvegardes (page Ateliers).</translation>
    </message>
    <message>
        <source>The workshop database {path} cannot be used ({problem}), and the {app} window is open on it ({holder}): close the window and start again to recover it.</source>
        <translation>La base de données des ateliers {path} est inutilisable ({problem}) et la fenêtre de {app} est ouverte dessus ({holder})&#xa0;: fermez la fenêtre et relancez l’application pour la récupérer.</translation>
    </message>
    <message>
        <source>{status} is not an action status (one of: {known}).</source>
        <translation>{status} n’est pas un état d’action (valeurs possibles&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>There is no database to back up at {path}.</source>
        <extracomment>Leftovers of a backup that was interrupted are removed after this long. A backup dated later than now by more than this is &quot;in the future&quot; (clocks drift a little). The table inside a backup that says when it was taken and why. Dated after now: listed last, never the newest (its time cannot be trusted).</extracomment>
        <translation>Il n’y a aucune base de données à sauvegarder dans {path}.</translation>
    </message>
    <message>
        <source>Could not write a backup of {db} into {folder}: {reason}</source>
        <translation>Impossible d’écrire une sauvegarde de {db} dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not a backup of this app</source>
        <translation>pas une sauvegarde de cette application</translation>
    </message>
    <message>
        <source>{path} is the database in use, not a backup: choose a file from the backups folder (see: backups list).</source>
        <translation>{path} est la base de données en cours d’utilisation, pas une sauvegarde&#xa0;: choisissez un fichier du dossier des sauvegardes (voir&#xa0;: backups list).</translation>
    </message>
    <message>
        <source>Cannot read the backup {path}: {reason}</source>
        <translation>Impossible de lire la sauvegarde {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a workshop database backup.</source>
        <translation>{path} n’est pas une sauvegarde de la base de données des ateliers.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this app.</source>
        <translation>{path} n’est pas une sauvegarde de cette application.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}).</source>
        <translation>La sauvegarde {path} est endommagée ({problem}).</translation>
    </message>
    <message>
        <source>Could not move {path} aside into {folder}: {reason}</source>
        <translation>Impossible de mettre {path} de côté dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not restore {backup}: {reason}. The previous database is in {moved}.</source>
        <translation>Impossible de restaurer {backup}&#xa0;: {reason}. La base de données précédente se trouve dans {moved}.</translation>
    </message>
    <message>
        <source>There is no workshop with id {id}.</source>
        <extracomment>&quot;There is no ... with id ...&quot; for each table.</extracomment>
        <translation>Il n’y a pas d’atelier avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no participant with id {id} in this workshop.</source>
        <translation>Il n’y a pas de participant avec l’identifiant {id} dans cet atelier.</translation>
    </message>
    <message>
        <source>There is no agenda item with id {id} in this workshop.</source>
        <translation>Il n’y a pas de séquence avec l’identifiant {id} dans cet atelier.</translation>
    </message>
    <message>
        <source>There is no note with id {id}.</source>
        <translation>Il n’y a pas de note avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no cluster with id {id} in this workshop.</source>
        <translation>Il n’y a pas de regroupement avec l’identifiant {id} dans cet atelier.</translation>
    </message>
    <message>
        <source>There is no card with id {id} in this workshop.</source>
        <translation>Il n’y a pas de carte avec l’identifiant {id} dans cet atelier.</translation>
    </message>
    <message>
        <source>There is no vote with id {id}.</source>
        <translation>Il n’y a pas de vote avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no rating with id {id}.</source>
        <translation>Il n’y a pas d’évaluation avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no placement with id {id}.</source>
        <translation>Il n’y a pas de placement avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no action with id {id} in this workshop.</source>
        <translation>Il n’y a pas d’action avec l’identifiant {id} dans cet atelier.</translation>
    </message>
    <message>
        <source>There is no check-in with id {id}.</source>
        <translation>Il n’y a pas de point d’étape avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no check-in commitment with id {id}.</source>
        <translation>Il n’y a pas d’engagement de point d’étape avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The new order must list every item of workshop {id} exactly once.</source>
        <extracomment>Reference fields of the model and the table they point into. The plain connection: what start-up reads before the first frame goes through it. Successful write calls since the store was opened (backups compare it). ``write_count`` when the last backup of this store was taken (None: none yet). Held while a backup of this store is written: backups taken on two worker threads at once are written one after the other (never under the same name). Backups read the file on a connection of their own, so ``_lock`` (reads and writes) is never held.</extracomment>
        <translation>Le nouvel ordre doit contenir chaque séquence de l’atelier {id} exactement une fois.</translation>
    </message>
    <message>
        <source>Only other cards of the same workshop can be merged into card {id}.</source>
        <translation>Seules d’autres cartes du même atelier peuvent être fusionnées avec la carte {id}.</translation>
    </message>
    <message>
        <source>A vote count cannot be negative ({count}).</source>
        <translation>Un nombre de votes ne peut pas être négatif ({count}).</translation>
    </message>
    <message>
        <source>A placement needs a card or an action.</source>
        <translation>Un placement doit concerner une carte ou une action.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be saved. Free some space; nothing typed is lost and it will be saved on the next try.</source>
        <extracomment>Offset of PRAGMA user_version in the database header (4 bytes, big-endian). Offset of PRAGMA application_id in the database header (4 bytes, big-endian). PRAGMA application_id of the app&apos;s databases and backups (&quot;WSAP&quot;); 0 in files written before the app stamped them (those are recognised by their tables).</extracomment>
        <translation>Le disque est plein&#xa0;: {path} n’a pas pu être enregistré. Libérez de l’espace&#x202f;; rien de ce qui a été saisi n’est perdu et l’enregistrement se fera à la prochaine tentative.</translation>
    </message>
    <message>
        <source>The data folder is read-only: {path} could not be saved. Make the folder writable; it will be saved on the next try.</source>
        <translation>Le dossier de données est en lecture seule&#xa0;: {path} n’a pas pu être enregistré. Rendez le dossier accessible en écriture&#x202f;; l’enregistrement se fera à la prochaine tentative.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving {path}. Check the disk; it will be saved on the next try.</source>
        <translation>Le disque a signalé une erreur pendant l’enregistrement de {path}. Vérifiez le disque&#x202f;; l’enregistrement se fera à la prochaine tentative.</translation>
    </message>
    <message>
        <source>Another program is using {path}, so it could not be saved. Close the other program; it will be saved on the next try.</source>
        <translation>Un autre programme utilise {path}, qui n’a donc pas pu être enregistré. Fermez l’autre programme&#x202f;; l’enregistrement se fera à la prochaine tentative.</translation>
    </message>
    <message>
        <source>{path} could not be opened for saving. Check the data folder; it will be saved on the next try.</source>
        <translation>{path} n’a pas pu être ouvert pour l’enregistrement. Vérifiez le dossier de données&#x202f;; l’enregistrement se fera à la prochaine tentative.</translation>
    </message>
    <message>
        <source>The workshop database {path} is damaged ({reason}). Close the app and start it again: the damaged file will be moved aside and the newest backup restored.</source>
        <translation>La base de données des ateliers {path} est endommagée ({reason}). Fermez l’application et relancez-la&#xa0;: le fichier endommagé sera mis de côté et la sauvegarde la plus récente restaurée.</translation>
    </message>
    <message>
        <source>{path}: the change was refused because it would make the data inconsistent ({reason}).</source>
        <translation>{path}&#xa0;: la modification a été refusée car elle rendrait les données incohérentes ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be saved: {reason}</source>
        <translation>{path} n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{value} is not a participant id</source>
        <extracomment>The version export writes: 2 carries the check-ins after the workshop (``checkins``, ``reviews``, ``checkin_commitments``); version 1 files (without them) still import. Schema errors looked at, at most (a hostile file is refused in bounded time). Sections of entries with ids, and the fields that refer to them (``many``: a list of ids). Entries that may appear only once per combination of these fields.</extracomment>
        <translation>{value} n’est pas un identifiant de participant</translation>
    </message>
    <message>
        <source>{value} is not an agenda item id</source>
        <translation>{value} n’est pas un identifiant de séquence</translation>
    </message>
    <message>
        <source>{value} is not a cluster id</source>
        <translation>{value} n’est pas un identifiant de regroupement</translation>
    </message>
    <message>
        <source>{value} is not a card id</source>
        <translation>{value} n’est pas un identifiant de carte</translation>
    </message>
    <message>
        <source>{value} is not an action id</source>
        <translation>{value} n’est pas un identifiant d’action</translation>
    </message>
    <message>
        <source>{value} is not a check-in id</source>
        <translation>{value} n’est pas un numéro de point d’étape</translation>
    </message>
    <message>
        <source>{value} is not a check-in commitment id</source>
        <translation>{value} n’est pas un identifiant d’engagement de point d’étape</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>{value!r} is not a date written YYYY-MM-DD</source>
        <extracomment>Fields of a CheckIn kept in a table of their own.</extracomment>
        <translation>{value!r} n’est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{value!r} is not a time written HH:MM</source>
        <translation>{value!r} n’est pas une heure au format HH:MM</translation>
    </message>
    <message>
        <source>A review is of an action or of a commitment made at a check-in: one of them, not both.</source>
        <translation>Une revue porte sur une action ou sur un engagement pris lors d’un point d’étape&#xa0;: l’un des deux, pas les deux.</translation>
    </message>
    <message>
        <source>A review is of an action or of a commitment made at a check-in: name one of them.</source>
        <translation>Une revue porte sur une action ou sur un engagement pris lors d’un point d’étape&#xa0;: indiquez l’un des deux.</translation>
    </message>
    <message>
        <source>The commitment {text!r} was made at this check-in or a later one: a later check-in reviews it.</source>
        <translation>L’engagement {text!r} a été pris lors de ce point d’étape ou d’un point ultérieur&#xa0;: c’est un point d’étape ultérieur qui en fait la revue.</translation>
    </message>
    <message>
        <source>{status} is not a review status (one of: {known}).</source>
        <translation>{status} n’est pas un état de revue (valeurs possibles&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>doit être un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be a whole number or a text</source>
        <translation>doit être un nombre entier ou un texte</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} n’est pas une date existante</translation>
    </message>
    <message>
        <source>repeats {other}</source>
        <translation>répète {other}</translation>
    </message>
    <message>
        <source>{value} is used twice</source>
        <translation>{value} est utilisé deux fois</translation>
    </message>
    <message>
        <source>needs a card_id or an action_id</source>
        <translation>nécessite un card_id ou un action_id</translation>
    </message>
    <message>
        <source>needs an action_id or a commitment_id</source>
        <translation>nécessite un action_id ou un commitment_id</translation>
    </message>
    <message>
        <source>names both an action_id and a commitment_id (a review is of one of them)</source>
        <translation>indique à la fois un action_id et un commitment_id (une revue ne porte que sur l’un des deux)</translation>
    </message>
    <message>
        <source>{value} was made at this check-in (a later check-in reviews it)</source>
        <translation>{value} a été pris lors de ce point d’étape (c’est un point d’étape ultérieur qui en fera la revue)</translation>
    </message>
    <message>
        <source>{value} is outside the rating scale of {item} ({low} to {high})</source>
        <translation>{value} est hors de l’échelle d’évaluation de {item} ({low} à {high})</translation>
    </message>
    <message>
        <source>{value} is outside the widest rating scale ({low} to {high})</source>
        <translation>{value} est hors de l’échelle d’évaluation la plus large ({low} à {high})</translation>
    </message>
    <message>
        <source>(top level)</source>
        <extracomment>A further check of a file&apos;s content (such as the exercise snapshots, checked with the pack schema by the services layer): the problems it finds, as ``path: problem`` lines.
----------
A JSON string (quotes and escapes included), or an escape outside one (only in broken JSON: matching it keeps a string left open from being tried again at every escaped quote).</extracomment>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be {expected!r} (this is not a workshop file)</source>
        <translation>doit valoir {expected!r} (ce n’est pas un fichier d’atelier)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>{version} is from a newer version of {app}; this version reads workshop files up to version {ours}</source>
        <translation>{version} provient d’une version plus récente de {app}&#x202f;; cette version lit les fichiers d’atelier jusqu’à la version {ours}</translation>
    </message>
    <message>
        <source>it cannot be read: {reason}</source>
        <translation>il est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>ce n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>it is another program&apos;s database</source>
        <translation>c’est la base de données d’un autre programme</translation>
    </message>
    <message>
        <source>{path} is in use by another program (is {app} already open?).</source>
        <translation>{path} est utilisé par un autre programme ({app} est-il déjà ouvert&#x202f;?).</translation>
    </message>
    <message>
        <source>The workshop database could not be used ({problem}). It was moved to {moved}; nothing was deleted.</source>
        <translation>La base de données des ateliers était inutilisable ({problem}). Elle a été déplacée dans {moved}&#x202f;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The backup from {time} was restored: changes made after {time} are missing from it.</source>
        <translation>La sauvegarde du {time} a été restaurée&#xa0;: les modifications faites après le {time} n’y figurent pas.</translation>
    </message>
    <message>
        <source>No usable backup was found in {folder}, so an empty database was started; the earlier workshops are only in the moved file.</source>
        <translation>Aucune sauvegarde utilisable n’a été trouvée dans {folder}&#x202f;; une base de données vide a donc été créée. Les ateliers précédents ne se trouvent que dans le fichier déplacé.</translation>
    </message>
    <message>
        <source>it is empty (0 bytes) while backups exist</source>
        <translation>il est vide (0 octet) alors que des sauvegardes existent</translation>
    </message>
    <message>
        <source>The workshop database {path} is damaged ({problem}) and could not be recovered: {reason}</source>
        <translation>La base de données des ateliers {path} est endommagée ({problem}) et n’a pas pu être récupérée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of {app} (database version {found}; this version understands up to {ours}). It was left untouched: install the newer version to open it, or start this version with another data folder.</source>
        <extracomment>The migration set&apos;s name in sqlite-utils&apos; table of applied migrations. sqlite-utils&apos; table of applied migrations (``Migrations.migrations_table``). Child columns that point at a parent: each gets an index (fast cascades and lookups).</extracomment>
        <translation>{path} a été écrit par une version plus récente de {app} (version de base de données {found}&#x202f;; cette version gère jusqu’à {ours}). Il n’a pas été modifié&#xa0;: installez la version plus récente pour l’ouvrir, ou lancez cette version avec un autre dossier de données.</translation>
    </message>
    <message>
        <source>Cannot open the workshop database {path}: {reason}</source>
        <extracomment>Where a database an older version wrote is backed up before its schema is updated (None: not backed up, as for a backup being checked or a test&apos;s scratch file). When the files were last changed before this store opened them (for maybe_backup).</extracomment>
        <translation>Impossible d’ouvrir la base de données des ateliers {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{table} row {rowid} refers to a missing {parent} row</source>
        <translation>la ligne {rowid} de {table} fait référence à une ligne {parent} manquante</translation>
    </message>
    <message>
        <source>{file} is not a usable workshop file: {problem}</source>
        <extracomment>Deepest nesting of lists and objects (a workshop file needs 6: agenda, item, exercise, capture, axis). File sections in file order, and the model class of their entries. The follow-through sections (version 2) and their model class and ``FollowThrough`` field. Problems a refusal lists (the rest are counted).</extracomment>
        <translation>{file} n’est pas un fichier d’atelier utilisable&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file} is not a usable workshop file: {problem} (and {more} more problems)</source>
        <translation>{file} n’est pas un fichier d’atelier utilisable&#xa0;: {problem} (et {more} autres problèmes)</translation>
    </message>
    <message>
        <source>... and {n} more problems</source>
        <translation>… et {n} autres problèmes</translation>
    </message>
    <message>
        <source>the file has {size:.1f} MB; a workshop file may have at most {max:g} MB</source>
        <translation>le fichier fait {size:.1f} Mo&#x202f;; un fichier d’atelier peut faire au plus {max:g} Mo</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {pos})</source>
        <translation>pas du texte UTF-8 (octet {pos})</translation>
    </message>
    <message>
        <source>{path}: lists and objects are nested more than {max} levels deep</source>
        <translation>{path}&#xa0;: listes et objets imbriqués sur plus de {max} niveaux</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {col}: {reason}</source>
        <translation>JSON non valide à la ligne {line}, colonne {col}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} n’est pas autorisé</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Impossible d’écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>its content is nested too deeply</source>
        <translation>son contenu est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} ne peut pas être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>That row is back already.</source>
        <translation>Cette ligne est déjà rétablie.</translation>
    </message>
    <message>
        <source>The new agenda lists the same item twice.</source>
        <translation>Le nouveau programme contient deux fois la même séquence.</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <source>Develop dual competencies</source>
        <translation>Développer une double compétence</translation>
    </message>
    <message>
        <source>Cross-train, rotate jobs and mix strategic with operational skills.</source>
        <translation>Former aux deux métiers, faire tourner les postes, allier compétences stratégiques et opérationnelles.</translation>
    </message>
    <message>
        <source>Foster open communication</source>
        <translation>Favoriser une communication ouverte</translation>
    </message>
    <message>
        <source>Meet regularly, share problems and progress openly, give feedback both ways.</source>
        <translation>Se réunir régulièrement, partager ouvertement problèmes et avancées, se faire des retours dans les deux sens.</translation>
    </message>
    <message>
        <source>Embrace shared decision-making</source>
        <translation>Décider ensemble</translation>
    </message>
    <message>
        <source>Decide in cross-functional teams that weigh vision and logistics with data.</source>
        <translation>Décider en équipes transverses qui pèsent vision et logistique à l’aide des données.</translation>
    </message>
    <message>
        <source>Align goals across levels</source>
        <translation>Aligner les objectifs à tous les niveaux</translation>
    </message>
    <message>
        <source>Cascade goals from mission to team to person; measure innovation and efficiency.</source>
        <translation>Décliner les objectifs de la mission à l’équipe puis à chacun&#x202f;; mesurer l’innovation comme l’efficacité.</translation>
    </message>
    <message>
        <source>Promote a culture of mutual respect</source>
        <translation>Cultiver le respect mutuel</translation>
    </message>
    <message>
        <source>Value both roles equally and leave &apos;us versus them&apos; behind.</source>
        <translation>Valoriser les deux rôles à égalité et dépasser le «&#xa0;eux contre nous&#xa0;».</translation>
    </message>
    <message>
        <source>Leverage technology and tools</source>
        <translation>Tirer parti des outils et de la technologie</translation>
    </message>
    <message>
        <source>Use shared tools that tie goals to tasks and compare plans with results.</source>
        <translation>Utiliser des outils partagés qui relient objectifs et tâches, et comparer prévisions et résultats.</translation>
    </message>
</context>
<context>
    <name>SystemPrograms</name>
    <message>
        <source>{program} did not finish within {seconds} seconds.</source>
        <extracomment>The library search paths PyInstaller&apos;s bootloader changes, saving the value before as NAME_ORIG. Set by the PySide6 run-time hook to the bundle&apos;s copies: never meant for another program.</extracomment>
        <translation>{program} n’a pas terminé en {seconds}&#xa0;secondes.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: this computer has no xdg-open (the package xdg-utils has it). Open it from your file manager.</source>
        <translation>Impossible d’ouvrir {path}&#xa0;: xdg-open n’est pas installé sur cet ordinateur (il fait partie du paquet xdg-utils). Ouvrez-le depuis votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>{program} did not start: {reason}</source>
        <translation>{program} n’a pas pu démarrer&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Save pack</source>
        <translation>Enregistrer le pack</translation>
    </message>
    <message>
        <source>You changed “{title}”. Give the new version a new number, so that people who have the pack can tell the versions apart.</source>
        <translation>Vous avez modifié «&#xa0;{title}&#xa0;». Donnez un nouveau numéro à cette version pour que les personnes qui ont le pack puissent distinguer les versions.</translation>
    </message>
    <message>
        <source>Keep version {v}</source>
        <translation>Garder la version {v}</translation>
    </message>
    <message>
        <source>{v}: small fixes (wording, timings)</source>
        <translation>{v}&#xa0;: petites corrections (formulation, durées)</translation>
    </message>
    <message>
        <source>{v}: new or changed exercises</source>
        <translation>{v}&#xa0;: exercices nouveaux ou modifiés</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>Counted
dots</source>
        <translation>Gommettes
comptées</translation>
    </message>
    <message>
        <source>Counted dots</source>
        <translation>Gommettes comptées</translation>
    </message>
</context>
<context>
    <name>VotesCapture</name>
    <message>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <source>Add an option and press Enter</source>
        <translation>Ajoutez une option et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Copy the cards of</source>
        <translation>Copier les cartes de</translation>
    </message>
    <message>
        <source>Copy cards</source>
        <translation>Copier les cartes</translation>
    </message>
    <message>
        <source>Use the cards of an earlier item as the options</source>
        <translation>Reprendre comme options les cartes d’une séquence précédente</translation>
    </message>
    <message>
        <source>Counted totals</source>
        <translation>Totaux comptés</translation>
    </message>
    <message>
        <source>Type the dots you counted on each option</source>
        <translation>Saisissez les gommettes comptées sur chaque option</translation>
    </message>
    <message>
        <source>Enter:</source>
        <translation>Saisir&#xa0;:</translation>
    </message>
    <message>
        <source>After the count, tick the options the room takes forward (Space on an option): only those print on the plans.</source>
        <translation>Après le décompte, cochez les options que le groupe retient (Espace sur une option)&#xa0;: seules celles-ci sont imprimées sur les plans.</translation>
    </message>
    <message>
        <source>Dots per option</source>
        <translation>Gommettes par option</translation>
    </message>
    <message>
        <source>Per person ({n} each)</source>
        <translation>Par personne ({n} chacun)</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Par personne</translation>
    </message>
    <message>
        <source>Type each participant&apos;s dots</source>
        <translation>Saisissez les gommettes de chaque participant</translation>
    </message>
    <message>
        <source>Mark chosen</source>
        <translation>Marquer comme retenue</translation>
    </message>
    <message>
        <source>Unmark chosen</source>
        <translation>Ne plus marquer comme retenue</translation>
    </message>
</context>
<context>
    <name>WifiButton</name>
    <message>
        <source>Wi-Fi for phones…</source>
        <extracomment>The network was set or forgotten (the projector shows it again).</extracomment>
        <translation>Wi-Fi pour les téléphones…</translation>
    </message>
    <message>
        <source>Show a QR code on the projector that joins phones to your hotspot</source>
        <translation>Afficher sur le vidéoprojecteur un code QR qui connecte les téléphones à votre point d&apos;accès</translation>
    </message>
</context>
<context>
    <name>WifiDialog</name>
    <message>
        <source>Wi-Fi for phones</source>
        <extracomment>The longest network name Wi-Fi allows (bytes of UTF-8). The dialog&apos;s result when the facilitator takes the Wi-Fi code down.</extracomment>
        <translation>Wi-Fi pour les téléphones</translation>
    </message>
    <message>
        <source>The projector shows a QR code for this network beside the room&apos;s code. Kept only while the room is open: never saved.</source>
        <translation>Le vidéoprojecteur affiche un code QR pour ce réseau à côté du code de la salle. Conservé seulement tant que la salle est ouverte&#xa0;: jamais enregistré.</translation>
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
        <translation>Aucune (réseau ouvert)</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>Nom du &amp;réseau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Afficher sur le vidéoprojecteur</translation>
    </message>
    <message>
        <source>&amp;Remove the Wi-Fi code</source>
        <translation>Re&amp;tirer le code Wi-Fi</translation>
    </message>
    <message>
        <source>Type the network&apos;s name.</source>
        <translation>Saisissez le nom du réseau.</translation>
    </message>
    <message>
        <source>A network name has at most {max} bytes; this one has {n}.</source>
        <translation>Un nom de réseau compte au plus {max} octets&#x202f;; celui-ci en compte {n}.</translation>
    </message>
    <message>
        <source>A WPA password has 8 to 63 characters.</source>
        <translation>Un mot de passe WPA compte de 8 à 63 caractères.</translation>
    </message>
    <message>
        <source>A WEP password has 5 or 13 characters (or 10 or 26 hexadecimal digits).</source>
        <translation>Un mot de passe WEP compte 5 ou 13 caractères (ou 10 ou 26 chiffres hexadécimaux).</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>WorkshopTallyModel</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>{done} of {total} ({share}%)</source>
        <translation>{done} sur {total} ({share}&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Welcome to Workshop app</source>
        <extracomment>Rows loaded before the first frame (more than a tall window shows). The backup taken before a delete, while it is being written (the delete waits for it).</extracomment>
        <translation>Bienvenue dans Workshop app</translation>
    </message>
    <message>
        <source>Plan a workshop on bridging leadership and operations, run it in the room with timers, cards, votes and action items, and finish with a printed action plan for every participant.

Everything stays on this computer. No internet needed.</source>
        <translation>Préparez un atelier pour relier direction et opérations, animez-le en salle avec minuteurs, cartes, votes et actions, et terminez par un plan d’action imprimé pour chaque participant.

Tout reste sur cet ordinateur. Aucune connexion Internet nécessaire.</translation>
    </message>
    <message>
        <source>Create your first workshop…</source>
        <translation>Créer votre premier atelier…</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Ouvrir l’atelier d’exemple</translation>
    </message>
    <message>
        <source>A finished workshop to explore, with its action plans</source>
        <translation>Un atelier terminé à explorer, avec ses plans d’action</translation>
    </message>
    <message>
        <source>Import a workshop file…</source>
        <translation>Importer un fichier d’atelier…</translation>
    </message>
    <message>
        <source>Browse the exercise library</source>
        <translation>Parcourir la bibliothèque d’exercices</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Filter by title, date or organisation</source>
        <translation>Filtrer par titre, date ou organisation</translation>
    </message>
    <message>
        <source>Filter workshops</source>
        <translation>Filtrer les ateliers</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
        <source>See the automatic backups and restore one</source>
        <translation>Voir les sauvegardes automatiques et en restaurer une</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <source>Delete “{title}” with its participants, notes and actions?
A backup is taken first, so it can be restored.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» avec ses participants, ses notes et ses actions&#x202f;?
Une sauvegarde est faite avant, pour pouvoir le restaurer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«&#xa0;{title}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Taking a backup before deleting “{title}”…</source>
        <translation>Sauvegarde avant la suppression de «&#xa0;{title}&#xa0;»…</translation>
    </message>
    <message>
        <source>Import a workshop file</source>
        <translation>Importer un fichier d’atelier</translation>
    </message>
    <message>
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>Fichiers d’atelier (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export workshop</source>
        <translation>Exporter l’atelier</translation>
    </message>
    <message>
        <source>Workshop files (*.json)</source>
        <translation>Fichiers d’atelier (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Plan a &amp;check-in…</source>
        <translation>&amp;Planifier un suivi…</translation>
    </message>
    <message>
        <source>A follow-up session of the selected workshop</source>
        <translation>Une séance de suivi de l&apos;atelier choisi</translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <source>Before printing</source>
        <extracomment>The participants who get a plan (not marked absent), as listed. What to check before printing (wrapup.before_printing), just above the Create button.</extracomment>
        <translation>Avant d’imprimer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Preview of the selected participant&apos;s plan</source>
        <translation>Aperçu du plan du participant sélectionné</translation>
    </message>
    <message>
        <source>What their printed plan will hold</source>
        <translation>Ce que contiendra son plan imprimé</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
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
        <translation>Dossier des fichiers PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Create action plans and report</source>
        <translation>&amp;Créer les plans d’action et le rapport</translation>
    </message>
    <message>
        <source>Also a &amp;sponsor report (no names, no notes)</source>
        <translation>Aussi un rapport pour le comma&amp;nditaire (sans noms ni notes)</translation>
    </message>
    <message>
        <source>It counts each person&apos;s commitments and prints no name, but prints the room&apos;s cards and group actions as typed: check them for names.</source>
        <extracomment>Said where the sponsor report is offered: the room&apos;s own text prints as typed.</extracomment>
        <translation>Il compte les engagements de chacun sans imprimer de nom, mais imprime les cartes et les actions du groupe telles que saisies&#xa0;: vérifiez qu’elles ne contiennent pas de noms.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open &amp;print file</source>
        <translation>Ouvrir le &amp;fichier d’impression</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Workshop su&amp;mmary…</source>
        <translation>&amp;Résumé de l’atelier…</translation>
    </message>
    <message>
        <source>The workshop on one page of Markdown for a wiki or an e-mail: when and where, who, the agenda, the priorities and the commitments with their status</source>
        <translation>L’atelier sur une page en Markdown pour un wiki ou un e-mail&#xa0;: quand et où, qui, le programme, les priorités et les engagements avec leur état</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Wrap-up: {title}</source>
        <translation>Clôture&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{name} (blank lines to fill in by hand)</source>
        <translation>{name} (lignes vierges à remplir à la main)</translation>
    </message>
    <message>
        <source>{name} (1 commitment)</source>
        <translation>{name} (1 engagement)</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n commitments)</source>
        <translation>
            <numerusform>{name} (%n engagement)</numerusform>
            <numerusform>{name} (%n engagements)</numerusform>
        </translation>
    </message>
    <message>
        <source>{people} participants, {actions} actions.</source>
        <translation>{people} participants, {actions} actions.</translation>
    </message>
    <message>
        <source>Marked absent, no plan: {n}.</source>
        <translation>Absents, sans plan&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Everyone is marked absent: mark people present on the Plan page to print their plans.</source>
        <translation>Tout le monde est marqué absent&#xa0;: marquez des personnes présentes sur la page Préparation pour imprimer leurs plans.</translation>
    </message>
    <message>
        <source>Add participants on the Plan page: each one gets a plan.</source>
        <translation>Ajoutez des participants sur la page Préparation&#xa0;: chacun recevra un plan.</translation>
    </message>
    <message>
        <source>Before printing, check 1 thing:</source>
        <translation>Avant d’imprimer, vérifiez 1 point&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Before printing, check %n things:</source>
        <translation>
            <numerusform>Avant d’imprimer, vérifiez %n point&#xa0;:</numerusform>
            <numerusform>Avant d’imprimer, vérifiez %n points&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to print: nothing missing.</source>
        <translation>Prêt à imprimer&#xa0;: rien ne manque.</translation>
    </message>
    <message>
        <source>Save the PDF files in</source>
        <translation>Enregistrer les fichiers PDF dans</translation>
    </message>
    <message>
        <source>Writing the plans…</source>
        <translation>Création des plans…</translation>
    </message>
    <message>
        <source>Stopping after the current plan…</source>
        <translation>Arrêt après le plan en cours…</translation>
    </message>
    <message>
        <source>Stopped: {n} plans were written before you cancelled.</source>
        <translation>Arrêté&#xa0;: {n} plans ont été créés avant l’annulation.</translation>
    </message>
    <message>
        <source>Written: {n} plans and the combined print file in {folder}. The facilitator report is in its own folder, “{report}”.</source>
        <translation>Créés&#xa0;: {n} plans et le fichier d’impression commun dans {folder}. Le rapport d’animation est dans son propre dossier, «&#xa0;{report}&#xa0;».</translation>
    </message>
    <message>
        <source>The sponsor report is beside the plans: {name}.</source>
        <translation>Le rapport pour le commanditaire est à côté des plans&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Action plans written.</source>
        <translation>Plans d’action créés.</translation>
    </message>
    <message>
        <source>Save the workshop summary</source>
        <translation>Enregistrer le résumé de l’atelier</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Écriture du résumé…</translation>
    </message>
    <message>
        <source>Written: the workshop summary is {file}. Paste it into a wiki page or an e-mail; any text editor opens it.</source>
        <translation>C’est fait&#xa0;: le résumé de l’atelier est {file}. Collez-le dans une page de wiki ou un e-mail&#x202f;; tout éditeur de texte l’ouvre.</translation>
    </message>
    <message>
        <source>Workshop summary written.</source>
        <translation>Résumé de l’atelier écrit.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>This computer has no print command: the print file is open in your PDF viewer, print it from there.</source>
        <translation>Cet ordinateur n’a pas de commande d’impression&#xa0;: le fichier d’impression est ouvert dans votre lecteur PDF, imprimez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>Plan a chec&amp;k-in…</source>
        <translation>Planifier un &amp;suivi…</translation>
    </message>
    <message>
        <source>A follow-up session at 30, 60 or 90 days: every commitment reviewed, one at a time</source>
        <translation>Une séance de suivi à 30, 60 ou 90 jours&#xa0;: chaque engagement passé en revue, l&apos;un après l&apos;autre</translation>
    </message>
</context>
<context>
    <name>Wrapup</name>
    <message>
        <source>{title}: {name}</source>
        <translation>{title}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No commitment recorded: the plan has blank lines to fill in by hand.</source>
        <translation>Aucun engagement saisi&#xa0;: le plan comporte des lignes vierges à remplir à la main.</translation>
    </message>
    <message>
        <source>Workshop plans</source>
        <extracomment>the sponsor report, when asked for Where the GUI keeps the paper chosen for every document (plans, report, run sheet).</extracomment>
        <translation>Plans des ateliers</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <extracomment>the PDF&apos;s mark of a commitment done (&quot;&quot; for any other) (label, value) in the card&apos;s order, the empty ones left out (exercise title, [(rank, text, dots)], how many more options the plan leaves out) Results that contradict each other, shown apart under ``labels.apart`` (same shapes) as the plan is headed the words the PDF uses for each commitment, the other owners&apos; names (&quot;&quot; for one owner) each commitment, worded as printed the workshop&apos;s date, as the plan&apos;s title block prints it (exercise title, [(criterion, the participant&apos;s value, the room&apos;s mean)]) as the PDF prints them the workshop&apos;s notes every plan prints when the follow-up session is, as the plan prints it beside ``labels.follow_up_session`` (&quot;&quot; when not set: the plan prints a line to write it on) the check-ins table&apos;s rows as printed: (date, what I will review, with whom) the six ways as printed: (number and title, summary, the participant&apos;s commitments serving it or &quot;&quot;)</extracomment>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>{owners}: {commitment}</source>
        <translation>{owners}&#xa0;: {commitment}</translation>
    </message>
    <message>
        <source>{commitment} has no due date.</source>
        <translation>{commitment} n’a pas d’échéance.</translation>
    </message>
    <message>
        <source>{commitment} has no owner.</source>
        <translation>{commitment} n’a pas de responsable.</translation>
    </message>
    <message>
        <source>{commitment} has no measure.</source>
        <translation>{commitment} n’a pas d’indicateur de réussite.</translation>
    </message>
    <message>
        <source>{name} has no commitment: their plan has blank lines to fill in.</source>
        <translation>{name} n’a aucun engagement&#xa0;: son plan comporte des lignes vierges à remplir.</translation>
    </message>
    <message>
        <source>No follow-up session is set: the plans print a line to write its date (set it on the Plan page, Details).</source>
        <translation>Aucune séance de suivi n’est prévue&#xa0;: les plans impriment une ligne pour en écrire la date (à définir sur la page Préparation, onglet Détails).</translation>
    </message>
    <message>
        <source>“{item}”: the dot vote has no agreed choice: the plans print no priorities from it (mark the chosen options on the Run page).</source>
        <translation>«&#xa0;{item}&#xa0;»&#xa0;: le vote par gommettes n’a pas de choix retenu&#xa0;: les plans n’en impriment aucune priorité (marquez les options retenues sur la page Animation).</translation>
    </message>
    <message>
        <source>“{item}”: no quick win or big bet is marked chosen: the plans print nothing placed on this matrix.</source>
        <translation>«&#xa0;{item}&#xa0;»&#xa0;: aucun gain rapide ni pari ambitieux n’est marqué comme retenu&#xa0;: les plans n’impriment rien de ce qui est placé sur cette matrice.</translation>
    </message>
    <message>
        <source>“{item}”</source>
        <translation>«&#xa0;{item}&#xa0;»</translation>
    </message>
    <message>
        <source>These runs of one exercise chose differently: {items}. The plans print each result apart, not as agreed.</source>
        <translation>Ces séances d’un même exercice ont fait des choix différents&#xa0;: {items}. Les plans impriment chaque résultat séparément, pas comme décidé.</translation>
    </message>
    <message>
        <source>The printer refused {path}: {message}</source>
        <translation>L’imprimante a refusé {path}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Workshop app</source>
        <extracomment>The translators this module installed, removed again when the language changes.</extracomment>
        <translation>Workshop app</translation>
    </message>
    <message>
        <source>{app} is already open on {folder}: its window was brought forward.</source>
        <translation>{app} est déjà ouvert sur {folder}&#xa0;: sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>{app} is already open on {folder} ({holder}), but its window does not answer. Close it (or end that process) and start again, or start with another data folder (--data-dir).</source>
        <translation>{app} est déjà ouvert sur {folder} ({holder}), mais sa fenêtre ne répond pas. Fermez-la (ou arrêtez ce processus) et relancez, ou lancez avec un autre dossier de données (--data-dir).</translation>
    </message>
    <message>
        <source>The app cannot start.</source>
        <translation>L’application ne peut pas démarrer.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Plan and run leadership-and-operations workshops offline, and print each participant&apos;s action plan. With no command, the app&apos;s window opens.</source>
        <extracomment>Modules under workshop_app.commands, in the order --help lists them. What the window needs besides Qt, imported by a GUI launch before PySide6 is: once loaded, PySide6 reads the source of every module imported after it (its ``__feature__`` import hook looks for the word &quot;PySide6&quot;), about 4 ms for the store&apos;s modules.</extracomment>
        <translation>Préparer et animer hors ligne des ateliers direction-opérations, et imprimer le plan d’action de chaque participant. Sans commande, la fenêtre de l’application s’ouvre.</translation>
    </message>
    <message>
        <source>the language of the window and of the messages, one of {languages} (default: ${variable}, else the system&apos;s; printed papers use each workshop&apos;s own language)</source>
        <translation>la langue de la fenêtre et des messages, parmi {languages} (par défaut&#xa0;: ${variable}, sinon celle du système&#x202f;; les documents imprimés utilisent la langue de chaque atelier)</translation>
    </message>
    <message>
        <source>keep all data in DIR (default: the platform&apos;s app data folder, or $WORKSHOP_APP_DATA_DIR)</source>
        <translation>conserver toutes les données dans DIR (par défaut&#xa0;: le dossier de données d’application du système, ou $WORKSHOP_APP_DATA_DIR)</translation>
    </message>
    <message>
        <source>start the window as usual, print startup_ms=N once its first frame (the workshop list) is painted, and restored_ms=N once the last workshop&apos;s page is, then exit</source>
        <translation>ouvrir la fenêtre normalement, afficher startup_ms=N une fois sa première image (la liste des ateliers) dessinée, puis restored_ms=N une fois la page du dernier atelier dessinée, puis quitter</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>(details in {log})</source>
        <translation>(détails dans {log})</translation>
    </message>
    <message>
        <source>back up the workshop database now and print the backup&apos;s path</source>
        <translation>sauvegarder maintenant la base de données des ateliers et afficher le chemin de la sauvegarde</translation>
    </message>
    <message>
        <source>replace the workshop database with a backup (the current one is moved to the damaged/ folder); refused while the app&apos;s window is open on the data folder</source>
        <translation>remplacer la base de données des ateliers par une sauvegarde (l’actuelle est déplacée dans le dossier damaged/)&#x202f;; refusé tant que la fenêtre de l’application est ouverte sur le dossier de données</translation>
    </message>
    <message>
        <source>a backup&apos;s file name or path (default: the newest backup)</source>
        <translation>le nom de fichier ou le chemin d’une sauvegarde (par défaut&#xa0;: la plus récente)</translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation>lister les sauvegardes</translation>
    </message>
    <message>
        <source>list every workshop&apos;s commitments, or export them as CSV or Markdown</source>
        <translation>lister les engagements de tous les ateliers, ou les exporter en CSV ou en Markdown</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>list the commitments of every workshop: workshop, commitment, owners, due date and status (the latest check-in&apos;s, else the commitment&apos;s own)</source>
        <translation>lister les engagements de tous les ateliers&#xa0;: atelier, engagement, responsables, échéance et état (celui du dernier point de suivi, sinon celui de l’engagement)</translation>
    </message>
    <message>
        <source>only the commitments due before today and neither done nor dropped</source>
        <translation>seulement les engagements dont l’échéance est passée et qui ne sont ni faits ni abandonnés</translation>
    </message>
    <message>
        <source>write the commitments of one workshop, or with --all of every workshop, to FILE: CSV for Excel and LibreOffice (.csv) or a Markdown table (.md); with --summary a workshop&apos;s summary (.md)</source>
        <translation>écrire les engagements d’un atelier, ou avec --all de tous les ateliers, dans FILE&#xa0;: en CSV pour Excel et LibreOffice (.csv) ou en tableau Markdown (.md)&#x202f;; avec --summary, le résumé d’un atelier (.md)</translation>
    </message>
    <message>
        <source>every workshop&apos;s commitments</source>
        <translation>les engagements de tous les ateliers</translation>
    </message>
    <message>
        <source>the file to write: .csv or .md</source>
        <translation>le fichier à écrire&#xa0;: .csv ou .md</translation>
    </message>
    <message>
        <source>write the workshop&apos;s summary instead (Markdown, .md): title, date, participants, agenda, priorities, and the commitments with owners, due dates and status</source>
        <translation>écrire plutôt le résumé de l’atelier (Markdown, .md)&#xa0;: titre, date, participants, programme, priorités, et les engagements avec responsables, échéances et état</translation>
    </message>
    <message>
        <source>No overdue commitments.</source>
        <translation>Aucun engagement en retard.</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Pas encore d’engagement.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>name one workshop&apos;s ID or --all, not both</source>
        <translation>indiquez l’ID d’un atelier ou --all, pas les deux</translation>
    </message>
    <message>
        <source>--summary is one workshop&apos;s: name its ID instead of --all</source>
        <translation>--summary porte sur un seul atelier&#xa0;: indiquez son ID au lieu de --all</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>lister les sauvegardes, la plus récente en premier</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>Il n’y a aucune sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>There is no backup {name} (see: backups list).</source>
        <translation>Il n’y a pas de sauvegarde {name} (voir&#xa0;: backups list).</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>{backup} restaurée.</translation>
    </message>
    <message>
        <source>Restored {backup}; the previous database was moved to {moved}.</source>
        <translation>{backup} restaurée&#x202f;; la base de données précédente a été déplacée dans {moved}.</translation>
    </message>
    <message>
        <source>ignored: {name} ({reason})</source>
        <translation>ignoré&#xa0;: {name} ({reason})</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Pas encore de sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>write the sample workshop&apos;s action plans, facilitator and sponsor reports and run sheet (PDF) to see what the app prints</source>
        <translation>écrire les plans d’action, les rapports d’animation et pour le commanditaire et le déroulé (PDF) de l’atelier d’exemple, pour voir ce que l’application imprime</translation>
    </message>
    <message>
        <source>write a workshop&apos;s dates as calendar files (.ics) for Outlook, Google Calendar and Apple Calendar: facilitator.ics with every check-in and the follow-up session, and one file per participant with their due dates, check-in dates and sessions</source>
        <translation>écrire les dates d’un atelier dans des fichiers d’agenda (.ics) pour Outlook, Google Agenda et Apple Calendrier&#xa0;: facilitator.ics avec chaque point de suivi et la séance de suivi, et un fichier par participant avec ses échéances, ses points d’étape et ses séances</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>le dossier où écrire</translation>
    </message>
    <message>
        <source>check that the app can run on this machine</source>
        <translation>vérifier que l’application peut fonctionner sur cette machine</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>afficher du JSON au lieu d’un tableau</translation>
    </message>
    <message>
        <source>list a workshop&apos;s participants or import them from a CSV sign-up sheet</source>
        <translation>lister les participants d’un atelier ou les importer depuis une liste d’inscription CSV</translation>
    </message>
    <message>
        <source>list a workshop&apos;s participants</source>
        <translation>lister les participants d’un atelier</translation>
    </message>
    <message>
        <source>plan a check-in of a workshop (its present participants attend); without --date, the next of the 30, 60 and 90 days after the workshop not planned yet</source>
        <translation>planifier un point d’étape d’un atelier (avec ses participants présents)&#x202f;; sans --date, la prochaine des dates à 30, 60 et 90 jours après l’atelier qui n’est pas encore planifiée</translation>
    </message>
    <message>
        <source>the workshop&apos;s id (see: workshops list)</source>
        <translation>l’identifiant de l’atelier (voir&#xa0;: workshops list)</translation>
    </message>
    <message>
        <source>the check-in&apos;s date</source>
        <translation>la date du point d’étape</translation>
    </message>
    <message>
        <source>the check-in&apos;s start time</source>
        <translation>l’heure de début du point d’étape</translation>
    </message>
    <message>
        <source>the check-in&apos;s title (default: &quot;30-day check-in&quot; and so on for those dates, else none)</source>
        <translation>le titre du point d’étape (par défaut&#xa0;: «&#xa0;Point d’étape à 30 jours&#xa0;» et ainsi de suite pour ces dates, sinon aucun)</translation>
    </message>
    <message>
        <source>print the new check-in as JSON</source>
        <translation>afficher le nouveau point d’étape en JSON</translation>
    </message>
    <message>
        <source>list the check-ins of a workshop</source>
        <translation>lister les points d’étape d’un atelier</translation>
    </message>
    <message>
        <source>list a workshop&apos;s check-ins by date</source>
        <translation>lister les points d’étape d’un atelier par date</translation>
    </message>
    <message>
        <source>Workshop {id} has no date to count 30, 60 and 90 days from: give the check-in&apos;s date with --date.</source>
        <translation>L’atelier {id} n’a pas de date à partir de laquelle compter 30, 60 et 90 jours&#xa0;: indiquez la date du point d’étape avec --date.</translation>
    </message>
    <message>
        <source>The 30, 60 and 90-day check-ins of workshop {id} are planned already: give another date with --date.</source>
        <translation>Les points d’étape à 30, 60 et 90 jours de l’atelier {id} sont déjà planifiés&#xa0;: indiquez une autre date avec --date.</translation>
    </message>
    <message>
        <source>Check-in {id} planned on {date} for workshop {workshop}.</source>
        <translation>Point d’étape {id} planifié le {date} pour l’atelier {workshop}.</translation>
    </message>
    <message>
        <source>No check-ins planned for workshop {id}.</source>
        <translation>Aucun point d’étape planifié pour l’atelier {id}.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revus</translation>
    </message>
    <message>
        <source>New commitments</source>
        <translation>Nouveaux engagements</translation>
    </message>
    <message>
        <source>add the participants of a CSV sign-up sheet (comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252) to a workshop; rows not added are listed as FILE:LINE: reason</source>
        <translation>ajouter à un atelier les participants d’une liste d’inscription CSV (séparée par des virgules, des points-virgules ou des tabulations&#x202f;; UTF-8, UTF-16 ou Windows-1252)&#x202f;; les lignes non ajoutées sont listées sous la forme FICHIER:LIGNE: motif</translation>
    </message>
    <message>
        <source>the sign-up sheet to read</source>
        <translation>la liste d’inscription à lire</translation>
    </message>
    <message>
        <source>print JSON: added, skipped (line and reason) and notes</source>
        <translation>afficher du JSON&#xa0;: ajoutés, ignorés (ligne et motif) et remarques</translation>
    </message>
    <message>
        <source>No participants in workshop {id}.</source>
        <translation>Aucun participant dans l’atelier {id}.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Participants added to workshop {id}: {n}</source>
        <translation>Participants ajoutés à l’atelier {id}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>no participants added from {file}</source>
        <translation>aucun participant ajouté depuis {file}</translation>
    </message>
    <message>
        <source>paper size: a4 or letter (default: letter where the system measures in inches, else a4)</source>
        <translation>format du papier&#xa0;: a4 ou letter (par défaut&#xa0;: letter si le système mesure en pouces, sinon a4)</translation>
    </message>
    <message>
        <source>write each participant&apos;s action plan (PDF) and one print file with all of them</source>
        <translation>écrire le plan d’action de chaque participant (PDF) et un fichier d’impression qui les réunit tous</translation>
    </message>
    <message>
        <source>blank plans to hand out before the commitments exercise: each present participant&apos;s name and the workshop, empty commitment cards to write on by hand</source>
        <translation>plans vierges à distribuer avant l’exercice des engagements&#xa0;: le nom de chaque participant présent et l’atelier, avec des cartes d’engagement vierges à remplir à la main</translation>
    </message>
    <message>
        <source>write the facilitator report (PDF), or with --sponsor the sponsor&apos;s</source>
        <translation>écrire le rapport d’animation (PDF) ou, avec --sponsor, celui pour le commanditaire</translation>
    </message>
    <message>
        <source>the workshop&apos;s id</source>
        <translation>l’identifiant de l’atelier</translation>
    </message>
    <message>
        <source>the file to write, or a folder to write facilitator-report.pdf (with --sponsor: report-sponsor.pdf) into</source>
        <translation>le fichier à écrire, ou un dossier où écrire facilitator-report.pdf (avec --sponsor&#xa0;: report-sponsor.pdf)</translation>
    </message>
    <message>
        <source>the sponsor report: the same results without participants&apos; names, notes or anyone&apos;s own commitments (counted instead); cards and the group&apos;s actions print as typed</source>
        <translation>le rapport pour le commanditaire&#xa0;: les mêmes résultats sans les noms des participants, les notes ni les engagements personnels (ils sont comptés)&#x202f;; les cartes et les actions du groupe sont imprimées telles que saisies</translation>
    </message>
    <message>
        <source>write the facilitator&apos;s run sheet for planning (PDF)</source>
        <translation>écrire le déroulé d’animation pour la préparation (PDF)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>write the handouts of the agenda&apos;s exercises (cards, slips, role cards, sheets, signs, posters) for the participants present, to DIR/handouts.pdf (PDF)</source>
        <translation>écrire les supports des exercices du programme (cartes, coupons, cartes de rôle, feuilles, panneaux, affiches) pour les participants présents, dans DIR/handouts.pdf (PDF)</translation>
    </message>
    <message>
        <source>write the progress papers after the check-ins (PDF): each participant&apos;s own progress, the facilitator&apos;s progress report (private notes) and the sponsor&apos;s (initials, no notes)</source>
        <translation>écrire les documents d’avancement après les points d’étape (PDF)&#xa0;: l’avancement de chaque participant, le rapport d’avancement de l’animation (notes privées) et celui du commanditaire (initiales, aucune note)</translation>
    </message>
    <message>
        <source>list, export, import or delete workshops</source>
        <translation>lister, exporter, importer ou supprimer des ateliers</translation>
    </message>
    <message>
        <source>list the workshops</source>
        <translation>lister les ateliers</translation>
    </message>
    <message>
        <source>write one workshop to a workshop file (JSON)</source>
        <translation>écrire un atelier dans un fichier d’atelier (JSON)</translation>
    </message>
    <message>
        <source>create a new workshop from a workshop file</source>
        <translation>créer un nouvel atelier à partir d’un fichier d’atelier</translation>
    </message>
    <message>
        <source>the workshop file to read</source>
        <translation>le fichier d’atelier à lire</translation>
    </message>
    <message>
        <source>delete a workshop and everything in it</source>
        <translation>supprimer un atelier et tout son contenu</translation>
    </message>
    <message>
        <source>No workshops yet.</source>
        <translation>Pas encore d’atelier.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Deleted workshop {id}: {title}</source>
        <translation>Atelier {id} supprimé&#xa0;: {title}</translation>
    </message>
    <message>
        <source>serve a workshop&apos;s room on the local network (phones join with its code); prints {&quot;url&quot;, &quot;code&quot;, &quot;port&quot;} as one JSON line once listening, stops on Ctrl+C or SIGTERM</source>
        <translation>ouvrir la salle d’un atelier sur le réseau local (les téléphones la rejoignent avec son code)&#x202f;; affiche {&quot;url&quot;, &quot;code&quot;, &quot;port&quot;} sur une ligne JSON dès l’écoute, s’arrête avec Ctrl+C ou SIGTERM</translation>
    </message>
    <message>
        <source>the address to listen on (default: this machine&apos;s address on the local network, else 127.0.0.1)</source>
        <translation>l’adresse d’écoute (par défaut&#xa0;: l’adresse de cette machine sur le réseau local, sinon 127.0.0.1)</translation>
    </message>
    <message>
        <source>the port to listen on (default: any free port)</source>
        <translation>le port d’écoute (par défaut&#xa0;: un port libre quelconque)</translation>
    </message>
    <message>
        <source>store every card without its author (votes, ratings and commitments need a name)</source>
        <translation>enregistrer chaque carte sans son auteur (votes, évaluations et engagements exigent un nom)</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>data folder: {path}</source>
        <translation>dossier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Qt did not start within 60 seconds</source>
        <translation>Qt n’a pas démarré en 60 secondes</translation>
    </message>
    <message>
        <source>platform &apos;{name}&apos; loads</source>
        <translation>la plateforme «&#xa0;{name}&#xa0;» se charge</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>(Qt: {msg})</source>
        <translation>(Qt&#xa0;: {msg})</translation>
    </message>
    <message>
        <source>the Qt platform plugin did not load: {msg} (on a machine without a display, try QT_QPA_PLATFORM=offscreen)</source>
        <translation>le plugin de plateforme Qt ne s’est pas chargé&#xa0;: {msg} (sur une machine sans écran, essayez QT_QPA_PLATFORM=offscreen)</translation>
    </message>
    <message>
        <source>no fonts found in {path}</source>
        <translation>aucune police trouvée dans {path}</translation>
    </message>
    <message>
        <source>{path} is not a TrueType font</source>
        <translation>{path} n’est pas une police TrueType</translation>
    </message>
    <message>
        <source>{n} fonts in {path}</source>
        <translation>{n} polices dans {path}</translation>
    </message>
    <message>
        <source>no built-in exercise pack found</source>
        <translation>aucun pack d’exercices intégré trouvé</translation>
    </message>
    <message>
        <source>{packs} built-in pack(s), {exercises} exercises, all valid</source>
        <translation>{packs} pack(s) intégré(s), {exercises} exercices, tous valides</translation>
    </message>
    <message>
        <source>cannot read the translations of {languages} in {path}</source>
        <translation>impossible de lire les traductions de {languages} dans {path}</translation>
    </message>
    <message>
        <source>{languages} (this interface: {current}); built-in exercises in {packs}</source>
        <translation>{languages} (cette interface&#xa0;: {current})&#x202f;; exercices intégrés en {packs}</translation>
    </message>
    <message>
        <source>{path} is writable</source>
        <translation>{path} est accessible en écriture</translation>
    </message>
    <message>
        <source>{path}: {problems}</source>
        <translation>{path}&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{path} passes quick_check</source>
        <translation>{path} passe quick_check</translation>
    </message>
    <message>
        <source>all found ({programs})</source>
        <extracomment>Programs some tests use (each such test is skipped, saying so, without its program) and the Debian package that has each: the phone page in a real browser, the QR codes decoded, the CSV opened in a spreadsheet, the bundle&apos;s window under a virtual display.</extracomment>
        <translation>tous présents ({programs})</translation>
    </message>
    <message>
        <source>the tests that need them are skipped without: sudo apt install {packages}</source>
        <translation>les tests qui en ont besoin sont ignorés sans eux : sudo apt install {packages}</translation>
    </message>
    <message>
        <source>Qt platform plugin</source>
        <translation>plugin de plateforme Qt</translation>
    </message>
    <message>
        <source>fonts</source>
        <translation>polices</translation>
    </message>
    <message>
        <source>built-in packs</source>
        <translation>packs intégrés</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>programs for the tests</source>
        <translation>programmes pour les tests</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <source>The window cannot open: Qt&apos;s X11 platform plugin (xcb) needs libraries that are not installed: {libs}.</source>
        <extracomment>Fedora packages (a library not listed is asked for by name: ``&apos;libfoo.so.1()(64bit)&apos;``). The ones a fresh desktop most often lacks first, in the order the message names them.</extracomment>
        <translation>La fenêtre ne peut pas s’ouvrir&#xa0;: le plugin de plateforme X11 de Qt (xcb) a besoin de bibliothèques qui ne sont pas installées&#xa0;: {libs}.</translation>
    </message>
    <message>
        <source>Debian/Ubuntu: sudo apt install {packages}</source>
        <translation>Debian/Ubuntu&#xa0;: sudo apt install {packages}</translation>
    </message>
    <message>
        <source>Fedora: sudo dnf install {packages}</source>
        <translation>Fedora&#xa0;: sudo dnf install {packages}</translation>
    </message>
</context>
</TS>
