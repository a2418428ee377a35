// A panel of the side column: a heading, its "query" button, and a body that shows loading, errors or content.
import { el } from './dom.js';
import { queryButton } from './queryDialog.js';

export function section(container, title, { id } = {}) {
  const query = queryButton(title);
  // Focusable from script, so a panel opened by a click or a key takes the keyboard focus with it.
  const heading = el('h2', { tabindex: '-1' }, title);
  const body = el('div', { class: 'section-body', 'aria-live': 'polite' });
  const element = el('section', { class: 'panel', id, 'aria-label': title }, el('header', {}, heading, query.button), body);
  container.append(element);
  return {
    element,
    query,
    loading() { body.replaceChildren(el('p', { class: 'muted' }, 'Loading…')); },
    error(error) { body.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message)); },
    show(...children) { body.replaceChildren(...children); },
    /** Runs a query for this panel, records it for the query button, and shows what `render` makes of the data. */
    async load(run, operation, variables, render) {
      this.loading();
      try {
        const data = await run(operation, variables);
        query.record(operation, variables);
        this.show(...[render(data)].flat());
        return data;
      } catch (error) {
        query.record(operation, variables);
        this.error(error);
        return null;
      }
    },
  };
}
