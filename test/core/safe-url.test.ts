import { expect } from '@open-wc/testing';
import { fillUrlTemplate, safeHttpUrl } from '../../src/safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://www.vlaanderen.be/loket')).to.equal('https://www.vlaanderen.be/loket');
    expect(safeHttpUrl('  http://example.org  ')).to.equal('http://example.org/');
  });

  it('drops script, data and other schemes, also when disguised', () => {
    for (const hostile of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'mailto:a@b.be']) {
      expect(safeHttpUrl(hostile), hostile).to.equal(undefined);
    }
  });

  it('drops what is not a string or empty, and resolves relative URLs against the base', () => {
    expect(safeHttpUrl(42)).to.equal(undefined);
    expect(safeHttpUrl('')).to.equal(undefined);
    expect(safeHttpUrl('/dossiers/1', 'https://loket.example/app/')).to.equal('https://loket.example/dossiers/1');
  });
});

describe('fillUrlTemplate', () => {
  it('fills and encodes placeholders', () => {
    expect(fillUrlTemplate('https://loket.example/dossiers/{id}', { id: 'a b/c' })).to.equal('https://loket.example/dossiers/a%20b%2Fc');
  });

  it('refuses a template that is not http(s)', () => {
    expect(fillUrlTemplate('javascript:alert({id})', { id: '1' })).to.equal(undefined);
  });
});
