import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import { PUBLICATION } from '../../src/mandates/codes.js';
import { $, $$, COLUMN, button, changeElsewhere, dialog, editor, fakeLoket, focused, lmb, lmbChanged, messageOf, rowOf, rows, selectBody, setValue, storedMandataris, writes } from './helpers.js';

async function openPublication(el: LoketMandateEditor, person: string, functie?: string): Promise<HTMLDialogElement> {
  const opener = button(rowOf(el, person, functie), 'Publicatiestatus wijzigen');
  opener.focus();
  opener.click();
  await waitUntil(() => dialog(el, 'publication-dialog').open, 'publication dialog did not open');
  return dialog(el, 'publication-dialog');
}

const options = (box: HTMLDialogElement) => [...box.querySelectorAll('input[name="publication"]')].map((input) => input.parentElement!.textContent!.trim());
const choose = (box: HTMLDialogElement, label: string) => {
  const input = [...box.querySelectorAll<HTMLInputElement>('input[name="publication"]')].find((candidate) => candidate.parentElement!.textContent!.trim() === label)!;
  input.checked = true;
  input.dispatchEvent(new Event('change'));
};

describe('<loket-mandate-editor>: the publication status, as LMB lets it be set', () => {
  beforeEach(() => localStorage.clear());

  it('a Draft: Niet bekrachtigd, Draft and Bekrachtigd to choose from; Niet bekrachtigd is one PATCH', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const draft = rows(el).find((row) => row[COLUMN.publication] === 'Draft')![COLUMN.person]!;
    const box = await openPublication(el, draft);
    expect(options(box)).to.deep.equal(['Draft', 'Niet bekrachtigd', 'Bekrachtigd']);
    await expect(box).to.be.accessible();
    choose(box, 'Niet bekrachtigd');
    await el.updateComplete;
    const saved = oneEvent(el, 'loket-mandate-save');
    button(box, 'Bewaren').click();
    const { detail } = await saved;
    expect(detail.action).to.equal('publication');
    expect(detail.mandataris.publicationStatus!.id).to.equal(PUBLICATION.nietBekrachtigd);
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
    await waitUntil(() => rowOf(el, draft, 'Gemeenteraadslid').children[COLUMN.publication]!.textContent!.trim() === 'Niet bekrachtigd');
    await waitUntil(() => focused(el)?.getAttribute('data-focus') === `publication-${detail.mandataris.id}`, 'focus did not return');
  });

  it('Bekrachtigd needs the link to the besluit: first that PATCH, then the status', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = rows(el).find((row) => row[COLUMN.publication] === 'Niet bekrachtigd')![COLUMN.person]!;
    const box = await openPublication(el, name, 'Gemeenteraadslid');
    expect(options(box)).to.deep.equal(['Niet bekrachtigd', 'Bekrachtigd']);
    choose(box, 'Bekrachtigd');
    await el.updateComplete;
    button(box, 'Bewaren').click();
    await el.updateComplete;
    expect(messageOf(el, 'link')).to.equal('Dit veld is verplicht.');
    await waitUntil(() => focused(el)?.id === 'f-link');
    setValue($<HTMLInputElement>(el, '#f-link')!, 'javascript:alert(1)');
    button(box, 'Bewaren').click();
    await el.updateComplete;
    expect(messageOf(el, 'link')).to.equal('Vul een link in die met http:// of https:// begint.');
    expect($<HTMLInputElement>(el, '#f-link')!.getAttribute('aria-invalid')).to.equal('true');
    expect(writes(fake)).to.deep.equal([]);
    setValue($<HTMLInputElement>(el, '#f-link')!, 'https://publicatie.gelinkt-notuleren.vlaanderen.be/Aalst/Gemeente/zittingen/1/notulen');
    const saved = oneEvent(el, 'loket-mandate-save');
    button(box, 'Bewaren').click();
    const { detail } = await saved;
    expect(detail.mandataris.publicationStatus!.label).to.equal('Bekrachtigd');
    expect(detail.mandataris.linkToBesluit).to.equal('https://publicatie.gelinkt-notuleren.vlaanderen.be/Aalst/Gemeente/zittingen/1/notulen');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id', 'PATCH /mandatarissen/:id']);
  });

  it('a Bekrachtigd mandataris is locked, with LMB\'s reason', async () => {
    const el = await editor();
    const name = rows(el).find((row) => row[COLUMN.publication] === 'Bekrachtigd')![COLUMN.person]!;
    const box = await openPublication(el, name, 'Gemeenteraadslid');
    expect($(el, '[part="publication-lock"]')!.textContent).to.contain('technische dienst');
    expect(options(box)).to.deep.equal([]);
    expect([...box.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Sluiten']);
    await expect(box).to.be.accessible();
  });

  it('a Niet bekrachtigd burgemeester is bekrachtigd only through a benoeming', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    await selectBody(el, 'College');
    const name = rows(el).find((row) => row[COLUMN.functie] === 'Burgemeester')![COLUMN.person]!;
    storedMandataris(fake, name, 'Burgemeester');
    for (const record of lmb(fake, 'mandatarissen').values()) {
      if (record.owner === FIRST_GEMEENTE_ID && record.relationships['is-bestuurlijke-alias-van'] === storedMandataris(fake, name, 'Burgemeester').relationships['is-bestuurlijke-alias-van']) {
        record.relationships['publication-status'] = PUBLICATION.nietBekrachtigd;
      }
    }
    lmbChanged(fake);
    await selectBody(el, 'Gemeenteraad');
    await selectBody(el, 'College');
    await openPublication(el, name, 'Burgemeester');
    expect($(el, '[part="publication-lock"]')!.textContent).to.equal('Een burgemeester kan enkel bekrachtigd worden via een benoeming.');
  });

  it('decides by id and URI, never by label: the pre-2025 label "Effectief" changes nothing', async () => {
    const fake = fakeLoket();
    lmb(fake, 'mandataris-publication-status-codes').get(PUBLICATION.nietBekrachtigd)!.attributes['label'] = 'Effectief';
    lmbChanged(fake);
    const el = await editor(fake);
    const row = rows(el).find((r) => r[COLUMN.publication] === 'Effectief')!;
    const box = await openPublication(el, row[COLUMN.person]!, row[COLUMN.functie]);
    expect(options(box)).to.deep.equal(['Effectief', 'Bekrachtigd']);
    expect($$(el, '[part="publication-lock"]')).to.have.length(0);
  });

  it('re-reads first: a status changed elsewhere is shown before anything is written', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const draft = rows(el).find((row) => row[COLUMN.publication] === 'Draft')![COLUMN.person]!;
    const box = await openPublication(el, draft);
    choose(box, 'Niet bekrachtigd');
    changeElsewhere(fake, storedMandataris(fake, draft, 'Gemeenteraadslid').id, (record) => {
      record.attributes['einde'] = '2027-01-01T22:59:59.999Z';
    });
    button(box, 'Bewaren').click();
    await waitUntil(() => dialog(el, 'conflict-dialog').open, 'no conflict');
    expect($(el, '[part="conflict-table"]')!.textContent).to.contain('1/01/2027');
    expect(writes(fake)).to.deep.equal([]);
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'conflict-dialog'), 'Toch doorgaan').click();
    expect((await saved).detail.action).to.equal('publication');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
  });

  it('works with the keyboard alone: open, choose with the arrows, save, and focus comes back', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const draft = rows(el).find((row) => row[COLUMN.publication] === 'Draft')![COLUMN.person]!;
    const opener = button(rowOf(el, draft, 'Gemeenteraadslid'), 'Publicatiestatus wijzigen');
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el, 'publication-dialog').open, 'Enter did not open the dialog');
    const radios = $$<HTMLInputElement>(el, '#publication-dialog input[name="publication"]');
    await waitUntil(() => radios.includes(el.shadowRoot!.activeElement as HTMLInputElement), 'focus is not on the choice');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios.find((radio) => radio.checked)!.parentElement!.textContent!.trim()).to.equal('Niet bekrachtigd');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Bewaren');
    const saved = oneEvent(el, 'loket-mandate-save');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.mandataris.publicationStatus!.id).to.equal(PUBLICATION.nietBekrachtigd);
    await waitUntil(() => focused(el)?.getAttribute('data-focus')?.startsWith('publication-'), 'focus did not come back to the row');
  });
});
