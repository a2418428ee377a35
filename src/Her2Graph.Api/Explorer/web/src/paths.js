// Paths between two entities (the `paths` query): drawn together, one highlighted at a time, each step with its
// relationship's evidence.
import { citationList, el, statusBadge } from './dom.js';
import { runQuery } from './graphql.js';
import { PATHS } from './queries.js';
import { section } from './section.js';

export async function pathsPanel(container, graph, { from, to, maxHops, onRelationship }) {
  const panel = section(container, `Paths from ${from.name} to ${to.name}`, { id: 'paths-panel' });
  const variables = { from: from.id, to: to.id, maxHops };
  let recorded = null;
  await panel.load(runQuery, PATHS, variables, data => {
    recorded = { operation: PATHS, variables };
    graph.clear();
    const paths = data.paths.map(path => {
      path.nodes.forEach(node => graph.addNode(node));
      const edges = path.steps.map((step, i) => {
        const [a, b] = [path.nodes[i], path.nodes[i + 1]];
        // OUTGOING: the path walks the relationship from its start (nodes[i]) to its end (nodes[i+1]).
        graph.addEdge(a.id, b, step.relationship, step.direction, { operation: PATHS, variables });
        const [start, end] = step.direction === 'INCOMING' ? [b, a] : [a, b];
        return { relationship: step.relationship, from: start, to: end, fromName: start.name, toName: end.name, label: `${start.name} ${step.relationship.type} ${end.name}` };
      });
      return { path, edges };
    });
    graph.layout(from.id);
    graph.focus(from.id);
    const select = index => {
      const { path, edges } = paths[index];
      graph.highlightPath(path.nodes.map(n => n.id), edges.map(e => e.relationship.key));
      list.querySelectorAll('li').forEach((item, i) => item.classList.toggle('selected', i === index));
    };
    const list = el('ol', { class: 'paths' }, paths.map(({ path, edges }, index) => el('li', {},
      el('button', { type: 'button', class: 'link path-pick', onclick: () => select(index) },
        `${path.length} step${path.length === 1 ? '' : 's'}: ${path.nodes.map(n => n.name).join(' → ')}`),
      el('ol', { class: 'steps' }, edges.map(edge => el('li', {},
        el('button', { type: 'button', class: 'link', onclick: () => onRelationship(edge, recorded) }, edge.label), ' ',
        statusBadge(edge.relationship.status, edge.relationship.statusNote),
        citationList(edge.relationship.citations)))))));
    if (paths.length) queueMicrotask(() => select(0));
    return paths.length
      ? [el('p', { class: 'muted' }, `${paths.length} shortest paths of at most ${maxHops} steps, shortest first.`), list]
      : el('p', { class: 'muted' }, `No path of at most ${maxHops} steps joins them.`);
  });
  return panel;
}
