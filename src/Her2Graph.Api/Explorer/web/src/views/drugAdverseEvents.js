// A drug's adverse events as a chart: for one adverse event at a time, any-grade against grade ≥3 incidence in every
// trial arm of the drug and of the drugs picked to compare with; all the figures as a table with their citations.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { citationList, el, figure } from '../dom.js';
import { runQuery } from '../graphql.js';
import { DRUG_ADVERSE_EVENTS } from '../queries.js';
import { section } from '../section.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const ANY_GRADE = '#9ec5e8';
const clip = text => (text.length > 42 ? `${text.slice(0, 41)}…` : text);
const GRADE_3_PLUS = '#1f4e8c';

export function drugAdverseEventsView(container, drug) {
  const panel = section(container, `Adverse events of ${drug.name}`, { id: 'drug-adverse-events' });
  const compared = new Set([drug.key]);
  let chart = null;

  const draw = () => panel.load(runQuery, DRUG_ADVERSE_EVENTS, { drugs: [...compared] }, data => {
    chart?.destroy();
    const rows = data.evidence.nodes.filter(row => row.relationship.anyGradePercent !== null || row.relationship.grade3PlusPercent !== null);
    const armOf = row => `${row.from.regimen?.nodes.map(d => d.name).join(' + ') ?? ''} · ${row.from.trial?.name ?? row.from.name} ${row.from.cohort ?? ''}`.trim();
    // Adverse events reported by the most arms first: the default is the one that compares best.
    const terms = [...new Set(rows.map(row => row.to.name))]
      .map(term => ({ term, arms: rows.filter(row => row.to.name === term).length }))
      .sort((a, b) => b.arms - a.arms || a.term.localeCompare(b.term));
    const choose = el('select', { id: 'adverse-event-choice', onchange: event => plot(event.target.value) },
      terms.map(({ term, arms }) => el('option', { value: term }, `${term} (${arms} arm${arms === 1 ? '' : 's'})`)));
    const canvas = el('canvas', { role: 'img' });
    const wrapper = el('div', { class: 'chart' }, canvas);
    const plot = term => {
      chart?.destroy();
      const shown = rows.filter(row => row.to.name === term);
      canvas.setAttribute('aria-label', `${term}: incidence (%) in ${shown.length} trial arms, any grade and grade 3 or higher`);
      wrapper.style.height = `${shown.length * 44 + 90}px`;
      chart = new Chart(canvas, {
        type: 'bar',
        data: {
          // Drug, then trial and cohort, then what tells two figures of one arm apart (the relationship's qualifier).
          labels: shown.map(row => [
            clip(row.from.regimen?.nodes.map(d => d.name).join(' + ') ?? ''),
            clip(`${row.from.trial?.name ?? ''} ${row.from.cohort ?? ''}`.trim()),
            clip(row.relationship.qualifier ?? ''),
          ].filter(Boolean)),
          datasets: [
            { label: 'any grade', data: shown.map(row => row.relationship.anyGradePercent), backgroundColor: ANY_GRADE },
            { label: 'grade ≥3', data: shown.map(row => row.relationship.grade3PlusPercent), backgroundColor: GRADE_3_PLUS },
          ],
        },
        options: {
          indexAxis: 'y', animation: false, maintainAspectRatio: false, responsive: true,
          scales: { x: { beginAtZero: true, title: { display: true, text: `${term}, % of patients` } }, y: { ticks: { font: { size: 10 } } } },
          plugins: { legend: { position: 'top', align: 'start' } },
        },
      });
    };
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
    if (terms.length) queueMicrotask(() => plot(terms[0].term));
    if (!rows.length) return [picker, el('p', { class: 'muted' }, 'No adverse-event incidence is recorded for these drugs.')];
    return [picker, el('label', { for: 'adverse-event-choice' }, 'Adverse event '), choose, wrapper, table];
  });
  return draw();
}
