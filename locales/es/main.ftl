# apdc — Spanish messages. Every key here must exist in every other language.

language-name = Español
site-name = Plan de Acción para los países en desarrollo
skip-to-content = Ir al contenido
demo-banner = Sitio de demostración: los miembros proceden de los datos de referencia; los puntos focales y las cuentas marcados como «demo» son ficticios.
nav-languages = Idiomas
nav-main = Principal
nav-home = Inicio
nav-members = Miembros
nav-new-member = Añadir un miembro
nav-import = Importar miembros
nav-my-member = Mi miembro
nav-api = API
signed-in-as = Sesión iniciada como { $name } ({ $role })
sign-in = Iniciar sesión
sign-out = Cerrar sesión
footer-about = El Plan de Acción para los países en desarrollo apoya a los organismos nacionales de normalización de los países en desarrollo mediante asistencia técnica y formación.

role-administrator = administrador
role-programme-officer = oficial de programa
role-focal-point = punto focal del miembro
role-donor-viewer = donante (solo lectura)
role-participant = participante

yes = Sí
no = No
not-known = no consta
save = Guardar
cancel = Cancelar
pagination = Páginas
page-previous = Anterior
page-next = Siguiente
demo-record = demo

home-title = Inicio
home-heading = Plan de Acción para los países en desarrollo
home-purpose = El Plan de Acción es el marco de asistencia técnica y formación que ayuda a los organismos nacionales de normalización de los países en desarrollo a participar activamente en la normalización internacional y a aprovechar plenamente los beneficios del uso de las normas.
home-objective = Se ejecuta mediante proyectos, aprendizaje en línea, seminarios web, tutoría a distancia, misiones de asesoramiento en el país, actividades de formación y el patrocinio de expertos para asistir a reuniones de normalización, y los miembros y los donantes hacen su seguimiento con respecto a un marco de resultados.
home-figures = Cifras clave
figure-members = miembros en el registro
figure-developing = miembros de países en desarrollo
figure-developing-share = de los miembros son de países en desarrollo
home-figures-note = Calculado a partir del registro de miembros. La condición de país en desarrollo de cada miembro se guarda junto con su fundamento; consulte la página del miembro.
home-by-region = Miembros por región
home-by-category = Miembros por categoría
home-browse-members = Consultar el directorio de miembros

column-region = Región
column-members = Miembros
column-developing = Miembros de países en desarrollo
column-share = Proporción del total de miembros
column-category = Categoría
column-country = País
column-acronym = Sigla
column-status = Estado

region-africa = África
region-americas = Américas
region-asia = Asia
region-europe = Europa
region-oceania = Oceanía

category-member-body = Organismo miembro
category-correspondent = Miembro correspondiente
category-subscriber = Miembro suscriptor

status-developing = País en desarrollo
status-not-developing = No es un país en desarrollo

basis-iso-list = Lista de países en desarrollo de la ISO
basis-dac-list = Lista del CAD de la OCDE de países receptores de AOD
basis-wb-income = Grupo de ingreso del Banco Mundial
basis-ldc = País menos adelantado (ONU)
basis-un-m49-regions = Convención de las regiones M49 de la ONU (fuera de Europa, América septentrional, Japón, Australia y Nueva Zelandia)
basis-other = Otro (véase la nota)

members-title = Miembros
members-filter = Filtrar miembros
filter-text = Buscar
filter-any = Cualquiera
filter-apply = Aplicar filtros
filter-reset = Restablecer
members-count = { $total ->
    [0] Ningún miembro coincide con estos filtros.
    [one] Se muestra el único miembro que coincide.
   *[other] Se muestran los miembros { $first }–{ $last } de { $total }.
}
members-empty = Ningún miembro coincide con estos filtros. Pruebe a quitar alguno.

