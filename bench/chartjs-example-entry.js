// The peer on a new example: Chart.js 4 drawing the views of China Daily's Guizhou report
// (docs/examples/guizhou-high-tech-2018/) as bench/chartjs-views.js draws them, with the same
// interface as bench/chartjs-entry.js (the Pingshan peer), so bench/run.mjs times both alike.
// A new chart where a view's chart type or axes change, as Chart.js asks.
import { Chart, config } from './chartjs-views.js';
import guizhou from '../docs/examples/guizhou-high-tech-2018/doc.json';

const params = new URLSearchParams(location.search);
const canvas = document.getElementById('chart');
// The widget's canvas size at this width, passed in by the runner.
canvas.style.width = '640px';
canvas.style.height = `${params.get('h') ?? 480}px`;
const views = new Map(guizhou.views.map((view) => [view.id, view]));
let current = guizhou.views[0].id;
let chart = new Chart(canvas, config(views.get(current)));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
window.bench = {
  ready: frame().then(() => performance.now()),
  size: () => canvas.getBoundingClientRect().toJSON(),
  async show(view) {
    chart.destroy();
    chart = new Chart(canvas, config(views.get(view)));
    current = view;
    await frame();
  },
  view: () => current,
};
