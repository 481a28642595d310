# What the window's alert banners say (ui/format.js).
#
# A banner has a title (one sentence, the headline) and a detail (advice under it).
# $login is always a summary of the device from the agent's data, its parts joined by " · ":
# "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4".
# $reason and $error come from the agent as they are (the agent's own words).

## Rules that acted on a new login

# The rules' names, as the subject of the sentences below and as a label on the Settings page.
alert-rule-lockdown = Bloqueo total
alert-rule-unofficial-app = La regla «Sin apps no oficiales»
alert-rule-country-not-allowed = La regla «Países permitidos»
# $rule: one of the rules' names above.
alert-rule-terminated-title = { $rule } terminó un nuevo inicio de sesión: { $login }
# $reason: why the rule ended it, from the agent, e.g. "lockdown is on and it is not a trusted device".
alert-rule-terminated-detail = Se terminó en cuanto apareció: { $reason }.
# $rule: one of the rules' names above.
alert-rule-deferred-title = { $rule } terminará un nuevo inicio de sesión: { $login }
# $reason: why the rule will end it (from the agent, a sentence without its full stop). $when: the date and time in UTC, "2026-12-02 10:00 UTC".
alert-rule-deferred-detail = { $reason }. Telegram solo permite que este dispositivo termine sesiones a partir del { $when }; si no fuiste tú, termina la sesión ahora desde un dispositivo más antiguo.
# $rule: one of the rules' names above.
alert-rule-failed-title = { $rule } no pudo terminar un nuevo inicio de sesión: { $login }
# $reason: why the rule tried to end it (from the agent, without its full stop). $error: what Telegram answered (from the agent).
alert-rule-failed-detail = { $reason }, pero Telegram lo rechazó: { $error }. Si no fuiste tú, termina la sesión manualmente.
# A login the rules let be. $reason: why, from the agent, e.g. "Nigeria is on the allowed list".
alert-rule-spared-detail = Ninguna regla terminó esta sesión: { $reason }.

## Joining the detail's sentences

# Shown before the detail when the event happened while the agent was not running.
alert-while-away = Esto ocurrió mientras SessionGuard no estaba en ejecución.
# Two sentences of a banner's detail one after the other (alert-while-away and the advice; the advice and alert-rule-spared-detail).
alert-two-sentences = { $first } { $second }

## Events

# The "lead" messages are set in bold: each title must begin with exactly the words of its lead.
alert-new-login-lead = Nuevo inicio de sesión:
alert-new-login-title = Nuevo inicio de sesión: { $login }
alert-new-login-title-unknown = Nuevo inicio de sesión en tu cuenta
alert-new-login-detail = Si no fuiste tú, termina la sesión y activa la verificación en dos pasos.
alert-unconfirmed-login-lead = Inicio de sesión sin confirmar:
alert-unconfirmed-login-title = Inicio de sesión sin confirmar: { $login }
alert-unconfirmed-login-title-unknown = Inicio de sesión sin confirmar en tu cuenta
alert-unconfirmed-login-detail = Telegram espera que confirmes este inicio de sesión. Si no fuiste tú, termina la sesión ahora.
alert-password-pending-title = Alguien escribió el código de inicio de sesión correcto, pero no tu contraseña de verificación en dos pasos
# Starts with the device's summary as a sentence of its own.
alert-password-pending-detail = { $login }. Tu contraseña le impide el paso: termina esta sesión y cambia tu contraseña.
alert-password-pending-detail-unknown = Tu contraseña le impide el paso: termina la sesión y cambia tu contraseña.
alert-login-code-requested-title = Alguien pidió un código de inicio de sesión para tu cuenta
# "Settings → Privacy and Security → Two-Step Verification" is the path in Telegram's own menus: use the names Telegram shows in this language.
alert-login-code-requested-detail = No compartas el código con nadie. Activa la verificación en dos pasos en Telegram: Ajustes → Privacidad y seguridad → Verificación en dos pasos.
alert-session-ended-lead = Sesión terminada:
alert-session-ended-title = Sesión terminada: { $login }
alert-session-ended-title-unknown = Se terminó una sesión
alert-session-ended-detail = Este dispositivo ya no tiene la sesión iniciada en tu cuenta.
alert-our-session-ended-title = Se cerró la sesión de SessionGuard en tu cuenta
alert-our-session-ended-detail = Su sesión se terminó desde otro dispositivo, así que ahora no protege tu cuenta. Vuelve a iniciar sesión para que siga protegiéndola.
# For websites, $login is the website's summary (its domain, browser, place).
alert-new-website-lead = Sitio web conectado a tu Telegram:
alert-new-website-title = Sitio web conectado a tu Telegram: { $login }
alert-new-website-title-unknown = Se conectó un sitio web a tu Telegram
alert-new-website-detail = Puede actuar en tu nombre en ese sitio web. Si no fuiste tú, desconéctalo.
alert-website-ended-lead = Sitio web desconectado:
alert-website-ended-title = Sitio web desconectado: { $login }
alert-website-ended-title-unknown = Se desconectó un sitio web
