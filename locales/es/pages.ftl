# Páginas redactadas por el equipo, página «Participar», inicio del equipo, navegación del equipo y cola de traducciones.

nav-get-involved = Participar
nav-footer = Más sobre el Plan de acción
nav-staff = Equipo
nav-staff-home = Inicio del equipo
nav-group-delivery = Ejecución
nav-group-results = Resultados
nav-group-content = Sitio web
nav-group-members = Miembros
nav-group-account = Cuenta

get-involved-title = Participar
get-involved-intro = El Plan de acción se diseña con los miembros y para los miembros. Descubra cómo pueden participar los organismos nacionales de normalización, sus partes interesadas, los expertos, los donantes y los socios.
get-involved-empty = Pronto se describirán aquí las formas de participar.

page-shown-in-source = Esta página aún no se ha traducido a su idioma; se muestra en su idioma original: { $language }.
page-translation-behind = El texto original ({ $language }) ha cambiado desde que se hizo esta traducción; es posible que no esté al día.
page-other-languages = Leer esta página en

admin-pages-title = Gestionar páginas
admin-pages-empty = No hay páginas en esta lista.
pages-by-status = Páginas por estado
pages-count = { $total ->
    [0] Ninguna página
    [one] Una página
   *[other] { $total } páginas
}
page-new-title = Escribir una página
page-edit-title = Editar «{ $title }»
page-translate-title = Traducción ({ $language }) de «{ $title }»
page-source-language-help = El idioma en que se escribe primero la página; las traducciones siguen este texto. No se puede cambiar después.
page-slug-help = La parte final de la dirección de la página, por ejemplo acerca-del-plan-de-accion. Si se deja vacía, se forma a partir del título. Obligatoria para un título en escritura árabe o cirílica.
page-slug-fixed = fija desde la primera publicación, para que los enlaces a la página sigan funcionando.
page-readers-live = la página publicada
page-readers-none = nada: la página no se ha publicado
page-needs-other-reviewer = Otra persona del equipo debe revisar esta página: solo un revisor distinto del autor, o un administrador, puede publicarla o solicitar cambios.
page-publish-when-help = Deje la fecha vacía para publicar ahora, o elija el momento en que aparecerá la página y su zona horaria.
page-field-placement = Lugar en el sitio
page-placement-help = Dónde encuentran los lectores un enlace a la página una vez publicada. Sin lugar, solo se llega a la página por su dirección.
page-placement-none = Solo por su dirección
placement-header = Navegación principal
placement-footer = Pie de todas las páginas
placement-get-involved = Página «Participar» (un público)
page-field-position = Orden
page-position-help = 1 va primero entre las páginas del mismo lugar; de 1 a 99.
field-error-page-slug-exists = Otra página ya tiene esta dirección.
field-error-page-slug-fixed-once-published = La dirección de una página publicada no puede cambiar.
field-error-page-archived-not-editable = Reabra esta página archivada antes de editarla.
field-error-page-already-published = Esta página ya está publicada: su fecha de publicación no puede moverse.
field-error-page-is-source-language = Es el idioma en que está escrita la página: edite la página misma.
field-error-page-not-allowed-now = Este paso no es posible en el estado actual de la página.
field-error-page-source-language-fixed = El idioma en que está escrita una página no puede cambiar.
field-error-invalid-position = Escriba un número entero del 1 al 99.

content-kind-story = Historia
content-kind-page = Página

staff-home-title = Inicio del equipo
staff-home-attention = Pendiente
staff-home-nothing = No hay nada pendiente: todas las colas están vacías.
staff-home-stories-in-review = { $count ->
    [0] Ninguna historia en revisión
    [one] Una historia en revisión
   *[other] { $count } historias en revisión
}
staff-home-pages-in-review = { $count ->
    [0] Ninguna página en revisión
    [one] Una página en revisión
   *[other] { $count } páginas en revisión
}
staff-home-translations-out-of-date = { $count ->
    [0] Ninguna traducción desactualizada
    [one] Una traducción desactualizada
   *[other] { $count } traducciones desactualizadas
}
staff-home-updates-submitted = { $count ->
    [0] Ninguna actualización comunicada por revisar
    [one] Una actualización comunicada por revisar
   *[other] { $count } actualizaciones comunicadas por revisar
}
staff-home-nominations = { $count ->
    [0] Ninguna candidatura propuesta pendiente de decisión
    [one] Una candidatura propuesta pendiente de decisión
   *[other] { $count } candidaturas propuestas pendientes de decisión
}
staff-home-imports = { $count ->
    [0] Ninguna importación de participantes pendiente de aplicar
    [one] Una importación de participantes pendiente de aplicar
   *[other] { $count } importaciones de participantes pendientes de aplicar
}
staff-home-nominations-heading = Actividades con candidaturas propuestas
staff-home-imports-heading = Importaciones de participantes sin aplicar
staff-home-translations = Cola de traducciones por idioma

translation-queue-title = Cola de traducciones: { $language }
translation-queue-intro = Historias y páginas cuya traducción falta o está atrasada respecto del texto original; primero las que no tienen ninguna traducción.
translation-queue-languages = Idiomas
translation-queue-empty = No hay nada pendiente de traducir a este idioma.
translation-queue-count = { $total ->
    [one] Un texto por traducir
   *[other] { $total } textos por traducir
}
translation-queue-kind = Tipo
translation-queue-state = Traducción
translation-queue-projects = Proyectos cuya traducción no está al día
translation-queue-projects-intro = Su texto en inglés ha cambiado desde que se guardó esta traducción: abra el proyecto, compare y vuelva a guardar la traducción.
translation-queue-projects-missing = { $count ->
    [one] { $count } proyecto público sin texto en este idioma
   *[other] { $count } proyectos públicos sin texto en este idioma
}
translation-queue-projects-missing-intro = A los lectores de este idioma se les muestra su texto en inglés. Abra un proyecto y añada su traducción.

# Búsqueda.

nav-search = Buscar
search-title = Búsqueda
search-title-for = Búsqueda: { $query }
search-label = Palabras que buscar
search-help = Proyectos, historias, páginas y miembros, en cualquiera de los idiomas del sitio. Deben encontrarse todas las palabras; también cuentan otras formas de cada palabra (norma, normas).
search-submit = Buscar
search-prompt = Escriba una o varias palabras para buscar en todo el sitio.
search-kinds = Resultados por tipo
search-kind-all = Todos
search-kind-project = Proyectos
search-kind-story = Historias
search-kind-page = Páginas
search-kind-member = Miembros
search-count = { $total ->
    [0] Ningún resultado
    [one] Un resultado
   *[other] { $total } resultados
}
search-nothing = Nada contiene todas estas palabras. Pruebe con menos palabras o con otras.
search-notice-search-no-words = No hay palabras que buscar: escriba letras o cifras, no solo signos de puntuación.
search-notice-search-too-long = Esta búsqueda es demasiado larga: escriba 500 caracteres como máximo.
search-count-capped = Más de { $total } resultados; añada una palabra para acotarlos.
