import { expect } from '@open-wc/testing';
import { Query, query } from '../../src/api/query.js';

/** Decoded for readability: the assertions compare what mu-cl-resources will parse. */
function decoded(q: Query): string {
  return decodeURIComponent(q.toString());
}

describe('Query', () => {
  it('builds a contains filter on an attribute and on a relationship path', () => {
    expect(decoded(query().contains('naam', 'Gent'))).to.equal('filter[naam]=Gent');
    expect(decoded(query().contains('form-data.types.label', 'budget'))).to.equal(
      'filter[form-data][types][label]=budget',
    );
  });

  it('builds :exact:, also behind relationships', () => {
    expect(decoded(query().exact('dossiernummer', 'AB-12'))).to.equal('filter[:exact:dossiernummer]=AB-12');
    expect(decoded(query().exact('status.label', 'Verzonden'))).to.equal('filter[status][:exact:label]=Verzonden');
  });

  it('builds :id: lists on the resource and on relationships', () => {
    expect(decoded(query().ids(['a', 'b']))).to.equal('filter[:id:]=a,b');
    expect(decoded(query().ids(['x1'], 'organization'))).to.equal('filter[organization][:id:]=x1');
    expect(decoded(query().ids(['t'], 'form-data.types'))).to.equal('filter[form-data][types][:id:]=t');
  });

  it('treats an empty id list as no filter and refuses ids with commas', () => {
    expect(query().ids([]).toString()).to.equal('');
    expect(() => query().ids(['a,b'])).to.throw(RangeError);
    expect(() => query().ids([''])).to.throw(RangeError);
  });

  it('builds :uri: filters', () => {
    const uri = 'http://data.lblod.info/id/bestuurseenheden/1';
    expect(query().uri(uri).toSearchParams().get('filter[:uri:]')).to.equal(uri);
    expect(query().uri(uri, 'organization').toSearchParams().get('filter[organization][:uri:]')).to.equal(uri);
  });

  it('builds every comparison, formatting dates', () => {
    const q = query()
      .gt('aantal-houders', 3)
      .gte('modified', new Date(2024, 0, 1))
      .lt('einde', new Date(Date.UTC(2025, 5, 30, 12, 30)))
      .lte('laatste-bericht.verzonden', '2024-12-31');
    const params = q.toSearchParams();
    expect(params.get('filter[:gt:aantal-houders]')).to.equal('3');
    expect(params.get('filter[:gte:modified]')).to.equal('2024-01-01');
    expect(params.get('filter[:lt:einde]')).to.equal('2025-06-30T12:30:00.000Z');
    expect(params.get('filter[laatste-bericht][:lte:verzonden]')).to.equal('2024-12-31');
  });

  it('refuses invalid dates and non-finite numbers', () => {
    expect(() => query().gt('start', new Date('nonsense'))).to.throw(RangeError);
    expect(() => query().gt('aantal-houders', Number.NaN)).to.throw(RangeError);
  });

  it('builds :has: and :has-no:', () => {
    expect(decoded(query().has('bijlagen'))).to.equal('filter[:has:bijlagen]=t');
    expect(decoded(query().hasNo('form-data.types'))).to.equal('filter[form-data][:has-no:types]=t');
  });

  it('builds an :or: group with mixed operators', () => {
    const q = query().or((any) => any.contains('betreft', 'budget').exact('dossiernummer', 'budget'));
    expect(decoded(q)).to.equal('filter[:or:][:exact:dossiernummer]=budget&filter[:or:][betreft]=budget');
  });

  it('replaces an earlier :or: group instead of merging', () => {
    const q = query()
      .or((any) => any.contains('a', '1'))
      .or((any) => any.contains('b', '2'));
    expect(decoded(q)).to.equal('filter[:or:][b]=2');
  });

  it('builds sort keys with direction, relationship paths and :no-case:', () => {
    const q = query()
      .sort('laatste-bericht.verzonden', 'desc')
      .sort('naam', 'asc', { noCase: true })
      .sort('achternaam', 'desc', { noCase: true });
    expect(q.toSearchParams().get('sort')).to.equal('-laatste-bericht.verzonden,:no-case:naam,-:no-case:achternaam');
  });

  it('moves a re-added sort field to the end with its new direction', () => {
    const q = query().sort('modified').sort('naam').sort('modified', 'desc');
    expect(q.toSearchParams().get('sort')).to.equal('naam,-modified');
  });

  it('builds include and sparse fieldsets without duplicates', () => {
    const q = query()
      .include('status', 'form-data.types')
      .include('status')
      .fields('submissions', ['modified', 'sent-date', 'modified']);
    const params = q.toSearchParams();
    expect(params.get('include')).to.equal('form-data.types,status');
    expect(params.get('fields[submissions]')).to.equal('modified,sent-date');
  });

  it('builds zero-based paging and reports the page asked for', () => {
    const q = query().page(2, 50);
    expect(decoded(q)).to.equal('page[number]=2&page[size]=50');
    expect(q.pageInfo).to.deep.equal({ number: 2, size: 50 });
    expect(q.page(3).pageInfo).to.deep.equal({ number: 3, size: 50 });
    expect(query().pageInfo).to.deep.equal({ number: 0, size: 20 });
  });

  it('refuses negative or fractional pages and empty sizes', () => {
    expect(() => query().page(-1)).to.throw(RangeError);
    expect(() => query().page(1.5)).to.throw(RangeError);
    expect(() => query().page(0, 0)).to.throw(RangeError);
  });

  it('gives the same string for the same query built in another order', () => {
    const a = query().contains('naam', 'x').exact('status', 'y').include('b', 'a').page(0, 10);
    const b = query().page(0, 10).include('a', 'b').exact('status', 'y').contains('naam', 'x');
    expect(a.toString()).to.equal(b.toString());
    expect(decoded(a)).to.equal('filter[:exact:status]=y&filter[naam]=x&include=a,b&page[number]=0&page[size]=10');
  });

  it('escapes values so they cannot break out of their parameter', () => {
    const q = query().contains('naam', 'a&page[size]=1000 #=?');
    const params = new URLSearchParams(q.toString());
    expect([...params.keys()]).to.deep.equal(['filter[naam]']);
    expect(params.get('filter[naam]')).to.equal('a&page[size]=1000 #=?');
  });

  it('refuses computed names that would break the syntax', () => {
    const hostile: string = 'naam][x';
    expect(() => query().contains(hostile, 'x')).to.throw(RangeError);
    expect(() => query().sort(hostile)).to.throw(RangeError);
    expect(() => query().include('a,b')).to.throw(RangeError);
    expect(() => query().fields('x y', ['a'])).to.throw(RangeError);
    expect(() => query().contains('', 'x')).to.throw(RangeError);
  });

  it('refuses literal names with brackets or commas at compile time too', () => {
    // @ts-expect-error: a bracket cannot be part of a field path
    expect(() => query().contains('naam][x', 'x')).to.throw(RangeError);
    // @ts-expect-error: a comma cannot be part of a relationship path
    expect(() => query().ids(['a'], 'a,b')).to.throw(RangeError);
  });

  it('treats an empty contains value as no filter', () => {
    expect(query().contains('naam', 'x').contains('naam', '').toString()).to.equal('');
  });

  it('never changes the query it was derived from', () => {
    const base = query().contains('naam', 'x');
    base.page(4).sort('naam').include('status').or((any) => any.has('a'));
    expect(decoded(base)).to.equal('filter[naam]=x');
  });

  it('builds mu-search full-text filters', () => {
    const q = query().search(['name.nl^5', 'description.nl^2', 'thematicAreas.label'], 'afval');
    expect(decoded(q)).to.equal('filter[:sqs:name.nl^5,description.nl^2,thematicAreas.label]=afval');
    expect(query().search(['name.nl'], '  ').toString()).to.equal('');
    expect(() => query().search(['name]'], 'x')).to.throw(RangeError);
  });

  it('gives `new Query()` and `query()` the same empty start', () => {
    expect(new Query().toString()).to.equal('');
    expect(query().toString()).to.equal('');
  });
});
