import { useState } from 'preact/hooks';

import upi from '../../../../docs/examples/upi-city-unemployment-2013/doc.json';

// Preact sets `view` and `data` as properties and listens to `viewchange` as written.
export function App() {
  const [view, setView] = useState('output');
  const [doc, setDoc] = useState(null);
  return (
    <main>
      <button type="button" id="other-document" onClick={() => setDoc(upi)}>Another document</button>
      <section id="figures">
        <p>In Preact's state: <output class="state">{view}</output></p>
        <button type="button" class="companies" onClick={() => setView('companies')}>Companies</button>
        <pingshan-infographic view={view} data={doc} onviewchange={(event) => setView(event.detail.view)} />
      </section>
      <section id="from-the-start">
        <pingshan-infographic data={upi} />
      </section>
    </main>
  );
}
