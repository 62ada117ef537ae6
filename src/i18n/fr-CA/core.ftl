# Messages de rehearse, en français canadien. Chaque identifiant existe aussi dans en-CA.ftl.
# Arguments : $n nombres (les pluriels suivent la langue), les autres $noms sont du texte.

percent = { $n } %
choices-count = { $n ->
    [one] { $n } choix
   *[other] { $n } choix
}

## Mode texte (`play --plain`) : une question par ligne, pour les lecteurs d'écran et les scripts.

plain-title = { $title } (niveau { $level ->
    [advanced] avancé
   *[other] 101
}, environ { $minutes } minutes)
note = Remarque : { $text }
plain-in-progress = Vous avez une partie de ce scénario en cours ({ $n ->
    [one] { $n } choix fait
   *[other] { $n } choix faits
}, commencée le { $started }).
plain-scenario-changed = Le scénario a changé depuis : la reprise rejoue vos choix tant qu'ils s'appliquent encore. Répondez n pour recommencer.
plain-resume-question = Reprendre là où vous en étiez? [O/n]
plain-resume-help = Répondez o (reprendre) ou n (recommencer), ou q pour quitter.
# Mots acceptés comme réponses, séparés par |.
answer-yes = o|oui
answer-no = n|non
plain-press-enter = Appuyez sur Entrée pour continuer (q pour quitter).
plain-press-enter-help = Il n'y a rien à choisir ici : appuyez sur Entrée (une ligne vide) pour continuer, ou tapez q pour quitter.
plain-wait = Aucun choix ne s'offre à vous : attendez { $seconds } secondes (q pour quitter).
plain-choose = Votre choix, de 1 à { $n } (q pour quitter) :
plain-choose-timed = Votre choix, de 1 à { $n }, d'ici { $seconds } secondes (q pour quitter) :
plain-choose-help = Tapez un nombre de 1 à { $n }, ou q pour quitter.
plain-time-ran-out = Le temps est écoulé.
plain-not-saved = Attention : votre progression n'a pas pu être enregistrée : { $reason }
plain-stuck = Ce scénario ne peut pas continuer d'ici : le nœud `{ $node }` n'offre aucun choix. Prévenez son auteur ou son autrice.
plain-quit = Progression enregistrée. Pour reprendre là où vous en étiez, lancez : { $command }

## Reprendre une partie (mode texte et interface).

resumed = Reprise après { $n ->
    [one] { $n } choix
   *[other] { $n } choix
}.
resume-partial = Le scénario a changé : vos { $applied } premiers choix sur { $saved } s'appliquent encore; vous continuez à partir de là.
resume-taken = Cette partie est ouverte dans une autre fenêtre; une nouvelle partie commence.
progress-cannot-be-saved = La progression ne peut pas être enregistrée : { $reason }

## Langues.

not-translated = Ce scénario n'a pas de traduction en { $language } : il s'affiche dans sa langue d'origine ({ $source }).
