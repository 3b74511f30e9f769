# Récits de réussite : pages publiques, rédaction, relecture, traductions et révisions.

nav-stories = Récits
nav-admin-stories = Récits
stories-title = Récits de réussite
stories-intro = Comment les organismes nationaux de normalisation et leurs parties prenantes mettent les normes en pratique avec l’appui du Plan d’action, racontés par celles et ceux qui les vivent.
stories-filter = Filtrer les récits
stories-count = { $total ->
    [0] Aucun récit
    [one] { $total } récit
   *[other] { $total } récits
}
stories-empty = Aucun récit n’a encore été publié.
stories-empty-filtered = Aucun récit publié ne correspond à ces filtres. Retirez un filtre pour en voir davantage.
stories-as-json = Ces récits en JSON (API)
story-published = Publié le { $date }
story-updated = mis à jour le { $date }
story-shown-in-source = Ce récit n’a pas encore été traduit dans votre langue ; il est présenté dans sa langue d’origine : { $language }.
story-translation-behind = Le texte original ({ $language }) a changé depuis cette traduction ; elle n’est peut-être plus à jour.
story-people-quoted = Personnes citées
story-about = Sujets de ce récit
story-other-languages = Lire ce récit en
story-all = Tous les récits de réussite
home-stories = Derniers récits
home-stories-all = Tous les récits de réussite
project-stories = Récits sur ce projet
member-stories = Récits sur ce membre

date-long-1 = { $day ->
    [one] 1er
   *[other] { $day }
} janvier { $year }
date-long-2 = { $day ->
    [one] 1er
   *[other] { $day }
} février { $year }
date-long-3 = { $day ->
    [one] 1er
   *[other] { $day }
} mars { $year }
date-long-4 = { $day ->
    [one] 1er
   *[other] { $day }
} avril { $year }
date-long-5 = { $day ->
    [one] 1er
   *[other] { $day }
} mai { $year }
date-long-6 = { $day ->
    [one] 1er
   *[other] { $day }
} juin { $year }
date-long-7 = { $day ->
    [one] 1er
   *[other] { $day }
} juillet { $year }
date-long-8 = { $day ->
    [one] 1er
   *[other] { $day }
} août { $year }
date-long-9 = { $day ->
    [one] 1er
   *[other] { $day }
} septembre { $year }
date-long-10 = { $day ->
    [one] 1er
   *[other] { $day }
} octobre { $year }
date-long-11 = { $day ->
    [one] 1er
   *[other] { $day }
} novembre { $year }
date-long-12 = { $day ->
    [one] 1er
   *[other] { $day }
} décembre { $year }

