// A new figure from the article: the sentence around a selection, quoted verbatim, with the
// number and qualifier Rust's number reader finds in it, and an id no figure has yet.

const SENTENCE_END = /[.!?。！？]["'”’」』)）]*(?=\s|$)|[。！？]/g;

/** The sentence (or sentences) around `start..end` in `text`, as `{from, to}`, trimmed. */
export function sentenceAround(text, start, end) {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (stop <= start) {
      from = stop;
    } else if (stop >= end) {
      to = stop;
      break;
    }
  }
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  return { from, to };
}

/** `base`, or `base_2`, `base_3`…, whichever no figure or view has. */
export function uniqueId(base, taken) {
  const clean = (base.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+|_+$/g, '') || 'figure').slice(0, 40);
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n += 1) if (!taken.has(`${clean}_${n}`)) return `${clean}_${n}`;
}

/**
 * The figure to insert: the quote verbatim; the number, its unit, currency and qualifier where
 * the number reader found one (`{start, end, value, unit, currency, qualifier}`), else a zero
 * to fill in; the label, date and (for counts) what is counted left empty for the editor. In a
 * format 2 document the figure also names its number words (the quote's words the number was
 * read from), which the source check holds to the value; a fall read from its verb (`fell 4.7
 * percentage points`) is a change, negative.
 */
export function newFigure(quote, number, taken, format = 2) {
  const words = quote.split(/\s+/).slice(0, 4).join('_');
  const figure = {
    id: uniqueId(words, taken),
    mark: 'bar',
    label: { en: '', zh: '' },
    value: number?.value ?? 0,
    unit: number?.unit ?? 'count',
  };
  if (format >= 2 && figure.unit === 'money') figure.currency = number?.currency ?? '';
  if (format >= 2 && figure.value < 0 && ['count', 'money'].includes(figure.unit)) figure.change = true;
  if (format < 2 && figure.unit === 'money') figure.unit = 'count';
  if (format < 2 && figure.unit === 'points') figure.unit = 'rate';
  if (figure.unit === 'count') figure.unit_label = { en: '', zh: '' };
  Object.assign(figure, {
    qualifier: number?.qualifier ?? 'exact',
    as_of: '',
    kind: 'reported',
  });
  if (format >= 2) figure.number = number ? quote.slice(number.start, number.end) : '';
  figure.quote = quote;
  return figure;
}
