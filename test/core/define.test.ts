import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/define.js';

describe('defineElement', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    expect(defineElement('loket-define-a', First)).to.equal(true);
    expect(customElements.get('loket-define-a')).to.equal(First);
  });

  it('warns and keeps the first definition when a tag is defined twice, without throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('loket-define-b', First);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('loket-define-b', Second)).not.to.throw();
      expect(defineElement('loket-define-b', Second)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('loket-define-b')).to.equal(First);
    expect(warnings.length).to.equal(2);
    expect(String(warnings[0]![0])).to.contain('<loket-define-b> is already defined');
  });

  it('stays silent when the same class is registered again (one module imported twice)', () => {
    class Only extends HTMLElement {}
    defineElement('loket-define-c', Only);
    const original = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      expect(defineElement('loket-define-c', Only)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warned).to.equal(false);
  });
});
