# Delivery: projects, activities, people and participation.

nav-projects = Proyectos
projects-title = Proyectos
projects-intro = Proyectos del Plan de Acción: dónde trabajan, con quién, qué logran y a quién llegan.
projects-filter = Filtrar proyectos
projects-count = { $total ->
    [0] Ningún proyecto coincide con estos filtros.
    [one] Se muestra el único proyecto que coincide.
   *[other] Se muestran los proyectos { $first }–{ $last } de { $total }.
}
projects-empty = Ningún proyecto coincide con estos filtros. Pruebe a quitar alguno.
projects-as-json = Estos proyectos en JSON (API)
project-as-json = Este proyecto en JSON (API)
project-private-notice = Este proyecto no es público: solo el personal ve esta página.
project-text-other-language = Este texto aún no está disponible en su idioma; se muestra en el idioma en que se redactó.
project-translation-behind = El texto en inglés de este proyecto ha cambiado desde que se hizo esta traducción; es posible que la traducción no esté al día.
project-translations = Traducciones
project-reach = Personas y miembros alcanzados
project-reach-none = Todavía no se ha registrado ninguna participación con el estado «Asistió» o «Completó».
project-activities = Actividades
project-activities-none = Todavía no se ha registrado ninguna actividad.
project-manage = Gestionar este proyecto
reach-by-sex = Personas alcanzadas por sexo
reach-by-group = Personas alcanzadas por grupo de partes interesadas
reach-rule = Se considera alcanzada a una persona cuando asistió al menos a una actividad o la completó, y se cuenta una sola vez, sea cual sea el número de actividades en que haya participado. Se considera alcanzado a un miembro cuando se alcanzó a personas designadas por él (o, en su defecto, a personas de su país), o cuando se completó una tutoría o una misión de asesoramiento que recibió.
figure-people-reached = personas alcanzadas
figure-members-reached = miembros alcanzados
figure-activities = actividades
column-member = Miembro
column-sdg = ODS
column-theme = Tema
column-mode = Modalidad
column-year = Año
column-code = Código
column-scope = Ámbito
column-dates = Fechas
column-recipient-countries = Países
column-regions = Regiones
column-beneficiaries = Miembros beneficiarios
column-themes = Temas
column-sdgs = Objetivos de Desarrollo Sostenible
column-donors = Donantes
column-implementers = Ejecutado por
column-accountable = Responsable
column-activity = Actividad
column-sex = Sexo
column-people = Personas
column-group = Grupo de partes interesadas

project-status-pipeline = En preparación
project-status-implementation = En ejecución
project-status-finalisation = En finalización
project-status-closed = Cerrado
project-status-cancelled = Cancelado
project-status-suspended = Suspendido
scope-global = Mundial
scope-regional = Regional
scope-national = Nacional
mode-elearning = Curso de aprendizaje en línea
mode-webinar = Seminario web o aula virtual
mode-training = Actividad de formación
mode-coaching = Tutoría a distancia
mode-mission = Misión de asesoramiento en el país
mode-sponsorship = Patrocinio de expertos
activity-status-planned = Prevista
activity-status-open = Abierta a designaciones
activity-status-ongoing = En curso
activity-status-completed = Finalizada
activity-status-cancelled = Cancelada
sex-female = Femenino
sex-male = Masculino
sex-other = Otro
sex-not-stated = No indicado
group-nsb-staff = Personal de organismos nacionales de normalización
group-government = Gobierno y organismos reguladores
group-industry = Industria y pymes
group-academia = Sector académico
group-consumer = Organizaciones de consumidores
group-conformity-assessment = Organismos de evaluación de la conformidad y laboratorios
group-ngo = ONG
group-other = Otros
participation-applied = Solicitud presentada
participation-nominated = Designado
participation-accepted = Aceptado
participation-waitlisted = En lista de espera
participation-rejected = Rechazado
participation-withdrawn = Retirado
participation-attended = Asistió
participation-no-show = No asistió
participation-completed = Completó
role-expert = Experto
role-coach = Tutor
role-trainer = Formador
follow-up-open = Pendiente
follow-up-in-progress = En curso
follow-up-implemented = Aplicada
follow-up-not-implemented = No aplicada
org-role-funding = Financiadora
org-role-accountable = Responsable
org-role-extending = Intermediaria
org-role-implementing = Ejecutora
finance-commitment = Compromiso
finance-disbursement = Desembolso

