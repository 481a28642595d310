# The agent's words: notifications, the tray menu, and the History page's sentences about
# who did what (crates/agent). Notifications are plain text: no markup.

## Notifications (crates/agent/src/alerts/alert_text.rs, notifier.rs)

notify-new-login-title = Новый вход в ваш Telegram
notify-unconfirmed-login-title = Новый вход в ваш Telegram — это вы?
notify-unconfirmed-login-advice = Если это не вы, завершите сеанс сейчас.
notify-password-pending-title = У кого-то есть код для входа в ваш Telegram
notify-password-pending-advice = Введён верный код, но не облачный пароль. Завершите этот сеанс и смените пароль.
notify-code-requested-title = Кто-то запросил код для входа по вашему номеру
notify-code-requested-advice = Если это были не вы, никому не сообщайте код и установите облачный пароль.
notify-our-session-ended-title = Сеанс SessionGuard в вашем Telegram завершён
notify-our-session-ended-advice = Его сеанс завершили с другого устройства, поэтому сейчас аккаунт не под защитой. Откройте SessionGuard, чтобы войти снова.
notify-session-ended-title = Один из сеансов вашего Telegram завершён с другого устройства
notify-session-ended-advice = Его завершило другое устройство. Если это были не вы, проверьте свои устройства и облачный пароль.
notify-new-website-title = Выполнен вход на сайт через ваш Telegram
notify-new-website-advice = Этот сайт может действовать от вашего имени. Если это не вы, отключите его.
# $account: the account's name ("Demo account", the person's name on Telegram).
notify-account = Аккаунт: { $account }
# $reason: why the rules let a new login be, e.g. "Nigeria is on the allowed list".
notify-spared = Ни одно правило не завершило этот сеанс: { $reason }.
notify-while-away = Это произошло, когда SessionGuard не был запущен.
# Shown in a line of details after the app's name: "Telegram X 1.2 · unofficial app".
notify-unofficial-app = неофициальное приложение
notify-ip = IP { $ip }
# One notification for many alerts at once.
notify-burst-logins-title = { $count ->
    [one] { $count } новый вход в ваш Telegram
    [few] { $count } новых входа в ваш Telegram
    [many] { $count } новых входов в ваш Telegram
   *[other] { $count } новых входа в ваш Telegram
}
notify-burst-alerts-title = { $count ->
    [one] { $count } новое оповещение от SessionGuard
    [few] { $count } новых оповещения от SessionGuard
    [many] { $count } новых оповещений от SessionGuard
   *[other] { $count } новых оповещения от SessionGuard
}
# After the first five devices of a burst.
notify-burst-more = и ещё { $count }.
notify-burst-advice = Откройте SessionGuard, чтобы увидеть их все и завершить чужие сеансы.
# $rule: a rule's name (journal-rule-…).
notify-rule-terminated-title = SessionGuard завершил новый сеанс ({ $rule })
notify-rule-terminated-advice = Сеанс завершён сразу: { $reason }.
notify-rule-deferred-title = Новый вход в ваш Telegram: { $rule } завершит этот сеанс
# $at: a date and time in UTC, "2026-12-01 14:05 UTC".
notify-rule-deferred-advice = { $reason }. Telegram разрешит этому устройству завершать сеансы только после { $at } (через 24 часа после входа); до тех пор, если это не вы, завершите сеанс с более старого устройства.
notify-rule-failed-title = Новый вход в ваш Telegram: { $rule } не смог завершить этот сеанс
# $error: Telegram's refusal, in English from the server.
notify-rule-failed-advice = { $reason }, но Telegram отказал: { $error }. Если это не вы, завершите сеанс сами.
# When a button pressed on a notification did not work.
notify-refused-confirm-title = SessionGuard не смог подтвердить этот вход
notify-refused-terminate-title = SessionGuard не смог завершить этот сеанс
notify-refused-body = { $error }. Оповещение по-прежнему ждёт в окне SessionGuard.

## A notification's buttons (short)

notify-button-its-me = Это я
notify-button-terminate = Завершить
notify-button-secure = Защитить аккаунт
notify-button-open = Открыть SessionGuard

## The tray icon's tooltip and menu (crates/agent/src/desktop/tray_menu.rs)

tray-keyring-locked = SessionGuard: аккаунт сохранён, но хранилище паролей заблокировано — разблокируйте его
tray-signed-out = SessionGuard: вход не выполнен
tray-guarding-one = SessionGuard защищает ваш аккаунт Telegram
tray-guarding-many = { $count ->
    [one] SessionGuard защищает { $count } аккаунт Telegram
    [few] SessionGuard защищает { $count } аккаунта Telegram
    [many] SessionGuard защищает { $count } аккаунтов Telegram
   *[other] SessionGuard защищает { $count } аккаунта Telegram
}
tray-alerts = { $count ->
    [one] { $count } оповещение
    [few] { $count } оповещения
    [many] { $count } оповещений
   *[other] { $count } оповещения
}
tray-alerts-need-you = { $count ->
    [one] SessionGuard: { $count } оповещение требует внимания
    [few] SessionGuard: { $count } оповещения требуют внимания
    [many] SessionGuard: { $count } оповещений требуют внимания
   *[other] SessionGuard: { $count } оповещения требуют внимания
}
# $alerting: "Account b: 1 alert; Account c: 2 alerts".
tray-alerting-accounts = SessionGuard — { $alerting }
# $account: the account's name; $alerts: tray-alerts.
tray-account-alerts = { $account }: { $alerts }
tray-open = Открыть SessionGuard
tray-terminate-others = Завершить все другие сеансы
tray-terminate-others-of = Завершить все другие сеансы аккаунта { $account }
tray-secure = Защитить аккаунт…
tray-secure-of = Защитить аккаунт { $account }…
tray-quit = Закрыть SessionGuard

