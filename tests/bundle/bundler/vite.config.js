import wasm from 'vite-plugin-wasm';

export default {
  logLevel: 'warn',
  plugins: [wasm()],
  build: { target: 'es2022' }, // top-level await
};
