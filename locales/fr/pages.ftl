# Pages rédigées par l’équipe, page « Participer », accueil de l’équipe, navigation de l’équipe et file des traductions.

nav-get-involved = Participer
nav-footer = En savoir plus sur le Plan d’action
nav-staff = Équipe
nav-staff-home = Accueil de l’équipe
nav-group-delivery = Mise en œuvre
nav-group-results = Résultats
nav-group-content = Site web
nav-group-members = Membres
nav-group-account = Compte

get-involved-title = Participer
get-involved-intro = Le Plan d’action est conçu avec les membres, pour les membres. Découvrez comment les organismes nationaux de normalisation, leurs parties prenantes, les experts, les bailleurs de fonds et les partenaires peuvent y prendre part.
get-involved-empty = Les façons de participer seront bientôt présentées ici.

page-shown-in-source = Cette page n’a pas encore été traduite dans votre langue ; elle est présentée dans sa langue d’origine : { $language }.
page-translation-behind = Le texte original ({ $language }) a changé depuis cette traduction ; elle n’est peut-être plus à jour.
page-other-languages = Lire cette page en

admin-pages-title = Gérer les pages
admin-pages-empty = Aucune page dans cette liste.
pages-by-status = Pages par statut
pages-count = { $total ->
    [0] Aucune page
    [one] { $total } page
   *[other] { $total } pages
}
page-new-title = Rédiger une page
page-edit-title = Modifier « { $title } »
page-translate-title = Traduction ({ $language }) de « { $title } »
page-source-language-help = La langue dans laquelle la page est d’abord écrite ; les traductions suivent ce texte. Elle ne peut plus être changée ensuite.
page-slug-help = La fin de l’adresse de la page, par exemple a-propos-du-plan-d-action. Laissée vide, elle est tirée du titre. Obligatoire pour un titre en écriture arabe ou cyrillique.
page-slug-fixed = fixée depuis la première publication, pour que les liens vers la page restent valables.
page-readers-live = la page publiée
page-readers-none = rien : la page n’a pas été publiée
page-needs-other-reviewer = Cette page doit être relue par une autre personne de l’équipe : seul un relecteur autre que l’auteur, ou un administrateur, peut la publier ou demander des modifications.
page-publish-when-help = Laissez la date vide pour publier maintenant, ou choisissez le moment où la page paraîtra et son fuseau horaire.
page-field-placement = Emplacement sur le site
page-placement-help = Où les lecteurs trouvent un lien vers la page une fois publiée. Sans emplacement, la page n’est accessible que par son adresse.
page-placement-none = Uniquement par son adresse
placement-header = Navigation principale
placement-footer = Pied de chaque page
placement-get-involved = Page « Participer » (un public)
page-field-position = Ordre
page-position-help = 1 vient en premier parmi les pages du même emplacement ; de 1 à 99.
field-error-page-slug-exists = Une autre page a déjà cette adresse.
field-error-page-slug-fixed-once-published = L’adresse d’une page publiée ne peut pas changer.
field-error-page-archived-not-editable = Rouvrez cette page archivée avant de la modifier.
field-error-page-already-published = Cette page est déjà publiée : sa date de publication ne peut plus être déplacée.
field-error-page-is-source-language = C’est la langue de rédaction de la page : modifiez la page elle-même.
field-error-page-not-allowed-now = Cette étape n’est pas possible dans le statut actuel de la page.
field-error-page-source-language-fixed = La langue de rédaction d’une page ne peut pas changer.
field-error-invalid-position = Indiquez un nombre entier de 1 à 99.

content-kind-story = Récit
content-kind-page = Page

staff-home-title = Accueil de l’équipe
staff-home-attention = À traiter
staff-home-nothing = Rien n’attend : toutes les files sont vides.
staff-home-stories-in-review = { $count ->
    [0] Aucun récit en relecture
    [one] { $count } récit en relecture
   *[other] { $count } récits en relecture
}
staff-home-pages-in-review = { $count ->
    [0] Aucune page en relecture
    [one] { $count } page en relecture
   *[other] { $count } pages en relecture
}
staff-home-translations-out-of-date = { $count ->
    [0] Aucune traduction à mettre à jour
    [one] { $count } traduction à mettre à jour
   *[other] { $count } traductions à mettre à jour
}
staff-home-updates-submitted = { $count ->
    [0] Aucune mise à jour déclarée à examiner
    [one] { $count } mise à jour déclarée à examiner
   *[other] { $count } mises à jour déclarées à examiner
}
staff-home-nominations = { $count ->
    [0] Aucune candidature proposée en attente de décision
    [one] { $count } candidature proposée en attente de décision
   *[other] { $count } candidatures proposées en attente de décision
}
staff-home-imports = { $count ->
    [0] Aucun import de participants en attente d’application
    [one] { $count } import de participants en attente d’application
   *[other] { $count } imports de participants en attente d’application
}
staff-home-nominations-heading = Activités avec des candidatures proposées
staff-home-imports-heading = Imports de participants non appliqués
staff-home-translations = File des traductions par langue

translation-queue-title = File des traductions : { $language }
translation-queue-intro = Récits et pages dont la traduction manque ou est en retard sur le texte source, ceux qui ne sont pas traduits du tout en premier.
translation-queue-languages = Langues
translation-queue-empty = Rien n’attend de traduction dans cette langue.
translation-queue-count = { $total ->
    [one] { $total } texte à traduire
   *[other] { $total } textes à traduire
}
translation-queue-kind = Type
translation-queue-state = Traduction
translation-queue-projects = Projets dont la traduction n’est plus à jour
translation-queue-projects-intro = Leur texte anglais a changé depuis l’enregistrement de cette traduction : ouvrez le projet, comparez et enregistrez de nouveau la traduction.
translation-queue-projects-missing = { $count ->
    [one] { $count } projet public sans texte dans cette langue
   *[other] { $count } projets publics sans texte dans cette langue
}
translation-queue-projects-missing-intro = Les lecteurs de cette langue voient leur texte anglais. Ouvrez un projet et ajoutez sa traduction.

# Recherche.

nav-search = Rechercher
search-title = Recherche
search-title-for = Recherche : { $query }
search-label = Mots à rechercher
search-help = Projets, récits, pages et membres, dans toutes les langues du site. Chaque mot doit être trouvé ; les autres formes d’un mot comptent aussi (norme, normes).
search-submit = Rechercher
search-prompt = Saisissez un ou plusieurs mots pour chercher dans tout le site.
search-kinds = Résultats par type
search-kind-all = Tous
search-kind-project = Projets
search-kind-story = Récits
search-kind-page = Pages
search-kind-member = Membres
search-count = { $total ->
    [0] Aucun résultat
    [one] { $total } résultat
   *[other] { $total } résultats
}
search-nothing = Rien ne contient tous ces mots. Essayez avec moins de mots, ou d’autres mots.
search-notice-search-no-words = Il n’y a aucun mot à rechercher : saisissez des lettres ou des chiffres, pas seulement de la ponctuation.
search-notice-search-too-long = Cette recherche est trop longue : saisissez au plus 500 caractères.
search-count-capped = Plus de { $total } résultats ; ajoutez un mot pour les réduire.
