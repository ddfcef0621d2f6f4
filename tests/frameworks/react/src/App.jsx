import { useEffect, useState } from 'react';

import upi from '../../../../docs/examples/upi-city-unemployment-2013/doc.json';
import { Figures } from './Figures.jsx';

// The page: a widget whose document React's state changes on a click, and one given another
// story's document from the first render, on the server and at hydration.
export function App() {
  const [doc, setDoc] = useState(null);
  // For the test: the effects have run, so the page is hydrated and its listeners attached.
  useEffect(() => { document.body.dataset.hydrated = ''; }, []);
  return (
    <main>
      <button type="button" id="other-document" onClick={() => setDoc(upi)}>Another document</button>
      <Figures id="figures" doc={doc} />
      <Figures id="from-the-start" doc={upi} />
    </main>
  );
}
