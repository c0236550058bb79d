// Starts the design-system components on every page.
import { initAll as initGovukFrontend } from "/lib/govuk-frontend/govuk-frontend.min.js";
import { initAll as initMojFrontend } from "/lib/moj-frontend/moj-frontend.min.js";

initGovukFrontend();
initMojFrontend();

// "Print this page" buttons (the transparency publications): hidden until JavaScript can print.
for (const button of document.querySelectorAll("[data-app-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
