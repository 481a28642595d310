# The checkup, 2-step verification and "Secure my account" (ui/checkup.js, ui/two_step.js, ui/secure.js).

## The Checkup page (ui/checkup.js)

# Where Telegram's own apps keep the 2-step verification settings: write it as Telegram's apps in your language name these menus. Used inside checkup-password-reset-text-*.
checkup-two-step-path = Ajustes → Privacidad y seguridad → Verificación en dos pasos

# Each check is a title (how it stands) and a text under it (what it means).
checkup-two-step-unknown-title = Verificación en dos pasos: estado desconocido
checkup-two-step-unknown-text = Telegram no indicó si hay una contraseña de verificación en dos pasos. Vuelve a revisarlo más tarde.
checkup-two-step-ok-title = La verificación en dos pasos está activada
checkup-two-step-ok-text = Un código de inicio de sesión no basta por sí solo para entrar en tu cuenta.
checkup-two-step-off-title = Activa la verificación en dos pasos
checkup-two-step-off-text = Sin una contraseña de verificación en dos pasos, cualquiera que consiga un código de inicio de sesión (un SMS, un teléfono desbloqueado) entra en tu cuenta.

checkup-recovery-email-ok-title = Tienes un correo de recuperación
checkup-recovery-email-ok-text = Puedes restablecer tu contraseña de verificación en dos pasos si la olvidas.
checkup-recovery-email-missing-title = Añade un correo de recuperación
checkup-recovery-email-missing-text = Sin él, si olvidas tu contraseña de verificación en dos pasos, solo podrás restablecer la cuenta, y para eso hay que esperar 7 días.

checkup-password-reset-title = Alguien pidió restablecer tu contraseña de verificación en dos pasos
# $time: the exact date and time of the reset ("Tuesday, 12 November 2024 at 14:05"); $path: checkup-two-step-path.
checkup-password-reset-text-at = La contraseña se restablecerá el { $time } salvo que lo canceles. Si no fuiste tú, cancélalo ahora: { $path }.
# When the time of the reset is not known. $path: checkup-two-step-path.
checkup-password-reset-text-soon = La contraseña se restablecerá pronto salvo que lo canceles. Si no fuiste tú, cancélalo ahora: { $path }.

# $period: Telegram's period for ending idle sessions, in words ("1 week", "6 months", "1 year").
checkup-ttl-ok-title = Las sesiones inactivas terminan tras { $period }
checkup-ttl-ok-text = Un dispositivo olvidado no mantiene la sesión iniciada mucho tiempo.
# $period: as in checkup-ttl-ok-title.
checkup-ttl-long-title = Las sesiones inactivas duran { $period }
checkup-ttl-long-text = Un teléfono o navegador olvidado mantiene la sesión iniciada todo ese tiempo. Con un periodo más corto, esas sesiones terminan antes.

