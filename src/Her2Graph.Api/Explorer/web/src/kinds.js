// How each node kind is drawn: a colour and a shape apart from every other kind (shape too, so colour is not the only
// cue), and the legend that says so.

export const KINDS = {
  Gene: { color: '#2f6fb3', shape: 'ellipse' },
  Variant: { color: '#c0392b', shape: 'diamond' },
  VariantClass: { color: '#e67e22', shape: 'round-diamond' },
  Drug: { color: '#1e8449', shape: 'round-rectangle' },
  Trial: { color: '#7d3c98', shape: 'rectangle' },
  TrialArm: { color: '#a569bd', shape: 'round-tag' },
  AdverseEvent: { color: '#b7950b', shape: 'triangle' },
  ResistanceMechanism: { color: '#566573', shape: 'octagon' },
  Approval: { color: '#148f77', shape: 'star' },
  Disease: { color: '#943126', shape: 'hexagon' },
  CompanionDiagnostic: { color: '#5d6d7e', shape: 'vee' },
  Pathway: { color: '#1a5276', shape: 'barrel' },
  Publication: { color: '#6e2c00', shape: 'tag' },
};

export const kindStyle = kind => KINDS[kind] ?? { color: '#444', shape: 'ellipse' };

/** The legend: a small swatch of each kind's shape and colour, drawn with the same shapes as the graph. */
export function renderLegend(container) {
  container.replaceChildren(...Object.entries(KINDS).map(([kind, style]) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch shape-${style.shape}`;
    swatch.style.backgroundColor = style.color;
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, document.createTextNode(` ${kind}`));
    return item;
  }));
}
