# What the buttons say while they work: confirmations and toasts (ui/actions.js).
#
# Where a message chooses by { $count }, the variant [1] is for exactly one thing and names
# it (or says "this") instead of giving a number: keep [1] as it is and add your language's
# plural categories ([one], [few], [many]…) for the sentences with the number.

## Terminating one session

# Title of the dialog that asks before ending one session.
confirm-terminate-title = Encerrar esta sessão?
# Dialog text. $device: the device's name from Telegram ("Galaxy S24").
confirm-terminate-message = { $device } será desconectado da sua conta do Telegram.
# Dialog text when the app or place is known. $device: the device's name from Telegram
# ("Galaxy S24"); $details: its app and place from Telegram ("Telegram Android 11.4 · 102.89.3.4 · Lagos, Nigeria").
confirm-terminate-message-details = { $device } ({ $details }) será desconectado da sua conta do Telegram.
# Note under the dialog text.
confirm-terminate-note = Quem estiver usando esse dispositivo vai precisar do seu código de login — e da sua senha, se você tiver definido uma — para entrar de novo.
# The dialog's button that ends the session(s); short.
confirm-terminate-button = Encerrar
# Toast when the session had already ended before the person confirmed. $device: the device's name.
toast-session-already-gone = { $device } não está mais conectado.
# Toast when the session was ended. $device: the device's name from Telegram.
toast-session-logged-out = { $device } foi desconectado.

## Terminating several chosen sessions

# Title of the dialog that asks before ending the sessions chosen. $count: how many (at least 1).
confirm-terminate-many-title = { $count ->
    [1] Encerrar esta sessão?
   *[other] Encerrar { $count } sessões?
}
# Dialog text. $devices: the devices' names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-many-message = Isso vai desconectar { $devices }.
# Note under the dialog text (also when terminating all other sessions).
confirm-terminate-devices-note = Esses dispositivos vão precisar do seu código de login — e da sua senha, se você tiver definido uma — para entrar de novo.
# Toast when the sessions were ended. $count: how many were ended; $device: the name of the
# first device chosen (said only when one was ended).
toast-sessions-logged-out = { $count ->
    [1] { $device } foi desconectado.
   *[other] { $count } sessões foram encerradas.
}

## Connected websites

# Title of the dialog that asks before logging Telegram out of one website. $domain: the website's address ("example.com").
confirm-website-title = Desconectar { $domain }?
# Dialog text. $domain: the website's address ("example.com").
confirm-website-message = { $domain } não ficará mais conectado com o seu Telegram.
# Dialog text when the website's bot is known. $domain: the website's address; $bot: its Telegram bot ("@ExampleBot").
confirm-website-message-bot = { $domain } ({ $bot }) não ficará mais conectado com o seu Telegram.
# Note under the dialog text.
confirm-website-note = Para usá-lo de novo, você terá que entrar com o Telegram nesse site outra vez.
# The dialog's button; short.
confirm-website-button = Desconectar
# Toast when the website was logged out. $domain: the website's address.
toast-website-logged-out = { $domain } foi desconectado.
# Title of the dialog that asks before logging Telegram out of every website.
confirm-websites-title = Desconectar todos os sites?
# Dialog text. $count: how many websites; $websites: their addresses as a list ("example.com and shop.example").
confirm-websites-message = { $count ->
    [one] Isso desconecta seu Telegram de { $count } site: { $websites }.
   *[other] Isso desconecta seu Telegram de { $count } sites: { $websites }.
}
# Note under the dialog text.
confirm-websites-note = Para usar algum deles de novo, você terá que entrar com o Telegram nele outra vez.
# The dialog's button; short.
confirm-websites-button = Desconectar todos
# Toast when the websites were logged out. $count: how many.
toast-websites-logged-out = { $count ->
    [one] { $count } site foi desconectado.
   *[other] { $count } sites foram desconectados.
}

## Secure my account

# Title of the dialog that asks before securing the account.
confirm-secure-title = Proteger sua conta agora?
# Dialog text; a list of the steps follows it.
confirm-secure-message = O SessionGuard vai:
# Note under the list of steps.
confirm-secure-note = Só este dispositivo continuará conectado. Depois, você verá o que foi feito e o que ainda fica por sua conta: uma senha da verificação em duas etapas e um e-mail de recuperação.
# The dialog's button; the same words as the "Secure my account" button.
confirm-secure-button = Proteger minha conta

