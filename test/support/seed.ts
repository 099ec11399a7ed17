/** The seed session (demo/sessions/3.2.2.json), as tests start from it. */
import type {Session} from '../../src/contract/session-schema.js';

let cached: Session | undefined;

export async function seedSession(): Promise<Session> {
  cached ??= (await (await fetch('/demo/sessions/3.2.2.json')).json()) as Session;
  // A fresh copy each time: tests change fields freely.
  return structuredClone(cached);
}

/** The seed with every part shown: links everywhere, speakers, seats left, Register. */
export async function seedWithEveryPart({secondSpeaker = 'Jean Martin'} = {}): Promise<Session> {
  const seed = await seedSession();
  return {
    ...seed,
    url: 'https://example.org/sessions/3.2.2',
    registration: {required: true, url: 'https://example.org/register/3.2.2'},
    remaining: 12,
    organizers: [{name: 'ILO', url: 'https://www.ilo.org/'}, 'ADEC', 'FAMSI'],
    speakers: [
      {name: 'Ana Pérez', affiliation: 'International Labour Organization', url: 'https://example.org/people/ana'},
      {name: secondSpeaker, affiliation: 'ADEC'},
    ],
    documents: seed.documents!.map((document, index) => ({
      ...document,
      url: `https://example.org/documents/${index + 1}.pdf`,
    })),
  };
}
