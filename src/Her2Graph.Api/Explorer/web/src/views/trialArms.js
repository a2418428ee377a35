// A trial's arms side by side: one column per arm, one row per figure, so cohorts and analyses compare at a glance.
import { citationList, el, figure } from '../dom.js';
import { runQuery } from '../graphql.js';
import { TRIAL_ARMS } from '../queries.js';
import { section } from '../section.js';

const words = value => (value ? value.toLowerCase().replaceAll('_', ' ') : '—');
const interval = (low, high) => (low === null || low === undefined ? '—' : `${low}–${high}`);

const ROWS = [
  ['Regimen', arm => arm.regimen.edges.map(e => [e.node.name, e.relationship.doseAmount !== null ? `${e.relationship.doseAmount} ${e.relationship.doseUnit ?? ''}` : ''].join(' ').trim()).join(' + ') || '—'],
  ['Analysis', arm => words(arm.analysis)],
  ['Source', arm => words(arm.source)],
  ['Setting', arm => words(arm.setting)],
  ['Line', arm => words(arm.lineOfTherapy)],
  ['Data cut-off', arm => arm.dataCutoff ?? '—'],
  ['n', arm => figure(arm.n)],
  ['ORR', arm => figure(arm.orrPercent, '%')],
  ['ORR 95% CI', arm => interval(arm.orrCi95Lower, arm.orrCi95Upper)],
  ['DCR', arm => figure(arm.dcrPercent, '%')],
  ['Median PFS (months)', arm => figure(arm.medianPfsMonths)],
  ['Median DoR (months)', arm => figure(arm.medianDorMonths)],
  ['Median OS (months)', arm => figure(arm.medianOsMonths)],
  ['Grade ≥3 TRAEs', arm => figure(arm.grade3PlusTraePercent, '%')],
  ['Discontinuation', arm => figure(arm.discontinuationPercent, '%')],
];

export function trialArmsView(container, trial) {
  const panel = section(container, `Arms of ${trial.name} side by side`, { id: 'trial-arms' });
  return panel.load(runQuery, TRIAL_ARMS, { id: trial.key }, data => {
    const found = data.trial;
    if (!found) return el('p', { class: 'muted' }, 'No trial has this id.');
    const arms = found.arms.nodes;
    return [
      el('p', { class: 'muted' }, [found.phase && `Phase ${found.phase}`, found.population].filter(Boolean).join(' · ')),
      el('div', { class: 'scroll' }, el('table', { class: 'arms' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Arm'), arms.map(arm => el('th', { scope: 'col' }, arm.cohort ?? arm.name)))),
        el('tbody', {},
          ROWS.map(([name, cell]) => el('tr', {}, el('th', { scope: 'row' }, name), arms.map(arm => el('td', {}, cell(arm))))),
          el('tr', {}, el('th', { scope: 'row' }, 'Citations'), arms.map(arm => el('td', {}, citationList(arm.citations))))))),
    ];
  });
}