## 2-step verification

# Toast when 2-step verification was turned on.
toast-two-step-on = A verificação em duas etapas está ativada.
# Toast when the 2-step password was changed.
toast-two-step-changed = Sua senha da verificação em duas etapas foi alterada.
# Toast when 2-step verification was turned off.
toast-two-step-off = A verificação em duas etapas está desativada.
# Toast when a recovery email was set: Telegram sent a code to it.
toast-two-step-email = Confira o código no seu e-mail.

## History

# Error shown when the agent gave an answer of the wrong kind (should not happen).
action-unexpected-answer = O agente deu uma resposta inesperada.
# Toast when "Export" is used in a web browser, where files cannot be saved.
toast-export-needs-app = Para salvar um arquivo, use o app SessionGuard.
# Title of the system's save dialog.
action-export-title = Exportar o histórico
# File type in the system's save dialog.
action-export-csv = CSV (planilhas)
# Toast after exporting. $count: how many history entries were saved; $path: where the file is.
toast-exported = { $count ->
    [0] { $count } registros salvos em { $path }.
    [one] { $count } registro salvo em { $path }.
   *[other] { $count } registros salvos em { $path }.
}

## Signing out of an account

# Title of the dialog that asks before signing out. $account: the account's name or phone number.
confirm-sign-out-title = Sair da conta { $account }?
# Dialog text. "Keyring": the system's password store.
confirm-sign-out-message = O SessionGuard encerra a própria sessão no Telegram e apaga a chave dele do seu chaveiro. Ele deixa de proteger esta conta.
# Note under the dialog text.
confirm-sign-out-note = Seus outros dispositivos continuam conectados. Você pode entrar de novo quando quiser.
# The dialog's button; short.
confirm-sign-out-button = Sair
# Toast when the demo account was closed.
toast-demo-closed = A conta de demonstração foi fechada.
# Toast after signing out.
toast-signed-out = Você saiu. A chave foi apagada do seu chaveiro.

## Terminating from an alert, and all other sessions

# Note in the terminate dialog opened from a new-login alert.
confirm-terminate-alert-note = Se esse login não foi você, ative também a verificação em duas etapas no Telegram, para que só o código de login não baste.
# Title of the dialog that asks before ending every session but this one.
confirm-terminate-others-title = Encerrar todas as outras sessões?
# Dialog text. $count: how many devices; $devices: their names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-others-message = { $count ->
    [one] Isso desconecta { $count } dispositivo: { $devices }. Só este dispositivo continuará conectado.
   *[other] Isso desconecta { $count } dispositivos: { $devices }. Só este dispositivo continuará conectado.
}
# The dialog's button; short. $count: how many devices it ends.
confirm-terminate-others-button = { $count ->
    [1] Encerrar
   *[other] Encerrar todas
}
# Toast when the other sessions were ended. $count: how many; $device: the device's name
# (said only when there was one).
toast-others-logged-out = { $count ->
    [1] { $device } foi desconectado.
   *[other] { $count } dispositivos foram desconectados.
}

## Recovery email

# Toast when the code to confirm the recovery email was sent again.
toast-recovery-code-resent = Um novo código está a caminho.
# Toast when the person chose not to add a recovery email.
toast-recovery-cancelled = Nenhum e-mail de recuperação foi adicionado.
# Toast when the recovery email was confirmed with its code.
toast-recovery-confirmed = Seu e-mail de recuperação foi confirmado.

## A session's switches

# Toast after the "Trusted device" switch was turned on. $device: the device's name from Telegram.
toast-trusted = { $device } agora é um dispositivo confiável.
# Toast after the "Trusted device" switch was turned off. $device: the device's name from Telegram.
toast-untrusted = { $device } não é mais confiável.

## Settings

# Toast after the "end inactive sessions after" setting was saved (it is kept by Telegram).
toast-saved-with-telegram = Salvo no Telegram.
# Toast after alert forwarding was set to a web address or a Telegram chat.
toast-forwarding-on = Os alertas também serão encaminhados para lá.
# Toast after alert forwarding was turned off.
toast-forwarding-off = Os alertas ficam só neste computador.
# Toast after a test alert was forwarded.
toast-test-alert-delivered = O alerta de teste foi entregue.