field-error-invalid-code = Elija un valor de la lista.
field-error-invalid-date = Indique la fecha con el formato AAAA-MM-DD, por ejemplo 2026-03-31.
field-error-date-out-of-range = Indique una fecha entre 1990 y 2100.
field-error-invalid-datetime = Indique una fecha y una hora, por ejemplo 2026-03-31 14:00.
field-error-invalid-year = Indique un año entre 1990 y 2100.
field-error-end-before-start = La fecha de fin no puede ser anterior a la de inicio.
field-error-required-when-closed = Un proyecto cerrado necesita su fecha de fin real.
field-error-title-required-with-text = Indique un título en este idioma o deje vacíos el resumen y la descripción.
field-error-required-for-national-scope = Un proyecto nacional necesita su país.
field-error-required-for-regional-scope = Un proyecto regional necesita una región o sus países.
field-error-invalid-project-code = Use letras, cifras, guiones, puntos o guiones bajos (40 como máximo), por ejemplo APDC-2026-014.
field-error-invalid-slug = Use letras minúsculas, cifras y guiones, por ejemplo circular-economy.
field-error-invalid-sdg = Elija un objetivo del 1 al 17.
field-error-invalid-sdg-target = Use metas oficiales de los ODS, como 9.1 o 17.a, separadas por comas.
field-error-invalid-currency = Use un código de moneda ISO 4217, por ejemplo CHF, EUR o USD.
field-error-invalid-amount = Indique un importe como 1500 o 1500,25 (sin separador de miles, salvo espacios).
field-error-invalid-choice = Elija un valor de la lista.
field-error-invalid-iati-ref = Un identificador IATI no contiene espacios ni barras, por ejemplo SE-0 o XM-DAC-41114.
field-error-invalid-number = Indique un número entero mayor que cero.
field-error-invalid-time-zone = Indique una zona horaria como Africa/Nairobi o UTC.
field-error-invalid-committee = Indique un comité de la ISO como ISO/TC 176 o ISO/TC 207/SC 1, o bien DEVCO, COPOLCO o CASCO.
field-error-invalid-language = Elija los idiomas de la lista.
field-error-required-for-mode = Esta modalidad de actividad necesita este campo.
field-error-invalid-sex = Use F (femenino), M (masculino) o X (otro), o deje la celda vacía (no indicado).
field-error-invalid-stakeholder-group = Use un grupo de partes interesadas de la lista.
field-error-unknown-region = Use los nombres (en inglés) de las regiones M49 de la ONU, por ejemplo Eastern Africa.
field-error-unknown-theme = Ese tema no existe.
field-error-unknown-organisation = Esa organización no existe.
field-error-unknown-person = Esa persona no existe.
field-error-person-erased = Los datos de esta persona se han borrado.
field-error-already-participating = Esta persona ya participa en esta actividad.
field-error-transition-not-allowed = Una participación no puede pasar a este estado desde el actual.
field-error-not-coaching = Solo las tutorías tienen sesiones.
field-error-not-mission = Solo las misiones de asesoramiento tienen recomendaciones.
field-error-same-person = Elija dos personas diferentes.
field-error-project-exists = Ya existe un proyecto con este código.
field-error-organisation-exists = Ya existe una organización con este nombre.
field-error-activity-not-open = Esta actividad no está abierta a designaciones.
field-error-not-your-member = Solo puede actuar en nombre de su propio miembro.

