// The explorer: search, a node's neighbourhood (1–2 hops, relationship types by checkbox), expand on click, the
// relationship and node panels, the views per kind, and paths. Everything comes from the public GraphQL endpoint.
import { el } from './dom.js';
import { graphView } from './graphView.js';
import { runQuery } from './graphql.js';
import { renderLegend } from './kinds.js';
import { nodePanel, relationshipPanel } from './panels.js';
import { pathsPanel } from './paths.js';
import { GRAPH_INFO, NODE_DETAILS, neighbourhood, secondHop } from './queries.js';
import { queryButton } from './queryDialog.js';
import { searchBox } from './search.js';
import { drugAdverseEventsView } from './views/drugAdverseEvents.js';
import { trialArmsView } from './views/trialArms.js';
import { variantDrugsView } from './views/variantDrugs.js';

const FIRST_HOP = 50;
const SECOND_HOP_NODES = 20;
const SECOND_HOP = 10;

const side = document.getElementById('side');
const status = document.getElementById('status');
const typeList = document.getElementById('relationship-types');
const graphQuery = queryButton('the graph drawn');
document.getElementById('graph-header').append(graphQuery.button);

const say = (message, isError = false) => {
  status.textContent = message;
  status.classList.toggle('error', isError);
};

const graph = graphView(document.getElementById('graph'), {
  onNode: node => select(node),
  onEdge: edge => showRelationship(edgeView(edge), edge.query),
});
renderLegend(document.getElementById('legend'));
// On a phone the long lists start folded, so the graph and the details come first.
if (matchMedia('(max-width: 900px)').matches) document.querySelectorAll('.controls details').forEach(details => { details.open = false; });
// For the browser console (and the browser test): the cytoscape instance of the drawing.
window.explorer = { cy: graph.cy };

// The relationship types chosen by checkbox; null (all) when every box is ticked, so the query stays short.
function chosenTypes() {
  const boxes = [...typeList.querySelectorAll('input[type=checkbox]')];
  const ticked = boxes.filter(box => box.checked).map(box => box.value);
  return ticked.length === boxes.length ? null : ticked;
}
const hops = () => Number(document.querySelector('input[name=hops]:checked').value);

function edgeView(data) {
  const from = graph.node(data.source);
  const to = graph.node(data.target);
  return { relationship: data.relationship, from, to, fromName: from?.name ?? data.source, toName: to?.name ?? data.target, label: `${from?.name} ${data.type} ${to?.name}` };
}

/** The relationship panel, on top of the side column; its query button shows the request that drew the relationship. */
function showRelationship(edge, recorded = edge.query) {
  document.getElementById('relationship-panel')?.remove();
  const holder = el('div');
  side.prepend(holder);
  relationshipPanel(holder, edge, recorded, node => select(node));
  holder.replaceWith(...holder.childNodes);
  document.querySelector('#relationship-panel h2')?.focus();
}

/** Draws the edges of one `relationships` connection walked from `originId`, each remembering the request it came from. */
function draw(originId, connection, query) {
  for (const edge of connection?.edges ?? []) graph.addEdge(originId, edge.node, edge.relationship, edge.direction, query);
}

async function loadAround(node, { replace }) {
  const types = chosenTypes();
  if (types && !types.length) { say('Tick at least one relationship type.', true); return; }
  const variables = { id: node.id, types, first: FIRST_HOP };
  const operation = neighbourhood(node.kind);
  say(`Loading the neighbourhood of ${node.name}…`);
  try {
    const data = await runQuery(operation, variables);
    if (!data.node) { say(`${node.name} is no longer in the graph.`, true); return; }
    if (replace) graph.clear();
    graph.addNode(data.node);
    draw(data.node.id, data.node.relationships, { operation, variables });
    graphQuery.record(operation, variables);
    if (replace && hops() === 2) {
      const firstHop = [...new Map(data.node.relationships.edges.map(edge => [edge.node.id, edge.node])).values()].slice(0, SECOND_HOP_NODES);
      if (firstHop.length) {
        const second = secondHop([...new Set(firstHop.map(n => n.kind))]);
        const secondVariables = { ids: firstHop.map(n => n.id), types, first: SECOND_HOP };
        const more = await runQuery(second, secondVariables);
        more.nodes.forEach(reached => reached && draw(reached.id, reached.relationships, { operation: second, variables: secondVariables }));
        graphQuery.recordNext(second, secondVariables);
      }
    }
    graph.layout(node.id);
    graph.focus(node.id);
    const total = data.node.relationships.totalCount;
    const { nodes, edges } = graph.counts();
    say(`${node.name}: ${total} relationship${total === 1 ? '' : 's'}${total > FIRST_HOP ? ` (first ${FIRST_HOP} drawn)` : ''}; ${nodes} nodes and ${edges} relationships in view${replace && hops() === 2 ? ` (second hop: up to ${SECOND_HOP} relationships of the first ${SECOND_HOP_NODES} neighbours)` : ''}.`);
  } catch (error) {
    say(error.message, true);
  }
}