## Who did what, as History says it (crates/agent/src/history/words.rs, mod.rs)

# A rule's name inside a sentence ("terminated by lockdown").
journal-rule-lockdown = режим блокировки
journal-rule-unofficial-app = запрет неофициальных приложений
journal-rule-country-not-allowed = фильтр по странам
# $rule: journal-rule-… (or a rule this version no longer knows, by its stored name).
journal-by-rule = правило «{ $rule }»
journal-by-you = вы
journal-ended-by-us = вы, через SessionGuard
journal-ended-by-inactivity = Telegram, из-за долгой неактивности
journal-ended-elsewhere = другое устройство
journal-ended-unknown = неизвестно (сеанс завершился, когда SessionGuard не был запущен)
journal-ttl-changed = { $days ->
    [one] сеансы, неактивные { $days } день, теперь завершаются сами
    [few] сеансы, неактивные { $days } дня, теперь завершаются сами
    [many] сеансы, неактивные { $days } дней, теперь завершаются сами
   *[other] сеансы, неактивные { $days } дня, теперь завершаются сами
}
journal-secret-chats-on = секретные чаты включены
journal-secret-chats-off = секретные чаты отключены
journal-calls-on = звонки включены
journal-calls-off = звонки отключены
# $target: where alerts are forwarded ("ntfy.sh"); $detail: how it went ("Delivered (1 try)").
journal-forwarded = { $target }: { $detail }
journal-forward-failed = { $target }: ошибка — { $detail }
journal-websites = { $count ->
    [one] { $count } сайт
    [few] { $count } сайта
    [many] { $count } сайтов
   *[other] { $count } сайта
}
journal-two-step-on = облачный пароль установлен
journal-two-step-changed = облачный пароль изменён
journal-two-step-off = облачный пароль отключён
journal-recovery-email-given = указана почта для восстановления; ожидается код из письма
journal-recovery-email-confirmed = почта для восстановления подтверждена
# What "Secure my account" did, joined with "; ".
journal-secured-sessions-ended = { $count ->
    [one] завершён { $count } другой сеанс
    [few] завершено { $count } других сеанса
    [many] завершено { $count } других сеансов
   *[other] завершено { $count } других сеанса
}
journal-secured-sessions-waiting = { $count ->
    [one] { $count } сеанс будет завершён { $at } (правило Telegram о 24 часах)
    [few] { $count } сеанса будут завершены { $at } (правило Telegram о 24 часах)
    [many] { $count } сеансов будут завершены { $at } (правило Telegram о 24 часах)
   *[other] { $count } сеанса будут завершены { $at } (правило Telegram о 24 часах)
}
journal-secured-websites = { $count ->
    [one] отключён { $count } сайт
    [few] отключено { $count } сайта
    [many] отключено { $count } сайтов
   *[other] отключено { $count } сайта
}
journal-secured-lockdown = режим блокировки включён
journal-secured-to-do-two-step = осталось: установить облачный пароль
journal-secured-to-do-email = осталось: добавить почту для восстановления
journal-secured-nothing = ничего делать не пришлось

## Errors whose code says it all (crates/agent/src/words/errors.rs). Lower case, no full
## stop: the window and the command line put them inside their own sentences.

error-session-not-found = сеанс уже завершён
error-website-not-found = этот сайт уже отключён
error-current-session = это сеанс самого SessionGuard; чтобы завершить его, выйдите из аккаунта
# $at: a date and time in UTC, "2026-12-02 10:00 UTC".
error-fresh-session = Telegram разрешит это с { $at } (сеанс, открытый менее 24 часов назад, не может завершать другие)
# The window adds how long to wait: "(try again in 42 s)".
error-flood-wait = Telegram просит подождать перед следующей попыткой
error-network = нет связи с Telegram; проверьте подключение этого компьютера к интернету
error-signed-out = вход в этот аккаунт не выполнен
error-api-credentials-invalid = api_id и api_hash недействительны; скопируйте их заново с my.telegram.org
error-phone-invalid = Telegram не знает такого номера; укажите его с кодом страны, например +49
error-sign-up-required = на этот номер ещё нет аккаунта Telegram; сначала создайте его в приложении Telegram
error-code-invalid = неверный код; проверьте последний код, присланный Telegram
error-code-expired = срок действия кода истёк; запросите новый
error-password-invalid = неверный облачный пароль
error-email-invalid = неверный адрес почты
error-email-code-invalid = неверный код; проверьте последнее письмо от Telegram
