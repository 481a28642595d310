# The History page (ui/history.js).

## Filters

# Choices of the "Show" filter above the timeline.
history-show-everything = Всё
history-show-logins = Новые входы
history-show-attempts = Попытки входа
history-show-ended = Завершённые сеансы
history-show-actions = Действия SessionGuard
# Choices of the "Accounts" filter, shown when several accounts are signed in.
history-accounts-this = Этот аккаунт
history-accounts-all = Все аккаунты
# Screen-reader name of the filter bar.
history-filters-label = Фильтры истории
# Labels of the filters (short: they sit side by side above the timeline).
history-filter-show = Показать
history-filter-device = Устройство
# Placeholder of the empty device filter.
history-filter-device-any = Любое устройство
# Start and end date of the time range shown.
history-filter-since = С
history-filter-until = По
history-filter-accounts = Аккаунты
# Before the two export buttons (CSV, JSON).
history-export-note = Экспортировать показанное:
# Export buttons: the names of the file formats, usually left as they are.
history-export-csv = CSV
history-export-json = JSON

## The timeline

history-loading = Загружаем историю…
history-empty-title = Здесь пока пусто
history-empty-text = SessionGuard записывает каждый вход, каждую попытку входа и каждое завершение сеанса, которые видит с момента, когда начал защищать аккаунт.
# The button at the foot of the timeline, and what it says while it loads.
history-show-older = Показать более ранние записи
history-loading-older = Загрузка…
# Titles of the days the timeline is grouped by (other days show the date itself).
history-day-unknown = Дата неизвестна
history-day-today = Сегодня
history-day-yesterday = Вчера

## What each entry of the timeline is

history-kind-new-login = Новый вход
history-kind-unconfirmed-login = Новый вход, ещё не подтверждён
# Someone typed the right login code, but Telegram still asks them for the 2-step verification password.
history-kind-password-pending-login = Верный код для входа, но облачный пароль не введён
history-kind-login-code-requested = Кто-то запросил код для входа
history-kind-session-ended = Сеанс завершился
# SessionGuard's own Telegram session was ended from another device.
history-kind-our-session-ended = Сеанс SessionGuard завершён с другого устройства
# A session SessionGuard or the person ended.
history-kind-terminated = Сеанс завершён
history-kind-terminated-others = Все другие сеансы завершены
history-kind-confirmed = Вход подтверждён как ваш
# Telegram's setting for ending sessions that have been inactive for a while.
history-kind-ttl-changed = Изменён срок для неактивных сеансов
history-kind-settings-changed = Изменены настройки сеанса
# An alert was sent off this computer (to a phone, bot or webhook).
history-kind-alert-forwarded = Оповещение переслано
history-kind-new-website = Вход на сайт через Telegram
# The website's login ended (by itself or elsewhere).
history-kind-website-ended = Вход на сайт завершён
# The person logged a website out from SessionGuard.
history-kind-website-logged-out = Сайт отключён
history-kind-websites-logged-out = Все сайты отключены
# “Secure my account” is the name of the button on the Checkup page; quote it as that button is translated.
history-kind-secured = Аккаунт защищён («Защитить аккаунт»)
# An entry's title with the device it is about.
# $kind (String) - what happened, one of the history-kind-* messages
# $device (String) - the device's name, e.g. "Galaxy S24"
history-entry-title-device = { $kind }: { $device }
# In an entry's details: who or what did it.
# $who (String) - given by the agent, e.g. "you", "lockdown", "another device"
history-entry-by = инициатор: { $who }
# Button beside an entry that opens the page of the session it is about.
history-open-session = Сеанс

## One session's page

# Back to the whole timeline; the arrow points back (flip it in right-to-left languages).
history-back = ← Вся история
history-session-no-record = У SessionGuard нет записей об этом сеансе.
# Heading above the entries about this session.
history-session-everything = Всё об этом сеансе
history-session-nothing = Об этом сеансе пока ничего не записано.
# Names of the facts about the session, in a two-column list.
history-record-app = Приложение
history-record-system = Система
history-record-place = IP и местоположение
history-record-signed-in = Вход
history-record-first-seen = Впервые замечен SessionGuard
history-record-last-seen = Последний раз замечен
history-record-last-active = Последняя активность
history-record-ended = Завершён
# A fact that is not known (the app's name, the system, the IP and place).
history-record-unknown = неизвестно
# The app fact. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name and version, e.g. "Telegram Desktop 5.6"
# $apiId (String) - the app's id, e.g. "2040"
history-record-app-value = { $app } · api_id { $apiId }
# The app fact, for an app Telegram did not make.
# $app (String) - the app's name and version
# $apiId (String) - the app's id
history-record-app-value-unofficial = { $app } (неофициальное) · api_id { $apiId }
# The ended fact, when it is known what ended the session.
# $when (String) - the date and time it ended
# $who (String) - given by the agent, what ended it
history-record-ended-by = { $when }, инициатор: { $who }
# Heading of the card when the device's model is not known.
history-record-unknown-device = Неизвестное устройство
# Tag beside the heading: the session no longer exists, still exists, or was not in the last list of sessions.
history-record-status-ended = Завершён
history-record-status-active = Активен
history-record-status-not-seen = Давно не замечен
# Tag beside the heading of the session SessionGuard itself uses: the app's name.
history-record-tag-sessionguard = SessionGuard
# Under the heading.
# $when (String) - a short date, e.g. "12 Nov"
history-record-logged-in = Вход: { $when }
