# The History page (ui/history.js).

## Filters

# Choices of the "Show" filter above the timeline.
history-show-everything = Todo
history-show-logins = Nuevos inicios de sesión
history-show-attempts = Intentos de inicio de sesión
history-show-ended = Sesiones terminadas
history-show-actions = Acciones de SessionGuard
# Choices of the "Accounts" filter, shown when several accounts are signed in.
history-accounts-this = Esta cuenta
history-accounts-all = Todas las cuentas
# Screen-reader name of the filter bar.
history-filters-label = Filtrar el historial
# Labels of the filters (short: they sit side by side above the timeline).
history-filter-show = Mostrar
history-filter-device = Dispositivo
# Placeholder of the empty device filter.
history-filter-device-any = Cualquier dispositivo
# Start and end date of the time range shown.
history-filter-since = Desde
history-filter-until = Hasta
history-filter-accounts = Cuentas
# Before the two export buttons (CSV, JSON).
history-export-note = Exportar lo que se muestra:
# Export buttons: the names of the file formats, usually left as they are.
history-export-csv = CSV
history-export-json = JSON

## The timeline

history-loading = Leyendo el historial…
history-empty-title = Aún no hay nada
history-empty-text = SessionGuard anota cada inicio de sesión, intento y cierre de sesión que detecta desde el momento en que protege la cuenta.
# The button at the foot of the timeline, and what it says while it loads.
history-show-older = Mostrar entradas anteriores
history-loading-older = Cargando…
# Titles of the days the timeline is grouped by (other days show the date itself).
history-day-unknown = Fecha desconocida
history-day-today = Hoy
history-day-yesterday = Ayer

## What each entry of the timeline is

history-kind-new-login = Nuevo inicio de sesión
history-kind-unconfirmed-login = Nuevo inicio de sesión, aún sin confirmar
# Someone typed the right login code, but Telegram still asks them for the 2-step verification password.
history-kind-password-pending-login = Código correcto, detenido en la verificación en dos pasos
history-kind-login-code-requested = Alguien pidió un código de inicio de sesión
history-kind-session-ended = Sesión terminada
# SessionGuard's own Telegram session was ended from another device.
history-kind-our-session-ended = Se cerró la sesión de SessionGuard desde otro dispositivo
# A session SessionGuard or the person ended.
history-kind-terminated = Terminada
history-kind-terminated-others = Todas las otras sesiones terminadas
history-kind-confirmed = Inicio de sesión confirmado como tuyo
# Telegram's setting for ending sessions that have been inactive for a while.
history-kind-ttl-changed = Periodo de inactividad modificado
history-kind-settings-changed = Ajustes de la sesión modificados
# An alert was sent off this computer (to a phone, bot or webhook).
history-kind-alert-forwarded = Alerta reenviada
history-kind-new-website = Sitio web conectado con Telegram
# The website's login ended (by itself or elsewhere).
history-kind-website-ended = Sitio web desconectado
# The person logged a website out from SessionGuard.
history-kind-website-logged-out = Desconectaste un sitio web
history-kind-websites-logged-out = Desconectaste todos los sitios web
# “Secure my account” is the name of the button on the Checkup page; quote it as that button is translated.
history-kind-secured = Cuenta protegida («Proteger mi cuenta»)
# An entry's title with the device it is about.
# $kind (String) - what happened, one of the history-kind-* messages
# $device (String) - the device's name, e.g. "Galaxy S24"
history-entry-title-device = { $kind }: { $device }
# In an entry's details: who or what did it.
# $who (String) - given by the agent, e.g. "you", "lockdown", "another device"
history-entry-by = por { $who }
# Button beside an entry that opens the page of the session it is about.
history-open-session = Sesión

## One session's page

# Back to the whole timeline; the arrow points back (flip it in right-to-left languages).
history-back = ← Todo el historial
history-session-no-record = SessionGuard no tiene registros de esta sesión.
# Heading above the entries about this session.
history-session-everything = Todo sobre esta sesión
history-session-nothing = Aún no se ha registrado nada sobre esta sesión.
# Names of the facts about the session, in a two-column list.
history-record-app = App
history-record-system = Sistema
history-record-place = IP y ubicación
history-record-signed-in = Inicio de sesión
history-record-first-seen = Detectada por SessionGuard
history-record-last-seen = Vista por última vez
history-record-last-active = Última actividad
history-record-ended = Terminada
# A fact that is not known (the app's name, the system, the IP and place).
history-record-unknown = desconocido
# The app fact. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name and version, e.g. "Telegram Desktop 5.6"
# $apiId (String) - the app's id, e.g. "2040"
history-record-app-value = { $app } · api_id { $apiId }
# The app fact, for an app Telegram did not make.
# $app (String) - the app's name and version
# $apiId (String) - the app's id
history-record-app-value-unofficial = { $app } (no oficial) · api_id { $apiId }
# The ended fact, when it is known what ended the session.
# $when (String) - the date and time it ended
# $who (String) - given by the agent, what ended it
history-record-ended-by = { $when }, por { $who }
# Heading of the card when the device's model is not known.
history-record-unknown-device = Dispositivo desconocido
# Tag beside the heading: the session no longer exists, still exists, or was not in the last list of sessions.
history-record-status-ended = Terminada
history-record-status-active = Activa
history-record-status-not-seen = No vista últimamente
# Tag beside the heading of the session SessionGuard itself uses: the app's name.
history-record-tag-sessionguard = SessionGuard
# Under the heading.
# $when (String) - a short date, e.g. "12 Nov"
history-record-logged-in = Inicio de sesión: { $when }
