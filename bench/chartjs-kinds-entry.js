// The peer for the format 2 layouts: Chart.js 4 tree-shaken to every chart type the widget
// now draws (bar, line, stacked bar; category and linear axes), drawing the views of the
// example documents (docs/examples/) as Chart.js would: columns and bars as bar charts, a
// line as a line chart, parts of a whole as one stacked bar, a change as a floating bar from
// before to after. Bundled by bench/run.mjs and tests/e2e/dist.test.mjs (bench/chartjs-build.mjs)
// to weigh it beside the widget.
import { Chart, config } from './chartjs-views.js';
import guizhou from '../docs/examples/guizhou-high-tech-2018/doc.json';
import upi from '../docs/examples/upi-city-unemployment-2013/doc.json';
import ap from '../docs/examples/ap-city-unemployment-2013/doc.json';

const views = [guizhou, upi, ap].flatMap((document_) => document_.views);
const canvas = document.getElementById('chart');
canvas.style.width = '640px';
canvas.style.height = '480px';
let chart = new Chart(canvas, config(views[0]));
let current = 0;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
window.bench = {
  ready: frame().then(() => performance.now()),
  size: () => canvas.getBoundingClientRect().toJSON(),
  // The next view: a new chart where the type changes, as Chart.js asks.
  async show() {
    current = (current + 1) % views.length;
    chart.destroy();
    chart = new Chart(canvas, config(views[current]));
    await frame();
  },
  view: () => views[current].id,
};
