# What the window's alert banners say (ui/format.js).
#
# A banner has a title (one sentence, the headline) and a detail (advice under it).
# $login is always a summary of the device from the agent's data, its parts joined by " · ":
# "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4".
# $reason and $error come from the agent as they are (the agent's own words).

## Rules that acted on a new login

# The rules' names, as the subject of the sentences below and as a label on the Settings page.
alert-rule-lockdown = Режим блокировки
alert-rule-unofficial-app = Запрет неофициальных приложений
alert-rule-country-not-allowed = Фильтр по странам
# $rule: one of the rules' names above.
alert-rule-terminated-title = { $rule } завершил новый сеанс: { $login }
# $reason: why the rule ended it, from the agent, e.g. "lockdown is on and it is not a trusted device".
alert-rule-terminated-detail = Сеанс завершён сразу после появления: { $reason }.
# $rule: one of the rules' names above.
alert-rule-deferred-title = { $rule } завершит новый сеанс: { $login }
# $reason: why the rule will end it (from the agent, a sentence without its full stop). $when: the date and time in UTC, "2026-12-02 10:00 UTC".
alert-rule-deferred-detail = { $reason }. Telegram разрешит этому устройству завершать сеансы только позже ({ $when }); если это не вы, завершите сеанс с более старого устройства прямо сейчас.
# $rule: one of the rules' names above.
alert-rule-failed-title = { $rule } не смог завершить новый сеанс: { $login }
# $reason: why the rule tried to end it (from the agent, without its full stop). $error: what Telegram answered (from the agent).
alert-rule-failed-detail = { $reason }, но Telegram отказал: { $error }. Если это не вы, завершите сеанс сами.
# A login the rules let be. $reason: why, from the agent, e.g. "Nigeria is on the allowed list".
alert-rule-spared-detail = Ни одно правило не завершило этот сеанс: { $reason }.

## Joining the detail's sentences

# Shown before the detail when the event happened while the agent was not running.
alert-while-away = Это произошло, когда SessionGuard не был запущен.
# Two sentences of a banner's detail one after the other (alert-while-away and the advice; the advice and alert-rule-spared-detail).
alert-two-sentences = { $first } { $second }

## Events

# The "lead" messages are set in bold: each title must begin with exactly the words of its lead.
alert-new-login-lead = Новый вход:
alert-new-login-title = Новый вход: { $login }
alert-new-login-title-unknown = Новый вход в ваш аккаунт
alert-new-login-detail = Если это были не вы, завершите сеанс и установите облачный пароль.
alert-unconfirmed-login-lead = Неподтверждённый вход:
alert-unconfirmed-login-title = Неподтверждённый вход: { $login }
alert-unconfirmed-login-title-unknown = Неподтверждённый вход в ваш аккаунт
alert-unconfirmed-login-detail = Telegram ждёт, что вы подтвердите этот вход. Если это были не вы, завершите сеанс сейчас.
alert-password-pending-title = Кто-то ввёл верный код для входа, но не ваш облачный пароль
# Starts with the device's summary as a sentence of its own.
alert-password-pending-detail = { $login }. Пока доступ закрывает только ваш пароль: завершите этот сеанс и смените пароль.
alert-password-pending-detail-unknown = Пока доступ закрывает только ваш пароль: завершите сеанс и смените пароль.
alert-login-code-requested-title = Кто-то запросил код для входа в ваш аккаунт
# "Settings → Privacy and Security → Two-Step Verification" is the path in Telegram's own menus: use the names Telegram shows in this language.
alert-login-code-requested-detail = Никому не сообщайте этот код. Установите облачный пароль в Telegram: Настройки → Конфиденциальность → Облачный пароль.
alert-session-ended-lead = Сеанс завершён:
alert-session-ended-title = Сеанс завершён: { $login }
alert-session-ended-title-unknown = Сеанс завершён
alert-session-ended-detail = Это устройство вышло из вашего аккаунта.
alert-our-session-ended-title = Сеанс SessionGuard в вашем аккаунте завершён
alert-our-session-ended-detail = Его сеанс завершили с другого устройства, поэтому сейчас аккаунт не под защитой. Войдите снова, чтобы SessionGuard продолжил защиту.
# For websites, $login is the website's summary (its domain, browser, place).
alert-new-website-lead = Вход на сайт через ваш Telegram:
alert-new-website-title = Вход на сайт через ваш Telegram: { $login }
alert-new-website-title-unknown = Выполнен вход на сайт через ваш Telegram
alert-new-website-detail = Этот сайт может действовать от вашего имени. Если это были не вы, отключите его.
alert-website-ended-lead = Сайт отключён:
alert-website-ended-title = Сайт отключён: { $login }
alert-website-ended-title-unknown = Сайт отключён
