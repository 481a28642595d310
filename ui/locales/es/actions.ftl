# What the buttons say while they work: confirmations and toasts (ui/actions.js).
#
# Where a message chooses by { $count }, the variant [1] is for exactly one thing and names
# it (or says "this") instead of giving a number: keep [1] as it is and add your language's
# plural categories ([one], [few], [many]…) for the sentences with the number.

## Terminating one session

# Title of the dialog that asks before ending one session.
confirm-terminate-title = ¿Terminar esta sesión?
# Dialog text. $device: the device's name from Telegram ("Galaxy S24").
confirm-terminate-message = Se cerrará la sesión de tu cuenta de Telegram en { $device }.
# Dialog text when the app or place is known. $device: the device's name from Telegram
# ("Galaxy S24"); $details: its app and place from Telegram ("Telegram Android 11.4 · 102.89.3.4 · Lagos, Nigeria").
confirm-terminate-message-details = Se cerrará la sesión de tu cuenta de Telegram en { $device } ({ $details }).
# Note under the dialog text.
confirm-terminate-note = Quien use ese dispositivo necesitará tu código de inicio de sesión, y tu contraseña si configuraste una, para volver a entrar.
# The dialog's button that ends the session(s); short.
confirm-terminate-button = Terminar
# Toast when the session had already ended before the person confirmed. $device: the device's name.
toast-session-already-gone = La sesión en { $device } ya estaba cerrada.
# Toast when the session was ended. $device: the device's name from Telegram.
toast-session-logged-out = Se cerró la sesión en { $device }.

## Terminating several chosen sessions

# Title of the dialog that asks before ending the sessions chosen. $count: how many (at least 1).
confirm-terminate-many-title = { $count ->
    [1] ¿Terminar esta sesión?
   *[other] ¿Terminar { $count } sesiones?
}
# Dialog text. $devices: the devices' names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-many-message = Se cerrará la sesión en { $devices }.
# Note under the dialog text (also when terminating all other sessions).
confirm-terminate-devices-note = Esos dispositivos necesitarán tu código de inicio de sesión, y tu contraseña si configuraste una, para volver a entrar.
# Toast when the sessions were ended. $count: how many were ended; $device: the name of the
# first device chosen (said only when one was ended).
toast-sessions-logged-out = { $count ->
    [1] Se cerró la sesión en { $device }.
   *[other] Se cerraron { $count } sesiones.
}

## Connected websites

# Title of the dialog that asks before logging Telegram out of one website. $domain: the website's address ("example.com").
confirm-website-title = ¿Desconectar { $domain }?
# Dialog text. $domain: the website's address ("example.com").
confirm-website-message = { $domain } dejará de estar conectado a tu Telegram.
# Dialog text when the website's bot is known. $domain: the website's address; $bot: its Telegram bot ("@ExampleBot").
confirm-website-message-bot = { $domain } ({ $bot }) dejará de estar conectado a tu Telegram.
# Note under the dialog text.
confirm-website-note = Para volver a usarlo, tendrías que iniciar sesión con Telegram en ese sitio otra vez.
# The dialog's button; short.
confirm-website-button = Desconectar
# Toast when the website was logged out. $domain: the website's address.
toast-website-logged-out = Se desconectó { $domain }.
# Title of the dialog that asks before logging Telegram out of every website.
confirm-websites-title = ¿Desconectar todos los sitios web?
# Dialog text. $count: how many websites; $websites: their addresses as a list ("example.com and shop.example").
confirm-websites-message = { $count ->
    [one] Se desconectará { $count } sitio web de tu Telegram: { $websites }.
   *[other] Se desconectarán { $count } sitios web de tu Telegram: { $websites }.
}
# Note under the dialog text.
confirm-websites-note = Para volver a usar alguno, tendrías que iniciar sesión con Telegram en ese sitio otra vez.
# The dialog's button; short.
confirm-websites-button = Desconectar todos
# Toast when the websites were logged out. $count: how many.
toast-websites-logged-out = { $count ->
    [one] Se desconectó { $count } sitio web.
   *[other] Se desconectaron { $count } sitios web.
}

## Secure my account

# Title of the dialog that asks before securing the account.
confirm-secure-title = ¿Proteger tu cuenta ahora?
# Dialog text; a list of the steps follows it.
confirm-secure-message = SessionGuard hará lo siguiente:
# Note under the list of steps.
confirm-secure-note = Solo este dispositivo mantendrá la sesión iniciada. Después verás lo que se hizo y lo que te queda por hacer: una contraseña de verificación en dos pasos y un correo de recuperación.
# The dialog's button; the same words as the "Secure my account" button.
confirm-secure-button = Proteger mi cuenta

