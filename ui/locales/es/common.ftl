# Words shared by the whole window, and the language's own name and direction.

# The language's name in itself, as the language menu lists it.
language-name = Español
# ltr or rtl: how the window and the notifications are laid out.
language-direction = ltr

## Times (ui/format.js)

# A moment less than a minute ago (also a date a little in the future).
time-just-now = ahora mismo
time-minutes-ago = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
time-hours-ago = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
time-yesterday = ayer
# Another device's last activity, when it was active in the last 5 minutes; also this device's.
time-online = en línea
# Under a device. $when: time-just-now, time-minutes-ago, time-hours-ago, time-yesterday, or a short date ("12 Nov").
time-signed-in = Inicio de sesión: { $when }
# When the device list was last read. $when: as in time-signed-in.
time-updated = Actualizado: { $when }
# Tooltip on this device's "online".
time-this-device = Este dispositivo

## Countdowns (ui/format.js): how long until something is allowed, kept short

countdown-less-than-a-minute = menos de un minuto
# "d" is short for days, "h" for hours, "min" for minutes. The countdowns below are used in the sentences that follow ("You can end other sessions in 3 h 12 min").
countdown-days = { $days } d
countdown-days-hours = { $days } d { $hours } h
countdown-hours = { $hours } h
countdown-hours-minutes = { $hours } h { $minutes } min
countdown-minutes = { $minutes } min
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-can-end-sessions-in = Podrás terminar otras sesiones en { $wait }
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-retry-in = Telegram permitirá otro intento en { $wait }.
time-retry-now = Ya puedes volver a intentarlo.
# On the sign-in screen's link. $wait: minutes and seconds as a clock, "0:42".
time-resend-in = Enviar el código de otra forma en { $wait }
time-resend-now = Enviar el código de otra forma
# Under the sign-in QR code. $wait: minutes and seconds as a clock, "0:42".
time-qr-expiry-in = Nuevo código en { $wait }
time-qr-expiry-now = Obteniendo un nuevo código…
# An error from Telegram or the agent, with how long Telegram asks to wait. $message: the error, from the agent; $wait: a countdown ("3 h 12 min").
error-try-again-in = { $message } (inténtalo de nuevo en { $wait })

## Periods (ui/format.js): how long idle sessions last before Telegram ends them, e.g. in "End them after 6 months"

period-years = { $count ->
    [one] { $count } año
   *[other] { $count } años
}
period-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
period-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
period-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

## Lists of names (ui/format.js): "Galaxy S24, Nicegram and 2 others"

# Adds one more name to a list, before the last one. $list: the names so far ("Galaxy S24"); $item: the next name.
list-comma = { $list }, { $item }
# The last name of a list. $list: the names before it ("Galaxy S24, Nicegram"); $last: the last name.
list-and = { $list } y { $last }
# A list too long to name everything. $list: the first names ("Galaxy S24, Nicegram, iPad, Desktop"); $count: how many more.
list-and-others = { $list } y { $count } más

## Devices

# A device's name when Telegram tells neither its model nor its app.
device-unknown = Dispositivo desconocido

## Buttons and errors of the whole window

button-try-again = Reintentar
# On the button while it works.
button-trying-again = Reintentando…
button-dismiss = Descartar
button-cancel = Cancelar
# Screen-reader label of the × button on a message at the bottom of the window.
button-dismiss-message = Descartar mensaje
error-no-app = Esta página solo funciona dentro de la app SessionGuard.
error-unexpected = Ha ocurrido un error inesperado.
# The agent (SessionGuard's background program) answered a request with the wrong kind of answer.
error-wrong-answer = El agente respondió algo distinto de lo esperado.

## The window's frame (ui/render.js)

# Labels of the small tag next to the demo account's name.
appbar-demo = Demo
appbar-demo-tooltip = Una cuenta ficticia para probar SessionGuard
# Under the app's name while on the sign-in screen.
appbar-adding-account = Añadiendo una cuenta
appbar-not-signed-in = Sin sesión iniciada
appbar-sign-in = Iniciar sesión en Telegram
# Screen-reader label of the refresh button (an icon).
appbar-refresh-label = Actualizar la lista de dispositivos
appbar-refresh-tooltip = Actualizar
# Screen-reader label of the row of account buttons.
appbar-accounts = Cuentas
# Screen-reader label of the red number on an account's button: its alerts not yet acknowledged.
appbar-account-alerts = { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
}
# Screen-reader label of the row of page tabs.
nav-pages = Páginas
nav-devices = Dispositivos
nav-history = Historial
nav-checkup = Revisión
nav-settings = Ajustes

## Whole-window states (ui/render.js)

window-connecting = Conectando con el agente de SessionGuard…
window-error-title = Algo salió mal
window-error-unreadable = El agente de SessionGuard envió una respuesta que la ventana no pudo leer.
window-error-no-account = El agente no protege ninguna cuenta ni ofrece iniciar sesión.
window-devices-failed = No se pudieron cargar tus dispositivos
window-devices-loading = Cargando tus dispositivos desde Telegram…
window-unreachable-title = El agente de SessionGuard no está en ejecución
window-unreachable-text = El agente vigila tu cuenta en segundo plano. Sin él, esta ventana no puede mostrar tus dispositivos ni terminar sus sesiones.
window-unreachable-retry = Reintentar
# On the Retry button while it works.
window-unreachable-starting = Iniciando el agente…
