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
plain-resume-question = Reprendre là où vous en étiez ? [O/n]
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
plain-stuck = Ce scénario ne peut pas continuer d'ici : le nœud `{ $node }` n'offre aucun choix. Prévenez son auteur ou son autrice.
plain-quit = Progression enregistrée. Pour reprendre là où vous en étiez, lancez : { $command }

## Reprendre une partie (mode texte et interface).

resumed = Reprise après { $n ->
    [one] { $n } choix
   *[other] { $n } choix
}.
resume-partial = Le scénario a changé : vos { $applied } premiers choix sur { $saved } s'appliquent encore ; vous continuez à partir de là.
resume-taken = Cette partie est ouverte dans une autre fenêtre ; une nouvelle partie commence.
progress-cannot-be-saved = La progression ne peut pas être enregistrée : { $reason }

## Langues.

not-translated = Ce scénario n'a pas de traduction en { $language } : il s'affiche dans sa langue d'origine ({ $source }).

## Enregistrer le résultat d'une partie.

result-not-saved = Votre résultat n'a pas pu être enregistré ({ $reason }) : la partie reste en cours ; terminez-la de nouveau plus tard pour l'enregistrer.
result-saved-not-queued = Votre résultat est enregistré, mais sa fiche pour le système d'apprentissage de votre organisation n'a pas pu être mise en file d'attente ({ $reason }) ; elle le sera la prochaine fois que vous terminerez une partie.

## Importer une histoire Twine.

import-summary = { $passages ->
    [one] { $passages } passage importé
   *[other] { $passages } passages importés
} et { $links ->
    [one] { $links } lien
   *[other] { $links } liens
}{"\u00A0;"} { $macros ->
    [0] aucun code de format d'histoire
    [one] { $macros } bout de code de format d'histoire gardé en commentaire
   *[other] { $macros } bouts de code de format d'histoire gardés en commentaires
}{ $missing ->
    [0] {""}
    [one] {"\u00A0;"} { $missing } lien vers un passage absent de l'histoire (un nœud TODO le remplace)
   *[other] {"\u00A0;"} { $missing } liens vers des passages absents de l'histoire (des nœuds TODO les remplacent)
}.
import-next = Étape suivante{"\u00A0"}: remplissez les TODO (leçons, points, rétroaction, fins), puis lancez `rehearse validate { $file }` et `rehearse preview { $file }`.
import-exists = { $file } existe déjà{"\u00A0"}: choisissez un autre nom, ou déplacez ce fichier d'abord
twee-no-passages = aucun passage trouvé{"\u00A0"}: un fichier Twee 3 a des en-têtes `:: Nom du passage`, un fichier HTML de Twine 2 un élément <tw-storydata>

## Le compte rendu après action d'une séance animée.

report-unwritable = le compte rendu après action ne peut pas être écrit dans { $file } ({ $reason }){"\u00A0"}: choisissez un autre endroit avec --report avant le début de la séance
report-is-a-folder = c'est un dossier

## La ligne de commande.

pack-not-a-folder = --pack { $path }{"\u00A0"}: ce dossier n'existe pas (un paquet est un dossier qui contient course.toml et des fichiers de scénarios)
pack-not-used = --pack sert aux commandes qui lisent des scénarios{"\u00A0"}; celle-ci n'en lit aucun

## Une classe par SSH (`rehearse serve`).

