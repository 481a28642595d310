# The History page (ui/history.js).
