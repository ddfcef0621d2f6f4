// The polite live region: what the element says to screen readers after a switch of view,
// and the keyboard's walk of the marks (explore.js), in words.

import { element, setText } from './dom.js';

// How long the live region keeps what it said (ms): long enough for any screen reader to have
// taken it up (react-aria's announcer keeps its words 7 s).
const SAID_FOR = 7000;

/**
 * The live region's node (`status`, for the element's frame), and `say(words, again)`, which
 * says `words` (written again when `again`, so that the same words are said again), and takes
 * them back a while later, as react-aria's announcer does: a reader who reads on through the
 * widget then does not hear them a second time. One timer at a time: words said while it runs
 * put off the taking back, rather than a timer cleared and set again at each. `stop()` clears
 * the timer (the element is out of the page).
 */
export function liveRegion() {
  // Announces the view after a switch; polite, so it never interrupts the reader.
  const status = element('div', { role: 'status', 'aria-live': 'polite', class: 'visually-hidden' });
  let saidAt = 0; // When the live region last spoke (performance.now()).
  let timer = 0; // The timer that takes the words back.
  const unsay = () => {
    const left = saidAt + SAID_FOR - performance.now();
    timer = left > 0 ? setTimeout(unsay, left) : 0;
    if (left <= 0) setText(status, '');
  };
  return {
    status,
    /** @param {string} words @param {boolean} [again] */
    say(words, again = false) {
      // New words go into the text node already there: a node made for each would be styled
      // and laid out anew (issue 24: a fifth of a view switch's layout). The same words again
      // take a new node, which a screen reader hears as a change.
      const said = /** @type {Text | null} */ (status.firstChild);
      if (said && said.data !== words) said.data = words;
      else if (again) status.textContent = words;
      else setText(status, words);
      saidAt = performance.now();
      timer ||= setTimeout(unsay, SAID_FOR);
    },
    stop() {
      clearTimeout(timer);
      timer = 0;
    },
  };
}
