# The agent's words: notifications, the tray menu, and the History page's sentences about
# who did what (crates/agent). Notifications are plain text: no markup.

## Notifications (crates/agent/src/alerts/alert_text.rs, notifier.rs)

notify-new-login-title = Nuevo inicio de sesión en tu Telegram
notify-unconfirmed-login-title = Nuevo inicio de sesión en tu Telegram: ¿fuiste tú?
notify-unconfirmed-login-advice = Si no fuiste tú, termina la sesión ahora.
notify-password-pending-title = Alguien tiene tu código de inicio de sesión de Telegram
notify-password-pending-advice = Escribió el código correcto, pero no tu contraseña de verificación en dos pasos. Termina esa sesión y cambia tu contraseña.
notify-code-requested-title = Alguien pidió un código de inicio de sesión para tu número
notify-code-requested-advice = Si no fuiste tú, no compartas el código con nadie y activa la verificación en dos pasos.
notify-our-session-ended-title = Se cerró la sesión de SessionGuard en tu Telegram
notify-our-session-ended-advice = Su sesión se terminó desde otro dispositivo, así que ahora no protege tu cuenta. Abre SessionGuard para volver a iniciar sesión.
notify-session-ended-title = Se terminó una sesión de tu Telegram desde otro dispositivo
notify-session-ended-advice = La terminó otro dispositivo. Si no fuiste tú, revisa tus dispositivos y tu contraseña de verificación en dos pasos.
notify-new-website-title = Se conectó un sitio web a tu Telegram
notify-new-website-advice = Puede actuar en tu nombre en ese sitio web. Si no fuiste tú, desconéctalo.
# $account: the account's name ("Demo account", the person's name on Telegram).
notify-account = Cuenta: { $account }
# $reason: why the rules let a new login be, e.g. "Nigeria is on the allowed list".
notify-spared = Ninguna regla terminó esta sesión: { $reason }.
notify-while-away = Esto ocurrió mientras SessionGuard no estaba en ejecución.
# Shown in a line of details after the app's name: "Telegram X 1.2 · unofficial app".
notify-unofficial-app = app no oficial
notify-ip = IP { $ip }
# One notification for many alerts at once.
notify-burst-logins-title = { $count ->
    [one] { $count } nuevo inicio de sesión en tu Telegram
   *[other] { $count } nuevos inicios de sesión en tu Telegram
}
notify-burst-alerts-title = { $count ->
    [one] { $count } nueva alerta de SessionGuard
   *[other] { $count } nuevas alertas de SessionGuard
}
# After the first five devices of a burst.
notify-burst-more = y { $count } más.
notify-burst-advice = Abre SessionGuard para verlos todos y terminar las sesiones que no reconozcas.
# $rule: a rule's name (journal-rule-…).
notify-rule-terminated-title = SessionGuard terminó un nuevo inicio de sesión ({ $rule })
notify-rule-terminated-advice = Se terminó al instante: { $reason }.
notify-rule-deferred-title = Nuevo inicio de sesión en tu Telegram: la regla «{ $rule }» lo terminará
# $at: a date and time in UTC, "2026-12-01 14:05 UTC".
notify-rule-deferred-advice = { $reason }. Telegram solo permite que este dispositivo termine sesiones a partir del { $at } (24 horas después de iniciar sesión); hasta entonces, si no fuiste tú, termina la sesión desde un dispositivo más antiguo.
notify-rule-failed-title = Nuevo inicio de sesión en tu Telegram: la regla «{ $rule }» no pudo terminarlo
# $error: Telegram's refusal, in English from the server.
notify-rule-failed-advice = { $reason }, pero Telegram lo rechazó: { $error }. Si no fuiste tú, termina la sesión manualmente.
# When a button pressed on a notification did not work.
notify-refused-confirm-title = SessionGuard no pudo confirmar ese inicio de sesión
notify-refused-terminate-title = SessionGuard no pudo terminar ese inicio de sesión
notify-refused-body = { $error }. La alerta sigue pendiente en la ventana de SessionGuard.

## A notification's buttons (short)

notify-button-its-me = Fui yo
notify-button-terminate = Terminar
notify-button-secure = Proteger mi cuenta
notify-button-open = Abrir SessionGuard

## The tray icon's tooltip and menu (crates/agent/src/desktop/tray_menu.rs)

