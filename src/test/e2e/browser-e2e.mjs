// End-to-end check of Neo4j Browser served by `partnergraph serve`, in Debian's headless Chromium.
// Usage: node browser-e2e.mjs BROWSER_URL BOLT_URL QUERY_FILE EXPECTED_TEXT SCREENSHOT GUIDE_TEXT
// Exit 0 when the guide played after connecting shows GUIDE_TEXT and the query's result shows
// EXPECTED_TEXT; 1 otherwise (with a screenshot either way).
// Every wait is for something on the page, never a fixed pause: a busy CI machine renders the
// Browser late, and a check that does not wait (isVisible) would skip the connect click.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [browserUrl, boltUrl, queryFile, expected, screenshot, guideText] = process.argv.slice(2);
const query = readFileSync(queryFile, 'utf8').split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT = 120000;
const RUN_ATTEMPTS = 3;

/** Runs one step; a failure names the step, so the test's message says where the page got stuck. */
async function step(name, action) {
  try {
    return await action();
  } catch (e) {
    throw new Error(`${name}: ${e.message.split('\n')[0]}`);
  }
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let ok = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(WAIT);
  const url = `${browserUrl}?dbms=${encodeURIComponent(boltUrl)}&preselectAuthMethod=NO_AUTH`;
  await step('opening the Browser', () => page.goto(url, { timeout: WAIT }));
  // The connect form is pre-filled from the URL; the Browser may connect by itself or show the form.
  // Connected shows as the connect frame's message or, when the Browser connects by itself without
  // that frame, as the guide it plays once connected (serve's post-connect command).
  const connect = page.locator('button[data-testid="connect"]').first();
  const guide = page.locator('[data-testid="frameContents"]').getByText(guideText).first();
  const connected = page.getByText(/connected as user|You are connected/i).first().or(guide).first();
  await step('waiting for the connect form or a connection', () => connect.or(connected).first().waitFor());
  if (!(await connected.isVisible()) && (await connect.isVisible())) {
    // the Browser may still connect by itself and take the form away: then there is nothing to click
    await step('clicking connect', () => Promise.race([connect.click(), connected.waitFor()]));
  }
  await step('connecting', () => connected.waitFor());
  await step(`waiting for the guide to show "${guideText}"`, () => guide.waitFor());
  const editor = page.locator('[data-testid="activeEditor"]').first();
  const result = page.locator('[data-testid="frameContents"]').getByText(expected).first();
  for (let attempt = 1; !ok; attempt++) {
    await step('focusing the editor', () => editor.click());
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(query);
    await step('running the query', () => page.locator('[data-testid="editor-Run"]').first().click());
    try {
      await result.waitFor({ timeout: WAIT / RUN_ATTEMPTS });
      ok = true;
    } catch (e) {
      if (attempt >= RUN_ATTEMPTS) {
        throw new Error(`waiting for "${expected}" in the result (${attempt} runs): ${e.message.split('\n')[0]}`);
      }
    }
  }
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