# Staff pages.
nav-manage-projects = Gestionar proyectos
nav-people = Personas
nav-organisations = Organizaciones
nav-themes = Temas
nav-exports = Exportaciones
nav-tokens = Tokens de API
apply = Aplicar
remove = Quitar
admin-projects-title = Gestionar proyectos
projects-total = { $total ->
    [0] Ningún proyecto.
    [one] Un proyecto.
   *[other] { $total } proyectos.
}
column-public = Público
project-new-title = Nuevo proyecto
project-edit = Editar el proyecto
project-edit-title = Editar el proyecto { $code }
project-view-public = Ver la página pública
project-partners = Donantes y asociados
project-partners-none = Todavía no hay ninguna organización vinculada.
partner-add = Vincular una organización
project-finances = Financiación
project-finances-none = Todavía no se ha registrado ningún compromiso ni desembolso.
finance-add = Añadir una línea de financiación
finance-totals = Totales en
project-budgets = Presupuesto por año
project-budgets-none = Todavía no se ha registrado ningún presupuesto.
budget-set = Fijar el presupuesto de ese año
record-audit-title = Historial de auditoría de { $record }
field-title = Título
field-summary = Resumen
field-summary-help = Una o dos frases, que se muestran en las listas y al principio de la página del proyecto.
field-description = Descripción
field-description-help = La historia del proyecto. Separe los párrafos con una línea en blanco.
field-texts = Textos
field-code-help = La referencia del proyecto, utilizada en las direcciones: letras, cifras y guiones, por ejemplo APDC-2026-014.
field-planned-start = Inicio previsto
field-planned-end = Fin previsto
field-actual-start = Inicio real
field-actual-end = Fin real
field-public = Mostrar en el sitio público
field-public-help = Los proyectos públicos aparecen en el sitio web y en los datos abiertos, sin ningún dato personal.
field-multiple-help = Mantenga presionada la tecla Ctrl (Cmd en Mac) para elegir varios.
field-sdg-targets = Metas de los ODS
field-sdg-targets-help = Opcional, por ejemplo 9.1, 12.5. Una meta selecciona también su objetivo.
field-organisation = Organización
field-org-role = Función
field-org-type = Tipo de organización
field-iati-ref = Identificador IATI
field-iati-ref-help = El identificador de la organización en IATI, si lo tiene, por ejemplo SE-0.
field-finance-kind = Tipo
field-currency = Moneda
field-amount = Importe
field-slug = Identificador
field-slug-help = Letras minúsculas, cifras y guiones, que se usan en las direcciones y los filtros, por ejemplo circular-economy.
field-name-en = Nombre en inglés
field-name-fr = Nombre en francés
content-language-en = Inglés
content-language-fr = Francés
content-language-es = Español
content-language-ar = Árabe
content-language-ru = Ruso
content-language-pt = Portugués
content-language-zh = Chino
content-language-sw = Suajili
organisation-new-title = Nueva organización
organisation-edit-title = Editar la organización
organisations-none-yet = Todavía no se ha registrado ninguna organización.
themes-help = Los temas son una lista libre de etiquetas que el personal asigna a los proyectos, como economía circular, acción por el clima, pymes o género. Si guarda un identificador existente, se cambia el nombre de ese tema.
themes-none-yet = Todavía no se ha definido ningún tema.
theme-save = Añadir un tema o cambiarle el nombre
org-type-government = Gobierno
org-type-local-government = Gobierno local
org-type-other-public-sector = Otro sector público
org-type-international-ngo = ONG internacional
org-type-national-ngo = ONG nacional
org-type-regional-ngo = ONG regional
org-type-partner-country-ngo = ONG del país socio
org-type-public-private-partnership = Alianza público-privada
org-type-multilateral = Multilateral
org-type-foundation = Fundación
org-type-private-sector = Sector privado
org-type-private-sector-provider = Sector privado del país proveedor
org-type-private-sector-recipient = Sector privado del país receptor
org-type-private-sector-third = Sector privado de un tercer país
org-type-academic = Académica, de formación e investigación
org-type-other = Otro

