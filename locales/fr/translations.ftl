## Fichiers de traduction (XLIFF) pour les traducteurs qui travaillent hors d’apdc.

translation-files-title = Traduire hors d’apdc (XLIFF)
translation-files-intro = Les traducteurs qui travaillent dans leur propre outil (memoQ, Trados, OmegaT…) peuvent télécharger ce qui attend sous forme de fichier XLIFF 2.0, un par langue source, puis téléverser ici le fichier traduit. Chaque texte du fichier est vérifié avant tout enregistrement ; un fichier dont un texte est refusé n’est pas enregistré du tout.
translation-file-export = Télécharger les textes — langue source : { $source } ({ $count ->
    [one] { $count } élément
   *[other] { $count } éléments
})
translation-file-field = Fichier traduit (langue cible : { $language })
translation-file-help = Un fichier XLIFF 2.0 téléchargé depuis cette page puis traduit, de 5 Mo au plus.
translation-file-import = Importer les traductions
translation-file-imported = { $count ->
    [0] Le fichier ne contenait aucune traduction : rien n’a été enregistré.
    [one] { $count } traduction a été enregistrée à partir du fichier.
   *[other] { $count } traductions ont été enregistrées à partir du fichier.
}
translation-file-refused = { $count ->
    [one] { $count } texte de ce fichier a été refusé ; rien n’a donc été enregistré. Corrigez-le et téléversez de nouveau le fichier.
   *[other] { $count } textes de ce fichier ont été refusés ; rien n’a donc été enregistré. Corrigez-les et téléversez de nouveau le fichier.
}
translation-file-refusals = Textes refusés
translation-file-item = Élément
translation-file-unit = Texte
translation-file-reason = Motif
translation-file-empty = Choisissez un fichier traduit à téléverser.
translation-file-too-large = Ce fichier dépasse { $megabytes } Mo.
translation-file-not-xml = Ce fichier n’est pas du XML bien formé ({ $detail }).
translation-file-doctype = Ce fichier déclare un type de document (DOCTYPE), ce qu’un fichier de traduction ne peut pas faire.
translation-file-not-xliff = Ce fichier n’est pas un fichier XLIFF 2.
translation-file-version = Ce fichier est au format XLIFF { $version } : exportez-le depuis votre outil au format XLIFF 2.0.
translation-file-no-language = Ce fichier n’indique pas ses langues (l’attribut { $attribute } de son élément xliff manque).
translation-file-too-many-units = Ce fichier contient plus de { $max } textes.
translation-file-text-too-long = Le texte « { $unit } » de ce fichier dépasse { $max } caractères.
translation-file-too-deep = Ce fichier imbrique des éléments sur plus de { $max } niveaux.
translation-file-missing-id = Un élément « { $element } » de ce fichier n’a pas d’identifiant.
translation-file-wrong-language = La langue cible de ce fichier ({ $file }) n’est pas celle de cette file ({ $language }) : téléversez-le dans la file de sa propre langue.
field-error-unknown-item = Aucun récit ni aucune page ne porte l’identifiant de ce fichier : téléchargez un nouveau fichier.
field-error-unknown-unit = Aucun texte ne porte ce nom : n’ajoutez pas d’unités au fichier.
field-error-markup-mismatch = La traduction contient des codes de mise en forme absents de la source : conservez ceux de la source.
field-error-source-language-mismatch = Cet élément n’est pas rédigé dans la langue source du fichier.
field-error-no-source-version = Le fichier n’indique pas quelle version de la source a été traduite : téléchargez un nouveau fichier.
field-error-pictures-differ = La traduction doit montrer les mêmes images que la source : laissez les lignes /media/… telles quelles.
