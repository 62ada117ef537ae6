# Diagnostics de `validate` et du moteur.
# Ce que `rehearse validate` dit des fichiers de scénario, de cours et de traduction, et les erreurs
# du chargement et du moteur. La personne qui a écrit le fichier les lit : chacun dit ce qui ne va
# pas et comment le corriger. Les clés TOML, le code et les identifiants restent tels quels, entre
# accents graves. Les messages commencent par une minuscule : ils suivent `CHEMIN:LIGNE:COLONNE: erreur : `.

# Un diagnostic après sa position : $severity vaut error ou warning.
diag-located = { $severity ->
    [error] erreur
   *[warning] avertissement
} : { $message }

## Les endroits d'un fichier, tels que les messages les nomment. $case vaut « of » pour la forme
## qui suit « de » (du nœud, de la table) ; sinon, la forme avec article (le nœud, la table).

diag-place-scenario-file = { $case ->
    [of] du fichier du scénario
   *[other] le fichier du scénario
}
diag-place-course-file = { $case ->
    [of] du fichier du cours
   *[other] le fichier du cours
}
diag-place-translation-file = { $case ->
    [of] du fichier de traduction
   *[other] le fichier de traduction
}
diag-place-course-translation = { $case ->
    [of] de la traduction du cours
   *[other] la traduction du cours
}
# $table : une section telle qu'écrite dans le fichier : [scenario], [vars.trust], [nodes.intro].
diag-place-table = { $case ->
    [of] de la section { $table }
   *[other] la section { $table }
}
# Une clé nommée seule : `nodes`.
diag-place-key = { $case ->
    [of] de `{ $key }`
   *[other] `{ $key }`
}
diag-place-node = { $case ->
    [of] du nœud `{ $id }`
   *[other] le nœud `{ $id }`
}
# Un nœud dont l'identifiant n'est pas connu, compté à partir de 1 : le 3e nœud.
diag-place-node-number = { $case ->
    [of] du { $n ->
        [1] 1er
       *[other] { $n }e
    } nœud
   *[other] le { $n ->
        [1] 1er
       *[other] { $n }e
    } nœud
}
diag-place-this-node = { $case ->
    [of] de ce nœud
   *[other] ce nœud
}
diag-place-this-branch = { $case ->
    [of] de cette branche
   *[other] cette branche
}
diag-place-test = { $case ->
    [of] du { $n ->
        [1] 1er
       *[other] { $n }e
    } test
   *[other] le { $n ->
        [1] 1er
       *[other] { $n }e
    } test
}
diag-place-a-test = { $case ->
    [of] d'un test
   *[other] un test
}
diag-place-lesson = { $case ->
    [of] de la { $n ->
        [1] 1re
       *[other] { $n }e
    } leçon
   *[other] la { $n ->
        [1] 1re
       *[other] { $n }e
    } leçon
}
diag-place-course-scenario = { $case ->
    [of] du { $n ->
        [1] 1er
       *[other] { $n }e
    } scénario de la liste du cours
   *[other] le { $n ->
        [1] 1er
       *[other] { $n }e
    } scénario de la liste du cours
}
diag-place-variable = { $case ->
    [of] de la variable `{ $name }`
   *[other] la variable `{ $name }`
}
diag-place-variable-or-table = { $case ->
    [of] de la variable `{ $name }`
   *[other] la variable `{ $name }`
} (ou une table comme `{"{"} start = 50, label = "Confiance du public" {"}"}`)
# $inside et $of : un autre endroit, dans sa forme « of ».
diag-place-key-in = { $case ->
    [of] de `{ $key }`
   *[other] `{ $key }`
} { $inside }
diag-place-key-of = { $case ->
    [of] de `{ $key }`
   *[other] `{ $key }`
} { $of }
diag-place-choice = { $case ->
    [of] du { $n ->
        [1] 1er
       *[other] { $n }e
    } choix
   *[other] le { $n ->
        [1] 1er
       *[other] { $n }e
    } choix
} { $of }
diag-place-branch = { $case ->
    [of] de la { $n ->
        [1] 1re
       *[other] { $n }e
    } branche
   *[other] la { $n ->
        [1] 1re
       *[other] { $n }e
    } branche
} { $of }
diag-place-each-variant = { $case ->
    [of] de chaque variante
   *[other] chaque variante
} { $of }
diag-place-each-entry = { $case ->
    [of] de chaque élément
   *[other] chaque élément
} { $of }
diag-place-or-strings = { $place } (ou une liste de textes)
diag-place-or-branches = { $place } (un identifiant de nœud, ou une liste de branches)

## Lire les valeurs : mauvais types, clés inconnues ou manquantes, limites.

