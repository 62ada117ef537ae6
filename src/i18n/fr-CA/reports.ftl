# reports
# Ce que lit une personne formatrice : le rapport après action d'une séance animée (Markdown), le
# rapport de groupe (tableau et Markdown), et pourquoi un fichier d'exportation est illisible. Le
# CSV et le JSON ne changent pas (noms de colonnes et clés destinés aux programmes).

# Le séparateur entre les unités et les dixièmes d'un nombre : 62,5.
decimal-mark = ,

## Rapport après action (Markdown : gardez les ** et les | à leur place).

after-action-title = Rapport après action : { $title }
# $date : 2026-11-23; $hh : 09 (deux chiffres), $hour : 9 (un nombre); $minute : 05. L'heure est en UTC.
after-action-date-time = Date : { $date }, { $hour } h { $minute } (UTC)
after-action-date = Date : { $date }
after-action-scenario = Scénario : `{ $id }` (niveau { $level }, version { $version })
after-action-seed = Germe aléatoire : { $seed }
# $ending : success, mixed, failure; $passed : yes, no.
after-action-result = Résultat : issue **{ $ending ->
    [success] réussite
    [mixed] résultat mitigé
   *[failure] échec
}**, **{ $percent } %**, { $passed ->
    [yes] réussi
   *[no] non réussi
} (note de passage : { $pass_mark } %)
after-action-stopped = Résultat : la séance s'est arrêtée avant une issue, à { $percent } % jusque-là
after-action-stopped-unscored = Résultat : la séance s'est arrêtée avant une issue, alors qu'aucun point n'était encore en jeu
# Sous le titre, quand le groupe s'est arrêté avant l'issue du scénario.
after-action-stopped-early = **Arrêt anticipé :** la séance a pris fin avant l'issue du scénario. Ce rapport présente ce qui s'est passé jusque-là.
# Le titre de la décision où la séance s'est arrêtée ($heading : « Publication · @someone »).
after-action-open-heading = { $heading } (aucune décision)
after-action-not-decided = **Aucune décision :** la séance s'est arrêtée pendant le vote du groupe.
after-action-decisions = Décisions
after-action-discussion = **Question de discussion :** { $prompt }
after-action-votes-header = | # | Choix | Votes |
after-action-choice-taken = { $choice } **(retenu)**
after-action-taken = **Choix retenu :** « { $choice } »
after-action-taken-timeout = **Choix retenu :** aucun, le temps s'est écoulé
after-action-feedback = **Rétroaction :** { $feedback }
after-action-stronger = **Un meilleur choix :** { $choice }
after-action-stronger-lesson = **Un meilleur choix :** { $choice } ({ $lesson })
after-action-why-stronger = **Pourquoi c'est mieux :** { $feedback }
after-action-debrief = Bilan
after-action-lessons-header = | Leçon | Points | Pourcentage |
after-action-overall = **Résultat global : { $percent } %**, { $passed ->
    [yes] réussi
   *[no] non réussi
}.
after-action-overall-so-far = **Jusqu'ici : { $percent } %**, avant une issue.
after-action-overall-unscored = **Jusqu'ici :** aucun point n'était encore en jeu.

## Rapport de groupe.

report-title = Rapport de groupe
report-summary = { $counted ->
    [one] { $counted } résultat compté
   *[other] { $counted } résultats comptés
} pour { $learners ->
    [one] { $learners } personne
   *[other] { $learners } personnes
} ; { $flagged ->
    [one] { $flagged } signalé
   *[other] { $flagged } signalés
}.
report-lessons-intro = Leçons (moyenne du groupe sur le meilleur résultat de chaque personne ; minimum–maximum ; écart-type) :
# Les chiffres d'une leçon, après son titre : moyenne, minimum–maximum, écart-type, nombre de résultats.
report-lesson-figures = { $mean } %   { $min }–{ $max }  é.-t. { $sd }  ({ $results ->
    [one] { $results } résultat
   *[other] { $results } résultats
})
report-course = Cours ({ $required ->
    [one] { $required } scénario obligatoire
   *[other] { $required } scénarios obligatoires
}) : terminé par { $completed ->
    [one] { $completed } personne
   *[other] { $completed } personnes
} sur { $learners }.
report-course-md = { $required ->
    [one] { $required } scénario obligatoire
   *[other] { $required } scénarios obligatoires
} ; cours terminé par { $completed ->
    [one] { $completed } personne
   *[other] { $completed } personnes
} sur { $learners }.
report-not-completed = Pas encore terminé par : { $learners }.
report-who-passed = Qui a réussi :
report-scenario-passed = { $scenario } : réussi par { $passed }, pas encore par { $not_yet }
report-scenario-passed-names = { $scenario } : réussi par { $passed }, pas encore par { $not_yet } ({ $names })
report-how-chose = Choix du groupe dans { $scenario } :
report-flagged = Signalés, non comptés :
report-flag = { $file } ({ $learner }, { $scenario }) : { $reason }
# Un signalement qui vise tout un fichier (pas une partie).
report-flag-file = { $file } ({ $learner }) : { $reason }
report-timed-out = (temps écoulé)
report-percent = { $value } %
report-lessons = Leçons
report-lessons-header = | Leçon | Moyenne du groupe | Minimum | Maximum | Écart-type | Résultats |
report-the-course = Le cours
report-who-passed-title = Qui a réussi
report-passed-header = | Scénario | Réussi par | Pas encore réussi par |
report-how-chose-title = Choix du groupe : { $scenario }
report-choices-header = | Choix | Nombre |
report-flagged-title = Signalés, non comptés
report-flagged-header = | Fichier | Personne | Scénario | Motif |

## Pourquoi une partie n'est pas comptée.

