# The Settings page (ui/settings.js).

## Alerts

settings-alerts-title = Alertas
settings-alerts-caption = Cada tipo muestra una notificación y pone en rojo el icono de la bandeja hasta que la veas.
# Switches, one per kind of alert: a label and a hint under it.
settings-alert-new-login = Nuevos inicios de sesión
settings-alert-new-login-hint = Un dispositivo inició sesión en tu cuenta.
settings-alert-unconfirmed-login = Inicios de sesión pendientes de confirmar
settings-alert-unconfirmed-login-hint = Telegram pregunta si fuiste tú quien inició sesión.
# Someone typed the right login code but not the 2-step verification password.
settings-alert-password-pending-login = Código correcto, contraseña incorrecta
settings-alert-password-pending-login-hint = Alguien tiene tu código de inicio de sesión, pero no tu contraseña de verificación en dos pasos.
settings-alert-login-code-requested = Códigos que nadie pidió desde aquí
settings-alert-login-code-requested-hint = Alguien está probando con tu número de teléfono.
settings-alert-session-ended = Sesiones terminadas desde otro dispositivo
settings-alert-session-ended-hint = Otro dispositivo terminó una de tus sesiones.
settings-alert-our-session-ended = Cierre de sesión de SessionGuard
settings-alert-our-session-ended-hint = La propia sesión de SessionGuard se terminó desde otro dispositivo.
settings-alert-new-website = Sitios web conectados con Telegram
settings-alert-new-website-hint = Ahora un sitio web puede actuar en tu nombre.

## Rules

settings-rules-title = Reglas
settings-rules-caption = SessionGuard las aplica por sí solo en cuanto aparece una nueva sesión, nunca a este dispositivo ni a una sesión de confianza. La confianza vale para un solo inicio de sesión: uno nuevo que parezca de un dispositivo de confianza se evalúa como cualquier otro. Telegram solo deja que un dispositivo termine otras sesiones 24 horas después de iniciar sesión; hasta entonces, la regla indica cuándo actuará.
# Hint under the Lockdown switch (its label is the rule's name, Lockdown).
settings-rule-lockdown-hint = Termina cada nueva sesión que no hayas marcado como de confianza.
settings-rule-unofficial = Sin apps no oficiales
settings-rule-unofficial-hint = Termina las nuevas sesiones de apps que no sean de Telegram.
# A field for the countries new sessions may come from, separated by commas.
settings-countries = Países permitidos
# Placeholder of the empty countries field: the example names are separated by commas, as the person types them.
settings-countries-placeholder = Vacío: cualquier país. P. ej.: Alemania, Austria
settings-countries-hint = Las nuevas sesiones desde cualquier otro país se terminan. Escribe los nombres como aparecen en la lista de dispositivos.
# Button that saves a field (the allowed countries, or where alerts are sent).
settings-save = Guardar
settings-trusted-title = Dispositivos de confianza
settings-trusted-none = Aún no hay ninguno. Para confiar en un dispositivo, abre los detalles de su sesión en la página Dispositivos.
# A trusted device's name when its model is not known.
settings-trusted-unknown-device = Dispositivo desconocido
# Under a trusted device's name. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name, e.g. "Telegram Desktop"
# $platform (String) - e.g. "Windows"
# $apiId (String) - the app's id, e.g. "2040"
settings-trusted-device = { $app } · { $platform } · api_id { $apiId }
# The same, for a device trusted by an older version of SessionGuard, before trust meant one login.
# $app (String) - the app's name
# $platform (String) - the platform
# $apiId (String) - the app's id
settings-trusted-device-unbound = { $app } · { $platform } · api_id { $apiId } · de confianza desde antes de que la confianza se vinculara a un solo inicio de sesión: se vinculará con la próxima lista si ese dispositivo sigue con la sesión iniciada
# Button that stops trusting a device.
settings-trusted-remove = Quitar

## Alerts off this computer (forwarding)

settings-forwarding-title = Alertas fuera de este equipo
settings-forwarding-caption = Envía también cada alerta a tu teléfono o a un servidor, para cuando no estés frente a este equipo. La dirección o el token se guardan en el llavero de tu sistema.
# What happened to the last alert sent (or the last test alert).
# $when (String) - its date and time
# $detail (String) - given by the agent, e.g. "delivered"
settings-forwarding-last = Última alerta ({ $when }): { $detail }
settings-forwarding-last-test = Alerta de prueba ({ $when }): { $detail }
settings-forwarding-nothing-sent = Aún no se ha enviado nada.
# The test button, and what it says while it sends.
settings-forwarding-send-test = Enviar una alerta de prueba
settings-forwarding-sending = Enviando…
# Button that stops sending alerts off this computer.
settings-forwarding-stop = Detener
# Label of the choice of where alerts go: first time, and when they already go somewhere.
settings-forwarding-kind = Enviar alertas a
settings-forwarding-kind-change = Enviar alertas a otro lugar
# The choices. ntfy is the name of a push-notification service; JSON POST is technical, keep it.
settings-forwarding-kind-ntfy = Un tema de ntfy (notificaciones push en tu teléfono)
settings-forwarding-kind-telegram-bot = Un chat con un bot de Telegram
settings-forwarding-kind-webhook = Un webhook (JSON POST)
# @BotFather is the name of Telegram's bot for making bots: keep it.
settings-forwarding-bot-token = Token del bot (de @BotFather)
settings-forwarding-chat-id = ID del chat
settings-forwarding-topic = Dirección del tema
# Example in the empty topic field: an address at ntfy.sh whose last part is a long secret name (lowercase words joined by hyphens, no spaces).
settings-forwarding-topic-placeholder = https://ntfy.sh/un-tema-largo-y-secreto
settings-forwarding-hide-ips = Ocultar direcciones IP
# 102.89.x.x is an example of an IP address with its last two parts hidden: keep it.
settings-forwarding-hide-ips-hint = Cualquiera que conozca el nombre de un tema público puede leerlo: solo se envían las dos primeras partes de cada dirección (102.89.x.x).
settings-forwarding-webhook = Dirección del webhook

## Accounts

settings-accounts-title = Cuentas
# Label of the choice of Telegram's period after which idle sessions end; the choice ("1 month") follows it.
# $account (String) - the account's name as the window shows it
settings-ttl-label = Terminar las sesiones inactivas de { $account } tras
# Under each account's name.
settings-account-demo = Una cuenta ficticia para probar SessionGuard
settings-account-telegram = Cuenta de Telegram; su clave está en el llavero de tu sistema
# Button that closes the made-up account, or signs out of a real one.
settings-account-close = Cerrar
settings-account-sign-out = Cerrar sesión
settings-account-add = Añadir una cuenta de Telegram

## Start-up

settings-startup-title = Inicio
settings-autostart = Empezar a proteger al iniciar sesión en el equipo
settings-autostart-hint = El agente se inicia con tu sesión de escritorio y espera en la bandeja; la ventana solo se abre cuando tú quieras.

## Language

settings-language-title = Idioma
settings-language-label = Idioma de SessionGuard
# The first choice: follow the computer's language.
settings-language-system = Igual que el sistema
