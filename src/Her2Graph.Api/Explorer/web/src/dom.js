// Small builders for the panels: elements from data, never from HTML strings, so no value can inject markup.

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

/** A figure as the source gives it: empty stays empty (never 0), a percentage keeps its sign. */
export function figure(value, unit = '') {
  return value === null || value === undefined ? '—' : `${value}${unit}`;
}

/** Citations as links to their sources (PubMed, DOI, ClinicalTrials.gov, regulators), from the URL the API derives. */
export function citationList(citations) {
  if (!citations?.length) return el('p', { class: 'muted' }, 'No citation.');
  return el('ul', { class: 'citations' }, citations.map(citation => el('li', {},
    safeUrl(citation.url)
      ? el('a', { href: citation.url, target: '_blank', rel: 'noopener noreferrer', 'data-citation': citation.value }, citation.value)
      : el('span', { 'data-citation': citation.value }, citation.value),
    el('span', { class: 'muted' }, ` ${citation.kind.toLowerCase().replaceAll('_', ' ')}`))));
}

export function statusBadge(status, note) {
  return el('span', { class: `status status-${status.toLowerCase()}`, title: note ?? undefined }, status.toLowerCase().replaceAll('_', ' '));
}

/** A definition list of the fields that have a value. */
export function facts(pairs) {
  const rows = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length));
  return el('dl', { class: 'facts' }, rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, Array.isArray(value) ? value.join(', ') : String(value))]));
}

/** Only web links: a value the page did not make never becomes a script URL. */
export function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}
