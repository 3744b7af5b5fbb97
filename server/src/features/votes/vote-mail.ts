import { pickLanguage, type Forum, type Statement, type Vote } from '@shopfloor/shared';
import type { OutgoingMessage } from '../../mail/outbox.repository';

type Lang = 'en' | 'es';

const words = {
  en: {
    subject: (title: string) => `Member vote: ${title} (forums and statements)`,
    hello: (name: string) => `Hi ${name},`,
    kind: {
      members_decide: 'Members will decide, in an advisory vote, on:',
      endorsement: 'Members will decide, one member one vote, on this endorsement:',
      leadership: 'Members will elect, by ranked ballot:',
    },
    dates: (opens: string, closes: string) =>
      `Voting opens on ${opens} and closes on ${closes}. Every member in good standing on the day ` +
      'voting opens is on the roll: one member, one vote, by secret ballot.',
    forums: 'Member forums, open to every member (Eastern time):',
    forFor: 'Statement in favor',
    against: 'Statement against',
    onlyIn: ' (only available in Spanish)',
    outro:
      'Read both statements, watch the forums or their recordings, and cast your ballot on your ' +
      'member page in Shopfloor.',
    close: 'In solidarity,\nThe DSLC',
    tbd: 'a date to be announced',
  },
  es: {
    subject: (title: string) => `Votación de la membresía: ${title} (foros y declaraciones)`,
    hello: (name: string) => `Hola, ${name}:`,
    kind: {
      members_decide: 'La membresía decidirá, en una votación consultiva, sobre:',
      endorsement: 'La membresía decidirá, con un voto por miembro, sobre este respaldo:',
      leadership: 'La membresía elegirá, con voto preferencial:',
    },
    dates: (opens: string, closes: string) =>
      `La votación abre el ${opens} y cierra el ${closes}. Todo miembro en regla el día en que ` +
      'abra la votación está en el padrón: un miembro, un voto, y el voto es secreto.',
    forums: 'Foros abiertos a toda la membresía (hora del Este):',
    forFor: 'Declaración a favor',
    against: 'Declaración en contra',
    onlyIn: ' (disponible solo en inglés)',
    outro:
      'Lee ambas declaraciones, participa en los foros o mira sus grabaciones, y emite tu voto en ' +
      'tu página de miembro en Shopfloor.',
    close: 'En solidaridad,\nLa DSLC',
    tbd: 'una fecha por anunciar',
  },
} as const;

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, kind: 'day' | 'when', date: Date): string {
  const key = `${lang}|${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = lang === 'es' ? 'es-US' : 'en-US';
    f =
      kind === 'day'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(locale, {
            dateStyle: 'full',
            timeStyle: 'short',
            timeZone: 'America/New_York',
          });
    formatters.set(key, f);
  }
  return f.format(date);
}

const day = (date: string | null, lang: Lang) =>
  date ? format(lang, 'day', new Date(`${date}T12:00:00Z`)) : words[lang].tbd;

/**
 * The statements-and-forums mailing in one language: written once, with `{{name}}` where each
 * member's first name goes. Statements appear in that language where they have it.
 */
export function statementsMessage(
  vote: Vote,
  forums: Forum[],
  statements: Statement[],
  lang: Lang,
): OutgoingMessage {
  const w = words[lang];
  const title = pickLanguage(vote.title, lang).text;
  const question = pickLanguage(vote.question, lang).text;
  const section = (side: 'for' | 'against') =>
    statements
      .filter((s) => s.side === side)
      .map((s) => {
        const picked = pickLanguage(s.text, lang);
        const label = side === 'for' ? w.forFor : w.against;
        return `${label}${picked.language === lang ? '' : w.onlyIn}:\n\n${picked.text}`;
      });
  const text = [
    w.hello('{{name}}'),
    `${w.kind[vote.kind]}\n\n${title}\n\n${question}`,
    w.dates(day(vote.opensOn, lang), day(vote.closesOn, lang)),
    [
      w.forums,
      ...forums.map((f) => `- ${format(lang, 'when', new Date(f.startsAt))}: ${f.link ?? ''}`),
    ].join('\n'),
    ...section('for'),
    ...section('against'),
    w.outro,
    w.close,
  ].join('\n\n');
  return {
    kind: 'vote_statements',
    voteId: vote.id,
    language: lang,
    subject: w.subject(title),
    text: `${text}\n`,
  };
}
