/**
 * Enough Turtle for the form-content service's `contentTtl` (FCS parses it with N3.js,
 * `form-validator.ts`): `@prefix`/`PREFIX`, IRIs, prefixed names, `a`, `;` and `,` lists, blank
 * nodes `[ … ]` and `_:x`, and literals (quoted, long-quoted, `^^type`, `@lang`, numbers,
 * booleans). What it cannot read throws a `TurtleError` whose message the service answers with,
 * as FCS answers a parser error (500 `{"errors":[{"title":"<message>"}]}`).
 */

export type Term = { kind: 'iri'; value: string } | { kind: 'blank'; value: string } | { kind: 'literal'; value: string; datatype?: string; language?: string };

export interface Triple {
  subject: Term;
  predicate: string;
  object: Term;
}

export class TurtleError extends Error {}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

export function parseTurtle(text: string): Triple[] {
  return new Parser(text).document();
}

class Parser {
  private position = 0;
  private readonly prefixes = new Map<string, string>();
  private blanks = 0;
  private readonly out: Triple[] = [];

  constructor(private readonly text: string) {}

  document(): Triple[] {
    for (;;) {
      this.skip();
      if (this.position >= this.text.length) return this.out;
      if (this.peekWord('@prefix')) this.prefix(true);
      else if (this.peekWord('PREFIX', true)) this.prefix(false);
      else {
        const subject = this.subject();
        this.skip();
        // `[ … ] .` on its own is a complete statement.
        if (!(subject.kind === 'blank' && this.text[this.position] === '.')) this.predicateObjects(subject);
        this.expect('.');
      }
    }
  }

  private fail(what: string): never {
    const line = this.text.slice(0, this.position).split('\n').length;
    throw new TurtleError(`${what} on line ${line}.`);
  }

