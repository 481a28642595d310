# The Settings page (ui/settings.js).

## Alerts

settings-alerts-title = Оповещения
settings-alerts-caption = О каждом таком событии приходит уведомление, а значок в трее остаётся красным, пока вы его не просмотрите.
# Switches, one per kind of alert: a label and a hint under it.
settings-alert-new-login = Новые входы
settings-alert-new-login-hint = В ваш аккаунт вошло новое устройство.
settings-alert-unconfirmed-login = Входы, ожидающие подтверждения
settings-alert-unconfirmed-login-hint = Telegram спрашивает, вы ли выполнили новый вход.
# Someone typed the right login code but not the 2-step verification password.
settings-alert-password-pending-login = Верный код, но нет пароля
settings-alert-password-pending-login-hint = У кого-то есть ваш код для входа, но нет облачного пароля.
settings-alert-login-code-requested = Коды для входа, которые вы не запрашивали
settings-alert-login-code-requested-hint = Кто-то пытается войти по вашему номеру телефона.
settings-alert-session-ended = Сеансы, завершённые с других устройств
settings-alert-session-ended-hint = Другое устройство завершило один из ваших сеансов.
settings-alert-our-session-ended = Сеанс SessionGuard завершён
settings-alert-our-session-ended-hint = Сеанс самого SessionGuard завершили с другого устройства.
settings-alert-new-website = Вход на сайты через Telegram
settings-alert-new-website-hint = Теперь сайт может действовать от вашего имени.

## Rules

settings-rules-title = Правила
settings-rules-caption = SessionGuard применяет их сам, как только появляется новый сеанс, но никогда — к этому устройству или доверенному сеансу. Доверие действует на один вход: новый вход, похожий на доверенное устройство, проверяется как любой другой. Telegram разрешает устройству завершать другие сеансы только через 24 часа после входа; до тех пор правило сообщает, когда сработает.
# Hint under the Lockdown switch (its label is the rule's name, Lockdown).
settings-rule-lockdown-hint = Завершать каждый новый сеанс, который вы не отметили как доверенный.
settings-rule-unofficial = Без неофициальных приложений
settings-rule-unofficial-hint = Завершать новые сеансы в неофициальных приложениях.
# A field for the countries new sessions may come from, separated by commas.
settings-countries = Разрешённые страны
# Placeholder of the empty countries field: the example names are separated by commas, as the person types them.
settings-countries-placeholder = Пусто — любая страна. Например: Германия, Австрия
settings-countries-hint = Новые сеансы из любой другой страны завершаются. Названия — как в списке устройств.
# Button that saves a field (the allowed countries, or where alerts are sent).
settings-save = Сохранить
settings-trusted-title = Доверенные устройства
settings-trusted-none = Пока нет. Чтобы доверять устройству, откройте подробности его сеанса на странице «Устройства».
# A trusted device's name when its model is not known.
settings-trusted-unknown-device = Неизвестное устройство
# Under a trusted device's name. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name, e.g. "Telegram Desktop"
# $platform (String) - e.g. "Windows"
# $apiId (String) - the app's id, e.g. "2040"
settings-trusted-device = { $app } · { $platform } · api_id { $apiId }
# The same, for a device trusted by an older version of SessionGuard, before trust meant one login.
# $app (String) - the app's name
# $platform (String) - the platform
# $apiId (String) - the app's id
settings-trusted-device-unbound = { $app } · { $platform } · api_id { $apiId } · доверие задано ещё до того, как оно стало привязываться к одному входу: привязка произойдёт при следующем обновлении списка, если устройство всё ещё в аккаунте
# Button that stops trusting a device.
settings-trusted-remove = Убрать

## Alerts off this computer (forwarding)

settings-forwarding-title = Пересылка оповещений
settings-forwarding-caption = Отправлять каждое оповещение также на телефон или сервер — на случай, когда вы не у этого компьютера. Адрес или токен хранится в системном хранилище паролей.
# What happened to the last alert sent (or the last test alert).
# $when (String) - its date and time
# $detail (String) - given by the agent, e.g. "delivered"
settings-forwarding-last = Последнее оповещение ({ $when }): { $detail }
settings-forwarding-last-test = Тестовое оповещение ({ $when }): { $detail }
settings-forwarding-nothing-sent = Пока ничего не отправлено.
# The test button, and what it says while it sends.
settings-forwarding-send-test = Отправить тестовое оповещение
settings-forwarding-sending = Отправляем…
# Button that stops sending alerts off this computer.
settings-forwarding-stop = Остановить
# Label of the choice of where alerts go: first time, and when they already go somewhere.
settings-forwarding-kind = Куда отправлять оповещения
settings-forwarding-kind-change = Отправлять оповещения в другое место
# The choices. ntfy is the name of a push-notification service; JSON POST is technical, keep it.
settings-forwarding-kind-ntfy = Тема ntfy (push-уведомления на телефон)
settings-forwarding-kind-telegram-bot = Чат с ботом Telegram
settings-forwarding-kind-webhook = Вебхук (JSON POST)
# @BotFather is the name of Telegram's bot for making bots: keep it.
settings-forwarding-bot-token = Токен бота (от @BotFather)
settings-forwarding-chat-id = ID чата
settings-forwarding-topic = Адрес темы
# Example in the empty topic field: an address at ntfy.sh whose last part is a long secret name (lowercase words joined by hyphens, no spaces).
settings-forwarding-topic-placeholder = https://ntfy.sh/a-long-secret-topic
settings-forwarding-hide-ips = Скрывать IP-адреса
# 102.89.x.x is an example of an IP address with its last two parts hidden: keep it.
settings-forwarding-hide-ips-hint = Публичную тему может читать любой, кто знает её название, поэтому отправляются только первые две части каждого адреса (102.89.x.x).
settings-forwarding-webhook = Адрес вебхука

## Accounts

settings-accounts-title = Аккаунты
# Label of the choice of Telegram's period after which idle sessions end; the choice ("1 month") follows it.
# $account (String) - the account's name as the window shows it
settings-ttl-label = Завершать неактивные сеансы аккаунта { $account } через
# Under each account's name.
settings-account-demo = Вымышленный аккаунт, чтобы попробовать SessionGuard
settings-account-telegram = Аккаунт Telegram; его ключ хранится в системном хранилище паролей
# Button that closes the made-up account, or signs out of a real one.
settings-account-close = Закрыть
settings-account-sign-out = Выйти
settings-account-add = Добавить аккаунт Telegram

## Start-up

settings-startup-title = Автозапуск
settings-autostart = Начинать защиту при входе в систему
settings-autostart-hint = Агент запускается вместе с рабочим столом и ждёт в трее; окно открывается, только когда оно вам нужно.

## Language

settings-language-title = Язык
settings-language-label = Язык SessionGuard
# The first choice: follow the computer's language.
settings-language-system = Как в системе