activity-new-title = Nueva actividad
activity-edit-title = Editar la actividad
activity-mode-fields-help = Complete la sección de la modalidad elegida; los campos de las demás modalidades no se tienen en cuenta.
field-mode-help = Cómo se presta la asistencia. Cada modalidad tiene sus propios campos a continuación.
field-activity-status-help = Los puntos focales solo pueden designar personas para actividades abiertas a designaciones.
field-start-date = Fecha de inicio
field-end-date = Fecha de fin
field-capacity = Plazas
field-capacity-help = Cuántos participantes pueden tomar parte (déjelo vacío si no hay límite).
field-languages = Idiomas
field-target-members = Miembros destinatarios
field-platform = Plataforma
field-course-iri = Dirección del curso (IRI)
field-course-iri-help = El identificador del curso en la plataforma de aprendizaje, que también se utiliza en los registros de aprendizaje.
field-duration-hours = Duración (horas)
field-starts-at = Fecha y hora
field-time-zone = Zona horaria
field-time-zone-help = Según la lista de la IANA, por ejemplo Africa/Nairobi o America/Lima.
field-meeting-link = Enlace de la reunión
field-meeting-link-help = Se mantiene privado: nunca se muestra en el sitio público ni en los datos abiertos.
field-venue-country = País de la sede
field-venue-city = Ciudad de la sede
field-goals = Objetivos de la tutoría
field-requesting-member = Miembro solicitante
field-terms-of-reference = Términos de referencia
field-report = Informe
field-committee = Comité de la ISO
field-committee-help = Por ejemplo ISO/TC 176 o ISO/TC 207/SC 1.
field-meeting = Reunión a la que se asistió
activity-participants = Participantes
activity-participants-none = Todavía no se ha inscrito ni designado a nadie.
participation-change = Cambiar el estado
participant-add = Añadir un participante
participant-add-help = Si ya hay una persona registrada con este correo electrónico, se utiliza ese registro tal cual.
field-nominated-by = Designado por
activity-staff = Expertos, tutores y formadores
activity-staff-none = Todavía no se ha asignado a nadie.
staff-add = Asignar
staff-email-help = El correo electrónico de una persona ya registrada (añádala antes en Personas).
field-staff-role = Función
coaching-sessions = Sesiones realizadas
coaching-sessions-none = Todavía no se ha registrado ninguna sesión.
field-held-on = Fecha de realización
field-notes = Notas
session-add = Registrar una sesión
mission-recommendations = Recomendaciones
mission-recommendations-none = Todavía no se ha registrado ninguna recomendación.
field-recommendation = Recomendación
field-follow-up = Seguimiento
recommendation-add = Añadir una recomendación
import-participants-title = Importar participantes

people-search = Buscar personas
people-count = { $total ->
    [0] Nadie.
    [one] Una persona.
   *[other] { $total } personas.
}
people-empty = Nadie coincide con esta búsqueda.
person-new-title = Añadir una persona
person-edit-title = Editar la persona
person-email-help = Varias personas pueden compartir una dirección genérica; los posibles duplicados se muestran en una lista para poder fusionarlos.
person-erased = datos borrados
person-erased-notice = La identidad de esta persona se ha borrado. Sus participaciones se conservan de forma anónima para que los totales sigan siendo exactos.
person-export = Exportar todos los datos conservados (JSON)
person-participations = Participaciones
person-participations-none = No se ha registrado ninguna participación.
person-erase = Borrar los datos de esta persona
person-erase-help = Elimina definitivamente el nombre, el correo electrónico y la organización, también del historial de auditoría. Las participaciones se conservan de forma anónima para que los totales sigan siendo exactos. Esta acción no se puede deshacer.
person-erase-confirm = Escriba ERASE para confirmar
field-error-confirmation-required = Escriba exactamente la palabra de confirmación.
duplicates-title = Posibles duplicados
duplicates-help = Personas registradas con la misma dirección de correo electrónico. Al fusionarlas, las participaciones del segundo registro pasan al primero, se conserva el estado más avanzado cuando ambas participaron en la misma actividad y se elimina el segundo registro.
duplicates-none = No hay dos personas que compartan una dirección de correo electrónico.
duplicates-merge = Fusionar { $duplicate } en { $keep }

