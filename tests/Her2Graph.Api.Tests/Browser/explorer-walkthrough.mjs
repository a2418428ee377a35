// Walks through the explorer at <base>/explore in Debian's chromium as a user would: search with suggestions (by
// keyboard), the neighbourhood drawn, a node clicked to expand it, a relationship clicked for its evidence and
// citation links, the drug view's adverse-event chart, the variant and trial views, paths, and a panel's "query"
// button opened in Banana Cake Pop (which must hold and run that query). Then the page at phone width. Fails on any
// console error, any request to another origin, or a content-security-policy violation. Screenshots go to <out dir>.
// Usage: node explorer-walkthrough.mjs <base url> <out dir> <chromium path>
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, out, executablePath] = process.argv.slice(2);
const origin = new URL(base).origin;
mkdirSync(out, { recursive: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'her2graph-explorer-'));
const foreign = [];
const problems = [];
const steps = [];
const step = name => { steps.push(name); console.log(`step: ${name}`); };
const check = (condition, message) => { if (!condition) throw new Error(message); };

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let page;
const watch = target => {
  target.on('console', message => { if (message.type() === 'error') problems.push(`${target.url()}: console error: ${message.text()}`); });
  target.on('pageerror', error => problems.push(`${target.url()}: page error: ${error.message}`));
};
await context.route('**/*', route => {
  const url = route.request().url();
  if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  foreign.push(url);
  return route.abort();
});

