// What the benchmark's pages put on `window` for the runner, as tools/tsconfig.json checks the
// functions bench/run.mjs and bench/interaction.mjs have the browser run in them: `bench`, from
// bench/widget.html and the Chart.js pages (bench/chartjs-entry.js,
// chartjs-example-entry.js), and `interaction`, from interaction.mjs's probe. Types only: no
// page loads this file.

interface Window {
  bench: {
    /** Milliseconds from navigation start to the first painted chart. */
    ready: Promise<number>;
    /** The chart's canvas, in CSS pixels from the page's top left. */
    size(): { x: number; y: number; width: number; height: number };
    /** Shows `view`, resolving at the next animation frame. */
    show(view: string): Promise<void>;
    /** The view on screen. */
    view(): string;
    /** The widget's data errors (the widget's page only). */
    errors?(): import('../www/pingshan-infographic.js').PingshanInfographic['errors'];
  };
  interaction: {
    /** web-vitals' interaction to next paint, each report's value in ms. */
    inp: number[];
    /** Each pointer move's time to the task after the next frame, in ms. */
    moves: number[];
    /** Whether moves are still timed. */
    timing: boolean;
  };
}
