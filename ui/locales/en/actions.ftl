# What the buttons say while they work: confirmations and toasts (ui/actions.js).
