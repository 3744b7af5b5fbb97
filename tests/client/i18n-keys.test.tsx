import { describe, expect, it } from 'vitest';
import { resources } from '../../client/src/i18n';
import { es } from '../../client/src/i18n/es';

const en = resources.en.translation;

/** Every leaf key, with array items numbered, so lists must match in length too. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function placeholders(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      placeholders(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  const names = String(value).match(/{{\s*\w+\s*}}/g) ?? [];
  return names.map((name) => `${prefix}:${name.replace(/\s/g, '')}`);
}

describe('translations', () => {
  it('has every English key in Spanish', () => {
    const spanish = new Set(keysOf(es));
    expect(keysOf(en).filter((k) => !spanish.has(k))).toEqual([]);
  });

  it('has every Spanish key in English', () => {
    const english = new Set(keysOf(en));
    expect(keysOf(es).filter((k) => !english.has(k))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    expect(placeholders(es).sort()).toEqual(placeholders(en).sort());
  });

  it('leaves no Spanish string empty', () => {
    const empty = keysOf(es).filter((k) => {
      const value = k
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], es);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
