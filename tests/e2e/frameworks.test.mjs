// End to end, issue 25: framework habits. A property set on the element before its module
// defines it (Angular's bindings, Vue's `.prop`, Astro, a lazy script) is an own property of
// the instance that would shadow the accessor; on upgrade the element takes it through the
// accessor, acts on it, and its own tabs and later changes keep working.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();

test('properties set before the element is defined are taken on upgrade, and keep working after', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route('**/upgrade.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><body><pingshan-infographic loading="eager"></pingshan-infographic>
      <script>
        const widget = document.querySelector('pingshan-infographic');
        widget.view = 'talent';
        widget.theme = 'dark';
        widget.lang = 'zh';
      </script></body></html>`,
  }));
  await page.goto(`${env.server.url}upgrade.html`);
  assert.equal(await page.evaluate(() => Object.hasOwn(document.querySelector('pingshan-infographic'), 'view')), true,
    'before the module, an own property');
  await page.evaluate(() => import('./pingshan-infographic.js'));
  await widgetReady(page);
  const state = await page.evaluate(() => {
    const widget = document.querySelector('pingshan-infographic');
    return {
      own: ['view', 'theme', 'lang'].filter((name) => Object.hasOwn(widget, name)),
      view: widget.view,
      attributes: [widget.getAttribute('view'), widget.getAttribute('theme'), widget.getAttribute('lang')],
      selected: widget.shadowRoot.querySelector('[role="tab"][aria-selected="true"]').textContent,
    };
  });
  assert.deepEqual(state, { own: [], view: 'talent', attributes: ['talent', 'dark', 'zh'], selected: '海归人才' });
  // The element's own tabs and a later property both still act.
  await page.locator('pingshan-infographic [role="tab"]').first().click();
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').view === 'companies');
  await page.evaluate(() => { document.querySelector('pingshan-infographic').view = 'output'; });
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').shadowRoot
    .querySelector('[role="tab"][aria-selected="true"]')?.textContent === '产值增长');
  assert.deepEqual(errors, []);
  await context.close();
});
