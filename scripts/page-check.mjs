// Opens pages in headless Chromium as a person's phone would, and reports what a person gets:
// the page's language and direction, whether a given element is on the first screen, and the
// WCAG 2.2 A/AA violations axe-core finds. Saves a screenshot of each page.
// Usage: node page-check.mjs <pages.json> <screenshot-dir>
// pages.json: [{"name", "url", "width", "height", "acceptLanguage"?, "firstScreen"?: "<css selector>"}]
// Prints one JSON line per page: {"name", "status", "lang", "dir", "contentLanguage", "title",
//   "firstScreen": true|false|null, "violations": [{"id", "impact", "help", "targets"}]}.
// Needs playwright-core and axe-core installed next to it; Chromium from CHROMIUM or /usr/bin/chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const [pagesFile, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  for (const spec of JSON.parse(readFileSync(pagesFile, 'utf8'))) {
    const context = await browser.newContext({
      viewport: { width: spec.width, height: spec.height },
      deviceScaleFactor: 1,
      bypassCSP: true, // the pages allow no inline script; axe-core is injected for the audit only
      extraHTTPHeaders: spec.acceptLanguage ? { 'Accept-Language': spec.acceptLanguage } : {},
    });
    const page = await context.newPage();
    const response = await page.goto(spec.url, { waitUntil: 'load' });
    await page.addScriptTag({ path: axePath });
    const audit = await page.evaluate(async () => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
    let firstScreen = null;
    if (spec.firstScreen) {
      const box = await page.locator(spec.firstScreen).first().boundingBox();
      firstScreen = box !== null && box.y >= 0 && box.y + box.height <= spec.height;
    }
    await page.screenshot({ path: `${shots}/${spec.name}.png` });
    console.log(JSON.stringify({
      name: spec.name,
      status: response.status(),
      lang: await page.getAttribute('html', 'lang'),
      dir: await page.getAttribute('html', 'dir'),
      contentLanguage: response.headers()['content-language'] ?? null,
      title: await page.title(),
      firstScreen,
      violations: audit.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')) })),
    }));
    await context.close();
  }
} finally {
  await browser.close();
}
