# The devices page and connected websites (ui/devices.js, ui/websites.js).
