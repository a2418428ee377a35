import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [base, shot] = process.argv.slice(2);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bcp-')), {
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? await context.newPage();
page.on('request', r => { if (!r.url().includes('/static/')) console.log('REQ', r.method(), r.url()); });
page.on('response', async r => { if (r.request().method() === 'POST') console.log('RESP', r.status(), r.headers()['content-type'], (r.request().postData() ?? '').slice(0, 300), '=>', (await r.text()).slice(0, 400)); });
page.on('requestfailed', r => console.log('FAILED', r.method(), r.url(), r.failure()?.errorText, JSON.stringify(r.headers())));
page.on('console', m => console.log('CONSOLE', m.type(), m.text()));
await page.goto(base + '/graphql');
await page.getByRole('button', { name: 'Create Document' }).click({ timeout: 30000 });
await page.waitForTimeout(3000);
const editor = page.locator('.monaco-editor').first();
await editor.click();
await page.keyboard.press('Control+A');
await page.keyboard.insertText('{ __typename graph { version } }');
await page.keyboard.press('Control+Shift+End');
await page.keyboard.press('Delete');
await page.getByRole('button', { name: /^Run Operation/ }).click();
await page.waitForTimeout(3000);
await page.screenshot({ path: shot });
for (const [i, e] of (await page.locator('.monaco-editor').all()).entries()) console.log('EDITOR', i, JSON.stringify((await e.innerText()).slice(0, 300)));
if (false) for (const b of await page.locator('button').all()) console.log('BTN', await b.getAttribute('aria-label'), await b.getAttribute('title'), (await b.innerText()).slice(0,30));
console.log('EDITORS', await page.locator('.monaco-editor').count());

await context.close();