tokens-title = Tokens de API
tokens-help = Un token permite que un programa utilice la API con los permisos de su cuenta: envíelo como «Authorization: Bearer <token>». Revoque los tokens que ya no necesite.
tokens-none = No tiene ningún token.
tokens-new = Crear un token
tokens-name-help = Para qué sirve el token, por ejemplo «Script de exportación mensual».
tokens-created = Su nuevo token figura a continuación. Cópielo ahora: solo se muestra esta vez.
tokens-created-at = Creado (UTC)
tokens-last-used = Último uso (UTC)
tokens-revoke = Revocar
tokens-revoked = Revocado

support-title = Apoyo recibido por { $member }
support-back = Apoyo recibido
support-projects-none = Todavía no hay ningún proyecto que mencione a este miembro.
support-activities = Actividades para este miembro
support-activities-none = Todavía no hay ninguna actividad dirigida a este miembro.
support-participants = Designaciones y participantes
support-participants-none = Todavía no se ha designado ni inscrito a nadie de este miembro.
nomination-withdraw = Retirar
nominate-title = Designar a un participante
nominate-help = Elija una actividad abierta y describa a la persona. Si la persona ya está registrada (mismo correo electrónico), se utiliza ese registro.
nominate-none-open = En este momento no hay ninguna actividad abierta a designaciones de este miembro.
nominate-submit = Designar

# Participant import.
import-participants-help = Cargue la lista de participantes como libro de Excel (.xlsx, primera hoja) o como archivo CSV. La primera fila debe indicar el nombre de las columnas; estas se asocian a los campos según sus títulos en inglés, francés o español, y podrá corregir la asociación en la página siguiente. Cada persona necesita un nombre (o nombre y apellido) y una dirección de correo electrónico. No se guarda nada hasta que usted confirme, y se omiten las personas ya inscritas en esta actividad, de modo que el mismo archivo puede volver a importarse sin riesgo.
import-sheet-file = Hoja de cálculo (XLSX o CSV)
import-default-status = Estado para las filas que no lo indiquen
import-default-member = Miembro que designa, para las filas que no lo indiquen
import-sheet-too-large = El archivo supera los { $megabytes } MB.
import-sheet-not-spreadsheet = No es una hoja de cálculo: cargue un libro de Excel (.xlsx) o un archivo CSV en UTF-8.
import-sheet-unreadable = El archivo no se puede leer como hoja de cálculo ({ $detail }).
import-sheet-no-header = El archivo no tiene fila de encabezado.
import-sheet-no-rows = El archivo tiene encabezado, pero ninguna fila de datos.
import-sheet-too-many-rows = El archivo tiene más de { $max ->
        [one] { $max } fila
       *[other] { $max } filas
    }. Divídalo en varios archivos.
import-sheet-nul-byte = La línea { $line } contiene un carácter NUL, que ningún texto puede contener. Si se trata de un archivo CSV, vuelva a exportarlo desde su hoja de cálculo como «CSV UTF-8».
import-sheet-too-many-columns = La hoja tiene más de { $max ->
        [one] { $max } columna
       *[other] { $max } columnas
    }. Conserve solo las columnas que se van a importar.
import-sheet-too-many-cells = La hoja tiene más de { $max ->
        [one] { $max } celda con contenido
       *[other] { $max } celdas con contenido
    }. Divídala en varios archivos.
