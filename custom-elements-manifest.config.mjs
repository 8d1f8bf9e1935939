import { readFileSync } from 'node:fs';

// The analyzer finds elements registered with `customElements.define`; ours register through
// `defineElement(tag, Class)` (src/define.ts, which never throws on a second copy), so this plugin
// teaches it that call.
function defineElementPlugin() {
  return {
    name: 'loket-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg)) return;
      const className = classArg.getText();
      const declaration = moduleDoc.declarations?.find((d) => d.name === className);
      if (!declaration) return;
      declaration.tagName = tagArg.text;
      declaration.customElement = true;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, module: moduleDoc.path } },
      ];
    },
  };
}

// Every widget honours the shared theme tokens documented once in src/theme.ts (`@cssprop`).
function themeTokensPlugin() {
  const source = readFileSync(new URL('./src/theme.ts', import.meta.url), 'utf8');
  const tokens = [...source.matchAll(/@cssprop (--[\w-]+) - (.+)/g)].map(([, name, description]) => ({ name, description }));
  return {
    name: 'loket-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName || declaration.tagName === 'loket-provider') continue;
          const own = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts', 'src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.messages.ts'],
  litelement: true,
  outdir: '.',
  plugins: [defineElementPlugin(), themeTokensPlugin()],
};
