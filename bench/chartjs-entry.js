// The peer: the same three views drawn by Chart.js 4, tree-shaken to what they need, from the
// same data document the widget embeds, with animations off. Bundled by bench/run.mjs.
import {
  Chart, BarController, DoughnutController, BarElement, ArcElement, CategoryScale, LinearScale, Tooltip, Legend, Title,
} from 'chart.js';
import document_ from '../src/data/pingshan.json';

Chart.register(BarController, DoughnutController, BarElement, ArcElement, CategoryScale, LinearScale, Tooltip, Legend, Title);

const SIGNS = { exact: '', more_than: '>', nearly: '≈', about: '≈' };
const percent = (figure) => figure.unit === 'share' || figure.unit === 'rate';

function config(viewId) {
  const view = document_.views.find((v) => v.id === viewId);
  const figures = view.figures.filter((f) => f.mark !== 'note');
  return {
    labels: figures.map((f) => `${f.label.en} (${SIGNS[f.qualifier]}${percent(f) ? f.value * 100 : f.value}${percent(f) ? '%' : ''})`),
    datasets: [{
      label: view.tab.en,
      data: figures.map((f) => (percent(f) ? f.value * 100 : f.value)),
      backgroundColor: figures.map((f) => (f.kind === 'derived' ? '#0072b266' : '#0072b2')),
    }],
    title: view.title.en,
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
    plugins: { title: { display: true, text: first.title }, legend: { display: false } },
    scales: { x: { beginAtZero: true } },
  },
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
window.bench = {
  ready: frame().then(() => performance.now()),
  size: () => canvas.getBoundingClientRect().toJSON(),
  async show(view) {
    const next = config(view);
    chart.data.labels = next.labels;
    chart.data.datasets = next.datasets;
    chart.options.plugins.title.text = next.title;
    chart.update('none');
    await frame();
  },
  async wasmBytes() {
    return 0;
  },
};
