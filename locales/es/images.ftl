## La fototeca, y la imagen principal de historias y páginas.

images-title = Imágenes
images-intro = Suba una imagen una sola vez y úsela luego como imagen principal de una historia o página (por su clave) o colóquela en un texto (copie la línea que aparece a su lado). Los lectores la reciben en el ancho que necesita su pantalla; el archivo subido en sí, y lo que dice sobre el lugar donde se tomó una foto, nunca se publican.
images-open-library = Abrir la fototeca (pestaña nueva)
images-field-file = Imagen que se subirá
images-file-help = Un archivo JPEG, PNG o WebP de 10 MB y 30 megapíxeles como máximo.
images-upload = Subir
images-uploaded = La imagen se ha añadido a la fototeca.
images-already-there = Esta imagen ya estaba en la fototeca: use la que aparece abajo.
images-empty = Todavía no se ha subido ninguna imagen.
images-count = { $total ->
    [0] Ninguna imagen
    [one] Una imagen
   *[other] { $total } imágenes
}
images-column-image = Imagen
images-column-use = Cómo usarla
images-column-uploaded = Subida
images-key = Clave (imagen principal)
images-in-body = En un texto
images-describe = describa la imagen
images-dimensions = { $width } × { $height } píxeles, { $kilobytes } KB

image-problem-empty = Elija una imagen para subir.
image-problem-too-large = Este archivo supera los { $megabytes } MB: redúzcalo y vuelva a subirlo.
image-problem-not-an-image = Este archivo no es una imagen JPEG, PNG o WebP, diga lo que diga su nombre.
image-problem-too-many-pixels = Esta imagen mide { $width } × { $height } píxeles, más de { $megapixels } megapíxeles: redúzcala y vuelva a subirla.
image-problem-too-wide = Un lado de esta imagen supera los { $pixels } píxeles: redúzcala y vuelva a subirla.
image-problem-unreadable = No se puede leer esta imagen ({ $detail }). Guárdela de nuevo desde un editor de imágenes y suba el archivo nuevo.

story-field-image = Imagen principal
story-image-help = La clave de una imagen de la fototeca, o su dirección (/media/…). Déjelo vacío si no hay ninguna.
story-field-image-alt = Descripción de la imagen principal
story-image-alt-help = Lo que muestra la imagen, para los lectores que no pueden verla, escrito en el idioma de este texto. Obligatorio si hay imagen principal.
field-error-lead-image-alt-required = Describa la imagen principal en el idioma de este texto, para los lectores que no pueden verla.
field-error-image-key-invalid = Esta no es la clave de una imagen: cópiela de la fototeca (32 letras y cifras).
field-error-unknown-image = Ninguna imagen de la fototeca tiene esta clave: súbala primero.
