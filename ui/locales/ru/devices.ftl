# The devices page and connected websites (ui/devices.js, ui/websites.js).

## The devices page: this device and "terminate all other sessions"

# Tooltip of the terminate buttons while Telegram does not yet let this (newly logged-in)
# device end other sessions. $when: an exact local date and time ("Tuesday, 12 November 2024 at 14:05").
devices-locked-title = Завершение других сеансов станет доступно этому устройству: { $when }
# The button under this device's card, while it works.
devices-terminating-others = Завершаем другие сеансы…
# The button under this device's card.
devices-terminate-others = Завершить все другие сеансы
# Heading of the group with the session SessionGuard itself uses.
devices-this-device = Это устройство
# Shown instead of this device when Telegram's list marks no session as the current one.
devices-no-current = Telegram не отметил ни один сеанс как текущий.
# Caption under the "Terminate all other sessions" button.
devices-terminate-others-caption = Выход из аккаунта на всех устройствах, кроме этого.
# Heading of the group with every other session (a number of sessions follows it in a badge).
devices-active-sessions = Активные сеансы

## A session's row

# Red tag beside a device's name; short.
devices-tag-password-pending = Пароль не введён
# Tooltip of the "Password not entered" tag.
devices-tag-password-pending-title = Вход выполнен по коду, но облачный пароль ещё не введён
# Yellow tag beside a device's name; short.
devices-tag-unconfirmed = Ждёт подтверждения
# Tooltip of the "Unconfirmed" tag.
devices-tag-unconfirmed-title = Telegram ещё не подтвердил этот вход
# Green tag beside a device's name; short.
devices-tag-trusted = Доверенное
# Tooltip of the "Trusted" tag.
devices-tag-trusted-title = Вы доверяете этому устройству: правила никогда не завершают его сеанс
# Grey tag beside a session's app (also on alert banners); short.
devices-unofficial-app = Неофициальное приложение
# Tooltip of the "Unofficial app" tag.
devices-unofficial-app-title = Это не официальное приложение Telegram
# Link button that opens a session's details.
devices-details = Подробнее
# Link button that closes a session's details.
devices-hide-details = Скрыть подробности
# Small button that ends a session (rows and alert banners); short.
devices-terminate = Завершить
# The "Terminate" button while it works; short.
devices-terminating = Завершаем…
# Screen-reader label of a "Terminate" button. $device: the device's name from Telegram ("Galaxy S24").
devices-terminate-session-label = Завершить сеанс на устройстве { $device }

## A session's details

# Term in the details list; its value is an exact date and time.
devices-fact-signed-in = Вход
# Term in the details list; its value is an exact date and time, or "now".
devices-fact-last-active = Последняя активность
# Term in the details list; its value is the app, its version and its api_id.
devices-fact-app = Приложение
# Term in the details list; its value is the operating system.
devices-fact-system = Система
# Term in the details list; its value is the IP address and the region and country.
devices-fact-place = IP и местоположение
# A value in the details list when Telegram did not say it (lowercase).
devices-fact-unknown = неизвестно
# The "Last active" value of this device (lowercase).
devices-fact-now = сейчас
# The "App" value. $app: the app and version from Telegram ("Telegram Desktop 5.8"), or the
# word "unknown"; $apiId: Telegram's id of the app (a number, kept as it is). "api_id" is a technical name: keep it.
devices-fact-app-value = { $app } · api_id { $apiId }
# The "App" value for an app that is not one of Telegram's own. Variables as above.
devices-fact-app-value-unofficial = { $app } (неофициальное) · api_id { $apiId }
# In the details of this device instead of its switches.
devices-current-note = Это сам SessionGuard. Чтобы завершить этот сеанс, выйдите из аккаунта в настройках.
# Switch in a session's details: whether it may receive secret chats.
devices-accept-secret-chats = Принимать секретные чаты
# Switch in a session's details: whether it may receive calls.
devices-accept-calls = Принимать звонки
# Switch in a session's details: the person trusts this device.
devices-trusted-device = Доверенное устройство
# Hint under the "Trusted device" switch. Lockdown, allowed countries and unofficial apps are the names of SessionGuard's rules.
devices-trusted-device-hint = Правила (режим блокировки, разрешённые страны, неофициальные приложения) никогда не завершают его сеанс, даже после повторного входа.
# Link in a session's details to the History page filtered to this session.
devices-session-history = История этого сеанса

## No other sessions

devices-empty-title = Других устройств в аккаунте нет
devices-empty-text = SessionGuard продолжает следить и сразу сообщит о входе с нового устройства.

## Waiting until this device may end other sessions

# Under a countdown ("3 h 12 min") that says how long until this device may end other sessions.
devices-lock-notice = Telegram разрешает недавно вошедшему устройству завершать другие сеансы только спустя некоторое время после входа.

## The list could not be refreshed

# Title of the notice when the last refresh failed; the agent's error message follows.
devices-error-title = Список может быть устаревшим
# Button of that notice.
devices-try-again = Повторить

## Footer

# $period: Telegram's inactivity period in words ("6 months", "1 year").
devices-ttl-note = Сеансы, неактивные { $period }, Telegram завершает сам.

## Alert banners on the devices page

# Screen-reader label of the list of alert banners.
devices-alerts-label = Оповещения безопасности
# The acknowledge button of a banner while it works; short.
devices-alert-saving = Сохраняем…
# The acknowledge button of a banner that needs no answer (a session ended, a rule acted); short.
devices-alert-ok = ОК
# The acknowledge button of a banner about a new login: the person says the login was theirs; short.
devices-alert-its-me = Это я

## Connected websites

# "Chrome 131 on Windows". $browser and $platform come from Telegram as they are.
websites-browser-on-platform = { $browser }, { $platform }
# Heading of the websites group (a number of websites follows it in a badge).
websites-title = Подключённые сайты
websites-empty = Нет сайтов, на которых выполнен вход через ваш Telegram.
# The button under the list of websites, while it works.
websites-logging-out-all = Отключаем все сайты…
# The button under the list of websites.
websites-log-out-all = Отключить все сайты
# Caption under the websites group. “Log in with Telegram” is the name of Telegram's button on websites.
websites-caption = Сайты, на которых вы нажимали «Войти через Telegram». Каждый из них может действовать от вашего имени, пока вы его не отключите.
# Screen-reader label of a website's "Log out" button (rows and alert banners). $domain: the website ("example.com").
websites-log-out-of = Отключить { $domain }
# Small button that logs a website out (rows and alert banners); short.
websites-log-out = Отключить
# The "Log out" button while it works; short.
websites-logging-out = Отключаем…
