// A rollup plugin for the CDN bundles: squeezes the whitespace and comments out of Lit's `css`
// and `html` template literals, which a JS minifier leaves alone. Only the static parts of a
// template change (never `${…}` expressions), and only in ways that render the same:
//  - css: comments dropped, whitespace runs collapsed, spaces around { } ; , > removed, and after
//    a property's colon and around * and / (never inside quoted strings);
//  - html: a whitespace run containing a line break becomes one space (HTML renders both alike;
//    our templates have no <pre> or <textarea> content written across lines).
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

export function minifyCss(text) {
  // Quoted strings (`content: ': '`) are kept as written; only the parts between them are squeezed.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) => (index % 2 ? part : squeezeCss(part)))
    .join('')
    .replace(/;}/g, '}');
}

function squeezeCss(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;])([-\w]+):\s+/g, '$1$2:') // `{color: red` -> `{color:red`; selectors have no space after `:`
    .replace(/([\d)%])\s([*/])\s(?=[\d(v])/g, '$1$2') // `calc(a * 2)`, `rgb(0 0 0 / 18%)`; not `.a * .b`
    .replace(/\s+!important/g, '!important');
}

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

export default function minifyLiterals() {
  return {
    name: 'loket-minify-literals',
    transform(code, id) {
      if (!/\b(css|html)`/.test(code) || id.includes('node_modules')) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      let changed = false;
      walk(ast, {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const minify = node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' ? minifyHtml : undefined;
          if (!minify) return;
          for (const quasi of node.quasi.quasis) {
            const raw = quasi.value.raw;
            const small = minify(raw);
            if (small !== raw && quasi.end > quasi.start) {
              out.overwrite(quasi.start, quasi.end, small);
              changed = true;
            }
          }
        },
      });
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