serve-banner = Classe rehearse{"\u00A0"}: quand on vous demande un mot de passe, tapez le code de classe que votre formatrice ou formateur vous a donné.
serve-code-instructions = Tapez le code de classe que votre formatrice ou formateur vous a donné.
serve-code-prompt = Code de classe{"\u00A0"}:{" "}
serve-class-over = La séance est terminée{"\u00A0"}: votre progression est enregistrée. Merci{"\u00A0"}!
serve-full = La classe est complète ({ $max } personnes à la fois){"\u00A0"}: réessayez dans un moment.
serve-interface-only = Ce serveur n'offre que l'interface de rehearse{"\u00A0"}: connectez-vous sans commande, par exemple `ssh -p PORT NOM@HÔTE`.
serve-cannot-listen = impossible d'écouter sur { $address } (un autre serveur utilise-t-il ce port{"\u00A0"}? Choisissez-en un autre avec --listen)
serve-started = Classe rehearse, à l'écoute sur { $address }.
serve-how = Les personnes de la classe se connectent avec{"\u00A0"}: { $command }   ({ $name } est leur nom dans la classe)
# Ce que les personnes de la classe tapent à la place de leur propre nom dans la commande ci-dessus.
serve-name-placeholder = NOM
serve-code = Code de classe (le mot de passe à taper){"\u00A0"}: { $code }
serve-fingerprint = Empreinte de la clé de l'hôte (que les personnes de la classe vérifient quand leur client SSH la demande){"\u00A0"}: { $fingerprint }
serve-loopback-only = Seul cet ordinateur peut se connecter{"\u00A0"}: pour ouvrir la classe à la salle, relancez avec --listen 0.0.0.0:2222 (ou l'adresse de cet ordinateur sur le réseau de la classe).
serve-stop-how = Appuyez sur Ctrl-C pour terminer la séance{"\u00A0"}: tout le monde est prévenu et tout est enregistré.
serve-data = Les résultats sont enregistrés dans { $folder }{"\u00A0"}: `rehearse class report --learners` en tire le rapport de la classe.
serve-table-head = Personnes connectées{"\u00A0"}: { $connected }
serve-state-home = choisit un scénario
serve-state-playing = { $scenario }, décision { $decision }
serve-state-finished = { $scenario }{"\u00A0"}: terminé, { $percent }, { $passed ->
    [yes] réussi
   *[other] non réussi
}
serve-connected = en ligne
serve-left = hors ligne
serve-stopped = La séance est terminée{"\u00A0"}: chaque personne a été prévenue, et chaque résultat est enregistré.

serve-bad-host-key = { $path } n'est pas une clé d'hôte{"\u00A0"}: déplacez-le et relancez pour en créer une nouvelle (les clients SSH des personnes de la classe diront alors que la clé du serveur a changé)
serve-cannot-make-key = la clé d'hôte du serveur n'a pas pu être créée
serve-cannot-start = le serveur de la classe n'a pas pu démarrer
signals-not-set-up = le programme n'a pas pu demander à être averti de Ctrl-C et de la fermeture du terminal
learner-name-length = --learner demande un nom de 1 à 100 caractères
data-folder-exposed = le dossier de données { $folder } peut être lu par les autres utilisateurs de cet ordinateur (permissions { $mode }){"\u00A0"}; les résultats des personnes y sont gardés{"\u00A0"}: faites `chmod 700` à moins que ce ne soit voulu

## Fichiers de progression et dossier de données
# $path : un fichier ou un dossier ; $reason : pourquoi (selon le système).
store-io = impossible d'utiliser { $path }{"\u00A0"}: { $reason }
# Un fichier d'apprenant ou de la boîte d'envoi endommagé, mis de côté (jamais supprimé).
store-set-aside = { $from } n'a pas pu être lu ({ $reason }){"\u00A0"}; il a été déplacé vers { $to } et un nouveau fichier a été créé
store-not-json = JSON non valide{"\u00A0"}: { $reason }
store-not-progress = ce n'est pas un fichier de progression rehearse{"\u00A0"}: { $reason }
store-newer = écrit par une version plus récente de rehearse (format { $version }{"\u00A0"}; celle-ci lit jusqu'au format { $reads })
store-no-version = pas de `format_version`{"\u00A0"}: ce n'est pas un fichier de progression rehearse
store-migration = un ancien fichier de progression qui n'a pas pu être converti{"\u00A0"}: { $reason }
