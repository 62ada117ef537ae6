# commands
# Ce que les commandes affichent pour les personnes : progress, list, export, class, sync, walk,
# analyze, new et la ligne de bilan de validate. Les sorties JSON, les colonnes CSV et les
# diagnostics de validate ne sont pas ici.

## rehearse progress

progress-title = Progression de { $learner }
progress-lessons = Leçons (maîtrise d'après votre meilleure partie de chaque scénario) :
progress-not-assessed = pas encore évaluée
progress-course-completed = { $required ->
    [one] Cours terminé : son scénario obligatoire est réussi.
   *[other] Cours terminé : les { $required } scénarios obligatoires sont réussis.
}
progress-course-not-completed = Cours pas encore terminé : { $required ->
    [one] scénario obligatoire réussi
   *[other] scénarios obligatoires réussis
}, { $passed } sur { $required }.
progress-scenarios = Scénarios :
progress-required = obligatoire
# $status : passed, in-progress, not-passed, new.
progress-status = { $status ->
    [passed] réussi
    [in-progress] en cours
    [not-passed] pas encore réussi
   *[new] nouveau
}
# Sur la sortie d'erreur, avant la progression (vide) d'une personne sans partie enregistrée.
progress-none-saved = aucune progression enregistrée pour { $learner } dans { $folder } (si les données du groupe sont dans un autre dossier, indiquez-le dans REHEARSE_HOME).
# $names : les noms proches, séparés par des virgules.
progress-did-you-mean = { $n ->
    [one] Vouliez-vous dire { $names } ?
   *[other] Vouliez-vous dire l'une de ces personnes : { $names } ?
} (`--learner NOM`)
# Après l'identifiant et l'état d'un scénario : son meilleur pourcentage, et le nombre de parties.
progress-scenario = meilleur { $best }  (parties : { $started } { $started ->
    [one] commencée
   *[other] commencées
}, { $completed } { $completed ->
    [one] terminée
   *[other] terminées
})

## rehearse list

list-id = ID
list-level = NIVEAU
list-minutes = MIN
list-title = TITRE
list-lessons = leçons : { $lessons }
list-no-scenario = aucun scénario chargé : lancez `rehearse validate` pour savoir pourquoi

## rehearse export

export-empty = { $learner } n'a encore aucune partie enregistrée ; l'exportation est vide
export-other-version = la partie { $attempt } de `{ $scenario }` a été jouée sur une version du scénario qui n'est pas chargée ; elle est laissée de côté
export-written = { $attempts ->
    [one] { $attempts } partie de { $learner } exportée
   *[other] { $attempts } parties de { $learner } exportées
} dans { $path }

## rehearse class report

class-skipped = { $file } : ignoré, { $reason }
class-no-export = aucune exportation n'a pu être lue : donnez des fichiers écrits par `rehearse export` (ou des dossiers qui en contiennent)
class-no-learners = aucune personne n'a encore de fichier dans { $folder } : les personnes y apparaissent dès qu'elles jouent sur cet ordinateur (ou par `rehearse serve`) ; définissez REHEARSE_HOME si la classe a été servie depuis un autre dossier
class-files-skipped = { $n ->
    [one] { $n } fichier ignoré
   *[other] { $n } fichiers ignorés
}

## rehearse sync

sync-sending = envoi { $done }/{ $total }
sync-nothing = Rien à envoyer : la boîte d'envoi est vide.
# Un risque dans les réglages du LRS.
sync-config-warning = avertissement : { $warning }
sync-dry-run-no-lrs = { $statements ->
    [one] { $statements } déclaration est en attente, mais aucun LRS n'est configuré pour la recevoir
   *[other] { $statements } déclarations sont en attente, mais aucun LRS n'est configuré pour les recevoir
} : définissez REHEARSE_LRS_URL, ou écrivez lrs.toml dans le dossier de données. L'envoi se ferait par lots de { $batch } :
sync-dry-run = { $statements ->
    [one] { $statements } déclaration serait envoyée
   *[other] { $statements } déclarations seraient envoyées
} à { $target }, par lots de { $batch } :
sync-failed = { $reason }. Déclarations livrées : { $sent } sur { $total } ; { $left ->
    [one] l'autre reste
   *[other] les { $left } autres restent
} en attente du prochain `rehearse sync`
sync-outbox-not-updated = envoyé, mais la boîte d'envoi n'a pas pu être mise à jour : { $reason }
sync-sent = Déclarations envoyées à { $target } : { $sent } sur { $total }.
sync-refused = le LRS a refusé la déclaration { $id } : { $reason }
sync-refused-kept = { $n ->
    [one] { $n } déclaration refusée est conservée dans { $path } (elle ne sera pas renvoyée)
   *[other] { $n } déclarations refusées sont conservées dans { $path } (elles ne seront pas renvoyées)
}
sync-conflicts = le LRS contient une autre déclaration sous { $n } de ces identifiants ; { $n ->
    [one] elle reste
   *[other] elles restent
} en attente

## rehearse walk

walk-entry-invalid = l'élément { $position } de --choices ne peut pas être joué : { $reason }
walk-leftover = remarque : la partie s'est terminée avec { $n ->
    [one] { $n } choix de la liste inutilisé
   *[other] { $n } choix de la liste inutilisés
}
# $offered : le nombre de choix qu'offre le nœud; $timer : yes quand `t` peut laisser son minuteur s'écouler.
walk-stopped = arrêt avant une issue : les choix se sont épuisés au nœud `{ $node }`, qui offre { $offered ->
    [0] aucun choix, seulement son minuteur (`t`)
    [1] le choix 1
   *[other] les choix 1 à { $offered }
}{ $timer ->
    [yes] , ou `t` pour laisser le minuteur s'écouler
   *[no] {""}
}
walk-title = { $title } (germe { $seed })
walk-timed-out = (temps écoulé)
walk-ending = issue : { $ending ->
    [success] réussite
    [mixed] résultat mitigé
   *[failure] échec
}
walk-score = résultat : { $percent } % ({ $passed ->
    [yes] réussi
   *[no] non réussi
} ; note de passage : { $pass_mark } %)
walk-no-ending = pas encore d'issue
walk-score-so-far = résultat jusqu'ici : { $percent } %