# Le type d'une valeur TOML.
diag-kind = { $kind ->
    [string] un texte
    [integer] un nombre entier
    [float] un nombre décimal
    [boolean] true/false
    [datetime] une date
    [array] une liste
   *[table] une table
}
diag-not-table = { $what } doit être une table, pas { $kind }
diag-not-table-hint = { $what } doit être une table, pas { $kind } ({ $hint })
diag-not-list = { $what } doit être une liste, pas { $kind }
diag-not-list-hint = { $what } doit être une liste, pas { $kind } ({ $hint })
diag-not-string = { $what } doit être un texte entre guillemets, pas { $kind }
diag-not-whole-number = { $what } doit être un nombre entier, pas { $kind }
diag-not-whole-number-quoted = { $what } doit être un nombre entier, pas { $kind } (écrivez-le sans guillemets)
diag-not-bool = { $what } doit valoir true ou false, pas { $kind }
diag-out-of-range = { $what } doit être entre { $min } et { $max }
diag-text-too-long = { $what } fait { $chars } caractères ; un texte est limité à { $limit } caractères : coupez-le ou raccourcissez-le
diag-unknown-key = clé inconnue `{ $key }` dans { $inside } : vouliez-vous dire `{ $suggestion }` ?
diag-unknown-key-allowed = clé inconnue `{ $key }` dans { $inside } : les clés permises ici sont { $allowed }.
diag-missing-key = { $what } n'a pas la clé obligatoire `{ $key }` : ajoutez par exemple `{ $example }`
# Ajouté après une phrase qui nomme quelque chose d'inconnu.
diag-did-you-mean = Vouliez-vous dire `{ $name }` ?

# Comment écrire une valeur, entre parenthèses après « doit être une table, pas ... ».
diag-hint-example = écrivez par exemple `{ $code }`
diag-hint-write = écrivez `{ $code }`
diag-hint-table-then-key = écrivez par exemple `{ $table }`, puis `{ $key }`
diag-hint-each-node-table = écrivez chaque nœud comme une table `[[nodes]]`
diag-hint-each-choice-table = écrivez chaque choix comme une table `[[nodes.choices]]`
diag-hint-each-test-table = écrivez chaque test comme une table `[[tests]]`
diag-hint-each-lesson-table = écrivez chaque leçon comme une table `[[lessons]]`
diag-hint-each-scenario-table = écrivez chaque scénario comme une table `[[scenarios]]` avec un `id`
diag-hint-each-node-as = écrivez chaque nœud sous la forme `{ $code }`
diag-hint-each-as = écrivez chaque élément sous la forme `{ $code }`

# Exemples d'une clé manquante, après « ajoutez par exemple » : du TOML, dont les textes sont traduits.
diag-example-scenario-title = title = "Un troll dans les commentaires"
diag-example-scenario-summary = summary = "Ce qui attend la personne en formation."
diag-example-node-text = text = "Ce que voit la personne en formation."
diag-example-choice-text = text = "Répondre avec les faits."
diag-example-test-name = name = "le meilleur parcours réussit"
diag-example-course-title = title = "Les médias sociaux au travail"
diag-example-lesson-title = title = "Réfléchir avant de publier"

## Le fichier dans son ensemble, et la syntaxe TOML.

