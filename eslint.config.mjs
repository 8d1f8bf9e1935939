import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'storybook-static/', 'custom-elements.json', '.demo-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.object.name="customElements"][callee.property.name="define"]', message: 'Use defineElement() from src/define.ts.' },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/*.mjs', '*.mjs', 'demo/**/*.mjs', 'test/demo/**', 'test/build/**', 'test/examples/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**', 'components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/fake-loket/**', '**/demo/**', '**/stories/**', '**/test/**'] }],
    },
  },
  {
    // The arrows point one way: widgets use the core, never the other way round (DESIGN.md).
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/components/**', '**/fake-loket/**', '**/demo/**', '**/stories/**', '**/test/**'] }],
    },
  },
  {
    files: ['test/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
