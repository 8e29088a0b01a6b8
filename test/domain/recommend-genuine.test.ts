import { describe, expect, it } from 'vitest';
import { evaluateInvitation } from '../../src/domain/recommend.js';

// Genuine notes that the eighth weighing round's rules first called pitches or scams (found by a QA
// pass over them): a banker's loans at a rate, the same surname said in passing, an invitation to speak.
const base = { name: 'Ana Costa', headline: 'Data Engineer', company: 'Acme', mutualConnections: 6, profileUrl: 'https://www.linkedin.com/in/ana-costa' };
const weigh = (note: string) => evaluateInvitation({ ...base, note });
const scamOrSpam = (note: string) => weigh(note).reasons.filter((r) => /scam|mass message|pitch|sales/i.test(r));

describe('a banker who mentions loans and a rate is no scam', () => {
  it.each([
    ['fr', "Bonjour Sam, on s'est connus à HEC. Je suis conseiller au Crédit Agricole, je m'occupe des prêts immobiliers à 3,5 % en ce moment, ça bouge beaucoup !"],
    ['pt', 'Olá Sam, estudámos juntos no ISEG. Hoje trabalho no Millennium BCP com empréstimos à habitação a 4%.'],
    ['nl', 'Hoi Sam, we hebben samen gestudeerd in Delft. Ik werk nu bij Rabobank aan leningen voor starters tegen 4% rente.'],
    ['es', 'Hola Sam, estudiamos juntos en ICADE. Ahora trabajo en BBVA en préstamos hipotecarios al 3%.'],
    ['en (control)', 'Hi Sam, we studied together at LSE. I now work at Barclays on mortgages at 4% these days.'],
  ])('%s', (_lang, note) => {
    expect(scamOrSpam(note)).toEqual([]);
    expect(weigh(note).recommendation).not.toBe('ignore');
  });
});

describe('the same surname, said in passing by someone known, is no scam', () => {
  it.each([
    ['es', 'Hola Sam, somos del mismo pueblo y tenemos el mismo apellido que usted, ¡qué casualidad! Nos vimos en la boda de Lucía.'],
    ['pt', 'Olá Sam, tenho o mesmo sobrenome que você e trabalhamos juntos na Farfetch. Abraço!'],
    ['fr', "Bonjour Sam, nous avons le même nom de famille que vous, drôle de coïncidence ! On s'est rencontrés au Meetup Python Lyon."],
    ['nl', 'Hoi Sam, grappig: ik heb dezelfde achternaam als u. We zaten samen bij Booking.com.'],
    ['en (control)', 'Hi Sam, funny: I have the same surname as you. We worked together at Farfetch. Cheers!'],
  ])('%s', (_lang, note) => {
    expect(scamOrSpam(note)).toEqual([]);
    expect(weigh(note).recommendation).not.toBe('ignore');
  });
});

describe('an invitation to speak at their event is not a mass message', () => {
  it.each([
    ['es', 'Hola Sam, soy la organizadora de PyData Madrid. Te invitamos a nuestra conferencia como ponente principal; vimos tu charla en PyCon.'],
    ['es organiser', 'Hola Sam, organizo el meetup de Python Madrid. Te invito a nuestro evento del jueves como ponente, nos encantaría escuchar tu charla sobre datos.'],
    ['fr', "Bonjour Sam, nous vous invitons à notre conférence en tant qu'intervenant. Nous avons adoré votre talk à DevoxxFR."],
    ['de', 'Hallo Sam, wir laden Sie zu unserer Konferenz ein, als Referent. Wir haben uns auf der PyCon kennengelernt.'],
    ['nl (held)', 'Hoi Sam, ik nodig je uit voor onze meetup als spreker. We hebben elkaar ontmoet op PyData Amsterdam.'],
    ['pt (held)', 'Olá Sam, sou organizadora do Lisbon Data Meetup. Convidamos-te para o nosso meetup como oradora. Vi a tua palestra na Web Summit.'],
  ])('%s', (_lang, note) => {
    expect(scamOrSpam(note)).toEqual([]);
    expect(weigh(note).recommendation).toBe('accept');
  });
});

describe('held — bank, PayPal, recruiters, je me permets, dressed letters, Greek and Russian names', () => {
  it.each([
    'Bonjour Sam, je me permets de vous contacter car nous étions ensemble chez Capgemini à Lyon. Au plaisir de reprendre contact.',
    'Hallo Sam, wir haben zusammen bei der Deutschen Bank gearbeitet. Ich habe gerade meine Bankdaten bei der neuen Firma aktualisiert und dachte an dich. Lass uns in Kontakt bleiben!',
    'Oi Sam, trabalhamos juntos na Nubank. Agora estou no PayPal em São Paulo. Vamos manter contato!',
    'Hi Sam, 𝐰𝐞 𝐦𝐞𝐭 𝐚𝐭 𝐏𝐲𝐃𝐚𝐭𝐚 𝐋𝐨𝐧𝐝𝐨𝐧 last month. Great chat about data pipelines!',
    'Hi Sam, Γιώργος Παπαδόπουλος here, we worked together at Accenture in Athens. Would love to reconnect.',
    'Hallo Sam, ich bin Recruiterin bei Zalando. Wir suchen eine Senior Data Engineerin in Berlin, Gehalt 85.000–95.000 € pro Jahr. Hätten Sie Interesse an einem kurzen Gespräch?',
  ])('%s', (note) => {
    expect(scamOrSpam(note)).toEqual([]);
    expect(weigh(note).recommendation).toBe('accept');
  });
});