  private skip(): void {
    for (;;) {
      const rest = /^(?:\s+|#[^\n]*)/.exec(this.text.slice(this.position));
      if (!rest) return;
      this.position += rest[0].length;
    }
  }

  private peekWord(word: string, caseless = false): boolean {
    const next = this.text.slice(this.position, this.position + word.length);
    return (caseless ? next.toUpperCase() === word : next === word) && /\s/.test(this.text[this.position + word.length] ?? '');
  }

  private expect(char: string): void {
    this.skip();
    if (this.text[this.position] !== char) this.fail(`Expected "${char}" but found "${this.text[this.position] ?? 'the end'}"`);
    this.position++;
  }

  private prefix(at: boolean): void {
    this.position += at ? 7 : 6;
    this.skip();
    const name = /^([A-Za-z][\w.-]*)?:/.exec(this.text.slice(this.position));
    if (!name) this.fail('Expected a prefix name');
    this.position += name[0].length;
    this.skip();
    this.prefixes.set(name[1] ?? '', this.iriRef());
    if (at) this.expect('.');
  }

  private iriRef(): string {
    const match = /^<([^<>"{}|^`\\\s]*)>/.exec(this.text.slice(this.position));
    if (!match) this.fail('Expected an IRI');
    this.position += match[0].length;
    return match[1]!;
  }

  private prefixed(): string {
    const match = /^([A-Za-z][\w.-]*)?:((?:[\w-]|%[0-9A-Fa-f]{2})(?:[\w.-]|%[0-9A-Fa-f]{2})*)?/.exec(this.text.slice(this.position));
    if (!match) this.fail('Expected an IRI or prefixed name');
    const base = this.prefixes.get(match[1] ?? '');
    if (base === undefined) this.fail(`Undefined prefix "${match[1] ?? ''}:"`);
    let local = match[2] ?? '';
    // A name cannot end in a dot: that dot ends the statement.
    while (local.endsWith('.')) local = local.slice(0, -1);
    this.position += (match[1] ?? '').length + 1 + local.length;
    return base + local;
  }

  private iri(): string {
    return this.text[this.position] === '<' ? this.iriRef() : this.prefixed();
  }

  private subject(): Term {
    this.skip();
    const char = this.text[this.position];
    if (char === '[') return this.blankNode();
    if (char === '_') return this.blankLabel();
    return { kind: 'iri', value: this.iri() };
  }

  private blankLabel(): Term {
    const match = /^_:([\w-]+)/.exec(this.text.slice(this.position));
    if (!match) this.fail('Expected a blank node label');
    this.position += match[0].length;
    return { kind: 'blank', value: match[1]! };
  }

  private blankNode(): Term {
    this.position++;
    const node: Term = { kind: 'blank', value: `b${++this.blanks}` };
    this.skip();
    if (this.text[this.position] !== ']') this.predicateObjects(node);
    this.expect(']');
    return node;
  }

  private predicateObjects(subject: Term): void {
    for (;;) {
      this.skip();
      const predicate = this.text[this.position] === 'a' && /[\s<"[_]/.test(this.text[this.position + 1] ?? '') ? ((this.position += 1), RDF_TYPE) : this.iri();
      for (;;) {
        this.out.push({ subject, predicate, object: this.object() });
        this.skip();
        if (this.text[this.position] !== ',') break;
        this.position++;
      }
      this.skip();
      if (this.text[this.position] !== ';') return;
      while (this.text[this.position] === ';') {
        this.position++;
        this.skip();
      }
      // A trailing `;` before the end of the statement or the node.
      if (this.text[this.position] === '.' || this.text[this.position] === ']') return;
    }
  }

  private object(): Term {
    this.skip();
    const rest = this.text.slice(this.position);
    const char = rest[0];
    if (char === '[') return this.blankNode();
    if (char === '_') return this.blankLabel();
    if (char === '"' || char === "'") return this.literal();
    const number = /^[+-]?(?:\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+)/.exec(rest);
    if (number) {
      this.position += number[0].length;
      const datatype = /[eE]/.test(number[0]) ? 'double' : number[0].includes('.') ? 'decimal' : 'integer';
      return { kind: 'literal', value: number[0], datatype: XSD + datatype };
    }
    const boolean = /^(true|false)\b/.exec(rest);
    if (boolean) {
      this.position += boolean[0].length;
      return { kind: 'literal', value: boolean[1]!, datatype: `${XSD}boolean` };
    }
    return { kind: 'iri', value: this.iri() };
  }

  private literal(): Term {
    const quote = this.text[this.position]!;
    const long = this.text.startsWith(quote.repeat(3), this.position);
    const delimiter = long ? quote.repeat(3) : quote;
    this.position += delimiter.length;
    let value = '';
    for (;;) {
      if (this.position >= this.text.length) this.fail('Unterminated literal');
      if (this.text.startsWith(delimiter, this.position)) break;
      const char = this.text[this.position]!;
      if (!long && (char === '\n' || char === '\r')) this.fail('Unexpected line break in a literal');
      if (char === '\\') {
        value += this.escape();
        continue;
      }
      value += char;
      this.position++;
    }
    this.position += delimiter.length;
    if (this.text[this.position] === '@') {
      const language = /^@([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)/.exec(this.text.slice(this.position));
      if (!language) this.fail('Expected a language tag');
      this.position += language[0].length;
      return { kind: 'literal', value, language: language[1]!.toLowerCase() };
    }
    if (this.text.startsWith('^^', this.position)) {
      this.position += 2;
      return { kind: 'literal', value, datatype: this.iri() };
    }
    return { kind: 'literal', value };
  }

  private escape(): string {
    const next = this.text[this.position + 1];
    const simple: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };
    if (next && next in simple) {
      this.position += 2;
      return simple[next]!;
    }
    const unicode = /^\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(this.text.slice(this.position));
    if (!unicode) this.fail('Invalid escape in a literal');
    this.position += unicode[0].length;
    return String.fromCodePoint(Number.parseInt(unicode[1] ?? unicode[2]!, 16));
  }
}

/** A graph to walk: the objects of a subject for a predicate. */
export class Graph {
  private readonly bySubject = new Map<string, Triple[]>();

  constructor(readonly triples: Triple[]) {
    for (const triple of triples) {
      const key = keyOf(triple.subject);
      const list = this.bySubject.get(key) ?? [];
      list.push(triple);
      this.bySubject.set(key, list);
    }
  }

  objects(subject: Term, predicate: string): Term[] {
    return (this.bySubject.get(keyOf(subject)) ?? []).filter((triple) => triple.predicate === predicate).map((triple) => triple.object);
  }

  has(subject: Term, predicate: string, object: Term): boolean {
    return this.objects(subject, predicate).some((candidate) => keyOf(candidate) === keyOf(object));
  }
}

export const keyOf = (term: Term): string => `${term.kind}:${term.value}`;
export const iri = (value: string): Term => ({ kind: 'iri', value });
