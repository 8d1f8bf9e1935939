/**
 * The sites of the contact section: address (with a link to the address register), and each
 * contact point's e-mail, telephone, fax and website. Only a user with the contact data's role
 * sees them, so this is a chunk of its own, loaded together with the data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { loadLanguage, translate } from '../../src/i18n/translate.js';
import { addStyles } from '../../src/add-styles.js';
import type { ContactPoint, Site, Source } from '../../src/profile/model.js';
import { contactsMessages, type ContactsMessageKey } from './contacts.messages.js';
import { field, sourceLine } from './view.js';
import type { ViewContext } from './sections.js';

import { contactsStyles } from './contacts-view.styles.js';

/** The section's styles in the widget, and its texts in `lang`, before it first shows (and when the language changes). */
export function ready(host: { readonly renderRoot: HTMLElement | DocumentFragment }, lang: Lang): Promise<void> | undefined {
  addStyles(host, contactsStyles);
  return loadLanguage(contactsMessages, lang);
}

const t = (context: ViewContext, key: ContactsMessageKey) => translate(contactsMessages, context.lang, key);

function addressText(site: Site): string {
  const address = site.address;
  if (!address) return '';
  if (address.full) return address.full;
  const street = [address.street, address.number, address.box].filter(Boolean).join(' ');
  const place = [address.postcode, address.municipality].filter(Boolean).join(' ');
  return [street, place, address.country].filter(Boolean).join(', ');
}

function contactRows(context: ViewContext, contact: ContactPoint, source: Source): TemplateResult[] {
  const rows: TemplateResult[] = [];
  const add = (name: 'email' | 'telephone' | 'fax' | 'website', shown?: TemplateResult) => {
    const value = contact[name];
    if (value) rows.push(field(context, { field: `contact:${contact.id}:${name}`, label: t(context, name), value, source }, shown, nothing, false));
  };
  add('email');
  add('telephone');
  add('fax');
  if (contact.website) add('website', html`<a href=${contact.website} target="_blank" rel="noopener noreferrer" part="website">${contact.website}</a>`);
  return rows;
}

const CONTACT_LABEL: Record<string, ContactsMessageKey> = { Primary: 'contactPrimary', Secondary: 'contactSecondary' };

function renderSite(context: ViewContext, site: Site): TemplateResult {
  const title = [site.typeLabel, site.name].filter(Boolean).join(': ');
  const address = addressText(site);
  const register = site.address?.registerUri;
  const map = register
    ? html` <a class="map" href=${register} target="_blank" rel="noopener noreferrer" part="map-link">${t(context, 'mapLink')}<span class="visually-hidden"> (${address})</span></a>`
    : nothing;
  const addressSource: Source = register ? { ...site.source, register: 'adressenregister' } : site.source;
  return html`<li class="site ${site.primary ? 'primary' : ''}" part="site">
    ${title || site.primary ? html`<p class="site-title">${title}${site.primary ? html` <span class="badge" part="primary">${t(context, 'primarySite')}</span>` : nothing}</p>` : nothing}
    <dl class="fields">
      ${address || site.source.app === 'contactgegevens' ? field(context, { field: `site:${site.id}:address`, label: t(context, 'address'), value: address, source: addressSource }, undefined, map) : nothing}
    </dl>
    ${site.contacts.map(
      (contact) => html`<div class="contact" part="contact-point">
        <p class="contact-title">${t(context, CONTACT_LABEL[contact.type ?? ''] ?? 'contactOther')}</p>
        <dl class="fields">${contactRows(context, contact, site.source)}</dl>
        ${sourceLine(context, site.source)}
      </div>`,
    )}
  </li>`;
}

export function renderSites(context: ViewContext, sites: Site[]): TemplateResult {
  if (!sites.length) return html`<p class="empty" part="empty">${t(context, 'noContacts')}</p>`;
  return html`<ul class="sites" part="sites">${sites.map((site) => renderSite(context, site))}</ul>`;
}
