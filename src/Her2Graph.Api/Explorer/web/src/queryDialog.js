// The "query" button of every panel: shows the GraphQL the panel ran, with its variables, and opens it in Banana Cake
// Pop, so whatever the page shows any client can get. A panel built from two requests (a second hop) shows both.
import { el } from './dom.js';
import { ideLink } from './graphql.js';

const dialog = document.getElementById('query-dialog');
const steps = document.getElementById('query-steps');
const title = document.getElementById('query-title');
document.getElementById('query-close').addEventListener('click', () => dialog.close());

/** A button that shows the queries recorded by <code>record(operation, variables)</code> (and <code>recordNext</code>). */
export function queryButton(label) {
  const button = el('button', { type: 'button', class: 'query-button', disabled: true, title: 'Show the GraphQL behind this panel and open it in Banana Cake Pop' }, 'query');
  button.setAttribute('aria-label', `Query behind ${label}`);
  const panel = {
    button,
    last: [],
    record(operation, variables) { panel.last = [{ operation, variables }]; button.disabled = false; },
    recordNext(operation, variables) { panel.last = [...panel.last, { operation, variables }]; button.disabled = false; },
  };
  button.addEventListener('click', () => show(label, panel.last));
  return panel;
}

function show(label, queries) {
  if (!queries.length) return;
  title.textContent = `The GraphQL behind ${label}`;
  steps.replaceChildren(...queries.map((query, index) => el('div', { class: 'query-step' },
    queries.length > 1 ? el('h3', {}, `Request ${index + 1} of ${queries.length}`) : null,
    el('pre', { class: 'query-text', tabindex: '0' }, query.operation),
    el('h4', {}, 'Variables'),
    el('pre', { class: 'query-variables', tabindex: '0' }, JSON.stringify(query.variables ?? {}, null, 2)),
    el('p', { class: 'query-actions' },
      el('a', { class: 'action open-ide', href: ideLink(query.operation, query.variables), target: '_blank', rel: 'noopener' }, 'Open in Banana Cake Pop'),
      el('button', {
        type: 'button', class: 'action',
        onclick: async event => {
          await navigator.clipboard?.writeText(query.operation).catch(() => {});
          event.target.textContent = 'Copied';
        },
      }, 'Copy')))));
  dialog.showModal();
}
