# screens
# Ce que montre l'interface du terminal (accueil, partie, bilan, animation, aperçu), le bilan en
# texte, et les noms communs aux rapports et aux commandes.
# Dans les messages marqués « touches », le texte entre < et > est un nom de touche, affiché dans
# la couleur des touches.

## Noms communs.

# $level : 101 ou advanced.
scenario-level = { $level ->
    [advanced] avancé
   *[other] 101
}
# $kind : success, mixed, failure ou none.
ending-kind = { $kind ->
    [success] réussite
    [mixed] résultat mitigé
    [failure] échec
    [none] aucune issue
   *[other] { $kind }
}

## Le type d'un message dans un scénario, et sa provenance.

channel-post = Publication
channel-reply = Réponse
channel-dm = Message privé
channel-email = Courriel
channel-phone = Appel téléphonique
channel-meeting = Réunion
channel-news = Nouvelles
channel-note = Note
# « Publication · @citoyen_k », « Appel téléphonique · Radio locale, 16 h 20 » : la provenance
# est souvent une heure ou un lieu, et « de » demanderait des élisions (« d'Élise »).
# L'en-tête d'une carte à l'écran de jeu. $sender : person quand $from se lit comme un nom ou un
# pseudo (« Publication de @citoyen_k », « Courriel d'Amira Haddad »), source sinon
# (« Réunion · Votre gestionnaire », « Réponse · Fil d'Eastgate, une heure plus tard »).
# $elide : yes quand $from commence par une voyelle.
channel-heading = { $sender ->
    [person] { $elide ->
        [yes] { $channel } d'{ $from }
       *[no] { $channel } de { $from }
    }
   *[source] { $channel } · { $from }
}

## Cartes du fil : ce que chaque type de message porte en dessous, comme dans la réalité.

card-post-actions = ♡ J'aime   ↻ Partager   ↩ Répondre
card-dm-seen = Vu
card-email-actions = ↩ Répondre   → Transférer
card-call-in-progress = ● appel en cours
card-news-published = publié à l'instant

## Tout l'écran.

too-small = Le terminal est trop petit ({ $width } × { $height }).
    Agrandissez-le à { $min_width } × { $min_height } au moins, ou utilisez `rehearse play --plain`.
too-small-here = Le terminal est trop petit ({ $width } × { $height }).
    Agrandissez la fenêtre à { $min_width } × { $min_height } au moins (ou réduisez la police).
theme-name = { $theme ->
    [high-contrast] contraste élevé
    [mono] monochrome
   *[default] par défaut
}
theme-changed = Thème : { $theme }
terminal-not-set-up = impossible de préparer le terminal : { $reason } (essayez --plain)
terminal-no-answer = le terminal n'a pas répondu (ce n'est peut-être pas un terminal complet)

## Accueil.

