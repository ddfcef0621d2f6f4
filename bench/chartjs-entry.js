// The peer: the same three views drawn by Chart.js 4, tree-shaken to what they need, from the
// same data document the widget embeds, with animations off. Bundled by bench/run.mjs.
//
// Each view is one horizontal bar chart with the view's title and subtitle, and its notes as
// further subtitle lines, as the widget draws them. Counts and rates share the `x` axis; a
// `share` figure (talent: ≈50% returnees) gets its own 0–100% axis (`share`), as the widget
// draws it as a 100% bar, so it is not measured against the doctorate counts.
import {
  Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, Title, SubTitle,
} from 'chart.js';
import document_ from '../src/data/pingshan.json';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, Title, SubTitle);

const SIGNS = { exact: '', more_than: '>', nearly: '≈', about: '≈' };
const isPercent = (figure) => figure.unit === 'share' || figure.unit === 'rate';
const shown = (figure) => (isPercent(figure) ? figure.value * 100 : figure.value);
const text = (figure) => {
  const sign = SIGNS[figure.qualifier];
  if (isPercent(figure)) return `${sign}${shown(figure)}%`;
  if (figure.unit === 'ratio') return `${sign}${figure.value}×`;
  return `${sign}${figure.value.toLocaleString('en')}`;
};
const COLOURS = { reported: '#0072b2', derived: '#0072b266' };
// Category labels wrapped to lines of about 32 characters (Chart.js draws an array as lines).
const wrap = (line) => line.split(' ').reduce((lines, word) => {
  const last = lines.at(-1);
  if (last && `${last} ${word}`.length <= 32) lines[lines.length - 1] = `${last} ${word}`;
  else lines.push(word);
  return lines;
}, []);

function config(viewId) {
  const view = document_.views.find((v) => v.id === viewId);
  const bars = view.figures.filter((f) => f.mark !== 'note');
  const notes = view.figures.filter((f) => f.mark === 'note').map((f) => f.note.en.replace('{value}', text(f)));
  const onAxis = (test) => bars.map((f) => (test(f) ? shown(f) : null));
  const datasets = [{
    label: view.tab.en,
    data: onAxis((f) => f.mark === 'bar'),
    backgroundColor: bars.map((f) => COLOURS[f.kind]),
    xAxisID: 'x',
  }];
  const hasShare = bars.some((f) => f.mark === 'share');
  if (hasShare) {
    datasets.push({
      label: `${view.tab.en} (share)`,
      data: onAxis((f) => f.mark === 'share'),
      backgroundColor: bars.map((f) => COLOURS[f.kind]),
      xAxisID: 'share',
    });
  }
  return {
    labels: bars.map((f) => wrap(`${f.label.en} (${text(f)})`)),
    datasets,
    hasShare,
    title: view.title.en,
    subtitle: [view.subtitle.en, ...notes],
  };
}

const params = new URLSearchParams(location.search);
const canvas = document.getElementById('chart');
// The widget's canvas size at this width, passed in by the runner.
canvas.style.width = '640px';
canvas.style.height = `${params.get('h') ?? 560}px`;

const first = config('companies');
const chart = new Chart(canvas, {
  type: 'bar',
  data: { labels: first.labels, datasets: first.datasets },
  options: {
    indexAxis: 'y',
    animation: false,
    responsive: false,
    maintainAspectRatio: false,
    datasets: { bar: { grouped: false } },
    plugins: {
      title: { display: true, text: first.title },
      subtitle: { display: true, text: first.subtitle },
      legend: { display: false },
    },
    scales: {
      x: { beginAtZero: true },
      share: { axis: 'x', position: 'top', min: 0, max: 100, display: first.hasShare, ticks: { callback: (v) => `${v}%` } },
    },
  },
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
let current = 'companies';
window.bench = {
  // Milliseconds from navigation start to the first painted chart: Chart.js draws in its
  // constructor; the frame after it is painted.
  ready: frame().then(() => performance.now()),
  size: () => canvas.getBoundingClientRect().toJSON(),
  async show(view) {
    const next = config(view);
    chart.data.labels = next.labels;
    chart.data.datasets = next.datasets;
    chart.options.plugins.title.text = next.title;
    chart.options.plugins.subtitle.text = next.subtitle;
    chart.options.scales.share.display = next.hasShare;
    chart.update('none');
    current = view;
    await frame();
  },
  // The view on screen, for the runner's check that a switch happened.
  view: () => current,
  // Chart.js has no wasm.
};
