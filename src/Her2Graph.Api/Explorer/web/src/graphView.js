// The drawing: cytoscape with one style per node kind and relationships labelled by type. It holds what has been
// loaded so far; the page decides what to load.
import cytoscape from 'cytoscape';
import { KINDS } from './kinds.js';

const kindStyles = Object.entries(KINDS).map(([kind, style]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { 'background-color': style.color, shape: style.shape },
}));

export function graphView(container, { onNode, onEdge }) {
  const cy = cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 26, height: 26,
          'text-wrap': 'ellipsis', 'text-max-width': 140, color: '#1b1b1b', 'text-background-color': '#fff',
          'text-background-opacity': 0.8, 'text-background-padding': 1, 'border-width': 1, 'border-color': '#fff',
        },
      },
      ...kindStyles,
      { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.5, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#3d4852', 'text-rotation': 'autorotate',
          'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        },
      },
      { selector: 'edge.unverified', style: { 'line-style': 'dashed' } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: 'edge.path', style: { width: 4, 'line-color': '#d35400', 'target-arrow-color': '#d35400', 'z-index': 10 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d35400' } },
      { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    ],
  });
  cy.on('tap', 'node', event => onNode(event.target.data()));
  cy.on('tap', 'edge', event => onEdge(event.target.data()));

  const addNode = (node, extra = {}) => {
    if (!cy.getElementById(node.id).length) cy.add({ group: 'nodes', data: { id: node.id, key: node.key, kind: node.kind, name: node.name, label: node.name, ...extra } });
  };

  return {
    clear: () => cy.elements().remove(),
    addNode,
    /** One relationship walked from `originId` (direction as the API gives it) to `node`, drawn by `query`. */
    addEdge(originId, node, relationship, direction, query) {
      addNode(node);
      const [source, target] = direction === 'INCOMING' ? [node.id, originId] : [originId, node.id];
      if (cy.getElementById(relationship.key).length) return;
      cy.add({
        group: 'edges',
        classes: relationship.status === 'VERIFIED' ? '' : 'unverified',
        data: { id: relationship.key, source, target, type: relationship.type, relationship, query },
      });
    },
    focus(id) {
      cy.nodes().removeClass('focus');
      cy.getElementById(id).addClass('focus');
    },
    highlightPath(nodeIds, edgeKeys) {
      cy.elements().removeClass('path faded');
      if (!nodeIds) return;
      cy.elements().addClass('faded');
      nodeIds.forEach(id => cy.getElementById(id).removeClass('faded').addClass('path'));
      edgeKeys.forEach(key => cy.getElementById(key).removeClass('faded').addClass('path'));
    },
    layout(centerId) {
      const options = cy.nodes().length > 60
        ? { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 }
        : { name: 'concentric', animate: false, padding: 24, minNodeSpacing: 28,
          concentric: node => (node.id() === centerId ? 10 : node.degree()), levelWidth: () => 3 };
      cy.layout(options).run();
      cy.fit(undefined, 24);
      // A few nodes would otherwise be blown up to fill the canvas.
      if (cy.zoom() > 1.25) {
        cy.zoom(1.25);
        cy.center();
      }
    },
    nodes: () => cy.nodes().map(node => node.data()),
    edgesOf: id => cy.getElementById(id).connectedEdges().map(edge => edge.data()),
    node: id => cy.getElementById(id).data(),
    resize: () => cy.resize(),
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    cy,
  };
}
