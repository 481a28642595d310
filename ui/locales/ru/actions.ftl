# What the buttons say while they work: confirmations and toasts (ui/actions.js).
#
# Where a message chooses by { $count }, the variant [1] is for exactly one thing and names
# it (or says "this") instead of giving a number: keep [1] as it is and add your language's
# plural categories ([one], [few], [many]…) for the sentences with the number.

## Terminating one session

# Title of the dialog that asks before ending one session.
confirm-terminate-title = Завершить этот сеанс?
# Dialog text. $device: the device's name from Telegram ("Galaxy S24").
confirm-terminate-message = Устройство { $device } выйдет из вашего аккаунта Telegram.
# Dialog text when the app or place is known. $device: the device's name from Telegram
# ("Galaxy S24"); $details: its app and place from Telegram ("Telegram Android 11.4 · 102.89.3.4 · Lagos, Nigeria").
confirm-terminate-message-details = Устройство { $device } ({ $details }) выйдет из вашего аккаунта Telegram.
# Note under the dialog text.
confirm-terminate-note = Чтобы снова войти с этого устройства, понадобится код для входа, а также облачный пароль, если он установлен.
# The dialog's button that ends the session(s); short.
confirm-terminate-button = Завершить
# Toast when the session had already ended before the person confirmed. $device: the device's name.
toast-session-already-gone = Сеанс на устройстве { $device } уже завершён.
# Toast when the session was ended. $device: the device's name from Telegram.
toast-session-logged-out = Сеанс на устройстве { $device } завершён.

## Terminating several chosen sessions

# Title of the dialog that asks before ending the sessions chosen. $count: how many (at least 1).
confirm-terminate-many-title = { $count ->
    [1] Завершить этот сеанс?
    [one] Завершить { $count } сеанс?
    [few] Завершить { $count } сеанса?
    [many] Завершить { $count } сеансов?
   *[other] Завершить { $count } сеанса?
}
# Dialog text. $devices: the devices' names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-many-message = Из аккаунта выйдут: { $devices }.
# Note under the dialog text (also when terminating all other sessions).
confirm-terminate-devices-note = Чтобы снова войти с этих устройств, понадобится код для входа, а также облачный пароль, если он установлен.
# Toast when the sessions were ended. $count: how many were ended; $device: the name of the
# first device chosen (said only when one was ended).
toast-sessions-logged-out = { $count ->
    [1] Сеанс на устройстве { $device } завершён.
    [one] Завершён { $count } сеанс.
    [few] Завершено { $count } сеанса.
    [many] Завершено { $count } сеансов.
   *[other] Завершено { $count } сеанса.
}

## Connected websites

# Title of the dialog that asks before logging Telegram out of one website. $domain: the website's address ("example.com").
confirm-website-title = Отключить сайт { $domain }?
# Dialog text. $domain: the website's address ("example.com").
confirm-website-message = Сайт { $domain } будет отключён от вашего Telegram.
# Dialog text when the website's bot is known. $domain: the website's address; $bot: its Telegram bot ("@ExampleBot").
confirm-website-message-bot = Сайт { $domain } ({ $bot }) будет отключён от вашего Telegram.
# Note under the dialog text.
confirm-website-note = Чтобы снова им пользоваться, нужно будет ещё раз войти на нём через Telegram.
# The dialog's button; short.
confirm-website-button = Отключить
# Toast when the website was logged out. $domain: the website's address.
toast-website-logged-out = Сайт { $domain } отключён.
# Title of the dialog that asks before logging Telegram out of every website.
confirm-websites-title = Отключить все сайты?
# Dialog text. $count: how many websites; $websites: their addresses as a list ("example.com and shop.example").
confirm-websites-message = { $count ->
    [one] От вашего Telegram будет отключён { $count } сайт: { $websites }.
    [few] От вашего Telegram будут отключены { $count } сайта: { $websites }.
    [many] От вашего Telegram будут отключены { $count } сайтов: { $websites }.
   *[other] От вашего Telegram будут отключены { $count } сайта: { $websites }.
}
# Note under the dialog text.
confirm-websites-note = Чтобы снова пользоваться каким-либо из них, нужно будет ещё раз войти на нём через Telegram.
# The dialog's button; short.
confirm-websites-button = Отключить все
# Toast when the websites were logged out. $count: how many.
toast-websites-logged-out = { $count ->
    [one] Отключён { $count } сайт.
    [few] Отключено { $count } сайта.
    [many] Отключено { $count } сайтов.
   *[other] Отключено { $count } сайта.
}

## Secure my account

# Title of the dialog that asks before securing the account.
confirm-secure-title = Защитить аккаунт сейчас?
# Dialog text; a list of the steps follows it.
confirm-secure-message = Что сделает SessionGuard:
# Note under the list of steps.
confirm-secure-note = В аккаунте останется только это устройство. Потом вы увидите, что сделано и что осталось сделать вам: облачный пароль и почта для восстановления.
# The dialog's button; the same words as the "Secure my account" button.
confirm-secure-button = Защитить аккаунт