import-sheet-cell-too-long = La celda de la línea { $line }, columna { $column }, tiene más de { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
import-sheet-string-too-long = El libro contiene un texto más largo de lo que admite una celda ({ $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }).
import-sheet-too-much-text = La hoja contiene más de { $megabytes } MB de texto. Divídala en varios archivos.
import-sheet-declared-too-large = Según el libro, su hoja abarca { $range }, lo que supera el máximo de { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } y { $columns ->
        [one] { $columns } columna
       *[other] { $columns } columnas
    } que se leen. Copie los datos en una hoja nueva y vuelva a guardar el libro.
import-sheet-unpacked-too-large = Una vez descomprimido, el libro ocupa más de { $megabytes } MB. Vuelva a guardarlo sin imágenes ni hojas que no se usen, o divídalo.
import-sheet-too-many-parts = El libro tiene más de { $max ->
        [one] { $max } parte interna
       *[other] { $max } partes internas
    }. Vuelva a guardarlo como libro sencillo.
import-sheet-too-many-strings = El libro contiene más de { $max ->
        [one] { $max } texto distinto
       *[other] { $max } textos distintos
    }. Divídalo en varios archivos.
import-sheet-too-slow = La lectura del archivo tardó más de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }. Divídalo en varios archivos.
import-rows = filas
import-effect-new = personas nuevas por inscribir
import-effect-known = personas ya registradas, por inscribir
import-effect-already = ya inscritas (se omiten)
import-mapping = Columnas
import-mapping-help = Qué columna del archivo rellena cada campo. Los campos sin columna quedan vacíos (o toman los valores predeterminados elegidos al cargar el archivo).
import-not-mapped = (no figura en el archivo)
import-remap = Volver a comprobar con estas columnas
import-rejected-rows = Filas rechazadas
import-more-rejections = { $count ->
    [one] Y otra fila rechazada.
   *[other] Y otras { $count } filas rechazadas.
}
import-sample = Primeras filas
import-upload-another = Cargar otro archivo
import-participants-applied = Importación aplicada: { $added ->
        [one] { $added } persona añadida
       *[other] { $added } personas añadidas
    }, { $enrolled ->
        [one] { $enrolled } inscripción
       *[other] { $enrolled } inscripciones
    } y { $unchanged ->
        [one] { $unchanged } ya inscrita
       *[other] { $unchanged } ya inscritas
    }.
import-target-name = Nombre
import-target-first-name = Nombre de pila
import-target-last-name = Apellido
import-target-email = Correo electrónico
import-target-sex = Sexo
import-target-country = País
import-target-organisation = Organización
import-target-stakeholder-group = Grupo de partes interesadas
import-target-nominated-by = Miembro que designa
import-target-status = Estado
field-error-duplicate-email-in-file = Esta dirección de correo electrónico aparece más de una vez en el archivo.

# Exports.
exports-help = Descargue proyectos, actividades o participaciones. Los archivos de participaciones contienen datos personales: guárdelos en lugar seguro y elimínelos cuando ya no los necesite.
exports-what = Datos
exports-filters-help = Para acotar una exportación, añada a la dirección los filtros de la lista, por ejemplo participations.csv?project=APDC-2026-001&participation_status=completed, o projects.xlsx?region=Africa&year=2026.
error-export-too-large-title = Exportación demasiado grande
error-export-too-large = Esta exportación tendría más de 100 000 filas. Acótela con un filtro (proyecto, actividad, miembro, estado o año).
support-exports = Descargar

# Member profiles.
member-support = Apoyo recibido
member-support-none = Todavía no hay ningún proyecto ni actividad pública que mencione a este miembro.
member-support-projects = proyectos
member-support-activities = actividades dirigidas a este miembro o solicitadas por él
member-support-all = Todos los proyectos de este miembro
