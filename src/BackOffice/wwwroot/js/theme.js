// Remembers the dark-mode switch for a year; read by the server on the next visit.
window.backOffice = window.backOffice || {};
window.backOffice.rememberTheme = function (theme) {
    document.cookie = "crg.theme=" + theme + "; path=/; max-age=31536000; samesite=lax";
};
