# Words shared by the whole window, and the language's own name and direction.

# The language's name in itself, as the language menu lists it.
language-name = English
# ltr or rtl: how the window and the notifications are laid out.
language-direction = ltr
