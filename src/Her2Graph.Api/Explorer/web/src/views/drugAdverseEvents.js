// A drug's adverse events as a chart: any-grade against grade ≥3 incidence per trial arm, for the drug and any drugs
// picked to compare with; the same figures as a table with their citations below it.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { citationList, el, figure } from '../dom.js';
import { runQuery } from '../graphql.js';
import { DRUG_ADVERSE_EVENTS } from '../queries.js';
import { section } from '../section.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// One hue per arm; grade ≥3 solid, any grade a light tint of it.
const PALETTE = ['#1f6fb2', '#c0392b', '#1e8449', '#7d3c98', '#b9770e', '#117a65', '#884ea0', '#2e4053'];
const tint = hex => `${hex}66`;

export function drugAdverseEventsView(container, drug) {
  const panel = section(container, `Adverse events of ${drug.name}`, { id: 'drug-adverse-events' });
  const compared = new Set([drug.key]);
  let chart = null;

  const draw = () => panel.load(runQuery, DRUG_ADVERSE_EVENTS, { drugs: [...compared] }, data => {
    chart?.destroy();
    const rows = data.evidence.nodes.filter(row => row.relationship.anyGradePercent !== null || row.relationship.grade3PlusPercent !== null);
    const armOf = row => `${row.from.regimen?.nodes.map(d => d.name).join(' + ') ?? ''} · ${row.from.trial?.name ?? row.from.name} ${row.from.cohort ?? ''}`.trim();
    const terms = [...new Set(rows.map(row => row.to.name))];
    const arms = [...new Set(rows.map(armOf))];
    const datasets = arms.flatMap((arm, index) => {
      const color = PALETTE[index % PALETTE.length];
      const of = field => terms.map(term => rows.find(row => row.to.name === term && armOf(row) === arm)?.relationship[field] ?? null);
      return [
        { label: `${arm}: any grade`, data: of('anyGradePercent'), backgroundColor: tint(color), borderColor: color, borderWidth: 1 },
        { label: `${arm}: grade ≥3`, data: of('grade3PlusPercent'), backgroundColor: color },
      ];
    });
    const canvas = el('canvas', { role: 'img', 'aria-label': `Incidence (%) of ${terms.length} adverse events in ${arms.length} trial arms, any grade and grade 3 or higher` });
    const others = data.comparable.nodes.filter(other => other.key !== drug.key);
    const picker = el('fieldset', { class: 'compare' }, el('legend', {}, 'Compare with'),
      others.map(other => el('label', {}, el('input', {
        type: 'checkbox', value: other.key, checked: compared.has(other.key),
        onchange: event => { if (event.target.checked) compared.add(other.key); else compared.delete(other.key); draw(); },
      }), ` ${other.name}`)));
    const table = el('details', {}, el('summary', {}, `The ${rows.length} figures as a table`),
      el('table', { class: 'evidence' },
        el('thead', {}, el('tr', {}, ['Adverse event', 'Arm', 'n', 'Any grade', 'Grade ≥3', 'Citations'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows.map(row => el('tr', {},
          el('td', {}, row.to.name), el('td', {}, armOf(row)), el('td', { class: 'number' }, figure(row.relationship.n ?? row.from.n)),
          el('td', { class: 'number' }, figure(row.relationship.anyGradePercent, '%')),
          el('td', { class: 'number' }, figure(row.relationship.grade3PlusPercent, '%')),
          el('td', {}, citationList(row.citations)))))));
    const wrapper = el('div', { class: 'chart', style: `height:${Math.max(220, terms.length * (arms.length * 2 * 7 + 14) + 80)}px` }, canvas);
    queueMicrotask(() => {
      chart = new Chart(canvas, {
        type: 'bar',
        data: { labels: terms, datasets },
        options: {
          indexAxis: 'y', animation: false, maintainAspectRatio: false, responsive: true,
          scales: { x: { min: 0, max: 100, title: { display: true, text: 'incidence, % of patients' } } },
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 10 } } } },
        },
      });
    });
    if (!rows.length) return [picker, el('p', { class: 'muted' }, 'No adverse-event incidence is recorded for these drugs.')];
    return [picker, wrapper, table];
  });
  return draw();
}
