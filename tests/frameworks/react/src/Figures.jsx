// The README's React 19 recipe, with a button that sets the view from React's state. When
// React hydrates server-rendered HTML it sets no property and attaches no `on…` listener on a
// custom element until the component renders again (react#35446), so the document is given
// and `viewchange` heard through a ref.
import 'pingshan-infographic';
import { useEffect, useRef, useState } from 'react';

export function Figures({ id, doc }) {
  const widget = useRef(null);
  const [view, setView] = useState('output');
  useEffect(() => {
    const element = widget.current;
    const onViewChange = (event) => setView(event.detail.view);
    element.addEventListener('viewchange', onViewChange);
    element.ready.then(() => { if (element.errors) console.error(element.errors); });
    return () => element.removeEventListener('viewchange', onViewChange);
  }, []);
  useEffect(() => { widget.current.data = doc; }, [doc]);
  return (
    <section id={id}>
      <p>In React's state: <output className="state">{view}</output></p>
      <button type="button" className="companies" onClick={() => setView('companies')}>Companies</button>
      <pingshan-infographic ref={widget} view={view} />
    </section>
  );
}
