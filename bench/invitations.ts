/**
 * Varied pasted invitations, as Slack delivers a slash command's text: typed `&`, `<`, `>` arrive
 * as entities, links and e-mail addresses as Slack markup. Four forms, rotated: the web page
 * copy, a forwarded invitation e-mail, the one-line form, and the one-line form with markup.
 */

const FIRST = ['Priya', 'Tomás', 'Amara', 'Kenji', 'Sofia', 'Liam', 'Zainab', 'Mateo', 'Hannah', 'Oluwaseun', 'Chloé', 'Ravi', 'Ingrid', 'Diego', 'Mei', 'Jonas', 'Aaliyah', 'Noah', 'Fatima', 'Lukas'];
const LAST = ['Raman', 'García', 'Okafor', 'Watanabe', 'Rossi', 'Murphy', 'Haddad', 'Silva', 'Becker', 'Adeyemi', 'Dubois', 'Patel', 'Larsen', 'Moreno', 'Chen', 'Schmidt', 'Johnson', 'Cohen', 'Khan', 'Novak'];
const ROLES = ['Head of Data Partnerships', 'Senior Software Engineer', 'VP Sales', 'Product Manager', 'Talent Acquisition Lead', 'Founder & CEO', 'Growth Marketing Manager', 'Staff Data Scientist', 'Account Executive', 'Director of R&D'];
const COMPANIES = ['Northwind Analytics', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Capital', 'Acme Robotics', 'Tyrell Labs'];
const NOTES: (string | null)[] = [
  'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.',
  "I'd like to add you to my professional network on LinkedIn.",
  null,
  'Great talk at the meetup on Tuesday! Would love to compare notes on data contracts.',
  'We are hiring senior engineers — interested in a quick chat?',
  'Guaranteed 10x returns with our crypto trading signals, DM me now!!!',
  'Saw your post about SQLite in production, we do the same at work.',
  null,
];

export type InvitationForm = 'web' | 'email' | 'one-line' | 'markup';
export const FORMS: readonly InvitationForm[] = ['web', 'email', 'one-line', 'markup'];

/** Escapes text the way Slack delivers what a person typed. */
function typed(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** Person `n` (of a pool of `people`), pasted in form `form`. Deterministic, so runs compare. */
export function invitationText(n: number, form: InvitationForm): string {
  const first = pick(FIRST, n);
  const last = pick(LAST, Math.floor(n / FIRST.length) + n);
  const name = `${first} ${last}`;
  const role = pick(ROLES, n * 7 + 3);
  const company = pick(COMPANIES, n * 3 + 1);
  const mutual = (n * 13) % 40;
  const note = pick(NOTES, n * 5 + 2);
  const slug = `${first}-${last}-${n}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9-]/g, '');
  const url = `https://www.linkedin.com/in/${slug}`;
  switch (form) {
    case 'web':
      return [
        `${typed(name)}’s profile picture`,
        typed(name),
        '2nd',
        `${typed(role)} at ${typed(company)} | Speaker`,
        mutual === 0 ? 'No mutual connections' : `${mutual} mutual connection${mutual === 1 ? '' : 's'}`,
        ...(note === null ? [] : [typed(note)]),
        'Ignore',
        'Accept',
      ].join('\n');
    case 'email':
      return [
        '---------- Forwarded message ---------',
        `From: ${typed(name)} via LinkedIn &lt;<mailto:invitations@linkedin.com|invitations@linkedin.com>&gt;`,
        'Date: Tue, Feb 3, 2026 at 9:14 AM',
        `Subject: ${typed(name)} wants to connect`,
        'To: Sam Lee &lt;<mailto:sam@contoso.example|sam@contoso.example>&gt;',
        '',
        'LinkedIn',
        '',
        typed(name),
        `${typed(role)} at ${typed(company)}`,
        'San Francisco Bay Area',
        '',
        ...(note === null ? [] : [typed(note), '']),
        'Accept',
        `View profile: <${url}?midToken=AQHx&amp;trk=eml-email_m2m_invite_single_01>`,
        '',
        `${mutual} mutual connections`,
        '',
        'This email was intended for Sam Lee (Product Manager at Contoso)',
        'Unsubscribe · Help',
      ].join('\n');
    case 'one-line':
      return [typed(name), `${typed(role)} at ${typed(company)}`, `${mutual} mutual`, url, typed(note ?? '')].join(' | ');
    case 'markup':
      return [
        typed(name),
        `${typed(role)} at ${typed(company)}`,
        String(mutual),
        `<${url}|linkedin.com/in/${slug}>`,
        note === null ? 'Hi <@U0BENCH001|sam>, ping <!here>' : `${typed(note)} cc <@U0BENCH002>`,
      ].join(' | ');
  }
}