member-basis = Fundamento de la condición
member-ldc = País menos adelantado
member-lldc = País en desarrollo sin litoral
member-sids = Pequeño Estado insular en desarrollo
member-income = Grupo de ingreso del Banco Mundial
member-contact = Contacto
member-no-contact = Todavía no se han registrado datos de contacto.
member-edit = Editar el miembro
member-audit = Historial de auditoría
member-source = Fuente
member-origin-staff = Corregido por el personal.
member-origin-reference = Según los datos de referencia.
member-source-link = fuente
member-new-title = Añadir un miembro
member-edit-title = Editar { $member }

field-website = Sitio web
field-email = Correo electrónico
field-phone = Teléfono
field-address = Dirección
field-password = Contraseña
field-alpha2 = Código de país (ISO 3166-1 alfa-2)
field-alpha2-help = Dos letras, por ejemplo KE para Kenia.
field-name = Nombre
field-basis-help = Por qué el miembro se considera (o no) miembro de un país en desarrollo.
field-basis-note = Nota sobre la condición
field-person-name = Nombre
field-position = Cargo

focal-points = Puntos focales
focal-points-none = Todavía no se ha registrado ningún punto focal.
focal-point-add = Añadir un punto focal
focal-point-remove = Quitar
focal-point-remove-named = Quitar a { $name }
contacts-title = Datos de contacto de { $member }
contacts-edit = Editar los datos de contacto y los puntos focales

login-title = Iniciar sesión
login-failed = La dirección de correo electrónico o la contraseña no son correctas, o la cuenta está desactivada.
login-help = Las cuentas las crean los administradores. Si necesita una, solicítela a la unidad de Desarrollo de Capacidades.

form-has-errors = Corrija los campos señalados a continuación.

audit-title = Historial de auditoría de { $member }
audit-count = { $total ->
    [one] Una entrada.
   *[other] { $total } entradas.
}
audit-empty = Todavía no se ha registrado nada para este miembro.
audit-when = Fecha y hora (UTC)
audit-who = Autor
audit-what = Acción
audit-changes = Cambios
audit-action-member-create = Miembro añadido
audit-action-member-update = Miembro editado
audit-action-member-update-contacts = Datos de contacto editados
audit-action-member-refresh = Actualizado a partir de los datos de referencia
audit-action-member-focal-point-add = Punto focal añadido
audit-action-member-focal-point-remove = Punto focal quitado

import-title = Importar miembros
import-upload = Cargar un archivo
import-help = Cargue un archivo CSV (UTF-8, separado por comas, un miembro por fila). Antes de que se guarde nada, verá fila por fila lo que cambiaría; no se guarda nada a menos que se acepten todas las filas.
import-required-columns = Columnas obligatorias:
import-optional-columns = Columnas opcionales (si se omite una columna, se conservan los valores actuales):
import-download-current = Descargar la lista actual en este formato
import-file = Archivo CSV
import-preview = Previsualizar la importación
import-preview-title = Vista previa de { $file }
import-outcome = Resultado
import-outcome-add = por añadir
import-outcome-update = por actualizar
import-outcome-unchanged = sin cambios
import-outcome-rejected = con errores
import-line = Línea
import-details = Detalles
import-empty-value = (vacío)
import-blank-rows = { $count ->
    [one] Se omitió una fila vacía.
   *[other] Se omitieron { $count } filas vacías.
}
import-has-rejections = Algunas filas se han rechazado, por lo que no se puede importar nada. Corrija el archivo y vuelva a cargarlo.
import-no-changes = El archivo coincide con el registro: no hay nada que importar.
import-confirm-help = Se han aceptado todas las filas. Confirme para aplicar en una sola operación todos los cambios indicados arriba.
import-confirm = Aplicar la importación
import-applied = Importación aplicada: { $added ->
        [one] { $added } miembro añadido
       *[other] { $added } miembros añadidos
    }, { $updated ->
        [one] { $updated } actualizado
       *[other] { $updated } actualizados
    } y { $unchanged } sin cambios.
