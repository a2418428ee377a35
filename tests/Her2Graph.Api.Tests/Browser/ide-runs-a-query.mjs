// Opens Banana Cake Pop at <base>/graphql in Debian's chromium, runs a query through its editor and checks the
// answer appears; saves a screenshot. Fails if the IDE loads anything from another origin (it must work offline), or if
// the API's Content-Security-Policy blocks anything it needs.
// Usage: node ide-runs-a-query.mjs <base url> <screenshot path> <chromium path>
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, screenshot, executablePath] = process.argv.slice(2);
const origin = new URL(base).origin;
const query = '{ __typename graph { version } }';
const userDataDir = mkdtempSync(join(tmpdir(), 'her2graph-bcp-'));
const foreign = [];
const answers = [];
const blocked = [];
let page;

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('console', message => {
    if (/Content Security Policy|Refused to (load|execute|apply|create|connect|evaluate)/i.test(message.text())) blocked.push(message.text());
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    event => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)));
  page.on('response', async response => {
    const request = response.request();
    if (request.method() === 'POST' && (request.postData() ?? '').includes('__typename graph')) {
      answers.push(`${response.status()} ${await response.text()}`);
    }
  });

  await page.goto(`${base}/graphql`);

  // A fresh profile shows the welcome screen; a new document opens with our config's examples.
  await page.getByRole('button', { name: 'Create Document' }).click({ timeout: 60_000 });
  const request = page.locator('.monaco-editor').first();
  await request.waitFor({ timeout: 30_000 });
  await page.getByText('query DrugsForYvma', { exact: false }).first().waitFor({ timeout: 10_000 }).catch(() => {});
  const initial = await request.innerText();
  if (!initial.includes('Her2Graph')) throw new Error(`the new document does not hold our examples:\n${initial}`);

  // Replace the document: type over everything, then drop what the editor auto-closed after the cursor.
  await request.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Delete');
  // The IDE takes in edits after a short debounce; until then Run would send the old document's operation.
  await page.getByRole('button', { name: /DrugsForYvma/ }).waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByRole('button', { name: /^Run Operation/ }).click();

  const response = page.locator('.monaco-editor').nth(2);
  await page.waitForFunction(
    // Monaco renders spaces as no-break spaces.
    element => /"__typename": "Query"/.test(element.innerText.replace(/\s+/g, ' ')) && element.innerText.includes('"version"'),
    await response.elementHandle(),
    { timeout: 30_000 });
  const schemaLoaded = !(await page.getByText('Schema unavailable').isVisible());
  await page.screenshot({ path: screenshot });

  console.log(`answers: ${answers.join(' | ')}`);
  console.log(`response pane: ${(await response.innerText()).replace(/\s+/g, ' ')}`);
  console.log(`schema loaded: ${schemaLoaded}`);
  if (foreign.length) throw new Error(`the IDE tried to reach other origins: ${foreign.join(', ')}`);
  if (blocked.length) throw new Error(`the content security policy blocked the IDE:\n${blocked.join('\n')}`);
  if (!schemaLoaded) throw new Error('the IDE could not load the schema (introspection failed)');
  console.log('ok');
} catch (error) {
  await page?.screenshot({ path: screenshot }).catch(() => {});
  console.log(`answers: ${answers.join(' | ')}`);
  console.log(`other origins: ${foreign.join(', ')}`);
  console.log(`blocked by the policy: ${blocked.join(' | ')}`);
  for (const editor of await page?.locator('.monaco-editor').all() ?? []) console.log(`editor: ${(await editor.innerText()).replace(/\s+/g, ' ').slice(0, 400)}`);
  throw error;
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
