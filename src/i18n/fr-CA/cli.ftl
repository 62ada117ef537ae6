### cli
### Les mots de la ligne de commande : l'aide de chaque commande et de chaque argument, ses titres
### et les erreurs d'utilisation. Les identifiants suivent l'arbre des commandes (voir src/cli.rs,
### `localize`) :
###   cli-COMMANDE-about      ce que fait une commande (son chemin joint par -, p. ex. class-report)
###   cli-COMMANDE-ARG        l'aide d'un argument (cli-global-ARG : avant la commande)
###   cli-arg-ARG             l'aide d'un argument commun à plusieurs commandes
###   cli-value-NOM           un paramètre fictif (<DOSSIER>, <FICHIER>...) ; les options et les noms
###                           de commande restent tels qu'on les tape (les scripts en dépendent).
### Un test unitaire parcourt l'arbre et échoue si un identifiant manque ou ne sert pas.

## Titres, options d'aide et de version, commande help

cli-usage = Utilisation :
cli-commands = Commandes :
cli-arguments = Arguments :
cli-options = Options :
cli-help-flag = Afficher l'aide
cli-version-flag = Afficher la version
cli-help-about = Afficher ce message ou l'aide de la commande donnée
cli-help-command = La commande dont il faut afficher l'aide
cli-default = [par défaut : { $value }]
cli-possible-values = [valeurs possibles : { $values }]

## Erreurs d'utilisation (code de sortie 2)

cli-error = erreur : { $message }
cli-tip = astuce : { $tip }
cli-try-help = Pour en savoir plus, essayez « { $flag } ».
cli-quoted = « { $text } »
cli-err-unknown-argument = argument inattendu « { $arg } »
cli-err-unknown-command = commande inconnue « { $name } »
cli-err-value-missing = une valeur est requise pour « { $arg } », mais aucune n'a été donnée
cli-err-invalid-value = valeur « { $value } » non valide pour « { $arg } »
cli-err-invalid-value-because = valeur « { $value } » non valide pour « { $arg } » : { $reason }
cli-err-missing-arguments = { $n ->
    [one] l'argument obligatoire suivant n'a pas été donné :
   *[other] les arguments obligatoires suivants n'ont pas été donnés :
}
cli-err-missing-command = « { $name } » demande une commande, mais aucune n'a été donnée :
cli-err-used-twice = l'argument « { $arg } » ne peut être donné qu'une fois
cli-err-conflict = l'argument « { $arg } » ne peut pas être employé avec « { $other } »
cli-err-conflict-many = l'argument « { $arg } » ne peut pas être employé avec :
cli-err-conflict-others = l'argument « { $arg } » ne peut pas être employé avec un ou plusieurs des autres arguments donnés
cli-err-too-many-values = valeur inattendue « { $value } » pour « { $arg } » ; aucune autre n'était attendue
cli-err-too-few-values = « { $arg } » demande { $min } valeurs, mais n'en a reçu que { $actual }
cli-err-wrong-number-of-values = « { $arg } » demande { $expected } valeurs, mais en a reçu { $actual }
cli-err-no-equals = un signe égal est nécessaire pour donner une valeur à « { $arg } »
cli-err-invalid-utf8 = un argument n'est pas du texte UTF-8 valide
cli-err-other = la ligne de commande n'a pas pu être lue : { $reason }
cli-tip-similar-argument = un argument semblable existe : « { $arg } »
cli-tip-similar-command = { $n ->
    [one] une commande semblable existe : { $names }
   *[other] des commandes semblables existent : { $names }
}
cli-tip-similar-value = { $n ->
    [one] une valeur semblable existe : { $values }
   *[other] des valeurs semblables existent : { $values }
}
cli-tip-as-value = pour donner « { $arg } » comme valeur, écrivez « { $fix } »
cli-tip-remove-dashes = la commande « { $name } » existe ; pour l'employer, retirez le « -- » qui la précède
cli-tip-exists = « { $what } » existe

## Valeurs refusées avant que la commande ne s'exécute

cli-bad-whole-number = un nombre entier est attendu (p. ex. 42)
cli-bad-number-range = un nombre entier de { $min } à { $max } est attendu
cli-bad-count = un nombre entier d'au moins 1 est attendu
cli-bad-factor = un facteur de 0.5 à 10 est attendu, écrit avec un point (p. ex. 1.5, ou 2 pour deux fois plus de temps)
cli-bad-address = une adresse et un port sont attendus (p. ex. 127.0.0.1:2222 ou 0.0.0.0:2222)

