import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import minifyLiterals, { minifyCss, minifyHtml } from '../../scripts/minify-literals.mjs';

test('css: drops comments and the whitespace a browser ignores, keeps what matters', () => {
  const css = `
    /* why */
    :host {
      color: var(--_text);
      margin: calc(var(--_space) * 2) 0;
    }
    .a > .b,
    .c :focus-visible { outline: 3px solid red; }
  `;
  assert.equal(
    minifyCss(css),
    ' :host{color:var(--_text);margin:calc(var(--_space)*2) 0}.a>.b,.c :focus-visible{outline:3px solid red}',
  );
});

test('css: leaves quoted strings, pseudo-classes and the spaces + and - need alone', () => {
  assert.equal(
    minifyCss(`.a::before { content: attr(data-label) ': ' ; } a:hover { width: calc(100% - 2px); color: rgb(0 0 0 / 18%) !important; } .b * .c { margin: 0 }`),
    `.a::before{content:attr(data-label) ': '}a:hover{width:calc(100% - 2px);color:rgb(0 0 0/18%)!important}.b * .c{margin:0}`,
  );
});

test('html: a line break and its indentation become one space', () => {
  assert.equal(minifyHtml('<p>\n      <b>a</b>\n      text\n    </p>'), '<p> <b>a</b> text </p>');
  assert.equal(minifyHtml('<span>a</span> <span>b</span>'), '<span>a</span> <span>b</span>');
});

test('the rollup plugin rewrites only the static parts of css and html templates', async () => {
  const source = [
    'const css = (s, ...v) => s.raw.join("|");',
    'const html = (s, ...v) => s.raw.join("|");',
    'const other = (s) => s.raw.join("|");',
    'export const a = css`\n  .x {\n    color: ${"red"};\n  }\n`;',
    'export const b = html`<p>\n  ${"x"}\n</p>`;',
    'export const c = other`keep   \n   this`;',
  ].join('\n');
  const bundle = await rollup({
    input: 'entry',
    plugins: [{ name: 'virtual', resolveId: (id) => id, load: () => source }, minifyLiterals()],
  });
  const { output } = await bundle.generate({ format: 'es' });
  const code = output[0].code;
  assert.match(code, /css` \.x\{color:\$\{"red"\}\}`/);
  assert.match(code, /html`<p> \$\{"x"\} <\/p>`/);
  assert.match(code, /other`keep {3}\n {3}this`/);
});