/** A node picked in search, clicked, or named in the address: its neighbourhood, its panel, the view for its kind. */
// While something loads the main region says so (aria-busy), for assistive technology and for the browser test.
let loading = 0;
const main = document.querySelector('main');
async function busy(work) {
  main.setAttribute('aria-busy', String(++loading > 0));
  try {
    return await work();
  } finally {
    main.setAttribute('aria-busy', String(--loading > 0));
  }
}

let focused = null;
function select(node, options) {
  return busy(() => show(node, options));
}

async function show(node, { replace = false } = {}) {
  if (replace) {
    focused = node;
    history.replaceState(null, '', `#node=${encodeURIComponent(node.id)}`);
  }
  await loadAround(node, { replace });
  side.replaceChildren();
  // The view that answers the kind's common question first, then the node's own facts.
  const view = node.kind === 'Variant' ? variantDrugsView(side, node)
    : node.kind === 'Drug' ? drugAdverseEventsView(side, node)
      : node.kind === 'Trial' ? trialArmsView(side, node)
        : null;
  const inView = () => graph.edgesOf(node.id).map(data => ({ ...edgeView(data), query: data.query }));
  await nodePanel(side, node, { inView, onRelationship: edge => showRelationship(edge), onExpand: n => busy(() => loadAround(n, { replace: false })) });
  await view;
}

searchBox(document.getElementById('search'), { onPick: node => select(node, { replace: true }), onError: error => say(error.message, true) });

// Paths: both ends picked by search, then drawn and listed.
const ends = {};
for (const end of ['from', 'to']) {
  searchBox(document.getElementById(`path-${end}`), { onPick: node => { ends[end] = node; }, onError: error => say(error.message, true) });
}
document.getElementById('path-form').addEventListener('submit', async event => {
  event.preventDefault();
  if (!ends.from || !ends.to) { say('Pick both ends of the path from the suggestions.', true); return; }
  side.replaceChildren();
  const maxHops = Number(document.getElementById('path-hops').value);
  const panel = await busy(() => pathsPanel(side, graph, { from: ends.from, to: ends.to, maxHops, onRelationship: (edge, recorded) => showRelationship(edge, recorded) }));
  if (panel.query.last.length) graphQuery.record(panel.query.last[0].operation, panel.query.last[0].variables);
  say(`Paths from ${ends.from.name} to ${ends.to.name}.`);
});

// A new choice of hops or relationship types redraws the neighbourhood of the node searched for.
document.getElementById('neighbourhood-form').addEventListener('change', () => {
  if (focused) select(focused, { replace: true });
});

async function start() {
  try {
    const data = await runQuery(GRAPH_INFO);
    const { graph: info } = data;
    typeList.replaceChildren(...info.relationshipCounts.map(({ type, count }) => el('li', {}, el('label', {},
      el('input', { type: 'checkbox', value: type, checked: true }), ` ${type.toLowerCase().replaceAll('_', ' ')} `, el('span', { class: 'muted' }, `(${count})`)))));
    document.getElementById('graph-size').textContent = `Graph version ${info.version}: ${info.nodeCount} nodes, ${info.relationshipCount} relationships.`;
    const linked = new URLSearchParams(location.hash.slice(1)).get('node');
    if (linked) {
      const found = await runQuery(NODE_DETAILS, { id: linked });
      if (found.node) await select(found.node, { replace: true });
    } else {
      say('Search for a gene, variant, drug, trial or adverse event by any name or alias (T-DXd, YVMA, Enhertu…).');
    }
  } catch (error) {
    say(error.message, true);
  }
}
start();