## Paramètres fictifs

cli-value-command = COMMANDE
cli-value-dir = DOSSIER
cli-value-tag = LANGUE
cli-value-name = NOM
cli-value-path = CHEMIN
cli-value-scenario = SCÉNARIO
cli-value-list = LISTE
cli-value-n = N
cli-value-factor = FACTEUR
cli-value-format = FORMAT
cli-value-id = ID
cli-value-file = FICHIER
cli-value-node = NŒUD
cli-value-addr-port = ADRESSE:PORT
cli-value-code = CODE
cli-value-minutes = MINUTES

## Arguments communs à plusieurs commandes

cli-arg-packs = Ajouter les scénarios d'un paquet (un dossier avec course.toml) à ceux qui sont intégrés au programme. Peut être répété
cli-arg-scenario = L'identifiant d'un scénario, ou le chemin d'un fichier .toml
cli-arg-lang = La langue d'affichage (une étiquette ou sa première partie : fr, fr-CA)
cli-arg-json = Afficher en JSON

## rehearse (avant la commande)

cli-about = Exercez-vous aux situations de médias sociaux de la fonction publique dans votre terminal : des scénarios à embranchements, notés selon un cours.
cli-global-lang = La langue d'affichage (une étiquette ou sa première partie : fr, fr-CA) ; aussi $REHEARSE_LANG
cli-global-learner = Qui s'exerce (accepté aussi après la commande) ; aussi $REHEARSE_LEARNER

## rehearse validate

cli-validate-about = Vérifier des fichiers de scénario ou des paquets ; signaler chaque problème sous la forme CHEMIN:LIGNE:COLONNE
cli-validate-paths = Les fichiers ou dossiers à vérifier (par défaut : tous les paquets chargés)
cli-validate-json = Afficher un seul objet JSON : les diagnostics, leur nombre et les tests d'auteur

## rehearse walk

cli-walk-about = Jouer un scénario sans interface, d'après une liste de choix
cli-walk-choices = Les numéros des choix tels qu'affichés (une fois les choix masqués retirés et l'ordre mélangé), séparés par des virgules, ou `t` pour laisser un minuteur s'écouler ; les nœuds qui ne font que continuer ne prennent aucun numéro
cli-walk-seed = Le germe qui détermine les variantes de texte, le mélange des choix et les embranchements pondérés
cli-walk-json = Afficher un seul objet JSON

## rehearse play

