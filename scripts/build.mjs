// `npm run build`: the ES modules for npm and the CDN bundles (rollup), the type declarations (tsc)
// and custom-elements.json (the analyzer). Steps run in order; the first failure stops the build.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['rollup', ['-c', 'rollup.config.mjs', '--silent']],
  ['tsc', ['-p', 'tsconfig.build.json']],
  ['npm', ['run', '--silent', 'analyze']],
];

rmSync('dist', { recursive: true, force: true });
for (const [command, args] of steps) {
  const bin = command === 'npm' ? 'npm' : `node_modules/.bin/${command}`;
  const result = spawnSync(bin, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('build: dist/ (npm modules), dist/cdn/ (script-tag bundles), dist/types/, custom-elements.json');
