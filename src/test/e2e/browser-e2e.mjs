// End-to-end check of Neo4j Browser served by `partnergraph serve`, in Debian's headless Chromium.
// Usage: node browser-e2e.mjs BROWSER_URL BOLT_URL QUERY_FILE EXPECTED_TEXT SCREENSHOT
// Exit 0 when the query's result shows EXPECTED_TEXT; 1 otherwise (with a screenshot either way).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [browserUrl, boltUrl, queryFile, expected, screenshot] = process.argv.slice(2);
const query = readFileSync(queryFile, 'utf8').split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let ok = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const url = `${browserUrl}?dbms=${encodeURIComponent(boltUrl)}&preselectAuthMethod=NO_AUTH`;
  await page.goto(url, { timeout: 60000 });
  // The connect form is pre-filled from the URL; connect if the Browser has not done so itself.
  const connect = page.locator('button[data-testid="connect"]');
  if (await connect.isVisible({ timeout: 5000 }).catch(() => false)) {
    await connect.click();
  }
  await page.getByText(/connected as user|You are connected/i).first().waitFor({ timeout: 60000 });
  const editor = page.locator('[data-testid="activeEditor"]').first();
  await editor.click();
  await page.keyboard.insertText(query);
  await page.locator('[data-testid="editor-Run"]').first().click();
  await page.locator('[data-testid="frameContents"]').getByText(expected).first().waitFor({ timeout: 60000 });
  ok = true;
} catch (e) {
  console.error(`browser e2e failed: ${e.message.split('\n')[0]}`);
} finally {
  const pages = browser.contexts().flatMap((c) => c.pages());
  if (pages.length) {
    await pages[0].screenshot({ path: screenshot, fullPage: false });
  }
  await browser.close();
}
console.log(ok ? `browser e2e: found "${expected}"; screenshot ${screenshot}` : `browser e2e: "${expected}" not found; screenshot ${screenshot}`);
process.exit(ok ? 0 : 1);
