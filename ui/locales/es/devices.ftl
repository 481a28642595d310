# The devices page and connected websites (ui/devices.js, ui/websites.js).

## The devices page: this device and "terminate all other sessions"

# Tooltip of the terminate buttons while Telegram does not yet let this (newly logged-in)
# device end other sessions. $when: an exact local date and time ("Tuesday, 12 November 2024 at 14:05").
devices-locked-title = Telegram permitirá que este dispositivo termine otras sesiones a partir del { $when }
# The button under this device's card, while it works.
devices-terminating-others = Terminando otras sesiones…
# The button under this device's card.
devices-terminate-others = Terminar todas las otras sesiones
# Heading of the group with the session SessionGuard itself uses.
devices-this-device = Este dispositivo
# Shown instead of this device when Telegram's list marks no session as the current one.
devices-no-current = Telegram no marcó ninguna sesión como la actual.
# Caption under the "Terminate all other sessions" button.
devices-terminate-others-caption = Cierra la sesión en todos los dispositivos excepto en este.
# Heading of the group with every other session (a number of sessions follows it in a badge).
devices-active-sessions = Sesiones activas

## A session's row

# Red tag beside a device's name; short.
devices-tag-password-pending = Falta la contraseña
# Tooltip of the "Password not entered" tag.
devices-tag-password-pending-title = Inició sesión con el código, pero aún no ha escrito la contraseña de verificación en dos pasos
# Yellow tag beside a device's name; short.
devices-tag-unconfirmed = Sin confirmar
# Tooltip of the "Unconfirmed" tag.
devices-tag-unconfirmed-title = Telegram aún no ha confirmado este inicio de sesión
# Green tag beside a device's name; short.
devices-tag-trusted = De confianza
# Tooltip of the "Trusted" tag.
devices-tag-trusted-title = Confías en este dispositivo: las reglas nunca lo terminan
# Grey tag beside a session's app (also on alert banners); short.
devices-unofficial-app = App no oficial
# Tooltip of the "Unofficial app" tag.
devices-unofficial-app-title = No es una app oficial de Telegram
# Link button that opens a session's details.
devices-details = Detalles
# Link button that closes a session's details.
devices-hide-details = Ocultar detalles
# Small button that ends a session (rows and alert banners); short.
devices-terminate = Terminar
# The "Terminate" button while it works; short.
devices-terminating = Terminando…
# Screen-reader label of a "Terminate" button. $device: the device's name from Telegram ("Galaxy S24").
devices-terminate-session-label = Terminar la sesión en { $device }

## A session's details

# Term in the details list; its value is an exact date and time.
devices-fact-signed-in = Inicio de sesión
# Term in the details list; its value is an exact date and time, or "now".
devices-fact-last-active = Última actividad
# Term in the details list; its value is the app, its version and its api_id.
devices-fact-app = App
# Term in the details list; its value is the operating system.
devices-fact-system = Sistema
# Term in the details list; its value is the IP address and the region and country.
devices-fact-place = IP y ubicación
# A value in the details list when Telegram did not say it (lowercase).
devices-fact-unknown = desconocido
# The "Last active" value of this device (lowercase).
devices-fact-now = ahora
# The "App" value. $app: the app and version from Telegram ("Telegram Desktop 5.8"), or the
# word "unknown"; $apiId: Telegram's id of the app (a number, kept as it is). "api_id" is a technical name: keep it.
devices-fact-app-value = { $app } · api_id { $apiId }
# The "App" value for an app that is not one of Telegram's own. Variables as above.
devices-fact-app-value-unofficial = { $app } (no oficial) · api_id { $apiId }
# In the details of this device instead of its switches.
devices-current-note = Este es el propio SessionGuard. Para terminar esta sesión, cierra sesión desde Ajustes.
# Switch in a session's details: whether it may receive secret chats.
devices-accept-secret-chats = Aceptar chats secretos
# Switch in a session's details: whether it may receive calls.
devices-accept-calls = Aceptar llamadas
# Switch in a session's details: the person trusts this device.
devices-trusted-device = Dispositivo de confianza
# Hint under the "Trusted device" switch. Lockdown, allowed countries and unofficial apps are the names of SessionGuard's rules.
devices-trusted-device-hint = Las reglas (bloqueo total, países permitidos, apps no oficiales) nunca lo terminan, aunque vuelva a iniciar sesión.
# Link in a session's details to the History page filtered to this session.
devices-session-history = Historial de esta sesión

## No other sessions

devices-empty-title = No hay otros dispositivos con la sesión iniciada
devices-empty-text = SessionGuard sigue vigilando y te avisará en cuanto un nuevo dispositivo inicie sesión.

## Waiting until this device may end other sessions

# Under a countdown ("3 h 12 min") that says how long until this device may end other sessions.
devices-lock-notice = Telegram solo deja que un dispositivo recién conectado termine otras sesiones cuando ya lleva un tiempo con la sesión iniciada.

## The list could not be refreshed

# Title of the notice when the last refresh failed; the agent's error message follows.
devices-error-title = Puede que la lista no esté al día
# Button of that notice.
devices-try-again = Reintentar

## Footer

# $period: Telegram's inactivity period in words ("6 months", "1 year").
devices-ttl-note = Telegram termina por sí solo las sesiones que llevan { $period } inactivas.

## Alert banners on the devices page

# Screen-reader label of the list of alert banners.
devices-alerts-label = Alertas de seguridad
# The acknowledge button of a banner while it works; short.
devices-alert-saving = Guardando…
# The acknowledge button of a banner that needs no answer (a session ended, a rule acted); short.
devices-alert-ok = Aceptar
# The acknowledge button of a banner about a new login: the person says the login was theirs; short.
devices-alert-its-me = Fui yo

## Connected websites

# "Chrome 131 on Windows". $browser and $platform come from Telegram as they are.
websites-browser-on-platform = { $browser } en { $platform }
# Heading of the websites group (a number of websites follows it in a badge).
websites-title = Sitios web conectados
websites-empty = No hay sitios web conectados a tu Telegram.
# The button under the list of websites, while it works.
websites-logging-out-all = Desconectando todos los sitios web…
# The button under the list of websites.
websites-log-out-all = Desconectar todos los sitios web
# Caption under the websites group. “Log in with Telegram” is the name of Telegram's button on websites.
websites-caption = Sitios web donde usaste «Iniciar sesión con Telegram». Cada uno puede actuar en tu nombre en ese sitio hasta que lo desconectes.
# Screen-reader label of a website's "Log out" button (rows and alert banners). $domain: the website ("example.com").
websites-log-out-of = Desconectar { $domain }
# Small button that logs a website out (rows and alert banners); short.
websites-log-out = Desconectar
# The "Log out" button while it works; short.
websites-logging-out = Desconectando…