# touches : séparées par « · » ; les deux dernières restent toujours, les autres autant qu'il en tient.
home-keys = ↑↓ choisir · Entrée jouer · d dernier bilan · l profil · L langue · c couleurs · ? touches · q quitter
home-keys-fixed = ↑↓ choisir · Entrée jouer · d dernier bilan · L langue · c couleurs · ? touches · q quitter
learner-fixed = Dans cette classe, votre nom est celui de votre connexion : pour en changer, quittez et reconnectez-vous.
home-course-completed = ✓ cours terminé
home-required-passed = { $required ->
    [one] scénario obligatoire réussi
   *[other] scénarios obligatoires réussis
} : { $passed } sur { $required }
# La même chose, quand la phrase entière ne tient pas.
home-required-passed-short = obligatoires : { $passed }/{ $required }
home-learner = Profil :
home-learner-change = (l pour changer)
home-language = Langue :
home-language-change = (L pour changer)
# Sous la carte du cours ou la liste des scénarios, quand tout ne tient pas.
home-more-lessons = { $n } de plus…
home-more-scenarios = ▼ { $n } de plus
home-course-map = Votre maîtrise des leçons
home-not-yet = pas encore
home-scenarios = Scénarios
# Une ligne de la liste des scénarios. $status : new, in-progress, passed, not-passed.
home-scenario-meta = { $level } · { $minutes } min · { $status ->
    [in-progress] en cours
    [passed] réussi
    [not-passed] non réussi
   *[new] nouveau
}
home-scenario-meta-best = { $level } · { $minutes } min · { $status ->
    [in-progress] en cours
    [passed] réussi
    [not-passed] non réussi
   *[new] nouveau
} meilleur { $best } %
# La même chose, sur un écran étroit : l'état seulement.
home-scenario-status = { $status ->
    [in-progress] en cours
    [passed] réussi
    [not-passed] non réussi
   *[new] nouveau
}
home-scenario-status-best = { $status ->
    [in-progress] en cours
    [passed] réussi
    [not-passed] non réussi
   *[new] nouveau
} { $best } %
# Le titre de la carte du cours quand il ne tient pas en entier.
home-course-map-short = Maîtrise
home-no-scenario = Aucun scénario chargé : lancez `rehearse validate` pour savoir pourquoi.
home-required = * Obligatoire pour terminer le cours.
home-recommended = Recommandé, mais pas obligatoire.
home-extra = Scénario complémentaire, hors du cours.
home-after = À faire de préférence après : { $titles }.
home-lessons = Leçons :
# touches
home-debrief-hint = <d> affiche le bilan de votre dernière partie.
# Quand le cours n'est offert que dans une langue.
language-only-one = Ce cours n'est offert que dans une seule langue.
# Après le changement : $language est le nom de la langue dans cette langue (English, Français).
language-changed = Langue : { $language }

## Qui s'exerce.

learner-title = Qui s'exerce ?
learner-keys = ↑↓ choisir · Entrée sélectionner · Échap retour
learner-new = + Nouveau profil…
learner-name = Nom :
learner-confirm = (Entrée pour confirmer)
learner-changed = Profil : { $name }
learner-name-empty = Tapez d'abord un nom (ou Échap pour revenir).

## Reprendre une partie.

resume-title = Reprendre ?
resume-keys = o reprendre · n recommencer · Échap retour
resume-in-progress = Vous avez une partie en cours : { $n ->
    [one] { $n } choix fait
   *[other] { $n } choix faits
}.
resume-changed = Le scénario a changé depuis : vos choix sont rejoués tant qu'ils s'appliquent encore.
# touches
resume-question = Reprendre là où vous en étiez ?  <o>/<Entrée> reprendre · <n> recommencer · <Échap> retour
resume-kept = Votre partie en cours est conservée.

## Touches (la fenêtre ?).

