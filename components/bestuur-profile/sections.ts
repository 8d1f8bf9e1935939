/**
 * The profile's frame, shared by the element and its view chunk (view.ts): a section with its
 * heading, the placeholder while a section loads, and the types the view renders from. The element
 * shows its sections with these while the view chunk is on its way, so they stay in the entry.
 */
import { html, type nothing, type TemplateResult } from 'lit';
import type { Module } from '../../src/access.js';
import type { LoketError } from '../../src/api/errors.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { Source } from '../../src/profile/model.js';

export type Status = 'loading' | 'ready' | 'error' | 'no-access' | 'own-only' | 'off';

/** One section's state: its data once ready, its error once failed. */
export interface Part<T> {
  status: Status;
  data?: T;
  error?: LoketError;
}

/** A field the user can report as wrong. */
export interface FieldRef {
  field: string;
  label: string;
  value: string;
  source: Source;
}

export interface ViewContext {
  lang: Lang;
  /** A section's title (the element's texts: the frame shows them before the view is in). */
  title(name: SectionName): string;
  /** The heading level of the widget's title; sections are one below. */
  level: number;
  /** The correction form of this field, when it is the one open. */
  correction(field: string): TemplateResult | typeof nothing;
  openCorrection(ref: FieldRef, button: HTMLElement): void;
  /** Which field's correction form is open. */
  correcting?: string;
  noAccess(label: string, module: Module): TemplateResult;
  error(error: LoketError | undefined, retry: () => void): TemplateResult;
  retry(section: 'core' | 'organisation' | 'contacts' | 'bodies' | 'counts' | 'preference'): () => void;
}

export type SectionName = 'core' | 'contact' | 'bodies' | 'preference';

/** The sections in the order they show (DOM order, which the wide layout follows). */
export const SECTIONS: readonly SectionName[] = ['core', 'bodies', 'preference', 'contact'];

/** A section with its heading one level below the widget's title; `part="section <name>"`. */
export function section(context: Pick<ViewContext, 'level' | 'title'>, name: SectionName, content: unknown): TemplateResult {
  return html`<section class="section ${name}" part="section ${name}" aria-labelledby="profile-${name}">
    <div role="heading" aria-level=${Math.min(6, context.level + 1)} class="heading" id="profile-${name}">${context.title(name)}</div>
    ${content}
  </section>`;
}

export function skeleton(): TemplateResult {
  return html`<div class="skeletons" part="loading" aria-hidden="true"><span class="skeleton"></span><span class="skeleton"></span></div>`;
}