cli-play-about = Jouer un scénario (dans l'interface du terminal, ou ligne par ligne avec --plain)
cli-play-learner = Qui joue (par défaut : $REHEARSE_LEARNER, sinon le nom d'utilisateur)
cli-play-seed = Le germe qui détermine les variantes de texte, le mélange des choix et les embranchements pondérés (par défaut : tiré au hasard et enregistré)
cli-play-plain = Mode ligne par ligne pour les lecteurs d'écran, les terminaux simples et les scripts
cli-play-timers = En mode --plain, faire courir les minuteurs (ils y sont désactivés par défaut)
cli-play-no-timers = Désactiver les minuteurs
cli-play-timer-scale = Multiplier chaque minuteur par ce facteur, p. ex. 2 pour deux fois plus de temps (aussi $REHEARSE_TIMER_SCALE)

## rehearse analyze

cli-analyze-about = Jouer tous les parcours d'un scénario : nombre de parcours, issues, meilleur et pire parcours, fourchette de chaque leçon, choix inaccessibles, biais de position

## rehearse graph

cli-graph-about = La carte du scénario pour Graphviz (dot) ou Mermaid
cli-graph-format = Le format de la carte : dot pour Graphviz, mermaid pour Mermaid

## rehearse new

cli-new-about = Écrire un nouveau fichier de scénario à partir d'un modèle commenté qui passe la validation
cli-new-id = L'identifiant du nouveau scénario (des mots en minuscules joints par `-`)
cli-new-dir = Le dossier où l'écrire (par défaut : le dossier courant)

## rehearse schema

cli-schema-about = Afficher un schéma JSON du fichier de scénario (ou, avec --course, de course.toml) pour les éditeurs
cli-schema-course = Afficher plutôt le schéma de course.toml
cli-schema-translation = Afficher plutôt le schéma des fichiers de traduction (ID.LANGUE.toml, course.LANGUE.toml)

## rehearse preview

cli-preview-about = Jouer un fichier de scénario pendant que vous le modifiez : rechargé à chaque enregistrement, vos étapes rejouées, les problèmes montrés sur place
cli-preview-file = Le fichier de scénario
cli-preview-seed = Le germe des variantes de texte, du mélange des choix et des embranchements pondérés

## rehearse debrief

cli-debrief-about = Afficher de nouveau le bilan d'une partie terminée (la plus récente, ou --attempt N)
cli-debrief-attempt = Laquelle des parties terminées de ce scénario, en comptant à partir de 1 (par défaut : la plus récente)
cli-debrief-learner = La personne dont on affiche la partie (par défaut : $REHEARSE_LEARNER, sinon la dernière personne qui a joué, sinon le nom d'utilisateur)
cli-debrief-plain = Afficher le bilan en texte (aussi quand la sortie n'est pas un terminal)

## rehearse progress

cli-progress-about = Afficher, pour une personne, sa maîtrise de chaque leçon et son meilleur résultat dans chaque scénario
cli-progress-learner = La personne dont on affiche la progression (par défaut : $REHEARSE_LEARNER, sinon le nom d'utilisateur)

## rehearse facilitate

cli-facilitate-about = Animer un scénario avec toute une classe devant un projecteur : votes, discussion, rapport après action
cli-facilitate-seed = Le germe des variantes de texte, du mélange des choix et des embranchements pondérés (par défaut : tiré au hasard)
cli-facilitate-report = Où écrire le rapport après action (par défaut : un fichier daté dans ce dossier)

## rehearse export

cli-export-about = Les résultats d'une personne, à remettre à sa formatrice ou à son formateur
cli-export-learner = La personne dont on exporte les résultats (par défaut : $REHEARSE_LEARNER, sinon le nom d'utilisateur)
cli-export-format = Le format des résultats (xapi : déclarations xAPI 1.0.3, en tableau JSON)
cli-export-output = Écrire dans ce fichier plutôt que sur la sortie standard

## rehearse sync

cli-sync-about = Envoyer les déclarations xAPI en attente au LRS (Learning Record Store) configuré
cli-sync-dry-run = Montrer ce qui serait envoyé, sans rien envoyer
cli-sync-json = Afficher en JSON (avec --dry-run : les déclarations qui seraient envoyées)

## rehearse translate

cli-translate-about = Écrire ou mettre à jour le fichier de traduction d'un scénario (ID.LANGUE.toml à côté de celui-ci)
cli-translate-lang = La langue de la traduction (l'une des langues du cours)
cli-translate-confirm = Les identifiants des nœuds dont vous avez vérifié la traduction après une modification de la source
cli-translate-confirm-all = Confirmer toutes les entrées

## rehearse import

cli-import-about = Importer une histoire écrite avec un autre outil en fichier de scénario à compléter
cli-import-twee-about = Une histoire Twine : texte Twee 3, ou fichier HTML de Twine 2 (publié, ou archive)
cli-import-twee-file = Le fichier .twee, .tw ou .html
cli-import-twee-output = Écrire le scénario ici (par défaut : la sortie standard)

## rehearse serve

cli-serve-about = Une classe par SSH : chaque personne se connecte avec n'importe quel client SSH et joue sous le nom NOM (`ssh -p PORT NOM@HÔTE`), avec le code de la classe comme mot de passe
cli-serve-listen = Où écouter (un réseau de classe doit être choisi explicitement, p. ex. 0.0.0.0:2222)
cli-serve-class-code = Le code que tapent les personnes de la classe (par défaut : un nouveau code aléatoire, affiché au démarrage)
cli-serve-max-sessions = Nombre de personnes connectées à la fois
cli-serve-idle-minutes = Minutes d'inactivité au clavier avant la fermeture d'une session (la progression est conservée)
cli-serve-no-timers = Désactiver les minuteurs pour tout le monde
cli-serve-timer-scale = Multiplier chaque minuteur par ce facteur, p. ex. 2 pour deux fois plus de temps

## rehearse class

cli-class-about = Commandes pour toute une classe
cli-class-report-about = Combiner les exportations d'une classe : résultats vérifiés, moyennes par leçon, choix, qui n'a pas réussi
cli-class-report-inputs = Les fichiers exportés, ou des dossiers qui en contiennent
cli-class-report-learners = Toutes les personnes du dossier de données de cet ordinateur (où `rehearse serve` enregistre une classe), sans exportations
cli-class-report-format = Le format du rapport
cli-class-report-lang = La langue du rapport (par défaut : la langue source du paquet)

## rehearse list

cli-list-about = Lister les scénarios chargés avec leur niveau, leur durée en minutes et leurs leçons
