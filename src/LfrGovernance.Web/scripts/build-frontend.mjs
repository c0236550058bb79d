// Builds the design-system assets into wwwroot/lib (git-ignored). Run by the MSBuild target BuildFrontend.
//   wwwroot/lib/app.css                  GOV.UK Frontend + MOJ Frontend + our styles, compiled from Styles/app.scss
//   wwwroot/lib/govuk-frontend/*.mjs     GOV.UK Frontend JavaScript (ES module)
//   wwwroot/lib/moj-frontend/*.mjs       MOJ Frontend JavaScript (ES module)
//   wwwroot/lib/assets/images/           icons the stylesheets refer to (no fonts, no crown or crest images)
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const project = join(dirname(fileURLToPath(import.meta.url)), "..");
const modules = join(project, "node_modules");
const out = join(project, "wwwroot", "lib");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "assets", "images"), { recursive: true });

const css = sass.compile(join(project, "Styles", "app.scss"), {
  loadPaths: [project, modules],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
  // The design-system packages warn each other about their own deprecations; those are theirs to fix.
  // Warnings from our own Styles/ are shown.
  logger: {
    warn(message, { span, stack }) {
      const origin = span?.url?.pathname ?? stack?.split("\n")[0] ?? "";
      if (!origin.includes("node_modules/")) {
        console.log(`sass note: ${message}`);
      }
    },
  },
});
writeFileSync(join(out, "app.css"), css.css);

cpSync(join(modules, "govuk-frontend", "dist", "govuk", "govuk-frontend.min.js"), join(out, "govuk-frontend", "govuk-frontend.min.js"));
cpSync(join(modules, "@ministryofjustice", "frontend", "moj", "moj-frontend.min.js"), join(out, "moj-frontend", "moj-frontend.min.js"));

// Icons only: the crown, crest and GOV.UK favicons belong to other services.
const brandImages = /(crown|crest|govuk-icon|opengraph|favicon|apple-touch)/;
for (const source of [
  join(modules, "govuk-frontend", "dist", "govuk", "assets", "images"),
  join(modules, "@ministryofjustice", "frontend", "moj", "assets", "images"),
]) {
  for (const file of readdirSync(source).filter((name) => !brandImages.test(name))) {
    cpSync(join(source, file), join(out, "assets", "images", file));
  }
}

console.log(`Front-end assets written to ${out}`);
