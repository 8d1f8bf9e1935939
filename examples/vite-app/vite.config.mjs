// Nothing to configure: `loket-elements/*` resolves like in any app that installed the package.
// Inside this repo, Vite finds it through the package's own `exports` (self-reference), so the
// imports load the built `dist/` (run `npm run build` first), exactly the files npm would install.
import { defineConfig } from 'vite';

export default defineConfig({});
