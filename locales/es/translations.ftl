## Archivos de traducción (XLIFF) para los traductores que trabajan fuera de apdc.

translation-files-title = Traducir fuera de apdc (XLIFF)
translation-files-intro = Los traductores que trabajan con su propia herramienta (memoQ, Trados, OmegaT…) pueden descargar lo pendiente como archivo XLIFF 2.0, uno por idioma de origen, y subir aquí el archivo traducido. Cada texto del archivo se comprueba antes de guardar nada; un archivo con algún texto rechazado no se guarda en absoluto.
translation-file-export = Descargar los textos — idioma de origen: { $source } ({ $count ->
    [one] un elemento
   *[other] { $count } elementos
})
translation-file-field = Archivo traducido (idioma de destino: { $language })
translation-file-help = Un archivo XLIFF 2.0 descargado de esta página y traducido, de 5 MB como máximo.
translation-file-import = Importar las traducciones
translation-file-imported = { $count ->
    [0] El archivo no contenía ninguna traducción: no se ha guardado nada.
    [one] Se ha guardado una traducción del archivo.
   *[other] Se han guardado { $count } traducciones del archivo.
}
translation-file-refused = { $count ->
    [one] Se ha rechazado un texto de este archivo, por lo que no se ha guardado nada. Corríjalo y vuelva a subir el archivo.
   *[other] Se han rechazado { $count } textos de este archivo, por lo que no se ha guardado nada. Corríjalos y vuelva a subir el archivo.
}
translation-file-refusals = Textos rechazados
translation-file-item = Elemento
translation-file-unit = Texto
translation-file-reason = Motivo
translation-file-empty = Elija un archivo traducido para subir.
translation-file-too-large = Este archivo supera los { $megabytes } MB.
translation-file-not-xml = Este archivo no es XML bien formado ({ $detail }).
translation-file-doctype = Este archivo declara un tipo de documento (DOCTYPE), algo que un archivo de traducción no puede hacer.
translation-file-not-xliff = Este archivo no es un archivo XLIFF 2.
translation-file-version = Este archivo está en XLIFF { $version }: expórtelo desde su herramienta en XLIFF 2.0.
translation-file-no-language = Este archivo no indica sus idiomas (falta el atributo { $attribute } de su elemento xliff).
translation-file-too-many-units = Este archivo contiene más de { $max } textos.
translation-file-text-too-long = El texto «{ $unit }» de este archivo supera los { $max } caracteres.
translation-file-too-deep = Este archivo anida elementos en más de { $max } niveles.
translation-file-missing-id = Un elemento «{ $element }» de este archivo no tiene identificador.
translation-file-wrong-language = El idioma de destino de este archivo ({ $file }) no es el de esta cola ({ $language }): súbalo en la cola de su propio idioma.
field-error-unknown-item = Ninguna historia ni página tiene el identificador de este archivo: descargue un archivo nuevo.
field-error-unknown-unit = No existe ningún texto con este nombre: no añada unidades al archivo.
field-error-markup-mismatch = La traducción contiene códigos de formato que el original no tiene: conserve los del original.
field-error-source-language-mismatch = Este elemento no está escrito en el idioma de origen del archivo.
field-error-no-source-version = El archivo no indica qué versión del original se tradujo: descargue un archivo nuevo.
field-error-pictures-differ = La traducción debe mostrar las mismas imágenes que el original: deje las líneas /media/… tal como están.
