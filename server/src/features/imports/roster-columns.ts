import { rosterFields, type RosterField } from '@shopfloor/shared';
import { ValidationError } from '../../http/errors';
import { fileError } from './roster-file';

export interface RosterColumn {
  index: number;
  header: string;
  field: RosterField | null;
  /** When several columns fill one field, the first non-blank cell by rank wins (Mobile before Home phone). */
  rank: number;
  /** The national list's Xdate: a lapse date only for members who have lapsed or expired. */
  xdate: boolean;
}

/**
 * Lower case without accents, every run of other characters one underscore: "Mobile Phone" →
 * "mobile_phone", "Teléfono" → "telefono".
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The Shopfloor template's header for a field: its snake_case. */
export function templateHeader(field: RosterField): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export const templateHeaders = rosterFields.map(templateHeader);

/** The template's headers in Spanish, read back by the importer like the English ones. */
export const spanishHeaders: Record<RosterField, string> = {
  akId: 'ak_id',
  firstName: 'nombre',
  lastName: 'apellido',
  email: 'correo',
  phone: 'telefono',
  zip: 'codigo_postal',
  preferredLanguage: 'idioma',
  joinedOn: 'fecha_de_alta',
  lapsedOn: 'fecha_de_baja',
  status: 'estado',
  recruitmentSource: 'como_se_unio',
  recruitedBy: 'reclutado_por',
  unionMember: 'afiliado_a_sindicato',
  unionName: 'sindicato',
  unionLocal: 'seccion_sindical',
  unionStaff: 'personal_sindical',
};
export const templateHeadersEs = rosterFields.map((f) => spanishHeaders[f]);

/** The national membership list's own column names, and a few common spellings of the same fields. */
const nationalLayout: Record<string, [RosterField, number]> = {
  join_date: ['joinedOn', 0],
  xdate: ['lapsedOn', 0],
  membership_status: ['status', 0],
  mailing_zip: ['zip', 1],
  billing_zip: ['zip', 2],
  zip_code: ['zip', 3],
  mobile_phone: ['phone', 1],
  home_phone: ['phone', 2],
  work_phone: ['phone', 3],
  email_address: ['email', 1],
  e_mail: ['email', 1],
};

const known = new Map<string, [RosterField, number]>([
  ...rosterFields.map((f): [string, [RosterField, number]] => [templateHeader(f), [f, 0]]),
  ...Object.entries(nationalLayout),
  ...rosterFields.map((f): [string, [RosterField, number]] => [spanishHeaders[f], [f, 0]]),
]);

/**
 * Maps each header to a roster field: by name in any order and case, with `mapping` (header as
 * written → field or "ignore") taking precedence over what is detected.
 */
export function resolveColumns(
  headers: string[],
  mapping: Record<string, RosterField | 'ignore'> = {},
): RosterColumn[] {
  const overrides = new Map(Object.entries(mapping).map(([h, f]) => [normalizeHeader(h), f]));
  const normalized = headers.map(normalizeHeader);
  const missing = Object.keys(mapping).filter((h) => !normalized.includes(normalizeHeader(h)));
  if (missing.length) {
    throw new ValidationError({
      mapping: {
        message: `No column named ${missing.join(', ')} in the file (its columns: ${headers.join(', ')})`,
        key: 'noSuchColumn',
        params: { missing: missing.join(', '), columns: headers.join(', ') },
      },
    });
  }
  const columns = headers.map((header, index): RosterColumn => {
    const key = normalizeHeader(header);
    const override = overrides.get(key);
    const field = override === 'ignore' ? null : (override ?? known.get(key)?.[0] ?? null);
    const rank = override ? -1 : (known.get(key)?.[1] ?? 0);
    return { index, header, field, rank, xdate: key === 'xdate' && field === 'lapsedOn' };
  });
  if (!columns.some((c) => c.field)) {
    if (headers.length <= 1) {
      throw fileError(
        'This does not look like a CSV file: the first line has no recognizable column name and no commas between columns',
        'fileNoColumns',
      );
    }
    throw fileError(
      `None of the columns is a roster field. Found: ${headers.join(', ')}. ` +
        `Expected the national list's columns (AK_ID, first_name, last_name, Email, Mobile_Phone, Mailing_Zip, ` +
        `Join_Date, Xdate, membership_status, union_member, union_name, union_local) ` +
        `or the Shopfloor template's (${templateHeaders.join(', ')})`,
      'fileNoRosterColumn',
      { found: headers.join(', '), template: templateHeaders.join(', ') },
    );
  }
  return columns;
}

/** Each field's columns, best first. */
export function columnsByField(columns: RosterColumn[]): Map<RosterField, RosterColumn[]> {
  const byField = new Map<RosterField, RosterColumn[]>();
  for (const c of columns) if (c.field) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  for (const list of byField.values()) list.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return byField;
}
