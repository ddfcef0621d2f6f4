// How Chart.js 4 draws a view of a format 2 document, as the benchmark's peers draw them
// (bench/chartjs-kinds-entry.js, every example view, weighed; bench/chartjs-example-entry.js,
// one example, timed): columns and bars as bar charts, a line as a line chart, parts of a whole
// as one stacked bar, a change as a floating bar from before to after.
import {
  Chart, BarController, LineController, BarElement, LineElement, PointElement, CategoryScale,
  LinearScale, Tooltip, Legend, Title, SubTitle,
} from 'chart.js';

Chart.register(
  BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale,
  Tooltip, Legend, Title, SubTitle,
);

export { Chart };

const SIGNS = { exact: '', more_than: '>', nearly: '≈', about: '≈' };
const COLOURS = ['#0072b2', '#c85000', '#00805e'];
const scaled = (figure) => (figure.unit === 'rate' || figure.unit === 'share' ? figure.value * 100 : figure.value);
const label = (figure) => `${SIGNS[figure.qualifier]}${scaled(figure).toLocaleString('en')}`;

export function config(view) {
  const bars = view.figures.filter((figure) => figure.mark === 'bar');
  const title = { display: true, text: view.title.en };
  const subtitle = { display: Boolean(view.subtitle), text: view.subtitle?.en ?? '' };
  const base = { animation: false, responsive: false, plugins: { title, subtitle, legend: { display: false } } };
  if (view.layout === 'line') {
    const groups = [...new Set(bars.map((figure) => figure.group))];
    const periods = [...new Set(bars.map((figure) => figure.as_of))].sort();
    return {
      type: 'line',
      data: {
        labels: periods,
        datasets: groups.map((group, index) => ({
          label: view.groups?.find((known) => known.id === group)?.label.en ?? view.tab.en,
          data: periods.map((period) => bars.find((figure) => figure.group === group && figure.as_of === period)
            ?.value ?? null),
          borderColor: COLOURS[index % 3],
        })),
      },
      options: { ...base, plugins: { ...base.plugins, legend: { display: groups.length > 1 } } },
    };
  }
  if (view.layout === 'stacked') {
    return {
      type: 'bar',
      data: {
        labels: [view.tab.en],
        datasets: bars.map((figure, index) => ({
          label: `${figure.label.en} (${label(figure)})`, data: [scaled(figure)], backgroundColor: COLOURS[index % 3],
        })),
      },
      options: {
        ...base, indexAxis: 'y',
        scales: { x: { stacked: true }, y: { stacked: true } },
        plugins: { ...base.plugins, legend: { display: true } },
      },
    };
  }
  if (view.layout === 'change') {
    const changes = view.figures.filter((figure) => figure.mark === 'change');
    const value = (id) => scaled(view.figures.find((figure) => figure.id === id));
    return {
      type: 'bar',
      data: {
        labels: changes.map((change) => `${change.label.en} (${change.value} points)`),
        datasets: [{ data: changes.map((change) => [value(change.from), value(change.to)]), backgroundColor: COLOURS[0] }],
      },
      options: { ...base, indexAxis: 'y' },
    };
  }
  return {
    type: 'bar',
    data: {
      labels: bars.map((figure) => `${figure.label.en} (${label(figure)})`),
      datasets: [{ data: bars.map(scaled), backgroundColor: COLOURS[0] }],
    },
    options: { ...base, indexAxis: view.layout === 'columns' ? 'x' : 'y' },
  };
}
