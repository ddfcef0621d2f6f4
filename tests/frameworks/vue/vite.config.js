import vue from '@vitejs/plugin-vue';

// The README's Vue 3 recipe: the compiler is told the tag is a custom element.
export default {
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'pingshan-infographic' } } })],
  logLevel: 'error',
};