// Node and edge positions on the canvas, from the cytoscape instance the page exposes for the console.
const nodeCount = () => page.evaluate(() => window.explorer.cy.nodes().length);
const clickNode = async name => {
  const point = await page.evaluate(label => {
    const node = window.explorer.cy.nodes().filter(n => n.data('name') === label)[0];
    if (!node) return null;
    const box = window.explorer.cy.container().getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, name);
  check(point, `no node named ${name} is drawn`);
  await page.mouse.click(point.x, point.y);
};
// Waits until nothing loads (the page sets aria-busy on its main region while it does).
const settled = () => page.waitForFunction(() => document.querySelector('main').getAttribute('aria-busy') !== 'true', null, { timeout: 30_000 });
const pick = async (selector, text, optionText) => {
  await page.locator(selector).fill('');
  await page.locator(selector).pressSequentially(text, { delay: 30 });
  const option = page.locator(`#${selector.slice(1)}-suggestions [role=option]`, { hasText: optionText }).first();
  await option.waitFor({ timeout: 15_000 });
  // Arrow down to the option, then Enter: the keyboard path.
  const options = await page.locator(`#${selector.slice(1)}-suggestions [role=option]`).allInnerTexts();
  const index = options.findIndex(o => o.includes(optionText));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(50);
  await settled();
};

try {
  page = context.pages()[0] ?? await context.newPage();
  watch(page);
  await page.goto(`${base}/explore`);
  await page.locator('#relationship-types input[type=checkbox]').first().waitFor({ timeout: 30_000 });

  step('the search box is reached by keyboard');
  let reached = false;
  for (let i = 0; i < 6 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'search');
  }
  check(reached, 'Tab never reached the search box');

  step('search with suggestions: T-DXd');
  await pick('#search', 'T-DXd', 'trastuzumab deruxtecan');
  await page.locator('#node-panel h2', { hasText: 'trastuzumab deruxtecan' }).waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => window.explorer.cy.nodes().length > 5, null, { timeout: 20_000 });
  const drawn = await nodeCount();
  console.log(`neighbourhood of T-DXd: ${drawn} nodes`);

  step('the drug view charts adverse events, any grade against grade ≥3');
  await page.locator('#drug-adverse-events canvas').waitFor({ timeout: 20_000 });
  const bars = await page.locator('#drug-adverse-events table.evidence tbody tr').count();
  check(bars > 0, 'the adverse-event table is empty');
  await page.locator('#drug-adverse-events .compare input').first().check();
  await page.waitForFunction(
    () => new Set([...document.querySelectorAll('#drug-adverse-events table.evidence tbody tr td:nth-child(2)')].map(td => td.textContent.split(' · ')[0])).size > 1,
    null, { timeout: 20_000 });
  const choices = await page.locator('#adverse-event-choice option').count();
  check(choices > 1, `the chart offers ${choices} adverse events`);
  await page.locator('#adverse-event-choice').selectOption({ index: 1 });
  const size = await page.locator('#drug-adverse-events canvas').boundingBox();
  check(size && size.width > 200 && size.height > 100, 'the chart is not drawn');
  await page.screenshot({ path: join(out, 'explorer-drug.png') });

  step('a relationship clicked shows its evidence and citation links');
  const edgePoint = await page.evaluate(() => {
    const edge = window.explorer.cy.edges().filter(e => e.data('relationship').citations.length > 0)[0];
    const box = window.explorer.cy.container().getBoundingClientRect();
    const p = edge.renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y, type: edge.data('type') };
  });
  await page.mouse.click(edgePoint.x, edgePoint.y);
  await page.locator('#relationship-panel').waitFor({ timeout: 10_000 });
  const links = await page.locator('#relationship-panel .citations a').evaluateAll(as => as.map(a => a.href));
  check(links.length > 0, 'the relationship panel has no citation link');
  check(links.every(href => /^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org|clinicaltrials\.gov|www\.ncbi\.nlm\.nih\.gov|www\.fda\.gov|www\.ema\.europa\.eu|[a-z0-9.-]+)\//.test(href)), `a citation link is not a web link: ${links}`);
  console.log(`relationship ${edgePoint.type}: citations ${links.join(' ')}`);
  await page.locator('#relationship-panel .query-button').click();
  const drawnBy = await page.locator('#query-dialog pre.query-text').first().innerText();
  check(drawnBy.includes('query Neighbourhood') && drawnBy.includes('... on Drug'), `the relationship's query is not the one that drew it: ${drawnBy.slice(0, 80)}`);
  await page.locator('#query-close').click();

  step('a relationship panel leads on to its ends, by keyboard');
  await page.locator('#relationship-panel .ends button').first().focus();
  await page.keyboard.press('Enter');
  await settled();
  await page.locator('#node-panel').waitFor({ timeout: 20_000 });
  await pick('#search', 'T-DXd', 'trastuzumab deruxtecan');
  await page.locator('#node-panel h2', { hasText: 'trastuzumab deruxtecan' }).waitFor({ timeout: 20_000 });

  step('clicking a node expands it');
  const before = await nodeCount();
  const neighbour = await page.evaluate(() => window.explorer.cy.nodes().filter(n => n.data('kind') === 'TrialArm')[0]?.data('name')
    ?? window.explorer.cy.nodes().filter(n => !n.hasClass('focus'))[0].data('name'));
  await clickNode(neighbour);
  await page.waitForTimeout(50);
  await settled();
  await page.locator('#node-panel h2', { hasText: neighbour }).waitFor({ timeout: 20_000 });
  await page.waitForFunction(n => window.explorer.cy.nodes().length > n, before, { timeout: 20_000 });
  console.log(`expanded ${neighbour}: ${before} → ${await nodeCount()} nodes`);

  step('the variant view lists drugs by evidence, approved first');
  await pick('#search', 'YVMA', 'A775_G776insYVMA');
  await page.locator('#variant-drugs table.evidence tbody tr').first().waitFor({ timeout: 20_000 });
  const firstGroup = await page.locator('#variant-drugs table.evidence').first().locator('tbody tr').allInnerTexts();
  check(firstGroup.length > 0 && firstGroup.every(row => row.includes('approved')), `the first group is not the approved drugs: ${firstGroup.join(' | ')}`);
  const pubmed = await page.locator('#variant-drugs a[href^="https://pubmed.ncbi.nlm.nih.gov/"], #variant-drugs a[href^="https://doi.org/"]').count();
  check(pubmed > 0, 'the variant view links no PubMed or DOI citation');
  await page.screenshot({ path: join(out, 'explorer-variant.png') });

  step('two hops, fewer relationship types');
  await page.locator('input[name=hops][value="2"]').check();
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('second hop'), null, { timeout: 20_000 });
  const twoHops = await nodeCount();
  await page.locator('#relationship-types input[value=STUDIES]').uncheck();
  await page.waitForFunction(() => !window.explorer.cy.edges().some(e => e.data('type') === 'STUDIES') && document.getElementById('status').textContent.includes('second hop'), null, { timeout: 20_000 });
  console.log(`YVMA two hops: ${twoHops} nodes; without STUDIES: ${await nodeCount()}`);
  await page.locator('#relationship-types input[value=STUDIES]').check();
  await page.locator('input[name=hops][value="1"]').check();

  step('the query button shows the query and opens it in Banana Cake Pop');
  await page.locator('#variant-drugs .query-button').click();
  const dialog = page.locator('#query-dialog');
  await dialog.waitFor({ state: 'visible' });
  const shown = await dialog.locator('pre.query-text').first().innerText();
  check(shown.includes('query VariantDrugsByEvidence'), `the dialog shows another query: ${shown.slice(0, 80)}`);
  const [ide] = await Promise.all([context.waitForEvent('page'), dialog.locator('a.open-ide').first().click()]);
  watch(ide);
  await ide.waitForURL(/\/graphql\/open\//, { timeout: 30_000 });
  await ide.getByRole('button', { name: 'Create Document' }).click({ timeout: 60_000 });
  const editor = ide.locator('.monaco-editor').first();
  await editor.waitFor({ timeout: 30_000 });
  await ide.waitForFunction(element => element.innerText.includes('VariantDrugsByEvidence'), await editor.elementHandle(), { timeout: 20_000 });
  await ide.getByRole('button', { name: /^Run Operation/ }).click();
  const response = ide.locator('.monaco-editor').nth(2);
  await ide.waitForFunction(element => element.innerText.includes('ERBB2:A775_G776insYVMA'), await response.elementHandle(), { timeout: 30_000 });
  await ide.screenshot({ path: join(out, 'explorer-query-in-ide.png') });
  await ide.close();
  await page.locator('#query-close').click();

  step('the trial view puts arms side by side');
  await pick('#search', 'DESTINY-Lung02', 'DESTINY-Lung02');
  await page.locator('#trial-arms table.arms').waitFor({ timeout: 20_000 });
  const columns = await page.locator('#trial-arms table.arms thead th').count();
  check(columns >= 3, `the trial view shows ${columns - 1} arms`);

  step('paths between two entities, highlighted, each step with its evidence');
  await pick('#path-from', 'YVMA', 'A775_G776insYVMA');
  await pick('#path-to', 'zongertinib', 'zongertinib');
  await page.locator('#path-form button[type=submit]').click();
  await page.locator('#paths-panel ol.paths > li').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => window.explorer.cy.edges('.path').length > 0, null, { timeout: 10_000 });
  const stepLinks = await page.locator('#paths-panel .steps .citations a').count();
  check(stepLinks > 0, 'the path steps show no citation links');
  await page.screenshot({ path: join(out, 'explorer-paths.png') });

  step('readable at phone width');
  await page.setViewportSize({ width: 390, height: 844 });
  await pick('#search', 'T-DXd', 'trastuzumab deruxtecan');
  await page.locator('#node-panel h2', { hasText: 'trastuzumab deruxtecan' }).waitFor({ timeout: 20_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `the page is ${overflow}px wider than a phone screen`);
  await page.screenshot({ path: join(out, 'explorer-phone.png'), fullPage: false });

  // The README's picture: a drug's neighbourhood beside its adverse-event chart, compared with another drug.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('#drug-adverse-events canvas').waitFor({ timeout: 20_000 });
  await page.locator('#drug-adverse-events .compare label', { hasText: 'zongertinib' }).locator('input').check();
  await page.waitForFunction(() => [...document.querySelectorAll('#drug-adverse-events table.evidence td')].some(td => td.textContent.startsWith('zongertinib')), null, { timeout: 20_000 });
  await page.evaluate(() => window.explorer.cy.fit(undefined, 24));
  await page.screenshot({ path: join(out, 'explorer.png') });

  if (foreign.length) throw new Error(`the explorer tried to reach other origins: ${foreign.join(', ')}`);
  if (problems.length) throw new Error(`errors in the browser:\n${problems.join('\n')}`);
  console.log(`ok: ${steps.length} steps`);
} catch (error) {
  await page?.screenshot({ path: join(out, 'explorer-failure.png') }).catch(() => {});
  console.log(`failed at step: ${steps.at(-1)}`);
  console.log(`other origins: ${foreign.join(', ')}`);
  console.log(`browser errors: ${problems.join(' | ')}`);
  throw error;
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