## rehearse analyze

analyze-incomplete = Ce scénario compte plus de parcours que les { $budget } étapes permises à l'analyse : les chiffres ci-dessous portent sur les parcours joués jusqu'ici.
# $endings : la liste des analyze-ending-count.
analyze-runs = { $runs ->
    [one] { $runs } parcours mène
   *[other] { $runs } parcours différents mènent
} à une issue ({ $endings }).
analyze-ending-count = { $n } { $kind ->
    [success] { $n ->
        [one] réussite
       *[other] réussites
    }
    [mixed] { $n ->
        [one] résultat mitigé
       *[other] résultats mitigés
    }
    [failure] { $n ->
        [one] échec
       *[other] échecs
    }
   *[other] { $kind }
}
analyze-cut = { $n ->
    [one] { $n } autre tourne en boucle et a été coupé.
   *[other] { $n } autres tournent en boucle et ont été coupés.
}
# $kind : success, mixed, failure.
analyze-no-run-reaches = Aucun parcours ne mène à { $kind ->
    [success] une réussite
    [mixed] un résultat mitigé
   *[failure] un échec
}.
analyze-best-run = Meilleur parcours : { $run }
analyze-worst-run = Pire parcours : { $run }
# Un parcours : ses choix, son pourcentage, son issue, et comment le rejouer.
analyze-run = choix { $choices } → { $percent } ({ $ending } ; { $replay })
analyze-no-choices = (aucun)
analyze-no-seed = aucun germe jusqu'à 500 ne prend les mêmes embranchements
analyze-choice-numbers = (Les numéros de choix comptent les choix offerts à chaque étape, dans l'ordre du fichier.)
analyze-lessons = Leçons, pourcentage le plus bas et le plus haut sur les parcours qui les évaluent :
analyze-all-reachable = Chaque choix peut être atteint par au moins un parcours.
analyze-unreachable = Choix qu'aucun parcours ne peut atteindre (leurs conditions ne sont jamais remplies là où ils se trouvent) :
analyze-unreachable-choice = nœud `{ $node }`, choix { $choice } : { $text }
analyze-honesty = Peut-on se fier au résultat ? Stratégies naïves (les minuteurs ne s'écoulent jamais ; note de passage : { $pass_mark } %) :
# $strategy : longest, first, last.
analyze-strategy = { $strategy ->
    [longest] toujours prendre le choix le plus long
    [first] toujours prendre le premier choix
   *[last] toujours prendre le dernier choix
}
analyze-strategy-result = { $percent } ({ $ending }, germe 1) ; { $verdict }
analyze-fails-every-seed = échoue avec chaque germe de 1 à 16
analyze-passes-every-seed = RÉUSSIT avec chaque germe
analyze-passes-some-seeds = réussit avec { $n } des germes de 1 à 16
analyze-endings-agree = Les issues concordent avec le résultat : aucune réussite sous la note de passage, aucun échec à la note de passage ou au-dessus.
analyze-endings-disagree = Les issues ne concordent pas avec le résultat : { $success ->
    [one] { $success } parcours atteint
   *[other] { $success } parcours atteignent
} une réussite sans obtenir la note de passage, { $failure ->
    [one] { $failure } parcours à la note de passage ou au-dessus finit
   *[other] { $failure } parcours à la note de passage ou au-dessus finissent
} en échec (`rehearse validate` montre un exemple de chaque cas).
analyze-position-bias = Biais de position : le meilleur choix est le numéro { $position } dans { $count ->
    [one] { $count } décision
   *[other] { $count } décisions
} sur { $decisions }. Les personnes en formation apprennent vite à choisir « le numéro { $position } » ; variez la place du meilleur choix.
analyze-no-position-bias = Pas de biais de position : le meilleur choix est le plus souvent le numéro { $position } ({ $count ->
    [one] { $count } décision
   *[other] { $count } décisions
} sur { $decisions }).

## rehearse new

new-bad-id = `{ $id }` n'est pas un identifiant de scénario : utilisez des mots en minuscules et des chiffres reliés par `-`, p. ex. `question-journaliste`
new-written = Fichier { $path } écrit.
new-course-written = Fichier { $path } écrit : un cours avec les leçons du cours intégré que le nouveau scénario évalue (les autres leçons du cours intégré y sont aussi, en commentaire, prêtes à servir).
new-uses-course = Le scénario utilise le cours de { $course }.
new-schema-written = Fichier { $path } écrit, pour les éditeurs qui lisent les lignes `#:schema` (Taplo, Even Better TOML).
new-schema-kept = { $path } est laissé tel quel, même s'il diffère de ce qu'affiche `{ $command }` (`{ $command } > { $target }` le met à jour).
new-no-bundled-course = le cours intégré n'a pas pu être chargé : aucun fichier course.toml n'a été écrit
new-next = Étape suivante : `rehearse validate { $check }`, puis `rehearse preview { $path }` pendant que vous le modifiez.
new-exists = { $path } existe déjà : choisissez un autre identifiant, ou déplacez d'abord ce fichier

## rehearse validate (la ligne de bilan; les diagnostics restent en anglais pour l'instant)

# $tests : validate-tests.
validate-errors = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
} et { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} ; { $loaded ->
    [one] { $loaded } scénario chargé
   *[other] { $loaded } scénarios chargés
} ; { $tests }
validate-warnings = { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} ; { $loaded ->
    [one] { $loaded } scénario prêt à être joué
   *[other] { $loaded } scénarios prêts à être joués
} ; { $tests }
validate-ok = ok : { $loaded ->
    [one] { $loaded } scénario prêt à être joué
   *[other] { $loaded } scénarios prêts à être joués
} ; { $tests }
# Les tests d'auteur ([[tests]]) : $total joués, $passed réussis, $failed échoués.
validate-tests = { $total ->
    [0] aucun test d'auteur (ajoutez des [[tests]] pour garder un scénario fiable pendant que vous le modifiez)
   *[other] { $failed ->
        [0] { $total ->
            [one] { $total } test d'auteur réussi
           *[other] { $total } tests d'auteur réussis
        }
       *[other] { $passed ->
            [one] { $passed } test d'auteur réussi sur { $total }
           *[other] { $passed } tests d'auteur réussis sur { $total }
        }, { $failed } { $failed ->
            [one] échoué
           *[other] échoués
        }
    }
}

## rehearse preview (la suite dans screens.ftl) : la liste des tests en échec et des avertissements à côté de la scène

# Après « Rechargé ; 3 étapes rejouées. » : $steps donne les numéros d'étape (« 2 » ou « 2, 4 »).
preview-matched-by-text = { $n ->
    [one] L'étape { $steps } a été retrouvée par le texte de son choix (le choix a changé de place).
   *[other] Les étapes { $steps } ont été retrouvées par le texte de leurs choix (les choix ont changé de place).
}
# La ligne d'état quand le fichier se charge mais que certains de ses [[tests]] échouent.
preview-tests-fail = jouable, mais { $n ->
    [one] { $n } test d'auteur échoue
   *[other] { $n } tests d'auteur échouent
} · { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} · rechargé { $reloads } fois
preview-failing-tests = Tests en échec ({ $n })
preview-warnings = Avertissements ({ $n })
preview-panel-more = ↓ encore { $n } (Pg suiv)
preview-panel-top = ↑ le reste est plus haut (Pg préc)
preview-keys-panel = 1-9 choisir · Entrée continuer · t temps écoulé · Retour arrière reculer · r recommencer · Pg préc/Pg suiv faire défiler la liste · q quitter

## Le système de gestion des apprentissages (LRS{"\u00A0"}: sync et ses réglages)

lrs-not-configured = aucun LRS (Learning Record Store) n'est configuré{"\u00A0"}: définissez REHEARSE_LRS_URL (et REHEARSE_LRS_USER, REHEARSE_LRS_PASSWORD), ou écrivez lrs.toml dans le dossier de données
lrs-plain-http = l'adresse du LRS { $url } est en http simple{"\u00A0"}: le mot de passe traverse le réseau lisible par quiconque se trouve sur le chemin{"\u00A0"}; utilisez https
lrs-password-in-address = l'adresse du LRS contient un nom d'utilisateur ou un mot de passe{"\u00A0"}: définissez plutôt REHEARSE_LRS_USER et REHEARSE_LRS_PASSWORD (les adresses finissent dans les journaux et à l'écran)
lrs-password-file-readable = { $path } contient un mot de passe et peut être lu par les autres utilisateurs de cet ordinateur{"\u00A0"}: faites `chmod 600`
lrs-unreachable = le LRS n'a pas pu être joint{"\u00A0"}: { $reason }
lrs-another-address = une autre adresse
lrs-redirect = l'adresse du LRS a répondu { $status } en redirigeant vers { $to }{"\u00A0"}: les déclarations ne sont pas envoyées à travers une redirection, car les identifiants les suivraient vers une autre adresse{"\u00A0"}; donnez à REHEARSE_LRS_URL l'adresse à laquelle le LRS répond vraiment
lrs-credentials-refused = le LRS a refusé les identifiants (vérifiez REHEARSE_LRS_USER et REHEARSE_LRS_PASSWORD)
lrs-not-json = le LRS a répondu par autre chose que du JSON{"\u00A0"}: { $reason }
lrs-answered = le LRS a répondu { $code }{"\u00A0"}: { $body }
lrs-not-an-lrs = l'adresse a répondu 200, mais pas avec les identifiants des déclarations comme le fait un LRS (REHEARSE_LRS_URL est-elle bien l'adresse xAPI, et non une page de connexion ou la page d'accès d'un réseau{"\u00A0"}?){"\u00A0"}: { $body }

## rehearse translate

translate-not-offered = le cours n'est pas offert en «{"\u00A0"}{ $lang }{"\u00A0"}»{"\u00A0"}: ses langues sont { $languages }{"\u00A0"}; ajoutez d'abord la langue à `languages` dans course.toml
translate-own-language = { $lang } est la langue même du scénario{"\u00A0"}: rien à traduire
translate-compiled-in = `{ $id }` est intégré au programme{"\u00A0"}: traduisez-le à partir d'une copie du fichier du scénario (donnez son chemin)
translate-id-not-a-file-name = l'identifiant de scénario `{ $id }` ne peut pas servir de nom à un fichier placé à côté du scénario (il contient `/`, `\`, `:` ou commence par `.`){"\u00A0"}: donnez au scénario un identifiant en kebab-case comme `budget-call`{"\u00A0"}; rien n'a été écrit
translate-existing-broken = { $path }{"\u00A0"}: { $reason }{"\u00A0"}; corrigez-le (ou déplacez-le) d'abord{"\u00A0"}: rien n'a été écrit
translate-confirm-no-node = --confirm{"\u00A0"}: le scénario n'a pas de nœud `{ $node }`.{ $hint }
translate-wrote = { $path } écrit{"\u00A0"}: { $done ->
    [one] { $done } entrée traduite
   *[other] { $done } entrées traduites
}, { $todo } à traduire, { $stale } à vérifier (la source a changé){ $kept ->
    [0] {""}
    [one] , { $kept } gardée en commentaire (absente de la source)
   *[other] , { $kept } gardées en commentaire (absentes de la source)
}.
# Le commentaire en tête d'un fichier de traduction (chaque ligne devient une ligne de commentaire « # »).
translate-file-header = Traduction de «{"\u00A0"}{ $title }{"\u00A0"}» ({ $file }) en { $lang }{"\u00A0"}: écrivez chaque texte sous sa source (le
    commentaire au-dessus). Un texte vide est montré dans la langue source. `source` est l'empreinte
    des textes source qu'une entrée traduit{"\u00A0"}; quand la source change, vérifiez la traduction, puis lancez
    `rehearse translate { $id } --lang { $lang } --confirm ID-DU-NŒUD` (ou --confirm-all).
    Les identifiants, les points, les conditions et les fins viennent du fichier source{"\u00A0"}: seuls les textes sont ici.
translate-file-gone = Traductions de nœuds que la source n'a plus (gardées pour ne perdre aucun travail){"\u00A0"}:
translate-file-stale = La source de ce nœud a changé après sa traduction{"\u00A0"}: vérifiez-la, puis confirmez.

## Le fichier de scénario qu'écrit `rehearse import twee` (chaque message devient des lignes de commentaire « # » ; « TODO » reste, pour que les auteurs puissent le chercher)

twee-file-header = Importé d'une histoire Twine{ $format ->
    [none] {""}
   *[other] {" "}({ $format })
} par `rehearse import twee`. Ce que Twine ne peut pas exprimer est marqué
    TODO{"\u00A0"}: les leçons que sert chaque choix (`score`), pourquoi chaque choix était bon ou mauvais (`feedback`),
    le genre de chaque fin, ainsi que le niveau et le résumé. Le code du format d'histoire est gardé en commentaire{"\u00A0"}:
    rehearse ne l'exécute pas{"\u00A0"}; refaites ce qu'il faisait avec [vars], `set` et `if`.
