// The side panels for what was clicked: a node (its facts, outside ids, citations and the relationships in view) and
// a relationship (its figures, verification status and citations as links).
import { citationList, el, facts, safeUrl, statusBadge } from './dom.js';
import { runQuery } from './graphql.js';
import { NODE_DETAILS } from './queries.js';
import { section } from './section.js';

const COMMON = new Set(['key', 'type', 'qualifier', 'status', 'statusNote', 'evidenceLevel', 'citations', '__typename']);

const words = name => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/Percent$/, '%').replace(/^./, c => c.toUpperCase());

function value(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return v.name ?? v.key ?? JSON.stringify(v);
  return typeof v === 'string' ? v.toLowerCase().replaceAll('_', ' ').replace(/^./, c => c.toUpperCase()) : String(v);
}

export async function nodePanel(container, node, { inView, onRelationship, onExpand }) {
  const panel = section(container, `${node.kind}: ${node.name}`, { id: 'node-panel' });
  await panel.load(runQuery, NODE_DETAILS, { id: node.id }, data => {
    const details = data.node;
    if (!details) return el('p', { class: 'muted' }, 'This node is no longer in the graph.');
    const relationships = inView();
    return [
      el('p', {}, statusBadge(details.status, details.statusNote), details.statusNote ? el('span', { class: 'muted' }, ` ${details.statusNote}`) : null),
      facts([['Key', details.key], ['Aliases', details.aliases]]),
      el('button', { type: 'button', class: 'action', onclick: () => onExpand(node) }, 'Expand its neighbours'),
      details.xrefs.length ? el('h3', {}, 'Outside ids') : null,
      details.xrefs.length ? el('ul', { class: 'xrefs' }, details.xrefs.map(x => el('li', {},
        safeUrl(x.url) ? el('a', { href: x.url, target: '_blank', rel: 'noopener noreferrer' }, x.key) : x.key,
        x.label ? el('span', { class: 'muted' }, ` ${x.label}`) : null))) : null,
      el('h3', {}, 'Citations'),
      citationList(details.citations),
      el('h3', {}, `Relationships in view (${relationships.length})`),
      el('ul', { class: 'relationship-list' }, relationships.map(edge => el('li', {},
        el('button', { type: 'button', class: 'link', onclick: () => onRelationship(edge) }, edge.label)))),
    ];
  });
  return panel;
}

/** A relationship as loaded with the neighbourhood or path that drew it; its query button shows that query. */
export function relationshipPanel(container, edge, recorded, onNode) {
  const relationship = edge.relationship;
  const panel = section(container, `${relationship.type}`, { id: 'relationship-panel' });
  if (recorded) panel.query.record(recorded.operation, recorded.variables);
  const figures = Object.entries(relationship)
    .filter(([name]) => !COMMON.has(name))
    .map(([name, v]) => [words(name), name.endsWith('Percent') && v !== null ? `${v}%` : value(v)]);
  panel.show(
    // The ends as buttons: from the keyboard, the way on to the next node.
    el('p', { class: 'ends' },
      edge.from ? el('button', { type: 'button', class: 'link', onclick: () => onNode(edge.from) }, edge.fromName) : el('strong', {}, edge.fromName),
      ` ${relationship.type} `,
      edge.to ? el('button', { type: 'button', class: 'link', onclick: () => onNode(edge.to) }, edge.toName) : el('strong', {}, edge.toName)),
    el('p', {}, statusBadge(relationship.status, relationship.statusNote), relationship.statusNote ? el('span', { class: 'muted' }, ` ${relationship.statusNote}`) : null),
    facts([['Evidence level', value(relationship.evidenceLevel)], ['Qualifier', relationship.qualifier], ...figures]),
    el('h3', {}, 'Citations'),
    citationList(relationship.citations),
  );
  return panel;
}
