# The sign-in screens and the phone field (ui/signin.js, ui/phone.js).
