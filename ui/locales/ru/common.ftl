# Words shared by the whole window, and the language's own name and direction.

# The language's name in itself, as the language menu lists it.
language-name = Русский
# ltr or rtl: how the window and the notifications are laid out.
language-direction = ltr

## Times (ui/format.js)

# A moment less than a minute ago (also a date a little in the future).
time-just-now = только что
time-minutes-ago = { $count ->
    [one] { $count } минуту назад
    [few] { $count } минуты назад
    [many] { $count } минут назад
   *[other] { $count } минуты назад
}
time-hours-ago = { $count ->
    [one] { $count } час назад
    [few] { $count } часа назад
    [many] { $count } часов назад
   *[other] { $count } часа назад
}
time-yesterday = вчера
# Another device's last activity, when it was active in the last 5 minutes; also this device's.
time-online = в сети
# Under a device. $when: time-just-now, time-minutes-ago, time-hours-ago, time-yesterday, or a short date ("12 Nov").
time-signed-in = Вход: { $when }
# When the device list was last read. $when: as in time-signed-in.
time-updated = Обновлено { $when }
# Tooltip on this device's "online".
time-this-device = Это устройство

## Countdowns (ui/format.js): how long until something is allowed, kept short

countdown-less-than-a-minute = минуту
# "d" is short for days, "h" for hours, "min" for minutes. The countdowns below are used in the sentences that follow ("You can end other sessions in 3 h 12 min").
countdown-days = { $days } дн.
countdown-days-hours = { $days } дн. { $hours } ч
countdown-hours = { $hours } ч
countdown-hours-minutes = { $hours } ч { $minutes } мин
countdown-minutes = { $minutes } мин
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-can-end-sessions-in = Завершать другие сеансы можно будет через { $wait }
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-retry-in = Telegram разрешит повторить попытку через { $wait }.
time-retry-now = Можно попробовать снова.
# On the sign-in screen's link. $wait: minutes and seconds as a clock, "0:42".
time-resend-in = Отправить код другим способом можно через { $wait }
time-resend-now = Отправить код другим способом
# Under the sign-in QR code. $wait: minutes and seconds as a clock, "0:42".
time-qr-expiry-in = Новый код появится через { $wait }
time-qr-expiry-now = Получаем новый код…
# An error from Telegram or the agent, with how long Telegram asks to wait. $message: the error, from the agent; $wait: a countdown ("3 h 12 min").
error-try-again-in = { $message } (повторите через { $wait })

## Periods (ui/format.js): how long idle sessions last before Telegram ends them, e.g. in "End them after 6 months"

period-years = { $count ->
    [one] { $count } год
    [few] { $count } года
    [many] { $count } лет
   *[other] { $count } года
}
period-months = { $count ->
    [one] { $count } месяц
    [few] { $count } месяца
    [many] { $count } месяцев
   *[other] { $count } месяца
}
period-weeks = { $count ->
    [one] { $count } неделю
    [few] { $count } недели
    [many] { $count } недель
   *[other] { $count } недели
}
period-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}

## Lists of names (ui/format.js): "Galaxy S24, Nicegram and 2 others"

# Adds one more name to a list, before the last one. $list: the names so far ("Galaxy S24"); $item: the next name.
list-comma = { $list }, { $item }
# The last name of a list. $list: the names before it ("Galaxy S24, Nicegram"); $last: the last name.
list-and = { $list } и { $last }
# A list too long to name everything. $list: the first names ("Galaxy S24, Nicegram, iPad, Desktop"); $count: how many more.
list-and-others = { $list } и ещё { $count }

## Devices

# A device's name when Telegram tells neither its model nor its app.
device-unknown = Неизвестное устройство

## Buttons and errors of the whole window

button-try-again = Повторить
# On the button while it works.
button-trying-again = Повторяем…
button-dismiss = Скрыть
button-cancel = Отмена
# Screen-reader label of the × button on a message at the bottom of the window.
button-dismiss-message = Скрыть сообщение
error-no-app = Эта страница работает только в приложении SessionGuard.
error-unexpected = Произошла непредвиденная ошибка.
# The agent (SessionGuard's background program) answered a request with the wrong kind of answer.
error-wrong-answer = Агент прислал неожиданный ответ.

## The window's frame (ui/render.js)

# Labels of the small tag next to the demo account's name.
appbar-demo = Демо
appbar-demo-tooltip = Вымышленный аккаунт, чтобы попробовать SessionGuard
# Under the app's name while on the sign-in screen.
appbar-adding-account = Добавление аккаунта
appbar-not-signed-in = Вход не выполнен
appbar-sign-in = Вход в Telegram
# Screen-reader label of the refresh button (an icon).
appbar-refresh-label = Обновить список устройств
appbar-refresh-tooltip = Обновить
# Screen-reader label of the row of account buttons.
appbar-accounts = Аккаунты
# Screen-reader label of the red number on an account's button: its alerts not yet acknowledged.
appbar-account-alerts = { $count ->
    [one] { $count } оповещение
    [few] { $count } оповещения
    [many] { $count } оповещений
   *[other] { $count } оповещения
}
# Screen-reader label of the row of page tabs.
nav-pages = Страницы
nav-devices = Устройства
nav-history = История
nav-checkup = Проверка
nav-settings = Настройки

## Whole-window states (ui/render.js)

window-connecting = Подключение к агенту SessionGuard…
window-error-title = Что-то пошло не так
window-error-unreadable = Агент SessionGuard прислал ответ, который окно не может прочитать.
window-error-no-account = Агент не защищает ни одного аккаунта и не предлагает войти.
window-devices-failed = Не удалось загрузить ваши устройства
window-devices-loading = Загружаем ваши устройства из Telegram…
window-unreachable-title = Агент SessionGuard не запущен
window-unreachable-text = Агент следит за вашим аккаунтом в фоне. Без него это окно не может показать ваши устройства или завершить их сеансы.
window-unreachable-retry = Повторить
# On the Retry button while it works.
window-unreachable-starting = Запускаем агент…