help-title = Touches
help-number = prendre ce choix
help-move-keys = ↑ ↓ puis Entrée
help-move = aller à un choix et le prendre
help-enter-keys = Entrée
help-enter = continuer (quand il n'y a rien à choisir)
help-more-time = plus de temps pour une décision minutée
help-scroll-keys = PgUp PgDn
help-scroll = remonter dans les messages, ou faire défiler le bilan
help-ends-keys = Début Fin
help-ends = premier ou dernier élément d'une liste ; haut ou bas des messages
help-debrief = le bilan de votre dernière partie (accueil)
help-replay = rejouer le scénario (dans le bilan)
help-learner = choisir ou créer un profil (accueil)
help-language = changer de langue (accueil)
help-colours = couleurs : par défaut, contraste élevé, monochrome
help-quit-keys = q / Échap
help-quit = quitter ; votre progression est conservée
help-help = afficher ou masquer ces touches
help-timers = Minuteurs : `--no-timers` les désactive, `--timer-scale 2` double leur durée.
help-plain = Lecteur d'écran ? `rehearse play ID --plain` offre un mode ligne par ligne.
help-plain-here = Lecteur d'écran ? Demandez le mode ligne par ligne à la personne qui anime la formation : `rehearse play ID --plain` sur un ordinateur où rehearse est installé.

## La partie.

# touches : à une décision, à une décision minutée, et là où Entrée fait continuer.
play-keys = 1-9 choisir · ↑↓ + Entrée · PgUp PgDn messages précédents · ? touches · q quitter (rien n'est perdu)
play-keys-timer = 1-9 choisir · + plus de temps · ↑↓ + Entrée · PgUp PgDn messages précédents · ? touches · q quitter (rien n'est perdu)
play-keys-continue = Entrée continuer · PgUp PgDn messages précédents · ? touches · q quitter (rien n'est perdu)
# $n : la décision en cours ; 0 avant la première.
play-header = · { $n ->
    [0] mise en contexte
   *[other] décision { $n }
} · { $level }
play-what-do-you-do = Que faites-vous ?
play-the-end = Fin
play-stuck = Ce scénario ne peut pas continuer
play-time-left = ⏱ il reste { $seconds } s
play-no-choice-open = Aucun choix ne s'offre à vous pour l'instant : attendez la fin du minuteur.
# touches
play-enter-to-go-on = <Entrée> pour continuer
play-you = Vous
play-you-timed-out = (Vous avez laissé le temps s'écouler.)
play-more-time = Plus de temps : le minuteur est prolongé de moitié.
play-no-timer = Cette décision n'est pas minutée : prenez votre temps.
play-no-such-choice = Il n'y a pas de choix { $n } : les choix vont de 1 à { $count }.
play-nothing-to-choose = Rien à choisir ici : Entrée pour continuer.
# Repères sous les messages, à droite.
play-more-below = ▼ suite plus bas · PgDn
play-earlier-above = ▲ messages précédents · PgUp
# Sous une page ou une fenêtre qui continue plus bas.
more-below = ▼ suite plus bas
play-saved = Progression enregistrée : lancez `{ $command }` pour reprendre là où vous en étiez.
play-saved-here = Progression enregistrée : ouvrez de nouveau le scénario, maintenant ou à votre prochaine connexion, pour reprendre là où vous en étiez.
play-not-saved = Cette partie n'a pas été enregistrée (cet ordinateur n'a pas pu enregistrer la progression : voyez le message affiché au début).
play-stopped = Arrêt. Votre progression est enregistrée.

## Le bilan (écran et texte).

debrief-title = Bilan · { $title }
debrief-title-attempt = Bilan · { $title } · partie { $n } sur { $count }
debrief-keys-home = ↑↓ PgUp PgDn défiler · r rejouer · ? touches · Échap/q accueil
debrief-keys = ↑↓ PgUp PgDn défiler · r rejouer · ? touches · Échap/q quitter
# touches
debrief-enter = Voici votre bilan : <Échap> ou <q> pour revenir, <r> pour rejouer.
debrief-again = Votre résultat est enregistré. Pour revoir ce bilan : { $command }
debrief-none-yet = Vous n'avez pas encore terminé « { $title } » : son bilan vient à la fin.
debrief-scenario-changed = Le scénario a changé depuis cette partie : vos choix sont rejoués sur la version actuelle.
# rehearse debrief SCÉNARIO : erreurs, et l'en-tête de la version texte.
debrief-no-completed = { $learner } n'a terminé aucune partie de { $scenario }.
debrief-no-such-attempt = Il n'y a pas de partie { $n } : { $learner } a terminé { $count ->
    [one] { $count } partie
   *[other] { $count } parties
} de { $scenario } (--attempt 1 à { $count }).
debrief-text-attempt = { $title } : partie { $n } sur { $count }, terminée le { $finished }.
debrief-ending = Issue : { $kind ->
    [success] Réussite
    [mixed] Résultat mitigé
    [failure] Échec
   *[none] Aucune (scénario non terminé)
}
debrief-score = Votre résultat : { $percent } %
debrief-passed = RÉUSSI
debrief-not-passed = NON RÉUSSI
debrief-pass-mark = (note de passage : { $percent } %)
debrief-meters = État de la situation : { $meters }
debrief-lessons = Leçons
# Les points d'une leçon, après sa barre et son pourcentage.
debrief-lesson-points = { $earned }/{ $best } { $best ->
    [one] point
   *[other] points
}
# Une leçon dont les points n'ont pu qu'être perdus (aucun choix du parcours ne les rapportait).
debrief-lost = perdue
debrief-not-assessed = non évaluée
debrief-decisions = Vos décisions
debrief-you-chose = Vous avez choisi : { $choice }
debrief-timed-out = Vous avez laissé le temps s'écouler.
debrief-stronger = Un meilleur choix : { $choice }
debrief-stronger-lesson = Un meilleur choix : { $choice } — { $lesson }
debrief-questions = Questions de réflexion

## Le bilan en texte (play --plain) : écrit pour être entendu.

debrief-text-title = == Bilan ==
debrief-text-ending = Issue : { $kind ->
    [success] réussite
    [mixed] résultat mitigé
   *[failure] échec
}.
debrief-text-score = Résultat : { $percent } %, { $passed ->
    [yes] réussi
   *[no] non réussi
} (note de passage : { $pass_mark } %).
debrief-text-meters = État de la situation : { $meters }.
debrief-text-lessons = Leçons :
debrief-text-lesson = { $lesson } : { $result }.
debrief-text-lesson-result = { $earned } sur { $best ->
    [one] { $best } point
   *[other] { $best } points
}, { $percent } %
debrief-text-lesson-lost = { $n ->
    [one] { $n } point perdu (aucun choix à cette étape ne permettait de le regagner)
   *[other] { $n } points perdus (aucun choix à cette étape ne permettait de les regagner)
}
debrief-text-decisions = Vos décisions :
debrief-text-why = Pourquoi : { $feedback }
debrief-text-stronger = Un meilleur choix : { $choice }
debrief-text-stronger-lesson = Un meilleur choix : { $choice } (leçon : { $lesson })
debrief-text-why-stronger = Pourquoi c'est mieux : { $feedback }
debrief-text-questions = Questions de réflexion :

## Animation (un groupe devant un projecteur).

facilitate-keys = 1-9 ajouter un vote · Retour arrière retirer le dernier · Entrée suivre la majorité · s lancer le minuteur · q terminer
facilitate-report-written = Rapport après action enregistré dans { $path }
facilitate-report-not-written = Le rapport n'a pas pu être enregistré : { $reason }
facilitate-no-such-choice = Il n'y a pas de choix { $n }.
facilitate-no-votes = Aucun vote pour l'instant : appuyez sur le numéro d'un choix une fois par vote.
facilitate-tie = Égalité entre { $choices } : appuyez sur le numéro du choix retenu.
facilitate-break-tie = Départagez avec l'un de ces choix : { $choices }
# Numéros de choix : « 1 et 2 », « 1, 2 et 3 », « 1 ou 2 ». $joiner : and, or.
facilitate-list = { $rest } { $joiner ->
    [or] ou
   *[and] et
} { $last }
facilitate-debrief-title = { $title } · bilan
facilitate-timer-running = ⏱ { $seconds } s
facilitate-timer = minuteur { $seconds } s (appuyez sur s pour le lancer)
facilitate-discuss = À DISCUTER

## Aperçu (jouer un fichier de scénario pendant qu'on le modifie).

preview-label = APERÇU
preview-keys = 1-9 choisir · Entrée continuer · t temps écoulé · Retour arrière reculer · r recommencer · q quitter
preview-validates = valide · { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} · rechargé { $reloads } fois
preview-errors = { $errors ->
    [one] { $errors } erreur : corrigez-la et enregistrez
   *[other] { $errors } erreurs : corrigez-les et enregistrez
}
preview-invalid = Le fichier n'est pas valide : l'aperçu reviendra dès qu'il le sera
preview-no-scenario = { $path } : aucun scénario dans ce fichier
preview-reloaded-partly = Rechargé : { $applied ->
    [one] { $applied } étape sur { $steps } s'applique encore
   *[other] { $applied } étapes sur { $steps } s'appliquent encore
} ; les autres sont abandonnées.
preview-reloaded = Rechargé ; { $steps ->
    [one] { $steps } étape rejouée
   *[other] { $steps } étapes rejouées
}.
preview-restarted = Retour au début.
preview-step-back = Retour d'une étape.
