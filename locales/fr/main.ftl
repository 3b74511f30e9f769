# apdc — messages en français. Toute clé présente ici doit exister dans toutes les autres langues.

language-name = Français
site-name = Plan d'action pour les pays en développement
skip-to-content = Aller au contenu
demo-banner = Site de démonstration : les membres proviennent des données de référence ; les points focaux et les comptes marqués « démo » sont fictifs.
nav-languages = Langues
nav-main = Navigation principale
nav-home = Accueil
nav-members = Membres
nav-new-member = Ajouter un membre
nav-import = Importer des membres
nav-my-member = Mon organisme membre
nav-api = API
signed-in-as = Connecté en tant que { $name } ({ $role })
sign-in = Se connecter
sign-out = Se déconnecter
footer-about = Le Plan d'action pour les pays en développement apporte aux organismes nationaux de normalisation des pays en développement une assistance technique et des formations.

role-administrator = administrateur
role-programme-officer = chargé de programme
role-focal-point = point focal du membre
role-donor-viewer = donateur (consultation)
role-participant = participant

yes = Oui
no = Non
not-known = inconnu
save = Enregistrer
cancel = Annuler
pagination = Pagination
page-previous = Précédente
page-next = Suivante
demo-record = démo

home-title = Accueil
home-heading = Plan d'action pour les pays en développement
home-purpose = Le Plan d'action est le cadre d'assistance technique et de formation qui aide les organismes nationaux de normalisation des pays en développement à participer activement à la normalisation internationale et à tirer pleinement parti de l'utilisation des normes.
home-objective = Il est mis en œuvre au moyen de projets, de modules d'apprentissage en ligne, de webinaires, d'un accompagnement à distance, de missions de conseil dans les pays, d'activités de formation et du parrainage d'experts pour leur participation aux réunions de normalisation ; son suivi est assuré par les membres et les donateurs au regard d'un cadre de résultats.
home-figures = Chiffres clés
figure-members = membres inscrits au registre
figure-developing = membres de pays en développement
figure-developing-share = des membres sont issus de pays en développement
home-figures-note = Calculé à partir du registre des membres. Le statut de pays en développement de chaque membre est enregistré avec son fondement ; voir la page du membre.
home-by-region = Membres par région
home-by-category = Membres par catégorie
home-browse-members = Parcourir l'annuaire des membres

column-region = Région
column-members = Membres
column-developing = Membres de pays en développement
column-share = Part du total des membres
column-category = Catégorie
column-country = Pays
column-acronym = Sigle
column-status = Statut

region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
region-oceania = Océanie

category-member-body = Comité membre
category-correspondent = Membre correspondant
category-subscriber = Membre abonné

status-developing = Pays en développement
status-not-developing = Pas un pays en développement

