/** How an attachment is named to the reader: a short kind (`PDF`, `DOCX`) and a size in its language. */
import { INTL_LOCALE, type Lang } from '../i18n/lang.js';
import type { Attachment } from './thread.js';

/** `PDF` from the extension; else from the media type (`image/jpeg; charset=binary` → `JPEG`); else undefined. */
export function fileKind(attachment: Pick<Attachment, 'extension' | 'format'>): string | undefined {
  const extension = attachment.extension?.trim();
  if (extension && /^[a-z0-9]{1,5}$/i.test(extension)) return extension.toUpperCase();
  const subtype = /^[a-z]+\/([a-z0-9.+-]+)/i.exec(attachment.format ?? '')?.[1];
  if (!subtype) return undefined;
  const last = subtype.split(/[.+-]/).pop()!;
  return last.length <= 5 ? last.toUpperCase() : undefined;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 1024-based, as the Loket shows it (app/models/file.js humanReadableSize), in the reader's notation: `1,2 MB`. */
export function formatSize(bytes: number, lang: Lang): string {
  const exponent = bytes > 0 ? Math.min(UNITS.length - 1, Math.floor(Math.log(bytes) / Math.log(1024))) : 0;
  const value = bytes / 1024 ** exponent;
  return new Intl.NumberFormat(INTL_LOCALE[lang], {
    style: 'unit',
    unit: UNITS[exponent],
    unitDisplay: exponent === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && exponent > 0 ? 1 : 0,
  }).format(value);
}
