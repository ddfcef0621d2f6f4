// The README's Preact 10 recipe: Vite's own JSX transform, told to import Preact's runtime
// (no plugin needed for a build).
export default { oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } }, logLevel: 'error' };