basis-iso-list = Liste ISO des pays en développement
basis-dac-list = Liste des bénéficiaires de l'APD établie par le CAD de l'OCDE
basis-wb-income = Catégorie de revenu de la Banque mondiale
basis-ldc = Pays moins avancé (liste de l'ONU)
basis-un-m49-regions = Convention des régions M49 de l'ONU (hors Europe, Amérique septentrionale, Japon, Australie et Nouvelle-Zélande)
basis-other = Autre (voir la note)

members-title = Membres
members-filter = Filtrer les membres
filter-text = Rechercher
filter-any = Tous
filter-apply = Appliquer les filtres
filter-reset = Réinitialiser
members-count = { $total ->
    [0] Aucun membre ne correspond à ces filtres.
    [one] Affichage du seul membre correspondant.
   *[other] Affichage des membres { $first } à { $last } sur { $total }.
}
members-empty = Aucun membre ne correspond à ces filtres. Essayez d'en retirer un.

member-basis = Fondement du statut
member-ldc = Pays moins avancé
member-lldc = Pays en développement sans littoral
member-sids = Petit État insulaire en développement
member-income = Catégorie de revenu de la Banque mondiale
member-contact = Coordonnées
member-no-contact = Aucune coordonnée n'a encore été enregistrée.
member-edit = Modifier le membre
member-audit = Journal d'audit
member-source = Source
member-origin-staff = Corrigé par le personnel.
member-origin-reference = Conforme aux données de référence.
member-source-link = source
member-new-title = Ajouter un membre
member-edit-title = Modifier { $member }

field-website = Site web
field-email = Adresse électronique
field-phone = Téléphone
field-address = Adresse
field-password = Mot de passe
field-alpha2 = Code pays (ISO 3166-1 alpha-2)
field-alpha2-help = Deux lettres, par exemple KE pour le Kenya.
field-name = Nom
field-basis-help = Raison pour laquelle le membre est (ou n'est pas) considéré comme membre d'un pays en développement.
field-basis-note = Note sur le statut
field-person-name = Nom
field-position = Fonction

focal-points = Points focaux
focal-points-none = Aucun point focal n'a encore été enregistré.
focal-point-add = Ajouter un point focal
focal-point-remove = Retirer
focal-point-remove-named = Retirer { $name }
contacts-title = Coordonnées – { $member }
contacts-edit = Modifier les coordonnées et les points focaux

login-title = Connexion
login-failed = L'adresse électronique ou le mot de passe est incorrect, ou le compte est désactivé.
login-help = Les comptes sont créés par les administrateurs. Adressez-vous à l'unité Renforcement des capacités si vous avez besoin d'un compte.

form-has-errors = Veuillez corriger les champs signalés ci-dessous.

audit-title = Journal d'audit – { $member }
audit-count = { $total ->
    [one] { $total } entrée.
   *[other] { $total } entrées.
}
audit-empty = Rien n'a encore été enregistré pour ce membre.
audit-when = Date et heure (UTC)
audit-who = Auteur
audit-what = Action
audit-changes = Modifications
audit-action-member-create = Membre ajouté
audit-action-member-update = Membre modifié
audit-action-member-update-contacts = Coordonnées modifiées
audit-action-member-refresh = Actualisé à partir des données de référence
audit-action-member-focal-point-add = Point focal ajouté
audit-action-member-focal-point-remove = Point focal retiré

import-title = Importer des membres
import-upload = Envoyer un fichier
import-help = Envoyez un fichier CSV (UTF-8, valeurs séparées par des virgules, un membre par ligne). Avant toute écriture, vous verrez, ligne par ligne, ce qui serait modifié ; rien n'est enregistré tant que toutes les lignes ne sont pas acceptées.
import-required-columns = Colonnes obligatoires :
import-optional-columns = Colonnes facultatives (si une colonne est omise, les valeurs actuelles sont conservées) :
import-download-current = Télécharger la liste actuelle dans ce format
import-file = Fichier CSV
import-preview = Prévisualiser l'importation
import-preview-title = Aperçu de { $file }
import-outcome = Résultat
import-outcome-add = à ajouter
import-outcome-update = à mettre à jour
import-outcome-unchanged = sans changement
import-outcome-rejected = en erreur
import-line = Ligne
import-details = Détails
import-empty-value = (vide)
import-blank-rows = { $count ->
    [one] Une ligne vide a été ignorée.
   *[other] { $count } lignes vides ont été ignorées.
}
import-has-rejections = Certaines lignes sont rejetées ; rien ne peut donc être importé. Corrigez le fichier et envoyez-le de nouveau.
import-no-changes = Le fichier correspond au registre : il n'y a rien à importer.
import-confirm-help = Toutes les lignes sont acceptées. Confirmez pour appliquer en une seule opération l'ensemble des modifications ci-dessus.
import-confirm = Appliquer l'importation
import-applied = Importation effectuée – ajouts : { $added }, mises à jour : { $updated }, sans changement : { $unchanged }.
import-nothing-written = Aucune donnée n'a été enregistrée.
import-problem-no-file = Choisissez un fichier à envoyer.
import-problem-empty = Le fichier est vide.
import-problem-too-large = Le fichier dépasse 2 Mo.
import-problem-not-text = Le fichier n'est pas un fichier texte UTF-8 (CSV). Exportez-le depuis votre tableur au format « CSV UTF-8 ».
import-problem-not-csv = Le fichier ne peut pas être lu en tant que CSV : { $detail }
import-problem-missing-columns = Des colonnes obligatoires sont manquantes : { $columns }
import-problem-unknown-columns = Colonnes inconnues : { $columns }. Renommez-les ou supprimez-les.
import-problem-duplicate-columns = Colonnes en double : { $columns }
import-problem-too-many-rows = Le fichier comporte plus de 5 000 lignes.
import-problem-no-rows = Le fichier comporte un en-tête, mais aucune ligne de membre.

field-error-required = Ce champ est obligatoire.
field-error-too-long = Cette valeur est trop longue.
field-error-control-characters = Cette valeur contient des caractères non autorisés.
field-error-invalid-url = Saisissez une adresse web commençant par http:// ou https://.
field-error-invalid-country-code = Saisissez un code pays ISO 3166-1 à deux lettres.
field-error-invalid-category = Utilisez member_body, correspondent ou subscriber.
field-error-invalid-flag = Utilisez true ou false (oui ou non).
field-error-invalid-basis = Utilisez iso_list, dac_list, wb_income, ldc, un_m49_regions ou other.
field-error-note-required-for-other-basis = Lorsque le fondement est « Autre » (other), expliquez-le dans la note.
field-error-invalid-email = Saisissez une adresse électronique valide.
field-error-invalid-phone = Saisissez un numéro de téléphone (chiffres, espaces, +, -, parenthèses).
field-error-unknown-country = Ce pays ne figure pas dans l'ISO 3166-1.
field-error-member-exists = Ce pays a déjà un membre.
field-error-duplicate-in-file = Ce pays figure plusieurs fois dans le fichier.
field-error-malformed-row = Cette ligne est illisible.
field-error-wrong-number-of-cells = Cette ligne ne comporte pas le même nombre de cellules que l'en-tête.
field-error-import-not-acceptable = Cette importation ne peut pas être appliquée.
field-error-unknown-member = Ce membre n'existe pas.

error-generic-title = Une erreur s'est produite
error-request-id = Référence à communiquer à l'assistance :
error-back-home = Retour à la page d'accueil
error-not-found-title = Page introuvable
error-not-found = Il n'y a rien à cette adresse. La page a peut-être été déplacée, ou le lien contient une erreur.
error-forbidden-title = Accès refusé
error-forbidden = Votre compte n'est pas autorisé à effectuer cette action.
error-unauthenticated-title = Connexion requise
error-unauthenticated = Veuillez vous connecter pour continuer.
error-csrf-failed-title = Formulaire expiré
error-csrf-failed = Ce formulaire a expiré ou n'a pas été envoyé depuis ce site. Revenez en arrière, rechargez la page et réessayez.
error-bad-request-title = Requête incorrecte
error-bad-request = La requête n'a pas pu être comprise.
error-invalid-parameter-title = Adresse non valide
error-invalid-parameter = Une valeur de l'adresse n'est pas valide. Vérifiez les filtres et réessayez.
error-malformed-form-title = Formulaire incorrect
error-malformed-form = Le formulaire n'a pas pu être lu.
error-invalid-title = Données non valides
error-invalid = Certaines valeurs ne sont pas valides.
error-invalid-text-title = Texte refusé
error-invalid-text = La requête contient un caractère NUL, qu'aucun texte ne peut contenir.
error-invalid-text-field = La valeur de « { $field } » contient un caractère NUL, qu'aucun texte ne peut contenir.
error-malformed-json-title = JSON illisible
error-malformed-json = Le corps de la requête n'est pas du JSON valide.
error-invalid-body-title = Données inattendues
error-invalid-body = Le corps de la requête n'a pas la forme attendue ; la documentation de l'API la décrit.
error-invalid-body-field = La valeur à « { $field } » manque, n'est pas attendue ici ou n'est pas du bon type.
error-conflict-title = Conflit
error-conflict = Cette opération est en conflit avec des données déjà enregistrées (elle a peut-être déjà été appliquée).
error-too-many-requests-title = Trop de tentatives
error-too-many-requests = Trop de tentatives. Patientez un instant, puis réessayez.
error-too-many-requests-wait = Trop de tentatives. { $minutes ->
        [0] Patientez { $seconds ->
                [one] { $seconds } seconde
               *[other] { $seconds } secondes
            }, puis réessayez.
        [one] Patientez une minute, puis réessayez.
       *[other] Patientez { $minutes } minutes, puis réessayez.
    }
error-payload-too-large-title = Trop volumineux
error-payload-too-large = Les données envoyées sont trop volumineuses.
error-method-not-allowed-title = Non autorisé
error-method-not-allowed = Cette adresse n'accepte pas ce type de requête.
error-unsupported-media-type-title = Format non pris en charge
error-unsupported-media-type = Ce format n'est pas accepté ici.
error-internal-title = Erreur du serveur
error-internal = Une erreur s'est produite de notre côté. Elle a été consignée ; veuillez réessayer plus tard.

# Sous-régions et régions intermédiaires M49 de l'ONU, catégories de revenu de la Banque mondiale.
area-australia-and-new-zealand = Australie et Nouvelle-Zélande
area-caribbean = Caraïbes
area-central-america = Amérique centrale
area-central-asia = Asie centrale
area-eastern-africa = Afrique orientale
area-eastern-asia = Asie orientale
area-eastern-europe = Europe orientale
area-latin-america-and-the-caribbean = Amérique latine et Caraïbes
area-melanesia = Mélanésie
area-micronesia = Micronésie
area-middle-africa = Afrique centrale
area-northern-africa = Afrique septentrionale
area-northern-america = Amérique septentrionale
area-northern-europe = Europe septentrionale
area-polynesia = Polynésie
area-south-america = Amérique du Sud
area-south-eastern-asia = Asie du Sud-Est
area-southern-africa = Afrique australe
area-southern-asia = Asie du Sud
area-southern-europe = Europe méridionale
area-sub-saharan-africa = Afrique subsaharienne
area-western-africa = Afrique occidentale
area-western-asia = Asie occidentale
area-western-europe = Europe occidentale
income-high-income = Revenu élevé
income-low-income = Faible revenu
income-lower-middle-income = Revenu intermédiaire (tranche inférieure)
income-upper-middle-income = Revenu intermédiaire (tranche supérieure)

# Comptes (administrateurs).
nav-users = Comptes
users-title = Comptes
users-filter = Filtrer les comptes
users-count = { $total ->
    [0] Aucun compte ne correspond.
    [one] { $total } compte.
   *[other] { $total } comptes.
}
users-empty = Aucun compte ne correspond à ce filtre.
user-new = Créer un compte
user-new-title = Créer un compte
user-new-help = Un mot de passe est généré à l'enregistrement ; il ne s'affiche qu'une fois, pour que vous le transmettiez à la personne.
user-edit-title = Compte de { $name }
user-password-title = Nouveau mot de passe
user-password-for = Le mot de passe de { $email } est :
user-password-help = Transmettez-le à la personne par un canal de confiance. Il ne s'affiche que cette fois et ne peut pas être retrouvé ensuite ; la personne peut se connecter avec dès maintenant.
user-reset-password = Générer un nouveau mot de passe
user-reset-help = Le mot de passe actuel cesse immédiatement de fonctionner.
user-history = Historique de ce compte
field-display-name = Nom
field-role = Rôle
field-member = Membre
field-member-none = (aucun)
field-member-help = Obligatoire pour un point focal de membre, qui ne voit et ne modifie alors que les coordonnées de ce membre ; laisser vide pour les autres rôles.
field-active = Actif
field-active-help = Le compte peut se connecter
audit-action-user-create = Compte créé
audit-action-user-update = Compte modifié
audit-action-user-set-password = Mot de passe changé
field-error-required-for-focal-point = Un point focal doit être rattaché à un membre.
field-error-member-not-allowed = Seuls les points focaux sont rattachés à un membre.
field-error-email-in-use = Un autre compte utilise déjà cette adresse électronique.
field-error-cannot-demote-yourself = Vous ne pouvez pas retirer votre propre rôle d'administrateur ni désactiver votre propre compte.
field-error-invalid-role = Choisissez un rôle dans la liste.

column-countries = Pays et territoires
region-none = Sans région M49
