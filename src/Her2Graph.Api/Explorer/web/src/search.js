// A search box with suggestions as you type (the `search` query), keyboard first: arrows move, Enter picks, Escape
// closes. Used for the main search and for both ends of a path.
import { el } from './dom.js';
import { runQuery } from './graphql.js';
import { SEARCH } from './queries.js';
import { kindStyle } from './kinds.js';

export function searchBox(input, { onPick, onError, record }) {
  const listId = `${input.id}-suggestions`;
  const list = el('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': 'Suggestions' });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  let hits = [];
  let active = -1;
  let timer = 0;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = index => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
  };
  const pick = hit => {
    close();
    input.value = hit.node.name;
    input.dataset.nodeId = hit.node.id;
    onPick(hit.node);
  };
  const render = () => {
    list.replaceChildren(...hits.map((hit, index) => el('li', {
      id: `${listId}-${index}`,
      role: 'option',
      'aria-selected': 'false',
      'data-kind': hit.node.kind,
      onmousedown: event => { event.preventDefault(); pick(hit); },
    },
    el('span', { class: 'kind-dot', style: `background:${kindStyle(hit.node.kind).color}` }),
    el('span', { class: 'hit-name' }, hit.node.name),
    el('span', { class: 'muted' }, ` ${hit.node.kind}${hit.matchedField !== 'name' ? ` · ${hit.matchedField}` : ''}`))));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    highlight(hits.length ? 0 : -1);
  };
  const ask = async text => {
    const ticket = ++asked;
    try {
      const variables = { text };
      const data = await runQuery(SEARCH, variables);
      if (ticket !== asked) return;
      record?.(SEARCH, variables);
      hits = data.search;
      render();
    } catch (error) {
      if (ticket === asked) onError(error);
    }
  };

  input.addEventListener('input', () => {
    delete input.dataset.nodeId;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { hits = []; render(); return; }
    timer = setTimeout(() => ask(text), 180);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' && hits.length) { event.preventDefault(); highlight((active + 1) % hits.length); }
    else if (event.key === 'ArrowUp' && hits.length) { event.preventDefault(); highlight((active - 1 + hits.length) % hits.length); }
    else if (event.key === 'Enter' && active >= 0 && !list.hidden) { event.preventDefault(); pick(hits[active]); }
    else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