report-flag-not-loaded = aucun scénario `{ $scenario }` n'est chargé (ajoutez son paquet avec --pack)
report-flag-other-version = jouée sur une autre version du scénario (son empreinte diffère de celle du fichier chargé)
report-flag-choices = ses choix sont illisibles : { $reason }
report-flag-no-ending = ses choix enregistrés ne mènent à aucune issue de ce scénario
# $recorded, $replayed : success, mixed, failure, none (ou ce que dit le fichier); les _name
# sont les mêmes en mots.
report-flag-ending = le fichier indique { $recorded ->
    [none] aucune issue
   *[other] l'issue « { $recorded_name } »
}, mais ses choix { $replayed ->
    [none] ne mènent à aucune issue
   *[other] mènent à l'issue « { $replayed_name } »
}
report-flag-percent = le fichier indique { $recorded }, mais ses choix donnent { $replayed }
report-flag-no-percent = le fichier n'indique aucun pourcentage, mais ses choix donnent { $replayed }
report-flag-passed = le fichier indique « { $recorded ->
    [yes] réussi
   *[no] non réussi
} », mais ses choix donnent « { $replayed ->
    [yes] réussi
   *[no] non réussi
} »
report-flag-lesson = leçon `{ $lesson }` : le fichier indique { $recorded ->
    [nothing] rien
   *[other] { $recorded }
}, mais ses choix donnent { $replayed ->
    [nothing] rien
   *[other] { $replayed }
}

## Pourquoi une partie ou un fichier n'est pas compté même si sa partie se rejoue.

report-flag-again = la même partie figure plus d'une fois dans ce fichier : elle n'est comptée qu'une fois
report-flag-again-changed = une partie figure plus d'une fois dans ce fichier avec des contenus différents : seule la première est comptée
# $learner : la personne à qui la partie appartenait d'abord; les identifiants de partie sont tirés au hasard, un identifiant partagé est donc une copie.
report-flag-copy = la même partie que celle de { $learner }, dans { $file } (chaque partie appartient à une seule personne) : non comptée
report-flag-learner-elsewhere = { $learner } a aussi remis { $file } : un seul fichier par personne est compté (ne gardez que sa dernière exportation)

## Pourquoi un fichier n'est pas une exportation que ce programme peut lire.

export-error-not-text = ce n'est pas du texte (est-ce bien une exportation de rehearse ?)
export-error-empty = le fichier est vide
export-error-json = JSON non valide : { $reason }
export-error-not-an-export = du JSON, mais pas une exportation de rehearse (pas de "format": "rehearse-export")
export-error-version = une exportation d'une version que ce rehearse ne lit pas (il lit la version { $version })
export-error-damaged = une exportation de rehearse endommagée : { $reason }
export-error-csv = pas une exportation CSV : { $reason }
export-error-columns = pas une exportation de rehearse (les colonnes ne sont pas celles qu'écrit `rehearse export --format csv`)
export-error-row = ligne { $row } : { $reason }
export-error-value = la valeur de { $column } n'est pas valide
export-error-fields = { $found } champs alors que l'en-tête en compte { $expected }
export-error-learners = il contient les lignes de plus d'une personne ({ $learners }) : des exportations réunies dans un seul fichier ne sont pas comptées (chaque personne remet la sienne)
export-error-header-again = une deuxième ligne d'en-tête, à la ligne { $row } : des exportations réunies dans un seul fichier ne sont pas comptées (chaque personne remet la sienne)

## Séances animées : où est allé le rapport après action.

facilitate-report-written-early = Rapport après action (arrêt anticipé) enregistré dans { $path }
facilitate-no-report = Aucun rapport après action : le groupe n'avait pas encore voté.
facilitate-report-failed = le rapport après action n'a pas pu être enregistré dans { $path } : { $reason }

## Schémas JSON (`rehearse schema`, et les fichiers qu'écrit `rehearse new`) : ce qu'un éditeur affiche au survol.
schema-points = Des nombres entiers par clé : identifiants de leçon (score) ou noms de variable (set).
schema-next = L'identifiant d'un nœud, ou une liste d'embranchements.
schema-branch-to = Le nœud où mène cet embranchement.
schema-branch-if = p. ex. « trust < 30 and risk >= 2 »
schema-channel = post, reply, dm, email, phone, meeting, news, note, ...
schema-scenario-title = scénario rehearse, format 1
schema-scenario-id = en kebab-case (mots-séparés-par-des-traits), unique dans le paquet
schema-var-start = la valeur de départ
schema-var-meter = une jauge : sa valeur de départ, ce que voient les personnes en formation, si elles la voient, ses bornes
schema-var-shown = false : une variable cachée, que les personnes en formation ne voient jamais
schema-test-choices = comme `rehearse walk --choices` : p. ex. « 2,1,t »
schema-course-title = cours rehearse, format 1
schema-course-languages = les langues du paquet en étiquettes BCP 47, la langue source en premier
schema-course-scenarios = les scénarios du cours, dans l'ordre où les personnes en formation devraient les suivre
schema-course-scenario-id = l'identifiant d'un scénario du paquet
schema-course-required = compte pour terminer le cours (true par défaut)
schema-course-after = à faire de préférence avant (jamais un blocage)
schema-translation-language = l'étiquette BCP 47 du nom de fichier, l'une des langues du cours
schema-translation-translates = l'identifiant du scénario (ou du cours)
schema-translation-nodes = une table par nœud de la source, sous son identifiant
schema-translation-source = l'empreinte des textes sources que traduit cette entrée
schema-translation-choices = autant que dans le nœud source, dans le même ordre
schema-translation-title = fichier de traduction rehearse, format 1 (les textes d'un scénario ou du cours dans une autre langue)
