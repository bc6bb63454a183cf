// Usage: node axe-check.mjs [--cookie NAME=VALUE]… [--keyboard] URL [URL …]
// Prints one JSON line per URL and width with its WCAG 2.1 A/AA violations; exits 1 if any page
// has one. --cookie sends a cookie with every request (a logged-in member's session).
// --keyboard also walks each page with the Tab key (at the desktop width): every visible
// control must be reached, and each one that takes focus must show it (outline or shadow).
// Every page is also held to its Content Security Policy: a script, style, frame or image the
// policy blocks is reported as `csp` and fails the run (axe is evaluated through the browser's
// debugging protocol, which the policy does not govern, so it adds no violation of its own).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const urls = [];
const cookies = [];
let keyboard = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--cookie") {
    const [name, ...value] = args[++i].split("=");
    cookies.push({ name, value: value.join("=") });
  } else if (args[i] === "--keyboard") {
    keyboard = true;
  } else {
    urls.push(args[i]);
  }
}

// Marks every control a keyboard user must be able to reach and returns their descriptions.
function markControls() {
  const selector =
    "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]";
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  const controls = [...document.querySelectorAll(selector)].filter(
    (el) => !el.disabled && el.tabIndex >= 0 && shown(el),
  );
  return controls.map((el, index) => {
    el.dataset.keyboardCheck = String(index);
    // Tab reaches one radio button of a group; the arrow keys the others.
    const group = el.type === "radio" ? `radio:${el.name}` : String(index);
    el.dataset.keyboardGroup = group;
    const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent;
    return { group, what: `${el.tagName.toLowerCase()} "${(name || el.name || "").trim().slice(0, 60)}"` };
  });
}

function focused() {
  const el = document.activeElement;
  if (!el || el === document.body || !el.dataset.keyboardGroup) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  return {
    group: el.dataset.keyboardGroup,
    visible: outline || style.boxShadow !== "none",
    what: `${el.tagName.toLowerCase()} ${el.id ? "#" + el.id : el.textContent.trim().slice(0, 40)}`,
  };
}

async function walkWithKeyboard(page) {
  const controls = await page.evaluate(markControls);
  await page.evaluate(() => document.activeElement?.blur());
  const reached = new Set();
  const focusNotShown = [];
  for (let press = 0; press < controls.length + 5; press++) {
    await page.keyboard.press("Tab");
    const now = await page.evaluate(focused);
    if (!now) continue;
    reached.add(now.group);
    if (!now.visible) focusNotShown.push(now.what);
  }
  const unreachable = controls.filter((c) => !reached.has(c.group)).map((c) => c.what);
  return {
    controls: controls.length,
    unreachable: [...new Set(unreachable)],
    focusNotShown: [...new Set(focusNotShown)],
  };
}

const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
let failed = false;
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    if (cookies.length) {
      const url = new URL(urls[0]).origin;
      await page.context().addCookies(cookies.map((cookie) => ({ ...cookie, url })));
    }
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations.push(
          `${event.effectiveDirective}: ${event.blockedURI || "inline"} (${event.sourceFile || ""}:${event.lineNumber || ""})`,
        );
      });
    });
    for (const url of urls) {
      await page.goto(url, { waitUntil: "load" });
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        }),
      );
      const violations = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }));
      const csp = await page.evaluate(() => window.__cspViolations);
      const report = { url: page.url(), width, passes: result.passes.length, violations, csp };
      if (csp.length) failed = true;
      if (keyboard && width === 1280) {
        report.keyboard = await walkWithKeyboard(page);
        if (report.keyboard.unreachable.length || report.keyboard.focusNotShown.length) {
          failed = true;
        }
      }
      if (violations.length) failed = true;
      console.log(JSON.stringify(report));
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
