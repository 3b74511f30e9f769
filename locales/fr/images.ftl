## La photothèque, et l’image d’en-tête des récits et des pages.

images-title = Images
images-intro = Téléversez une image une seule fois, puis utilisez-la comme image d’en-tête d’un récit ou d’une page (par sa clé) ou placez-la dans un texte (copiez la ligne affichée à côté). Les lecteurs la reçoivent dans la largeur dont leur écran a besoin ; le fichier téléversé lui-même, et ce qu’il indique du lieu où une photo a été prise, ne sont jamais publiés.
images-open-library = Ouvrir la photothèque (nouvel onglet)
images-field-file = Image à téléverser
images-file-help = Un fichier JPEG, PNG ou WebP de 10 Mo et 30 mégapixels au plus.
images-upload = Téléverser
images-uploaded = L’image a été ajoutée à la photothèque.
images-already-there = Cette image figurait déjà dans la photothèque : utilisez celle ci-dessous.
images-empty = Aucune image n’a encore été téléversée.
images-count = { $total ->
    [0] Aucune image
    [one] { $total } image
   *[other] { $total } images
}
images-column-image = Image
images-column-use = Comment l’utiliser
images-column-uploaded = Téléversée
images-key = Clé (image d’en-tête)
images-in-body = Dans un texte
images-describe = décrivez l’image
images-dimensions = { $width } × { $height } pixels, { $kilobytes } Ko

image-problem-empty = Choisissez une image à téléverser.
image-problem-too-large = Ce fichier dépasse { $megabytes } Mo : réduisez-le et téléversez-le de nouveau.
image-problem-not-an-image = Ce fichier n’est pas une image JPEG, PNG ou WebP, quel que soit son nom.
image-problem-too-many-pixels = Cette image mesure { $width } × { $height } pixels, soit plus de { $megapixels } mégapixels : réduisez-la et téléversez-la de nouveau.
image-problem-too-wide = Un côté de cette image dépasse { $pixels } pixels : réduisez-la et téléversez-la de nouveau.
image-problem-unreadable = Cette image est illisible ({ $detail }). Enregistrez-la de nouveau depuis un logiciel d’images et téléversez le nouveau fichier.

story-field-image = Image d’en-tête
story-image-help = La clé d’une image de la photothèque, ou son adresse (/media/…). Laissez vide pour n’en mettre aucune.
story-field-image-alt = Description de l’image d’en-tête
story-image-alt-help = Ce que montre l’image, pour les lecteurs qui ne peuvent pas la voir, dans la langue de ce texte. Obligatoire s’il y a une image d’en-tête.
field-error-lead-image-alt-required = Décrivez l’image d’en-tête dans la langue de ce texte, pour les lecteurs qui ne peuvent pas la voir.
field-error-image-key-invalid = Ce n’est pas la clé d’une image : copiez-la depuis la photothèque (32 lettres et chiffres).
field-error-unknown-image = Aucune image de la photothèque n’a cette clé : téléversez-la d’abord.