## 2-step verification

# Toast when 2-step verification was turned on.
toast-two-step-on = Облачный пароль установлен.
# Toast when the 2-step password was changed.
toast-two-step-changed = Облачный пароль изменён.
# Toast when 2-step verification was turned off.
toast-two-step-off = Облачный пароль отключён.
# Toast when a recovery email was set: Telegram sent a code to it.
toast-two-step-email = Проверьте почту: Telegram отправил туда код.

## History

# Error shown when the agent gave an answer of the wrong kind (should not happen).
action-unexpected-answer = Агент прислал неожиданный ответ.
# Toast when "Export" is used in a web browser, where files cannot be saved.
toast-export-needs-app = Чтобы сохранить файл, нужно приложение SessionGuard.
# Title of the system's save dialog.
action-export-title = Экспорт истории
# File type in the system's save dialog.
action-export-csv = CSV (таблицы)
# Toast after exporting. $count: how many history entries were saved; $path: where the file is.
toast-exported = { $count ->
    [one] Сохранена { $count } запись в файл { $path }.
    [few] Сохранено { $count } записи в файл { $path }.
    [many] Сохранено { $count } записей в файл { $path }.
   *[other] Сохранено { $count } записи в файл { $path }.
}

## Signing out of an account

# Title of the dialog that asks before signing out. $account: the account's name or phone number.
confirm-sign-out-title = Выйти из аккаунта { $account }?
# Dialog text. "Keyring": the system's password store.
confirm-sign-out-message = SessionGuard завершит свой сеанс в Telegram и удалит свой ключ из системного хранилища паролей. Этот аккаунт больше не будет под защитой.
# Note under the dialog text.
confirm-sign-out-note = Другие ваши устройства останутся в аккаунте. Войти снова можно в любой момент.
# The dialog's button; short.
confirm-sign-out-button = Выйти
# Toast when the demo account was closed.
toast-demo-closed = Демо-аккаунт закрыт.
# Toast after signing out.
toast-signed-out = Вы вышли. Ключ удалён из хранилища паролей.

## Terminating from an alert, and all other sessions

# Note in the terminate dialog opened from a new-login alert.
confirm-terminate-alert-note = Если это были не вы, установите в Telegram облачный пароль, чтобы одного кода для входа было недостаточно.
# Title of the dialog that asks before ending every session but this one.
confirm-terminate-others-title = Завершить все другие сеансы?
# Dialog text. $count: how many devices; $devices: their names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-others-message = { $count ->
    [one] Из аккаунта выйдет { $count } устройство: { $devices }. В аккаунте останется только это устройство.
    [few] Из аккаунта выйдут { $count } устройства: { $devices }. В аккаунте останется только это устройство.
    [many] Из аккаунта выйдут { $count } устройств: { $devices }. В аккаунте останется только это устройство.
   *[other] Из аккаунта выйдут { $count } устройства: { $devices }. В аккаунте останется только это устройство.
}
# The dialog's button; short. $count: how many devices it ends.
confirm-terminate-others-button = { $count ->
    [1] Завершить
   *[other] Завершить все
}
# Toast when the other sessions were ended. $count: how many; $device: the device's name
# (said only when there was one).
toast-others-logged-out = { $count ->
    [1] Сеанс на устройстве { $device } завершён.
    [one] Завершён сеанс на { $count } устройстве.
    [few] Завершены сеансы на { $count } устройствах.
    [many] Завершены сеансы на { $count } устройствах.
   *[other] Завершены сеансы на { $count } устройствах.
}

## Recovery email

# Toast when the code to confirm the recovery email was sent again.
toast-recovery-code-resent = Новый код отправлен.
# Toast when the person chose not to add a recovery email.
toast-recovery-cancelled = Почта для восстановления не добавлена.
# Toast when the recovery email was confirmed with its code.
toast-recovery-confirmed = Почта для восстановления подтверждена.

## A session's switches

# Toast after the "Trusted device" switch was turned on. $device: the device's name from Telegram.
toast-trusted = Устройство { $device } теперь доверенное.
# Toast after the "Trusted device" switch was turned off. $device: the device's name from Telegram.
toast-untrusted = Устройство { $device } больше не доверенное.

## Settings

# Toast after the "end inactive sessions after" setting was saved (it is kept by Telegram).
toast-saved-with-telegram = Сохранено в Telegram.
# Toast after alert forwarding was set to a web address or a Telegram chat.
toast-forwarding-on = Оповещения будут приходить и туда.
# Toast after alert forwarding was turned off.
toast-forwarding-off = Оповещения остаются только на этом компьютере.
# Toast after a test alert was forwarded.
toast-test-alert-delivered = Тестовое оповещение доставлено.
