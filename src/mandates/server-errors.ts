import type { IssueField } from './form.js';
import type { Issue } from './rules.js';

/** The API's attribute and relationship names (mandatarissen, lidmaatschappen) → the form's fields. */
const FIELD_OF: Record<string, IssueField> = {
  start: 'start',
  einde: 'einde',
  rangorde: 'rangorde',
  bekleedt: 'mandaatId',
  'is-bestuurlijke-alias-van': 'persoonId',
  status: 'statusId',
  'heeft-lidmaatschap': 'fractieId',
  'binnen-fractie': 'fractieId',
  beleidsdomein: 'beleidsdomeinIds',
};

/**
 * A 422's per-field errors (as `LoketError.fieldErrors` collects them: attribute name → server
 * text) become issues on the form's fields. The server's own text is English and untrusted, so the
 * user reads a translated message; "missing" becomes the usual "required". Errors that name no
 * known field are returned apart, for the summary.
 */
export function issuesFromServer(fieldErrors: Readonly<Record<string, string>>): { issues: Issue[]; unmapped: string[] } {
  const issues: Issue[] = [];
  const unmapped: string[] = [];
  for (const [name, text] of Object.entries(fieldErrors)) {
    const field = Object.hasOwn(FIELD_OF, name) ? FIELD_OF[name] : undefined;
    if (!field) {
      unmapped.push(name);
      continue;
    }
    const missing = /missing|required|verplicht/i.test(text);
    const key = missing ? (field === 'start' ? 'startRequired' : 'required') : 'serverRejected';
    if (!issues.some((issue) => issue.field === field)) issues.push({ field, key, severity: 'error' });
  }
  return { issues, unmapped };
}