## 2-step verification

# Toast when 2-step verification was turned on.
toast-two-step-on = La verificación en dos pasos está activada.
# Toast when the 2-step password was changed.
toast-two-step-changed = Se cambió tu contraseña de verificación en dos pasos.
# Toast when 2-step verification was turned off.
toast-two-step-off = La verificación en dos pasos está desactivada.
# Toast when a recovery email was set: Telegram sent a code to it.
toast-two-step-email = Busca el código en tu correo.

## History

# Error shown when the agent gave an answer of the wrong kind (should not happen).
action-unexpected-answer = El agente respondió algo distinto de lo esperado.
# Toast when "Export" is used in a web browser, where files cannot be saved.
toast-export-needs-app = Para guardar un archivo se necesita la app SessionGuard.
# Title of the system's save dialog.
action-export-title = Exportar el historial
# File type in the system's save dialog.
action-export-csv = CSV (hojas de cálculo)
# Toast after exporting. $count: how many history entries were saved; $path: where the file is.
toast-exported = { $count ->
    [one] Se guardó { $count } entrada en { $path }.
   *[other] Se guardaron { $count } entradas en { $path }.
}

## Signing out of an account

# Title of the dialog that asks before signing out. $account: the account's name or phone number.
confirm-sign-out-title = ¿Cerrar sesión en { $account }?
# Dialog text. "Keyring": the system's password store.
confirm-sign-out-message = SessionGuard cerrará su propia sesión en Telegram y borrará su clave de tu llavero. Dejará de proteger esta cuenta.
# Note under the dialog text.
confirm-sign-out-note = Tus otros dispositivos mantendrán la sesión iniciada. Puedes volver a iniciar sesión cuando quieras.
# The dialog's button; short.
confirm-sign-out-button = Cerrar sesión
# Toast when the demo account was closed.
toast-demo-closed = Se cerró la cuenta demo.
# Toast after signing out.
toast-signed-out = Sesión cerrada. La clave se borró de tu llavero.

## Terminating from an alert, and all other sessions

# Note in the terminate dialog opened from a new-login alert.
confirm-terminate-alert-note = Si no fuiste tú, activa también la verificación en dos pasos en Telegram para que un código de inicio de sesión no baste por sí solo.
# Title of the dialog that asks before ending every session but this one.
confirm-terminate-others-title = ¿Terminar todas las otras sesiones?
# Dialog text. $count: how many devices; $devices: their names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-others-message = { $count ->
    [one] Se cerrará la sesión en { $count } dispositivo: { $devices }. Solo este dispositivo mantendrá la sesión iniciada.
   *[other] Se cerrará la sesión en { $count } dispositivos: { $devices }. Solo este dispositivo mantendrá la sesión iniciada.
}
# The dialog's button; short. $count: how many devices it ends.
confirm-terminate-others-button = { $count ->
    [1] Terminar
   *[other] Terminar todas
}
# Toast when the other sessions were ended. $count: how many; $device: the device's name
# (said only when there was one).
toast-others-logged-out = { $count ->
    [1] Se cerró la sesión en { $device }.
   *[other] Se cerró la sesión en { $count } dispositivos.
}

## Recovery email

# Toast when the code to confirm the recovery email was sent again.
toast-recovery-code-resent = Hay un nuevo código en camino.
# Toast when the person chose not to add a recovery email.
toast-recovery-cancelled = No se añadió ningún correo de recuperación.
# Toast when the recovery email was confirmed with its code.
toast-recovery-confirmed = Tu correo de recuperación está confirmado.

## A session's switches

# Toast after the "Trusted device" switch was turned on. $device: the device's name from Telegram.
toast-trusted = { $device } ahora es un dispositivo de confianza.
# Toast after the "Trusted device" switch was turned off. $device: the device's name from Telegram.
toast-untrusted = { $device } ya no es un dispositivo de confianza.

## Settings

# Toast after the "end inactive sessions after" setting was saved (it is kept by Telegram).
toast-saved-with-telegram = Guardado en Telegram.
# Toast after alert forwarding was set to a web address or a Telegram chat.
toast-forwarding-on = Las alertas también se reenviarán allí.
# Toast after alert forwarding was turned off.
toast-forwarding-off = Las alertas se quedan en este equipo.
# Toast after a test alert was forwarded.
toast-test-alert-delivered = La alerta de prueba se entregó.
