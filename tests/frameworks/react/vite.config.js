import react from '@vitejs/plugin-react';

// `vite build --outDir dist/client` for the browser, `vite build --ssr src/entry-server.jsx
// --outDir dist/server` for the server render (prerender.mjs); nothing else is needed.
export default { plugins: [react()], logLevel: 'error' };
