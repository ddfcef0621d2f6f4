// What a server runtime gets for `import 'pingshan-infographic'` (Node, Deno, Bun and edge
// workers: the package's `node`, `deno`, `bun`, `worker`, `workerd` and `edge-light`
// conditions, which server rendering in Next.js, Nuxt, SvelteKit and Astro resolves). The element
// needs a browser's DOM and defines itself when imported, so this module defines nothing and
// throws nothing; the browser imports the element itself when the page loads or hydrates, and
// the server's HTML (`<pingshan-infographic view="…">`, its fallback content) upgrades then.
export const PingshanInfographic = undefined;

/** In the browser, hands the element its wasm bindings; on a server, nothing to hand them to. */
export function useBindings() {}

/** In the browser, where the wasm is served; on a server, nothing to load. */
export function configure() {}