import-nothing-written = No se ha guardado nada.
import-problem-no-file = Elija un archivo para cargar.
import-problem-empty = El archivo está vacío.
import-problem-too-large = El archivo supera los 2 MB.
import-problem-not-text = El archivo no es un archivo de texto UTF-8 (CSV). Expórtelo desde su hoja de cálculo como «CSV UTF-8».
import-problem-not-csv = El archivo no se puede leer como CSV: { $detail }
import-problem-missing-columns = Faltan columnas obligatorias: { $columns }
import-problem-unknown-columns = Columnas desconocidas: { $columns }. Cámbieles el nombre o elimínelas.
import-problem-duplicate-columns = Columnas repetidas: { $columns }
import-problem-too-many-rows = El archivo tiene más de 5000 filas.
import-problem-no-rows = El archivo tiene encabezado, pero ninguna fila de miembros.

field-error-required = Este campo es obligatorio.
field-error-too-long = El texto es demasiado largo.
field-error-control-characters = Contiene caracteres no permitidos.
field-error-invalid-url = Indique una dirección web que empiece por http:// o https://.
field-error-invalid-country-code = Indique un código de país ISO 3166-1 de dos letras.
field-error-invalid-category = Use member_body, correspondent o subscriber.
field-error-invalid-flag = Use true o false (o bien yes o no).
field-error-invalid-basis = Use iso_list, dac_list, wb_income, ldc, un_m49_regions u other.
field-error-note-required-for-other-basis = Si el fundamento es «otro», explíquelo en la nota.
field-error-invalid-email = Indique una dirección de correo electrónico válida.
field-error-invalid-phone = Indique un número de teléfono (cifras, espacios, +, -, paréntesis).
field-error-unknown-country = Ese país no figura en la norma ISO 3166-1.
field-error-member-exists = Este país ya tiene un miembro.
field-error-duplicate-in-file = Este país aparece más de una vez en el archivo.
field-error-malformed-row = Esta fila no se puede leer.
field-error-wrong-number-of-cells = Esta fila no tiene tantas celdas como el encabezado.
field-error-import-not-acceptable = Esta importación no se puede aplicar.
field-error-unknown-member = Ese miembro no existe.

error-generic-title = Se ha producido un error
error-request-id = Referencia para el servicio de asistencia:
error-back-home = Volver a la página de inicio
error-not-found-title = Página no encontrada
error-not-found = No hay nada en esta dirección. Es posible que la página se haya trasladado o que el enlace contenga un error.
error-forbidden-title = Acceso denegado
error-forbidden = Su cuenta no está autorizada para realizar esta acción.
error-unauthenticated-title = Es necesario iniciar sesión
error-unauthenticated = Inicie sesión para continuar.
error-csrf-failed-title = Formulario caducado
error-csrf-failed = Este formulario ha caducado o no se envió desde este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request-title = Solicitud incorrecta
error-bad-request = No se ha podido interpretar la solicitud.
error-invalid-parameter-title = Dirección no válida
error-invalid-parameter = Un valor de la dirección no es válido. Revise los filtros e inténtelo de nuevo.
error-malformed-form-title = Formulario incorrecto
error-malformed-form = No se ha podido leer el formulario.
error-invalid-title = Datos no válidos
error-invalid = Algunos valores no son válidos.
error-invalid-text-title = Texto no aceptado
error-invalid-text = La solicitud contiene un carácter NUL, que ningún texto puede contener.
error-invalid-text-field = El valor de «{ $field }» contiene un carácter NUL, que ningún texto puede contener.
error-malformed-json-title = JSON ilegible
error-malformed-json = El cuerpo de la solicitud no es un JSON válido.
error-invalid-body-title = Datos inesperados
error-invalid-body = El cuerpo de la solicitud no tiene la estructura esperada, que se describe en la documentación de la API.
error-invalid-body-field = El valor de «{ $field }» falta, no se esperaba aquí o no es del tipo correcto.
error-conflict-title = Conflicto
error-conflict = Esto entra en conflicto con datos ya guardados (puede que ya se haya aplicado).
error-too-many-requests-title = Demasiados intentos
error-too-many-requests = Demasiados intentos. Espere un momento e inténtelo de nuevo.
error-too-many-requests-wait = Demasiados intentos. { $minutes ->
        [0] Espere { $seconds ->
                [one] un segundo
               *[other] { $seconds } segundos
            } e inténtelo de nuevo.
        [one] Espere un minuto e inténtelo de nuevo.
       *[other] Espere { $minutes } minutos e inténtelo de nuevo.
    }
