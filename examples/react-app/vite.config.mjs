// React 19 needs no Vite plugin for this app: Vite's esbuild compiles the JSX (automatic runtime).
// `loket-elements` and `loket-elements/react` resolve like in any app; here, inside this repo, Vite
// finds them through the package's own `exports` (self-reference) in the built `dist/`.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
});
