// Runs first in <body>: tells GOV.UK Frontend's styles that JavaScript is available (kept out of the page so
// the Content-Security-Policy can forbid inline script).
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