error-payload-too-large-title = Demasiado grande
error-payload-too-large = Lo que ha enviado es demasiado grande.
error-method-not-allowed-title = No permitido
error-method-not-allowed = Esta dirección no acepta este tipo de solicitud.
error-unsupported-media-type-title = Formato no admitido
error-unsupported-media-type = Aquí no se acepta este formato.
error-internal-title = Error del servidor
error-internal = Se ha producido un error por nuestra parte. Ha quedado registrado; inténtelo de nuevo más tarde.

# UN M49 sub-regions and intermediate regions, World Bank income groups.
area-australia-and-new-zealand = Australia y Nueva Zelandia
area-caribbean = Caribe
area-central-america = Centroamérica
area-central-asia = Asia central
area-eastern-africa = África oriental
area-eastern-asia = Asia oriental
area-eastern-europe = Europa oriental
area-latin-america-and-the-caribbean = América Latina y el Caribe
area-melanesia = Melanesia
area-micronesia = Micronesia
area-middle-africa = África central
area-northern-africa = África septentrional
area-northern-america = América septentrional
area-northern-europe = Europa septentrional
area-polynesia = Polinesia
area-south-america = América del Sur
area-south-eastern-asia = Asia sudoriental
area-southern-africa = África meridional
area-southern-asia = Asia meridional
area-southern-europe = Europa meridional
area-sub-saharan-africa = África subsahariana
area-western-africa = África occidental
area-western-asia = Asia occidental
area-western-europe = Europa occidental
income-high-income = Ingreso alto
income-low-income = Ingreso bajo
income-lower-middle-income = Ingreso mediano bajo
income-upper-middle-income = Ingreso mediano alto

# Accounts (administrators).
nav-users = Cuentas
users-title = Cuentas
users-filter = Filtrar cuentas
users-count = { $total ->
    [0] Ninguna cuenta coincide.
    [one] Una cuenta.
   *[other] { $total } cuentas.
}
users-empty = Ninguna cuenta coincide con este filtro.
user-new = Crear una cuenta
user-new-title = Crear una cuenta
user-new-help = Al guardar se genera una contraseña; la verá una sola vez, para comunicársela a la persona.
user-edit-title = Cuenta de { $name }
user-password-title = Nueva contraseña
user-password-for = La contraseña de { $email } es:
user-password-help = Comuníquesela a la persona por un canal de confianza. Solo se muestra esta vez y no podrá recuperarse después; la persona ya puede iniciar sesión con ella.
user-reset-password = Generar una nueva contraseña
user-reset-help = La contraseña actual deja de funcionar de inmediato.
user-history = Historial de esta cuenta
field-display-name = Nombre
field-role = Función
field-member = Miembro
field-member-none = (ninguno)
field-member-help = Obligatorio para un punto focal del miembro, que así solo ve y edita los datos de contacto de ese miembro; déjelo vacío para las demás funciones.
field-active = Activa
field-active-help = La cuenta puede iniciar sesión
audit-action-user-create = Cuenta creada
audit-action-user-update = Cuenta editada
audit-action-user-set-password = Contraseña cambiada
field-error-required-for-focal-point = Un punto focal del miembro debe estar vinculado a un miembro.
field-error-member-not-allowed = Solo los puntos focales del miembro se vinculan a un miembro.
field-error-email-in-use = Otra cuenta ya utiliza esta dirección de correo electrónico.
field-error-cannot-demote-yourself = No puede quitarse su propia función de administrador ni desactivar su propia cuenta.
field-error-invalid-role = Elija una función de la lista.

column-countries = Países y territorios
region-none = Sin región M49
