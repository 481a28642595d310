# What the window's alert banners say (ui/format.js).
