# The Settings page (ui/settings.js).