tray-keyring-locked = SessionGuard: tu cuenta está guardada, pero el llavero está bloqueado; desbloquéalo
tray-signed-out = SessionGuard: sin sesión iniciada
tray-guarding-one = SessionGuard está protegiendo tu cuenta de Telegram
tray-guarding-many = SessionGuard está protegiendo { $count } cuentas de Telegram
tray-alerts = { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
}
tray-alerts-need-you = { $count ->
    [one] SessionGuard: { $count } alerta requiere tu atención
   *[other] SessionGuard: { $count } alertas requieren tu atención
}
# $alerting: "Account b: 1 alert; Account c: 2 alerts".
tray-alerting-accounts = SessionGuard — { $alerting }
# $account: the account's name; $alerts: tray-alerts.
tray-account-alerts = { $account }: { $alerts }
tray-open = Abrir SessionGuard
tray-terminate-others = Terminar todas las otras sesiones
tray-terminate-others-of = Terminar todas las otras sesiones de { $account }
tray-secure = Proteger mi cuenta…
tray-secure-of = Proteger la cuenta { $account }…
tray-quit = Salir de SessionGuard

## Who did what, as History says it (crates/agent/src/history/words.rs, mod.rs)

# A rule's name inside a sentence ("terminated by lockdown").
journal-rule-lockdown = bloqueo total
journal-rule-unofficial-app = sin apps no oficiales
journal-rule-country-not-allowed = países permitidos
# $rule: journal-rule-… (or a rule this version no longer knows, by its stored name).
# (es) The "who" messages below follow "por" ("by") in history-entry-by and history-record-ended-by.
journal-by-rule = la regla «{ $rule }»
journal-by-you = ti
journal-ended-by-us = ti, desde SessionGuard
journal-ended-by-inactivity = Telegram, tras mucho tiempo de inactividad
journal-ended-elsewhere = otro dispositivo
journal-ended-unknown = causa desconocida (terminó mientras SessionGuard no estaba en ejecución)
journal-ttl-changed = { $days ->
    [one] las sesiones inactivas durante { $days } día ahora terminan solas
   *[other] las sesiones inactivas durante { $days } días ahora terminan solas
}
journal-secret-chats-on = chats secretos activados
journal-secret-chats-off = chats secretos desactivados
journal-calls-on = llamadas activadas
journal-calls-off = llamadas desactivadas
# $target: where alerts are forwarded ("ntfy.sh"); $detail: how it went ("Delivered (1 try)").
journal-forwarded = { $target }: { $detail }
journal-forward-failed = { $target }: falló ({ $detail })
journal-websites = { $count ->
    [one] { $count } sitio web
   *[other] { $count } sitios web
}
journal-two-step-on = verificación en dos pasos activada
journal-two-step-changed = contraseña de verificación en dos pasos cambiada
journal-two-step-off = verificación en dos pasos desactivada
journal-recovery-email-given = correo de recuperación indicado; falta el código enviado a ese correo
journal-recovery-email-confirmed = correo de recuperación confirmado
# What "Secure my account" did, joined with "; ".
journal-secured-sessions-ended = { $count ->
    [one] { $count } sesión de otro dispositivo terminada
   *[other] { $count } sesiones de otros dispositivos terminadas
}
journal-secured-sessions-waiting = { $count ->
    [one] { $count } sesión por terminar el { $at } (regla de 24 horas de Telegram)
   *[other] { $count } sesiones por terminar el { $at } (regla de 24 horas de Telegram)
}
journal-secured-websites = { $count ->
    [one] { $count } sitio web desconectado
   *[other] { $count } sitios web desconectados
}
journal-secured-lockdown = bloqueo total activado
journal-secured-to-do-two-step = pendiente: una contraseña de verificación en dos pasos
journal-secured-to-do-email = pendiente: un correo de recuperación
journal-secured-nothing = no había nada que hacer

## Errors whose code says it all (crates/agent/src/words/errors.rs). Lower case, no full
## stop: the window and the command line put them inside their own sentences.

error-session-not-found = esa sesión ya había terminado
error-website-not-found = ese sitio web ya está desconectado
error-current-session = es la sesión que usa el propio SessionGuard; para terminarla, cierra sesión
# $at: a date and time in UTC, "2026-12-02 10:00 UTC".
error-fresh-session = Telegram lo permite a partir del { $at } (una sesión con menos de 24 horas no puede terminar otras)
# The window adds how long to wait: "(try again in 42 s)".
error-flood-wait = Telegram pide esperar antes de volver a intentarlo
error-network = no se puede conectar con Telegram; revisa la conexión de este equipo
error-signed-out = esta cuenta no tiene la sesión iniciada
error-api-credentials-invalid = el api_id y el api_hash no son válidos; vuelve a copiarlos de my.telegram.org
error-phone-invalid = Telegram no reconoce ese número de teléfono; incluye el código de país, p. ej., +49
error-sign-up-required = este número aún no tiene cuenta de Telegram; crea una primero en una app de Telegram
error-code-invalid = ese código no es correcto; revisa el último código que envió Telegram
error-code-expired = ese código caducó; pide uno nuevo
error-password-invalid = esa contraseña de verificación en dos pasos no es correcta
error-email-invalid = esa dirección de correo no es válida
error-email-code-invalid = ese código no es correcto; revisa el último correo de Telegram
