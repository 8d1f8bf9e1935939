// Two builds from the same sources:
//  (a) npm: one ES module per entry, dependencies (Lit, ky, …) left as imports for the host's bundler;
//  (b) cdn: one self-contained, minified ES module per entry for <script type="module" src=…>.
//      Each CDN entry is built on its own so it carries everything it needs; only code loaded on
//      demand with import() (e.g. the virtualizer, the HTML sanitiser) becomes a separate chunk.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import pkg from './package.json' with { type: 'json' };
import minifyLiterals from './scripts/minify-literals.mjs';

export const entries = {
  index: 'components/index.ts',
  provider: 'components/provider/provider.ts',
  'service-finder': 'components/service-finder/service-finder.ts',
  'dossier-list': 'components/dossier-list/dossier-list.ts',
  'notification-bell': 'components/notification-bell/notification-bell.ts',
  'mandate-editor': 'components/mandate-editor/mandate-editor.ts',
  inbox: 'components/inbox/inbox.ts',
  'bestuur-profile': 'components/bestuur-profile/bestuur-profile.ts',
};

/** CDN file names: the all-in-one bundle is `loket-elements.js`. */
const cdnName = (name) => (name === 'index' ? 'loket-elements' : name);

const dependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });

const npmBuild = {
  input: { ...entries, react: 'components/react.ts' },
  external: (id) => isExternal(id) || id === 'react' || id.startsWith('react/'),
  plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), typescript()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
};

const cdnBuilds = Object.entries(entries).map(([name, input]) => ({
  input: { [cdnName(name)]: input },
  // The entry file may also export what its import() chunks share with it. Without this, rollup
  // puts everything in a chunk behind a one-line facade: one more request before a widget starts.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({ extensions: ['.ts', '.js'], browser: true }),
    typescript(),
    minifyLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
}));

export default [npmBuild, ...cdnBuilds];