checkup-stale-ok-title = No hay sesiones olvidadas
checkup-stale-ok-text = Todas las otras sesiones se usaron en el último mes.
# $count: how many other sessions were not used for over a month.
checkup-stale-title = { $count ->
    [one] { $count } sesión sin usar desde hace más de un mes
   *[other] { $count } sesiones sin usar desde hace más de un mes
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-stale-text = { $names }. Si ya no las usas, termínalas.

checkup-unofficial-ok-title = Solo apps oficiales de Telegram
checkup-unofficial-ok-text = Ninguna sesión usa una app que no sea de Telegram.
# $count: how many sessions use an app Telegram did not make.
checkup-unofficial-title = { $count ->
    [one] { $count } sesión en una app no oficial
   *[other] { $count } sesiones en apps no oficiales
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-unofficial-text = { $names }. Las apps no oficiales ven todo lo que haces: termina las sesiones que no reconozcas o en las que no confíes.

checkup-websites-unknown-title = Sitios web conectados: estado desconocido
checkup-websites-unknown-text = Telegram no indicó qué sitios web están conectados a tu cuenta. Vuelve a revisarlo más tarde.
checkup-websites-ok-title = No hay sitios web conectados a tu Telegram
# “Log in with Telegram” is the name of Telegram's login button on websites.
checkup-websites-ok-text = Ningún sitio web puede actuar en tu nombre mediante «Iniciar sesión con Telegram».
# $count: how many websites are logged in with the person's Telegram account.
checkup-websites-title = { $count ->
    [one] { $count } sitio web conectado a tu Telegram
   *[other] { $count } sitios web conectados a tu Telegram
}
checkup-websites-text = Cada uno puede actuar en tu nombre en su sitio. Desconecta los que ya no uses o no reconozcas.

checkup-password-pending-ok-title = Nadie se ha quedado atascado en tu contraseña
checkup-password-pending-ok-text = Ninguna sesión tiene el código de inicio de sesión sin la contraseña de verificación en dos pasos.
checkup-password-pending-title = Alguien tiene tu código de inicio de sesión
# $names: the name of the device (or devices) that entered the login code but not the password.
checkup-password-pending-text = En { $names } se escribió el código correcto, pero no tu contraseña de verificación en dos pasos. Termina esa sesión y, si no fuiste tú, cambia tu contraseña.

# Shown while the first checkup runs.
checkup-loading = Revisando tu cuenta…
# The summary's headline when nothing needs the person.
checkup-summary-ok = Tu cuenta está bien protegida
# The summary's headline. $count: how many checks need the person (1 or more).
checkup-summary-findings = { $count ->
    [one] { $count } punto que revisar
   *[other] { $count } puntos que revisar
}
# Shown right after when the checkup ran ("5 minutes ago · checked by SessionGuard"); the time comes first, then a space, then this.
checkup-checked-by = · revisado por SessionGuard
# The button that runs the checkup again, and what it says while it runs.
checkup-run-again = Revisar de nuevo
checkup-running = Revisando…

checkup-limits-title = Lo que ninguna app puede decirte
checkup-limits-text = Una clave de sesión robada se ve exactamente igual que el dispositivo del que se robó: mismo nombre, misma app. Si algo no te cuadra, termina la sesión y vuelve a iniciar sesión en tu propio dispositivo. Terminar una sesión la cierra, pero solo las apps oficiales de Telegram borran además los chats que guardaron en ese dispositivo.

# The buttons that fix a check. $period: the shorter period in words ("1 week", "1 month").
checkup-fix-ttl = Terminarlas tras { $period }
# Logs out the connected websites the check is about. $count: how many (0 when they are already gone; the button is then disabled).
checkup-fix-websites = { $count ->
    [one] Desconectarlo
   *[other] Desconectar { $count }
}
# Terminates the sessions the check is about. $count: how many.
checkup-fix-terminate = { $count ->
    [one] Terminarla
   *[other] Terminar { $count }
}

## 2-step verification (ui/two_step.js)

# The strength meter's word for the new password as it is typed, from weakest to strongest.
two-step-strength-weak = Débil
two-step-strength-fair = Aceptable
two-step-strength-good = Buena
two-step-strength-strong = Fuerte
two-step-strength-very-strong = Muy fuerte

# What is wrong with the form, said under it before anything is sent.
two-step-problem-current-missing = Escribe tu contraseña actual de verificación en dos pasos.
# $count: the fewest characters a new password may have (8).
two-step-problem-too-short = { $count ->
    [one] La nueva contraseña debe tener al menos { $count } carácter.
   *[other] La nueva contraseña debe tener al menos { $count } caracteres.
}
two-step-problem-not-same = Las dos contraseñas nuevas no coinciden.
two-step-problem-hint-gives-away = La pista no debe revelar la contraseña.
two-step-problem-email-missing = Escribe el correo electrónico con el que podrás recuperar la contraseña.
two-step-problem-email-invalid = Ese correo electrónico no parece correcto.

# Small buttons in the checkup's 2-step verification and recovery email rows.
two-step-button-turn-on = Activar
two-step-button-change = Cambiar
two-step-button-turn-off = Desactivar
two-step-button-add-email = Añadir correo de recuperación

# The field for the code Telegram emailed to the new recovery email address.
two-step-email-code-title = Confirma tu correo de recuperación
# $digits: how many digits the code has (e.g. 6).
two-step-email-code-text = Telegram envió un código de { $digits } dígitos a la dirección que indicaste. Escríbelo aquí.
two-step-email-code-label = Código
two-step-email-code-cancel = No usar correo de recuperación
two-step-email-code-resend = Enviar el código de nuevo
two-step-email-code-confirm = Confirmar

# The form's title and the text under it, for each thing it does.
two-step-on-title = Activar la verificación en dos pasos
two-step-on-text = Después del código de inicio de sesión, Telegram también pedirá esta contraseña en cada dispositivo nuevo. Elige una que no uses en ningún otro sitio.
two-step-change-title = Cambiar tu contraseña de verificación en dos pasos
two-step-change-text = Tus otros dispositivos mantendrán la sesión iniciada. Los nuevos inicios de sesión necesitarán la nueva contraseña.
two-step-off-title = Desactivar la verificación en dos pasos
two-step-off-text = Entonces bastará un código de inicio de sesión para entrar en tu cuenta. Hazlo solo si es imprescindible.
two-step-email-title = Añadir un correo de recuperación
two-step-email-text = Si olvidas la contraseña, Telegram enviará a esta dirección un código para restablecerla.

# The form's field labels.
two-step-current-label = Contraseña actual
two-step-next-label = Nueva contraseña
# The meter's name for screen readers.
two-step-strength-label = Seguridad de la contraseña
two-step-repeat-label = Repite la nueva contraseña
two-step-hint-label = Pista (opcional)
two-step-email-optional-label = Correo de recuperación (opcional)
two-step-email-label = Correo de recuperación

# The form's buttons; "Saving…" replaces the label while the agent works.
two-step-form-cancel = Cancelar
two-step-form-save = Guardar
# The button that sends the form when it turns 2-step verification off.
two-step-form-turn-off = Desactivar
two-step-form-saving = Guardando…

## "Secure my account" (ui/secure.js)

# The steps the confirmation lists before anything is done; each is one line of a list, without a full stop.
# $count: how many other sessions; $time: the exact date and time Telegram's 24-hour rule lets this device end them ("Tuesday, 12 November 2024 at 14:05").
secure-step-end-sessions-at = { $count ->
    [one] Terminar la otra sesión el { $time }, en cuanto Telegram se lo permita a este dispositivo
   *[other] Terminar las otras { $count } sesiones el { $time }, en cuanto Telegram se lo permita a este dispositivo
}
# $count: how many other sessions.
secure-step-end-sessions-now = { $count ->
    [one] Terminar ahora la otra sesión
   *[other] Terminar ahora las otras { $count } sesiones
}
# $count: how many connected websites.
secure-step-log-out-websites = { $count ->
    [one] Desconectar el sitio web conectado
   *[other] Desconectar los { $count } sitios web conectados
}
secure-step-lockdown = Activar el bloqueo total: todo nuevo inicio de sesión que no sea de un dispositivo de confianza se termina en cuanto aparece

# The button under this device, and what it says while it works.
secure-button = Proteger mi cuenta…
secure-button-securing = Protegiendo tu cuenta…

# What "Secure my account" did, one line each, until closed.
# $count: how many other sessions were ended.
secure-report-sessions-ended = { $count ->
    [one] Se terminó { $count } sesión de otro dispositivo.
   *[other] Se terminaron { $count } sesiones de otros dispositivos.
}
# $count: how many other sessions wait for Telegram's 24-hour rule; $time: the exact date and time they will be ended ("Tuesday, 12 November 2024 at 14:05").
secure-report-sessions-waiting = { $count ->
    [one] Se terminará { $count } sesión de otro dispositivo el { $time }: Telegram no deja que un dispositivo con menos de 24 horas de sesión termine otras antes. SessionGuard lo hará por sí solo; mientras tanto, termínala desde un dispositivo más antiguo si puedes.
   *[other] Se terminarán { $count } sesiones de otros dispositivos el { $time }: Telegram no deja que un dispositivo con menos de 24 horas de sesión termine otras antes. SessionGuard lo hará por sí solo; mientras tanto, termínalas desde un dispositivo más antiguo si puedes.
}
# $count: how many connected websites were logged out.
secure-report-websites-ended = { $count ->
    [one] Se desconectó { $count } sitio web.
   *[other] Se desconectaron { $count } sitios web.
}
secure-report-lockdown-on = El bloqueo total está activado: todo nuevo inicio de sesión que no sea de un dispositivo de confianza se termina en cuanto aparece.
secure-report-to-do-two-step = Ahora configura una contraseña de verificación en dos pasos y un correo de recuperación, para que un código de inicio de sesión nunca vuelva a bastar para entrar en tu cuenta.
secure-report-to-do-recovery-email = Ahora añade un correo de recuperación a tu contraseña de verificación en dos pasos, para poder restablecerla si la olvidas.
secure-report-nothing-to-do = No había nada que hacer: ninguna otra sesión, ningún sitio web, y el bloqueo total ya estaba activado.
# The report's headline: everything done, or something still waits (for Telegram's 24-hour rule) or failed.
secure-report-title-done = Tu cuenta está protegida
secure-report-title-waits = Tu cuenta se está protegiendo
secure-report-close = Cerrar
# The button that opens the 2-step verification form for what is left to do.
secure-report-next-two-step = Configurar la verificación en dos pasos
secure-report-next-recovery-email = Añadir correo de recuperación
# "History" is the name of the History page.
secure-report-kept-in-history = Queda registrado en el Historial.