admin-stories-title = Gérer les récits
admin-stories-empty = Aucun récit dans cette liste.
stories-by-status = Récits par statut
story-new-title = Rédiger un récit
story-edit-title = Modifier « { $title } »
story-translate-title = Traduction ({ $language }) de « { $title } »
content-status-draft = Brouillon
content-status-in-review = En relecture
content-status-changes-requested = Modifications demandées
content-status-published = Publié
content-status-archived = Archivé
content-action-submit = Soumettre à la relecture
content-action-request-changes = Demander des modifications
content-action-publish = Publier
content-action-archive = Archiver
content-action-reopen = Rouvrir comme brouillon
story-source-language = Rédigé en
story-source-language-help = La langue dans laquelle le récit est d’abord écrit ; les traductions suivent ce texte. Elle ne peut plus être changée ensuite.
story-field-title = Titre
story-field-standfirst = Chapeau
story-standfirst-help = Une ou deux phrases qui présentent le récit sous son titre.
story-field-body = Texte
story-body-help = Markdown : ## pour un intertitre, - pour une liste, > pour une citation, [mots](https://…) pour un lien, ![description](/media/…) pour une image téléversée. Le HTML n’est pas accepté.
story-field-people = Personnes citées
story-people-help = Une personne par ligne, avec sa fonction, par exemple : Amina Diallo, cheffe de la certification, ASN.
story-field-links = Liens
story-field-slug = Adresse
story-slug-help = La fin de l’adresse du récit, par exemple normes-solaires-a-dakar. Laissée vide, elle est tirée du titre. Obligatoire pour un titre en écriture arabe ou cyrillique.
story-slug-fixed = fixée depuis la première publication, pour que les liens vers le récit restent valables.
story-minor = Correction mineure
story-minor-help = Cochez pour une correction de frappe ou d’orthographe que les traducteurs n’ont pas à reporter : les traductions restent à jour.
story-field-projects = Projets
story-projects-help = Codes des projets, séparés par des virgules, par exemple DEMO-0001, DEMO-0014.
column-updated = Dernière modification
column-language = Langue
column-actions = Actions
story-out-of-date = Traductions à mettre à jour
story-live-copy = une version antérieure est publiée
story-translation-out-of-date = Le texte source a changé depuis l’enregistrement de cette traduction. Mettez-la à jour, puis cochez la case ci-dessous.
story-source-text = Texte source ({ $language })
story-translation-current = À jour par rapport au texte source
story-translation-current-help = Décochez si vous n’enregistrez qu’une partie des changements : la traduction reste alors signalée comme à mettre à jour.
story-readers = Les lecteurs voient
story-readers-live = le récit publié
story-readers-changes-waiting = des modifications ultérieures attendent la relecture
story-readers-scheduled = rien pour l’instant : le récit paraîtra le { $moment } (UTC)
story-readers-none = rien : le récit n’a pas été publié
story-author = Auteur ou autrice
story-changes-requested = Modifications demandées
story-workflow = Relecture et publication
story-needs-other-reviewer = Ce récit doit être relu par une autre personne de l’équipe : seul un relecteur autre que l’auteur, ou un administrateur, peut le publier ou demander des modifications.
story-comment = Ce qui doit changer
story-publish-when = Publication
story-publish-when-help = Laissez la date vide pour publier maintenant, ou choisissez le moment où le récit paraîtra et son fuseau horaire.
story-publish-at = Date et heure
story-time-zone = Fuseau horaire
story-translations = Traductions
story-translate = Traduire
translation-state-source = Texte source
translation-state-missing = Non traduit
translation-state-current = À jour
translation-state-out-of-date = À mettre à jour
story-preview = Aperçu (texte en cours de rédaction)
story-revisions = Révisions
revision-title = Révision { $number }
story-live-revision = publiée
story-history = Historique de la relecture
revision-created = création
revision-edited = texte source ou liens modifiés
revision-edited-minor = correction mineure du texte source
revision-translated = traduction enregistrée : { $detail }
revision-translated-file = traduction importée d’un fichier XLIFF : { $detail }
revision-restored = révision { $detail } rétablie
revision-no-change = Cet enregistrement n’a rien changé.
revision-restore = Rétablir cette révision
revision-restore-help = Les textes et les liens redeviennent ceux de cette révision, dans une nouvelle révision ; un récit publié reçoit un nouveau brouillon à relire.

field-error-raw-html = Le HTML n’est pas accepté : rédigez le texte en Markdown (voir l’aide sous le champ).
field-error-unsafe-link = Un lien ne peut mener qu’à une page web (https://…), une adresse électronique (mailto:…) ou une page de ce site (/…).
field-error-image-not-uploaded = Les images d’un texte doivent provenir de la photothèque : copiez la ligne affichée à côté de l’image (![…](/media/…)).
field-error-image-alt-required = Décrivez chaque image entre les crochets, pour les lecteurs qui ne peuvent pas la voir.
field-error-slug-needs-latin = Ce titre ne contient pas de lettres latines pour former une adresse : saisissez-en une en minuscules, chiffres et traits d’union.
field-error-slug-exists = Un autre récit a déjà cette adresse.
field-error-slug-fixed-once-published = L’adresse d’un récit publié ne peut pas changer.
field-error-source-language-fixed = La langue de rédaction d’un récit ne peut pas changer.
field-error-comment-required = Indiquez ce qui doit changer.
field-error-time-zone-required = Choisissez le fuseau horaire de cette date et de cette heure.
field-error-not-allowed-now = Cette étape n’est pas possible dans le statut actuel du récit.
field-error-reviewer-required = Seul un relecteur autre que l’auteur, ou un administrateur, peut franchir cette étape.
field-error-already-published = Ce récit est déjà publié : sa date de publication ne peut plus être déplacée.
field-error-archived-not-editable = Rouvrez ce récit archivé avant de le modifier.
field-error-is-source-language = C’est la langue de rédaction du récit : modifiez le récit lui-même.