# $whole et $tenth : une taille en mégaoctets, p. ex. 16 et 8 pour 16,8 Mo.
diag-file-too-large = le fichier fait { $whole },{ $tenth } Mo ; la limite est de { $limit } Mo : un fichier aussi gros n'est presque certainement pas un scénario (si c'en est un, divisez-le)
diag-not-utf8 = le fichier n'est pas du texte UTF-8 valide à cet endroit : enregistrez-le en UTF-8 (est-ce un fichier binaire, ou un texte dans un autre encodage ?)
diag-file-empty = le fichier est vide : un fichier { $kind ->
    [course] de cours
    [translation] de traduction
   *[scenario] de scénario
} commence par `format = 1`
diag-more-syntax-errors = { $count ->
    [one] { $count } autre erreur de syntaxe non affichée
   *[other] { $count } autres erreurs de syntaxe non affichées
} : est-ce bien un fichier TOML ?
diag-multiline-inline-table = cette table en ligne `{ $table }` s'étend sur plusieurs lignes : rehearse la lit, mais les outils TOML 1.0 (Taplo, et les éditeurs qui s'en servent) refusent tout le fichier. Gardez-la sur une seule ligne, ou écrivez-la comme une `[table]`
diag-toml-too-deep = erreur de syntaxe TOML : les valeurs sont imbriquées trop profondément (plus de 80 niveaux de listes ou de tables)
diag-toml-unclosed-string = erreur de syntaxe TOML : ce texte sur plusieurs lignes n'est jamais fermé ; terminez-le par `{ $quotes }` (le fichier finit avant sa fermeture)
diag-toml-curly-quotes = erreur de syntaxe TOML : les guillemets courbes “ ” ou ‘ ’ (d'un traitement de texte) n'ouvrent pas un texte en TOML ; utilisez des guillemets droits, "comme ceci"
diag-toml-duplicate-key = erreur de syntaxe TOML : clé `{ $key }` en double ; la ligne { $line } la définit déjà dans cette table : gardez-en une seule
diag-toml-duplicate-table = erreur de syntaxe TOML : la table `{ $table }` est déjà ouverte à la ligne { $line } : mettez ces clés sous cet en-tête et supprimez celui-ci
diag-toml-stray-bom = erreur de syntaxe TOML : une marque d'ordre des octets invisible (U+FEFF, souvent collée depuis un autre fichier) se trouve ici : supprimez-la (dans la plupart des éditeurs : effacez le caractère avant le prochain caractère visible)
# $shown : le caractère tel qu'il est affiché ici (p. ex. ␛) ; $code : son échappement, p. ex. \u001B.
diag-toml-control-character = erreur de syntaxe TOML : un caractère de contrôle ({ $shown }) est écrit tel quel dans une chaîne, ce que TOML ne permet pas : supprimez-le, ou écrivez-le `{ $code }` si le texte en a vraiment besoin
# $message : ce que dit le lecteur TOML (en anglais).
diag-toml-syntax = erreur de syntaxe TOML : { $message }
diag-no-format = le fichier n'a pas de clé `format` : ajoutez `format = 1` en première ligne
diag-unsupported-format = format { $format } non pris en charge : cette version de rehearse lit `format = 1`
diag-format-not-one = `format` doit être le nombre entier 1 : écrivez `format = 1`

## Fichiers de scénario.

diag-no-scenario-table = le fichier n'a pas de section [scenario] : ajoutez-en une avec id, title, summary, level, minutes et start
diag-bad-level = `level` doit valoir "101" (tout le personnel) ou "advanced" (titulaires de comptes officiels), pas "{ $level }"
diag-scenario-id-not-kebab = l'identifiant de scénario `{ $id }` n'est pas en kebab-case (des mots en minuscules reliés par `-`, par exemple `troll-handling`)
diag-node-id-control = l'identifiant de nœud `{ $id }` contient un caractère de contrôle ou invisible (affiché sous la forme ␛ ou �) : aucun lien ne peut l'écrire ; retirez-le de l'identifiant
diag-too-many-vars = [vars] déclare { $count } variables ; la limite est de { $limit }
diag-bad-var-name = `{ $name }` ne peut pas servir dans les conditions : un nom de variable est fait de lettres, de chiffres, de `_` ou de `-`, et commence par une lettre
diag-var-min-above-max = la variable `{ $name }` a un `min` ({ $min }) plus grand que son `max` ({ $max }) : inversez-les
# $side : min ou max.
diag-var-start-outside = la variable `{ $name }` commence à { $start }, { $side ->
    [min] sous son `min`
   *[max] au-dessus de son `max`
} ({ $bound }) : une jauge doit commencer entre ses bornes
diag-no-nodes = le fichier n'a aucun nœud : ajoutez au moins une table `[[nodes]]`
diag-too-many-nodes = le scénario a { $count } nœuds ; la limite est de { $limit } : divisez-le en plusieurs scénarios
diag-too-many-tests = le fichier a { $count } tests ; la limite est de { $limit }
diag-too-many-choices = { $what } a { $count } choix ; la limite est de { $limit }
diag-too-many-variants = { $what } a { $count } variantes ; la limite est de { $limit }
diag-too-many-branches = { $what } a { $count } branches ; la limite est de { $limit }
diag-empty-text-list = { $what } est une liste vide : donnez au moins un texte
diag-bad-ending = `ending` doit valoir "success", "mixed" ou "failure", pas "{ $ending }"
diag-condition-too-long = cette condition dépasse { $limit } octets
diag-empty-node-id = un identifiant de nœud ne peut pas être vide
diag-duplicate-node = identifiant de nœud `{ $id }` en double : la ligne { $line } a déjà un nœud avec cet identifiant ; renommez l'un des deux
# $hint : « Vouliez-vous dire ...? » ou rien.
diag-unknown-node = { $what } renvoie à `{ $name }`, mais aucun nœud n'a cet identifiant.{ $hint } Vérifiez l'orthographe, ou ajoutez un `[[nodes]]` avec `id = "{ $name }"`
diag-node-no-body = { $what } n'a ni choix, ni `ending`, ni `next` : donnez-lui des `[[nodes.choices]]`, `ending = "success"` (ou mixed, ou failure), ou `next = "node-id"`
# $kinds : ce que le nœud a, joint par des tirets.
diag-node-two-bodies = { $what } a { $kinds ->
    [choices-ending] des choix et `ending`
    [choices-next] des choix et `next`
    [ending-next] `ending` et `next`
   *[choices-ending-next] des choix, `ending` et `next`
} : un nœud a une seule de ces trois choses, des choix, `ending` ou `next`
diag-unknown-channel = { $what } a `channel = "{ $channel }"`, un canal que rehearse ne connaît pas : il s'affiche comme du texte simple.{ $hint } Canaux connus : post, reply, dm, email, phone, meeting, news, note (et leurs synonymes)
diag-timer-no-timeout = { $what } a un `timer` mais pas de `on_timeout` : ajoutez par exemple `{ $example }` pour dire ce qui arrive quand le temps est écoulé
diag-timeout-no-timer = { $what } a un `on_timeout` mais pas de `timer`, donc le temps ne s'écoule jamais : ajoutez `timer = 45` ou retirez `on_timeout`
diag-timer-no-choices = { $what } a un minuteur mais aucun choix : un minuteur ne tourne que pendant qu'une personne décide
diag-timeout-score-no-feedback = { $what } a un score mais pas de `feedback` : ajoutez `feedback = "..."` pour dire en quoi attendre a aidé ou nui
diag-empty-choices = { $what } a une liste de choix vide : ajoutez au moins un `[[nodes.choices]]`
diag-choice-no-feedback = { $what } a un score mais pas de `feedback` : ajoutez `feedback = "..."` pour dire pourquoi ce choix était bon ou mauvais, et ce qui aurait été mieux
# $of : ce qui a ce `next`, dans sa forme « of ».
diag-empty-branches = `next` { $of } est une liste de branches vide : donnez au moins une branche `{ $example }`
diag-every-branch-has-if = chaque branche de `next` { $of } a un `if` : quand aucune condition ne tient, le parcours n'a nulle part où aller ; ajoutez une dernière branche sans `if`
diag-branch-never-taken = la branche vers `{ $target }` dans `next` { $of } n'est jamais prise : elle n'a pas de `weight`, et la branche pondérée vers `{ $other }` tient toujours, donc le tirage se fait toujours parmi les branches pondérées. Donnez-lui un poids, ou déplacez les branches pondérées dans un nœud à part
# $list : « Ses leçons : ... » ou rien.
diag-unknown-lesson = leçon inconnue `{ $lesson }` : les clés d'un score doivent être des identifiants de leçons du cours `{ $course }`.{ $hint }{ $list }
diag-course-lessons = Ses leçons : { $lessons }.
diag-unknown-variable = variable inconnue `{ $name }` : déclarez-la d'abord dans [vars] (par exemple `{ $name } = 0`).{ $hint }
# $reason : l'un des messages diag-cond-.
diag-condition-syntax = cette condition est mal écrite : { $reason }.{ $hint }
diag-test-min-above-max = le test `{ $name }` demande un min_percent ({ $min }) plus grand que son max_percent ({ $max }) : aucun parcours ne peut le réussir
diag-no-ending-from-start = aucune fin ne peut être atteinte depuis le nœud de départ `{ $start }` : ajoutez un nœud avec `ending = "success"` (ou mixed, ou failure) et menez-y un choix ou un `next`
diag-unreachable = le nœud `{ $id }` ne peut jamais être atteint depuis le nœud de départ `{ $start }` : menez-y un choix ou un `next`, ou retirez-le
diag-no-ending-from-node = aucune fin ne peut être atteinte depuis le nœud `{ $id }` : une personne qui arrive ici ne peut jamais finir ; menez ce nœud vers une fin

## Conditions (`if`) : pourquoi l'une d'elles est mal écrite.

diag-cond-number-too-large = le nombre `{ $number }` est trop grand
diag-cond-single-equals = `=` n'est pas une comparaison : écrivez `==` pour tester l'égalité
diag-cond-unexpected = `{ $char }` inattendu : une condition s'écrit comme `trust >= 40 and risk < 3`
# $word : and ou or (les mots des conditions, qui restent en anglais) ; $written : && ou ||.
diag-cond-write-instead = écrivez `{ $word }` au lieu de `{ $written }`
diag-cond-too-deep = les parenthèses sont imbriquées trop profondément
diag-cond-not-closed = une `(` n'est pas fermée : ajoutez `)`
diag-cond-expected-comparison = une comparaison (`<`, `<=`, `>`, `>=`, `==` ou `!=`) est attendue après `{ $name }`
diag-cond-compare-with-number = comparez `{ $name }` à un nombre entier, pas à `{ $other }`
diag-cond-expected-number = un nombre entier est attendu après `{ $name } { $op }`
diag-cond-unknown-variable = variable inconnue `{ $name }` : déclarez-la dans [vars] (par exemple `{ $name } = 0`)
diag-cond-variable-first = mettez la variable en premier, par exemple `trust >= 40`
diag-cond-ends-early = la condition s'arrête trop tôt : il manque la suite de `VARIABLE OPÉRATEUR NOMBRE`
diag-cond-expected-variable = un nom de variable est attendu, par exemple `trust >= 40`
diag-cond-empty = la condition est vide : écrivez par exemple `trust >= 40`, ou retirez `if`
diag-cond-trailing = texte inattendu après la condition : reliez les conditions par `and` ou `or`

## Fichiers de cours.

diag-no-course-table = le fichier n'a pas de section [course] : ajoutez-en une avec `id` et `title`
diag-no-lessons = le cours n'a aucune leçon : ajoutez des tables `[[lessons]]` avec `id`, `title` et `summary`
diag-too-many-lessons = le cours a { $count } leçons ; la limite est de { $limit }
# $line : le rang de l'autre leçon, compté à partir de 1.
diag-duplicate-lesson = identifiant de leçon `{ $id }` en double (la { $line ->
    [1] 1re
   *[other] { $line }e
} leçon l'a aussi) : les identifiants de leçons doivent être uniques
diag-lesson-not-kebab = l'identifiant de leçon `{ $id }` n'est pas en kebab-case (des mots en minuscules reliés par `-`)
diag-bad-language-tag = "{ $tag }" n'est pas une étiquette de langue : écrivez-la selon BCP 47, par exemple "en-CA" ou "fr-CA"
diag-language-twice = "{ $tag }" figure deux fois dans `languages`
diag-no-languages = `languages` est vide : indiquez au moins la langue d'origine, par exemple `languages = ["en-CA"]`
diag-course-scenario-twice = le scénario `{ $id }` figure deux fois dans le cours (aussi en { $n ->
    [1] 1re
   *[other] { $n }e
} position) : ne l'indiquez qu'une fois
diag-after-unknown = `after` de `{ $id }` renvoie à `{ $after }`, que le cours ne liste pas.{ $hint } Ajoutez-lui un `[[scenarios]]`, ou retirez-le de `after`
diag-after-cycle = les listes `after` du cours tournent en rond ({ $cycle }) : aucun scénario ne pourrait être suivi en premier ; retirez l'un d'eux
diag-course-scenario-missing = le cours liste le scénario `{ $id }`, mais aucun fichier de scénario du paquet n'a cet identifiant.{ $hint } Vérifiez l'identifiant dans la section [scenario] du scénario, ou retirez-le du cours
diag-lesson-unassessed = aucun scénario n'évalue la leçon `{ $lesson }` : notez-la dans au moins un choix, ou retirez-la du cours

## Fichiers de traduction.

diag-tr-language-mismatch = `language` vaut "{ $language }", mais le nom du fichier dit "{ $tag }" : renommez le fichier, ou changez `language`
diag-tr-language-not-offered = "{ $language }" ne fait pas partie des langues du cours ({ $languages }) : ajoutez-la à `languages` dans course.toml
diag-tr-no-tests = un fichier de traduction ne peut pas contenir de `[[tests]]` : les tests de l'auteur ou de l'autrice sont seulement dans le fichier source
diag-tr-translates-other = `translates` nomme "{ $named }", mais le scénario à côté est "{ $id }"
diag-tr-course-translates-other = `translates` nomme "{ $named }", mais le cours est "{ $id }"
diag-tr-no-such-variable = la source n'a pas de variable `{ $name }` à traduire.{ $hint }
diag-tr-no-such-node = la source n'a pas de nœud `{ $id }` à traduire.{ $hint } Retirez cette entrée, ou vérifiez l'identifiant
diag-tr-no-such-lesson = le cours n'a pas de leçon `{ $id }` à traduire.{ $hint }
diag-tr-stale = la source du nœud `{ $id }` a changé depuis sa traduction (l'empreinte { $old } est maintenant { $new }) : vérifiez la traduction, puis confirmez-la avec `rehearse translate { $scenario } --lang { $lang } --confirm { $id }`
diag-tr-untranslated-texts = le nœud `{ $id }` a des textes pas encore traduits : ils s'affichent dans la langue d'origine
# $nodes : les premiers identifiants de nœuds, ou diag-tr-nodes-and-more.
diag-tr-missing-nodes = { $count ->
    [one] { $count } nœud de la source n'a pas de traduction ({ $nodes }) : il s'affiche
   *[other] { $count } nœuds de la source n'ont pas de traduction ({ $nodes }) : ils s'affichent
} dans la langue d'origine. `rehearse translate { $scenario } --lang { $lang }` les ajoute
diag-tr-nodes-and-more = { $nodes } et { $more } autres
diag-tr-no-title = le titre du scénario n'a pas de traduction : ajoutez `[scenario]` avec `title` et `summary`
diag-tr-not-in-source = le nœud `{ $id }` de la source n'a pas de `{ $key }` : retirez-le ici
diag-tr-no-timeout-feedback = le nœud `{ $id }` de la source n'a pas de `feedback` dans `on_timeout` : retirez-le ici
# $choices : choices-count.
diag-tr-choice-count = le nœud `{ $id }` a { $choices } dans la source, mais { $count } ici : traduisez chaque choix une fois, dans le même ordre
diag-tr-no-feedback = le { $n ->
    [1] 1er
   *[other] { $n }e
} choix du nœud `{ $id }` n'a pas de rétroaction dans la source : retirez-la ici
diag-tr-variant-count = le nœud `{ $id }` a { $source ->
    [one] { $source } variante
   *[other] { $source } variantes
} de texte dans la source, mais { $count } ici : traduisez chaque variante une fois, dans le même ordre
diag-tr-variants-list = le nœud `{ $id }` a { $n } variantes de texte dans la source : écrivez ici une liste de { $n } textes
diag-tr-lessons-missing = leçons sans traduction (affichées dans la langue d'origine) : { $lessons }
diag-tr-missing-file = le cours est offert en { $tag }, mais ce scénario n'a pas de fichier de traduction `{ $id }.{ $tag }.toml` : les personnes qui suivent le cours en { $tag } le voient dans la langue d'origine. `rehearse translate { $id } --lang { $tag }` en commence un

## Paquets et fichiers.

diag-pack-not-a-folder = `--pack` attend un dossier qui contient course.toml et des fichiers de scénarios
diag-no-course-found = aucun course.toml trouvé pour ce scénario (ni dans son dossier ni au-dessus, et le cours intégré n'a pas pu être chargé)
diag-course-not-fixed = ce scénario ne peut pas être vérifié tant que son course.toml n'est pas corrigé
diag-lessons-of-no-course = ce fichier note des leçons que le cours intégré n'a pas ({ $lessons }) : aucun course.toml n'a été trouvé dans son dossier ni au-dessus, il a donc été vérifié avec le cours intégré. Mettez le course.toml de votre paquet à côté de lui (ou dans un dossier au-dessus), ou utilisez les identifiants de leçons du cours intégré
# $first : le fichier qui a cet identifiant en premier.
diag-duplicate-scenario = identifiant de scénario `{ $id }` en double : { $first } l'utilise déjà ; les identifiants de scénarios doivent être uniques dans un paquet
diag-translation-without-source = un fichier de traduction se lit avec sa source, mais il n'y a pas de `{ $id }.toml` à côté de lui
diag-translation-orphan = ce fichier de traduction porte le nom d'un scénario `{ $id }`, mais il n'y a pas de `{ $id }.toml` à côté de lui : nommez-le d'après le fichier de son scénario (`ID.TAG.toml`)
diag-course-translation-alone = une traduction du cours a besoin du course.toml de son dossier
diag-course-translation-missing = le cours est offert en { $tag }, mais il n'y a pas de `course.{ $tag }.toml` à côté de lui : le titre et les leçons du cours s'affichent dans la langue d'origine
# $hint : « Vouliez-vous dire ...? » ou rien.
diag-find-not-loaded = aucun scénario `{ $name }` n'est chargé.{ $hint } Lancez `rehearse list` pour voir les scénarios, ou donnez le chemin d'un fichier .toml
diag-find-not-a-scenario = { $name } : ce fichier n'a pas pu être chargé comme scénario
diag-read-io = impossible de lire le fichier : { $reason }
diag-read-folder = c'est un dossier, pas un fichier
diag-read-not-regular = ce n'est pas un fichier ordinaire (un tube, un périphérique ou un socket) : ignoré
diag-read-too-large = le fichier fait { $whole },{ $tenth } Mo ; la limite est de { $limit } Mo
diag-io-not-found = fichier ou dossier introuvable
diag-io-permission-denied = accès refusé
diag-io-disk-full = le disque est plein : libérez de l'espace, puis réessayez
diag-io-read-only = le système de fichiers est en lecture seule
diag-io-is-a-folder = c'est un dossier, pas un fichier
diag-io-not-a-folder = une partie du chemin est un fichier, pas un dossier
diag-io-exists = il existe déjà
diag-io-no-terminal = il n'y a pas de terminal où afficher (le programme n'a pas été lancé depuis un terminal)

## Tests de l'auteur ou de l'autrice, et vérifications qui jouent le scénario.

diag-test-fails = le test `{ $name }` échoue : { $reason }
# $ending : success, mixed ou failure (tel qu'écrit dans le fichier) ; $percent : p. ex. 80 %.
diag-test-ended = le parcours s'est terminé sur `{ $ending }` au nœud `{ $node }` avec { $percent }
diag-test-stopped = le parcours s'est arrêté au nœud `{ $node }`, avec { $percent } jusque-là
# $position : le rang dans la liste de choix, compté à partir de 1 ; $error : l'un des messages diag-action-.
diag-test-unplayable = le { $position ->
    [1] 1er
   *[other] { $position }e
} choix de "{ $choices }" ne peut pas être joué : { $error }
# $outcome : diag-test-ended ou diag-test-stopped.
diag-test-ran-out = l'issue `{ $ending }` était attendue, mais les choix se sont épuisés avant ({ $outcome })
diag-test-wrong-ending = l'issue `{ $ending }` était attendue, mais { $outcome }
diag-test-below-min = au moins { $min } était attendu, mais { $outcome }
diag-test-above-max = au plus { $max } était attendu, mais { $outcome }
diag-test-missed-node = le parcours devait passer par `{ $node }`, mais il n'y est pas passé ({ $outcome })
diag-picks-not-a-choice = l'élément { $entry } de la liste de choix, `{ $item }`, n'est ni un numéro de choix (1, 2, ...) ni `t`
diag-stuck-loop = le parcours tourne en rond dans une boucle de nœuds sans choix (à `{ $node }`)
diag-stuck-no-choice = le nœud `{ $node }` n'offre aucun choix avec les variables actuelles, et n'a pas de minuteur
# $offered : le nombre de choix qu'offre le nœud.
diag-action-no-such-choice = il n'y a pas de choix { $number } au nœud `{ $node }` : il offre { $offered ->
    [0] aucun choix (il faut seulement attendre)
    [1] seulement le choix 1
    [2] les choix 1 et 2
   *[other] les choix 1 à { $offered }
}
diag-action-no-timer = le nœud `{ $node }` n'a pas de minuteur : le temps ne peut pas s'y écouler
diag-action-needs-choice = le nœud `{ $node }` demande un choix
diag-action-only-continues = le nœud `{ $node }` n'a pas de choix : il ne fait que continuer
diag-action-ended = le parcours est déjà terminé
diag-action-stuck = le nœud `{ $node }` n'offre aucun choix avec les variables actuelles
# $pass et $percent : p. ex. 70 % ; $why : diag-closest-run ou diag-every-ending-fails.
diag-cannot-pass = aucun parcours de ce scénario ne peut atteindre sa note de passage de { $pass } : { $why }. Baissez `pass_percent` ou ajoutez des choix mieux notés
diag-closest-run = le parcours qui s'en approche le plus sans finir en échec obtient { $percent }
diag-every-ending-fails = toutes les fins qu'on peut atteindre sont des échecs
# $choices : diag-no-choice-taken ou diag-the-choices.
diag-success-below-pass = un parcours qui ne réussit pas atteint la fin de réussite `{ $id }` ({ $choices }, le score est de { $percent }, sous la note de passage de { $pass }) : on dit à la personne qu'elle a réussi alors que le score dit le contraire. Menez les parcours plus faibles vers une fin mitigée ou d'échec (une variable cachée et une branche peuvent les distinguer), ou notez ce chemin plus haut
diag-failure-at-pass = un parcours qui atteint la note de passage de { $pass } arrive à la fin d'échec `{ $id }` ({ $choices }, le score est de { $percent }) : un parcours que le score juge bon finit en échec. Notez moins haut les choix qui mènent ici, ou menez ces parcours vers une autre fin
diag-no-choice-taken = sans prendre aucun choix
# $picks : p. ex. 2,1,t,3.
diag-the-choices = avec les choix { $picks }

## Vérifications qui gardent un score honnête.

# $strategy : longest, first ou last.
diag-strategy = { $strategy ->
    [longest] en prenant toujours le choix le plus long
    [first] en prenant toujours le premier choix
   *[last] en prenant toujours le dernier choix
}
diag-strategy-passes = { $strategy } ({ $percent })
diag-strategy-passes-with-seeds = { $strategy } ({ $percent }, avec { $seeds } des germes de 1 à 16)
# Entre deux diag-strategy-passes.
diag-or-by = ou
diag-naive-strategies-pass = une personne peut réussir ce scénario sans faire preuve de jugement, { $strategies } : le score mesure alors une astuce d'examen. Rendez les mauvais choix aussi longs, aussi précis et aussi bien placés que les bons (variez la place du meilleur choix, et lequel est le plus long), ou mettez `shuffle = true`
# $losing : diag-losing-choice et diag-losing-timeout joints par diag-and ; $count : combien.
diag-lesson-only-lost = au nœud `{ $node }`, la leçon `{ $lesson }` ne peut qu'être perdue : { $losing } { $count ->
    [one] lui donne
   *[other] lui donnent
} un score négatif, et aucun choix ici ne lui donne un score positif ; la personne voit donc « non évaluée » alors que la perte baisse son score. Donnez au choix qui applique la leçon un score positif pour `{ $lesson }`, ou retirez la pénalité
diag-losing-choice = le choix { $n }
diag-losing-timeout = laisser le temps s'écouler
diag-and = et
diag-hidden-var-unread = la variable `{ $name }` est cachée (`shown = false`) et aucune condition ne la lit : elle ne change donc rien. Utilisez-la dans un `if` (pour choisir le nœud qui raconte ce que la personne a fait), affichez-la, ou retirez-la

## Les mots de l'analyseur TOML dans une erreur de syntaxe : ce qui ne va pas, puis ce qu'il attendait à cet endroit.
# $description : ce qui ne va pas ; $expected : ce qui aurait été correct (une liste).
toml-described = { $description } ; attendu à cet endroit : { $expected }
toml-underscore-may-only-go-between-digits = `_` ne peut se trouver qu'entre deux chiffres
toml-cannot-recurse-further-max-recursion-depth-met = imbrication trop profonde
toml-carriage-return-must-be-followed-by-newline = un retour chariot doit être suivi d'un saut de ligne
toml-extra-equals = `=` en trop
toml-extra-assignment-between-key-value-pairs = affectation en trop entre deux paires clé-valeur
toml-extra-comma-in-array = virgule en trop dans le tableau
toml-extra-comma-in-inline-table = virgule en trop dans la table en ligne
toml-integers-with-a-radix-cannot-be-signed = un entier écrit avec un préfixe de base (0x, 0o, 0b) ne peut pas avoir de signe
toml-invalid-comment-character = caractère interdit dans un commentaire
toml-invalid-inline-table-element = élément de table en ligne non valide
toml-invalid-key-value-pair = paire clé-valeur non valide
toml-invalid-unquoted-key = clé sans guillemets non valide
toml-invalid-value = valeur non valide
toml-key-with-no-value = clé sans valeur
toml-keys-cannot-be-multi-line-basic-strings = une clé ne peut pas être une chaîne multiligne
toml-keys-cannot-be-multi-line-literal-strings = une clé ne peut pas être une chaîne littérale multiligne
toml-missing-array-opening = ouverture de tableau manquante
toml-missing-assignment-between-key-value-pairs = signe `=` manquant entre la clé et la valeur
toml-missing-comma-between-array-elements = virgule manquante entre les éléments du tableau
toml-missing-comma-between-key-value-pairs = virgule manquante entre les paires clé-valeur
toml-missing-comment-start = début de commentaire manquant
toml-missing-escaped-value = séquence d'échappement incomplète
toml-missing-inline-table-opening = ouverture de table en ligne manquante
toml-missing-key-for-inline-table-element = clé manquante pour un élément de table en ligne
toml-missing-opening-quote = guillemet ouvrant manquant
toml-missing-table-open = ouverture de table manquante
toml-missing-value = valeur manquante
toml-missing-value-for-key = valeur manquante pour la clé
toml-radix-must-be-lowercase = le préfixe de base doit être en minuscules
toml-redundant-integer-number-prefix = préfixe d'entier redondant
toml-redundant-numeric-sign = signe redondant
toml-string-values-must-be-quoted = un texte doit être entre guillemets
toml-too-few-unicode-value-digits = trop peu de chiffres dans la valeur Unicode
toml-unclosed-array = tableau non fermé
toml-unclosed-array-table = en-tête de tableau de tables non fermé
toml-unclosed-inline-table = table en ligne non fermée
toml-unclosed-table = en-tête de table non fermé
toml-unexpected-equals-in-array = `=` inattendu dans un tableau
toml-unexpected-content = contenu inattendu
toml-unexpected-content-between-comment-and-newline = contenu inattendu entre le commentaire et la fin de ligne
toml-unexpected-key-or-value = clé ou valeur inattendue
toml-unexpected-leading-zero = zéro initial inattendu
toml-unexpected-sign = signe inattendu
toml-unquoted-keys-cannot-be-empty = une clé sans guillemets ne peut pas être vide
toml-invalid-basic-string = chaîne non valide
toml-invalid-binary-number = nombre binaire non valide
toml-invalid-boolean = booléen non valide (true ou false)
toml-invalid-date-time = date-heure non valide
toml-invalid-float = nombre décimal non valide
toml-invalid-hexadecimal-number = nombre hexadécimal non valide
toml-invalid-integer-number = nombre entier non valide
toml-invalid-literal-string = chaîne littérale non valide
toml-invalid-multi-line-basic-string = chaîne multiligne non valide
toml-invalid-multi-line-literal-string = chaîne littérale multiligne non valide
toml-invalid-octal-number = nombre octal non valide
toml-invalid-string = chaîne non valide
toml-duplicate-key = clé en double
toml-invalid-date = date non valide
toml-invalid-time = heure non valide
toml-invalid-offset = décalage horaire non valide
toml-invalid-datetime = date-heure non valide
toml-invalid-fraction = partie décimale non valide
toml-invalid-exponent = exposant non valide
toml-invalid-mantissa = mantisse non valide
toml-invalid-key = clé non valide
toml-invalid-table = table non valide
toml-expected-basic-string = une chaîne
toml-expected-characters = des caractères
toml-expected-digits = des chiffres
toml-expected-key = une clé
toml-expected-letters = des lettres
toml-expected-literal-string = une chaîne littérale
toml-expected-multi-line-basic-string = une chaîne multiligne
toml-expected-multi-line-literal-string = une chaîne littérale multiligne
toml-expected-non-double-quote-visible-characters = des caractères visibles autres que "
toml-expected-non-single-quote-characters = des caractères autres que '
toml-expected-non-single-quote-visible-characters = des caractères visibles autres que '
toml-expected-numbers = des nombres
toml-expected-printable-characters = des caractères imprimables
toml-expected-unicode-hexadecimal-value = une valeur hexadécimale Unicode
toml-expected-value = une valeur
toml-expected-newline = un saut de ligne
toml-expected-nothing = rien
toml-expected-year-or-hour = une année ou une heure
toml-expected-month = un mois
toml-expected-day = un jour
toml-expected-hour = une heure
toml-expected-minute = des minutes
toml-expected-second = des secondes
toml-expected-month-between-01-and-12 = un mois entre 01 et 12
toml-expected-day-between-01-and-28 = un jour entre 01 et 28
toml-expected-day-between-01-and-29 = un jour entre 01 et 29
toml-expected-day-between-01-and-30 = un jour entre 01 et 30
toml-expected-day-between-01-and-31 = un jour entre 01 et 31
toml-expected-hour-between-00-and-23 = une heure entre 00 et 23
toml-expected-hours-between-00-and-23 = des heures entre 00 et 23
toml-expected-minute-between-00-and-59 = des minutes entre 00 et 59
toml-expected-minutes-between-00-and-59 = des minutes entre 00 et 59
toml-expected-second-between-00-and-60 = des secondes entre 00 et 60
toml-expected-a-four-digit-year-yyyy = une année à quatre chiffres (AAAA)
toml-expected-a-two-digit-month-mm = un mois à deux chiffres (MM)
toml-expected-a-two-digit-day-dd = un jour à deux chiffres (JJ)
toml-expected-a-two-digit-hour-hh = une heure à deux chiffres (HH)
toml-expected-a-two-digit-minute-mm = des minutes à deux chiffres (MM)
toml-expected-a-two-digit-second-ss = des secondes à deux chiffres (SS)