twee-summary-todo = TODO{"\u00A0"}: un paragraphe montré avant de commencer{"\u00A0"}: la situation et le rôle de la personne.
twee-level-todo = TODO{"\u00A0"}: "101" (tout le personnel) ou "advanced" (responsables de comptes officiels)
twee-passage = Passage Twine{"\u00A0"}: { $name }
twee-passage-tagged = Passage Twine{"\u00A0"}: { $name } (étiquettes{"\u00A0"}: { $tags })
twee-code-todo = TODO{"\u00A0"}: code du format d'histoire, non converti{"\u00A0"}: { $code }
twee-no-text = TODO{"\u00A0"}: ce passage n'avait pas de texte à lui.
twee-ending-todo = TODO{"\u00A0"}: "success", "mixed" ou "failure"
twee-link-text = Le texte du lien était{"\u00A0"}: { $text }
twee-discuss-todo = TODO{"\u00A0"}: une question `discuss` pour la classe
twee-score-todo = TODO{"\u00A0"}: score = { "{" } lesson-id = 2 { "}" }, et feedback = "pourquoi ce choix était bon ou mauvais"
twee-missing-passage = TODO{"\u00A0"}: l'histoire mène à un passage «{"\u00A0"}{ $name }{"\u00A0"}» qu'elle n'a pas
twee-write-passage = TODO{"\u00A0"}: écrivez ce passage.
