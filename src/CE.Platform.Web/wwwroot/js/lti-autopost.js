// Sends the deep-linking response to the LMS at once (the page's button is the no-script fallback).
document.querySelectorAll("form[data-auto-submit]").forEach((form) => form.submit());
