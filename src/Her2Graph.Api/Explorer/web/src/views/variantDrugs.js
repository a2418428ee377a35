// A variant's drugs by evidence: drugs approved for the variant (or one of its classes) first, then the others; within
// each group the arms keep the store's order, best objective response first; each figure with its trial, setting and n.
import { citationList, el, figure } from '../dom.js';
import { runQuery } from '../graphql.js';
import { VARIANT_DRUGS } from '../queries.js';
import { section } from '../section.js';

const words = value => (value ? value.toLowerCase().replaceAll('_', ' ') : '—');

export function variantDrugsView(container, variant) {
  const panel = section(container, `Drugs for ${variant.name} by evidence`, { id: 'variant-drugs' });
  return panel.load(runQuery, VARIANT_DRUGS, { name: variant.key }, data => {
    const found = data.variant;
    if (!found) return el('p', { class: 'muted' }, 'No variant has this name.');
    const approvals = new Map();
    for (const approval of found.approvals.nodes) {
      if (!approval.drug) continue;
      const list = approvals.get(approval.drug.key) ?? [];
      list.push(`${approval.authority.replaceAll('_', ' ')} ${approval.date ?? ''}`.trim());
      approvals.set(approval.drug.key, list);
    }
    const rows = found.arms.edges.map(edge => ({ ...edge.node, via: edge.relationship.from.name }));
    const approved = rows.filter(arm => arm.regimen.nodes.some(drug => approvals.has(drug.key)));
    const others = rows.filter(arm => !approved.includes(arm));
    const table = group => el('table', { class: 'evidence' },
      el('thead', {}, el('tr', {}, ['Drug', 'Trial', 'Setting', 'n', 'ORR', '95% CI', 'mPFS (mo)', 'Source'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, group.map(arm => el('tr', {},
        el('td', {}, arm.regimen.nodes.map(drug => drug.name).join(' + '),
          ...arm.regimen.nodes.filter(drug => approvals.has(drug.key)).map(drug => el('span', { class: 'approved', title: approvals.get(drug.key).join('; ') }, ' approved'))),
        el('td', {}, arm.trial?.name ?? '—', el('div', { class: 'muted' }, arm.cohort ?? '')),
        el('td', {}, words(arm.setting), el('div', { class: 'muted' }, words(arm.lineOfTherapy))),
        el('td', { class: 'number' }, figure(arm.n)),
        el('td', { class: 'number' }, figure(arm.orrPercent, '%')),
        el('td', { class: 'number' }, arm.orrCi95Lower === null ? '—' : `${arm.orrCi95Lower}–${arm.orrCi95Upper}`),
        el('td', { class: 'number' }, figure(arm.medianPfsMonths)),
        el('td', {}, citationList(arm.citations), arm.via !== found.name ? el('div', { class: 'muted' }, `recorded on ${arm.via}`) : null)))));
    return [
      el('p', { class: 'muted' }, `${found.arms.totalCount} trial arms; approvals from ${found.approvals.nodes.length} regulatory decisions.`),
      el('h3', {}, `Approved for this variant (${approved.length} arms)`),
      approved.length ? table(approved) : el('p', { class: 'muted' }, 'No approved drug has an arm here.'),
      el('h3', {}, `Other drugs (${others.length} arms)`),
      others.length ? table(others) : el('p', { class: 'muted' }, 'None.'),
    ];
  });
}
