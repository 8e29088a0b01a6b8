import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companyAfterHeadline,
  FIELD_LIMITS,
  parseInvitation,
  parseMutualConnections,
  parseSlackCommandText,
  splitHeadline,
} from '../../src/domain/parse-invitation.js';
import type { InvitationFields, ParseResult } from '../../src/domain/types.js';

function invitationOf(result: ParseResult): InvitationFields {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason} ${JSON.stringify(result.found)}`);
  return result.invitation;
}

const PRIYA = {
  name: 'Priya Raman',
  headline: 'Head of Data Partnerships',
  company: 'Northwind Analytics',
  mutualConnections: 14,
  note: 'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.',
  profileUrl: 'https://www.linkedin.com/in/priya-raman-data',
};

const BRIEF_EXAMPLE = `Priya Raman
Head of Data Partnerships at Northwind Analytics
Priya Raman wants to connect
"Hi Sam, we met at the Data Council panel last week - would love to stay in touch."
14 mutual connections
View profile: https://www.linkedin.com/in/priya-raman-data`;

const EMAIL_COPY = `---------- Forwarded message ---------
From: Priya Raman via LinkedIn <invitations@linkedin.com>
Date: Tue, Feb 3, 2026 at 9:14 AM
Subject: Priya Raman wants to connect
To: Sam Lee <sam@contoso.example>


LinkedIn

Priya Raman
Head of Data Partnerships at Northwind Analytics
San Francisco Bay Area

Hi Sam, we met at the Data Council panel last week - would love to stay in touch.

Accept
View profile: https://www.linkedin.com/comm/in/priya-raman-data?midToken=AQHx&trk=eml-email_m2m_invite_single_01

14 mutual connections

This email was intended for Sam Lee (Product Manager at Contoso)
Learn why we included this.
You are receiving Invitation emails.
Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.`;

const WEB_COPY = `Invitations (3)
Manage

Priya Raman’s profile picture
Priya Raman
(She/Her) · 2nd
Head of Data Partnerships at Northwind Analytics | Speaker | Ex-Contoso
Jane Doe and 13 other mutual connections
Hi Sam, we met at the Data Council panel last week - would love to stay in touch.
Ignore
Accept`;

// Outlook writes a picture's stand-in in brackets and each link after its text.
const OUTLOOK_COPY = `LinkedIn <invitations@linkedin.com>
Tue 3/10/2026 9:41 AM
To: Sam Lee
[https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzani7tz1]
Sam Lee
[Aisha Bello]
Aisha Bello
Product Marketing Manager at HubSpot
Lagos, Nigeria
Hi Sam, we were on the same panel at SaaStr 2025. Good to finally connect here.
Accept<https://www.linkedin.com/comm/mynetwork/invitation-manager/?invitationId=7&trk=eml-accept>
View profile<https://www.linkedin.com/comm/in/aisha-bello-pmm>
18 mutual connections<https://www.linkedin.com/comm/search/results/people/?facetConnectionOf=xyz>
Unsubscribe<https://www.linkedin.com/comm/psettings/email-unsubscribe>
This email was intended for Sam Lee (Product Lead at Contoso).`;

describe('parseInvitation: pasted text', () => {
  it('reads the example from the brief', () => {
    expect(parseInvitation(BRIEF_EXAMPLE)).toEqual({ ok: true, invitation: PRIYA, form: 'pasted' });
  });

  it('reads an email copy with headers and footers', () => {
    expect(invitationOf(parseInvitation(EMAIL_COPY))).toEqual(PRIYA);
  });

  it('reads a web-page copy with buttons, pronouns, degree and "N other mutual connections"', () => {
    expect(invitationOf(parseInvitation(WEB_COPY))).toEqual({
      ...PRIYA,
      headline: 'Head of Data Partnerships at Northwind Analytics | Speaker | Ex-Contoso',
      profileUrl: null,
    });
  });

  it('skips the e-mail\'s "You received an invitation to connect" line', () => {
    const text = 'Priya Raman\nHead of Data Partnerships at Northwind Analytics\n14 mutual connections\nAccept invitation\nYou received an invitation to connect. Respond now.';
    expect(invitationOf(parseInvitation(text)).note).toBeNull();
  });

  it('skips the badges the web page shows beside a name', () => {
    for (const badge of ['Verified', '✓ Verified', 'Premium', 'Open to work', '#OpenToWork', 'Hiring', 'LinkedIn Top Voice']) {
      const text = `Priya Raman\n${badge}\n· 2nd\nHead of Data Partnerships at Northwind Analytics\n14 mutual connections\nAccept`;
      expect(invitationOf(parseInvitation(text)), badge).toMatchObject({ name: 'Priya Raman', headline: 'Head of Data Partnerships', note: null });
    }
  });

  it('reads CRLF line endings and extra blank lines', () => {
    const text = `\r\n\r\n${BRIEF_EXAMPLE.replace(/\n/g, '\r\n\r\n\r\n')}\r\n\r\n`;
    expect(invitationOf(parseInvitation(text))).toEqual(PRIYA);
  });

  it('strips smart quotes, guillemets and single quotes from the note', () => {
    for (const [open, close] of [['“', '”'], ['«', '»'], ["'", "'"], ['‘', '’'], ['„', '“']] as const) {
      const text = BRIEF_EXAMPLE.replace(/"([^"]*)"/, `${open}$1${close}`);
      expect(invitationOf(parseInvitation(text)).note).toBe(PRIYA.note);
    }
  });

  it('reads a note over several lines', () => {
    const text = `Priya Raman
Head of Data at Northwind
“Hi Sam,

we met at the panel last week.
Would love to stay in touch!”
14 mutual connections`;
    expect(invitationOf(parseInvitation(text)).note).toBe(
      'Hi Sam,\n\nwe met at the panel last week.\nWould love to stay in touch!',
    );
  });

  it('reads a note prefixed with Message:, Note: or Personal note:', () => {
    for (const prefix of ['Message:', 'Note:', 'Personal note:', 'message :']) {
      const text = `Priya Raman\nHead of Data at Northwind\n${prefix} "Great panel, let's stay in touch"\n3 mutual connections`;
      expect(invitationOf(parseInvitation(text)).note).toBe("Great panel, let's stay in touch");
    }
    const onNextLines = 'Priya Raman\nMessage:\nHi Sam,\nthanks for the talk.\nAccept';
    expect(invitationOf(parseInvitation(onNextLines)).note).toBe('Hi Sam,\nthanks for the talk.');
  });

  it.each(['Her note:', 'His note:', 'Their note:', 'Their message:', 'Note from Priya:', 'message from Priya Raman :'])(
    'reads a note that whoever forwards it prefixes with %j',
    (prefix) => {
      const text = `Priya Raman\nHead of Data at Northwind\n14 mutual\n${prefix} "We met at Coalesce, would love to connect."`;
      expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Priya Raman', mutualConnections: 14, note: 'We met at Coalesce, would love to connect.' });
    },
  );

  it('reads labels after the bullets of a list, as a summary typed in Slack has them', () => {
    const text = '• Name: Hannah Schmidt\n• Role: Talent Acquisition Lead at Zalando\n• 6 mutual connections\n• Note: "Hi Sam, would you be open to a chat about a Lead PM role?"';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Hannah Schmidt',
      headline: 'Talent Acquisition Lead',
      company: 'Zalando',
      mutualConnections: 6,
      note: 'Hi Sam, would you be open to a chat about a Lead PM role?',
    });
    expect(invitationOf(parseInvitation('- Name: Hannah Schmidt\n- Company: Zalando'))).toMatchObject({ name: 'Hannah Schmidt', company: 'Zalando' });
  });

  it('reads an unquoted note with a sign-off, stopping at the buttons', () => {
    const text = `Priya Raman
Head of Data at Northwind
Hi Sam, we met at the panel last week.

Would love to stay in touch.
Best,
Priya
Accept
Ignore`;
    expect(invitationOf(parseInvitation(text)).note).toBe(
      'Hi Sam, we met at the panel last week.\n\nWould love to stay in touch.\nBest,\nPriya',
    );
  });

  it("keeps LinkedIn's generic template as the note", () => {
    const text = "Priya Raman\nHead of Data at Northwind\nI'd like to add you to my professional network on LinkedIn.";
    expect(invitationOf(parseInvitation(text)).note).toBe(
      "I'd like to add you to my professional network on LinkedIn.",
    );
  });

  it('drops "…see more" from a truncated note', () => {
    const text = 'Priya Raman\nHi Sam, we met at the Data Council panel…see more\nAccept';
    expect(invitationOf(parseInvitation(text)).note).toBe('Hi Sam, we met at the Data Council panel…');
  });

  it('keeps emoji in the note but not in the name', () => {
    const text = 'Priya Raman 🚀✨\nHead of Data at Northwind\n"Great to meet you 🙌 👩‍💻"';
    const invitation = invitationOf(parseInvitation(text));
    expect(invitation.name).toBe('Priya Raman');
    expect(invitation.note).toBe('Great to meet you 🙌 👩‍💻');
  });

  it('has no note when there is none, and keeps location lines out of it', () => {
    const text = 'Priya Raman\nHead of Data at Northwind\nGreater London\n500+ connections\nAccept';
    const invitation = invitationOf(parseInvitation(text));
    expect(invitation.note).toBeNull();
    expect(invitation.mutualConnections).toBeNull();
    expect(invitation.headline).toBe('Head of Data');
  });

  it('does not read mutual connections mentioned in the note', () => {
    const text = 'Priya Raman\n"Hi Sam, we have 3 mutual connections, so I thought I would reach out."';
    const invitation = invitationOf(parseInvitation(text));
    expect(invitation.mutualConnections).toBeNull();
    expect(invitation.note).toBe('Hi Sam, we have 3 mutual connections, so I thought I would reach out.');
  });

  it('does not take the greeting an email opens with for the note', () => {
    const text = 'Hi Sam,\nPriya Raman\nTalent Partner at Contoso\n\nHi Sam, loved your talk on data contracts.\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Priya Raman',
      headline: 'Talent Partner',
      note: 'Hi Sam, loved your talk on data contracts.',
    });
    expect(invitationOf(parseInvitation('Hello Sam\nPriya Raman\nCTO')).note).toBeNull();
  });

  it('does not mistake a note that says "invited you to connect" for boilerplate', () => {
    const text = 'Priya Raman\nHi Sam, I invited you to connect because of your talk.';
    expect(invitationOf(parseInvitation(text)).note).toBe('Hi Sam, I invited you to connect because of your talk.');
  });

  it('skips the web page\'s "Reply to <first name>" button', () => {
    for (const button of ['Reply to Ravi', 'Reply to Mary-Jane', 'Reply to Chloé']) {
      const text = `Ravi Patel\nEngineering Director at Intercom\nHi Sam, we met at QCon London!\n${button}\nIgnore\nAccept`;
      expect(invitationOf(parseInvitation(text)).note, button).toBe('Hi Sam, we met at QCon London!');
    }
    const note = 'Hi Sam, great panel!\nReply to this when you can.';
    expect(invitationOf(parseInvitation(`Ravi Patel\nCTO at Acme\n${note}`)).note).toBe(note);
  });

  it('skips the web page\'s "Invited you to connect" line, with or without when', () => {
    for (const line of ['Invited you to connect', 'Invited you to connect · 2 days ago', 'is inviting you to connect • 1w']) {
      const text = `Priya Raman\nHead of Data at Northwind\n${line}\n14 mutual connections`;
      expect(invitationOf(parseInvitation(text)), line).toMatchObject({ name: 'Priya Raman', note: null, mutualConnections: 14 });
    }
    const note = 'Invited you to connect because you spoke at the panel.';
    const asks = 'Hi Sam, would you like to connect with me? Loved your talk.';
    expect(invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${asks}`)).note).toBe(asks);
    expect(invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${note}`)).note).toBe(note);
  });
});

describe('parseInvitation: a short note with no pronoun and no full stop', () => {
  // Read by where it stands: the last line before the buttons, below the headline or the count.
  it.each([
    ['Olivia Park\n· 2nd\nProduct Manager at Figma\nBen Carter and 5 other mutual connections\nFellow Stanford GSB alum here\nIgnore\nAccept', 'Fellow Stanford GSB alum here'],
    ['Liam O’Connor\n· 2nd\nSolutions Engineer at Snowflake\n11 mutual connections\nMet at re:Invent last week\nReply to Liam\nIgnore\nAccept', 'Met at re:Invent last week'],
    ['Laura Jensen\n· 2nd\nHead of Sales at Pleo\nGreat meeting at Slush yesterday\nIgnore\nAccept', 'Great meeting at Slush yesterday'],
    ['Priya Raman\nHead of Data at Northwind\n14 mutual connections\nfellow Stanford alum', 'fellow Stanford alum'],
  ])('reads the short note of %j', (text, note) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
  });

  // The page's furniture, a location, or a line with no count or button after it stays out.
  it.each([
    'Olivia Park\n· 2nd\nProduct Manager at Figma\nBen Carter and 5 other mutual connections\nView full profile\nIgnore\nAccept',
    'Olivia Park\n· 2nd\nProduct Manager at Figma\nActive 2h ago\nIgnore\nAccept',
    'Olivia Park\nProduct Manager at Figma\nSee all\nPending\nIgnore\nAccept',
    'LinkedIn\n\nTunde Bakare\nSenior PM at Flutterwave\nGrande São Paulo e região\n\nAccept\nView profile\n\n6 mutual connections',
    'LinkedIn\n\nTunde Bakare\nSenior PM at Flutterwave\nFrankfurt am Main\n\nAccept',
    'Priya Raman\nHead of Data at Northwind\nbased in north london',
    'Priya Raman\nHead of Data at Northwind\n14 mutual connections\nHi Sam,\nIgnore\nAccept',
  ])('reads no note from %j', (text) => {
    expect(invitationOf(parseInvitation(text)).note).toBeNull();
  });
});

describe('parseInvitation: the recipient\'s own name in an e-mail copy', () => {
  // An HTML mail client copies the recipient's name from beside the logo before the inviter's.
  const HTML_EMAIL = `LinkedIn
Sam Lee

You have an invitation

Mei-Ling Zhou
Staff Engineer @ Datadog | Distributed systems | Rust
New York City Metropolitan Area
Mei-Ling Zhou and 21 other mutual connections

“Hey Sam! Loved your talk at KubeCon on eBPF tracing — would be great to connect and trade notes 🙌”

Accept
View profile

This email was intended for Sam Lee (Product Lead at Contoso)
Learn why we included this.`;

  it('does not take the name the footer says the e-mail was intended for', () => {
    expect(invitationOf(parseInvitation(HTML_EMAIL))).toMatchObject({
      name: 'Mei-Ling Zhou',
      headline: 'Staff Engineer @ Datadog | Distributed systems | Rust',
      company: 'Datadog',
      mutualConnections: 22,
    });
  });

  it("skips the recipient's name in an Outlook copy, before the inviter's bracketed picture", () => {
    const text = OUTLOOK_COPY;
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Aisha Bello',
      headline: 'Product Marketing Manager',
      company: 'HubSpot',
      mutualConnections: 18,
    });
  });

  it.each([
    ['LinkedIn\nSam Lee\nMei-Ling Zhou\nStaff Engineer at Datadog\n21 mutual connections', 'Mei-Ling Zhou', 'Staff Engineer'],
    ['[image: LinkedIn]\nSam Lee\n\nVikram Desai\nPartner at Sequoia Capital India | Investing in fintech\n\nHi Sam, I\'d like to join your LinkedIn network.', 'Vikram Desai', 'Partner at Sequoia Capital India | Investing in fintech'],
    [HTML_EMAIL.slice(0, HTML_EMAIL.indexOf('\nThis email')), 'Mei-Ling Zhou', 'Staff Engineer @ Datadog | Distributed systems | Rust'],
  ])('without the footer, takes the second of two names after the logo when a headline follows it: %j', (text, name, headline) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, headline });
  });

  it('takes the second name when a Gmail copy starts at the recipient\'s name, above a blank line, with no logo', () => {
    const text = 'Sam Lee\n\nTunde Bakare\nSenior Product Manager at Flutterwave\nLagos, Nigeria\n\nHi Sam, I enjoyed your piece on pricing experiments. Would be great to connect.\n\nAccept\nView profile\n\n6 mutual connections';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Tunde Bakare', headline: 'Senior Product Manager', company: 'Flutterwave', mutualConnections: 6 });
    // A name over a blank line and its own headline is still the name.
    expect(invitationOf(parseInvitation('Priya Raman\n\nHead of Data at Northwind\n14 mutual connections')).name).toBe('Priya Raman');
  });

  it('keeps the first name after the logo when no second name and headline follow', () => {
    for (const text of [
      'LinkedIn\nPriya Raman\nHead of Data at Northwind\nSan Francisco Bay Area',
      'LinkedIn\nPriya Raman\nSam Lee\nGreater London',
      'Priya Raman\nSam Lee\nHead of Data at Northwind',
    ]) {
      expect(invitationOf(parseInvitation(text)).name, text).toBe('Priya Raman');
    }
  });

  it('passes over the pictures\' stand-ins of a Gmail or Outlook copy with no footer', () => {
    for (const [recipient, inviter] of [
      ['[image: Sam Lee]', '[image: Kwame Mensah]'],
      ['[Sam Lee]', '[Kwame Mensah]'],
    ]) {
      const text = `[image: LinkedIn]\n${recipient}\nSam Lee\n\n${inviter}\nKwame Mensah\nFounder & CEO at Paystack Labs\nAccra, Ghana\n[image: ] 5 mutual connections\nAccept\nView profile`;
      expect(invitationOf(parseInvitation(text)), recipient).toMatchObject({
        name: 'Kwame Mensah',
        company: 'Paystack Labs',
        mutualConnections: 5,
        note: null,
      });
    }
  });

  it("still reads the name when the inviter has the recipient's name", () => {
    const text = 'Sam Lee\nHead of Data at Northwind\nAccept\nThis email was intended for Sam Lee (Product Lead at Contoso)';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Sam Lee', headline: 'Head of Data' });
  });
});

describe('parseInvitation: forwarded and quoted e-mails', () => {
  // What the forwarder wrote above the invitation is theirs, not the inviter's note.
  it.each([
    ['FYI - should I accept this one?\n\n', 'forwarded by Gmail'],
    ['Worth accepting?\n', 'with another note-like line above'],
  ])('reads the forwarded invitation, not the words above it (%j, %s)', (above) => {
    expect(invitationOf(parseInvitation(`${above}${EMAIL_COPY}`))).toEqual(PRIYA);
  });

  it('reads the forwarded invitation under a foreign forwarding line', () => {
    const text = `Soll ich annehmen?\n\n${EMAIL_COPY.replace('---------- Forwarded message ---------', '---------- Weitergeleitete Nachricht ---------')}`;
    expect(invitationOf(parseInvitation(text))).toEqual(PRIYA);
  });

  it('reads the quoted lines of a reply, not the reply', () => {
    const quoted = 'FYI - should I accept this one?\n\n> Priya Raman\n> Head of Data at Northwind\n>\n> 14 mutual connections\n>\n> Accept\n\nSent from my phone';
    expect(invitationOf(parseInvitation(quoted))).toMatchObject({ name: 'Priya Raman', company: 'Northwind', mutualConnections: 14, note: null });
    const wrote =
      'Worth accepting?\n\nOn Tue, Feb 3, 2026 at 9:14 AM Priya Raman via LinkedIn <invitations@linkedin.com> wrote:\nPriya Raman\nHead of Data at Northwind\nHi Sam, loved your talk.\n14 mutual connections';
    expect(invitationOf(parseInvitation(wrote))).toMatchObject({ name: 'Priya Raman', mutualConnections: 14, note: 'Hi Sam, loved your talk.' });
  });

  it('reads the whole text when nobody is named after the forwarding line', () => {
    const text = 'Priya Raman\nHead of Data at Northwind\n14 mutual connections\n\n-----Original Message-----\nSee above, thanks';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Priya Raman', mutualConnections: 14 });
  });

  // The forwarder signs above the forward, and the subject does not name the inviter: only the
  // part after the forwarding line or the header block tells whose invitation it is.
  const SIGNED = 'Should I accept this one?\n\nThanks,\nSam Lee\nProduct Lead | Contoso\n\n';
  const HELEN = 'Helen Park\nChief Revenue Officer at Gong\nNew York, United States\nHi Sam, I run a roundtable for CROs in NYC.\nAccept\nView profile\n2 mutual connections';
  it.each([
    ['Outlook', 'From: LinkedIn <invitations@linkedin.com>\nSent: Tuesday, February 3, 2026 9:14 AM\nTo: Sam Lee <sam.lee@contoso.com>\nSubject: Invitation to connect on LinkedIn\n\n'],
    ['Outlook, under underscores', '________________________________\nFrom: LinkedIn <invitations@linkedin.com>\nSent: Tuesday, February 3, 2026 9:14 AM\nSubject: Invitation to connect on LinkedIn\n\n'],
    ['German Outlook', 'Von: LinkedIn <invitations@linkedin.com>\nGesendet: Dienstag, 3. Februar 2026 09:14\nAn: Sam Lee <sam.lee@contoso.com>\nBetreff: Einladung\n\n'],
    ['French Apple Mail', 'Début du message réexpédié :\n\nDe: LinkedIn <invitations@linkedin.com>\nObjet: Invitation\n\n'],
    ['German Apple Mail', 'Anfang der weitergeleiteten Nachricht:\n\nVon: LinkedIn <invitations@linkedin.com>\nBetreff: Einladung\n\n'],
    ['Dutch Apple Mail', 'Begin doorgestuurd bericht:\n\nVan: LinkedIn <invitations@linkedin.com>\nOnderwerp: Uitnodiging\n\n'],
  ])('reads the forwarded invitation under the headers of %s, not the forwarder above it', (_client, headers) => {
    expect(invitationOf(parseInvitation(`${SIGNED}${headers}${HELEN}`))).toMatchObject({
      name: 'Helen Park',
      headline: 'Chief Revenue Officer',
      company: 'Gong',
      mutualConnections: 2,
      note: 'Hi Sam, I run a roundtable for CROs in NYC.',
    });
  });

  it.each([
    'Anyone know her? Not sure whether to accept.',
    'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.',
    "You don't often get email from invitations@linkedin.com. Learn why this is important",
  ])('takes no note from above the name: %j', (above) => {
    const text = `${above}\n\nGabriel Silva\nDirector of Partnerships at Rappi\nBogotá, Colombia\nAccept\nNo mutual connections`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Gabriel Silva', company: 'Rappi', mutualConnections: 0, note: null });
  });

  it.each([
    'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.',
    "You don't often get email from invitations@linkedin.com. Learn why this is important",
    '[EXTERNAL] This message came from outside your organization.',
  ])("reads a mail system's banner as boilerplate, even when nobody is named: %j", (banner) => {
    expect(parseInvitation(`${banner}\n\nDirector of Partnerships at Rappi\nNo mutual connections`)).toMatchObject({ ok: false, found: { mutualConnections: 0 } });
    expect(parseInvitation(banner)).toEqual({ ok: false, reason: expect.any(String), found: {} });
  });

  it('keeps a note that the name signs off below it', () => {
    const note = 'Hi Sam, we met at the Data Council panel. Would love to connect.\nBest,';
    expect(invitationOf(parseInvitation(`${note}\nPriya Raman`))).toMatchObject({ name: 'Priya Raman', note });
    expect(invitationOf(parseInvitation(`${note}\n\nPriya Raman\nHead of Data at Northwind`))).toMatchObject({ name: 'Priya Raman', note });
  });
});

describe('parseInvitation: buttons and counts that carry their link', () => {
  // Outlook copies a link after its text ("Accept<https://…>"), a plain-text part after a colon,
  // and Slack unwraps "<https://…>" so that the two run together ("Accepthttps://…").

  it.each([
    ['as copied', (text: string) => text],
    ['with a space before each link', (text: string) => text.replace(/<https/g, ' <https')],
    ['unwrapped by Slack', (text: string) => text.replace(/<(https[^>]*)>/g, '$1')],
    ['after a colon', (text: string) => text.replace(/<(https[^>]*)>/g, ': $1')],
  ])('leaves the buttons out of the note and reads the count, %s', (_how, copy) => {
    expect(invitationOf(parseInvitation(copy(OUTLOOK_COPY)))).toEqual({
      name: 'Aisha Bello',
      headline: 'Product Marketing Manager',
      company: 'HubSpot',
      mutualConnections: 18,
      profileUrl: 'https://www.linkedin.com/in/aisha-bello-pmm',
      note: 'Hi Sam, we were on the same panel at SaaStr 2025. Good to finally connect here.',
    });
  });

  it('keeps a link of the note in the note', () => {
    const note = 'Hi Sam, loved your talk on data contracts.\nThe slides are here https://example.com/slides';
    expect(invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${note}\nAccept`))).toMatchObject({ note });
  });

  it.each([
    'Hi Sam, we book 30+ demos a month. See https://leadforge.io',
    'Hi Sam, we help SaaS teams book demos. Quick look: https://leadforge.io/case-studies',
    'Saw your thread on https://news.ycombinator.com/item?id=41234567 and had to say hi!',
    'Hi Sam, Julia (linkedin.com/in/julia-a) suggested I reach out.',
  ])('starts the note with a sentence that has a link in it: %j', (note) => {
    const text = `Victor Almeida\n· 3rd+\nGrowth Partner at LeadForge\n${note}\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ headline: 'Growth Partner', company: 'LeadForge', note });
  });

  it.each([
    'View profile: https://www.linkedin.com/comm/in/victor-almeida',
    'Accept<https://www.linkedin.com/comm/mynetwork/invitation-manager/?invitationId=7>',
    'Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe',
    'Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788',
    'https://leadforge.io',
  ])('still keeps %j out of the note', (line) => {
    expect(invitationOf(parseInvitation(`Victor Almeida\nGrowth Partner at LeadForge\n${line}\n4 mutual connections`)).note).toBeNull();
  });

  it("takes the inviter's profile from the View-profile line, not another's from the note", () => {
    const note = 'Hi Sam, Julia Andersson (linkedin.com/in/julia-andersson) suggested I reach out about your Series A.';
    const text = `Subject: Lucas Moreau wants to connect\n\nLucas Moreau\nPartner at Northzone\nStockholm, Sweden\n${note}\nAccept\nView profile: https://www.linkedin.com/comm/in/lucasmoreau?midToken=AQ\n4 mutual connections`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Lucas Moreau', profileUrl: 'https://www.linkedin.com/in/lucasmoreau', note });
    // With no other, the profile in the note is still read.
    const alone = `Lucas Moreau\nPartner at Northzone\n${note}`;
    expect(invitationOf(parseInvitation(alone)).profileUrl).toBe('https://www.linkedin.com/in/julia-andersson');
  });
});

describe('parseInvitation: several invitations on one page', () => {
  it('stops at the page\'s next panel: the people it suggests are not the note', () => {
    const text = `Invitations (1)
Grzegorz Brzęczyszczykiewicz’s profile picture
Grzegorz Brzęczyszczykiewicz
Founder @ Vistula Labs | ex-Google
Piotr Zieliński and 12 other mutual connections
Ignore
Accept

People you may know from Contoso
Dana Whitfield
Software Engineer at Contoso
Connect`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Grzegorz Brzęczyszczykiewicz', mutualConnections: 13, note: null });
  });

  it('stops reading the first person after its buttons, when the next person begins', () => {
    const text = `Aaron Feldstein
VP Engineering at Brightline Health
Ignore
Accept
Lena Fischer
Data Scientist at Zalando
Hi Sam, we met at PyData Berlin!
12 mutual connections
Ignore
Accept`;
    expect(invitationOf(parseInvitation(text))).toEqual({
      name: 'Aaron Feldstein',
      headline: 'VP Engineering',
      company: 'Brightline Health',
      mutualConnections: null,
      profileUrl: null,
      note: null,
    });
  });

  it('reads only the first person of the web page\'s "Invitations (3)" list', () => {
    const text = `Invitations (3)
Show all

Aaron Feldstein’s profile picture
Aaron Feldstein
VP Engineering at Brightline Health
Karen Wu and 4 other mutual connections
Ignore
Accept

Olusegun Adeyemi’s profile picture
Olusegun Adeyemi
Crypto Fund Manager | Helping you earn 30% monthly returns | DM me
Ignore
Accept

Lena Fischer’s profile picture
Lena Fischer
Data Scientist at Zalando
12 mutual connections
Ignore
Accept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Aaron Feldstein',
      headline: 'VP Engineering',
      mutualConnections: 5,
      note: null,
    });
  });

  it.each([
    ['Grow\nCatch up\nInvitations (2)\nShow all\nTomasz Nowak\nSenior Data Engineer @ Allegro\nKasia Wiśniewska is a mutual connection\nIgnore\nAccept\nRachel Green\nRecruiter at Meta\n3 mutual connections\nIgnore\nAccept', 'Tomasz Nowak', 'Senior Data Engineer', 1],
    ['Manage invitations\nReceived\nSent\nAll (4)\nPeople (3)\nPages (1)\nKenji Watanabe\nSolutions Architect at AWS\nYuki Tanaka and 2 other mutual connections\nIgnore\nAccept', 'Kenji Watanabe', 'Solutions Architect', 3],
    ['Ravi Shankar\nStatus is online\nRavi Shankar\nDirector of Engineering at Atlassian\n19 mutual connections\nIgnore\nAccept', 'Ravi Shankar', 'Director of Engineering', 19],
  ])('passes over My Network\'s tabs, filter pills and "Status is online": %j', (text, name, headline, mutualConnections) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, headline, mutualConnections, note: null });
  });

  it('reads only the first person of a digest e-mail, and skips its "Sam, you have 3 new invitations"', () => {
    const text = `Subject: You have 3 new invitations
Sam, you have 3 new invitations

Ingrid Solberg
Platform Engineer at Equinor
Accept
View profile

Carlos Mendes
Sales Director at Outsourcely | We build your dev team in 2 weeks
Hi Sam, can we talk about your hiring plans?
4 mutual connections
Accept
View profile`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Ingrid Solberg',
      headline: 'Platform Engineer',
      mutualConnections: null,
      note: null,
    });
  });

  it('still reads what an e-mail puts after its Accept button', () => {
    // The mutual count comes after the buttons, and a same-name signature is not a new person.
    const text = 'Priya Raman\nHead of Data at Northwind\nHi Sam, great to meet you at the panel!\nAccept\nView profile\n\n14 mutual connections\nPriya Raman\nHead of Data at Northwind';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ mutualConnections: 14, note: 'Hi Sam, great to meet you at the panel!' });
  });
});

describe('parseInvitation: names', () => {
  it.each([
    ['José García-Núñez', 'José García-Núñez'],
    ['Priya Raman (she/her)', 'Priya Raman'],
    ['Priya Raman she/her', 'Priya Raman'],
    ['Priya Raman · 2nd', 'Priya Raman'],
    ['Priya Raman (They/Them) · 3rd+', 'Priya Raman'],
    ['Priya Raman 🚀', 'Priya Raman'],
    ["Siobhán O'Brien-Ní Dhuibhir", "Siobhán O'Brien-Ní Dhuibhir"],
    ['Dr. A. J. Smith', 'Dr. A. J. Smith'],
    ['Priya Raman, PhD', 'Priya Raman, PhD'],
    ['Emily Davis, SHRM-CP', 'Emily Davis, SHRM-CP'],
    ['Kate Moss, LEED AP', 'Kate Moss, LEED AP'],
    ['Jordan Lee, they/them', 'Jordan Lee'],
    ['Jordan Lee, She/Her · 2nd', 'Jordan Lee'],
    ['Ludwig van der Berg', 'Ludwig van der Berg'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['李小龍', '李小龍'],
    ['محمد علي', 'محمد علي'],
    ['Zoë Ødegård', 'Zoë Ødegård'],
    ['Jose\u0301 Garci\u0301a', 'José García'],
    ['Pri\u200Bya Ra\u200Dman\u202E', 'Priya Raman'],
  ])('reads the name line %j', (line, name) => {
    expect(invitationOf(parseInvitation(`${line}\nHead of Data at Northwind`)).name).toBe(name);
  });

  it.each([
    ['Priya Raman wants to connect', 'Priya Raman'],
    ['Priya Raman would like to connect', 'Priya Raman'],
    ['Priya Raman has invited you to connect', 'Priya Raman'],
    ['Priya Raman invited you to connect', 'Priya Raman'],
    ['Priya Raman follows you and is inviting you to connect', 'Priya Raman'],
    ['Sam, would you like to connect with Priya Raman?', 'Priya Raman'],
    ['Priya Raman is inviting you to connect · 2d', 'Priya Raman'],
    ['Invitation from Priya Raman', 'Priya Raman'],
    ['You have an invitation from Priya Raman.', 'Priya Raman'],
    ['Priya Raman sent you an invitation', 'Priya Raman'],
    ['Reminder: Priya Raman is waiting for your response', 'Priya Raman'],
    ['Hi Sam, Priya Raman wants to connect with you', 'Priya Raman'],
    ['Subject: Re: Priya Raman wants to connect', 'Priya Raman'],
    ['From: "Priya Raman via LinkedIn" <invitations@linkedin.com>', 'Priya Raman'],
    ['View Priya Raman’s profile', 'Priya Raman'],
    ['Check out Priya Raman’s profile on LinkedIn', 'Priya Raman'],
    ['Priya Raman, Head of Data at Northwind, wants to connect with you.', 'Priya Raman'],
  ])('reads the name from %j when the name line is missing', (line, name) => {
    const text = `${line}\n"Hi Sam, great to meet you at the panel."\n14 mutual connections`;
    const invitation = invitationOf(parseInvitation(text));
    expect(invitation.name).toBe(name);
    expect(invitation.note).toBe('Hi Sam, great to meet you at the panel.');
    expect(invitation.mutualConnections).toBe(14);
  });

  it('reads the mobile app’s shared profile line, link and all, but not a share of one’s own profile', () => {
    const shared = "Check out Priya Raman's profile on LinkedIn https://www.linkedin.com/in/priya-raman-data";
    expect(invitationOf(parseInvitation(shared))).toMatchObject({ name: 'Priya Raman', profileUrl: 'https://www.linkedin.com/in/priya-raman-data' });
    expect(parseInvitation('Check out my profile on LinkedIn https://www.linkedin.com/in/priya-raman-data').ok).toBe(false);
  });

  it('reads the headline between the name and the invite phrase, and skips "You have an invitation"', () => {
    const text = 'You have an invitation\nPriya Raman, Head of Data Partnerships at Northwind Analytics, wants to connect with you.\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Priya Raman',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      note: null,
    });
  });

  it('does not take the one word an e-mail greets for the name, before "Name, Headline, wants to connect"', () => {
    expect(parseInvitation('Sam, Priya Raman, CTO at Acme, would like to connect').ok).toBe(false);
  });

  it('prefers the invite phrase over an earlier name-like line', () => {
    const text = 'Greater London\nPriya Raman wants to connect\nHead of Data at Northwind';
    expect(invitationOf(parseInvitation(text)).name).toBe('Priya Raman');
  });

  it('reads "Name – Headline" on one line', () => {
    const invitation = invitationOf(parseInvitation('Priya Raman – Head of Data at Northwind'));
    expect(invitation).toMatchObject({ name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind' });
  });

  it('reads a "Name:" label', () => {
    expect(invitationOf(parseInvitation('Name: priya raman\nHeadline: Head of Data at Northwind'))).toMatchObject({
      name: 'priya raman',
      headline: 'Head of Data',
      company: 'Northwind',
    });
  });

  it.each([
    'Martin Luther King Jr.',
    'Robert Tables Jr.',
    'Robert Tables, Jr.',
    'Robert Tables, Sr.',
    "Hannah O'Connell, Ph.D.",
    "Hannah O'Connell, PhD.",
    'Ana Souza, M.D.',
    'Ana Souza, MD.',
    'Jane Roe, Esq.',
  ])('reads a name ending in an abbreviation, %j, as a name and not a sentence', (name) => {
    const text = `${name}\nProfessor at MIT\nBerlin\n4 mutual connections\nHi Sam, loved your paper.`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name,
      headline: 'Professor',
      company: 'MIT',
      mutualConnections: 4,
      note: 'Hi Sam, loved your paper.',
    });
  });

  it('reads a name ending in "Jr." from the subject and the name line of an e-mail', () => {
    const text = `Subject: Martin Luther King Jr. wants to connect

Martin Luther King Jr.
Pastor at Ebenezer Baptist Church
Atlanta, Georgia
Accept
View profile`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Martin Luther King Jr.',
      headline: 'Pastor',
      company: 'Ebenezer Baptist Church',
      note: null,
    });
  });

  it('still reads a line ending in a full stop after an ordinary word as a sentence', () => {
    const note = 'Great talk at Data Council.';
    expect(invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${note}`)).note).toBe(note);
  });

  it.each(['Robert "Bobby" Tables', 'Robert “Bobby” Tables', 'Robert ‘Bobby’ Tables', 'Robert "Bobby" Tables Jr.'])(
    'reads a name with a nickname in quotes, %j',
    (name) => {
      const text = `${name}\nPrincipal Architect at AWS\n7 mutual connections\n"Sam, great catching up at re:Invent. Let's keep in touch!"`;
      expect(invitationOf(parseInvitation(text))).toMatchObject({
        name,
        headline: 'Principal Architect',
        company: 'AWS',
        mutualConnections: 7,
        note: "Sam, great catching up at re:Invent. Let's keep in touch!",
      });
    },
  );

  it('takes no title words after a comma for a credential of several parts', () => {
    expect(invitationOf(parseInvitation('Priya Raman, VP EMEA'))).toMatchObject({ name: 'Priya Raman', headline: 'VP EMEA' });
    expect(invitationOf(parseInvitation('Priya Raman, CFO DACH'))).toMatchObject({ name: 'Priya Raman', headline: 'CFO DACH' });
  });

  it('caps a long name at 100 characters', () => {
    const name = invitationOf(parseInvitation(`${'A'.repeat(150)} | CTO`)).name;
    expect(name.length).toBeLessThanOrEqual(FIELD_LIMITS.name);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('parseInvitation: a headline in brackets, and a name in lower case', () => {
  it.each([
    ['Daniel Kim (Engineering Manager at Datadog)\n12 mutual connections\nIgnore\nAccept', { name: 'Daniel Kim', headline: 'Engineering Manager', company: 'Datadog', mutualConnections: 12 }],
    ['Invite from Daniel Kim (Engineering Manager at Datadog)', { name: 'Daniel Kim', headline: 'Engineering Manager', company: 'Datadog' }],
    // A line of its own wins; pronouns in brackets are no headline.
    ['Daniel Kim (Engineering at Datadog)\nStaff Engineer at Stripe', { name: 'Daniel Kim', headline: 'Staff Engineer', company: 'Stripe' }],
    ['Daniel Kim (he/him)\n12 mutual connections', { name: 'Daniel Kim', headline: null }],
  ])('reads %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });

  it('reads a name its owner writes in lower case, above a headline and a count', () => {
    const text = 'maya ito\n· 2nd\nProduct Designer at Linear\n4 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'maya ito', headline: 'Product Designer', company: 'Linear', mutualConnections: 4 });
  });

  it.each(['come early, stay at the back', 'great talk\nsee you at the meetup\n3 mutual connections', 'maya ito\nProduct Designer at Linear'])(
    'still asks for the name in %j',
    (text) => {
      expect(parseInvitation(text).ok).toBe(false);
    },
  );
});

describe('parseInvitation: headline and company', () => {
  it.each([
    ['Head of Data Partnerships at Northwind Analytics', 'Head of Data Partnerships', 'Northwind Analytics'],
    // More after the company: the headline is the line as written, so the rest is shown and weighed.
    ['VP Sales at Acme Corp | Ex-Google', 'VP Sales at Acme Corp | Ex-Google', 'Acme Corp'],
    ['VP Sales @ Acme Corp · Speaker', 'VP Sales @ Acme Corp · Speaker', 'Acme Corp'],
    ['Engineer @Stripe • Rust', 'Engineer @Stripe • Rust', 'Stripe'],
    ['CTO at Acme, Inc. | Advisor', 'CTO at Acme, Inc. | Advisor', 'Acme, Inc.'],
    ['Founder at Acme, building tools for teams', 'Founder at Acme, building tools for teams', 'Acme'],
    ['CTO at Acme - Hiring engineers', 'CTO at Acme - Hiring engineers', 'Acme'],
    ['Current: CTO at Acme | Advisor', 'CTO at Acme | Advisor', 'Acme'],
    ['@Stripe | Rust', '@Stripe | Rust', 'Stripe'],
    // Only separators after the company: nothing more to keep.
    ['CTO at Acme |', 'CTO', 'Acme'],
    ['CTO at Acme, Inc', 'CTO', 'Acme, Inc'],
    ['Software Engineer I at Google', 'Software Engineer I', 'Google'],
    ['Product at eBay', 'Product', 'eBay'],
    ['Current: Head of Data at Northwind', 'Head of Data', 'Northwind'],
    ['Helping teams grow at scale', 'Helping teams grow at scale', null],
    ['Founder | Investor | Speaker', 'Founder | Investor | Speaker', null],
    ['Head of Data Partnerships', 'Head of Data Partnerships', null],
  ])('splits %j', (line, headline, company) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
    expect(invitationOf(parseInvitation(`Priya Raman\n${line}`))).toMatchObject({ headline, company });
  });

  it('reads a "Company:" line', () => {
    const text = 'Priya Raman\nHead of Data Partnerships\nCompany: Northwind Analytics';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
    });
  });

  it('has no headline when nothing follows the name', () => {
    expect(invitationOf(parseInvitation('Priya Raman'))).toEqual({
      name: 'Priya Raman',
      headline: null,
      company: null,
      mutualConnections: null,
      note: null,
      profileUrl: null,
    });
  });

  it('reads a headline whose later segments say "you", where the note would otherwise be', () => {
    const headline = 'Crypto Investment Advisor | Helping you achieve financial freedom';
    for (const text of [
      `Marcus Webb has invited you to connect\n${headline}\n0 mutual connections\nAccept`,
      `Marcus Webb\n${headline}\nMarcus Webb has invited you to connect`,
      `Hi Sam,\n\nMarcus Webb\n${headline}\nView profile`,
    ]) {
      expect(invitationOf(parseInvitation(text)), text).toMatchObject({ name: 'Marcus Webb', headline, note: null });
    }
  });

  it('still reads a note joined by " | " as the note, when its first part is a sentence', () => {
    for (const note of [
      'Great meeting you | let us stay in touch',
      "Hi Sam | I'd like to connect",
      'I help founders | happy to chat',
      'Data Council 2026 | great meeting you there!',
      'Data Council 2026 | it was great to meet you.',
    ]) {
      const invitation = invitationOf(parseInvitation(`Marcus Webb has invited you to connect\n${note}\nAccept`));
      expect(invitation.headline, note).toBeNull();
      expect(invitation.note, note).toBe(note);
    }
  });

  // A headline may end as a sentence would: crying out in its last segment, with a company
  // form's full stop, or with a slogan in the first person before its titles.
  it.each([
    ["Technical Recruiter at Google | We're hiring!", "Technical Recruiter at Google | We're hiring!", 'Google'],
    ['Recruiter at Google | We are hiring!', 'Recruiter at Google | We are hiring!', 'Google'],
    ['VP Sales EMEA at Salesforce - Hiring!', 'VP Sales EMEA at Salesforce - Hiring!', 'Salesforce'],
    ['CEO & Co-founder at Acme Robotics, Inc.', 'CEO & Co-founder', 'Acme Robotics, Inc.'],
    ['Delivery Director at Tata Consultancy Services Ltd.', 'Delivery Director', 'Tata Consultancy Services Ltd.'],
    ['I help B2B founders scale to $10M ARR | Fractional CMO | Ex-HubSpot', 'I help B2B founders scale to $10M ARR | Fractional CMO | Ex-HubSpot', null],
  ])('reads %j under the name as the headline, not the note', (line, headline, company) => {
    const text = `Amy Lee\n· 2nd\n${line}\n3 mutual connections\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Amy Lee', headline, company, mutualConnections: 3, note: null });
  });

  it.each(['Great panel | thanks for having me!', 'CTO at Acme | Can we talk?', 'Head of Data | great to meet you!', 'I help founders | happy to chat'])(
    'still reads %j under the name as the note',
    (note) => {
      expect(invitationOf(parseInvitation(`Amy Lee\n${note}\nAccept`))).toMatchObject({ headline: null, note });
    },
  );

  it.each([
    ['Product Owner at bol.com', 'Product Owner', 'bol.com'],
    ['Product Owner bij bol.com', 'Product Owner', 'bol.com'],
    ['Redakteurin bei t-online.de | Politik', 'Redakteurin bei t-online.de | Politik', 't-online.de'],
    // A lower-case word that is no web address is no company.
    ['Engineer at web3', 'Engineer at web3', null],
    ['Engineer at scale', 'Engineer at scale', null],
  ])('reads a company written in lower case only as a web address: %j', (line, headline, company) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
    expect(invitationOf(parseInvitation(`Femke Bakker\n${line}`))).toMatchObject({ headline, company });
  });

  it('does not take the note for the headline', () => {
    const invitation = invitationOf(parseInvitation('Priya Raman\nHi Sam, we met at the panel at Data Council.'));
    expect(invitation.headline).toBeNull();
    expect(invitation.company).toBeNull();
    expect(invitation.note).toBe('Hi Sam, we met at the panel at Data Council.');
  });

  it('caps headline and company', () => {
    const line = `${'Role '.repeat(60)}at ${'Company '.repeat(40)}`;
    const invitation = invitationOf(parseInvitation(`Priya Raman | ${line}`));
    expect(invitation.headline?.length).toBeLessThanOrEqual(FIELD_LIMITS.headline);
    expect(invitation.company?.length).toBeLessThanOrEqual(FIELD_LIMITS.company);
    expect(invitation.company?.endsWith('…')).toBe(true);
  });
});

describe('parseInvitation: a count on the line of the name or the headline', () => {
  it.each([
    ['Priya Raman (14 mutual)', { name: 'Priya Raman', mutualConnections: 14 }],
    ['Priya Raman (Jane Doe and 3 other mutual connections)\nCTO at Acme', { name: 'Priya Raman', company: 'Acme', mutualConnections: 4 }],
    ['Jana Müller (3 gemeinsame Kontakte)\nLeiterin Vertrieb bei Contoso', { name: 'Jana Müller', company: 'Contoso', mutualConnections: 3 }],
    ['Priya Raman\nStaff Engineer at Stripe · 14 mutual connections', { headline: 'Staff Engineer', company: 'Stripe', mutualConnections: 14 }],
    ['Priya Raman\nInvestor | Helping founders grow | 14 mutual connections', { headline: 'Investor | Helping founders grow', mutualConnections: 14 }],
    ['Priya Raman | CTO at Acme | 3 mutual\nHi there, loved your talk', { name: 'Priya Raman', company: 'Acme', mutualConnections: 3, note: 'Hi there, loved your talk' }],
    ['Priya Raman\nHead of Data at Northwind, 14 mutual connections', { headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
  ])('reads both in %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });

  it.each([
    // LinkedIn's figures and a place are no headline.
    ['Priya Raman\nBerlin · 500+ connections · 12 mutual connections', { headline: null, mutualConnections: 12, note: null }],
    ['Priya Raman\nGreater Boston · 12 mutual connections', { headline: null, mutualConnections: 12, note: null }],
    // A sentence that ends with a count is the note's.
    ['Priya Raman\nCTO at Acme\nHi Sam, we seem to know the same people (14 mutual)', { mutualConnections: null, note: 'Hi Sam, we seem to know the same people (14 mutual)' }],
    ['Priya Raman\nCTO at Acme\nWe met at KubeCon, 40 mutual connections!', { mutualConnections: null, note: 'We met at KubeCon, 40 mutual connections!' }],
    // One typed line of several commas is read part by part, not split here.
    ['Priya Raman, Head of Data at Northwind, Small world, 40 mutual connections', { headline: 'Head of Data', company: 'Northwind' }],
  ])('leaves %j as it was', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });
});

describe('parseMutualConnections', () => {
  it.each([
    ['14 mutual connections', 14],
    ['1 mutual connection', 1],
    ['14 mutual', 14],
    ['Jane Doe and 13 other mutual connections', 14],
    ['Jane Doe and 13 others are mutual connections', 14],
    ['Jane Doe is a mutual connection', 1],
    ['Jane Doe and John Roe are mutual connections', 2],
    ['Jane Doe, John Roe and 5 other mutual connections', 7],
    ['Jane Doe, John Roe and Ada Lee are mutual connections', 3],
    ['1 shared connection', 1],
    ['3 shared connections', 3],
    ['no mutual connections', 0],
    ['No shared connections', 0],
    ['0 mutual connections', 0],
    ['1,204 mutual connections', 1204],
    ['San Francisco Bay Area · 500+ connections · 14 mutual connections', 14],
    ['Mutual connections: 14', 14],
    ['Mutual connections: Jane Doe, John Roe and 12 others', 14],
    ['Mutual connections: Jane Doe, John Roe, and 12 others', 14],
    ['Shared connections: Jane Doe & 1 other', 2],
    ['See all mutual connections (14)', 14],
    ['Mutual connections (3)', 3],
    ['mutual: 14', 14],
    ['Mutuals: 2', 2],
    ['3 mutuals', 3],
    ['1 mutual', 1],
    ['no mutuals', 0],
    ['12 connections in common', 12],
  ])('reads %j as %i', (line, count) => {
    expect(parseMutualConnections(line)).toBe(count);
  });

  it.each(['500+ connections', '500 connections', 'Head of Data', '', 'mutual fund manager', 'See all mutual connections (see more)', 'Shared: 3 posts'])(
    'reads nothing in %j',
    (line) => {
      expect(parseMutualConnections(line)).toBeNull();
    },
  );

  it('reads "3 mutuals" in pasted text', () => {
    expect(invitationOf(parseInvitation('Priya Raman\nHead of Data at Northwind\n3 mutuals')).mutualConnections).toBe(3);
  });

  it('ignores the total "500+ connections" in pasted text', () => {
    const invitation = invitationOf(parseInvitation('Priya Raman\nHead of Data at Northwind\n500+ connections'));
    expect(invitation.mutualConnections).toBeNull();
  });
});

describe('parseInvitation: a note that mentions a number of mutual connections', () => {
  // LinkedIn's line states the count and stops; a note's sentence says more around it.
  it.each([
    ['40 mutual connections and counting!', '14 mutual connections', 14],
    ['40 mutual connections and counting', 'Jane Doe and 13 other mutual connections', 14],
    ['Already 40 mutual connections', 'Jane Doe is a mutual connection', 1],
    ['You share 40 mutual connections.', 'San Francisco Bay Area · 500+ connections · 14 mutual connections', 14],
    ['Small world: 40 mutual connections', 'See all mutual connections (14)', 14],
    ['Jane Doe and 39 other mutual connections, small world', 'Jane Doe and John Roe are mutual connections', 2],
    ['No mutual connections yet, but loved your talk', 'Mutual connections: Jane Doe, John Roe and 12 others', 14],
    ['40 mutual connections - and counting', '1 shared connection', 1],
  ])('keeps %j in the note and reads %j', (noteLine, line, count) => {
    const note = `Hi Sam!\n${noteLine}`;
    const invitation = invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${note}\n${line}`));
    expect(invitation).toMatchObject({ name: 'Priya Raman', company: 'Northwind', mutualConnections: count, note });
    // With no line of LinkedIn's, the note states no count.
    const alone = invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${note}\nAccept`));
    expect(alone).toMatchObject({ mutualConnections: null, note });
  });

  it.each([
    ['14 mutual connections • 2nd', 14],
    ['Jane Doe and 13 other mutual connections · Message', 14],
    ['14 mutual connections Accept Ignore', 14],
    ['14 gemeinsame Kontakte Annehmen Ignorieren', 14],
  ])("still reads LinkedIn's line %j when another segment or the buttons share it", (line, count) => {
    const invitation = invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${line}`));
    expect(invitation).toMatchObject({ name: 'Priya Raman', mutualConnections: count, note: null });
  });

  it.each([
    ['14 mutual connections Accept View profile', 14],
    ['Jane Doe and 13 other mutual connections Message', 14],
    ['14 mutual connections – Message', 14],
    ['14 mutual connections (incl. Jane Doe and Omar Haddad)', 14],
    ['14 mutual connections, mostly ex-Contoso', 14],
    ['14 mutual connections: Jane Doe, Omar Haddad, Lee Park…', 14],
    ['Mutual connections: 14 (Jane Doe, Omar Haddad, …)', 14],
    ['1 mutual connection: Jane Doe', 1],
    ['Around 14 mutual connections', 14],
    ['[image: ] 5 mutual connections', 5],
  ])('reads a count line that says a little more, %j, before any note', (line, count) => {
    const invitation = invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${line}\nAccept`));
    expect(invitation).toMatchObject({ name: 'Priya Raman', mutualConnections: count, note: null });
  });

  it("reads the e-mail's count line after the note and its button, though it says more", () => {
    const text = EMAIL_COPY.replace('14 mutual connections', '14 mutual connections View profile');
    expect(invitationOf(parseInvitation(text))).toEqual(PRIYA);
  });

  it('keeps a count line that reads as a sentence in the note, with no greeting above it', () => {
    const note = 'Ha, 40 mutual connections. Surprised it took this long, Sam!';
    const invitation = invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${note}\nAccept`));
    expect(invitation).toMatchObject({ mutualConnections: null, note });
  });

  it("reads the e-mail's count, not the one in the note above it", () => {
    const text = EMAIL_COPY.replace(
      'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.',
      'Hi Sam,\n40 mutual connections and counting! Would love to compare notes on data contracts.',
    );
    expect(parseInvitation(text)).toEqual({
      ok: true,
      invitation: {
        ...PRIYA,
        note: 'Hi Sam,\n40 mutual connections and counting! Would love to compare notes on data contracts.',
      },
      form: 'pasted',
    });
  });

  it('keeps a note line after the web page\'s count in the note', () => {
    const text = WEB_COPY.replace('\nIgnore', '\n40 mutual connections and counting\nIgnore');
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Priya Raman',
      company: 'Northwind Analytics',
      mutualConnections: 14,
      note: 'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.\n40 mutual connections and counting',
    });
  });

  it('reads no count from a note that has one with "we" and one without', () => {
    const note = "We have 12 mutual connections, let's connect.\n40 mutual connections and counting";
    expect(invitationOf(parseInvitation(`Priya Raman\nHead of Data at Northwind\n${note}`))).toMatchObject({
      name: 'Priya Raman',
      headline: 'Head of Data',
      company: 'Northwind',
      mutualConnections: null,
      note,
    });
  });
});

describe('parseInvitation: the one-line form', () => {
  it('reads all five fields', () => {
    const result = parseInvitation(
      'Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data | Hi Sam, we met at the Data Council panel last week - would love to stay in touch.',
    );
    expect(result).toEqual({ ok: true, invitation: PRIYA, form: 'one-line' });
  });

  it('accepts missing and blank fields', () => {
    expect(parseInvitation('Priya Raman | CTO')).toEqual({
      ok: true,
      invitation: { name: 'Priya Raman', headline: 'CTO', company: null, mutualConnections: null, note: null, profileUrl: null },
      form: 'one-line',
    });
    expect(invitationOf(parseInvitation('Priya Raman | | | | Hi!'))).toMatchObject({ headline: null, note: 'Hi!' });
    expect(invitationOf(parseInvitation('Priya Raman|'))).toMatchObject({ name: 'Priya Raman', headline: null });
  });

  it.each([
    ['14', 14],
    ['14 mutual', 14],
    ['14 mutual connections', 14],
    ['1,204', 1204],
    ['none', 0],
    ['no', 0],
    ['0', 0],
    ['No mutual connections', 0],
    ['3 mutuals', 3],
    ['14 mutal', 14],
    ['14 mutals', 14],
    ['2 mtual', 2],
    ['5 mutuall', 5],
    ['14 connections', null],
    ['3 mins', null],
    ['14 maybe', null],
    ['', null],
    ['lots', null],
  ])('reads the mutual field %j', (field, count) => {
    expect(invitationOf(parseInvitation(`Priya Raman | CTO | ${field}`)).mutualConnections).toBe(count);
  });

  it('keeps | in the note', () => {
    const note = invitationOf(parseInvitation('Priya Raman | CTO | 3 | | Loved the talk | see you at the next one')).note;
    expect(note).toBe('Loved the talk | see you at the next one');
  });

  it('reads a multi-line note once the first line reaches the note field', () => {
    const invitation = invitationOf(parseInvitation('Priya Raman | CTO | 3 | | Hi Sam,\nsee you soon.'));
    expect(invitation.note).toBe('Hi Sam,\nsee you soon.');
  });

  it('accepts a lower-case name, because the form says it is the name', () => {
    expect(invitationOf(parseInvitation('priya raman | cto')).name).toBe('priya raman');
  });

  it('says what is wrong when the name field is empty, keeping what it found', () => {
    const result = parseInvitation(' | Head of Data at Northwind | 14 | linkedin.com/in/priya');
    expect(result).toMatchObject({
      ok: false,
      found: { headline: 'Head of Data', company: 'Northwind', mutualConnections: 14, profileUrl: 'https://www.linkedin.com/in/priya' },
    });
    expect(result.ok ? '' : result.reason).toMatch(/first field/);
  });

  it('does not take a URL for the name', () => {
    expect(parseInvitation('https://www.linkedin.com/in/priya | CTO').ok).toBe(false);
  });

  it('treats a bare "LinkedIn" headline (a page title) as no headline', () => {
    expect(invitationOf(parseInvitation('Priya Raman | LinkedIn')).headline).toBeNull();
  });
});

describe('parseInvitation: what a second, independent QA pass found', () => {
  it.each([
    ["Julien Petit\nJ'aide les PME à digitaliser leur comptabilité | Expert-comptable\nAucune relation en commun\nBonjour, je me permets de vous contacter.\nIgnorer\nAccepter", "J'aide les PME à digitaliser leur comptabilité | Expert-comptable", 'Bonjour, je me permets de vous contacter.'],
    ['Dana Reed\nI help SMEs digitalise their accounting | Chartered Accountant\nHi Sam, happy to connect and compare notes on close processes.\nAccept', 'I help SMEs digitalise their accounting | Chartered Accountant', 'Hi Sam, happy to connect and compare notes on close processes.'],
  ])('reads a first-person slogan before a title as the headline: %j', (text, headline, note) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ headline, note });
  });

  it('reads the share line after the forwarder\'s question on the same line', () => {
    const text = "Should I accept this guy? Check out Ahmed Hassan's profile on LinkedIn https://www.linkedin.com/in/ahmedhassan?utm_source=share";
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ahmed Hassan', profileUrl: 'https://www.linkedin.com/in/ahmedhassan', note: null });
  });

  it.each([
    ['Einladung von Lena Hoffmann, Head of Sales bei Personio, 5 gemeinsame Kontakte', 'Lena Hoffmann', 'Personio', 5],
    ['Invitación de Pablo Ruiz, CTO en Cabify, 7 contactos en común', 'Pablo Ruiz', 'Cabify', 7],
  ])('reads a typed "invitation from" line in another language: %j', (text, name, company, mutualConnections) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, company, mutualConnections });
  });
});

describe('parseInvitation: one typed line with commas or dashes instead of bars', () => {
  it.each([
    ['Priya Raman, Head of Data at Northwind, 14 mutual connections', { headline: 'Head of Data', company: 'Northwind', mutualConnections: 14, note: null }],
    ['Priya Raman - Head of Data at Northwind - 14 mutual', { headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
    ['Priya Raman, Founder, linkedin.com/in/priya-r', { headline: 'Founder', profileUrl: 'https://www.linkedin.com/in/priya-r' }],
    ['Priya Raman, CTO at Acme, 3 mutual, we met at the Data Council panel', { mutualConnections: 3, note: 'we met at the Data Council panel' }],
    ['Priya Raman, PM at Acme, "Hey, great meeting you, let\'s stay in touch"', { headline: 'PM', company: 'Acme', note: "Hey, great meeting you, let's stay in touch" }],
  ])('reads %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Priya Raman', ...fields });
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ name: 'Priya Raman', ...fields });
  });

  // The quickest things to type: the name and a link after a space, or the invite phrase first.
  it.each([
    ['Priya Raman https://www.linkedin.com/in/priya-raman-data', { profileUrl: 'https://www.linkedin.com/in/priya-raman-data', headline: null }],
    ['Priya Raman linkedin.com/in/priya-r', { profileUrl: 'https://www.linkedin.com/in/priya-r' }],
    ['Invite from Priya Raman, Head of Data at Northwind, 14 mutual', { headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
    ['Priya Raman wants to connect - Head of Data at Northwind - 14 mutual', { headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
  ])('reads %j, the name first with a link or in an invite phrase', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Priya Raman', ...fields });
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ name: 'Priya Raman', ...fields });
  });

  // The note is the last part: its own commas and dashes are not separators.
  it.each([
    ['Priya Raman - Head of Data at Northwind - 14 mutual - Hi, we met at KubeCon, loved your talk', 'Hi, we met at KubeCon, loved your talk'],
    ['Priya Raman, CTO at Acme, 3 mutual, Would love to connect, we met at the Data Council', 'Would love to connect, we met at the Data Council'],
    ['Priya Raman, CTO at Acme, linkedin.com/in/priya-r, Thanks for the chat yesterday - great to meet you', 'Thanks for the chat yesterday - great to meet you'],
    ['Priya Raman · Founder · 2 mutual · Guaranteed 10x returns, DM me now', 'Guaranteed 10x returns, DM me now'],
    ['Priya Raman, Head of Data, 3 mutual, Hola Ana, nos conocimos en Madrid', 'Hola Ana, nos conocimos en Madrid'],
  ])('keeps the note of %j whole', (text, note) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
    expect(invitationOf(parseSlackCommandText(text)).note).toBe(note);
  });

  // Shapes people type in Slack: a credential, the link first, a full stop, a note's label, lower case.
  it.each([
    ['Priya Raman, CFA — Portfolio Manager at Fidelity — 3 mutual', { name: 'Priya Raman, CFA', headline: 'Portfolio Manager', company: 'Fidelity', mutualConnections: 3 }],
    ['https://www.linkedin.com/in/tomasz-nowak-123/ Tomasz Nowak', { name: 'Tomasz Nowak', profileUrl: 'https://www.linkedin.com/in/tomasz-nowak-123' }],
    ['https://linkedin.com/in/tomasz-nowak Tomasz Nowak, Data Engineer at Allegro', { name: 'Tomasz Nowak', headline: 'Data Engineer', profileUrl: 'https://www.linkedin.com/in/tomasz-nowak' }],
    ['Priya Raman, Head of Data at Northwind. 14 mutual connections.', { name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
    ['Grace Liu, Growth Lead at Notion, 12 mutual connections. Her note: "Hi Sam, great to meet another Notion power user!"', { name: 'Grace Liu', mutualConnections: 12, note: 'Hi Sam, great to meet another Notion power user!' }],
    ['Grace Liu, Growth Lead at Notion, 12 mutual. Note: fellow Notion power user, small world', { name: 'Grace Liu', mutualConnections: 12, note: 'fellow Notion power user, small world' }],
    ['priya raman, head of data at northwind, 14 mutual', { name: 'priya raman', mutualConnections: 14 }],
    ['Priya Raman, Head of Data at Northwind, 14 mutual, fellow Stanford alum', { name: 'Priya Raman', mutualConnections: 14, note: 'fellow Stanford alum' }],
    ['Invite from Daniel Kim (Engineering Manager at Datadog), 1 mutual. Note: "Hi Sam, we were both at the Kubernetes meetup last week."', { name: 'Daniel Kim', company: 'Datadog', mutualConnections: 1, note: 'Hi Sam, we were both at the Kubernetes meetup last week.' }],
    ['Just got an invite from Marcus Webb (Senior Software Engineer at Stripe) — 12 mutual connections. Anyone know him?', { name: 'Marcus Webb', headline: 'Senior Software Engineer', company: 'Stripe', mutualConnections: 12 }],
    ['I got an invitation from Marcus Webb, Staff Engineer at Stripe, 12 mutual', { name: 'Marcus Webb', headline: 'Staff Engineer', company: 'Stripe', mutualConnections: 12 }],
  ])('reads %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(fields);
  });

  it.each([
    ['Priya Raman, CTO, 3 mutual', { name: 'Priya Raman', headline: 'CTO' }],
    ['Dr. Mei Chen, Head of Data at Northwind, 14 mutual', { name: 'Dr. Mei Chen', headline: 'Head of Data' }],
    // What goes on after an invite phrase's name is a headline only when it is no sentence and no count.
    ['Invite from Daniel Kim, we met at KubeCon last week', { name: 'Daniel Kim', headline: null }],
  ])('reads %j, taking no title for a credential, no full stop in a name for a separator, no sentence for a headline', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });

  it.each([
    ['Priya Raman, Hello Fresh Account Manager, 14 mutual', 14],
    ['Priya Raman, Store Manager, Best Buy, 9 mutual', 9],
  ])('does not take %j for a greeting that opens the note', (text, count) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ mutualConnections: count, note: expect.not.stringContaining('mutual') });
  });

  it.each(["Hi, I'm Priya, let's connect", 'Priya Raman, see you soon', 'Thanks, see you soon'])(
    'still asks for the name in %j, which is not a name then a headline, count or profile',
    (text) => {
      expect(parseInvitation(text).ok).toBe(false);
    },
  );
});

describe('parseInvitation: what a third QA pass found', () => {
  // Outlook copies from the recipient's name down with no blank line under it: the name with a
  // headline under it is the inviter's.
  it.each([
    ['Sam Lee\nOlivia Park\nCommunity Lead at Figma\nSeoul, South Korea\n6 mutual connections\nAccept<https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=7316>', { name: 'Olivia Park', headline: 'Community Lead', company: 'Figma', mutualConnections: 6 }],
    ['Morgan Ellis\nTunde Bakare\nSenior PM at Flutterwave\n2 mutual connections\nView profile<https://www.linkedin.com/comm/in/tunde-bakare?midToken=AQo>', { name: 'Tunde Bakare', headline: 'Senior PM', company: 'Flutterwave' }],
    // A name over its own headline is still the name; without the e-mail's links, so is a name over another name.
    ['Priya Raman\nHead of Data at Northwind\n14 mutual connections\nView profile<https://www.linkedin.com/comm/in/priya?midToken=AQo>', { name: 'Priya Raman', headline: 'Head of Data' }],
    ['Priya Raman\nSam Lee\nHead of Data at Northwind\n14 mutual connections', { name: 'Priya Raman' }],
    // A German page's tabs are no name.

    ['Einladungen verwalten\nErhalten\nGesendet\nLukas Schneider\nSenior Software Engineer bei SAP\n4 gemeinsame Kontakte', { name: 'Lukas Schneider', headline: 'Senior Software Engineer', company: 'SAP' }],
  ])('reads the inviter of an e-mail copy that starts with the recipient\'s name: %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });

  it('takes "Erhalten" for a tab of the German page, not a name', () => {
    expect(parseInvitation('Erhalten\nSenior Software Engineer bei SAP').ok).toBe(false);
  });

  // What people type before the name in Slack.
  it.each([
    ['fyi invite from Kofi Boateng — Head of Partnerships @ Flutterwave — 11 mutual — “Hi Sam, Ada suggested I reach out”', { name: 'Kofi Boateng', headline: 'Head of Partnerships', company: 'Flutterwave', mutualConnections: 11, note: 'Hi Sam, Ada suggested I reach out' }],
    ['👀 new invite: Lucía Navarro - Frontend Lead at Cabify - 3 mutual connections', { name: 'Lucía Navarro', headline: 'Frontend Lead', company: 'Cabify', mutualConnections: 3 }],
    ['Invite: Sana Malik, Head of Data at Careem (14 mutual)\nNote: Hi Sam, would love your take on the market.', { name: 'Sana Malik', headline: 'Head of Data', company: 'Careem', mutualConnections: 14, note: 'Hi Sam, would love your take on the market.' }],
    ['Einladung: Katharina von Stein, Geschäftsführerin bei Stein & Partner GmbH, 3 gemeinsame Kontakte', { name: 'Katharina von Stein', headline: 'Geschäftsführerin', company: 'Stein & Partner GmbH', mutualConnections: 3 }],
    ["Got a request from Helena Sørensen (VP Eng at Unity), 2 mutual connections, she wrote: 'Hey Sam, loved your talk!'", { name: 'Helena Sørensen', company: 'Unity', mutualConnections: 2, note: 'Hey Sam, loved your talk!' }],
  ])('reads %j, with a lead-in before the name', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(fields);
  });

  // The parts in another order, or with other separators.
  it.each([
    ['https://www.linkedin.com/in/jkowalski, Jakub Kowalski, Staff SRE at Allegro, 4 mutual', { name: 'Jakub Kowalski', headline: 'Staff SRE', company: 'Allegro', mutualConnections: 4, profileUrl: 'https://www.linkedin.com/in/jkowalski' }],
    ['14 mutual — Priya Raman, Head of Data at Northwind', { name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
    ['Priya Banerjee https://www.linkedin.com/in/priyabanerjee 14 mutual', { name: 'Priya Banerjee', mutualConnections: 14, profileUrl: 'https://www.linkedin.com/in/priyabanerjee' }],
    ['*Sofia Marin* — _Principal Designer at Canva_ — 9 mutual', { name: 'Sofia Marin', headline: 'Principal Designer', company: 'Canva', mutualConnections: 9 }],
    ['Owen Hughes\tSecurity Engineer at Cloudflare\t5 mutual\thttps://www.linkedin.com/in/owenhughes-sec', { name: 'Owen Hughes', headline: 'Security Engineer', company: 'Cloudflare', mutualConnections: 5, profileUrl: 'https://www.linkedin.com/in/owenhughes-sec' }],
    ['Name: Amaru Quispe; Role: Data Scientist at Yape; Mutuals: 3; Note: none', { name: 'Amaru Quispe', headline: 'Data Scientist', company: 'Yape', mutualConnections: 3, note: null }],
    ['Priya Raman; Head of Data at Northwind; 14 mutual', { name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
  ])('reads %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(fields);
  });

  it('reads a typed line with the note on the lines under it', () => {
    const text = 'Benedikt Huber, Product Manager at Celonis, 3 mutual\n"Hi Sam,\nwe met at the Munich PM meetup. Would love to stay in touch!"';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Benedikt Huber',
      headline: 'Product Manager',
      company: 'Celonis',
      mutualConnections: 3,
      note: 'Hi Sam,\nwe met at the Munich PM meetup. Would love to stay in touch!',
    });
    // Lines that start no note leave the text to be read as pasted.
    expect(parseInvitation('Benedikt Huber, Product Manager at Celonis, 3 mutual\nMunich, Germany').ok).toBe(false);
  });

  it.each([
    ['Love your work.'],
    ['Great panel on Tuesday!'],
    ['Send me your deck'],
  ])('reads a typed line with a one-line note under it that opens with no greeting: %s', (note) => {
    const text = `Priya Raman, Head of Data at Northwind, 14 mutual\n${note}`;
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', mutualConnections: 14, note });
  });

  it('does not take a question under a typed line for its note: it is the sender’s', () => {
    const read = parseSlackCommandText('Priya Raman, Head of Data at Northwind, 14 mutual\nshould I accept?');
    expect(invitationOf(read)).toMatchObject({ name: 'Priya Raman', mutualConnections: 14, note: null });
  });

  it.each([
    ['Priya Nair, Head of Data @ Zomato, 14 mutuals + note: “Hi Sam, Ravi said you\'re the dbt person.”', { mutualConnections: 14, note: "Hi Sam, Ravi said you're the dbt person." }],
    ['Ngozi Okeke, Recruiter at Andela, 0 mutual, said: we have a remote Staff PM role and your profile is a match', { mutualConnections: 0, note: 'we have a remote Staff PM role and your profile is a match' }],
    ['Lars Eriksson (Founder at Northvolt Labs, 3 mutual)', { headline: 'Founder', company: 'Northvolt Labs', mutualConnections: 3, note: null }],
    ['Jordan Blake, PMP, he/him, Delivery Manager at Thoughtworks, 7 mutual', { name: 'Jordan Blake, PMP', headline: 'Delivery Manager', company: 'Thoughtworks', mutualConnections: 7 }],
    ['Jordan Blake, she/her, Delivery Manager at Thoughtworks, 7 mutual', { name: 'Jordan Blake', company: 'Thoughtworks', mutualConnections: 7 }],
  ])('reads the details of %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });

  it('reads the profile an Outlook Safe Link wraps, and no note after the e-mail\'s footer', () => {
    const safe = (url: string) => `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02%7Csam%40example.com&reserved=0`;
    const text = `Sam Lee\nSergio Márquez\nRegional Sales Manager at Datadog\n11 mutual connections\nAccept<${safe('https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=7311&sharedKey=aa1')}>\nView profile<${safe('https://www.linkedin.com/comm/in/sergio-marquez-1b?midToken=AQH3')}>`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Sergio Márquez', profileUrl: 'https://www.linkedin.com/in/sergio-marquez-1b' });
    const german = '[image: LinkedIn]\nSam Lee\nStefanie Roth\nSenior Consultant bei Deloitte\n4 gemeinsame Kontakte\nAnnehmen\nDiese E-Mail ist für Sam Lee (Product Lead bei Fernway) bestimmt.\nHier erfahren Sie, warum wir diese E-Mail an Sie gesendet haben.';
    expect(invitationOf(parseInvitation(german))).toMatchObject({ name: 'Stefanie Roth', note: null });
  });

  it.each([
    ['Lt. Col. Maria Gonzalez (Ret.)\nProgram Manager at Lockheed Martin\n6 mutual connections', 'Lt. Col. Maria Gonzalez'],
    ['María de los Ángeles Ruiz del Castillo\nAbogada en Garrigues\nSin contactos en común', 'María de los Ángeles Ruiz del Castillo'],
  ])('reads the name of %j', (text, name) => {
    expect(invitationOf(parseInvitation(text)).name).toBe(name);
  });

  it.each([
    ['Chief Product Officer at Kahoot!', 'Chief Product Officer', 'Kahoot!'],
    ['Founder @ Loomly & Advisor @ Techstars', 'Founder @ Loomly & Advisor @ Techstars', 'Loomly'],
    ['Werkstudent bei BMW Group | Wirtschaftsinformatik @ TUM', 'Werkstudent bei BMW Group | Wirtschaftsinformatik @ TUM', 'BMW Group'],
    ['Talent Partner at Miro — we\'re hiring 🚀', 'Talent Partner at Miro — we\'re hiring 🚀', 'Miro'],
    ['Diretor Comercial na Sonae', 'Diretor Comercial', 'Sonae'],
    ['Diretora de Marketing na Jerónimo Martins', 'Diretora de Marketing', 'Jerónimo Martins'],
  ])('reads the headline line %j', (line, headline, company) => {
    expect(invitationOf(parseInvitation(`Priya Raman\n${line}\n5 mutual connections`))).toMatchObject({ headline, company, note: null });
  });

  it('reads the note under a headline that ends in "!", without the page\'s "…see less"', () => {
    const text = 'Ingrid Halvorsen\nChief Product Officer at Kahoot!\n17 mutual connections\nHi Sam, I chair the product track at Oslo Innovation Week. Could I send you the details?\n…see less\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text)).note).toBe('Hi Sam, I chair the product track at Oslo Innovation Week. Could I send you the details?');
  });

  // What these rules must leave alone.
  it.each([
    ['Priya Raman\nGreat to see you at KubeCon!', { headline: null, note: 'Great to see you at KubeCon!' }],
    ['Priya Raman\nPartner at Ernst & Young\n3 mutual connections', { company: 'Ernst & Young' }],
    ['Priya Raman\nConsultor em TI @ Accenture\n3 mutual connections', { company: 'Accenture' }],
    ['Priya Raman (14 mutual) - Head of Data at Northwind', { name: 'Priya Raman', company: 'Northwind', mutualConnections: 14 }],
    ['Invitation from Priya Raman\nNote: None of my business, but we met at KubeCon.', { note: 'None of my business, but we met at KubeCon.' }],
  ])('still reads %j as before', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });
});

describe('parseInvitation: what a fourth QA pass found', () => {
  // The card must be about the inviter: the recipient's own name in the page's top bar, a signed
  // comment above a forward in Italian or Swedish, and the German top bar are no name.
  it.each([
    ['Home\nMy Network\nMessaging\nRosa Lindqvist\nMe\nInvitations\nManage\nEmeka Obi\nSenior Data Engineer at Paystack\n3 mutual connections\nIgnore\nAccept', { name: 'Emeka Obi', headline: 'Senior Data Engineer', company: 'Paystack', mutualConnections: 3 }],
    ['Rosa, un altro invito dalla conferenza.\nGiulia\n\n________________________________\nDa: LinkedIn <invitations@linkedin.com>\nInviato: mercoledì 25 novembre 2026 09:14\nA: Giulia Ferri <giulia.ferri@quillmark.com>\nOggetto: Marco Bianchi wants to connect\n\nMarco Bianchi\nHead of Data at Satispay\nMilan\n5 mutual connections\nAccept\nView profile', { name: 'Marco Bianchi', headline: 'Head of Data', company: 'Satispay', mutualConnections: 5, note: null }],
    ['Vad tycker du?\nGiulia\n\nFrån: LinkedIn <invitations@linkedin.com>\nSkickat: den 25 november 2026 09:14\nTill: Rosa Lindqvist <rosa@quillmark.com>\nÄmne: Erik Johansson wants to connect\n\nErik Johansson\nCTO at Einride\n16 mutual connections\nAccept\nView profile', { name: 'Erik Johansson', headline: 'CTO', company: 'Einride', mutualConnections: 16, note: null }],
    ['Startseite\nMein Netzwerk\nJobs\nNachrichten\nMitteilungen\nEinladungen (1)\nAlle anzeigen\nKatrin Hoffmann\nLeiterin Vertrieb bei Bosch Rexroth\nThomas Braun und 3 weitere gemeinsame Kontakte\nIgnorieren\nAnnehmen', { name: 'Katrin Hoffmann', headline: 'Leiterin Vertrieb', company: 'Bosch Rexroth', mutualConnections: 4 }],
    ['Accueil\nRéseau\nMessagerie\nNotifications\nClaire Martin\nDirectrice Marketing chez Doctolib\n2 relations en commun', { name: 'Claire Martin', company: 'Doctolib' }],
  ])('reads the inviter, not the recipient or the page: %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });

  // Without the "Me" under it, a name over another name is still the first.
  it('keeps a first name line that has no "Me" under it', () => {
    expect(invitationOf(parseInvitation('Rosa Lindqvist\nEmeka Obi\nSenior Data Engineer at Paystack\n3 mutual connections')).name).toBe('Rosa Lindqvist');
  });
  // Notes: in Chinese or Japanese, opened by the first name on a line of its own, and not the
  // replier's words under a quoted invitation.
  it.each([
    ['Li Na\nProduct Manager at ByteDance\n3 mutual connections\nRosa 您好，我们在新加坡的 QCon 上聊过分布式追踪，很高兴认识您！\nIgnore\nAccept', 'Rosa 您好，我们在新加坡的 QCon 上聊过分布式追踪，很高兴认识您！'],
    ['Sato Kenji\nEngineering Manager at Mercari\n2 mutual connections\nカンファレンスでお会いしました。よろしくお願いします。\nIgnore\nAccept', 'カンファレンスでお会いしました。よろしくお願いします。'],
    ['Ivan Horvat\nCTO at Infobip\n5 mutual connections\nRosa,\nthank you for the advice on our Series B engineering plan. It helped.\nIgnore\nAccept', 'Rosa,\nthank you for the advice on our Series B engineering plan. It helped.'],
    ["Yes I know her, good person.\n\nOn Wed, Nov 25, 2026 at 9:14 AM Rosa Lindqvist <rosa@quillmark.com> wrote:\n> Do you know her?\n>\n> Priyanka Das, PhD\n> Research Scientist at DeepMind\n> London\n> 5 mutual connections\n> Accept\n> View profile\n\nAlso she's hiring, FYI.", null],
    // A Chinese headline has no such mark, and stays the headline.
    ['李娜\n字节跳动 产品经理\n3 mutual connections', null],
  ])('reads the note of %j', (text, note) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
  });

  it('keeps the Chinese headline', () => {
    expect(invitationOf(parseInvitation('李娜\n字节跳动 产品经理\n3 mutual connections')).headline).toBe('字节跳动 产品经理');
  });
  // Typed lines: spaced slashes for bars (only with no other separator), a count after the name
  // with no separator, the name and a quoted note alone, a code block's fences, "Anfrage von".
  it.each([
    ['Yusuf Demir / Platform Eng Lead @ Trendyol / 7 mutual', { name: 'Yusuf Demir', headline: 'Platform Eng Lead', company: 'Trendyol', mutualConnections: 7 }],
    ['Priya Raman, Founder / CEO at Acme, 14 mutual', { name: 'Priya Raman', headline: 'Founder / CEO', company: 'Acme', mutualConnections: 14 }],
    ['Hamid Rahimi 5 mutual https://www.linkedin.com/in/hamid-rahimi', { name: 'Hamid Rahimi', mutualConnections: 5, profileUrl: 'https://www.linkedin.com/in/hamid-rahimi' }],
    ['Camille Roussel (Qonto) 5 mutual', { name: 'Camille Roussel', company: null, mutualConnections: 5 }],
    ['Priya Raman (she/her) 14 mutual connections', { name: 'Priya Raman', mutualConnections: 14 }],
    ['Marta Kowalska: "Hi Rosa, Ola from your team suggested I reach out about the PM opening."', { name: 'Marta Kowalska', note: 'Hi Rosa, Ola from your team suggested I reach out about the PM opening.' }],
    ['```Aiko Tanaka\nSolutions Engineer at Snowflake\n4 mutual connections\nHi Rosa, following our chat at re:Invent — would be great to stay connected.```', { name: 'Aiko Tanaka', headline: 'Solutions Engineer', company: 'Snowflake', mutualConnections: 4, note: 'Hi Rosa, following our chat at re:Invent — would be great to stay connected.' }],
    ['Anfrage von Jonas Becker, Teamleiter bei Check24, 6 gemeinsame Kontakte', { name: 'Jonas Becker', headline: 'Teamleiter', company: 'Check24', mutualConnections: 6 }],
  ])('reads the typed %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(fields);
  });

  // A label before a quote is no name; a fence in the middle of the text is left alone.
  it.each([
    ['Note: "hello there"', { note: 'hello there' }],
    ['Here is what you sent:\n```Hi Tom```', { note: 'Here is what you sent:\n```Hi Tom```' }],
  ])('names nobody in %j', (text, found) => {
    const result = parseInvitation(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.found).toMatchObject(found);
  });
  // Details: "people in common", "msg:" and an emoji as the note's label, "says '…'" with no
  // colon.
  it.each([
    ['Chloé Bernard, Head of Product at Alan, 12 people in common', { name: 'Chloé Bernard', company: 'Alan', mutualConnections: 12 }],
    ['Rafael Moreno; Data Engineer at Glovo; 1 mutual; msg: "saw your Kafka talk at Codemotion"', { name: 'Rafael Moreno', company: 'Glovo', mutualConnections: 1, note: 'saw your Kafka talk at Codemotion' }],
    ['Rafael Moreno\nData Engineer at Glovo\nmsg: saw your Kafka talk at Codemotion', { name: 'Rafael Moreno', note: 'saw your Kafka talk at Codemotion' }],
    ['Rafael Moreno, Data Engineer at Glovo, 1 mutual, msg: met at KubeCon, great demo', { name: 'Rafael Moreno', mutualConnections: 1, note: 'met at KubeCon, great demo' }],
    ['👤 Kwame Mensah\n💼 Product Manager @ MTN Group\n🤝 2 mutual\n💬 "Hello Rosa, I read your article about platform teams. Let us connect."', { name: 'Kwame Mensah', company: 'MTN Group', mutualConnections: 2, note: 'Hello Rosa, I read your article about platform teams. Let us connect.' }],
    ["got an invite from Sven Eriksson (cloud architect at Ericsson), says 'hey Rosa, loved your DevOpsDays talk on paved roads'", { name: 'Sven Eriksson', company: 'Ericsson', note: 'hey Rosa, loved your DevOpsDays talk on paved roads' }],
  ])('reads the details of %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });

  // Headlines: an emoji after the company, a cry or the previous employers in brackets after it.
  // A bracket that is the company's own stays with it.
  it.each([
    ['Senior PM @ Klarna 💳 | ex-Spotify | Angel investor', 'Klarna'],
    ['Founder at Rocketship 🚀', 'Rocketship'],
    ["VP Engineering at Monzo (we're hiring!)", 'Monzo'],
    ['Staff Engineer at Datadog (prev. Heroku, Twilio)', 'Datadog'],
    ['Senior Recruiter at Amazon Web Services (AWS)', 'Amazon Web Services (AWS)'],
    ['Engineering Manager at Meta (Reality Labs)', 'Meta (Reality Labs)'],
  ])('reads the company of %j', (headline, company) => {
    expect(splitHeadline(headline).company).toBe(company);
  });

  it.each([
    ["Fiona Grant\nVP Engineering at Monzo (we're hiring!)\n22 mutual connections\nIgnore\nAccept", { headline: "VP Engineering at Monzo (we're hiring!)", company: 'Monzo', note: null }],
    ['Ines Duarte\nStaff Engineer at Datadog (prev. Heroku, Twilio)\n8 mutual connections', { company: 'Datadog' }],
  ])('reads the headline line of %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });
  // A profile URL in angle brackets at the end of a typed part, and a headline wrapped onto a
  // second line that starts "at Company".
  it.each([
    ['3 mutual — Antoine Girard, Staff Engineer at Datadog <https://www.linkedin.com/in/antoinegirard>', { name: 'Antoine Girard', headline: 'Staff Engineer', company: 'Datadog', mutualConnections: 3, profileUrl: 'https://www.linkedin.com/in/antoinegirard' }],
    ['Antoine Girard, 3 mutual <https://www.linkedin.com/in/antoinegirard>, Staff Engineer at Datadog', { name: 'Antoine Girard', company: 'Datadog', mutualConnections: 3, profileUrl: 'https://www.linkedin.com/in/antoinegirard' }],
    ['Invitations\nAndrés Quintero\nHelping fintechs ship faster 🚀 | CTO\nat Rappi Pay | Mentor @ Platzi\n8 mutual connections\nIgnore Accept', { name: 'Andrés Quintero', headline: 'Helping fintechs ship faster 🚀 | CTO at Rappi Pay | Mentor @ Platzi', company: 'Rappi Pay', mutualConnections: 8, note: null }],
    // A headline that names its company already is not run on.
    ['Andrés Quintero\nCTO at Rappi\nat KubeCon we met\n8 mutual connections', { headline: 'CTO', company: 'Rappi' }],
  ])('reads %j', (text, fields) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(fields);
  });
});

describe('parseSlackCommandText', () => {
  it('does not split on the | inside a Slack link, and keeps | in the note', () => {
    const raw =
      'Priya Raman | Head of R&amp;D at Northwind | 14 | <https://www.linkedin.com/in/priya-raman-data|linkedin.com/in/priya-raman-data> | Loved it | truly';
    expect(parseSlackCommandText(raw)).toEqual({
      ok: true,
      invitation: {
        name: 'Priya Raman',
        headline: 'Head of R&D',
        company: 'Northwind',
        mutualConnections: 14,
        profileUrl: 'https://www.linkedin.com/in/priya-raman-data',
        note: 'Loved it | truly',
      },
      form: 'one-line',
    });
  });

  it('reads a Slack profile link labelled with a name in the name field as the name and the profile', () => {
    // It was refused, and with more fields the headline was taken for the name (fourteenth QA set).
    expect(invitationOf(parseSlackCommandText('<https://www.linkedin.com/in/priya|Priya Raman> | CTO'))).toMatchObject({ name: 'Priya Raman', headline: 'CTO', profileUrl: 'https://www.linkedin.com/in/priya' });
  });

  it('still refuses a link labelled with an address in the name field', () => {
    expect(parseSlackCommandText('<https://www.linkedin.com/in/priya|https://www.linkedin.com/in/priya> | CTO').ok).toBe(false);
  });

  it('turns mentions into harmless plain text', () => {
    const raw = 'Priya Raman | CTO at Acme | 3 | | Hi <@U123|sam> and <@U456>, ping <!channel> <!here> <#C1|general> &lt;!everyone&gt;';
    expect(invitationOf(parseSlackCommandText(raw)).note).toBe(
      'Hi @sam and @U456, ping @channel @here #general <!everyone>',
    );
  });

  it('decodes entities once', () => {
    const raw = 'Priya Raman | R&amp;D Lead @ AT&amp;T | | | 5 &amp;lt; 6';
    expect(invitationOf(parseSlackCommandText(raw))).toMatchObject({
      headline: 'R&D Lead',
      company: 'AT&T',
      note: '5 &lt; 6',
    });
  });

  it('reads pasted multi-line text from Slack', () => {
    const raw = BRIEF_EXAMPLE.replace(
      'https://www.linkedin.com/in/priya-raman-data',
      '<https://www.linkedin.com/in/priya-raman-data|linkedin.com/in/priya-raman-data>',
    ).replace('Head of Data Partnerships at Northwind Analytics', 'Head of Data Partnerships at Northwind Analytics');
    expect(parseSlackCommandText(raw)).toEqual({ ok: true, invitation: PRIYA, form: 'pasted' });
  });

  it('reads a Slack-quoted paste (lines starting with &gt;)', () => {
    const raw = BRIEF_EXAMPLE.split('\n').map((line) => `&gt; ${line}`).join('\n');
    expect(invitationOf(parseSlackCommandText(raw))).toEqual(PRIYA);
  });

  it('reads pasted text whose only | is inside a link as pasted, not one-line', () => {
    const raw = 'Priya Raman <https://www.linkedin.com/in/priya|profile>';
    const result = parseSlackCommandText(raw);
    expect(result).toMatchObject({ ok: true, form: 'pasted', invitation: { name: 'Priya Raman', profileUrl: 'https://www.linkedin.com/in/priya' } });
  });
});

describe('parseInvitation: LinkedIn in German, French, Spanish, Portuguese and Dutch', () => {
  // Copied as each language's web page and e-mail show them; the names keep their accents.
  const GERMAN_WEB = `Einladungen (2)
Alle anzeigen

Jana Müllers Profilbild
Jana Müller möchte Kontakt mit Ihnen aufnehmen
Head of Marketing bei Beispiel GmbH | Speakerin
Max Mustermann und 11 weitere gemeinsame Kontakte
Hallo Sam, wir haben uns auf der DMEXCO kennengelernt. Lass uns in Kontakt bleiben!
Vor 2 Tagen
Ignorieren
Annehmen`;

  const GERMAN_EMAIL = `---------- Weitergeleitete Nachricht ---------
Von: Jana Müller via LinkedIn <invitations@linkedin.com>
Datum: Di., 3. Feb. 2026 um 09:14 Uhr
Betreff: Jana Müller möchte sich mit Ihnen vernetzen
An: Sam Lee <sam@contoso.example>


LinkedIn

Jana Müller
Head of Marketing bei Beispiel GmbH
Berlin, Deutschland

Hallo Sam, wir haben uns auf der DMEXCO kennengelernt. Lass uns in Kontakt bleiben!

Annehmen
Profil anzeigen: https://www.linkedin.com/comm/in/jana-mueller-4711?midToken=AQHx&trk=eml-email_m2m_invite_single_01

12 gemeinsame Kontakte

Diese E-Mail ist für Sam Lee (Product Manager bei Contoso) bestimmt.
Erfahren Sie, warum wir dies hinzugefügt haben.
Sie erhalten E-Mails zu Einladungen.
Abbestellen · Hilfe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn und das LinkedIn Logo sind eingetragene Marken von LinkedIn.`;

  const FRENCH_WEB = `Invitations (3)
Tout afficher

François Lefèvre
· 2e
Directeur commercial chez Exemple SA | Conférencier
Claire Martin et 4 autres relations en commun
Bonjour Sam, ravi d'avoir échangé au salon VivaTech. Au plaisir de rester en contact !
Ignorer
Accepter`;

  const FRENCH_EMAIL = `De : François Lefèvre via LinkedIn <invitations@linkedin.com>
Date : mar. 3 févr. 2026 à 09:14
Objet : François Lefèvre souhaite rejoindre votre réseau
À : Sam Lee <sam@contoso.example>

LinkedIn

François Lefèvre
Directeur commercial chez Exemple SA
Paris, Île-de-France

Bonjour Sam, ravi d'avoir échangé au salon VivaTech.

Accepter
Voir le profil: https://fr.linkedin.com/comm/in/francois-lefevre?trk=eml-email_m2m_invite_single_01

5 relations en commun

Cet e-mail est destiné à Sam Lee (Product Manager chez Contoso).
Vous recevez des e-mails d'invitation.
Se désabonner · Aide`;

  const SPANISH_WEB = `Invitaciones (2)
Ver todo

José Martínez
· 2º
Director de Ventas en Ejemplo S.L. | Ponente
Lucía Fernández y 2 contactos en común más
Hola Sam, nos conocimos en el evento de Madrid. ¡Encantado de conectar!
Ignorar
Aceptar`;

  const SPANISH_EMAIL = `De: José Martínez via LinkedIn <invitations@linkedin.com>
Fecha: mar, 3 feb 2026 a las 9:14
Asunto: José Martínez quiere conectar contigo
Para: Sam Lee <sam@contoso.example>

LinkedIn

José Martínez
Director de Ventas en Ejemplo S.L.
Madrid, España

Hola Sam, nos conocimos en el evento de Madrid.

Aceptar
Ver perfil: https://es.linkedin.com/comm/in/jose-martinez-ventas

3 contactos en común

Este email se ha enviado a Sam Lee (Product Manager en Contoso).
Recibes correos electrónicos de invitación.
Darse de baja · Ayuda`;

  const PORTUGUESE_WEB = `Convites (2)
Ver tudo

João Gonçalves
· 2º
Gerente de Produto em Exemplo Ltda. | Palestrante
Ana Souza e 3 outras conexões em comum
Olá Sam, foi um prazer conhecê-lo no evento. Vamos manter contato!
Ignorar
Aceitar`;

  // As a mail client in Portugal shows it.
  const PORTUGUESE_EMAIL = `De: João Gonçalves via LinkedIn <invitations@linkedin.com>
Data: ter., 3 de fev. de 2026 às 09:14
Assunto: João Gonçalves gostaria de se conectar
Para: Sam Lee <sam@contoso.example>

LinkedIn

João Gonçalves
Gerente de Produto em Exemplo Lda.
Lisboa, Portugal

Olá Sam, gostei muito da sua apresentação na Web Summit.

Aceitar
Ver perfil: https://pt.linkedin.com/comm/in/joao-goncalves

4 conexões em comum

Este e-mail foi enviado para Sam Lee (Product Manager em Contoso).
Você está recebendo e-mails de convite.
Cancelar inscrição · Ajuda`;

  const DUTCH_WEB = `Uitnodigingen (2)
Alles weergeven

Zoë de Vries
· 2e
Marketing Manager bij Voorbeeld B.V. | Spreker
Pieter Jansen en 6 andere gemeenschappelijke connecties
Hoi Sam, leuk je ontmoet te hebben op het congres. Laten we contact houden!
Negeren
Accepteren`;

  const DUTCH_EMAIL = `Van: Zoë de Vries via LinkedIn <invitations@linkedin.com>
Datum: di 3 feb 2026 om 09:14
Onderwerp: Zoë de Vries wil met u connecten
Aan: Sam Lee <sam@contoso.example>

LinkedIn

Zoë de Vries
Marketing Manager bij Voorbeeld B.V.
Amsterdam, Nederland

Hoi Sam, leuk je ontmoet te hebben op het congres.

Accepteren
Profiel bekijken: https://nl.linkedin.com/comm/in/zoe-de-vries

7 gemeenschappelijke connecties

Deze e-mail is bedoeld voor Sam Lee (Product Manager bij Contoso).
U ontvangt e-mails over uitnodigingen.
Afmelden · Help`;

  it.each([
    ['German web page', GERMAN_WEB, {
      name: 'Jana Müller',
      headline: 'Head of Marketing bei Beispiel GmbH | Speakerin',
      company: 'Beispiel GmbH',
      mutualConnections: 12,
      profileUrl: null,
      note: 'Hallo Sam, wir haben uns auf der DMEXCO kennengelernt. Lass uns in Kontakt bleiben!',
    }],
    ['German e-mail', GERMAN_EMAIL, {
      name: 'Jana Müller',
      headline: 'Head of Marketing',
      company: 'Beispiel GmbH',
      mutualConnections: 12,
      profileUrl: 'https://www.linkedin.com/in/jana-mueller-4711',
      note: 'Hallo Sam, wir haben uns auf der DMEXCO kennengelernt. Lass uns in Kontakt bleiben!',
    }],
    ['French web page', FRENCH_WEB, {
      name: 'François Lefèvre',
      headline: 'Directeur commercial chez Exemple SA | Conférencier',
      company: 'Exemple SA',
      mutualConnections: 5,
      profileUrl: null,
      note: "Bonjour Sam, ravi d'avoir échangé au salon VivaTech. Au plaisir de rester en contact !",
    }],
    ['French e-mail', FRENCH_EMAIL, {
      name: 'François Lefèvre',
      headline: 'Directeur commercial',
      company: 'Exemple SA',
      mutualConnections: 5,
      profileUrl: 'https://www.linkedin.com/in/francois-lefevre',
      note: "Bonjour Sam, ravi d'avoir échangé au salon VivaTech.",
    }],
    ['Spanish web page', SPANISH_WEB, {
      name: 'José Martínez',
      headline: 'Director de Ventas en Ejemplo S.L. | Ponente',
      company: 'Ejemplo S.L.',
      mutualConnections: 3,
      profileUrl: null,
      note: 'Hola Sam, nos conocimos en el evento de Madrid. ¡Encantado de conectar!',
    }],
    ['Spanish e-mail', SPANISH_EMAIL, {
      name: 'José Martínez',
      headline: 'Director de Ventas',
      company: 'Ejemplo S.L.',
      mutualConnections: 3,
      profileUrl: 'https://www.linkedin.com/in/jose-martinez-ventas',
      note: 'Hola Sam, nos conocimos en el evento de Madrid.',
    }],
    ['Portuguese (Brazil) web page', PORTUGUESE_WEB, {
      name: 'João Gonçalves',
      headline: 'Gerente de Produto em Exemplo Ltda. | Palestrante',
      company: 'Exemplo Ltda.',
      mutualConnections: 4,
      profileUrl: null,
      note: 'Olá Sam, foi um prazer conhecê-lo no evento. Vamos manter contato!',
    }],
    ['Portuguese (Portugal) e-mail', PORTUGUESE_EMAIL, {
      name: 'João Gonçalves',
      headline: 'Gerente de Produto',
      company: 'Exemplo Lda.',
      mutualConnections: 4,
      profileUrl: 'https://www.linkedin.com/in/joao-goncalves',
      note: 'Olá Sam, gostei muito da sua apresentação na Web Summit.',
    }],
    ['Dutch web page', DUTCH_WEB, {
      name: 'Zoë de Vries',
      headline: 'Marketing Manager bij Voorbeeld B.V. | Spreker',
      company: 'Voorbeeld B.V.',
      mutualConnections: 7,
      profileUrl: null,
      note: 'Hoi Sam, leuk je ontmoet te hebben op het congres. Laten we contact houden!',
    }],
    ['Dutch e-mail', DUTCH_EMAIL, {
      name: 'Zoë de Vries',
      headline: 'Marketing Manager',
      company: 'Voorbeeld B.V.',
      mutualConnections: 7,
      profileUrl: 'https://www.linkedin.com/in/zoe-de-vries',
      note: 'Hoi Sam, leuk je ontmoet te hebben op het congres.',
    }],
  ])('reads the %s', (_copy, text, invitation) => {
    expect(parseInvitation(text)).toEqual({ ok: true, invitation, form: 'pasted' });
  });

  it.each([
    ['12 gemeinsame Kontakte', 12],
    ['1 gemeinsamer Kontakt', 1],
    ['Max Muster und 71 weitere gemeinsame Kontakte', 72],
    ['Max Muster ist ein gemeinsamer Kontakt', 1],
    ['Keine gemeinsamen Kontakte', 0],
    ['1.204 gemeinsame Kontakte', 1204],
    ['5 relations en commun', 5],
    ['Kamel, Samir et 35 autres relations en commun', 37],
    ['Claire Martin est une relation en commun', 1],
    ['Claire et Paul sont des relations que vous avez en commun', 2],
    ['Aucune relation en commun', 0],
    ['3 contactos en común', 3],
    ['Gerardo Mathus, Daniela Anaya y 114 contactos en común más', 116],
    ['Lucía Fernández es un contacto en común', 1],
    ['4 conexões em comum', 4],
    ['2 outras conexões em comum', 2],
    ['Ana Souza e 3 outras conexões em comum', 4],
    ['Carlos Souza e mais 5 conexões em comum', 6],
    ['4 ligações em comum', 4],
    ['Nenhuma conexão em comum', 0],
    ['7 gemeenschappelijke connecties', 7],
    ['Pieter Jansen en 6 andere gemeenschappelijke connecties', 7],
    ['Pieter Jansen is een gemeenschappelijke connectie', 1],
  ])('reads %j as %i', (line, count) => {
    expect(parseMutualConnections(line)).toBe(count);
    expect(invitationOf(parseInvitation(`Jana Müller\n${line}`)).mutualConnections).toBe(count);
  });

  it("reads LinkedIn's count, not the one a note gives in its own words", () => {
    for (const [note, line, count] of [
      ['Hallo Sam, wir haben 2 gemeinsame Kontakte und sollten uns vernetzen.', '12 gemeinsame Kontakte', 12],
      ['Nous avons 3 relations en commun, restons en contact.', '5 relations en commun', 5],
      ['Tenemos 1 contacto en común y me gustaría conectar.', '3 contactos en común', 3],
      ['Temos 2 conexões em comum, vamos conversar!', '4 conexões em comum', 4],
      ['Wij hebben 2 gemeenschappelijke connecties, laten we praten.', '7 gemeenschappelijke connecties', 7],
    ] as const) {
      const invitation = invitationOf(parseInvitation(`Jana Müller\nHead of Marketing bei Beispiel GmbH\n${note}\n${line}`));
      expect(invitation.mutualConnections, note).toBe(count);
      expect(invitation.note, note).toBe(note);
    }
  });

  it.each([
    ["On a 12 relations en commun, ce serait bien d'échanger.", '5 relations en commun', 5],
    ['Schon 40 gemeinsame Kontakte und es werden mehr!', '12 gemeinsame Kontakte', 12],
    ['¡Ya son 12 contactos en común!', 'Lucía Fernández y 2 contactos en común más', 3],
    ['Já são 9 conexões em comum!', '4 conexões em comum', 4],
    ['Al 12 gemeenschappelijke connecties!', 'Pieter Jansen en 6 andere gemeenschappelijke connecties', 7],
  ])('keeps %j, which says more than the count, in the note and reads %j', (noteLine, line, count) => {
    const note = `Hallo Sam,\n${noteLine}`;
    const invitation = invitationOf(parseInvitation(`Jana Müller\nHead of Marketing bei Beispiel GmbH\n${note}\n${line}`));
    expect(invitation).toMatchObject({ name: 'Jana Müller', company: 'Beispiel GmbH', mutualConnections: count, note });
    const alone = invitationOf(parseInvitation(`Jana Müller\nHead of Marketing bei Beispiel GmbH\n${note}\nAnnehmen`));
    expect(alone).toMatchObject({ mutualConnections: null, note });
  });

  it.each([
    ['French e-mail', FRENCH_EMAIL, "Bonjour Sam, ravi d'avoir échangé au salon VivaTech.", "Bonjour Sam,\nOn a 12 relations en commun, ce serait bien d'échanger.", {
      name: 'François Lefèvre', company: 'Exemple SA', mutualConnections: 5,
    }],
    ['German e-mail', GERMAN_EMAIL, 'Hallo Sam, wir haben uns auf der DMEXCO kennengelernt. Lass uns in Kontakt bleiben!', 'Hallo Sam,\nschon 40 gemeinsame Kontakte und es werden mehr!', {
      name: 'Jana Müller', company: 'Beispiel GmbH', mutualConnections: 12,
    }],
    ['Dutch web page', DUTCH_WEB, 'Hoi Sam, leuk je ontmoet te hebben op het congres. Laten we contact houden!', 'Hoi Sam, leuk je ontmoet te hebben op het congres.\nAl 12 gemeenschappelijke connecties!', {
      name: 'Zoë de Vries', company: 'Voorbeeld B.V.', mutualConnections: 7,
    }],
  ])("reads the %s's count, not the one its note states", (_copy, copy, oldNote, note, invitation) => {
    expect(invitationOf(parseInvitation(copy.replace(oldNote, note)))).toMatchObject({ ...invitation, note });
  });

  it.each([
    ['Ignorieren', 'Annehmen', 'Nachricht'],
    ['Ignorer', 'Accepter', 'Message'],
    ['Ignorar', 'Aceptar', 'Mensaje'],
    ['Ignorar', 'Aceitar', 'Mensagem'],
    ['Negeren', 'Accepteren', 'Bericht'],
  ])('keeps the buttons %s, %s and %s out of the note, but not the words in a sentence', (ignore, accept, message) => {
    const note = `Hi Sam, ${message} ${accept} ${ignore}: three words we met on a slide!`;
    const text = `Jana Müller\nHead of Marketing bei Beispiel GmbH\n${note}\n${message}\n${ignore}\n${accept}`;
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
    // A name is still a name, whatever the buttons say.
    expect(invitationOf(parseInvitation(`${accept}\nJana Müller\nHead of Marketing bei Beispiel GmbH`)).name).toBe('Jana Müller');
  });

  it.each([
    'Einladungen (3)', 'Einladung annehmen', 'Profil anzeigen', 'Alle anzeigen', 'Invitaciones (2)', 'Ver perfil',
    'Convites (2)', 'Uitnodigingen (4)', 'Profiel bekijken', 'Voir le profil', 'Tout afficher',
    'Sie erhalten Einladungen von LinkedIn.', 'Abbestellen · Hilfe', "Vous recevez des e-mails d'invitation.",
    'Se désabonner · Aide', 'Vor 3 Tagen', 'Il y a 2 jours', 'Hace 1 semana', '· 2.', '3e+', '2.º',
    '500+ Kontakte', 'Verifiziert', 'LinkedIn und das LinkedIn Logo sind eingetragene Marken von LinkedIn.',
    'LinkedIn et le logo LinkedIn sont des marques déposées de LinkedIn.',
  ])('takes %j for no name, headline or note', (line) => {
    const text = `${line}\nJana Müller\n${line}\nHead of Marketing bei Beispiel GmbH\n${line}`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Jana Müller',
      headline: 'Head of Marketing',
      company: 'Beispiel GmbH',
      note: null,
    });
  });

  it('reads only the first person of a page of several, up to their buttons', () => {
    for (const [ignore, accept] of [['Ignorieren', 'Annehmen'], ['Ignorer', 'Accepter'], ['Ignorar', 'Aceptar'], ['Ignorar', 'Aceitar'], ['Negeren', 'Accepteren']]) {
      const text = `Jana Müller\nHead of Marketing bei Beispiel GmbH\n${ignore}\n${accept}\nLukas Schmidt\nVertriebsleiter bei Muster AG\nHallo Sam, lass uns vernetzen!\n3 gemeinsame Kontakte\n${ignore}\n${accept}`;
      expect(invitationOf(parseInvitation(text)), accept).toEqual({
        name: 'Jana Müller',
        headline: 'Head of Marketing',
        company: 'Beispiel GmbH',
        mutualConnections: null,
        profileUrl: null,
        note: null,
      });
    }
  });

  it('takes a greeting for no name, and an e-mail\'s bare greeting for no note', () => {
    for (const greeting of ['Hallo Sam', 'Liebe Sam', 'Bonjour Sam', 'Hola Sam', 'Olá Sam', 'Hoi Sam', 'Beste Sam']) {
      const note = `${greeting}, schön, dich auf der Messe getroffen zu haben`;
      const email = `${greeting},\nJana Müller\nHead of Marketing bei Beispiel GmbH\n\n${note}\nAnnehmen`;
      expect(invitationOf(parseInvitation(email)), greeting).toMatchObject({ name: 'Jana Müller', note });
      const page = `${greeting}\nJana Müller\nHead of Marketing bei Beispiel GmbH`;
      expect(invitationOf(parseInvitation(page)), greeting).toMatchObject({ name: 'Jana Müller', note: null });
    }
  });

  it('drops the page\'s "…mehr", "…voir plus", "…ver más", "…ver mais" and "…meer" from a cut-off note', () => {
    for (const more of ['mehr', 'voir plus', 'ver más', 'ver mais', 'meer']) {
      const text = `Jana Müller\nHallo Sam, wir haben uns auf der Messe getroffen und …${more}\nAnnehmen`;
      expect(invitationOf(parseInvitation(text)).note, more).toBe('Hallo Sam, wir haben uns auf der Messe getroffen und …');
    }
  });

  it('stops at the page\'s "People you may know" panel in those languages', () => {
    for (const panel of [
      'Personen, die Sie vielleicht kennen',
      'Personnes que vous pourriez connaître',
      'Personas que quizás conozcas',
      'Pessoas que talvez você conheça',
      'Mensen die u misschien kent',
    ]) {
      const text = `${FRENCH_WEB.replace(/\nClaire Martin.*\nBonjour.*/, '')}\n\n${panel}\nDana Whitfield\nDirectrice chez Contoso\n3 relations en commun\nBonjour, je vous connais !\nSe connecter`;
      expect(invitationOf(parseInvitation(text)), panel).toMatchObject({ name: 'François Lefèvre', mutualConnections: null, note: null });
    }
  });

  it.each([
    ['Jana Müller möchte sich mit Ihnen vernetzen', 'Jana Müller'],
    ['Jana Müller möchte Kontakt mit Ihnen aufnehmen', 'Jana Müller'],
    ['Betreff: AW: Jana Müller möchte sich mit Ihnen vernetzen', 'Jana Müller'],
    ['Hallo Sam, Jana Müller möchte sich mit Ihnen vernetzen', 'Jana Müller'],
    ['Einladung von Jana Müller', 'Jana Müller'],
    ['François Lefèvre souhaite rejoindre votre réseau', 'François Lefèvre'],
    ['François Lefèvre vous invite à rejoindre son réseau', 'François Lefèvre'],
    ['Objet : François Lefèvre souhaite se connecter avec vous', 'François Lefèvre'],
    ['José Martínez quiere conectar contigo', 'José Martínez'],
    ['Asunto: RV: José Martínez quiere conectar', 'José Martínez'],
    ['João Gonçalves gostaria de se conectar', 'João Gonçalves'],
    ['João Gonçalves quer se conectar com você', 'João Gonçalves'],
    ['Zoë de Vries wil met u connecten', 'Zoë de Vries'],
    ['Onderwerp: Zoë de Vries wil met je connecten', 'Zoë de Vries'],
    ['Profielfoto van Zoë de Vries', 'Zoë de Vries'],
  ])('reads the name from %j when the name line is missing', (line, name) => {
    const text = `${line}\n"Hallo Sam, schön, dich auf der Messe getroffen zu haben."\n12 gemeinsame Kontakte`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name,
      note: 'Hallo Sam, schön, dich auf der Messe getroffen zu haben.',
      mutualConnections: 12,
    });
  });

  it('keeps a note in the person\'s own words that says what an invite phrase says', () => {
    for (const note of [
      'Ich möchte mich mit Ihnen vernetzen, weil wir beide im Marketing arbeiten',
      'Je souhaite rejoindre votre réseau professionnel',
      'Eu gostaria de se conectar com você',
      'Ik wil met u connecten na het congres',
    ]) {
      const invitation = invitationOf(parseInvitation(`Jana Müller\nHead of Marketing bei Beispiel GmbH\n${note}`));
      expect(invitation.name, note).toBe('Jana Müller');
      expect(invitation.note, note).toBe(note);
    }
  });

  it.each([
    ['Jana Müller · 2.', 'Jana Müller'],
    ['François Lefèvre · 2e', 'François Lefèvre'],
    ['João Gonçalves · 2º', 'João Gonçalves'],
    ['Zoë de Vries · 3e+', 'Zoë de Vries'],
  ])('reads the name line %j, degree and all', (line, name) => {
    expect(invitationOf(parseInvitation(`${line}\nGeschäftsführerin\n4 gemeinsame Kontakte`))).toMatchObject({
      name,
      headline: 'Geschäftsführerin',
      mutualConnections: 4,
    });
  });

  it('reads the company after "bei", "chez", "en", "em" and "bij", and only a company', () => {
    for (const [line, headline, company] of [
      ['Head of Marketing bei Beispiel GmbH', 'Head of Marketing', 'Beispiel GmbH'],
      ['Directeur commercial chez Exemple SA', 'Directeur commercial', 'Exemple SA'],
      ['Director de Ventas en Ejemplo S.L.', 'Director de Ventas', 'Ejemplo S.L.'],
      // "en" is also "in": the last one before the company is the one.
      ['Especialista en Marketing Digital en Google', 'Especialista en Marketing Digital', 'Google'],
      ['Gerente de Produto em Exemplo Ltda', 'Gerente de Produto', 'Exemplo Ltda'],
      // In Dutch, "en" is "and": "bij" comes first.
      ['Oprichter en CEO bij Acme', 'Oprichter en CEO', 'Acme'],
      ['Head of Marketing bei Beispiel GmbH | Speakerin', 'Head of Marketing bei Beispiel GmbH | Speakerin', 'Beispiel GmbH'],
      // A lower-case word is no company, and a line's first word is a name ("Em", "En"), not "in".
      ['Consultant en stratégie', 'Consultant en stratégie', null],
      ['Em Watson Fan Club', 'Em Watson Fan Club', null],
    ] as const) {
      expect(splitHeadline(line), line).toEqual({ headline, company });
    }
  });

  it.each([
    ['Professorin an der TU München', 'Professorin', 'TU München'],
    ['Oberarzt am Klinikum Nord', 'Oberarzt', 'Klinikum Nord'],
    ['Wissenschaftliche Mitarbeiterin an der Universität Hamburg | Forschung', 'Wissenschaftliche Mitarbeiterin an der Universität Hamburg | Forschung', 'Universität Hamburg'],
    // Only between a role and a capital: English says "am" too.
    ['Open to work | Available 9 am CET', 'Open to work | Available 9 am CET', null],
    ['Founder | I am Building', 'Founder | I am Building', null],
    ['Professorin an der frischen Luft', 'Professorin an der frischen Luft', null],
  ])('reads the company after the German "an der" or "am" in %j', (line, headline, company) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
  });

  it('reads the company after "an der" on a German web page', () => {
    const text = 'Prof. Dr. Sabine Keller\n· 2.\nProfessorin an der TU München\n3 gemeinsame Kontakte\nIgnorieren\nAnnehmen';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Prof. Dr. Sabine Keller',
      headline: 'Professorin',
      company: 'TU München',
      mutualConnections: 3,
    });
  });

  it('takes no field of study, and no second role, after "en" or "em" for the company', () => {
    for (const [line, headline, company] of [
      // A degree is followed by its field; the company comes after the role.
      ['Licenciado en Derecho | Abogado en Garrigues', 'Licenciado en Derecho | Abogado', 'Garrigues'],
      ['Ingeniero en Informática en Telefónica', 'Ingeniero en Informática', 'Telefónica'],
      ['Máster en Finanzas', 'Máster en Finanzas', null],
      ['Licenciada en Administración de Empresas', 'Licenciada en Administración de Empresas', null],
      ['Doctor en Medicina | Cirujano en Hospital La Paz', 'Doctor en Medicina | Cirujano', 'Hospital La Paz'],
      ['Graduado em Direito | Advogado em Silva Associados', 'Graduado em Direito | Advogado', 'Silva Associados'],
      // In Dutch, "en" between two roles is "and".
      ['Ontwerper en illustrator', 'Ontwerper en illustrator', null],
      ['Ontwerper en Illustrator', 'Ontwerper en Illustrator', null],
      ['Oprichter en CEO', 'Oprichter en CEO', null],
      ['Ontwerper en illustrator bij Coolblue', 'Ontwerper en illustrator', 'Coolblue'],
    ] as const) {
      expect(splitHeadline(line), line).toEqual({ headline, company });
    }
  });

  it('reads the company after the Portuguese "no" or "na", after a Portuguese role only', () => {
    for (const [line, headline, company] of [
      ['Engenheira de Dados no Nubank', 'Engenheira de Dados', 'Nubank'],
      ['Desenvolvedor Backend no iFood', 'Desenvolvedor Backend', 'iFood'],
      ['Analista de Dados na XP Investimentos', 'Analista de Dados', 'XP Investimentos'],
      ['Especialista em Dados no Itaú Unibanco', 'Especialista em Dados', 'Itaú Unibanco'],
      // English says "no" too.
      ['Head of Growth | no BS marketing', 'Head of Growth | no BS marketing', null],
      ['Building tools with no VC funding', 'Building tools with no VC funding', null],
      ['Founder, no Code Academy alumni', 'Founder, no Code Academy alumni', null],
    ] as const) {
      expect(splitHeadline(line), line).toEqual({ headline, company });
    }
  });

  it('takes no field of practice after "en" or "em" for the company, whatever comes before it', () => {
    for (const [line, headline, company] of [
      ['Coach en Liderazgo y Equipos', 'Coach en Liderazgo y Equipos', null],
      ['Abogada especializada en Derecho Laboral', 'Abogada especializada en Derecho Laboral', null],
      ['Consultante en Recrutement IT', 'Consultante en Recrutement IT', null],
      ['Avocat en Droit des Affaires', 'Avocat en Droit des Affaires', null],
      ['Consultor em Gestão de Projetos', 'Consultor em Gestão de Projetos', null],
      ['Moeder en Marketeer', 'Moeder en Marketeer', null],
      // A company after the field still is one.
      ['Especialista en Marketing Digital en Google', 'Especialista en Marketing Digital', 'Google'],
      ['Consultor em Gestão de Projetos na Ambev | Mentor em Ambev Labs', 'Consultor em Gestão de Projetos na Ambev | Mentor', 'Ambev Labs'],
    ] as const) {
      expect(splitHeadline(line), line).toEqual({ headline, company });
    }
  });

  it('reads the company of a Spanish headline that starts with a degree, in a whole web page', () => {
    const text = SPANISH_WEB.replace('Director de Ventas en Ejemplo S.L. | Ponente', 'Licenciado en Derecho | Abogado en Garrigues');
    expect(parseInvitation(text)).toEqual({
      ok: true,
      invitation: {
        name: 'José Martínez',
        headline: 'Licenciado en Derecho | Abogado',
        company: 'Garrigues',
        mutualConnections: 3,
        profileUrl: null,
        note: 'Hola Sam, nos conocimos en el evento de Madrid. ¡Encantado de conectar!',
      },
      form: 'pasted',
    });
  });

  it('reads the count in the one-line form', () => {
    expect(invitationOf(parseInvitation('Jana Müller | Head of Marketing bei Beispiel GmbH | 12 gemeinsame Kontakte'))).toMatchObject({
      headline: 'Head of Marketing',
      company: 'Beispiel GmbH',
      mutualConnections: 12,
    });
    for (const none of ['keine', 'aucune', 'ninguno', 'nenhuma', 'geen']) {
      expect(invitationOf(parseInvitation(`Jana Müller | CTO | ${none}`)).mutualConnections, none).toBe(0);
    }
  });
});

describe('parseInvitation: names and headlines that look like other words', () => {
  // Each read wrongly for a while after the other languages' words came in (a review found them).
  it.each([
    ['Moin Khan', 'Product Manager', 'Acme'],
    ['Hoi Yan Wong', 'Data Scientist', 'HSBC'],
    ['Eu Jin Tan', 'Engineer', 'Grab'],
    ['Je Won Park', 'Designer', 'Naver'],
    ['Andrew Sie', 'Analyst', 'KPMG'],
    ['Michael Leiter', 'Counsel', 'Skadden'],
    ['Beste Yilmaz', 'Recruiter', 'Zalando'],
  ])('%s is a name, not a greeting, pronoun or job title', (name, role, company) => {
    expect(parseInvitation(`${name}\n${role} at ${company}\n3 mutual connections`)).toMatchObject({
      ok: true,
      invitation: { name, headline: role, company, mutualConnections: 3 },
    });
    expect(parseInvitation(`Subject: ${name} wants to connect\n\n${name}\n${role} at ${company}`)).toMatchObject({ ok: true, invitation: { name } });
  });

  it.each(["Daan van 't Hof", 'Daan van ’t Hof'])('reads the Dutch particle in %s', (name) => {
    expect(parseInvitation(`${name}\nEigenaar bij Bakkerij\n3 gemeenschappelijke connecties`)).toMatchObject({
      ok: true,
      invitation: { name, headline: 'Eigenaar', company: 'Bakkerij', mutualConnections: 3 },
    });
  });

  it('"Notre Dame" in a headline is no French sentence', () => {
    expect(parseInvitation("Patrick O'Neill\nMBA Candidate at University of Notre Dame\n3 mutual connections")).toMatchObject({
      ok: true,
      invitation: { name: "Patrick O'Neill", headline: 'MBA Candidate', company: 'University of Notre Dame', note: null },
    });
  });

  it('"EM" in an English headline is no Portuguese "at"', () => {
    expect(parseInvitation('Sam Lee\nDirector, EM Debt Strategy\n3 mutual connections')).toMatchObject({
      ok: true,
      invitation: { headline: 'Director, EM Debt Strategy', company: null },
    });
  });

  it.each(['Hoi Sam', 'Moin Sam', 'Beste Sam', 'Servus Sam', 'Salut Sam'])(
    '%j alone above the name is a greeting, since another name with a headline follows',
    (greeting) => {
      for (const [name, headline] of [['Daan de Vries', 'Eigenaar bij Bakkerij De Jong'], ['Moin Khan', 'Product Manager at Acme']]) {
        const text = `${greeting}\n\n${name}\n${headline}\n3 mutual connections`;
        expect(invitationOf(parseInvitation(text)), name).toMatchObject({ name, mutualConnections: 3, note: null });
      }
    },
  );

  it('the greetings that are also names still open a note', () => {
    const parsed = parseInvitation('Daan de Vries\nEigenaar bij Bakkerij De Jong\n3 gemeenschappelijke connecties\nHoi Sam,\nik zag je lezing op de conferentie in Utrecht.');
    expect(parsed).toMatchObject({ ok: true, invitation: { name: 'Daan de Vries', note: 'Hoi Sam,\nik zag je lezing op de conferentie in Utrecht.' } });
  });
});

describe('parseInvitation: what an e-mail\'s source leaves in copied text', () => {
  it.each([
    [
      'quoted-printable line ends and a soft break',
      'Ines Moreau=20\nLead Data Engineer at BlaBlaCar=20\nParis, France=20\n4 mutual connections=20\nHi Nadia, you mentioned yo=\nur team is migrating to Iceberg.=20\nAccept=20\nView profile',
      { name: 'Ines Moreau', headline: 'Lead Data Engineer', company: 'BlaBlaCar', mutualConnections: 4, note: 'Hi Nadia, you mentioned your team is migrating to Iceberg.' },
    ],
    [
      'quoted-printable letters in the name',
      'Ciar=C3=A1n O=E2=80=99Neill\nSolutions Architect at Intercom\nDublin\n2 mutual connections\nView profile: https://www.linkedin.com/comm/in/ciaran-oneill?midToken=3DAQF&trk=3Deml',
      { name: 'Ciarán O’Neill', company: 'Intercom', mutualConnections: 2, profileUrl: 'https://www.linkedin.com/in/ciaran-oneill' },
    ],
    [
      'HTML entities',
      'Grace&nbsp;Mwangi\nHead of Risk at Procter &amp; Gamble\nNairobi,&nbsp;Kenya\n5&nbsp;mutual connections\nAccept&nbsp;&nbsp;View&nbsp;profile',
      { name: 'Grace Mwangi', headline: 'Head of Risk', company: 'Procter & Gamble', mutualConnections: 5, note: null },
    ],
    [
      'line-break tags in the note',
      'Stefan Kovač\nEngineering Manager at Infobip\n8 mutual connections\nHi Nadia,<br>we were on the CNCF call yesterday.<br/>Stefan\nAccept\nView profile',
      { name: 'Stefan Kovač', company: 'Infobip', note: 'Hi Nadia,\nwe were on the CNCF call yesterday.\nStefan' },
    ],
    [
      'the HTML itself',
      '<div class="name">Hannah Schultz</div>\n<div class="headline">Product Director at Celonis</div>\n<div>11 mutual connections</div>\n<p>Hi Nadia, thanks for hosting the roundtable!</p>\n<a href="https://www.linkedin.com/comm/in/hannah-schultz?trk=eml">View profile</a>',
      { name: 'Hannah Schultz', headline: 'Product Director', company: 'Celonis', mutualConnections: 11, profileUrl: 'https://www.linkedin.com/in/hannah-schultz', note: 'Hi Nadia, thanks for hosting the roundtable!' },
    ],
  ])('decodes %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it('decodes numeric entities in Slack text, and then a pasted "&amp;" as the HTML it is part of', () => {
    const raw = 'Isabel Navarro\nPartner at Baker &amp; McKenzie\n2 mutual connections\nHi Nadia, I&#39;m advising a client &amp;amp; would value your view.\nAccept';
    expect(invitationOf(parseSlackCommandText(raw))).toMatchObject({
      company: 'Baker & McKenzie',
      note: "Hi Nadia, I'm advising a client & would value your view.",
    });
  });

  it.each([
    ['"=" at the end of a line of code', 'Priya Raman\nHead of Data at Northwind\nHi Sam, x =\n20 apples', 'Hi Sam, x =\n20 apples'],
    ['an "=20" inside a line', 'Priya Raman\nHead of Data at Northwind\nHi Sam, we set x=20 in the config.', 'Hi Sam, we set x=20 in the config.'],
    ['"<b>" with no block tag', 'Priya Raman\nHead of Data at Northwind\nHi Sam, a <b> tag is fine.', 'Hi Sam, a <b> tag is fine.'],
  ])('leaves text with no sign of an e-mail\'s source alone: %s', (_label, text, note) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
  });
});

describe('parseInvitation: lines about someone else, or about the share', () => {
  it.each([
    [
      'a newsletter\'s invitation above the person',
      'Received\nSent\nAnders Holm invited you to subscribe to The Platform Weekly\nWeekly · 12,034 subscribers\nIgnore\nAccept\nRuth Asante\nEngineering Manager at Flutterwave\n2 mutual connections\nIgnore\nAccept',
      { name: 'Ruth Asante', headline: 'Engineering Manager', company: 'Flutterwave', mutualConnections: 2, note: null },
    ],
    [
      'the buttons on one line, the next person below',
      'Rahul Menon\nSenior Product Manager @ Swiggy\n9 mutual connections\nIgnore Accept\nSofia Lindqvist\nHead of Talent at Einride\nHi Nadia, we\'re hiring platform engineers — would love to connect!\nIgnore Accept',
      { name: 'Rahul Menon', company: 'Swiggy', mutualConnections: 9, note: null },
    ],
    [
      'LinkedIn Recruiter\'s tab above the candidate',
      'LinkedIn Recruiter\nProjects\nAisha Bello (She/Her)\n2nd\nSenior Data Scientist at Zalando\nBerlin Metropolitan Area\n7 shared connections\nSave to project\nMessage',
      { name: 'Aisha Bello', headline: 'Senior Data Scientist', company: 'Zalando', mutualConnections: 7 },
    ],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it.each([
    ['with the poster\'s name', 'Tom Reed\nPosted in #platform | Today at 9:05 AM\nKofi Boateng, SRE at MTN, 7 mutual connections, note: "Hey Nadia, loved your talk"'],
    ['alone', 'Posted in a direct message | Today at 9:05 AM\nKofi Boateng, SRE at MTN, 7 mutual connections, note: "Hey Nadia, loved your talk"'],
  ])('reads a message shared in Slack under its header, %s', (_label, raw) => {
    expect(invitationOf(parseSlackCommandText(raw))).toMatchObject({ name: 'Kofi Boateng', headline: 'SRE', company: 'MTN', mutualConnections: 7 });
  });

  it.each([
    ['www. and no scheme', 'Lucas Martin | www.linkedin.com/in/lucasmartin-dev/ | Frontend Dev at Qonto | 4 mutual', 'https://www.linkedin.com/in/lucasmartin-dev'],
    ['the whole URL', 'Lucas Martin | https://www.linkedin.com/in/lucasmartin-dev | Frontend Dev at Qonto | 4 mutual', 'https://www.linkedin.com/in/lucasmartin-dev'],
    ['in the count\'s place', 'Lucas Martin | Frontend Dev at Qonto | linkedin.com/in/lucasmartin-dev | 4 mutual', 'https://www.linkedin.com/in/lucasmartin-dev'],
    ['misspelt, no link', 'Lucas Martin | linkdin.com/in/lucasmartin-dev | Frontend Dev at Qonto | 4 mutual', null],
  ])('takes a profile URL typed before its place in the one-line form for no headline: %s', (_label, text, profileUrl) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Lucas Martin', headline: 'Frontend Dev', company: 'Qonto', mutualConnections: 4, profileUrl });
  });

  it('takes a misspelt profile address between dashes for no headline', () => {
    expect(invitationOf(parseInvitation('Fatou Ndiaye - linkdin.com/in/fatou-ndiaye - Product Lead at Wave - 3 mutual'))).toMatchObject({
      name: 'Fatou Ndiaye',
      headline: 'Product Lead',
      company: 'Wave',
      mutualConnections: 3,
      profileUrl: null,
    });
  });
});

describe('parseInvitation: typed lines of the fifth QA set', () => {
  it.each([
    ['a lower-case name with commas', 'priya nair, staff eng at Canva, 6 mutual', { name: 'priya nair', headline: 'staff eng', company: 'Canva', mutualConnections: 6 }],
    ['a greeting with a comma under a comma line', 'Anna Berg, Data Lead at Northvolt, 3 mutual\nHi Nadia, great to meet you', { name: 'Anna Berg', company: 'Northvolt', mutualConnections: 3, note: 'Hi Nadia, great to meet you' }],
    ['a second person\'s line under the first', 'Anna Berg, Data Lead at Northvolt, 3 mutual\nBen Okoye, Sales at Salesforce, 0 mutual', { name: 'Anna Berg', headline: 'Data Lead', company: 'Northvolt', mutualConnections: 3, note: null }],
    ['the rest under the name, "no msg" after the count', 'Harriet Cole\neng manager @ Wise, 7 mutual, no msg', { name: 'Harriet Cole', headline: 'eng manager', company: 'Wise', mutualConnections: 7, note: null }],
    ['a badge after the name', 'Marcus Lee - Open to work | Senior Backend Engineer | ex-Shopify - 2 mutual', { name: 'Marcus Lee', headline: 'Senior Backend Engineer' }],
    ['labels run together', 'name: Abdullah bin Salman role: Cloud Lead at STC mutual: 5', { name: 'Abdullah bin Salman', headline: 'Cloud Lead', company: 'STC', mutualConnections: 5 }],
    ['arrows for separators', 'Jakob Eder → Engineering Lead at Bitpanda → 3 mutual → "Hi Nadia, we met at WeAreDevelopers"', { name: 'Jakob Eder', company: 'Bitpanda', mutualConnections: 3, note: 'Hi Nadia, we met at WeAreDevelopers' }],
    ['a question first', 'should I accept? Dimitri Volkov, Security Researcher at Kaspersky, 0 mutual', { name: 'Dimitri Volkov', headline: 'Security Researcher', company: 'Kaspersky', mutualConnections: 0 }],
    ['a lead-in line above', 'posting here from #platform:\nEszter Nagy — Platform Engineer at Prezi — 3 mutual — https://www.linkedin.com/in/eszter-nagy', { name: 'Eszter Nagy', headline: 'Platform Engineer', company: 'Prezi', mutualConnections: 3, profileUrl: 'https://www.linkedin.com/in/eszter-nagy' }],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it.each([
    ['one arrow in a headline', 'Priya Raman - Ex-Google → Founder at Loomly - 3 mutual', { name: 'Priya Raman', headline: 'Ex-Google → Founder', company: 'Loomly' }],
    ['a lead-in line above a pasted card', 'fyi:\nPriya Raman\nHead of Data at Northwind\n14 mutual connections', { name: 'Priya Raman', company: 'Northwind', mutualConnections: 14 }],
    ['a question that is the note', 'Priya Raman, Head of Data at Northwind, 14 mutual, shall we talk? Sam', { name: 'Priya Raman', company: 'Northwind', mutualConnections: 14 }],
  ])('keeps %s as it was', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });
});

describe('parseInvitation: bold, italics and links around fields', () => {
  it.each([
    [
      'Thunderbird\'s bold lines',
      '*Anouk Visser*\nData Engineer at Picnic\nAmsterdam\n*4 mutual connections*\n\nHi Nadia, we met at the Airflow meetup. Let\'s stay in touch!\n\n*Accept* <https://www.linkedin.com/comm/mynetwork/invitation-manager/accept?invitationId=7410022>\n*View profile* <https://www.linkedin.com/comm/in/anoukvisser?midToken=AQHq81>',
      { name: 'Anouk Visser', headline: 'Data Engineer', company: 'Picnic', mutualConnections: 4, profileUrl: 'https://www.linkedin.com/in/anoukvisser' },
    ],
    ['a bold sentence', '*Priya Raman*\n_Head of Data at Northwind_\n14 mutual connections', { name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind' }],
  ])('reads %s without the marks', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it('reads Slack\'s bold name and italic headline on lines of their own', () => {
    const raw = '*Valentina Greco*\n_Senior UX Researcher at Yoox Net-a-Porter_\n4 mutual\n<https://www.linkedin.com/in/valentinagreco/|https://www.linkedin.com/in/valentinagreco/>';
    expect(invitationOf(parseSlackCommandText(raw))).toMatchObject({ name: 'Valentina Greco', headline: 'Senior UX Researcher', company: 'Yoox Net-a-Porter', mutualConnections: 4 });
  });

  it('takes a lone bold word for a heading, not a name', () => {
    expect(parseSlackCommandText('*Reason*\n```Not relevant to my work```').ok).toBe(false);
  });

  it.each([
    ['the name', '<https://www.linkedin.com/in/marta-kowalska-pl|Marta Kowalska> - Engineering Manager at DocPlanner - 6 mutual', { name: 'Marta Kowalska', headline: 'Engineering Manager', company: 'DocPlanner', mutualConnections: 6, profileUrl: 'https://www.linkedin.com/in/marta-kowalska-pl' }],
    ['the name, with commas', '<https://www.linkedin.com/in/marta-kowalska-pl|Marta Kowalska>, Engineering Manager at DocPlanner, 6 mutual', { name: 'Marta Kowalska', company: 'DocPlanner', mutualConnections: 6, profileUrl: 'https://www.linkedin.com/in/marta-kowalska-pl' }],
  ])('reads a profile link\'s label when it is %s', (_label, raw, expected) => {
    expect(invitationOf(parseSlackCommandText(raw))).toMatchObject(expected);
  });
});

describe('parseInvitation: typos and other languages\' lead-ins in typed lines', () => {
  it.each([
    ['"mutal"', 'Hugo Lambert, SRE at OVHcloud, 5 mutal', { name: 'Hugo Lambert', headline: 'SRE', company: 'OVHcloud', mutualConnections: 5 }],
    ['"mtual connections"', 'Hugo Lambert - SRE at OVHcloud - 5 mtual connections', { name: 'Hugo Lambert', mutualConnections: 5 }],
    ['"invte from"', 'invte from Gabriel Santos, devops @ Stone, 2 mutual', { name: 'Gabriel Santos', company: 'Stone', mutualConnections: 2 }],
    ['"wnats to connect"', 'Noah Fischer wnats to connect - CTO at Bitpanda, 9 mutual', { name: 'Noah Fischer', headline: 'CTO', company: 'Bitpanda', mutualConnections: 9 }],
    ['French "invit de la part de"', 'invit de la part de Margaux Lefèvre – DRH chez Doctolib – 3 relations en commun – message : Bonjour Nadia, ravie de vous avoir rencontrée.', { name: 'Margaux Lefèvre', headline: 'DRH', company: 'Doctolib', mutualConnections: 3, note: 'Bonjour Nadia, ravie de vous avoir rencontrée.' }],
    ['Spanish "solicitud de", in the one-line form', 'solicitud de Diego Fernández | Director Comercial en Cabify | 12 contactos en común', { name: 'Diego Fernández', company: 'Cabify', mutualConnections: 12 }],
    ['English "Invite from", in the one-line form', 'Invite from Priya Raman | CTO at Loomly | 3 mutual', { name: 'Priya Raman', company: 'Loomly', mutualConnections: 3 }],
    ['Portuguese "pedido de conexão de"', 'pedido de conexão de Ana Beatriz Souza — Analista de Dados no Itaú — 2 conexões em comum', { name: 'Ana Beatriz Souza', headline: 'Analista de Dados', company: 'Itaú', mutualConnections: 2 }],
    ['Dutch "verzoek van"', 'verzoek van Sanne de Jong, Recruiter bij Adyen, 4 gemeenschappelijke connecties', { name: 'Sanne de Jong', headline: 'Recruiter', company: 'Adyen', mutualConnections: 4 }],
    ['German "schreibt:" before the note', 'Einladung von Jana Keller, Teamleiterin Vertrieb bei Personio, 5 gemeinsame Kontakte, schreibt: Hallo Nadia, wir haben uns auf der OMR getroffen.', { name: 'Jana Keller', mutualConnections: 5, note: 'Hallo Nadia, wir haben uns auf der OMR getroffen.' }],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it.each([
    ['"5 manual" (two typos)', 'Priya Raman, QA Lead at Northwind, 5 manual', null],
    ['"5 months"', 'Priya Raman, QA Lead at Northwind, 5 months', null],
  ])('takes %s for no count', (_label, text, count) => {
    expect(invitationOf(parseInvitation(text)).mutualConnections).toBe(count);
  });
});

describe('parseInvitation: a hiring cry before the headline', () => {
  it.each([
    ["We're hiring!", "We're hiring! Head of Engineering at Back Market"],
    ['Hiring:', 'Hiring: Head of Engineering at Back Market'],
  ])('reads the company after %s', (_label, headline) => {
    const text = `Sophie Laurent\n${headline}\n5 mutual connections\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Sophie Laurent', headline: headline.replace(' at Back Market', ''), company: 'Back Market', note: null });
  });

  it('keeps a note that opens with the cry as the note', () => {
    const text = "Sophie Laurent\nHead of Engineering at Back Market\n5 mutual connections\nWe're hiring! Would love to chat.\nAccept";
    expect(invitationOf(parseInvitation(text))).toMatchObject({ headline: 'Head of Engineering', note: "We're hiring! Would love to chat." });
  });
});

describe('not an invitation', () => {
  it.each([
    ['', /nothing to read/, {}],
    ['   \n\t  ', /nothing to read/, {}],
    ['https://www.linkedin.com/in/priya-raman-data', /name/, { profileUrl: PRIYA.profileUrl }],
    ['14 mutual connections', /name/, { mutualConnections: 14 }],
    ['@@@ ###', /name/, {}],
    ['Hi Sam,', /name/, {}],
    ['Accept\nIgnore\nView profile', /name/, {}],
    ['Thanks for the great talk yesterday, it was really useful.', /name/, {}],
    ['Head of Data Partnerships at Northwind Analytics', /name/, { headline: 'Head of Data Partnerships', company: 'Northwind Analytics' }],
    ['asdf qwerty', /name/, {}],
  ])('%j is not ok', (text, reason, found) => {
    const result = parseInvitation(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(reason);
    expect(result.found).toMatchObject(found);
  });
});

describe('robustness', () => {
  function isWellFormed(result: ParseResult): boolean {
    if (!result.ok) return result.reason.trim().length > 0;
    const { name, headline, company, note } = result.invitation;
    return (
      name.trim().length > 0 &&
      name.length <= FIELD_LIMITS.name &&
      (headline?.length ?? 0) <= FIELD_LIMITS.headline &&
      (company?.length ?? 0) <= FIELD_LIMITS.company &&
      (note?.length ?? 0) <= FIELD_LIMITS.note
    );
  }

  const piece = fc.constantFrom(
    'Priya Raman', 'José García-Núñez', '李小龍', '|', '<', '>', '&', '&amp;', '&lt;', '&gt;', '\n', '\r\n', ' ', '"', '“', '”',
    'https://www.linkedin.com/in/x', '<https://www.linkedin.com/in/x|x>', '<@U1|sam>', '<!channel>', '14 mutual connections',
    'Jane Doe and 13 other mutual connections', ' at ', '@', 'Head of Data', 'Message:', 'wants to connect', 'Hi Sam,',
    '\u200B', '\u0000', '\uD800', '😀', '(she/her)', '· 2nd', ',', '.', 'Accept',
  );
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')),
  );

  it('never throws and always returns a well-formed result (property)', () => {
    fc.assert(
      fc.property(texts, (text) => isWellFormed(parseSlackCommandText(text)) && isWellFormed(parseInvitation(text))),
      { numRuns: 500 },
    );
  });

  it('never puts Slack markup from raw text into a field (property)', () => {
    // As Slack sends it: raw < and > only in markup, a typed one as an entity (which may stay literal text).
    const markup = fc.constantFrom('<!channel>', '<!here>', '<@U1>', '<@U1|sam>', '<#C1|x>', '<https://x.co|y>', '<!subteam^S1>');
    const safePiece = piece.filter((text) => !/[<>]|&lt;|&gt;/.test(text));
    const raw = fc.array(fc.oneof(safePiece, markup), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(raw, (text) => {
        const result = parseSlackCommandText(text);
        const fields = result.ok ? Object.values(result.invitation) : Object.values(result.found);
        return fields.every((value) => typeof value !== 'string' || !/[<>]/.test(value));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['one long line', 'a'.repeat(4_000)],
    ['many pipes', '|'.repeat(4_000)],
    ['many brackets', '<'.repeat(2_000) + '>'.repeat(2_000)],
    ['many lines', 'Priya Raman\n'.repeat(400)],
    ['many blank lines', `Hi there!\n${'\n'.repeat(4_000)}Hello you.`],
    ['repeated "at"', 'Head at '.repeat(500)],
    ['repeated mutual phrase', 'Jane and '.repeat(35) + '1 other'],
    ['repeated invite phrase', 'Priya wants '.repeat(25)],
    ['dots and digits', `${'1,'.repeat(1_500)} mutual`],
    ['spaces', ' '.repeat(4_000) + 'x'],
    ['quotes', '"'.repeat(4_000)],
    ['hostile URL', `linkedin.com/in/${'%'.repeat(3_000)}`],
    ['entities', '&amp;'.repeat(800)],
    ['nested-looking markup', '<<@U1|<!here>|>>'.repeat(250)],
    ['a name, then blank lines', `Sam Lee\n${'\n'.repeat(19_000)}`],
    ['a name, then spaces and a dash', `Sam Lee${' '.repeat(19_000)}-`],
    ['full stops before counts and labels', 'a. 1 mutual connections. her note: '.repeat(500)],
    ['bulleted labels', '• Name: '.repeat(2_000)],
    ['brackets after a name', `${'Priya Raman ('.repeat(1_000)}Head at X)`],
    ['words in lower case', 'ab '.repeat(5_000)],
    ['short notes before a button', `Priya Raman\nHead of Data\n${'met at the bar\n'.repeat(1_000)}Ignore`],
    ['invite phrases', 'just got an invite from '.repeat(500)],
    ['lead-ins before the name', `${'👀'.repeat(2_000)} fyi new invite: ${'got a request from '.repeat(500)}`],
    ['semicolons, tabs and plus signs', 'a; b\t+ note: '.repeat(1_500)],
    ['Slack markup', '*_'.repeat(5_000)],
    ['a URL among the words', `Priya ${'https://www.linkedin.com/in/x '.repeat(500)}14 mutual`],
    ['Safe Links', `Priya Raman\nHead of Data\n${'https://a.safelinks.protection.outlook.com/?url=%E0%A4&'.repeat(300)}`],
    ['ampersands before an @', `Priya Raman\nFounder @ Loomly ${'& a '.repeat(3_000)}@ X`],
    ['particles', `María ${'de los '.repeat(2_500)}`],
    ['credentials and pronouns', `Jordan Blake, ${'PMP, he/him, '.repeat(1_000)}Engineer at X`],
    ['spaced slashes', 'a / '.repeat(5_000)],
    ['a code block', `\`\`\`${'Priya Raman, '.repeat(1_500)}\`\`\``],
    ['a name, a colon and spaces', `Priya Raman:${' '.repeat(19_000)}"hi`],
    ['counts after a name', `Priya ${'1 '.repeat(9_000)}mutual`],
    ['quoted lines under a reply', `hi\nOn Monday Sam wrote:\n${'> a\n'.repeat(4_000)}b`],
    ['ideographic full stops', '您好，'.repeat(6_000) + '。'],
    ['emoji after a company', `Priya Raman\nCEO at X${'🚀'.repeat(9_000)}`],
    ['brackets after a company', `Priya Raman\nCEO at X${' ('.repeat(9_000)}`],
    ['emoji before a quote', '💬 "'.repeat(5_000)],
    ['profile URLs in angle brackets', `Priya Raman, ${'CEO <https://www.linkedin.com/in/x>, '.repeat(500)}`],
    ['lines that start "at"', `Priya Raman\nCTO\n${'at Acme\n'.repeat(2_000)}`],
    ['quoted-printable bytes', `Priya Raman=20\n${'=C3=A1=E2=80'.repeat(4_000)}=\n`],
    ['Slack share headers', `Tom Reed\n${'Posted in #a |'.repeat(2_000)}\nPriya Raman, CTO`],
    ['misspelt profile addresses', `Priya Raman | ${'linkdin.com/in/'.repeat(1_000)} | CTO at X`],
    ['arrows', `Priya Raman → ${'a -> '.repeat(3_000)}`],
    ['labels run together', `name: Priya ${'role: a '.repeat(2_000)}`],
    ['a lead-in question', `${'why? '.repeat(3_000)}Priya Raman, CTO, 3 mutual`],
    ['no note after a count', `Priya Raman\nCTO at X, 3 mutual${', no  '.repeat(3_000)}note`],
    ['bold lines', `${'*a b*\n'.repeat(3_000)}*${'x '.repeat(3_000)}`],
    ['labelled profile links', `${'<https://www.linkedin.com/in/x|Priya Raman>'.repeat(400)}<https://x/in/|${'|'.repeat(5_000)}`],
    ['misspelt counts', `Priya Raman, ${'5 mutl, '.repeat(2_000)}`],
    ['misspelt lead-ins', `invte from ${'Priya wnats to connect '.repeat(800)}`],
    ['HTML tags and entities', `<div>Priya Raman</div>${'<a href="x'.repeat(1_500)}${'&#1234'.repeat(1_000)}<br`],
    ['chat prefixes', `[1:11] Tunde: ${'[1:11 '.repeat(3_000)}\n${'[09:15, 04/03/2026] Tunde Bakare: a\n'.repeat(500)}`],
    ['spoken roles', `${'link heading level 3 button '.repeat(300)}\n${'button link\n'.repeat(2_000)}Priya Raman`],
    ['notifications above a name', `${'Rui Almeida endorsed you '.repeat(10)}\n${'Congratulate a '.repeat(2_000)}\n${'x you \n'.repeat(12)}Priya Raman\nCTO at X`],
    ['a question before a name', `${'a '.repeat(39)}Bb Cc? ${'Dd '.repeat(3_000)}, 3 mutual`],
    ['buttons at a line\'s end', `Priya Raman Head of Data at X 3 mutual${' Accept'.repeat(4_000)}`],
    ['labels before tabs', `Name\tPriya Raman\n${' '.repeat(10_000)}\n${'a '.repeat(3_000)}\tx\n${'Note\t\t'.repeat(2_000)}`],
    ['roles after items with no comma', `link Priya Raman\n${'Ignore button '.repeat(3_000)}\n${'a '.repeat(2_000)}${' '.repeat(50_000)}graphi\nAccept button`],
    ['icon glyphs, greetings and badges', `${'\uE001 hey, '.repeat(10_000)}invite frm ${'Priya #OpenToWork '.repeat(2_000)}\n${'Priya Raman, CTO at X, 3 mutual\nSend a b c d e f g h i j k l m n o p q r s t u v w '.repeat(300)}`],
    ['empty link parameters, cries and "you both know"', `Priya Raman\n${'https://x.linkedin.com/in/a?b=\n'.repeat(3_000)}${'Sam, you both know '.repeat(15)}\nCTO at X — we're hiring ${'a '.repeat(20_000)}!\nHead of Data at\n${'Acme '.repeat(5_000)}`],
    ['glued "@", sign-offs and "(edited)"', `Priya Raman\n${'PM@Acme'.repeat(10_000)} x\n${'Hi Sam,\n\nPriya\n'.repeat(2_000)}${'Accept (edited)\n'.repeat(2_000)}Tanvi\nKulkarni\nCTO at`],
    ['note previews and dates', `Priya Raman\n${'Invitation: a\nNov 2\n'.repeat(3_000)}${'Write a message '.repeat(2_000)}\nCTO at X`],
    ['notifications about posts', `${'Rui Almeida commented on your pos '.repeat(8)}\n${'Jan hat Ihre Kenntnisse in '.repeat(3_500)}bestätig\nPriya Raman\nCTO at X`],
    ['cards under notifications, notes that name them, one-word names over wraps', `${'Ravi Kumar commented on your post\nAna Costa\nIgnore\n'.repeat(300)}${'tamsin greaves\nPriya Raman shared your post\n'.repeat(300)}${'Cher\nSinger\nand X at Y\n'.repeat(500)}Accept`],
  ])('is fast on hostile input: %s', (_label, text) => {
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseSlackCommandText(text);
      parseInvitation(text);
      parseInvitation(text.replace(/\|/g, '\n'));
    }
    // A guard against runaway patterns (seconds to minutes on these inputs), not a speed figure:
    // the slowest input here takes 0.5-1.1 s on a loaded 2-core machine, so 1 s was too close.
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('caps the note at 2,000 characters', () => {
    const note = invitationOf(parseInvitation(`Priya Raman\n"${'Hello there. '.repeat(300)}"`)).note;
    expect(note?.length).toBe(FIELD_LIMITS.note);
    expect(note?.endsWith('…')).toBe(true);
  });
});

describe('HTML and labelled links through the slash command (QA, seventh pass)', () => {
  /** Text as Slack sends what a person typed or pasted: its own three characters escaped. */
  const typed = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it.each([
    ['<br> lines', 'Priya Raman<br>CTO at Acme | Advisor<br>14 mutual connections<br>Hi Sam, we met at PyData.'],
    ['<div> lines', '<div>Priya Raman</div><div>CTO at Acme | Advisor</div><div>14 mutual connections</div><div>Hi Sam, we met at PyData.</div>'],
  ])('reads HTML pasted with %s as lines, though its headline has a bar', (_shape, text) => {
    expect(invitationOf(parseSlackCommandText(typed(text)))).toMatchObject({ name: 'Priya Raman', company: 'Acme', mutualConnections: 14, note: 'Hi Sam, we met at PyData.' });
  });

  it('decodes an HTML paste’s "&amp;" when the text shows it is HTML, and keeps a typed one otherwise', () => {
    expect(invitationOf(parseSlackCommandText(typed('Priya&nbsp;Raman\nCTO at Procter &amp; Gamble\n14 mutual connections')))).toMatchObject({
      name: 'Priya Raman',
      company: 'Procter & Gamble',
    });
    expect(invitationOf(parseSlackCommandText(typed('Priya Raman | Engineer at R&amp;D Labs | 3 mutual'))).company).toBe('R&amp;D Labs');
  });

  it('takes a profile link labelled with the name, alone on its line, as the name and the profile', () => {
    expect(invitationOf(parseSlackCommandText('<https://www.linkedin.com/in/marta-kowalska-pl|Marta Kowalska>\nEngineering Manager at DocPlanner\n6 mutual connections'))).toMatchObject({
      name: 'Marta Kowalska',
      company: 'DocPlanner',
      mutualConnections: 6,
      profileUrl: 'https://www.linkedin.com/in/marta-kowalska-pl',
    });
  });
});

describe('parseInvitation: the colleague who shares it, and a first name alone (sixth QA set)', () => {
  const card = 'Astrid Holm\nTalent Partner at Spotify\n1 mutual connection\nHi Ilse, your background stood out.';

  it.each([
    ['Teams\' time and poster above a comment', `[10:31] Ruud Hendriks\nFYI, got this today:\n${card}`],
    ['Teams\' time and poster alone', `[10:31] Ruud Hendriks\n${card}`],
    ['Teams\' date, time and poster', `[27/11 10:31] Ruud Hendriks\n${card}`],
    ['Teams\' quote header over a typed line', 'Ruud Hendriks\n27/11 10:31\nAstrid Holm / Talent Partner at Spotify / 1 mutual'],
    ['Teams\' quote header over a card', `Ruud Hendriks\n27/11 10:31\n${card}`],
  ])('reads the person under %s, not the poster', (_label, text) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Astrid Holm', headline: 'Talent Partner', company: 'Spotify', mutualConnections: 1 });
  });

  it.each([
    ['a message under its time', 'Priya Raman\n10:31\nHi Sam, would love to connect'],
    ['a time in brackets before no name', '[10:31] fyi\nPriya Raman\nHead of Data at Northwind'],
  ])('keeps %s as it was', (_label, text) => {
    expect(invitationOf(parseInvitation(text)).name).toBe('Priya Raman');
  });

  it('reads the full name under a reminder that gives the first name alone', () => {
    const text = 'Tobias is waiting for your response\nTobias Lindgren\nPlatform Engineer at Klarna\n6 mutual connections\nAccept\nIgnore';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Tobias Lindgren', headline: 'Platform Engineer', company: 'Klarna', mutualConnections: 6, note: null });
  });
});

describe('parseInvitation: a typed summary among lines of chat (sixth QA set)', () => {
  it.each([
    ['two lines of chat above', 'morning all\nquick one — anyone know this person?\nSabine Keller, Head of IT at Migros, 2 mutual', { name: 'Sabine Keller', headline: 'Head of IT', company: 'Migros', mutualConnections: 2, note: null }],
    ['a question under it', 'Sabine Keller - Head of IT at Migros - 2 mutual\nthoughts?', { name: 'Sabine Keller', company: 'Migros', mutualConnections: 2, note: null }],
    ['a share link above it', 'https://www.linkedin.com/in/balint-szabo-dev?utm_source=share&utm_medium=member_ios\nBálint Szabó, eng mgr at Prezi, 4 mutual', { name: 'Bálint Szabó', company: 'Prezi', mutualConnections: 4, profileUrl: 'https://www.linkedin.com/in/balint-szabo-dev' }],
    ['a profile URL first, with bars', 'https://www.linkedin.com/in/tomasz-wojcik-eng | Tomasz Wójcik | Staff Engineer at Allegro | 3 mutual', { name: 'Tomasz Wójcik', headline: 'Staff Engineer', company: 'Allegro', mutualConnections: 3, profileUrl: 'https://www.linkedin.com/in/tomasz-wojcik-eng' }],
    ['a colon after the name', 'Chiara Bianchi: Head of Product at Scalapay (6 mutual)', { name: 'Chiara Bianchi', headline: 'Head of Product', company: 'Scalapay', mutualConnections: 6 }],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it('reads a raw Slack summary between "fyi" and "thoughts?"', () => {
    const raw = 'fyi\nNoah Schmidt - DevRel at Grafana Labs - 4 mutual - <https://www.linkedin.com/in/noah-schmidt-devrel>\nthoughts?';
    expect(invitationOf(parseSlackCommandText(raw))).toMatchObject({ name: 'Noah Schmidt', headline: 'DevRel', company: 'Grafana Labs', mutualConnections: 4, profileUrl: 'https://www.linkedin.com/in/noah-schmidt-devrel' });
  });

  it.each([
    ['a note under the summary', 'Anna Berg, Data Lead at Northvolt, 3 mutual\nHi Nadia, great to meet you', 'Hi Nadia, great to meet you'],
    ['a colon before a sentence', 'Priya Raman: we met at KubeCon, 14 mutual', 'Priya Raman: we met at KubeCon, 14 mutual'],
  ])('keeps %s as it was', (_label, text, note) => {
    const result = parseInvitation(text);
    expect(result.ok ? result.invitation.note : result.found.note).toBe(note);
  });
});

describe('parseInvitation: short notes, a full stop after the company, the forwarder\'s question (sixth QA set)', () => {
  it.each([
    ['Thanks for today 🙏'],
    ['Thanks for lunch!'],
    ['Thanks for the intro'],
  ])('reads a thank-you for something, %s, as the note', (note) => {
    expect(invitationOf(parseInvitation(`Noah Klein\nEngineer at Mollie\n5 mutual connections\n${note}\nIgnore\nAccept`)).note).toBe(note);
  });

  it('still leaves a bare thank-you out', () => {
    expect(invitationOf(parseInvitation('Noah Klein\nEngineer at Mollie\n5 mutual connections\nThanks!\nIgnore\nAccept')).note).toBeNull();
  });

  it('reads a headline whose last company ends in a full stop', () => {
    const text = 'Karin de Boer\nCFO at Mollie | Board Member at bol.\n16 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ headline: 'CFO at Mollie | Board Member at bol.', company: 'Mollie', mutualConnections: 16, note: null });
  });

  it('keeps a note with bars that ends in a full stop as the note', () => {
    const text = 'Karin de Boer\nCFO at Mollie\n16 mutual connections\nMet you at Money20/20 | we should talk.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text)).note).toBe('Met you at Money20/20 | we should talk.');
  });

  it.each([
    ['thoughts?', null],
    ['should I accept?', null],
  ])('takes "%s" under the buttons, on the last line, for the forwarder\'s', (question, note) => {
    const text = `hmm, should I accept this one? ↓\n\nMatteo Russo\nSenior Backend Engineer at Satispay\n4 mutual connections\nIgnore\nAccept\n\n${question}`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Matteo Russo', company: 'Satispay', mutualConnections: 4, note });
  });

  it('keeps a longer question under the buttons as the note', () => {
    const text = 'Matteo Russo\nSenior Backend Engineer at Satispay\n4 mutual connections\nIgnore\nAccept\nWould you be open to a quick call next week?';
    expect(invitationOf(parseInvitation(text)).note).toBe('Would you be open to a quick call next week?');
  });
});

describe('parseInvitation: names in short and emoji-typed lines (sixth QA set)', () => {
  it.each([
    ['emoji between the parts', 'Lena Fischer 👉 Staff Engineer at N26 👉 8 mutual', { name: 'Lena Fischer', headline: 'Staff Engineer', company: 'N26', mutualConnections: 8 }],
    ['emoji labels before the parts', '👤 Lena Fischer 💼 Staff Engineer at N26 🤝 8 mutual', { name: 'Lena Fischer', headline: 'Staff Engineer', company: 'N26', mutualConnections: 8 }],
    ['a name and "@ Company"', 'Eszter Kovács @ Prezi', { name: 'Eszter Kovács', company: 'Prezi' }],
    ['a name and "@ Company" before a count', 'Eszter Kovács @ Prezi, 3 mutual', { name: 'Eszter Kovács', company: 'Prezi', mutualConnections: 3 }],
    ['a name asked about', 'Eszter Kovács?', { name: 'Eszter Kovács' }],
    ['the digest\'s summary line', 'Kenji Watanabe and 4 others want to connect with you', { name: 'Kenji Watanabe' }],
    ['a lower-case "dr."', 'dr. Nagy Péter\nJogi tanácsadó at OTP Bank\n8 mutual connections\nIgnore\nAccept', { name: 'dr. Nagy Péter', company: 'OTP Bank', mutualConnections: 8 }],
    ['a bullet labelled "Person:"', '• Person: Yuki Tanaka\n• Role: Staff SRE @ Mercari\n• Mutuals: 3\n• Note: "Hi Ilse, we sat next to each other at SREcon EMEA."', { name: 'Yuki Tanaka', headline: 'Staff SRE', company: 'Mercari', mutualConnections: 3, note: 'Hi Ilse, we sat next to each other at SREcon EMEA.' }],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it('reads the first named of a digest\'s summary that names two', () => {
    const text = 'Kenji Watanabe, Amara Obi and 3 others want to connect\nKenji Watanabe\nSolutions Architect at Mercari\n2 mutual connections\nAccept\nAmara Obi\nProduct Lead at Moniepoint\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Kenji Watanabe', company: 'Mercari', mutualConnections: 2 });
  });

  it.each([
    ['a question of three words', 'Block Priya Raman?'],
    ['one emoji in a headline', 'Founder 🚀 Loomly'],
    ['"Person:" before no name', 'Person: who cares'],
  ])('finds no name in %s', (_label, text) => {
    expect(parseInvitation(text).ok).toBe(false);
  });
});

describe('parseInvitation: what a copy leaves around the note (sixth QA set)', () => {
  it.each([
    [
      'an InMail\'s answer buttons (copied without its "InMail" label, which is refused)',
      'Katarzyna Nowak\nSenior Technical Recruiter at Booking.com\nHi Ilse, I came across your profile. Open to a quick chat this week?\nYes, interested\nNo, thanks\nReply',
      'Hi Ilse, I came across your profile. Open to a quick chat this week?',
    ],
    [
      'Slack\'s "(edited)" on a line of its own',
      'Carlos Mendoza\nHead of Growth at Rappi\n8 mutual connections\nHi Ilse, saw your post about on-call rotations.\n(edited)',
      'Hi Ilse, saw your post about on-call rotations.',
    ],
    [
      'Slack\'s "(edited)" after the note',
      'Carlos Mendoza\nHead of Growth at Rappi\n8 mutual connections\nHi Ilse, saw your post about on-call rotations. (edited)',
      'Hi Ilse, saw your post about on-call rotations.',
    ],
    [
      'the messaging list\'s "Invitation:" before the note',
      'Jonas Weber\nNov 24\nInvitation: Hi Ilse, fellow Rust meetup organiser here — would love to connect.',
      'Hi Ilse, fellow Rust meetup organiser here — would love to connect.',
    ],
  ])('leaves out %s', (_label, text, note) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
  });

  it('still reads "Invitation: Priya Raman" as naming her', () => {
    expect(invitationOf(parseInvitation('Invitation: Priya Raman\nHead of Data at Northwind')).name).toBe('Priya Raman');
  });
});

describe('parseInvitation: a headline hyphenated or bulleted, and a shared count (sixth QA set)', () => {
  it.each([
    ['hyphenated across two lines', 'Lotte Janssen\nSenior Infra-\nstructure Engineer at Booking.com\n8 mutual connections\nIgnore\nAccept', { headline: 'Senior Infra-structure Engineer', company: 'Booking.com', mutualConnections: 8, note: null }],
    ['with an emoji before it', '✨ Chiara Bianchi\n✨ Head of Product at Scalapay\n✨ 6 mutual', { name: 'Chiara Bianchi', headline: 'Head of Product', company: 'Scalapay', mutualConnections: 6 }],
  ])('reads a headline %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it.each([
    ['You and Hugo share 2 connections', 2],
    ['You and Hugo share 2 mutual connections', 2],
  ])('reads "%s" as the count', (line, count) => {
    expect(parseMutualConnections(line)).toBe(count);
    expect(invitationOf(parseInvitation(`Hugo Lambert wants to connect\nPartner at Balderton\n${line}\nAccept`)).mutualConnections).toBe(count);
  });
});

describe('parseInvitation: a name run into its headline (fifth and sixth QA sets)', () => {
  // A phone's copy that dropped the line break between the name and the headline.
  it.each([
    ['a card pasted from a phone', 'Sander VosBackend Engineer at Bunq\n3 mutual connections\nAccept', { name: 'Sander Vos', headline: 'Backend Engineer', company: 'Bunq', mutualConnections: 3 }],
    ['a title word after the name', 'Priya RamanHead of Data at Northwind\n14 mutual connections', { name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
    ['a title in capitals', 'Sander VosCEO at Bunq, 3 mutual', { name: 'Sander Vos', headline: 'CEO', company: 'Bunq', mutualConnections: 3 }],
    ['a name with particles', 'Jan van der BergSenior Software Engineer at Adyen\n2 mutual connections', { name: 'Jan van der Berg', headline: 'Senior Software Engineer', company: 'Adyen', mutualConnections: 2 }],
    ['a name with a capital inside', 'Ryan McKinseyPartner at Balderton\n4 mutual connections', { name: 'Ryan McKinsey', headline: 'Partner', company: 'Balderton', mutualConnections: 4 }],
    ['a typed line with no separator', 'Lena FischerStaff Engineer at N26 8 mutual', { name: 'Lena Fischer', headline: 'Staff Engineer', company: 'N26', mutualConnections: 8 }],
    ['a name with an apostrophe, and a note', 'Aoife O\'BrienFounder at Tito\n5 mutual connections\n"Hi Sam, we met at Web Summit."', { name: 'Aoife O\'Brien', headline: 'Founder', company: 'Tito', mutualConnections: 5, note: 'Hi Sam, we met at Web Summit.' }],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(expected);
  });

  // A typed line with no separator at all: the name is the two name words before the first title word.
  it.each([
    ['a count at the end', 'Oliver Grant Principal Engineer at Monzo 11 mutual', { name: 'Oliver Grant', headline: 'Principal Engineer', company: 'Monzo', mutualConnections: 11 }],
    ['"Head of"', 'Femi Adeyemi Head of Risk at Kuda 5 mutual', { name: 'Femi Adeyemi', headline: 'Head of Risk', company: 'Kuda', mutualConnections: 5 }],
    ['a phone\'s lines joined by spaces', 'Sander Vos Backend Engineer at Bunq 3 mutual connections', { name: 'Sander Vos', headline: 'Backend Engineer', company: 'Bunq', mutualConnections: 3 }],
    ['"@" for "at"', 'Oliver Grant CTO @ Monzo 11 mutual', { name: 'Oliver Grant', headline: 'CTO', company: 'Monzo', mutualConnections: 11 }],
    ['a comma before the count only', 'Jan van der Berg Senior Product Manager at Adyen, 4 mutual', { name: 'Jan van der Berg', headline: 'Senior Product Manager', company: 'Adyen', mutualConnections: 4 }],
    ['a note after the count', 'Oliver Grant Principal Engineer at Monzo 11 mutual, Hi Sam, we met at KubeCon', { name: 'Oliver Grant', company: 'Monzo', mutualConnections: 11, note: 'Hi Sam, we met at KubeCon' }],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(expected);
  });

  // Names and companies with a capital inside are never split; nor a glued word whose first half is a
  // surname's prefix ("Mc", "De", "Van"), a single word before the title, or a typed line that is not
  // plainly "First Last Title at Company N mutual".
  it.each([
    ['a surname with a capital inside', 'Ryan McKinsey\nPartner at Balderton\n4 mutual connections', { name: 'Ryan McKinsey', headline: 'Partner', company: 'Balderton' }],
    ['"DiCaprio", "LeBlanc", "MacDonald", "O\'Neill"', 'Leonardo DiCaprio\nPartner at McKinsey\n3 mutual connections', { name: 'Leonardo DiCaprio', company: 'McKinsey' }],
    ['"LeBlanc" in a typed line', 'Jamie LeBlanc, Partner at McKinsey, 3 mutual', { name: 'Jamie LeBlanc', headline: 'Partner', company: 'McKinsey' }],
    ['"MacDonald" and "DeepMind"', 'Ewan MacDonald - Research Engineer at DeepMind - 2 mutual', { name: 'Ewan MacDonald', headline: 'Research Engineer', company: 'DeepMind' }],
    ['"van der Berg" and "JP Morgan"', 'Anouk van der Berg\nVP at JP Morgan\n6 mutual connections', { name: 'Anouk van der Berg', company: 'JP Morgan' }],
    ['"O\'Neill" and "GitHub"', 'Siobhan O\'Neill, Staff Engineer at GitHub, 9 mutual', { name: 'Siobhan O\'Neill', company: 'GitHub' }],
    ['companies with capitals inside', 'Maria Lopez\nMarketing Lead at HubSpot | ex-PayPal, LinkedIn\n1 mutual connection', { name: 'Maria Lopez', company: 'HubSpot' }],
  ])('keeps %s as it was', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it.each([
    ['a surname\'s prefix before a title word', 'Sean McLead at Acme\n3 mutual connections'],
    ['one word before the glued title', 'SanderBackend Engineer at Bunq\n3 mutual connections'],
    ['a company with a capital inside, no name', 'Senior Engineer at DeepMind\n2 mutual connections'],
    ['companies glued to no title word', 'Marketing at HubSpot, PayPal and GitHub\n3 mutual connections'],
    ['one word before the title', 'Oliver Principal Engineer at Monzo 11 mutual'],
    ['three words before the title (the third may be a title\'s)', 'Mary Ann Smith Head of Data at Northwind 3 mutual'],
    ['no title word', 'Oliver Grant at Monzo 11 mutual'],
    ['no count', 'Oliver Grant Principal Engineer at Monzo'],
    ['no company', 'Oliver Grant Principal Engineer 11 mutual'],
    ['the count on a line of its own', 'Oliver Grant Principal Engineer at Monzo\n11 mutual connections'],
  ])('still finds no name in %s', (_label, text) => {
    expect(parseInvitation(text).ok).toBe(false);
    expect(parseSlackCommandText(text).ok).toBe(false);
  });
});

describe('parseInvitation: the wrong person named (seventh QA set)', () => {
  const pymk = 'People you may know based on your recent activity\nKasia Nowak\nQA Lead at Brightline\n21 mutual connections\nConnect\nDismiss\n';
  const card = 'Lena Hoffmann\nSite Reliability Engineer at Allegro\n3 mutual connections\nIgnore\nAccept';

  // A copy that runs up across "People you may know" above the invitations: the card with Accept is the invitation.
  it.each([
    ['a suggestion with its count above', `${pymk}Invitations (1)\n${card}`, { name: 'Lena Hoffmann', company: 'Allegro', mutualConnections: 3 }],
    ['a suggestion with no count above', `${pymk.replace('21 mutual connections\n', '')}${card}`, { name: 'Lena Hoffmann', company: 'Allegro', mutualConnections: 3 }],
    ['a note on the card', `${pymk}Invitations (1)\n${card.replace('Ignore', 'Hi Marta, great to meet you at Devoxx.\nIgnore')}`, { name: 'Lena Hoffmann', mutualConnections: 3, note: 'Hi Marta, great to meet you at Devoxx.' }],
  ])('reads the invitation under %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it.each([
    ['the panel under the invitation', `${card}\n${pymk}`, { name: 'Lena Hoffmann', mutualConnections: 3 }],
    ['two invitations under a panel (the first card has its buttons)', `People you may know\nKasia Nowak\nQA Lead at Brightline\n21 mutual connections\nIgnore\nAccept\n${card}`, { name: 'Kasia Nowak', mutualConnections: 21 }],
  ])('keeps %s as it was', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  // Eighth QA set: a suggestion is nobody's invitation.
  it('refuses a panel with no invitation under it', () => {
    const result = parseInvitation(pymk);
    expect(result.ok ? result.invitation : result.reason).toMatch(/doesn't look like an invitation/);
  });

  // The `|` form with the count or a headline typed in the name's place.
  it.each([
    ['the headline first', 'Staff Engineer at Zalando | Jonas Weber | 5 mutual', { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando', mutualConnections: 5 }],
    ['the count first', '5 mutual | Jonas Weber | Staff Engineer at Zalando', { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando', mutualConnections: 5 }],
    ['the count first, then the name alone', '5 mutual | Jonas Weber', { name: 'Jonas Weber', headline: null, mutualConnections: 5 }],
    ['a headline with no company first', 'Head of Data | Priya Raman | 14 mutual | linkedin.com/in/priya | Hi!', { name: 'Priya Raman', headline: 'Head of Data', mutualConnections: 14, note: 'Hi!' }],
    ['a lone title first', 'CTO | Femi Adeyemi | 3 mutual', { name: 'Femi Adeyemi', headline: 'CTO', mutualConnections: 3 }],
    ['"Head of …" first', 'Head of Risk | Femi Adeyemi | 5 mutual', { name: 'Femi Adeyemi', headline: 'Head of Risk', mutualConnections: 5 }],
    ['"Head Office" first', 'Head Office | Jonas Weber | 5 mutual', { name: 'Jonas Weber', headline: 'Head Office', mutualConnections: 5 }],
    ['a "* " bullet', '* Jonas Weber | Staff Engineer at Zalando | 5 mutual', { name: 'Jonas Weber', company: 'Zalando' }],
    ['a "1) " number', '1) Jonas Weber | Staff Engineer at Zalando | 5 mutual', { name: 'Jonas Weber', company: 'Zalando' }],
    ['a "1. " number', '1. Jonas Weber | Staff Engineer at Zalando | 5 mutual', { name: 'Jonas Weber', company: 'Zalando' }],
  ])('reads the `|` form with %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(expected);
  });

  it.each([
    ['a headline before a one-word field (it may be the company)', 'Staff Engineer | Northwind | 5 mutual', { name: 'Staff Engineer', headline: 'Northwind' }],
    ['a name with a title after it', 'Priya Raman CTO | Acme Labs | 5', { name: 'Priya Raman CTO', headline: 'Acme Labs' }],
    ['a name first', 'Priya Raman | Head of Data at Northwind | 14 mutual', { name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', mutualConnections: 14 }],
    ['a "- " bullet', '- Jonas Weber | Staff Engineer at Zalando | 5 mutual', { name: 'Jonas Weber', company: 'Zalando' }],
  ])('keeps the `|` form with %s as it was', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  // A name whose first word is a title's, before a field that could be a name: the first field is
  // the name unless it is plainly a headline.
  it.each([
    ['Lead Belly | Blues Singer | 1 mutual', 'Lead Belly', 'Blues Singer'],
    ['Chief Keef | Music Artist | 3 mutual', 'Chief Keef', 'Music Artist'],
    ['Senior Garcia | Banco Santander | 4 mutual', 'Senior Garcia', 'Banco Santander'],
    ['Head Wang | Tencent Music', 'Head Wang', 'Tencent Music'],
    ['Principal Rao | Infosys Limited', 'Principal Rao', 'Infosys Limited'],
    ['Director Mark | Warner Bros', 'Director Mark', 'Warner Bros'],
  ])('keeps the name first in %s', (text, name, headline) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, headline });
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ name, headline });
  });
});

describe('parseInvitation: typed lines and headlines that were misread (seventh QA set)', () => {
  it.each([
    ['"Sp. z o.o."', 'Agnieszka Wiśniewska\nSenior Consultant at EY Polska Sp. z o.o.\n3 mutual connections\nIgnore\nAccept', { name: 'Agnieszka Wiśniewska', headline: 'Senior Consultant', company: 'EY Polska Sp. z o.o.', note: null }],
    ['"sp. z o.o." in a typed line', 'Agnieszka Wiśniewska, Senior Consultant at EY Polska sp. z o.o., 3 mutual', { headline: 'Senior Consultant', company: 'EY Polska sp. z o.o.', mutualConnections: 3, note: null }],
  ])('reads a Polish company form, %s, as no note', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it('still reads a sentence that ends in a full stop as the note', () => {
    expect(invitationOf(parseInvitation('Agnieszka Wiśniewska\nSenior Consultant at EY Polska\nWe met at the Warsaw meetup last week.')).note).toBe('We met at the Warsaw meetup last week.');
  });

  it.each([
    ['role and company in columns', 'Name\tRole\tCompany\tMutual\tNote\nJonas Weber\tStaff Engineer\tZalando\t5\tMet at Devoxx Poland', { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando', mutualConnections: 5, note: 'Met at Devoxx Poland' }],
    ['a headline column', 'Name\tHeadline\tMutual connections\nJonas Weber\tStaff Engineer at Zalando\t5 mutual', { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando', mutualConnections: 5 }],
  ])('reads two spreadsheet rows, a header over the person: %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(expected);
  });

  // A plain-text table pads its columns with three spaces or more: the header row is never the person.
  it.each([
    ['role and company', 'Name   Role   Company\nJonas Weber   Staff Engineer   Zalando', { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando' }],
    ['a count column', 'Name   Role   Company   Mutual\nJonas Weber   Staff Engineer   Zalando   5', { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando', mutualConnections: 5 }],
    ['a headline column', 'Name     Headline\nJonas Weber     Staff Engineer at Zalando', { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando' }],
  ])('reads two rows of columns padded with spaces, a header over the person: %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(expected);
  });

  it('names nobody when a padded row has fewer cells than its header (an empty cell leaves no trace)', () => {
    const text = 'Name   Role   Company\nJonas Weber   Staff Engineer';
    expect(parseInvitation(text).ok).toBe(false);
    expect(parseSlackCommandText(text).ok).toBe(false);
  });

  it('reads a header row with a cell it does not know as before', () => {
    const text = 'Name\tRole\tCity\nJonas Weber\tStaff Engineer\tBerlin';
    expect(parseInvitation(text)).toEqual(parseInvitation(text.replace(/\t/g, ' ')));
  });

  it.each([
    ['the recipient\'s first name', 'Marta, invite from Jonas Weber, Staff Engineer at Zalando, 5 mutual'],
    ['a greeting', 'Hi Marta, invite from Jonas Weber, Staff Engineer at Zalando, 5 mutual'],
    ['a first name and a colon', 'Marta: invite from Jonas Weber, Staff Engineer at Zalando, 5 mutual'],
  ])('reads a typed line addressed to the recipient, %s, before the invite phrase', (_label, text) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando', mutualConnections: 5 });
  });

  it.each([
    ['a first name before a headline', 'Marta, Staff Engineer at Zalando, 5 mutual', { name: 'Marta', company: 'Zalando' }],
    ['an invite phrase that names nobody', 'Priya, invite from me, 5 mutual', { name: 'Priya', mutualConnections: 5 }],
  ])('keeps %s as it was', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  const jonas = { name: 'Jonas Weber', headline: 'Staff Engineer', company: 'Zalando', mutualConnections: 5 };
  it.each([
    ['em dashes with no spaces', 'Jonas Weber—Staff Engineer at Zalando—5 mutual', jonas],
    ['en dashes with no spaces', 'Jonas Weber–Staff Engineer at Zalando–5 mutual', jonas],
    ['spaced double slashes', 'Jonas Weber // Staff Engineer @ Zalando // 5 mutual', jonas],
    ['full-width bars', 'Wei Zhang｜Senior Engineer at ByteDance｜5 mutual', { name: 'Wei Zhang', headline: 'Senior Engineer', company: 'ByteDance', mutualConnections: 5 }],
    ['spaced full-width bars', 'Wei Zhang ｜ Senior Engineer at ByteDance ｜ 5 mutual', { name: 'Wei Zhang', company: 'ByteDance', mutualConnections: 5 }],
    ['full-width commas after a Han name', '张伟，Senior Engineer at ByteDance，5 mutual', { name: '张伟', headline: 'Senior Engineer', company: 'ByteDance', mutualConnections: 5 }],
    ['columns padded with spaces', 'Jonas Weber     Staff Engineer at Zalando     5 mutual', jonas],
    ['a "1) " number', '1) Jonas Weber — Staff Engineer at Zalando — 5 mutual', jonas],
    ['a "* " bullet before commas', '* Jonas Weber, Staff Engineer at Zalando, 5 mutual', jonas],
    ['a numbered list of two people (the first)', '1. Jonas Weber - Staff Engineer at Zalando - 5 mutual\n2. Olga Petrenko - Product Designer at Grammarly - 2 mutual', jonas],
    ['a broadcast before it', '@here Jonas Weber, Staff Engineer at Zalando, 5 mutual', jonas],
    ['a role and company in brackets after the name', 'Invite from Jonas Weber (Staff Engineer, Zalando) – 5 mutual – note: met at Devoxx, wants to talk hiring', { name: 'Jonas Weber', mutualConnections: 5, note: 'met at Devoxx, wants to talk hiring' }],
    ['a quoted note under it', 'Jonas Weber - Staff Engineer at Zalando - 5 mutual\n> Hi Marta, we met at Devoxx Poland. Keen to stay in touch.', { ...jonas, note: 'Hi Marta, we met at Devoxx Poland. Keen to stay in touch.' }],
  ])('reads a typed line with %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(expected);
  });

  it.each([
    ['"<!here>"', '<!here> Jonas Weber, Staff Engineer at Zalando, 5 mutual'],
    ['a user mention', '<@U04ABCD12> Jonas Weber, Staff Engineer at Zalando, 5 mutual'],
    ['a quote\'s "&gt;"', 'Jonas Weber - Staff Engineer at Zalando - 5 mutual\n&gt; Hi Marta, we met at Devoxx Poland.'],
  ])('reads raw Slack text with %s', (_label, text) => {
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(jonas);
  });

  // An unspaced dash inside a double first name separates nothing: the name is not cut at it.
  it.each([
    ['an en dash, then commas', 'Jean–Pierre Dupont, CTO at Acme, 5 mutual'],
    ['an en dash, then spaced dashes', 'Anna–Lena Schmidt - Staff Engineer at Zalando - 5 mutual'],
    ['an en dash, then unspaced em dashes', 'Jean–Pierre Dupont—CTO at Acme—5 mutual'],
    ['an en dash and no surname', 'Jean–Pierre, CTO at Acme, 5 mutual'],
  ])('does not name the first half of a double first name joined by %s', (_label, text) => {
    for (const result of [parseInvitation(text), parseSlackCommandText(text)]) {
      expect(['Jean', 'Anna']).not.toContain(result.ok ? result.invitation.name : null);
    }
  });

  it.each([
    ['a name of one word before a title word', 'Jonas—Staff Engineer at Zalando—5 mutual', { name: 'Jonas', headline: 'Staff Engineer', company: 'Zalando' }],
    ['a name of one word before a word in lower case', 'Cher—Singer at Acme—5 mutual', { name: 'Cher', headline: 'Singer', company: 'Acme' }],
  ])('still reads an unspaced dash after %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it.each([
    ['a dash between digits', 'Engineer at 2019–2021 Acme'],
    ['a name and a company glued by a dash, with no headline', 'Jonas Weber—Zalando'],
    ['a mention before a sentence', '@here anyone know this person?'],
  ])('still finds no name in %s', (_label, text) => {
    expect(parseInvitation(text).ok).toBe(false);
  });

  it.each([
    ['a question quoted under a typed line', 'Jonas Weber - Staff Engineer at Zalando - 5 mutual\n> Thoughts on this one?', { ...jonas, note: null }],
    ['pronouns in brackets after the name', 'Jonas Weber (he/him) - Staff Engineer at Zalando - 5 mutual', jonas],
    ['a count and headline in brackets', 'Lars Eriksson (Founder at Northvolt Labs, 3 mutual)\n"Hi Sam"', { name: 'Lars Eriksson', mutualConnections: 3 }],
  ])('keeps %s as it was', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });
});

describe('parseInvitation: leftovers, a lost count and a second role (seventh QA set)', () => {
  it.each([
    ['"Sent from my iPhone"', 'Hannah Becker | VP Engineering at Contentful | 6 mutual | | Hi Marta, hiring EMs in Berlin, fancy a chat?\n\nSent from my iPhone', 'Hi Marta, hiring EMs in Berlin, fancy a chat?'],
    ['"Von meinem iPhone gesendet"', 'Hannah Becker | VP Engineering at Contentful | 6 mutual | | Hi Marta,\nhiring EMs.\nVon meinem iPhone gesendet', 'Hi Marta,\nhiring EMs.'],
  ])('drops a phone\'s mail signature, %s, from the `|` form\'s note', (_label, text, note) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
  });

  it('keeps "sent from my" inside a note of one line', () => {
    const text = 'Hannah Becker | VP Engineering at Contentful | 6 mutual | | Hi Marta, I was sent from my team to ask';
    expect(invitationOf(parseInvitation(text)).note).toBe('Hi Marta, I was sent from my team to ask');
  });

  it('reads "mutual: +5"', () => {
    expect(invitationOf(parseInvitation('Sofia Costa, Engineering Manager at Farfetch, mutual: +5'))).toMatchObject({ headline: 'Engineering Manager', company: 'Farfetch', mutualConnections: 5 });
    expect(parseMutualConnections('mutual: +5')).toBe(5);
    expect(parseMutualConnections('mutual: 5')).toBe(5);
  });

  it.each([
    ['a UK number', 'Jonas Weber | Staff Engineer at Zalando | mutual: +44 20 7946 0000'],
    ['a US number', 'Jonas Weber | Staff Engineer at Zalando | mutual: +1 415 555 0100'],
    ['a number with hyphens', 'Jonas Weber, Staff Engineer at Zalando, mutual: +1-415-555-0100'],
  ])('reads no count from "mutual:" before a phone number, %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text)).mutualConnections).toBe(null);
    expect(invitationOf(parseSlackCommandText(text)).mutualConnections).toBe(null);
  });

  it('reads "mutual: +12" before a comma and a year', () => {
    expect(parseMutualConnections('mutual: +12, met at KubeCon 2023')).toBe(12);
  });

  it.each([
    ['a second role after "and"', 'Head of Data at Revolut and Lecturer at LSE', 'Revolut', 'Head of Data at Revolut and Lecturer at LSE'],
    ['"and" inside the company, then a second role', 'Engineer at Procter and Gamble and Mentor at Techstars', 'Procter and Gamble', 'Engineer at Procter and Gamble and Mentor at Techstars'],
    ['"and" inside the company alone', 'Partner at Ernst and Young', 'Ernst and Young', 'Partner'],
    ['"and" before no capital', 'Founder at Acme and building at night', 'Acme and building at night', 'Founder'],
    ['"and" before a capital that starts no role', 'Owner at Smith and Sons at Leeds', 'Smith and Sons at Leeds', 'Owner'],
    ['"and Partners" with its own "at"', 'Partner at Clifford Chance and Partners at London', 'Clifford Chance and Partners at London', 'Partner'],
    ['a second role of two words after "and"', 'CTO at Acme and Board Member at Northwind', 'Acme', 'CTO at Acme and Board Member at Northwind'],
  ])('reads the company before %s', (_label, line, company, headline) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
  });

  it('keeps "Smith and Sons at Leeds" whole in the `|` form', () => {
    const text = 'Jonas Weber | Owner at Smith and Sons at Leeds | 5 mutual';
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ headline: 'Owner', company: 'Smith and Sons at Leeds', mutualConnections: 5 });
  });
});

describe('parseInvitation: notifications that are no invitation (eighth QA set)', () => {
  function refusal(result: ParseResult): string {
    if (result.ok) throw new Error(`expected a refusal, read ${JSON.stringify(result.invitation)}`);
    return result.reason;
  }

  it.each([
    ['an endorsement', 'Rui Almeida endorsed you for Product Management\nRui Almeida\nGrowth Lead at Tiller\nYou now have 24 endorsements for Product Management.\nView endorsements'],
    ['a new position to congratulate', 'Congratulate Kofi Mensah for starting a new position as Data Engineer at Paystack\nKofi Mensah\nData Engineer at Paystack\nMessage'],
    ['a work anniversary', "Celebrate Hannah Okoro's 5 year work anniversary at Bumble\nHannah Okoro\nVP Engineering at Bumble\nSay congrats"],
    ['an invitation of yours accepted', 'Dmitri Petrov accepted your invitation\nDmitri Petrov\nBackend Engineer at JetBrains\nStart a conversation with your new connection.\nMessage'],
    ['an event', 'Ana Costa invited you to attend\nDesign Systems Meetup Lisbon\nThu, Mar 12, 6:30 PM - 9:00 PM WET\nIn person · Lisbon\n142 attendees\nAttend\nIgnore'],
    ['a newsletter alone', 'Tobias Lindqvist invited you to subscribe to Climate Tech Weekly\nClimate Tech Weekly\nWeekly newsletter · 18,204 subscribers\nSubscribe\nIgnore'],
    ['a job alert', 'Your job alert for product lead in Manchester\n3 new jobs match your preferences.\n\nProduct Lead\nMonzo · Manchester (Hybrid)\n3 connections work here\n\nSenior Product Manager\nBooking.com · Manchester\nEasy Apply\n\nSee all jobs'],
    ['a calendar invitation', 'Invitation: Weekly product sync @ Tue 3 Mar 2026 10:00 - 10:30 (GMT) (sam@ferngrove.co.uk)\nJoin with Google Meet\nmeet.google.com/abc-defg-hij\nOrganizer\nPriya Nair\npriya.nair@ferngrove.co.uk\nGuests\nSam Okafor'],
    ['"People you may know" alone', 'People you may know from Ferngrove\nJames Park\nDesigner at Ferngrove\n12 mutual connections\nConnect\nElla Green\nEngineer at Ferngrove\n8 mutual connections\nConnect'],
  ])('refuses %s, saying it is no invitation, and fills in nothing', (_label, text) => {
    const result = parseInvitation(text);
    expect(refusal(result)).toMatch(/doesn't look like an invitation to connect/);
    expect(result.ok ? null : result.found).toEqual({});
    expect(refusal(parseSlackCommandText(text))).toMatch(/doesn't look like an invitation to connect/);
  });

  it.each([
    ['a new position', "Congratulate Kofi Mensah for starting a new position as Data Engineer at Paystack\nKofi Mensah’s profile picture\nKofi Mensah\nData Engineer at Paystack\nMessage"],
    ['an endorsement', 'Rui Almeida endorsed you for Product Management\nView Rui Almeida’s profile\nRui Almeida\nGrowth Lead at Tiller'],
  ])('refuses %s whose card has the photo\'s text: a picture names nobody as inviting', (_label, text) => {
    expect(refusal(parseInvitation(text))).toMatch(/doesn't look like an invitation to connect/);
  });

  it('refuses a group invitation', () => {
    expect(parseInvitation('Marek Nowak invited you to join Product Managers Poland\nProduct Managers Poland\nGroup · 12,450 members\nAccept\nIgnore').ok).toBe(false);
  });

  it.each([
    ['a newsletter card above it', 'Invitations\nAnders Holm invited you to subscribe to The Platform Weekly\nIgnore Subscribe\nPriya Raman\nHead of Data at Northwind\n3 mutual\nIgnore Accept'],
    ['a page follow card above it', 'Ana Costa invited you to follow Lumen\nFollow\nPriya Raman\nHead of Data at Northwind\n3 mutual'],
    ['a suggestion above it', 'People you may know\nJames Park\nDesigner at Ferngrove\nConnect\nPriya Raman\nHead of Data at Northwind\n3 mutual\nIgnore\nAccept'],
    ['the forwarder mentioning an endorsement', 'fyi Rui endorsed you for Product Management, and now:\nPriya Raman\nHead of Data at Northwind\n3 mutual connections'],
    ['a note that congratulates', 'Priya Raman\nHead of Data at Northwind\n3 mutual connections\nCongratulate me for starting a new position! Let us connect.'],
    ['an invite phrase beside a notification', 'Rui Almeida endorsed you for Product Management\nPriya Raman wants to connect\nPriya Raman\nHead of Data at Northwind'],
    ['an invitation to join LinkedIn', 'Priya Raman has invited you to join LinkedIn\nPriya Raman\nHead of Data at Northwind'],
  ])('still reads an invitation with %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind' });
  });

  it.each([['Subscribe Ignore'], ['SUBSCRIBE'], ['Attend Ignore'], ['attend'], ['JOIN Ignore'], ['join'], ['DISMISS'], ['Follow'], ['Connect'], ['Decline Accept'], ['Ignore Subscribe']])(
    'still reads an invitation under another card that ends in "%s"',
    (buttons) => {
      const text = `Ana Costa invited you to attend Lumen Night\n${buttons}\nPriya Raman\nHead of Data at Northwind\n3 mutual`;
      expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind' });
    },
  );
});

describe('parseInvitation: a page of invitations whose cards double each name (eighth QA set)', () => {
  const first = 'Manage invitations\nReceived  Sent\nMarek Nowak\nMarek Nowak\nQA Lead @ Booksy\n14 mutual connections\n';
  const second = 'Lucy Hart\nLucy Hart\nRecruiter at Hays\nHi Sam, I have an exciting opportunity for you!\n';

  it.each([
    ['on one line', `${first}Ignore Accept\n${second}Ignore Accept`],
    ['on lines of their own', `${first}Ignore\nAccept\n${second}Ignore\nAccept`],
  ])('stops at the next card with its buttons %s: its note is not the first person\'s', (_label, text) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Marek Nowak', headline: 'QA Lead', company: 'Booksy', mutualConnections: 14, note: null });
  });

  it('stops at the next card whose doubled name has no headline it knows (ninth QA set)', () => {
    const text = `${first}Ignore\nAccept\nJohan Lie\nJohan Lie\nCrypto Trader | Forex Signals\nHi Sam! Make 5% a day with my trading signals, DM me.\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Marek Nowak', mutualConnections: 14, note: null });
  });

  it('still reads the first card\'s own note', () => {
    const text = `${first.replace('14 mutual connections\n', '14 mutual connections\nHi Sam, we met at Booksy.\n')}Ignore Accept\n${second}Ignore Accept`;
    expect(invitationOf(parseInvitation(text)).note).toBe('Hi Sam, we met at Booksy.');
  });
});

describe('parseInvitation: the page\'s "People (n)" pill in the other languages (eighth QA set)', () => {
  it.each([
    ['German', 'Einladungen verwalten\nErhalten\nGesendet\nPersonen (2)\nLukas Schmidt\nPlatform Engineer bei Delivery Hero\nAnna Weber und 5 weitere gemeinsame Kontakte\nIgnorieren\nAnnehmen', { name: 'Lukas Schmidt', headline: 'Platform Engineer', company: 'Delivery Hero', mutualConnections: 6 }],
    ['French', 'Gérer les invitations\nReçues\nEnvoyées\nPersonnes (2)\nLéa Martin\nIngénieure chez Doctolib\n3 relations en commun\nIgnorer\nAccepter', { name: 'Léa Martin', company: 'Doctolib', mutualConnections: 3 }],
    ['Spanish', 'Gestionar invitaciones\nRecibidas\nEnviadas\nPersonas (2)\nLucía Fernández\nIngeniera de Datos en Mercado Libre\nAna Souza y 2 contactos en común más\nIgnorar\nAceptar', { name: 'Lucía Fernández', company: 'Mercado Libre', mutualConnections: 3, note: null }],
    ['Portuguese', 'Gerenciar convites\nRecebidos\nEnviados\nPessoas (2)\nAna Souza\nEngenheira de Dados no Nubank\n3 conexões em comum\nIgnorar\nAceitar', { name: 'Ana Souza', company: 'Nubank', mutualConnections: 3 }],
    ['Dutch', 'Uitnodigingen beheren\nOntvangen\nVerzonden\nMensen (2)\nPieter Jansen\nProductmanager bij Bol\n3 gemeenschappelijke connecties\nNegeren\nAccepteren', { name: 'Pieter Jansen', company: 'Bol', mutualConnections: 3 }],
  ])('does not take the %s tab for the name', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });
});

describe('parseInvitation: readable pastes that were refused (eighth QA set)', () => {
  it.each([
    [
      'WhatsApp messages, each with its prefix',
      '[09:15, 04/03/2026] Tunde Bakare: Sam, this person added you on LinkedIn, I know her from Paystack\n[09:15, 04/03/2026] Tunde Bakare: Adaeze Nwosu\nProduct Marketing Lead at Paystack\n8 mutual connections\n"Hi Sam, Tunde suggested I connect - I\'m building the creator payouts team."',
      { name: 'Adaeze Nwosu', headline: 'Product Marketing Lead', company: 'Paystack', mutualConnections: 8, note: "Hi Sam, Tunde suggested I connect - I'm building the creator payouts team." },
    ],
    ['a WhatsApp line', '[09:17, 04/03/2026] Tunde Bakare: invite from Adaeze Nwosu, PMM lead at Paystack, 8 mutual', { name: 'Adaeze Nwosu', headline: 'PMM lead', company: 'Paystack', mutualConnections: 8 }],
    ['a WhatsApp line from a number', '[04/03/2026, 09:17:03] +44 7700 900123: invite from Adaeze Nwosu, PMM lead at Paystack, 8 mutual', { name: 'Adaeze Nwosu', company: 'Paystack', mutualConnections: 8 }],
    [
      "a screen reader's speech",
      "link Kenji Watanabe\nheading level 3 Kenji Watanabe\nEngineering Manager at Mercari\n3 mutual connections\nbutton Ignore\nbutton Accept Kenji Watanabe's invitation",
      { name: 'Kenji Watanabe', headline: 'Engineering Manager', company: 'Mercari', mutualConnections: 3, note: null },
    ],
    [
      'Markdown',
      '## Invite\n**Sebastian Krüger**\nSenior Data Engineer at Celonis\n[linkedin.com/in/sebastian-krueger-data](https://www.linkedin.com/in/sebastian-krueger-data)\n7 mutual connections',
      { name: 'Sebastian Krüger', company: 'Celonis', mutualConnections: 7, profileUrl: 'https://www.linkedin.com/in/sebastian-krueger-data' },
    ],
    ['a card flattened onto one line', 'Sara Lindholm Senior Product Manager at Spotify 6 mutual connections Ignore Accept', { name: 'Sara Lindholm', headline: 'Senior Product Manager', company: 'Spotify', mutualConnections: 6 }],
    [
      'a question that ends with the name',
      'is it worth accepting Chidi Okonkwo? head of eng at Kuda, 0 mutual, msg: "quick question about your hiring process"',
      { name: 'Chidi Okonkwo', headline: 'head of eng', company: 'Kuda', mutualConnections: 0, note: 'quick question about your hiring process' },
    ],
    ['a question before a name in lower case', 'accept or not? mohammed al-rashid, cloud eng at Careem, 3 mutual', { name: 'mohammed al-rashid', headline: 'cloud eng', company: 'Careem', mutualConnections: 3 }],
    ['labels run together after the name', 'Agnieszka Wójcik role: Engineering Manager at Allegro mutuals: 11', { name: 'Agnieszka Wójcik', headline: 'Engineering Manager', company: 'Allegro', mutualConnections: 11 }],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject(expected);
  });

  it.each([
    ['a Teams header', '[10:31] Ruud Hendriks\nPriya Raman\nHead of Data at Northwind\n3 mutual connections', 'Priya Raman'],
    ['a question with no name before a lower-case line', 'any thoughts? head of data at northwind, 3 mutual', null],
    ['one spoken role only', 'link Priya Raman\nHead of Data at Northwind\n3 mutual connections', null],
  ])('keeps %s as it was', (_label, text, name) => {
    const result = parseInvitation(text);
    expect(result.ok ? result.invitation.name : null).toBe(name);
  });
});

describe('parseInvitation: counts written otherwise (eighth QA set)', () => {
  it.each([
    ['"one mutual connection"', 'one mutual connection', 1],
    ['"twelve mutual connections"', 'twelve mutual connections', 12],
    ['"You both know Alex Chen and 2 others"', 'You both know Alex Chen and 2 others', 3],
    ['"You both know Alex Chen and Maria Lopez"', 'You both know Alex Chen and Maria Lopez', 2],
    ['"You both know Alex Chen"', 'You both know Alex Chen', 1],
    ['"Jane Doe and two other mutual connections"', 'Jane Doe and two other mutual connections', 3],
    ['OCR\'s "rnutual"', '9 rnutual connections', 9],
    ['OCR\'s "l" for "1"', 'l4 mutual connections', 14],
    ['"5 mutual contacts" (ninth QA set)', '5 mutual contacts', 5],
    ['"14 mutual conn." (ninth QA set)', '14 mutual conn.', 14],
    ['"11 mutual connections incl. Ana Silva" (ninth QA set)', '11 mutual connections incl. Ana Silva', 11],
    ['"Ana Silva and 5 other mutual", its last word wrapped (ninth QA set)', 'Ana Silva and 5 other mutual\nconnections', 6],
  ])('reads %s on a card, and not as the note', (_label, line, count) => {
    const text = `Greta Lindberg\nProduct Designer at Volvo Cars\n${line}\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Greta Lindberg', company: 'Volvo Cars', mutualConnections: count, note: null });
  });

  it.each([
    ['"5 mutual contacts"', '5 mutual contacts', 5],
    ['"14 mutual conn."', '14 mutual conn.', 14],
  ])('reads %s in an e-mail, and not as the note (ninth QA set)', (_label, line, count) => {
    const text = `Hi Sam,\nPer Strand wants to connect\n\nPer Strand\nOperations Manager at Posten\n${line}\n\nAccept\nView profile`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Per Strand', mutualConnections: count, note: null });
  });

  it('reads "one mutual" in a typed line', () => {
    expect(invitationOf(parseInvitation('new invite: Lars Nilsson / CTO at Einride / one mutual'))).toMatchObject({ name: 'Lars Nilsson', company: 'Einride', mutualConnections: 1 });
  });

  it.each([
    ['a note that says a count in words', 'Hi Sam, we have one mutual friend.', null],
    ['a count glued to a word ending in "l"', 'Model4 mutual connections', 4],
  ])('keeps %s as it was', (_label, line, count) => {
    const text = `Greta Lindberg\nProduct Designer at Volvo Cars\n${line}`;
    expect(invitationOf(parseInvitation(text)).mutualConnections).toBe(count);
  });
});

describe('parseInvitation: a note in the URL\'s place, a company after a comma, typographic entities (eighth QA set)', () => {
  it.each([
    ['a note with an exclamation', 'Invite: Ji-woo Park | Senior iOS Engineer at Toss | 4 mutual | Hi Sam! Saw your Swift talk at try! Swift Tokyo', 'Hi Sam! Saw your Swift talk at try! Swift Tokyo'],
    ['a quoted note', 'Ji-woo Park | Senior iOS Engineer at Toss | 4 mutual | "Hi Sam, great talk"', 'Hi Sam, great talk'],
    ['a note with bars in it', 'Ji-woo Park | Senior iOS Engineer at Toss | 4 mutual | Hi Sam, we met at Swift | Tokyo.', 'Hi Sam, we met at Swift | Tokyo.'],
  ])('reads %s typed in the profile URL\'s place of the `|` form', (_label, text, note) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ji-woo Park', company: 'Toss', mutualConnections: 4, profileUrl: null, note });
  });

  it('reads a Slack mail link in that note as its address', () => {
    const text = 'Sven Larsen | Head of IT at Maersk | 3 mutual | Hi Sam, met at Nordic Cloud Day - mail me at <mailto:sven.larsen@maersk.com|sven.larsen@maersk.com>';
    expect(invitationOf(parseSlackCommandText(text)).note).toBe('Hi Sam, met at Nordic Cloud Day - mail me at sven.larsen@maersk.com');
  });

  it.each([
    ['a place', 'Ji-woo Park | Senior iOS Engineer at Toss | 4 mutual | Seoul'],
    ['no URL said so', 'Ji-woo Park | Senior iOS Engineer at Toss | 4 mutual | no url'],
  ])('takes no note from %s in the URL\'s place', (_label, text) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(null);
  });

  it.each([
    ['CEO & Co-founder, Tidal Labs', 'Tidal Labs'],
    ['Staff ML Engineer, Careem', 'Careem'],
    ['Data Scientist · Spotify', 'Spotify'],
    ['Partner, Sequoia Capital', 'Sequoia Capital'],
    ['Engineering Manager, Payments', null],
    ['Head of Sales, EMEA', null],
    ['Head of Data, North America', null],
    ['Engineer, PhD', null],
    ['Product Manager, Ex-Google', null],
    ['CEO, Founder', null],
    ['Speaker, Author', null],
    ['Senior Engineer, Backend', null],
    ['Consultant, Self-employed', null],
  ])('reads the company of "%s" as %j, keeping the headline as written', (headline, company) => {
    expect(splitHeadline(headline)).toEqual({ headline, company });
  });

  it('shows no company after a headline that ends with it', () => {
    expect(companyAfterHeadline('CEO & Co-founder, Tidal Labs', 'Tidal Labs')).toBe(null);
    expect(companyAfterHeadline('Data Scientist · Spotify', 'Spotify')).toBe(null);
  });

  it('reads a note in typographic entities from an HTML mail', () => {
    const text = '<div>Karin Berg wants to connect</div><div>Karin&nbsp;Berg<br>Head of Talent at Klarna<br>Stockholm</div><div>&ldquo;Hi Sam, thanks for the coffee at Slush last week!&rdquo;</div><div>2 mutual connections</div>';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Karin Berg', mutualConnections: 2, note: 'Hi Sam, thanks for the coffee at Slush last week!' });
    expect(invitationOf(parseInvitation('Priya Raman<br>CTO at Acme &mdash; Advisor<br>&ldquo;Hi Sam, great talk&hellip;&rdquo;'))).toMatchObject({ headline: 'CTO at Acme — Advisor', note: 'Hi Sam, great talk…' });
  });
});

describe('parseInvitation: typed parts that give no field (eighth QA set)', () => {
  it.each([
    ['"no note." after the count', 'Got an invite from Elena Popescu (Product Lead at UiPath), 3 mutuals, no note.', { name: 'Elena Popescu', headline: 'Product Lead', company: 'UiPath', mutualConnections: 3, note: null }],
    ['the degree before the headline', 'Zainab Bello — 2nd-degree, Founder at Kora — 1 shared connection — no message', { name: 'Zainab Bello', headline: 'Founder', company: 'Kora', mutualConnections: 1, note: null }],
  ])('reads no headline from %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it('reads no headline from "wants to connect" after a Slack profile link labelled with the name', () => {
    const text = '<https://www.linkedin.com/in/niamh-kelly-ux|Niamh Kelly> wants to connect - UX Lead at Stripe, 6 mutual';
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ name: 'Niamh Kelly', headline: 'UX Lead', company: 'Stripe', mutualConnections: 6 });
  });

  it('keeps a note that starts with "no"', () => {
    expect(invitationOf(parseInvitation('Priya Raman, CTO at Acme, 3 mutual, no note needed really, just say hi!')).note).toBe('no note needed really, just say hi!');
  });
});

describe('parseInvitation: what a copy leaves around the fields (eighth QA set)', () => {
  it.each([
    ['an emoji bullet before a wrapped headline', 'Maya Patel\n✨ Senior Content Designer\nat Canva\n3 mutual connections\nIgnore\nAccept', { headline: 'Senior Content Designer', company: 'Canva', note: null }],
    ['bullets and "• no note"', '▸ Invites to triage — @March 4, 2026\n• Sipho Ndlovu\n• Engineering Manager at Takealot\n• 3 mutual connections\n• no note', { name: 'Sipho Ndlovu', headline: 'Engineering Manager', company: 'Takealot', mutualConnections: 3, note: null }],
    ['OCR\'s "lgnore" for the button', 'Grace Mwangi\nHead of Risk at M-Kopa\n12 mutual connections\nHi Sam, we spoke after your fireside. Let\'s stay in touch!\nlgnore  Accept', { note: "Hi Sam, we spoke after your fireside. Let's stay in touch!" }],
    ['a page property after a quoted note', 'Name: Marco Rossi\nHeadline: Senior Data Engineer at Bending Spoons\nNote: “Ciao Sam! We met at PyCon Italia.”\nStatus: To review', { name: 'Marco Rossi', note: 'Ciao Sam! We met at PyCon Italia.' }],
    ['followers and connections on one line', 'Amelia Brooks\nLeadership Coach at Brooks & Co\n12,480 followers · 500+ connections\nIgnore\nAccept', { mutualConnections: null, note: null }],
    ['the forwarder\'s comment pointing up', 'Omar Farouk\nSenior Recruiter at Noon\nIgnore\nAccept\n\n^ this guy keeps inviting me, third time this month\nnot sure what he wants', { name: 'Omar Farouk', note: null }],
    [
      'a table of labels and values with tabs',
      'Name\tRafael Souza\nHeadline\tEngineering Manager at QuintoAndar\nMutual connections\t12\nProfile\thttps://www.linkedin.com/in/rafaelsouza-em/\nNote\tOi Sam, we met at QCon São Paulo - great keynote!',
      { name: 'Rafael Souza', headline: 'Engineering Manager', company: 'QuintoAndar', mutualConnections: 12, note: 'Oi Sam, we met at QCon São Paulo - great keynote!' },
    ],
  ])('reads %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(expected);
  });

  it('keeps a quoted note that runs over lines to its closing quote', () => {
    expect(invitationOf(parseInvitation('Name: Marco Rossi\nNote: “Ciao Sam!\nWe met at PyCon.”\nStatus: To review')).note).toBe('Ciao Sam!\nWe met at PyCon.');
  });
});

describe('parseInvitation: two older known misses (eighth QA pass)', () => {
  it.each([
    ['commas', 'Jean–Pierre Dupont, CTO at Acme, 5 mutual', 'Jean–Pierre Dupont'],
    ['unspaced em dashes', 'Jean–Pierre Dupont—CTO at Acme—5 mutual', 'Jean–Pierre Dupont'],
    ['spaced dashes', 'Anna–Lena Schmidt - Staff Engineer at Zalando - 5 mutual', 'Anna–Lena Schmidt'],
    ['lines', 'Jean–Pierre Dupont\nCTO at Acme\n5 mutual connections', 'Jean–Pierre Dupont'],
  ])('reads a double first name joined by an en dash, then %s', (_label, text, name) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, mutualConnections: 5 });
    expect(invitationOf(parseSlackCommandText(text)).name).toBe(name);
  });

  it('takes a surname joined by an en dash for no name of its own', () => {
    expect(invitationOf(parseInvitation('Priya Raman–Northwind, 3 mutual')).name).toBe('Priya Raman');
  });

  it.each([
    ['after the headline', 'Owen Hughes\tSecurity Engineer at Cloudflare\t5', { headline: 'Security Engineer', company: 'Cloudflare', mutualConnections: 5 }],
    ['before a note', 'Owen Hughes\tSecurity Engineer at Cloudflare\t5\tHi Sam, we met at KubeCon.', { mutualConnections: 5, note: 'Hi Sam, we met at KubeCon.' }],
  ])('reads the bare number of a spreadsheet row with no header as the count, %s', (_label, text, expected) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Owen Hughes', ...expected });
  });

  it('reads no count from a row with two bare numbers', () => {
    expect(invitationOf(parseInvitation('Owen Hughes\tSecurity Engineer at Cloudflare\t2019\t5')).mutualConnections).toBe(null);
  });
});

describe('parseInvitation: a profile page with a pending invitation (eighth QA set)', () => {
  const page = 'Zeynep Arslan\nShe/Her\nPrincipal Product Designer at Trendyol | Design Systems | Mentor\nIstanbul, Türkiye · Contact info\n500+ connections\nCem Yılmaz, Deniz Kaya, and 14 other mutual connections\nAccept\nIgnore\nMore\n';

  it('takes no note from the About section under the buttons', () => {
    expect(invitationOf(parseInvitation(`${page}About\nDesigning calm products for busy people.`))).toMatchObject({ name: 'Zeynep Arslan', company: 'Trendyol', mutualConnections: 16, note: null });
  });

  it('still reads a note above the buttons', () => {
    const text = page.replace('Accept\n', 'Hi Sam, we met at Config.\nAccept\n');
    expect(invitationOf(parseInvitation(`${text}About\nDesigning calm products for busy people.`)).note).toBe('Hi Sam, we met at Config.');
  });
});

describe('parseInvitation: LinkedIn in the languages read more roughly (ninth QA set)', () => {
  const mail = (hi: string, wants: string, name: string, count: string, accept: string, view: string, footer: string): string =>
    `${hi}\n${wants}\n\n${name}\nSenior Engineer at Northwind\n${count}\n\n${accept}\n${view}\n\n${footer}\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`;

  it.each([
    ['Italian', mail('Ciao Sam,', 'Giulia Bianchi vorrebbe collegarsi con te', 'Giulia Bianchi', 'Milano · 12 collegamenti in comune', 'Accetta', 'Visualizza profilo', 'Questa email è stata inviata a Sam Lee (Product Lead at Contoso)\nScopri perché abbiamo incluso queste informazioni.\nRicevi email di tipo Inviti.\nAnnulla iscrizione · Guida'), 'Giulia Bianchi', 12],
    ['Polish', mail('Cześć Sam,', 'Michał Zieliński chce nawiązać z Tobą kontakt', 'Michał Zieliński', '7 wspólnych kontaktów', 'Zaakceptuj', 'Wyświetl profil', 'Ten e-mail był przeznaczony dla: Sam Lee (Product Lead at Contoso)\nDowiedz się, dlaczego to uwzględniliśmy.\nOtrzymujesz e-maile z zaproszeniami.\nWypisz się · Pomoc'), 'Michał Zieliński', 7],
    ['Turkish', mail('Merhaba Sam,', 'İbrahim Çelik sizinle bağlantı kurmak istiyor', 'İbrahim Çelik', '5 ortak bağlantı', 'Kabul et', 'Profili görüntüle', 'Bu e-posta Sam Lee (Product Lead at Contoso) için gönderilmiştir\nBunu neden eklediğimizi öğrenin.\nDavet e-postaları alıyorsunuz.\nAbonelikten çık · Yardım'), 'İbrahim Çelik', 5],
    ['Japanese', mail('Samさん、', '田中 太郎さんからつながりリクエストが届いています', '田中 太郎', '東京都 · 共通のつながり2人', '承認', 'プロフィールを表示', 'このメールはSam Lee (Product Lead at Contoso)さん宛てに送信されました\n招待メールを受信しています。\n配信停止 · ヘルプ'), '田中 太郎', 2],
    ['Chinese', mail('Sam，您好！', '王伟想加您为好友', '王伟', '10 位共同好友', '接受', '查看档案', '此邮件发送给 Sam Lee (Product Lead at Contoso)\n了解我们为何包含此内容。\n您收到的是邀请邮件。\n退订 · 帮助'), '王伟', 10],
    ['Korean', mail('Sam님,', '김민준님이 1촌 신청을 보냈습니다', '김민준', '공통 1촌 5명', '수락', '프로필 보기', '이 이메일은 Sam Lee(Product Lead at Contoso)님에게 발송되었습니다\n초대 이메일을 받고 있습니다.\n수신 거부 · 고객센터'), '김민준', 5],
    ['Arabic', mail('مرحبًا Sam،', 'خالد الحربي يرغب في التواصل معك', 'خالد الحربي', '4 اتصالات مشتركة', 'قبول', 'عرض الملف الشخصي', 'هذه الرسالة موجهة إلى Sam Lee (Product Lead at Contoso)\nاعرف لماذا أدرجنا هذا.\nأنت تتلقى رسائل الدعوات.\nإلغاء الاشتراك · مساعدة'), 'خالد الحربي', 4],
    ['Hebrew', mail('שלום Sam,', 'דנה כהן רוצה להתחבר אליך', 'דנה כהן', '12 קשרים משותפים', 'אישור', 'הצג פרופיל', 'הודעת דוא"ל זו נועדה ל-Sam Lee (Product Lead at Contoso)\nלמד מדוע כללנו זאת.\nאתה מקבל הודעות דוא"ל על הזמנות.\nביטול מנוי · עזרה'), 'דנה כהן', 12],
  ])('reads the %s e-mail: the name, not the line that names them; the count; no footer as the note', (_language, text, name, count) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, company: 'Northwind', mutualConnections: count, note: null });
  });

  it('stops at the buttons of an Italian page, so the next card\'s note is not the first person\'s', () => {
    const text = 'Inviti (2)\nGestisci\nChiara Ferrari\nChiara Ferrari\nHead of Sales at Musixmatch\nMarco Rossi e altri 11 collegamenti in comune\nIgnora\nAccetta\nPaolo Greco\nPaolo Greco\nCEO at Greco Srl\n2 collegamenti in comune\nBuongiorno, le propongo una collaborazione commerciale.\nIgnora\nAccetta';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Chiara Ferrari', company: 'Musixmatch', mutualConnections: 12, note: null });
  });

  it.each([
    ['Zaproszenia (1)', 'Zignoruj', 'Zaakceptuj'],
    ['邀请 (1)', '忽略', '接受'],
    ['הזמנות (1)', 'התעלם', 'אישור'],
  ])('passes over the page\'s pill "%s" and reads the note up to the buttons', (pill, ignore, accept) => {
    const text = `${pill}\nTomasz Lewandowski\nTomasz Lewandowski\nCTO at Brainly\n4 mutual connections\nHi Sam, we are looking for API partners.\n${ignore}\n${accept}`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Tomasz Lewandowski', note: 'Hi Sam, we are looking for API partners.' });
  });

  it.each([
    ['Marco Rossi e altri 11 collegamenti in comune', 12],
    ['Anna Nowak i 6 innych wspólnych kontaktów', 7],
    ['9 gemensamma kontakter', 9],
    ['6 fælles forbindelser', 6],
    ['4 společných spojení', 4],
    ['8 koneksi bersama', 8],
    ['3 kết nối chung', 3],
    ['共通のつながり12人', 12],
  ])('reads the count in "%s"', (line, count) => {
    expect(parseMutualConnections(line)).toBe(count);
  });
});

describe('parseInvitation: posts, comments, messages and invitations you sent (ninth QA set)', () => {
  function refusal(result: ParseResult): string {
    if (result.ok) throw new Error(`expected a refusal, read ${JSON.stringify(result.invitation)}`);
    return result.reason;
  }

  it.each([
    ['a post', 'Priya Raman\nHead of Data at Northwind\n3h • Edited •\nExcited to share that Northwind has launched its new data platform!\n128 reactions · 14 comments\nLike\nComment\nRepost\nSend'],
    ['a comment', 'Henrik Aas • 2nd\nFounder & CEO at Fjordlytics\n1d\nTotally agree with this. Partnerships are a long game.\nLike · Reply · 4 reactions'],
    ['a message request', 'Message request\nSofia Marin\nPartner Manager at HubSpot\nHi Sam, quick question about your partner programme - do you have 15 minutes this week?\nAccept\nDelete'],
    ['an invitation you sent', 'Sent\nPriya Raman\nHead of Data at Northwind\nSent 3 days ago\nWithdraw'],
    ['a birthday', 'Celebrate Nina Berg’s birthday today\nSay happy birthday\nNina Berg\nCustomer Success at Tibber'],
  ])('refuses %s, saying it is no invitation', (_label, text) => {
    expect(refusal(parseInvitation(text))).toMatch(/doesn't look like an invitation to connect/);
  });

  it.each([
    ['a card with a Reply line and its buttons', 'Hannah Schultz\nSenior Recruiter at Zalando\n3 mutual connections\nHi Sam, we met at Slush.\nReply\nSend\nIgnore\nAccept'],
    ['a post\'s actions under a line that names the inviter', 'Priya Raman wants to connect\nPriya Raman\nHead of Data at Northwind\nLike\nComment'],
  ])('still reads %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text)).name).toMatch(/Hannah Schultz|Priya Raman/);
  });

  it('refuses an InMail with its label above the name as a message, not as a person called "InMail" (tenth QA set)', () => {
    const text = "InMail\nHannah Schultz\nSenior Recruiter at Zalando\nHi Sam, I came across your profile and think you'd be a great fit for a role we're hiring for.\nYes, interested\nNo, thanks";
    expect(refusal(parseInvitation(text))).toMatch(/looks like a message \(an InMail, a sponsored message or a chat\), not an invitation to connect/);
  });
});

describe('parseInvitation: an e-mail\'s HTML table copied as its source (ninth QA set)', () => {
  const html = `<table><tr><td><a href="https://www.linkedin.com/comm/in/karin-solheim?midToken=AQ&amp;trk=eml">Karin Solheim</a></td></tr>
<tr><td>Partner Manager at Snowflake</td></tr>
<tr><td>Oslo &middot; 6 mutual connections</td></tr>
<tr><td>&ldquo;Hi Sam, Snowflake&#39;s Nordic partner team would love to meet.&rdquo;</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=7&amp;trk=eml">Accept</a></td></tr></table>`;

  it.each([
    ['pasted', (text: string) => parseInvitation(text)],
    ['through the slash command', (text: string) => parseSlackCommandText(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))],
  ])('reads its rows and cells as lines, and "&middot;" as a middle dot, %s', (_label, parse) => {
    expect(invitationOf(parse(html))).toMatchObject({
      name: 'Karin Solheim', headline: 'Partner Manager', company: 'Snowflake', mutualConnections: 6,
      note: "Hi Sam, Snowflake's Nordic partner team would love to meet.", profileUrl: 'https://www.linkedin.com/in/karin-solheim',
    });
  });
});

describe('parseInvitation: hashtags after the company (ninth QA set)', () => {
  it.each([
    ['Recruiter at Telenor #hiring #opentowork', 'Telenor'],
    ['Engineer at C# Labs', 'C# Labs'],
  ])('reads the company of "%s" up to its hashtags', (headline, company) => {
    expect(invitationOf(parseInvitation(`Ola Hansen\n${headline}\n3 mutual connections\nIgnore\nAccept`)).company).toBe(company);
  });
});

describe('parseInvitation: a typed "invite from …" line with chat under it (ninth QA set)', () => {
  it.each([
    ['a question', 'invite from Hassan Ali, Head of Ops at Talabat, 3 mutual\nshould I accept?'],
    ['WhatsApp\'s prefixes, from a sender of one name', '[14:02, 24/11/2026] Kari: invite from Hassan Ali, Head of Ops at Talabat, 3 mutual\n[14:02, 24/11/2026] Kari: should I accept?'],
  ])('reads it under %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Hassan Ali', company: 'Talabat', mutualConnections: 3 });
  });
});

describe('parseInvitation: screen readers that speak the role after the item, or before a button (ninth QA set)', () => {
  it('reads VoiceOver\'s ", link" and ", button", with its buttons named after the person', () => {
    const text = 'Invitations, heading level 2\nHeidi Larsen, link\nTalent Acquisition Partner at Equinor\n7 mutual connections\nIgnore Heidi Larsen’s invitation, button\nAccept Heidi Larsen’s invitation, button';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Heidi Larsen', company: 'Equinor', mutualConnections: 7, note: null });
  });

  it('ends the note at "button Ignore"', () => {
    const text = 'heading level 3 link Preben Lund\nPreben Lund\nSolutions Engineer at Cisco\nclickable 2 mutual connections\nHi Sam, happy to help with the Webex integration if useful.\nbutton Ignore\nbutton Accept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Preben Lund', note: 'Hi Sam, happy to help with the Webex integration if useful.' });
  });
});

describe('parseInvitation: a company ending in "!" after an emoji before the headline (ninth QA set)', () => {
  it('reads "👋 Finance Director at Kahoot!"', () => {
    const text = 'Kate Yu\nKate Yu\n👋 Finance Director at Kahoot!\n3 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Kate Yu', headline: 'Finance Director', company: 'Kahoot!', mutualConnections: 3 });
  });
});

describe('parseInvitation: a screenshot\'s initials in place of the photo (ninth QA set)', () => {
  it('passes over "KS" above "Kjetil Svendsen"', () => {
    const text = 'KS\nKjetil Svendsen\n• 2nd\nBusiness Developer at Atea\n3 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Kjetil Svendsen', company: 'Atea', mutualConnections: 3 });
  });
});

describe('parseInvitation: a lead-in with a colon on the summary\'s own line (ninth QA set)', () => {
  it.each([
    ['plain', 'got this one: Vivek Sharma, Director Alliances @ Infosys, 11 mutual'],
    ['after a mention, through the slash command', '<@U04QX9T1B> got this one: Vivek Sharma, Director Alliances @ Infosys, 11 mutual, note: "Hi Sam, exploring a Nordic alliance."'],
  ])('reads the summary after it, %s', (label, text) => {
    const read = invitationOf(label.includes('slash') ? parseSlackCommandText(text) : parseInvitation(text));
    expect(read).toMatchObject({ name: 'Vivek Sharma', company: 'Infosys', mutualConnections: 11 });
  });

  it('keeps a name before the colon as the name', () => {
    expect(invitationOf(parseInvitation('Chiara Bianchi: Head of Product at Scalapay (6 mutual)')).name).toBe('Chiara Bianchi');
  });
});

describe('splitHeadline: a company after "presso", "hos", "på" or "di" (tenth QA set)', () => {
  it.each([
    ['Responsabile Marketing presso Bending Spoons', 'Responsabile Marketing', 'Bending Spoons'],
    ['Utvecklare på Klarna', 'Utvecklare', 'Klarna'],
    ['Salgschef hos Lunar', 'Salgschef', 'Lunar'],
    ['Software Engineer di Tokopedia', 'Software Engineer', 'Tokopedia'],
    ['Direttore Commerciale di Satispay', 'Direttore Commerciale', 'Satispay'],
    ['Professore di Matematica presso Politecnico di Milano', 'Professore di Matematica', 'Politecnico di Milano'],
  ])('reads "%s" as a role and a company', (line, headline, company) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
  });

  it('keeps what follows the company ("Seniorrådgiver hos Equinor | Energi")', () => {
    expect(splitHeadline('Seniorrådgiver hos Equinor | Energi')).toEqual({ headline: 'Seniorrådgiver hos Equinor | Energi', company: 'Equinor' });
  });

  it.each([
    'Studente di Ingegneria Informatica',
    'Dottorando di Ricerca',
    'Responsabile di Prodotto',
    'Consulente di Direzione',
    'Konsult på deltid',
    'Giovanni di Stefano',
  ])('reads no company in "%s"', (line) => {
    expect(splitHeadline(line).company).toBeNull();
  });

  it('does not repeat the company after a headline that names it', () => {
    expect(companyAfterHeadline('Seniorrådgiver hos Equinor | Energi', 'Equinor')).toBeNull();
  });

  it('reads the company of an Italian typed line', () => {
    expect(invitationOf(parseInvitation('Giorgia Ricci, Product Manager presso Bending Spoons, 2 mutual'))).toMatchObject({
      name: 'Giorgia Ricci', headline: 'Product Manager', company: 'Bending Spoons', mutualConnections: 2,
    });
  });
});

describe('parseInvitation: posts and comments copied in the other languages (tenth QA set)', () => {
  function refusal(result: ParseResult): string {
    if (result.ok) throw new Error(`expected a refusal, read ${JSON.stringify(result.invitation)}`);
    return result.reason;
  }
  const post = (actions: string) => `Jonas Krüger • 2nd\nCEO at Krüger GmbH\n3d • Edited\nWe are opening our new office in Berlin!\n${actions}`;

  it.each([
    ['German', 'Gefällt mir\nKommentieren\nReposten\nSenden'],
    ['French', 'J’aime\nCommenter\nRepublier\nEnvoyer'],
    ['Spanish', 'Recomendar\nComentar\nCompartir\nEnviar'],
    ['Portuguese', 'Gostei\nComentar\nCompartilhar\nEnviar'],
    ['Italian', 'Consiglia\nCommenta\nDiffondi il post\nInvia'],
    ['Dutch', 'Vind ik leuk\nReageren\nReposten\nVerzenden'],
    ['German, a comment', 'Gefällt mir · Antworten · 3 Reaktionen'],
    ['French, a comment', 'J’aime\nRépondre'],
    ['Spanish, an invitation you sent', 'Retirar'],
  ])('refuses a post with its actions in %s', (_label, actions) => {
    expect(refusal(parseInvitation(post(actions)))).toMatch(/doesn't look like an invitation to connect/);
  });

  it.each([
    ['a German note that says "Gefällt mir" in a sentence, with the page\'s buttons',
      'Sophie Wagner\nMarketing Managerin bei Celonis\n3 mutual connections\nHallo Oona, Ihr Beitrag: Gefällt mir sehr! Wollte nicht nur kommentieren.\nIgnorieren\nAnnehmen'],
    ['actions under a line that names the inviter', 'Sophie Wagner möchte sich mit Ihnen vernetzen\nSophie Wagner\nMarketing bei Celonis\nGefällt mir\nKommentieren'],
    ['a Spanish card whose note ends in "Comentar" and "Compartir" lines, with its buttons',
      'Diego Navarro\nFundador en Navarro Labs\n2 mutual connections\nHola Oona, vi tu post.\nComentar\nCompartir\nIgnorar\nAceptar'],
    ['one action alone', 'Diego Navarro\nFundador en Navarro Labs\n2 mutual connections\nComentar'],
  ])('still reads %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text)).name).toMatch(/Sophie Wagner|Diego Navarro/);
  });
});

describe('parseInvitation: an InMail or a sponsored message is a message, not an invitation (tenth QA set)', () => {
  function refusal(result: ParseResult): string {
    if (result.ok) throw new Error(`expected a refusal, read ${JSON.stringify(result.invitation)}`);
    return result.reason;
  }

  it.each([
    ['an InMail, its label on the line under the headline', 'Katarzyna Nowak\nSenior Technical Recruiter at Booking.com\nInMail\nHi Ilse, I came across your profile. Open to a quick chat this week?\nYes, interested\nNo, thanks\nReply'],
    ['a sponsored message', 'Sponsored\nJaana Laine\nEvent Manager at SaaStr Nordics\nOona, join 2,000 growth leaders in Stockholm this spring.\nRegister now'],
    ['"Sponsored · InMail"', 'Sponsored · InMail\nTomi Kallio\nSenior Recruiter at TalentBridge\nHi Oona, would you be open to a quick chat?'],
    ['a German one', 'Gesponsert\nLukas Weber\nVertrieb bei Weber Digital\nHallo Oona, darf ich Ihnen unser Angebot vorstellen?'],
  ])('refuses %s, saying why', (_label, text) => {
    expect(refusal(parseInvitation(text))).toBe(
      'That looks like a message (an InMail, a sponsored message or a chat), not an invitation to connect, so there is nothing to accept. Paste the invitation itself, or start with their name, e.g. `Priya Raman | Head of Data at Northwind | 14 mutual`.',
    );
  });

  it('refuses it through the slash command too', () => {
    expect(refusal(parseSlackCommandText('InMail\nTomi Kallio\nSenior Recruiter at TalentBridge\nHi Oona, open to a chat?'))).toMatch(/InMail/);
  });

  it.each([
    ['a note that mentions an InMail', 'Niko Karjalainen\nAccount Executive at HubSpot\n1 mutual connection\nHi Oona, I sent you an InMail last week but thought an invitation might be easier.\nIgnore\nAccept'],
    ['a headline that starts "Sponsored"', 'Netta Aalto\nSponsored Content Lead at Yle\n2 mutual connections'],
    ['an "InMail" line above a card with its buttons', 'InMail\nNiko Karjalainen\nAccount Executive at HubSpot\n1 mutual connection\nIgnore\nAccept'],
    ['an "InMail" line under a line that names the inviter', 'Niko Karjalainen wants to connect\nNiko Karjalainen\nAccount Executive at HubSpot\nInMail'],
    ['a typed line', 'Niko Karjalainen | Account Executive at HubSpot | 1 mutual | InMail first, then this invite'],
  ])('still reads %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text)).name).toMatch(/Niko Karjalainen|Netta Aalto/);
  });
});

describe('parseInvitation: a badge after the name line, a lower-case name after a lead-in, a Messaging thread (tenth QA set)', () => {
  it.each([
    ['Ilkka Hyvönen - Open to work\nProject Manager | Agile | PMP\n2 mutual connections\nIgnore\nAccept', 'Ilkka Hyvönen'],
    ['Marcus Lee – Hiring\nProject Manager at Kone\n2 mutual connections\nIgnore\nAccept', 'Marcus Lee'],
  ])('reads the name of a pasted name line with a badge after a dash', (text, name) => {
    expect(invitationOf(parseInvitation(text)).name).toBe(name);
  });

  it.each([
    ['invite from yusuf al-amin, cto at Tabby, 1 mutual', 'yusuf al-amin', 'Tabby'],
    ['fyi invite from priya raman - head of data at Northwind - 14 mutual', 'priya raman', 'Northwind'],
    ['invite from yusuf al-amin | cto at Tabby | 1 mutual', 'yusuf al-amin', 'Tabby'],
  ])('reads "%s"', (text, name, company) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, company });
  });

  it('still finds no name in "invite from the team, 3 mutual"', () => {
    expect(parseInvitation('invite from the team, 3 mutual').ok).toBe(false);
  });

  it('refuses a conversation copied from Messaging as a message', () => {
    const text = 'Sakari Kivi\nFounder at Kivi AI\nSakari Kivi sent the following message at 10:02 AM\nHi Oona, thanks for connecting! Do you have 15 minutes next week?\nWrite a message…\nSend';
    const read = parseInvitation(text);
    expect(read.ok ? read.invitation.name : read.reason).toMatch(/^That looks like a message/);
  });

  it('still reads the messaging list\'s invitation preview above "Write a message…"', () => {
    const text = 'Jonas Weber\nNov 24\nInvitation: Hi Ilse, fellow Rust meetup organiser here — would love to connect.\nWrite a message…';
    expect(invitationOf(parseInvitation(text)).name).toBe('Jonas Weber');
  });
});

describe('parseInvitation: several cards each flattened onto a line (tenth QA set)', () => {
  it('reads the first card, not the next one\'s line', () => {
    const text = 'Mikael Forsman Engineering Lead at Aiven 3 mutual connections Ignore Accept\nHeidi Kurki Marketing at Alma 1 mutual connection Ignore Accept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Mikael Forsman', headline: 'Engineering Lead', company: 'Aiven', mutualConnections: 3, note: null });
  });
});

describe('parseInvitation: LinkedIn in eight more languages, read roughly (tenth QA set)', () => {
  const mail = (hi: string, wants: string, name: string, count: string, accept: string, view: string, footer: string): string =>
    `${hi}\n${wants}\n\n${name}\nSenior Engineer at Northwind\n${count}\n\n${accept}\n${view}\n\n${footer}\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`;

  it.each([
    ['Norwegian', mail('Hei Sam,', 'Sindre Bakken ønsker å koble seg til deg', 'Sindre Bakken', 'Bergen · 8 felles forbindelser', 'Godta', 'Vis profil', 'Denne e-posten var ment for Sam Lee (Product Lead at Contoso)\nFinn ut hvorfor vi tok med dette.\nDu mottar e-poster om invitasjoner.\nAvslutt abonnementet · Hjelp'), 'Sindre Bakken', 8],
    ['Finnish', mail('Hei Sam,', 'Mikko Järvinen haluaa muodostaa yhteyden', 'Mikko Järvinen', '11 yhteistä kontaktia', 'Hyväksy', 'Näytä profiili', 'Tämä sähköposti oli tarkoitettu vastaanottajalle Sam Lee (Product Lead at Contoso)\nLue, miksi tämä sisällytettiin.\nSaat kutsusähköposteja.\nPeruuta tilaus · Ohje'), 'Mikko Järvinen', 11],
    ['Greek', mail('Γεια σου Sam,', 'Eleni Georgiou θέλει να συνδεθεί μαζί σας', 'Eleni Georgiou', '0 κοινές συνδέσεις', 'Αποδοχή', 'Προβολή προφίλ', 'Αυτό το email προοριζόταν για τον/την Sam Lee (Product Lead at Contoso)\nΜάθετε γιατί το συμπεριλάβαμε.\nΛαμβάνετε email προσκλήσεων.\nΚατάργηση εγγραφής · Βοήθεια'), 'Eleni Georgiou', 0],
    ['Romanian', mail('Bună, Sam,', 'Andreea Popescu dorește să se conecteze cu dvs.', 'Andreea Popescu', '4 conexiuni comune', 'Acceptați', 'Vizualizați profilul', 'Acest e-mail a fost destinat pentru Sam Lee (Product Lead at Contoso)\nAflați de ce am inclus acest lucru.\nPrimiți e-mailuri cu invitații.\nDezabonare · Ajutor'), 'Andreea Popescu', 4],
    ['Hungarian', mail('Kedves Sam!', 'Kovács Eszter kapcsolatot szeretne létesíteni Önnel', 'Kovács Eszter', '9 közös kapcsolat', 'Elfogadás', 'Profil megtekintése', 'Ezt az e-mailt Sam Lee (Product Lead at Contoso) részére küldtük\nTudja meg, miért küldtük ezt.\nMeghívó e-maileket kap.\nLeiratkozás · Súgó'), 'Kovács Eszter', 9],
    ['Ukrainian', mail('Вітаємо, Sam!', 'Олена Коваленко хоче встановити з вами контакт', 'Олена Коваленко', '6 спільних контактів', 'Прийняти', 'Переглянути профіль', 'Цей електронний лист призначено для Sam Lee (Product Lead at Contoso)\nДізнайтеся, чому ми це додали.\nВи отримуєте листи із запрошеннями.\nВідписатися · Довідка'), 'Олена Коваленко', 6],
    ['Thai', mail('สวัสดี Sam', 'สมชาย ใจดี ต้องการเชื่อมต่อกับคุณ', 'สมชาย ใจดี', 'การเชื่อมต่อร่วมกัน 3 รายการ', 'ยอมรับ', 'ดูโปรไฟล์', 'อีเมลนี้ส่งถึง Sam Lee (Product Lead at Contoso)\nเรียนรู้ว่าทำไมเราจึงรวมสิ่งนี้\nคุณได้รับอีเมลคำเชิญ\nยกเลิกการสมัครรับ · ความช่วยเหลือ'), 'สมชาย ใจดี', 3],
    ['Malay', mail('Hai Sam,', 'Nurul Aisyah binti Ahmad ingin berhubung dengan anda', 'Nurul Aisyah binti Ahmad', '5 hubungan bersama', 'Terima', 'Lihat profil', 'E-mel ini ditujukan untuk Sam Lee (Product Lead at Contoso)\nKetahui sebab kami menyertakan ini.\nAnda menerima e-mel Jemputan.\nBerhenti melanggan · Bantuan'), 'Nurul Aisyah binti Ahmad', 5],
  ])('reads the %s e-mail: the name, the count, no footer as the note', (_language, text, name, count) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name, company: 'Northwind', mutualConnections: count, note: null });
  });

  it.each([
    ['Invitasjoner (1)', 'Ignorer', 'Godta'],
    ['Kutsut (2)', 'Ohita', 'Hyväksy'],
    ['Meghívások (1)', 'Figyelmen kívül hagyás', 'Elfogadás'],
  ])('passes over the page\'s pill "%s" and its buttons', (pill, ignore, accept) => {
    const text = `${pill}\nAino Lehtonen\nAino Lehtonen\nSenior Data Engineer at Wolt\n5 mutual connections\n${ignore}\n${accept}\nJuha Koskinen\nJuha Koskinen\nCEO at Koskinen Consulting\nHei, tarjoan konsultointipalveluja.\n${ignore}\n${accept}`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Aino Lehtonen', company: 'Wolt', mutualConnections: 5, note: null });
  });

  it.each([
    ['8 felles forbindelser', 8],
    ['11 yhteistä kontaktia', 11],
    ['2 κοινές συνδέσεις', 2],
    ['7 conexiuni comune', 7],
    ['1 közös kapcsolat', 1],
    ['12 спільних контактів', 12],
    ['การเชื่อมต่อร่วมกัน 3 รายการ', 3],
    ['2 hubungan bersama', 2],
  ])('reads the count in "%s"', (line, count) => {
    expect(parseMutualConnections(line)).toBe(count);
  });
});

describe('parseInvitation: the list of a post\'s reactions (tenth QA set)', () => {
  it.each([
    ['English', 'Reactions\nAll 12\nCarmen Lopez • 2nd\nMarketing at BBVA\nJorge Diaz • 3rd+\nEngineer at Indra'],
    ['Spanish', 'Reacciones\nTodas 12\nCarmen López • 2º\nMarketing en BBVA\nJorge Díaz • 3º+\nIngeniero en Indra'],
    ['German, with its count', 'Reaktionen (12)\nAlle\nAnna Schmidt • 2.\nHead of HR bei Siemens'],
  ])('is refused in %s, not read as a person called "Reactions"', (_label, text) => {
    const read = parseInvitation(text);
    expect(read.ok ? read.invitation.name : read.reason).toMatch(/doesn't look like an invitation to connect/);
  });

  it('leaves a card with its buttons alone, whatever line says "Reactions"', () => {
    const text = 'Carmen Lopez\nMarketing at BBVA\n3 mutual connections\nReactions\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text)).name).toBe('Carmen Lopez');
  });
});

describe('parseInvitation: real invitations that the new refusals turned down (false-refusal QA set)', () => {
  function refusal(result: ParseResult): string {
    if (result.ok) throw new Error(`expected a refusal, read ${JSON.stringify(result.invitation)}`);
    return result.reason;
  }

  it.each([
    ['"InMail" alone on a line of a note, a sentence going on under it',
      'Niko Karjalainen\nNiko Karjalainen\nAccount Executive at HubSpot\n1 mutual connection\nHi Oona, I sent you an\nInMail\nlast week but an invite is easier.', 'Niko Karjalainen'],
    ['"Sponsored" alone on a line of a note', 'Petra Huttunen\nMarketing Manager at Wolt\n8 mutual connections\nHi Oona, I run our paid social:\nSponsored\ncontent is my thing.', 'Petra Huttunen'],
    ['"Gesponsert" alone on a line of a German note', 'Anna Vogel\nHead of Sponsoring bei Red Bull\n2 gemeinsame Kontakte\nHallo Oona, unser Slush-Stand:\nGesponsert\nvon Pohjola Labs! Lass uns vernetzen.', 'Anna Vogel'],
    ['"Write a message" in a note', 'Kimmo Laine\nSales Director at Vaisala\n2 mutual connections\nHi Oona! If you prefer, skip this and\nWrite a message\nto me instead.', 'Kimmo Laine'],
    ['"Reactions" opening a line of a note', 'Olli Rantanen\nGrowth PM at Oura\n3 mutual connections\nReactions\nto your pricing post were great. Connect?', 'Olli Rantanen'],
    ['a typed summary whose note has "InMail" on a line', 'Kalle Rautio, Recruiter at Reaktor, 1 mutual\nnote: sent me an\nInMail\nfirst, then this invite', 'Kalle Rautio'],
  ])('reads %s', (_label, text, name) => {
    expect(invitationOf(parseInvitation(text)).name).toBe(name);
  });

  it.each([
    ['a Spanish note', 'Lucía Navarro\nDirectora de Marketing en Cabify\n4 contactos en común\nHola Oona:\nMe gusta\nResponder\nasí empiezo cada post tuyo. ¿Conectamos?', 'Lucía Navarro'],
    ['a Dutch note', 'Daan de Jong\nHead of Growth bij Mollie\n7 gemeenschappelijke connecties\nHoi Oona, je post over pricing:\nVind ik leuk\nReageren\nLaten we connecten!', 'Daan de Jong'],
    ['an English note', 'Emma Salo\nEmma Salo\nSocial Media Manager at Supercell\n4 mutual connections\nWhat I do with your posts:\nLike\nComment\nRepost\nLet\'s connect!', 'Emma Salo'],
    ['a profile page whose Activity ends in a post\'s actions', 'Olli Rantanen\nGrowth PM at Oura\nHelsinki, Uusimaa, Finland · Contact info\n500+ connections\n3 mutual connections\nMessage\nMore\nAbout\nI build growth loops.\nActivity\n1,204 followers\nPricing is a growth lever.\nLike\nComment\nRepost\nSend', 'Olli Rantanen'],
  ])('reads the top of a card copied without its buttons, a post\'s actions in %s', (_label, text, name) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name });
  });

  it.each([
    ['a label over the sender\'s name', 'InMail\nTomi Kallio\nSenior Recruiter at TalentBridge\nHi Oona, open to a chat?'],
    ['a label under the headline, then the subject', 'Tomi Kallio\nSenior Recruiter at TalentBridge\nSponsored\nHead of Growth role\nHi Oona, open to a chat?'],
  ])('still refuses an InMail with %s', (_label, text) => {
    expect(refusal(parseInvitation(text))).toMatch(/^That looks like a message/);
  });

  it.each([
    ['with a count far from the name', 'Krüger GmbH\n1,204 followers\nAnna Schmidt and 3 other mutual connections follow this page\n3d • Edited\nWe are opening our new office in Berlin!\nLike\nComment\nRepost\nSend'],
    ['with a count under its actions', 'Jonas Krüger • 2nd\nCEO at Krüger GmbH\n3d • Edited\nWe are opening our new office in Berlin!\nLike\nComment\nRepost\nSend\nAnna Schmidt\n14 mutual connections'],
    ['a reactions list', 'Reactions\nAll 12\nCarmen Lopez • 2nd\nMarketing at BBVA'],
  ])('still refuses a post %s', (_label, text) => {
    expect(refusal(parseInvitation(text))).toMatch(/doesn't look like an invitation to connect/);
  });
});

describe('splitHeadline: an Italian place or function of the work after "di" (false-refusal QA set)', () => {
  it.each(['Direttore di Stabilimento', 'Capo di Gabinetto', 'Ingegnere di Processo', 'Responsabile di Magazzino', 'Comandante di Bordo'])(
    'reads no company in "%s"',
    (line) => {
      expect(splitHeadline(line).company).toBeNull();
    },
  );

  it.each([
    ['Direttore di Produzione presso Ferrero', 'Ferrero'],
    ['Direttore di Stabilimento presso Barilla', 'Barilla'],
    ['Direttore Commerciale di Satispay', 'Satispay'],
  ])('still reads the company in "%s"', (line, company) => {
    expect(splitHeadline(line).company).toBe(company);
  });
});

describe('parseInvitation: a Messaging thread under its "Invitation" heading (s29)', () => {
  it('reads the invitation, though the heading has no colon and there are no buttons', () => {
    const text = 'Anna Koivisto\nHead of People at Aiven\nInvitation\nAnna Koivisto sent the following message at 10:02 AM\nHi Oona, we met at Arctic15. Would love to connect!\nWrite a message…';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Anna Koivisto', company: 'Aiven' });
  });

  it("leaves Messaging's compose box (and its Send button) out of the note when it ends the text", () => {
    const text = 'Anna Koivisto\nHead of People at Aiven\nInvitation\nAnna Koivisto sent the following message at 10:02 AM\nHi Oona, we met at Arctic15. Would love to connect!\nWrite a message…';
    expect(invitationOf(parseInvitation(text)).note).toBe('Hi Oona, we met at Arctic15. Would love to connect!');
    expect(invitationOf(parseInvitation(`${text}\nSend`)).note).toBe('Hi Oona, we met at Arctic15. Would love to connect!');
  });

  it('keeps "Write a message" in a note that goes on after it', () => {
    const text = 'Kimmo Laine\nSales Director at Vaisala\n2 mutual connections\nHi Oona! If you prefer, skip this and\nWrite a message\nto me instead.';
    expect(invitationOf(parseInvitation(text)).note).toBe('Hi Oona! If you prefer, skip this and\nWrite a message\nto me instead.');
  });

  it('still refuses a sponsored message whose subject is "Invitation"', () => {
    const text = 'Anna Koivisto\nHead of People at Aiven\nSponsored\nInvitation\nAnna Koivisto sent the following message at 10:02 AM\nJoin our webinar on hiring next Thursday.\nWrite a message…';
    const read = parseInvitation(text);
    expect(read.ok ? read.invitation.name : read.reason).toMatch(/^That looks like a message/);
  });

  it('still refuses a conversation with no heading as a message', () => {
    const text = 'Anna Koivisto\nHead of People at Aiven\nAnna Koivisto sent the following message at 10:02 AM\nHi Oona, we met at Arctic15. Would love to connect!\nWrite a message…';
    const read = parseInvitation(text);
    expect(read.ok ? read.invitation.name : read.reason).toMatch(/^That looks like a message/);
  });
});

describe('parseInvitation: a headline under an lnkd.in short link (s29)', () => {
  it('reads the headline, in lower case too, past a short link alone on its line', () => {
    const text = 'Riikka Ahonen\nhttps://lnkd.in/dX9kQz2\nhead of people at Smartly.io, 3 mutual';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Riikka Ahonen', headline: 'head of people', company: 'Smartly.io', mutualConnections: 3 });
    const capitalised = 'Riikka Ahonen\nlnkd.in/dX9kQz2\nHead of People at Smartly.io\n3 mutual connections';
    expect(invitationOf(parseInvitation(capitalised))).toMatchObject({ headline: 'Head of People', company: 'Smartly.io', mutualConnections: 3 });
  });

  it('still reads a sentence with a link under the name as the note, not as a headline', () => {
    const text = 'Riikka Ahonen\nHead of People at Smartly.io\n3 mutual connections\nHi Oona, my talk is at https://lnkd.in/dX9kQz2 if you want a look.';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ headline: 'Head of People', note: 'Hi Oona, my talk is at https://lnkd.in/dX9kQz2 if you want a look.' });
  });
});

describe('parseInvitation: Teams\' "Like" / "Reply" under a typed summary (s29)', () => {
  it('reads the summary, not a post', () => {
    const text = 'Invite from Harriet Cole, eng manager at Wise, 7 mutual\nLike\nReply';
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ name: 'Harriet Cole', company: 'Wise', mutualConnections: 7 });
    const plain = 'Harriet Cole, Engineering Manager at Wise, 7 mutual\n\nLike\nReply';
    expect(invitationOf(parseSlackCommandText(plain))).toMatchObject({ name: 'Harriet Cole', company: 'Wise', mutualConnections: 7 });
  });

  it('still refuses a comment copied with its "Like" and "Reply"', () => {
    const text = 'Henrik Aas • 2nd\nFounder & CEO at Fjordlytics\n1d\nTotally agree with this. Partnerships are a long game.\nLike\nReply';
    const read = parseSlackCommandText(text);
    expect(read.ok).toBe(false);
  });
});

describe('parseInvitation: the eleventh QA set (s30)', () => {
  const NOT_AN_INVITATION = /^That doesn't look like an invitation to connect/;
  const reasonOf = (read: ParseResult): string => (read.ok ? `read as ${read.invitation.name}` : read.reason);

  it('passes over another card\'s "Subscribe" and the tabs of Messaging and Notifications, never reading them as the name', () => {
    const newsletter = 'Invitations (2)\nOla Nordmann invited you to subscribe to Fjord Notes\nIgnore\nSubscribe\nTamsin Greaves\nHead of Finance at Larchwood\n4 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(newsletter))).toMatchObject({ name: 'Tamsin Greaves', headline: 'Head of Finance', company: 'Larchwood', mutualConnections: 4 });
    const messaging = 'Messaging\nFocused\nOther\nBastian Kröger\nHi Mina, good to meet you at the offsite.';
    expect(invitationOf(parseInvitation(messaging)).name).toBe('Bastian Kröger');
    const notifications = 'Notifications\nAll\nMy posts\nMentions\nOdile Marchetti endorsed you for Budgeting\nOdile Marchetti\nCFO at Brightwater\n3h';
    expect(reasonOf(parseInvitation(notifications))).toMatch(NOT_AN_INVITATION);
  });

  it('reads a reminder e-mail whose subject repeats "is waiting for your response", without its footer as the note', () => {
    const text = 'Subject: Reminder: Henrike is waiting for your response\n\nHenrike is waiting for your response\nHenrike Solberg\nPartner at Fjellheim Advokat\nAccept\n\nYou received this reminder because an invitation is still pending.';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Henrike Solberg', headline: 'Partner', company: 'Fjellheim Advokat', note: null });
  });

  it('reads "Verified member" and "Invited you · 4d" as the page\'s, not as the headline or the note', () => {
    const verified = 'Odalys Ferrer\nVerified member\nHead of Legal at Cormorant\n6 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(verified))).toMatchObject({ headline: 'Head of Legal', company: 'Cormorant', mutualConnections: 6 });
    const invited = 'Odalys Ferrer\nHead of Legal at Cormorant\nInvited you · 2w\nMessage\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(invited))).toMatchObject({ headline: 'Head of Legal', note: null });
  });

  it.each([
    ['a comment on a post', 'Rupert Vance commented on your post\n"Spot on, we saw the same with our data team."\nRupert Vance\nStaff Engineer at Kiln Data\nReply'],
    ['a profile view', 'Who viewed your profile\nAnouk Verhoef viewed your profile\nRecruiter at Talentbrug\n2 mutual connections\nConnect'],
    ['a German endorsement', 'Lena Hartmann hat Ihre Kenntnisse in Terraform bestätigt\nLena Hartmann\nPlatform Engineer bei Wolkig AG\nKenntnisse anzeigen'],
    ['a newsletter\'s e-mail whose subject names the sender', 'Subject: Ines Duarte invited you to subscribe to Field Notes\n\nInes Duarte invited you to subscribe to Field Notes\nField Notes\nPublished monthly · 812 subscribers\nSubscribe'],
    ['an event with nobody else named', 'Tomasz Wilk invited you to attend\nCloud Costs: A Roundtable for Platform Teams\nWed, Jan 13, 2027, 6:00 PM\nOnline · 58 attendees\nIgnore\nAccept'],
    ['a group with nobody else named', 'Invitations\nKarin Holm invited you to join Nordic Data Folk\nNordic Data Folk\nGroup · 3,912 members\nIgnore\nAccept'],
  ])('refuses %s as no invitation', (_label, text) => {
    expect(reasonOf(parseInvitation(text))).toMatch(NOT_AN_INVITATION);
  });

  it('reads a dark-mode copy with an icon font\'s private-use glyphs before its lines', () => {
    const text = '\uE00A Invitations\n\uE011 Joaquín Ferraz\n• Tax Partner at Lusitania Advisory\n• 8 mutual connections\n\uE012 Ignore\n\uE013 Accept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Joaquín Ferraz', headline: 'Tax Partner', company: 'Lusitania Advisory', mutualConnections: 8, note: null });
    expect(invitationOf(parseSlackCommandText(text)).name).toBe('Joaquín Ferraz');
  });

  it('reads a name with "#OpenToWork" after it on its line', () => {
    const text = 'Efua Asante #OpenToWork\nCivil Engineer | AutoCAD | PRINCE2\n3 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Efua Asante', mutualConnections: 3 });
  });

  it.each([
    ['Photo of Priya Raman'], ['PHOTO OF Priya Raman'], ['Image of Priya Raman'], ['picture of Priya Raman'], ['Foto de perfil de Priya Raman'],
    ['Profilbild von Priya Raman'], ['Priya Raman’s profile PHOTO'], ['Priya Raman’s Profile Picture'], ['Priya Raman’s profile image'], ["View Priya Raman's PROFILE"],
  ])('reads the name from the picture line "%s" in any case', (line) => {
    const text = `${line}\nHead of Data at Northwind\n3 mutual connections`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Priya Raman', headline: 'Head of Data', mutualConnections: 3 });
  });

  it.each([['...See More'], ['… see more'], ['...Voir plus'], ['… see less'], ['...MINDER WEERGEVEN']])('drops "%s" after a note in any case', (more) => {
    const text = `Priya Raman\nHead of Data at Northwind\nHi Sam, great panel${more}\nAccept`;
    expect(invitationOf(parseInvitation(text)).note).toMatch(/^Hi Sam, great panel(?:\.\.\.|…)?$/);
  });

  it('reads "hey, invite from X" and "invite frm X" as typed to a teammate', () => {
    const greeted = 'hey, invite from Ottavia Russo\nStaff Designer at Lanterna\n2 mutual';
    expect(invitationOf(parseInvitation(greeted))).toMatchObject({ name: 'Ottavia Russo', headline: 'Staff Designer', company: 'Lanterna', mutualConnections: 2 });
    const hurried = 'invite frm Ottavia Russo - designer at Lanterna - 2 mutual';
    expect(invitationOf(parseInvitation(hurried))).toMatchObject({ name: 'Ottavia Russo', company: 'Lanterna', mutualConnections: 2 });
  });

  it('reads an invite phrase after a greeting in any case, each greeting word checked by its first letter', () => {
    const greetings = ['hi', 'hello', 'hey', 'dear', 'hallo', 'liebe', 'lieber', 'bonjour', 'chère', 'hola', 'estimado', 'querida', 'olá', 'prezado', 'hoi', 'beste'];
    for (const greeting of greetings) {
      for (const typed of [greeting, `${greeting.charAt(0).toUpperCase()}${greeting.slice(1)}`, greeting.toUpperCase()]) {
        expect(invitationOf(parseInvitation(`${typed} Sam, invite from Ottavia Russo`)).name).toBe('Ottavia Russo');
        if (['hi', 'hello', 'hey'].includes(greeting)) expect(invitationOf(parseInvitation(`${typed}, invite from Ottavia Russo`)).name).toBe('Ottavia Russo');
      }
    }
  });

  it.each([['Send deck'], ['Lets chat soon']])('reads a typed summary with a short line under it, not refusing it: %s', (line) => {
    const text = `Bruno Carvalho, Head of Growth at Maré, 9 mutual\n${line}`;
    expect(invitationOf(parseSlackCommandText(text))).toMatchObject({ name: 'Bruno Carvalho', headline: 'Head of Growth', company: 'Maré', mutualConnections: 9 });
  });

  it.each([['LNKD.IN/q7TzR1'], ['Lnkd.in/q7TzR1'], ['HTTPS://LNKD.IN/q7TzR1']])('reads the headline past a short link in any case: %s', (link) => {
    const text = `Saoirse Byrne\n${link}\nHead of Research at Corrib Labs\n7 mutual connections`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Saoirse Byrne', headline: 'Head of Research', company: 'Corrib Labs', mutualConnections: 7 });
  });

  it('reads a card whose company line is "Sponsored", with its count under it, rather than refusing it as a message', () => {
    const text = 'Ilmari Saarinen\nHead of Partnerships\nSponsored\n11 mutual connections\nHi Oona, enjoyed your talk at Slush.';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ilmari Saarinen', headline: 'Head of Partnerships', mutualConnections: 11, note: 'Hi Oona, enjoyed your talk at Slush.' });
  });

  it('never reads "Sponsored" as a name: a fragment under it stays refused, and a sponsored message is still one', () => {
    const fragment = parseInvitation('Sponsored\nTampere\n4 mutual connections');
    expect(fragment.ok).toBe(false);
    const withButtons = parseInvitation('Sponsored\n4 mutual connections\nIgnore\nAccept');
    expect(withButtons.ok ? withButtons.invitation.name : null).not.toBe('Sponsored');
    const message = parseInvitation('Sponsored\nKelo Data Platform\nHi Oona, join our webinar on lakehouse costs next Tuesday.\nRegister now');
    expect(reasonOf(message)).toMatch(/^That looks like a message/);
  });

  it('reads a headline that ends in a longer hiring cry as the headline, and the note under it as the note', () => {
    const text = 'Beatriz Lobo\nTalent Partner at Ondas — we\'re hiring data engineers in Porto!\n6 mutual connections\nHi Sam, your work on pipelines caught my eye.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ company: 'Ondas', note: 'Hi Sam, your work on pipelines caught my eye.' });
    expect(invitationOf(parseInvitation(text)).headline).toMatch(/^Talent Partner at Ondas/);
  });

  it('joins a headline wrapped after its "at" with the company on the next line', () => {
    const text = 'Cormac Doyle\nDirector of Operations at\nHarbourline Freight\n3 mutual connections';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ headline: 'Director of Operations', company: 'Harbourline Freight', mutualConnections: 3 });
  });

  it('reads "Sam, you both know X" as one mutual connection, not as the note', () => {
    const text = 'Ines Carvalho\nBuyer at Lumen Retail\nMina, you both know Tiago Reis\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ mutualConnections: 1, note: null });
  });

  it('reads the count under a profile link whose last parameter is empty, which is no quoted-printable soft break', () => {
    const text = 'Noémie Gagnon\nAnalyste chez Banque Laurentide\nhttps://ca.linkedin.com/in/noemie-gagnon?original_referer=\n4 relations en commun';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ mutualConnections: 4, profileUrl: 'https://www.linkedin.com/in/noemie-gagnon' });
  });

  it.each([['none'], ['n/a'], ['-']])('reads a typed note field of %j as no note', (nothing) => {
    expect(invitationOf(parseInvitation(`Rhys Morgan | Editor at Glas | 2 mutual | | ${nothing}`)).note).toBeNull();
  });

  it('reads a name a phone broke over two lines, one word on each, when a headline follows', () => {
    const text = 'Tanvi\nKulkarni\nPrincipal, Venture Debt at\nHarrow Capital\nHi Sam – keen to hear how\nyou think about runway.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Tanvi Kulkarni', headline: 'Principal, Venture Debt', company: 'Harrow Capital' });
    // A one-word name over a headline stays the name alone.
    expect(invitationOf(parseInvitation('Cher\nSinger at Warner Records\n2 mutual connections')).name).toBe('Cher');
  });

  it('leaves what was copied under Slack\'s "(edited)" out: the next message, not the note', () => {
    const text = 'Wiremu Tane\nHead of Risk at Kauri Bank\n5 mutual connections\nIgnore\nAccept (edited)\nanyone worked with him? we are pitching Kauri in March';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Wiremu Tane', company: 'Kauri Bank', mutualConnections: 5, note: null });
  });

  it('reads "Role@Company" with no spaces as the role and the company, but not an e-mail address', () => {
    expect(invitationOf(parseInvitation('Ada Kowalczyk\nPM@Brightloop Systems\nIgnore\nAccept'))).toMatchObject({ headline: 'PM', company: 'Brightloop Systems' });
    expect(splitHeadline('Write to ada@Brightloop.io')).toEqual({ headline: 'Write to ada@Brightloop.io', company: null });
  });

  it('keeps the sender\'s name signing off the note after a blank line', () => {
    const text = 'Matteo Conti\nData Lead at Vela\n3 mutual connections\nHi Sam,\n\nLoved your talk on lakehouses.\n\nMatteo\nReply to Matteo\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text)).note?.replace(/\s+/g, ' ')).toBe('Hi Sam, Loved your talk on lakehouses. Matteo');
    // A full name there may be the next card's or the recipient's: no sign-off.
    const fullName = 'Matteo Conti\nData Lead at Vela\nHi Sam,\n\nLoved your talk on lakehouses.\n\nSam Lindqvist\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(fullName)).note?.replace(/\s+/g, ' ')).toBe('Hi Sam, Loved your talk on lakehouses.');
  });

  it.each([['Note: nothing'], ['Note: (none)']])('reads %j as no note', (line) => {
    expect(invitationOf(parseInvitation(`Hemi Walker\nEditor at Glas\n${line}`)).note).toBeNull();
  });

  it('reads Messaging\'s preview of the note, then the card under it with the name again and the headline', () => {
    const text = 'Messaging\nFocused\nOther\nHalvard Moen\nInvitation: Hi Sam, good chatting at the Oslo meetup!\nOct 9\nHalvard Moen\nCloud Architect at Nordkapp Systems\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Halvard Moen',
      headline: 'Cloud Architect',
      company: 'Nordkapp Systems',
      note: 'Hi Sam, good chatting at the Oslo meetup!',
    });
    // The conversation's date is no headline.
    expect(invitationOf(parseInvitation('Halvard Moen\nOct 9\nInvitation: Hi Sam, good chatting at the meetup!')).headline).toBeNull();
  });

  it('still asks for the name, with what was found, when another card follows the notification\'s buttons', () => {
    const text = 'Ola Nordmann invited you to subscribe to Fjord Notes\nIgnore\nSubscribe\ntamsin greaves\nHead of Finance at Larchwood\n4 mutual connections\nIgnore\nAccept';
    const read = parseInvitation(text);
    expect(reasonOf(read)).toMatch(/^I couldn't find the person's name/);
    expect(read.ok ? null : read.found).toMatchObject({ headline: 'Head of Finance', mutualConnections: 4 });
  });

  it('reads NVDA\'s browse-mode copy, its roles after the button and the picture with no comma', () => {
    const text = "list with 3 items\nMarit Eide's profile picture graphic\nlink Marit Eide\nData Engineer at Polarlys\n5 mutual connections\nIgnore button\nAccept button\nout of list";
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Marit Eide', headline: 'Data Engineer', company: 'Polarlys', mutualConnections: 5, note: null });
  });
});

// A reviewer's probes of the eleventh set's refusals and readings: real invitations they must not
// turn down or misread, and text they must still read as before.
describe('parseInvitation: real invitations the notification refusals must not turn down (s30 review)', () => {
  const reasonOf = (read: ParseResult): string => (read.ok ? `read as ${read.invitation.name}` : read.reason);

  it.each([
    ['Ravi Kumar commented on your post'],
    ['Ravi Kumar liked your comment'],
    ['Ravi Kumar reposted your article'],
    ['Ravi Kumar viewed your profile'],
    ['Ravi Kumar endorsed you for Kafka'],
    ['Jan Becker hat Ihre Kenntnisse in Kubernetes bestätigt'],
  ])('reads an invitation card with Ignore and Accept pasted under %j', (notice) => {
    const text = `${notice}\nAna Costa\nData Engineer at Acme\n3 mutual connections\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ana Costa', headline: 'Data Engineer', company: 'Acme', mutualConnections: 3 });
    expect(invitationOf(parseSlackCommandText(text)).name).toBe('Ana Costa');
  });

  it('still refuses the notification about someone when no invitation\'s button follows', () => {
    expect(reasonOf(parseInvitation('Ravi Kumar commented on your post\nRavi Kumar\nData Engineer at Acme\n3 mutual connections'))).toMatch(/^That doesn't look like an invitation/);
    expect(reasonOf(parseInvitation('Ravi Kumar commented on your post\nAna Costa\nData Engineer at Acme'))).toMatch(/^That doesn't look like an invitation/);
  });

  it('asks for the name, with what was found, when the unread card\'s note says someone shared your post', () => {
    const text = 'tamsin greaves\nHead of Finance at Larchwood\nPriya Raman shared your post with our team, so I wanted to connect.\nIgnore\nAccept';
    const read = parseInvitation(text);
    expect(reasonOf(read)).toMatch(/^I couldn't find the person's name/);
    expect(read.ok ? null : read.found).toMatchObject({ headline: 'Head of Finance', company: 'Larchwood' });
  });

  it.each([
    ['Ana Costa\nData Engineer at Acme\nNote: None of my business, but your post on pay gaps was great.', 'None of my business, but your post on pay gaps was great.'],
    ['Ana Costa | Data Engineer at Acme | 2 mutual | | Nothing beats PyCon!', 'Nothing beats PyCon!'],
    ['Ana Costa | Data Engineer at Acme | 2 mutual | | None taken!', 'None taken!'],
  ])('keeps a real note that starts with "none" or "nothing": %j', (text, note) => {
    expect(invitationOf(parseInvitation(text)).note).toBe(note);
  });

  it.each([
    ['Ana Costa\nMay 2026 graduate\n3 mutual connections', 'May 2026 graduate'],
    ['Ana Costa\nOther duties as assigned | Ops at Acme\n3 mutual connections', 'Other duties as assigned | Ops'],
    ['Ana Costa\nSubscribe-first newsletters at Acme\n3 mutual connections', 'Subscribe-first newsletters'],
  ])('keeps a headline that starts with a date\'s month or a tab\'s word: %j', (text, headline) => {
    expect(invitationOf(parseInvitation(text)).headline).toBe(headline);
  });

  it('reads a name that is a Messaging tab\'s word inside it, and the card under the tabs', () => {
    expect(invitationOf(parseInvitation('Focused\nOther\nPosts Mentions\nAna Costa\nData Engineer at Acme\n3 mutual connections\nIgnore\nAccept')).name).toBe('Ana Costa');
  });

  it('reads a note that says "(edited)" mid-line, and a Slack message\'s "(edited)" at the end with nothing under it', () => {
    const midLine = 'Ana Costa\nData Engineer at Acme\nHi Sam, I loved the (edited) cut of your talk.\n3 mutual connections';
    expect(invitationOf(parseInvitation(midLine))).toMatchObject({ note: 'Hi Sam, I loved the (edited) cut of your talk.', mutualConnections: 3 });
    expect(invitationOf(parseInvitation('Ana Costa\nData Engineer at Acme\n3 mutual connections (edited)'))).toMatchObject({ name: 'Ana Costa', mutualConnections: 3 });
  });

  it('does not read an e-mail address in a note as "Role@Company"', () => {
    expect(invitationOf(parseInvitation('Ana Costa\nData Engineer at Acme\nHi Sam, write to ana@acme.io any time.')).headline).toBe('Data Engineer');
  });
});

describe('parseInvitation: a one-word name over a one-word headline that wraps (s30 review)', () => {
  it.each([
    ['Cher\nSinger\nand Founder at Heart Records\nIgnore\nAccept'],
    ['Cher\nSinger\n| Founder at Heart Records\nIgnore\nAccept'],
    ['Cher\nSinger\n& Founder at Heart Records\nIgnore\nAccept'],
  ])('keeps the name alone when the line under the headline\'s word goes on from it: %j', (text) => {
    expect(invitationOf(parseInvitation(text)).name).toBe('Cher');
  });

  it.each([
    ['Cher\nSinger\n2 mutual connections\nIgnore\nAccept'],
    ['Cher\nSinger\nHi Sam, loved your set at Glastonbury.\nIgnore\nAccept'],
    ['Budi\nPhotographer\nJakarta, Indonesia\n2 mutual connections'],
  ])('keeps a one-word name over a one-word headline: %j', (text) => {
    expect(invitationOf(parseInvitation(text)).name).toMatch(/^(?:Cher|Budi)$/);
  });
});

describe('parseInvitation: what held up under the s30 review', () => {
  it.each([
    ['Ana Costa\nData Engineer at Acme\nRavi Kumar liked your post on Kafka and told me to reach out.\nIgnore\nAccept', 'Ravi Kumar liked your post on Kafka and told me to reach out.'],
    ['Ana Costa\nData Engineer at Acme\nPriya Raman viewed your profile? No - I did, after your talk!\nIgnore\nAccept', 'Priya Raman viewed your profile? No - I did, after your talk!'],
    ['Ana Costa, Data Engineer at Acme, 3 mutual\nshe liked your post last week btw', 'she liked your post last week btw'],
    ['Ana Costa\nNewsletter editor at Acme\nSubscribe to my newsletter? Kidding - loved your talk!\nIgnore\nAccept', 'Subscribe to my newsletter? Kidding - loved your talk!'],
  ])('reads a card whose note has a notification\'s words: %j', (text, note) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ana Costa', note });
  });

  it.each([
    ['Ravi Kumar commented on your post\n\nAna Costa wants to connect\nAna Costa\nData Engineer at Acme\nAccept', 'Ana Costa'],
    ['Mar Gómez\nData Engineer at Acme\n3 mutual connections', 'Mar Gómez'],
    ['Ana Costa\nSept 3, 2026\nData Engineer at Acme', 'Ana Costa'],
    ['Ana Costa #OpenToWork\nData Engineer\n3 mutual connections', 'Ana Costa'],
    ['invite frm Ana Costa, Data Engineer at Acme', 'Ana Costa'],
  ])('reads the name of %j', (text, name) => {
    expect(invitationOf(parseInvitation(text)).name).toBe(name);
  });

  it('keeps a company called "Button" beside a screen reader\'s "Ignore button"', () => {
    expect(invitationOf(parseInvitation('Ana Costa\nProduct Designer at Button\n3 mutual connections\nIgnore button\nAccept button'))).toMatchObject({ headline: 'Product Designer', company: 'Button' });
  });
});

describe('parseInvitation: the twelfth QA set (s31)', () => {
  const NOT_AN_INVITATION = /^That doesn't look like an invitation to connect/;
  const A_MESSAGE = /^That looks like a message/;
  const reasonOf = (read: ParseResult): string => (read.ok ? `read as ${read.invitation.name}` : read.reason);

  it.each([
    ['a mention in a comment', 'Priyanka Shah mentioned you in a comment\n"@Sam Whitfield would love your take on this, let\'s connect at the summit"\nPriyanka Shah\nProduct Lead at Swiggy\n20m\nReply'],
    ['a request for a recommendation', 'Noah Friedman requested a recommendation\nNoah Friedman\nSenior Engineer at GitLab\n"Hi Sam, would you write a short recommendation for our time together at Lantern?"\nWrite recommendation\nIgnore'],
    ['search appearances, which name nobody', 'You appeared in 23 searches this week\nSearchers work at Google, Deloitte and 4 other companies\nSearchers found you through: Product Management\nSee all searches'],
  ])('refuses %s as no invitation', (_label, text) => {
    expect(reasonOf(parseInvitation(text))).toMatch(NOT_AN_INVITATION);
    expect(reasonOf(parseSlackCommandText(text))).toMatch(NOT_AN_INVITATION);
  });

  it.each([
    ['a Recruiter InMail\'s e-mail', 'Marta Kowalczyk sent you a new message\nInMail from LinkedIn Recruiter\nMarta Kowalczyk\nTalent Acquisition Partner at Revolut\n"Hi Sam, we\'re building a new payments team in Kraków and I\'d love to tell you more. Interested?"\nInterested\nNot interested\nView message'],
    ['a message\'s e-mail', 'Sofia Rossi sent you a message\n\nSofia Rossi\nAccount Executive at HubSpot\n"Hi Sam, following up on my invite, did you get a chance to look at our partner program?"\nReply\nView message'],
  ])('refuses %s as a message', (_label, text) => {
    expect(reasonOf(parseInvitation(text))).toMatch(A_MESSAGE);
  });

  it('reads a page copied from its tabs ("Received", "Sent", "All", "People", "Newsletter"), never taking a tab for the name', () => {
    const text = 'Received\nSent\nAll\nPeople\nNewsletter\nEvents\nPages\nHenrik Sørensen\nTeam Lead, Payments at Lunar\n4 mutual connections\n1 week ago\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Henrik Sørensen', mutualConnections: 4 });
  });

  it('reads the mutual connections\' pictures under a card as theirs, not as the inviter\'s name', () => {
    const text = 'Gabriel Santos\nSite Reliability Engineer at Stone\nAna Lima’s profile photo\nBruno Costa’s profile photo\n12 mutual connections\n3 weeks ago\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Gabriel Santos', headline: 'Site Reliability Engineer', company: 'Stone', mutualConnections: 12, note: null });
  });

  it.each([
    ['a picture above the name', 'Yuki Tanaka’s profile picture\nYuki Tanaka\nMachine Learning Engineer at Preferred Networks\n3 mutual connections\nIgnore\nAccept', 'Yuki Tanaka'],
    ['a picture under a line that is no headline', 'Invitations (2)\nAna Lima’s profile photo\nAna Lima\nData Engineer at Acme\nIgnore\nAccept', 'Ana Lima'],
  ])('still names the person by %s', (_label, text, name) => {
    expect(invitationOf(parseInvitation(text)).name).toBe(name);
  });

  it('reads the card\'s insight in place of a count ("You both studied at …") as the page\'s, not as the note', () => {
    const text = 'Oskar Nilsson\nLead Interaction Designer at IKEA\nYou both studied at Lund University\n1 day ago\nHi Sam, fellow Lund alum here, I liked your talk on accessible forms.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ headline: 'Lead Interaction Designer', note: 'Hi Sam, fellow Lund alum here, I liked your talk on accessible forms.' });
    const note = 'Oskar Nilsson\nLead Interaction Designer at IKEA\n3 mutual connections\nYou both studied at Lund, so I thought we should connect.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(note)).note).toBe('You both studied at Lund, so I thought we should connect.');
  });

  it.each([
    ['Spanish', 'Invitaciones\nMartina Gómez\nSoftware Engineer at Ualá\n1 contacto en común\nhace 2 d\n', 1],
    ['Italian', 'Alessandro Greco\nCEO presso Satispay\n4 collegamenti in comune\n2 giorni fa\nIgnora\nAccetta', 4],
    ['Polish', 'Katarzyna Wójcik\nKierownik projektu\n7 wspólnych kontaktów\n2 dni temu\nIgnoruj\nAkceptuj', 7],
  ])('reads when the invitation came, in %s, as the page\'s, not as the note', (_label, text, count) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ mutualConnections: count, note: null });
  });

  it('reads "Nessun collegamento in comune" as none, and the Polish "Jan Nowak i 6 innych …" as seven', () => {
    const italian = 'Alessandro Greco vorrebbe collegarsi con te\n\nCiao Sam,\n\nAlessandro Greco\nCEO presso Satispay\nMilano, Lombardia, Italia\nNessun collegamento in comune\nAccetta\nVisualizza profilo';
    expect(invitationOf(parseInvitation(italian))).toMatchObject({ name: 'Alessandro Greco', mutualConnections: 0, note: null });
    const polish = 'Zaproszenia (5)\nKatarzyna Wójcik\nKierownik projektu w PKO Bank Polski\nJan Nowak i 6 innych wspólnych kontaktów\n2 dni temu\nIgnoruj\nAkceptuj';
    expect(invitationOf(parseInvitation(polish))).toMatchObject({ name: 'Katarzyna Wójcik', mutualConnections: 7, note: null });
    // An English note's "I" still makes its count the person's words.
    const english = 'Ana Costa\nData Engineer at Acme\nHi Sam, I think we have 6 mutual connections from Kraków.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(english))).toMatchObject({ mutualConnections: null, note: 'Hi Sam, I think we have 6 mutual connections from Kraków.' });
  });

  it('reads a screen reader\'s copy with a comma after each role ("link, Yuki Tanaka", "button, Ignore …")', () => {
    const nvda = 'link, Yuki Tanaka’s profile picture\nlink, Yuki Tanaka\nMachine Learning Engineer at Preferred Networks\nHaruto Sato and 2 other mutual connections\nbutton, Ignore an invitation to connect from Yuki Tanaka\nbutton, Accept Yuki Tanaka’s invitation';
    expect(invitationOf(parseInvitation(nvda))).toMatchObject({ name: 'Yuki Tanaka', headline: 'Machine Learning Engineer', company: 'Preferred Networks', mutualConnections: 3, note: null });
    const voiceOver = "heading level 3, Invitations\nimage, Beatriz Carvalho\nlink, Beatriz Carvalho, Chief of Staff at Nubank\nNo mutual connections\ngroup, message from Beatriz Carvalho: Hello! Would you like to join our circle?\nbutton, Ignore\nbutton, Accept";
    expect(invitationOf(parseInvitation(voiceOver))).toMatchObject({ name: 'Beatriz Carvalho', headline: 'Chief of Staff', company: 'Nubank', mutualConnections: 0, note: 'Hello! Would you like to join our circle?' });
  });

  it('keeps a company called "Link" and a note that starts "link, …" as written', () => {
    const text = 'Ana Costa\nProduct Designer at Link\n3 mutual connections\nlink, button, whatever works for you, happy to chat.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ana Costa', company: 'Link', mutualConnections: 3 });
  });

  it('reads a typed "Note said:" as the note\'s label', () => {
    const text = 'Fwd invite: Ngozi Adichie-Obi, Brand Strategist at Unilever Nigeria. 2 mutual. Note said: Hi Sam, fellow Lagos Business School alum here!';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ngozi Adichie-Obi', mutualConnections: 2, note: 'Hi Sam, fellow Lagos Business School alum here!' });
  });

  it('reads a Slack link with its label typed out in the `|` form as the profile, not as the note', () => {
    const text = 'Felipe Araújo | Staff Engineer at Nubank | 8 mutual | <https://br.linkedin.com/in/felipe-araujo-dev/|linkedin.com/in/felipe-araujo-dev>';
    for (const read of [parseInvitation(text), parseSlackCommandText(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))]) {
      expect(invitationOf(read)).toMatchObject({ name: 'Felipe Araújo', mutualConnections: 8, profileUrl: 'https://www.linkedin.com/in/felipe-araujo-dev', note: null });
    }
    const withNote = 'Felipe Araújo | Staff Engineer at Nubank | 8 mutual | <https://www.linkedin.com/in/felipe|felipe> | Hi Sam | see you';
    expect(invitationOf(parseInvitation(withNote)).note).toBe('Hi Sam | see you');
    // Another site's link is left as it was split.
    expect(invitationOf(parseInvitation('Priya | <https://x.com/a|x.com/a> | note')).headline).toBe('<https://x.com/a');
  });

  it('reads "Name:" before the name in the `|` form, as the other fields\' labels are', () => {
    const text = 'Name: Claire Dubois | Headline: Head of Sales EMEA at Datadog | Mutual: 14';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Claire Dubois', headline: 'Head of Sales EMEA', company: 'Datadog', mutualConnections: 14 });
    expect(invitationOf(parseInvitation('Namely Okafor | CTO at Acme | 3 mutual')).name).toBe('Namely Okafor');
  });

  it('reads "from" alone before the name: typed, and the older invitation e-mail\'s "From Sebastián Castro"', () => {
    const typed = 'from Paolo Ricci, Founder at Bottega AI, no mutuals, note: Ciao Sam! Let\'s talk agents for retail';
    expect(invitationOf(parseInvitation(typed))).toMatchObject({ name: 'Paolo Ricci', headline: 'Founder', company: 'Bottega AI', mutualConnections: 0, note: 'Ciao Sam! Let\'s talk agents for retail' });
    const older = 'Subject: Invitation to connect on LinkedIn\n\nLinkedIn\n\nFrom Sebastián Castro\n\nEnterprise Account Executive at Twilio\nBogotá, Colombia\n\nSam,\n\nI\'d like to add you to my professional network on LinkedIn.\n\n- Sebastián\n\nConfirm that you know Sebastián Castro:\nhttps://www.linkedin.com/e/-nx9w3q/isd/8842211/?hs=false\n';
    const read = invitationOf(parseInvitation(older));
    expect(read).toMatchObject({ name: 'Sebastián Castro', headline: 'Enterprise Account Executive', company: 'Twilio' });
    // The e-mail's "Confirm that you know …" link is its own, not the note.
    expect(read.note ?? '').not.toContain('Confirm');
  });

  it.each([
    ['From what I saw at the summit, we should talk.'],
    ['From Berlin with love'],
    ['From New York, happy to connect'],
  ])('keeps a note line that opens with "from" as the note: %s', (line) => {
    const text = `Ana Costa\nData Engineer at Acme\n3 mutual connections\n${line}\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ana Costa', headline: 'Data Engineer', mutualConnections: 3 });
  });

  it('reads Gmail\'s copy of the e-mail with a note: the name, the note, then the name again over the headline', () => {
    const text = 'LinkedIn\nTomasz Wiśniewski\nHi Sam, I run the Kraków Rust meetup and we\'d love you to give the talk on async. Happy to cover travel.\nTomasz Wiśniewski\nEngineering Lead at Allegro\nKraków, Małopolskie, Poland\n23 mutual connections\nAccept\nView profile\nUnsubscribe | Help\nThis email was intended for Sam Whitfield (Founder at Lantern Analytics).';
    expect(invitationOf(parseInvitation(text))).toMatchObject({
      name: 'Tomasz Wiśniewski', headline: 'Engineering Lead', company: 'Allegro', mutualConnections: 23,
      note: 'Hi Sam, I run the Kraków Rust meetup and we\'d love you to give the talk on async. Happy to cover travel.',
    });
    // A note signed with the full name, with no headline under it, keeps its reading.
    const signed = 'Tomasz Wiśniewski\nHi Sam, great talk on async.\nTomasz Wiśniewski\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(signed))).toMatchObject({ name: 'Tomasz Wiśniewski', headline: null });
  });

  it('reads "X wants to connect. CFO at Zoho. 3 mutual connections" with the share sheet\'s link under it', () => {
    const line = 'Ravi Subramanian wants to connect. CFO at Zoho. 3 mutual connections';
    const shared = `${line}\nhttps://www.linkedin.com/in/ravi-subramanian-cfo?utm_source=share&utm_medium=ios_app`;
    expect(invitationOf(parseInvitation(line))).toMatchObject({ name: 'Ravi Subramanian', headline: 'CFO', company: 'Zoho', mutualConnections: 3 });
    expect(invitationOf(parseInvitation(shared))).toMatchObject({ name: 'Ravi Subramanian', headline: 'CFO', company: 'Zoho', mutualConnections: 3, profileUrl: 'https://www.linkedin.com/in/ravi-subramanian-cfo', note: null });
    // The forwarder's question under it is still no note.
    const asked = parseInvitation('Ravi Subramanian, CFO at Zoho, 3 mutual\nshould I accept?');
    expect(invitationOf(asked).note).toBeNull();
  });

  it('reads a message Slack shows as forwarded, under its heading and its sender\'s header', () => {
    const text = 'Forwarded message\nJonas Becker\n9:12 AM\nlook who wants to connect 👀\nAnouk Jansen\nBrand Director at Mollie\nThijs Bakker and 6 other mutual connections\n1 day ago\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Anouk Jansen', headline: 'Brand Director', company: 'Mollie', mutualConnections: 7, note: null });
    expect(invitationOf(parseSlackCommandText(text)).name).toBe('Anouk Jansen');
    // With no header under the heading, the name under it is read as before.
    expect(invitationOf(parseInvitation('Forwarded message\nAnouk Jansen\nBrand Director at Mollie\n7 mutual connections')).name).toBe('Anouk Jansen');
  });

  it.each([
    ["can you intro me to Priya Raman? she's Head of Partnerships at Northwind, you have 12 mutual connections with her apparently"],
    ['Hey, could you please introduce me to Priya Raman, Head of Partnerships at Northwind? 12 mutual'],
  ])('refuses a teammate\'s request for an intro as no invitation: %s', (text) => {
    expect(reasonOf(parseInvitation(text))).toMatch(NOT_AN_INVITATION);
    expect(reasonOf(parseSlackCommandText(text))).toMatch(NOT_AN_INVITATION);
  });

  it.each([
    ['Priya Raman, Head of Partnerships at Northwind, 12 mutual\ncan you intro me to her team first?'],
    ['can you intro me to her team?\nPriya Raman\nHead of Partnerships at Northwind\n12 mutual connections\nIgnore\nAccept'],
    ['Can you intro me to her boss?\nPriya Raman wants to connect\nPriya Raman\nHead of Partnerships at Northwind'],
  ])('still reads an invitation with a request for an intro beside it: %j', (text) => {
    expect(invitationOf(parseInvitation(text)).name).toBe('Priya Raman');
  });

  it.each([['Hi'], ['Hello!'], ['Hi Sam! 👋🙂'], ['Hola Sam']])('reads a greeting alone above the buttons as the note: %s', (note) => {
    const text = `Jakub Novák\nFull Stack Developer at Kiwi.com\n2 mutual connections\n1 day ago\n${note}\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Jakub Novák', mutualConnections: 2, note });
  });

  it.each([['Thanks!'], ['Cheers'], ['Hi Sam,']])('still reads no note from %s alone above the buttons', (line) => {
    const text = `Jakub Novák\nFull Stack Developer at Kiwi.com\n2 mutual connections\n${line}\nIgnore\nAccept`;
    expect(invitationOf(parseInvitation(text)).note).toBeNull();
  });

  it('reads a company that writes its name in lower case, one word after "at" at the headline\'s end', () => {
    const text = 'María José de la Fuente\nLegal Counsel at glovo\nCarlos Ruiz and 2 other mutual connections\n3 days ago\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'María José de la Fuente', headline: 'Legal Counsel', company: 'glovo', mutualConnections: 3 });
    expect(splitHeadline('Head of Growth at wefox')).toEqual({ headline: 'Head of Growth', company: 'wefox' });
  });

  it.each([['Engineer at heart'], ['Product Designer at scale'], ['Builder at web3'], ['Founder at stealth'], ['Proud Dad at home'], ['Recruiter at hollin & marsh'], ['Product Lead @channel']])(
    'keeps %s whole, with no company',
    (headline) => {
      expect(splitHeadline(headline)).toEqual({ headline, company: null });
    },
  );

  it('reads the company under the title on Sales Navigator\'s lead page, "Cloudflare · San Francisco Bay Area"', () => {
    const lead = 'Sales Navigator\nHarriet Osei · 2nd\nVP Revenue Operations\nCloudflare · San Francisco Bay Area\nAbout\nAccept invitation\nIgnore\n8 shared connections\nSave\nMessage';
    expect(invitationOf(parseInvitation(lead))).toMatchObject({ name: 'Harriet Osei', headline: 'VP Revenue Operations', company: 'Cloudflare', note: null });
    // Elsewhere such a line is left as it was, and so is a place over the profile's totals.
    const card = 'Harriet Osei\nVP Revenue Operations\nCloudflare · San Francisco Bay Area\n8 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(card)).company).toBeNull();
    const totals = 'Sales Navigator\nHarriet Osei · 2nd\nVP Revenue Operations\nBerlin · 500+ connections\nAccept invitation\nIgnore';
    expect(invitationOf(parseInvitation(totals)).company).toBeNull();
  });

  it('keeps a private-use character inside a name as the name\'s own, and still drops an icon\'s glyph before a line', () => {
    const inside = parseInvitation('陳\uE3A5明\nHead of Brand at Acme\n3 mutual connections');
    expect(invitationOf(inside).name).toBe('陳\uE3A5明');
    const icons = '\uE00A Invitations\n\uE011 Joaquín Ferraz\nTax Partner at Lusitania Advisory\n8 mutual connections\n\uE012 Ignore\n\uE013 Accept';
    expect(invitationOf(parseInvitation(icons))).toMatchObject({ name: 'Joaquín Ferraz', headline: 'Tax Partner', mutualConnections: 8 });
  });

  it('takes no one-word line under "Sponsored" for the name, and joins no paid label or place to a headline ending in "at"', () => {
    const sponsored = parseInvitation('Sponsored\nTampere\n2 mutual connections\nIgnore\nAccept');
    expect(sponsored.ok).toBe(false);
    if (!sponsored.ok) expect(sponsored.found.mutualConnections).toBe(2);
    const label = 'Ana Costa\nSoftware Engineer at\nSponsored\n3 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(label))).toMatchObject({ headline: 'Software Engineer at', company: null, mutualConnections: 3 });
    const place = 'Ana Costa\nHead of Brand at\nBerlin, Germany\n3 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(place))).toMatchObject({ headline: 'Head of Brand at', company: null });
    // A company's own comma, and a company alone, are still joined.
    expect(invitationOf(parseInvitation('Ana Costa\nHead of Brand at\nAcme, Inc.\n3 mutual connections')).company).toBe('Acme, Inc.');
    expect(invitationOf(parseInvitation('Ana Costa\nHead of Brand at\nMarrowbone Coffee\n3 mutual connections')).company).toBe('Marrowbone Coffee');
    // A name of two words under the label is still read.
    expect(invitationOf(parseInvitation('Sponsored\nIlmari Saarinen\nHead of Partnerships\n11 mutual connections\nIgnore\nAccept')).name).toBe('Ilmari Saarinen');
  });

  it.each([
    ['messages\' e-mails', `${'Sofia Rossi sent you a '.repeat(12)}message\n${'a sent you a new '.repeat(6_000)}`],
    ['notifications\' lines', `${'Priyanka Shah mentioned you in a '.repeat(9)}comment\n${'Noah requested a recommendation '.repeat(3_000)}\nYou appeared in ${'1'.repeat(50_000)} search`],
    ['roles with commas', `${'link, button, '.repeat(5_000)}\n${'button, Ignore an invitation to connect from '.repeat(2_000)}\n${'group, link, \n'.repeat(2_000)}`],
    ['names repeated under a note', `${'Ana Costa\nHi Sam, a b.\n'.repeat(4_000)}`],
    ['pictures under a card', `${'Ana Lima\n'.repeat(4_000)}${'Ana Lima’s profile photo\n'.repeat(2_000)}CTO at X`],
    ['"from" lead-ins and typed Slack links', `from ${'Ana Costa '.repeat(20)}, ${'CTO at X '.repeat(3_000)}\nFrom ${'Ana, '.repeat(3_000)}\nAna Costa | X | 3 | ${'<https://x.linkedin.com/in/a|b '.repeat(2_000)}| c>`],
    ['requests for an intro', `${'can you intro me to '.repeat(5)}${'Priya '.repeat(15_000)}\n${'pls connect me with '.repeat(4_000)}`],
    ['glyphs, places and paid labels under "at"', `${'a\uE000 '.repeat(10_000)}\nAna Costa\nHead at\n${'Berlin, '.repeat(3_000)}\nHead at\nSponsored\n${'\uE001'.repeat(20_000)}b`],
    ['counts and insights', `Ana Costa\n${'Jan Nowak i 6 innych '.repeat(4_000)}wspólnych kontaktów\n${'you both studied at '.repeat(3_000)}\n${'nessun '.repeat(5_000)}collegamento`],
  ])('is fast on 100,000 characters of %s', (_label, piece) => {
    const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000).replace(/\n/g, ' '));
    }
    // A guard against runaway patterns, not a speed figure (see the hostile-input tests above).
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it.each([
    ['a note that tells of a mention', 'Ana Costa\nData Engineer at Acme\n3 mutual connections\nHi Sam, Priya Raman mentioned you in a comment so I thought I would reach out.\nIgnore\nAccept'],
    ['a note that tells of a message', 'Ana Costa\nData Engineer at Acme\n3 mutual connections\nI sent you a message last week about the meetup.\nIgnore\nAccept'],
    ['a card under "sent you a message", with its buttons', 'Ana Costa sent you a message\nAna Costa\nData Engineer at Acme\nHi Sam, following up on my note.\nIgnore\nAccept'],
    ['a note asking for a recommendation', 'Ana Costa\nData Engineer at Acme\n3 mutual connections\nHi Sam, Noah requested a recommendation from me and mentioned you.\nIgnore\nAccept'],
  ])('still reads %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Ana Costa', headline: 'Data Engineer', company: 'Acme' });
  });
});

describe('parseInvitation: a XING profile URL where a LinkedIn one would be (s32)', () => {
  const XING = 'https://www.xing.com/profile/Max_Mustermann';
  const LINKEDIN = 'https://www.linkedin.com/in/max-mustermann';
  // Each shape written with `URL` where the profile goes (`BARE` without its "https://www."), and
  // `OTHER` where someone else's is; the reading with a LinkedIn profile is the reference.
  const SHAPES: readonly (readonly [label: string, shape: string, parsers: 'both' | 'slack only'])[] = [
    ['the one-line form', 'Max Mustermann | Head of Sales at Nordwind GmbH | 3 mutual | URL | Hallo!', 'both'],
    ['the name, then the URL after a space', 'Max Mustermann URL', 'both'],
    ['commas instead of bars', 'Max Mustermann, Head of Sales at Nordwind GmbH, 3 mutual, URL', 'both'],
    ['the URL typed first', 'URL | Max Mustermann | Head of Sales at Nordwind GmbH | 3 mutual', 'both'],
    ["the URL typed before the headline's place", 'Max Mustermann | URL | Head of Sales at Nordwind GmbH | 3 mutual', 'both'],
    ['the URL in angle brackets after the headline', 'Max Mustermann - Head of Sales at Nordwind GmbH <URL>', 'both'],
    // Slack's own markup: only its command text has it.
    ['a Slack link labelled with the name', '<URL|Max Mustermann> - Head of Sales at Nordwind GmbH', 'slack only'],
    ['a summary with the link on the line under it', 'Max Mustermann wants to connect. Head of Sales at Nordwind GmbH. 3 mutual connections\nURL', 'both'],
    ['a "View profile:" line with its share query', 'Max Mustermann\nHead of Sales at Nordwind GmbH\n3 mutual connections\nView profile: URL?sc_o=mxb_p', 'both'],
    ['the link between the headline and the note', 'Max Mustermann\nHead of Sales at Nordwind GmbH\nURL\nHi, we met at the Hamburg meetup.', 'both'],
    ['the URL in brackets after the name', 'Max Mustermann (URL) - Head of Sales at Nordwind GmbH, 3 mutual', 'both'],
    ['a card copied with its buttons', 'Max Mustermann\nHead of Sales · Nordwind GmbH\nHamburg\n3 gemeinsame Kontakte\nHallo, wir haben uns auf dem Meetup in Hamburg getroffen. Lass uns vernetzen!\nAnnehmen\nAblehnen\nURL', 'both'],
    ['a Slack link labelled with its own address, in the one-line form', 'Max Mustermann | Head of Sales at Nordwind GmbH | 3 mutual | <URL|BARE> | Hallo!', 'both'],
    ['an address with no scheme under the name', 'Max Mustermann\nBARE\nHead of Sales at Nordwind GmbH\n3 mutual connections', 'both'],
    ['an address with no scheme under the name, alone', 'Max Mustermann\nBARE', 'both'],
    ['an address with no scheme on a line of its own', 'Max Mustermann\nHead of Sales at Nordwind GmbH\nBARE\n3 mutual connections\nHi, we met at the Hamburg meetup.', 'both'],
    ["another person's profile in the note", 'Max Mustermann\nHead of Sales at Nordwind GmbH\n12 mutual connections\nHi, Julia (OTHER) suggested I reach out.\nView profile: URL', 'both'],
  ];
  const written = (shape: string, url: string, other: string) =>
    shape.replaceAll('URL', url).replaceAll('BARE', url.replace('https://www.', '')).replaceAll('OTHER', other);

  it.each(SHAPES)('reads %s with the XING profile, as it reads it with a LinkedIn one', (_label, shape, parsers) => {
    for (const parse of parsers === 'both' ? [parseInvitation, parseSlackCommandText] : [parseSlackCommandText]) {
      const fromLinkedIn = invitationOf(parse(written(shape, LINKEDIN, 'linkedin.com/in/julia-adler')));
      const fromXing = invitationOf(parse(written(shape, XING, 'xing.com/profile/Julia_Adler')));
      expect(fromLinkedIn.profileUrl).toBe(LINKEDIN);
      expect(fromXing).toEqual({ ...fromLinkedIn, profileUrl: XING, note: fromLinkedIn.note?.replace('linkedin.com/in/julia-adler', 'xing.com/profile/Julia_Adler') ?? null });
    }
  });

  it('reads the name and headline around it, not the URL as either', () => {
    expect(invitationOf(parseInvitation(`${XING} | Max Mustermann | Head of Sales at Nordwind GmbH | 3 mutual`))).toMatchObject({
      name: 'Max Mustermann',
      headline: 'Head of Sales',
      company: 'Nordwind GmbH',
      mutualConnections: 3,
      profileUrl: XING,
    });
    expect(invitationOf(parseSlackCommandText(`<${XING}|Max Mustermann> - Head of Sales at Nordwind GmbH`))).toMatchObject({ name: 'Max Mustermann', profileUrl: XING });
  });

  it('does not take a XING company page, or an address that only looks like XING, for a profile', () => {
    expect(invitationOf(parseInvitation('Max Mustermann | Head of Sales | 3 mutual | https://www.xing.com/companies/nordwind | Hallo!')).profileUrl).toBeNull();
    expect(invitationOf(parseInvitation('Max Mustermann | Head of Sales | 3 mutual | https://notxing.com/profile/Max_Mustermann')).profileUrl).toBeNull();
    // A name that ends a sentence with "Xing." is a name.
    expect(invitationOf(parseInvitation('Li Xing | Head of Data at Northwind | 3 mutual'))).toMatchObject({ name: 'Li Xing', profileUrl: null });
  });

  it.each([
    ['XING profile links with no end', `Max Mustermann | X | 3 | ${'<https://x.xing.com/profile/a|b '.repeat(2_000)}| c>\n${'=www.xing.com/profile/Max_'.repeat(2_000)}`],
    ['XING hosts and markers with no page name', `${'Xing. '.repeat(5_000)}\n${'xing.com/profiles//'.repeat(3_000)}\nMax Mustermann ${'x.xing.de/'.repeat(3_000)}`],
    ['XING links labelled with a name', `${'<https://www.xing.com/profile/Max_Mustermann|Max Mustermann> - '.repeat(1_500)}\n${'Max Mustermann https://xing.com/profile/M '.repeat(1_500)}`],
  ])('is fast on 100,000 characters of %s', (_label, piece) => {
    const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000).replace(/\n/g, ' '));
    }
    // A guard against runaway patterns, as the tests above: not a speed figure.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('splitHeadline: Polish "w", a Portuguese "Consultora Sénior na" and an Italian "S.p.A." (thirteenth QA set)', () => {
  it.each([
    ['Specjalista ds. marketingu w Wawel Logistics', 'Specjalista ds. marketingu', 'Wawel Logistics'],
    ['Senior Developer w Allegro', 'Senior Developer', 'Allegro'],
    ['Consultor Sénior na Tejo Digital', 'Consultor Sénior', 'Tejo Digital'],
    ['Analista Júnior no Banco Lusitano', 'Analista Júnior', 'Banco Lusitano'],
  ])('reads "%s" as a role and a company', (line, headline, company) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
  });

  it.each(['Designer w/ Figma', 'Growth at scale w cats', 'Senior no BS Marketing'])('reads no company in "%s"', (line) => {
    expect(splitHeadline(line).company).toBeNull();
  });

  it('does not repeat a company after "w" the headline names', () => {
    expect(companyAfterHeadline('Tester w Allegro | QA', 'Allegro')).toBeNull();
  });

  it('reads a headline that ends in an Italian or Czech company form as one, not as a note', () => {
    const italian = 'Marco Greco\nDirettore Tecnico presso Officine Lombarde S.p.A.\n4 collegamenti in comune\nAccetta';
    expect(invitationOf(parseInvitation(italian))).toMatchObject({ name: 'Marco Greco', headline: 'Direttore Tecnico', company: 'Officine Lombarde S.p.A.', mutualConnections: 4, note: null });
    const czech = 'Petr Novák\nVedoucí IT at Vltava Systems s.r.o.\n2 mutual connections\nAccept';
    expect(invitationOf(parseInvitation(czech))).toMatchObject({ headline: 'Vedoucí IT', company: 'Vltava Systems s.r.o.', note: null });
  });
});

describe('parseInvitation: counts written without a number of mutual connections (thirteenth QA set)', () => {
  it.each([
    ['one named and others, with no "mutual"', 'Lucas Moreau\nData Analyst at Orvane\nSofia and 5 others\nIgnore\nAccept', 6],
    ['two names and one other', 'Lucas Moreau\nData Analyst at Orvane\nSofia Brandt & one other\nIgnore\nAccept', 2],
    ['the German "ein gemeinsamer Kontakt"', 'Lukas Maier\nEntwickler bei Nordlicht Software\nEin gemeinsamer Kontakt\nAnnehmen', 1],
    ['the French "une relation en commun"', 'Léa Martin\nChef de projet chez Voltaire Conseil\nUne relation en commun\nAccepter', 1],
    ['the inviter and you both knowing one', 'Lucas Moreau\nData Analyst at Orvane\nLucas Moreau and you both know Priya Raman\nIgnore\nAccept', 1],
    ['the inviter and you both knowing one and others', 'Lucas Moreau\nData Analyst at Orvane\nLucas Moreau and you both know Priya Raman and 4 others\nIgnore\nAccept', 5],
  ])('reads %s', (_label, text, count) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text)).mutualConnections).toBe(count);
  });

  it('keeps a note that names people and others as the note', () => {
    const text = 'Lucas Moreau\nData Analyst at Orvane\nThanks to Sofia and 2 others for the intro\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ mutualConnections: null, note: 'Thanks to Sofia and 2 others for the intro' });
  });

  it.each([
    ['names before "others"', `${'Ana Lima '.repeat(12_000)}and 3 others\n${'A and 1 other '.repeat(1_000)}`],
    ['"and you both know"', `${'Ana and you both know '.repeat(4_000)}\n${'x, '.repeat(10_000)}and you both know y`],
    ['German counts written out', `${'ein '.repeat(20_000)}gemeinsamer\n${'Ein gemeinsamer '.repeat(3_000)}`],
  ])('is fast on 100,000 characters of %s', (_label, piece) => {
    const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000).replace(/\n/g, ' '));
    }
    // A guard against runaway patterns, not a speed figure.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: notifications, Messaging and XING pages (thirteenth QA set)', () => {
  const refusedAs = (text: string) => {
    const read = parseInvitation(text);
    return read.ok ? `read ${read.invitation.name}` : read.reason;
  };
  const NOT_AN_INVITATION = refusedAs('Ingrid Holm endorsed you for Data Modelling\nIngrid Holm\nHead of BI at Fjordline\nSee all endorsements');

  it.each([
    ['an endorsement after the recipient\'s name', 'LinkedIn\nSam, Ingrid Holm endorsed you for Data Modelling\nIngrid Holm\nHead of BI at Fjordline\nSee all endorsements'],
    ['a post', 'Notifications\nTomás Reyes posted: "What I learned hiring our first 10 engineers"\nTomás Reyes\nCTO at Brisa Labs\n3h'],
    ['a post, said otherwise', 'Tomás Reyes posted a new article\nTomás Reyes\nCTO at Brisa Labs'],
    ['profile views', 'Sam, your profile was viewed by 9 people this week\nA recruiter at Northwind\nFounder at Glasshouse\nSee all views'],
    ['a German birthday', 'Gratulieren Sie Anna Vogel zum Geburtstag\nAnna Vogel\nCTO bei Rheinwerk\nGlückwünsche senden'],
    ['a French mention', 'Hugo Lefèvre vous a mentionné dans un commentaire\n« Bravo @Sam Lee pour la conférence ! »\nVoir le commentaire'],
    ['a German mention', 'Anna Vogel hat Sie in einem Kommentar erwähnt\nAnna Vogel\nCTO bei Rheinwerk'],
    ['XING\'s profile visitors', 'XING\nIhre Profilbesucher dieser Woche\n5 neue Besucher\nAnna Vogel, CTO, Rheinwerk GmbH\nAlle Besucher anzeigen'],
  ])('refuses %s as no invitation', (_label, text) => {
    expect(refusedAs(text)).toBe(NOT_AN_INVITATION);
    const slack = parseSlackCommandText(text);
    expect(slack.ok ? slack.invitation.name : slack.reason).toBe(NOT_AN_INVITATION);
  });

  it('refuses a conversation copied from Messaging as a message', () => {
    const message = refusedAs('Sofia Rossi sent you a message\n\nSofia Rossi\nHi Sam');
    expect(refusedAs('Messaging\nHenrik Dahl\nGreat seeing you at the meetup! Coffee next week?\nSent 9:02 AM')).toBe(message);
    expect(refusedAs('Messaging\nHenrik Dahl\nHi Sam, did you get my connection request? Happy to chat.\nSent Tue\nReply')).toBe(message);
  });

  it('still reads an invitation under the Messaging heading, or named in a note', () => {
    expect(invitationOf(parseInvitation('Messaging\nHenrik Dahl\nInvitation: Hi Sam, great meeting you!\nHenrik Dahl\nProduct Lead at Fjordline\nIgnore\nAccept')).name).toBe('Henrik Dahl');
    const note = 'Henrik Dahl\nProduct Lead at Fjordline\n3 mutual connections\nHi Sam, Tomás Reyes posted: a thread about you, so I am reaching out.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(note))).toMatchObject({ name: 'Henrik Dahl', company: 'Fjordline', mutualConnections: 3 });
  });

  it('reads a XING request under its page heading, with XING\'s "Bestätigen"', () => {
    const page = 'Kontaktanfragen\nJonas Weber\nVertriebsleiter bei Hafenkontor GmbH\n4 gemeinsame Kontakte\nAblehnen\nBestätigen';
    expect(invitationOf(parseInvitation(page))).toMatchObject({ name: 'Jonas Weber', headline: 'Vertriebsleiter', company: 'Hafenkontor GmbH', mutualConnections: 4, note: null });
    const app = 'Kontaktanfrage\nJonas Weber\nSteuerberater\nHallo Sam, lass uns vernetzen!\nBestätigen';
    expect(invitationOf(parseInvitation(app))).toMatchObject({ name: 'Jonas Weber', headline: 'Steuerberater', note: 'Hallo Sam, lass uns vernetzen!' });
  });

  it.each([
    ['"posted" and mentions', `${'Ana Costa posted '.repeat(6_000)}\n${'Ana vous a mentionné '.repeat(2_000)}dans`],
    ['greetings before a notification', `${'Sam, '.repeat(20_000)}Ana Costa endorsed you for X\n${'Gratulieren Sie Ana '.repeat(3_000)}`],
    ['Messaging headings', `${'Messaging\n'.repeat(8_000)}${'messaging '.repeat(2_000)}`],
  ])('is fast on 100,000 characters of %s', (_label, piece) => {
    const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000).replace(/\n/g, ' '));
    }
    // A guard against runaway patterns, not a speed figure.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: Slack bold before an invite phrase, and the app\'s speech bubble before a note (thirteenth QA set)', () => {
  it.each([
    ['bold', '*Mira Okafor* wants to connect\n_Head of Design at Lumen Health_\n3 mutual connections'],
    ['Markdown bold', '**Mira Okafor** wants to connect\nHead of Design at Lumen Health\n3 mutual connections'],
    ['italics', '_Mira Okafor_ wants to connect with you\nHead of Design at Lumen Health\n3 mutual connections'],
  ])('reads a name in %s before "wants to connect"', (_label, text) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse(text))).toMatchObject({ name: 'Mira Okafor', headline: 'Head of Design', company: 'Lumen Health', mutualConnections: 3 });
    }
  });

  it('leaves a one-word bold heading as it was', () => {
    expect(invitationOf(parseInvitation('*Reason* given below\nMira Okafor\nHead of Design at Lumen Health\n3 mutual connections')).name).toBe('Mira Okafor');
  });

  it('reads a note after a speech bubble without it', () => {
    const text = 'Mira Okafor\nHead of Design at Lumen Health\n💬 Hi Sam! Loved your talk on design systems, would be great to connect.\n3 mutual connections\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ mutualConnections: 3, note: 'Hi Sam! Loved your talk on design systems, would be great to connect.' });
    const quoted = 'Mira Okafor\nHead of Design at Lumen Health\n🗨️ Hi Sam, let us connect.\nIgnore\nAccept';
    expect(invitationOf(parseInvitation(quoted)).note).toBe('Hi Sam, let us connect.');
  });

  it.each([
    ['bold runs', `${'*Ana Costa '.repeat(10_000)}* wants\n${'_a b_ '.repeat(5_000)}`],
    ['speech bubbles', `${'💬 '.repeat(30_000)}\n${'💬 a\n'.repeat(3_000)}`],
  ])('is fast on 100,000 characters of %s', (_label, piece) => {
    const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000).replace(/\n/g, ' '));
    }
    // A guard against runaway patterns, not a speed figure.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: a one-line headline with a bar of its own (thirteenth QA set)', () => {
  it('reads the headline over two fields when the count comes a field late', () => {
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse('Lena Berg | Head of Data at Fjordline | Keynote speaker | 9 mutual | https://www.linkedin.com/in/lenaberg'))).toEqual({
        name: 'Lena Berg',
        headline: 'Head of Data at Fjordline | Keynote speaker',
        company: 'Fjordline',
        mutualConnections: 9,
        profileUrl: 'https://www.linkedin.com/in/lenaberg',
        note: null,
      });
    }
    expect(invitationOf(parseInvitation('Lena Berg | Head of Data at Fjordline | Keynote speaker | 9 mutual | Hi Sam, great talk today.'))).toMatchObject({ mutualConnections: 9, note: 'Hi Sam, great talk today.' });
  });

  it('leaves the fields as they are when the count is in its place, or the third field is a sentence', () => {
    expect(invitationOf(parseInvitation('Lena Berg | Head of Data at Fjordline | 9 mutual | https://www.linkedin.com/in/lenaberg | Hello'))).toMatchObject({ headline: 'Head of Data', mutualConnections: 9, note: 'Hello' });
    expect(invitationOf(parseInvitation('Lena Berg | Head of Data at Fjordline | I loved your talk. | 9 mutual')).headline).toBe('Head of Data');
  });
});

describe('parseInvitation: a one-line headline with a bar of its own, left alone (thirteenth QA set)', () => {
  it('does not join a name in the headline\'s place to the headline after it', () => {
    expect(invitationOf(parseInvitation('Sam | Lena Berg | Head of Data at Fjordline | 9 mutual')).headline).toBe('Lena Berg');
  });
});

describe('parseInvitation: a hurried "Name from Company" (thirteenth QA set)', () => {
  it.each([
    ['Leon Hartley from Quarrybank', 'Leon Hartley', 'Quarrybank'],
    ['ines moura from talkdesk', 'ines moura', 'talkdesk'],
    ['Leon Hartley from Quarrybank Capital.', 'Leon Hartley', 'Quarrybank Capital'],
  ])('reads "%s" as the name and the company', (text, name, company) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse(text))).toEqual({ name, headline: null, company, mutualConnections: null, profileUrl: null, note: null });
    }
  });

  it.each(['hello again from berlin', 'Greetings from Lisbon', 'Head of Sales from Acme', 'We got a request from someone at Acme'])('reads no name in "%s"', (text) => {
    expect(parseInvitation(text).ok).toBe(false);
  });

  it('is fast on 100,000 characters of "from"', () => {
    const pieces = [`${'Ana Costa from '.repeat(7_000)}`, `${'a from '.repeat(15_000)}`, `Ana Costa from ${'b'.repeat(99_000)}`];
    const started = performance.now();
    for (const piece of pieces) {
      const text = piece.slice(0, 100_000);
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 120));
    }
    // A guard against runaway patterns, not a speed figure.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: a name in lower case that the profile address spells (thirteenth QA set)', () => {
  it('reads the name, headline, profile and a labelled note with no count', () => {
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse("linkedin.com/in/ravi-menon  ravi menon, head of growth at tallyho. note: 'hey sam, saw your demo day pitch'"))).toEqual({
        name: 'ravi menon',
        headline: 'head of growth',
        company: 'tallyho',
        mutualConnections: null,
        profileUrl: 'https://www.linkedin.com/in/ravi-menon',
        note: 'hey sam, saw your demo day pitch',
      });
    }
    expect(invitationOf(parseInvitation('ravi menon, head of growth at tallyho, https://www.xing.com/profile/Ravi_Menon2')).name).toBe('ravi menon');
  });

  it('reads no name when the address is someone else\'s, or there is none', () => {
    expect(parseInvitation('linkedin.com/in/lena-berg ravi menon, head of growth at tallyho').ok).toBe(false);
    expect(parseInvitation('ravi menon, head of growth at tallyho').ok).toBe(false);
  });

  it('is fast on 100,000 characters of a lower-case name over long profile addresses', () => {
    const pieces = [`ana lima\nhead of data at x\nlinkedin.com/in/${'a-'.repeat(50_000)}`, `ana lima, cto at x, ${'linkedin.com/in/ana-'.repeat(5_000)}`];
    const started = performance.now();
    for (const piece of pieces) {
      const text = piece.slice(0, 100_000);
      parseInvitation(text);
      parseSlackCommandText(text);
    }
    // A guard against runaway patterns, not a speed figure.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: a note signed with the name and a title above the card (thirteenth QA set)', () => {
  it('reads the headline under the card\'s name, not the signature\'s title, and keeps the note', () => {
    const text = [
      'From: LinkedIn <invitations@linkedin.com>',
      'Subject: Tomasz Nowicki wants to connect',
      '',
      'Hello Sam,',
      'We are choosing a payroll tool for next year and I would value your view.',
      'Kind regards,',
      'Tomasz Nowicki',
      'Finance Director, Wisła Foods',
      '',
      'Tomasz Nowicki',
      'Finance Director at Wisła Foods',
      'Kraków, Poland',
      '5 mutual connections',
      'Accept',
    ].join('\n');
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse(text))).toMatchObject({
        name: 'Tomasz Nowicki',
        headline: 'Finance Director',
        company: 'Wisła Foods',
        mutualConnections: 5,
        note: 'Hello Sam,\nWe are choosing a payroll tool for next year and I would value your view.\nKind regards,',
      });
    }
  });

  it('reads the signature as the card when the name does not come again', () => {
    const text = 'Hello Sam,\nWe are choosing a payroll tool for next year.\nKind regards,\nTomasz Nowicki\nFinance Director at Wisła Foods\n5 mutual connections\nAccept';
    expect(invitationOf(parseInvitation(text))).toMatchObject({ name: 'Tomasz Nowicki', headline: 'Finance Director', company: 'Wisła Foods' });
  });
});

describe('splitHeadline: an institution with its campus after a comma (thirteenth QA set)', () => {
  it.each([
    ['Student at University of Wisconsin, Madison', 'Student', 'University of Wisconsin, Madison'],
    ['Research Fellow at National Institute of Design, Ahmedabad', 'Research Fellow', 'National Institute of Design, Ahmedabad'],
  ])('reads "%s" as a role and an institution with its campus', (line, headline, company) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
  });

  it.each([
    ['Engineer at Rivet Labs, Madison', 'Rivet Labs'],
    ['Lecturer at University of Leeds, School of Law', 'University of Leeds'],
    ['Student at University of Wisconsin, Madison | Robotics', 'University of Wisconsin'],
  ])('still ends the company at the comma in "%s"', (line, company) => {
    expect(splitHeadline(line)).toEqual({ headline: line, company });
  });

  it('is fast on 100,000 characters of institutions and commas', () => {
    const pieces = [`Student at ${'University of X '.repeat(6_000)}, Madison`, `Student at University of X${', Madison'.repeat(11_000)}`];
    const started = performance.now();
    for (const piece of pieces) {
      const text = piece.slice(0, 100_000);
      splitHeadline(text);
      parseInvitation(`Ana Costa\n${text}\n3 mutual connections`);
      parseSlackCommandText(`Ana Costa | ${text} | 3 mutual`);
    }
    // A guard against runaway patterns, not a speed figure.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: the forwarder\'s question after the count on a typed line (thirteenth QA set)', () => {
  it.each(['looks spammy??', 'anyone know her?', 'thoughts?', 'should I accept?', 'legit?'])('does not take "%s" for the note', (question) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse(`Rosa Lindqvist — Head of Growth at Norrsken — 2 mutual — ${question}`))).toMatchObject({ name: 'Rosa Lindqvist', company: 'Norrsken', mutualConnections: 2, note: null });
    }
    expect(invitationOf(parseInvitation(`Rosa Lindqvist, Head of Growth at Norrsken, 2 mutual, ${question}`)).note).toBeNull();
  });

  it.each(['Can we connect?', 'Open to a chat?', 'Coffee next week?'])('keeps the inviter\'s question "%s" as the note', (question) => {
    expect(invitationOf(parseInvitation(`Rosa Lindqvist, Head of Growth at Norrsken, 2 mutual, ${question}`)).note).toBe(question);
  });
});

describe('parseInvitation: sentences that look like "name from company" or a company after "w" (thirteenth QA set)', () => {
  it.each(['make money from home', 'could benefit from our product', 'a line from their note'])('reads no name in "%s"', (text) => {
    expect(parseInvitation(text).ok).toBe(false);
  });

  it('reads no company after the Polish "w" in a sentence', () => {
    expect(splitHeadline('pracowaliśmy razem w Allegro').company).toBeNull();
    expect(parseInvitation('Cześć Sam, pracowaliśmy razem w Allegro - dzięki za rozmowę!').ok).toBe(false);
  });

  it('leaves a bold label as it was', () => {
    const read = parseInvitation('*Your focus:* none yet.');
    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.found.note).toBe('*Your focus:* none yet.');
  });
});

describe('parseInvitation: a Slack profile link labelled with the name (fourteenth QA set)', () => {
  const link = '<https://www.linkedin.com/in/greta-lindqvist-ux|Greta Lindqvist>';
  const greta = { name: 'Greta Lindqvist', headline: 'Design Director', company: 'Klarna', mutualConnections: 19, profileUrl: 'https://www.linkedin.com/in/greta-lindqvist-ux' };

  it('reads the label as the name in the one-line form, as Slack sends the link', () => {
    expect(invitationOf(parseSlackCommandText(`${link} | Design Director at Klarna | 19 mutual`))).toMatchObject(greta);
  });

  it.each([
    ['dashes', `${link} - Design Director at Klarna - 19 mutual`],
    ['bars', `${link} | Design Director at Klarna | 19 mutual`],
  ])('reads the link\'s markup pasted as text, with %s', (_label, text) => {
    expect(invitationOf(parseInvitation(text))).toMatchObject(greta);
    // Typed into Slack as it stands, the angle brackets come escaped.
    expect(invitationOf(parseSlackCommandText(text.replace(/</g, '&lt;').replace(/>/g, '&gt;')))).toMatchObject(greta);
  });

  it('is fast on 100,000 characters of labelled links', () => {
    const text = `<https://x.linkedin.com/in/a|${'Ana Costa '.repeat(9)}${'| <https://x.linkedin.com/in/a|b '.repeat(4_000)}`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseSlackCommandText(text.replace(/</g, '&lt;'));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: typed lines in a hurry (fourteenth QA set)', () => {
  it.each([
    ['"mutals" after a lead-in, with "no note"', 'just got an invite from Yasmin Haddad, growth lead at Anghami, 8 mutals, no note', { name: 'Yasmin Haddad', headline: 'growth lead', company: 'Anghami', mutualConnections: 8, note: null }],
    ['"mutals"', 'Hugo Lambert - SRE at OVHcloud - 5 mutals', { name: 'Hugo Lambert', headline: 'SRE', mutualConnections: 5 }],
    ['a Portuguese "na" after "CTO", with the count in words', 'Guilherme Tavares | CTO na Loggi | twelve mutual connections', { name: 'Guilherme Tavares', headline: 'CTO', company: 'Loggi', mutualConnections: 12 }],
    ['the card\'s "Maria Popescu and 12 others" for the count', 'Bogdan Ionescu | Backend Engineer at UiPath | Maria Popescu and 12 others', { name: 'Bogdan Ionescu', headline: 'Backend Engineer', company: 'UiPath', mutualConnections: 13 }],
    ['a Portuguese "no" after "CEO"', 'Marina Alves, CEO no Nubank, 3 mutual', { name: 'Marina Alves', headline: 'CEO', company: 'Nubank', mutualConnections: 3 }],
  ])('reads %s', (_label, text, expected) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject(expected);
  });

  it('reads no count from lower-case words before "and 2 others"', () => {
    expect(invitationOf(parseInvitation('Bogdan Ionescu | Backend Engineer at UiPath | me and 2 others')).mutualConnections).toBeNull();
  });

  it('reads no company after "no" in English', () => {
    expect(splitHeadline('CTO no more').company).toBeNull();
  });

  it.each([
    ['with only a space', 'wen jie lim, swe @ shopee, 4 mutual, linkedin.com/in/wenjie-lim thoughts?'],
    ['after a comma', 'Wen Jie Lim, SWE at Shopee, 4 mutual, linkedin.com/in/wenjie-lim, thoughts?'],
    ['after a dash', 'Wen Jie Lim - SWE at Shopee - 4 mutual - linkedin.com/in/wenjie-lim - thoughts?'],
  ])('reads the profile and leaves out the forwarder\'s question after it, %s', (_label, text) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ mutualConnections: 4, profileUrl: 'https://www.linkedin.com/in/wenjie-lim', note: null });
  });

  it('keeps the inviter\'s question after the profile as the note', () => {
    expect(invitationOf(parseInvitation('Wen Jie Lim, SWE at Shopee, 4 mutual, linkedin.com/in/wenjie-lim, Can we connect?')).note).toBe('Can we connect?');
  });

  it.each([
    ['Ahmed Farouk, Engineering Manager, Payments at Swvl, 5 mutual', 'Engineering Manager, Payments', 'Swvl'],
    ['Ahmed Farouk, Head of Sales, EMEA @ Swvl, 5 mutual', 'Head of Sales, EMEA', 'Swvl'],
  ])('reads the team after the title on "%s"', (text, headline, company) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Ahmed Farouk', headline, company, mutualConnections: 5 });
  });

  it('keeps a second role at another company apart', () => {
    expect(invitationOf(parseInvitation('Ahmed Farouk, Engineering Manager, Mentor at Swvl, 5 mutual'))).toMatchObject({ name: 'Ahmed Farouk', mutualConnections: 5 });
    expect(invitationOf(parseInvitation('Ahmed Farouk, Engineering Manager, Mentor at Swvl, 5 mutual')).headline).not.toBe('Engineering Manager, Mentor');
  });

  it('is fast on 100,000 characters of teams after titles', () => {
    const text = `Ana Costa, ${'Engineering Manager, Payments Payments '.repeat(3_000)} at X, 5 mutual`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(`Ana Costa, ${'Engineer, Payments at X, '.repeat(2_000)}`.slice(0, 20_000));
      parseInvitation(`Ana Costa, CTO, ${'a'.repeat(19)}${' b'.repeat(5_000)} at X, 5 mutual`);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it.each([
    ['name: Pieter Smit headlne: sales engineer at Bunq mutual: 2 note: none', { name: 'Pieter Smit', headline: 'sales engineer', company: 'Bunq', mutualConnections: 2, note: null }],
    ['name: Pieter Smit role: sales engineer comapny: Bunq mutal: 2', { name: 'Pieter Smit', company: 'Bunq', mutualConnections: 2 }],
  ])('reads labels run together with one misspelt: "%s"', (text, expected) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject(expected);
  });

  it('is fast on 100,000 characters of words before colons', () => {
    const text = `name: Ana Costa ${'headlne: headlnes: '.repeat(5_000)}`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 600));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it.each([
    ['invite from maximilian huber head of it at obi 6 mutual', { name: 'maximilian huber', headline: 'head of it', company: 'obi', mutualConnections: 6 }],
    ['Invite from Maximilian Huber Head of IT at OBI 6 mutual', { name: 'Maximilian Huber', headline: 'Head of IT', company: 'OBI', mutualConnections: 6 }],
  ])('reads "%s", typed with a lead-in and no separator', (text, expected) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject(expected);
  });

  it('reads no name from three words before the title after a lead-in', () => {
    expect(parseInvitation('invite from mary ann smith head of it at obi 6 mutual').ok).toBe(false);
  });

  it.each([
    ["Invite from Liam O'Sullivan from Workhuman, says he's a Talent Acquisition Partner", { name: "Liam O'Sullivan", headline: 'Talent Acquisition Partner', company: 'Workhuman', note: null }],
    ["Invite from Liam O'Sullivan from Workhuman", { name: "Liam O'Sullivan", headline: null, company: 'Workhuman' }],
  ])('reads "%s", the company after "from"', (text, expected) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject(expected);
  });

  it('is fast on 100,000 characters of what the forwarder was told', () => {
    const text = `Invite from Ana Costa from X${', says she is a'.repeat(7_000)}`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(`Invite from Ana Costa from X, says she's a${' b'.repeat(60)},`);
      parseInvitation(`Invite from Ana Costa from X, says she's a ${'b.'.repeat(40)}`);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('keeps "manuals" after a number as it was', () => {
    expect(invitationOf(parseInvitation('Hugo Lambert, SRE at OVHcloud, 5 manuals')).mutualConnections).toBeNull();
  });
});

describe('parseInvitation: labels in other languages (fourteenth QA set)', () => {
  it.each([
    ['German', 'Name: Friederike Albers\nPosition: Projektleiterin bei Deutsche Bahn\nGemeinsame Kontakte: 5\nNachricht: Hallo Dana, wir sprechen nächste Woche über das Pilotprojekt, lass uns vernetzen.', { name: 'Friederike Albers', company: 'Deutsche Bahn', mutualConnections: 5, note: 'Hallo Dana, wir sprechen nächste Woche über das Pilotprojekt, lass uns vernetzen.' }],
    ['Portuguese', 'Nome: Larissa Menezes\nCargo: Analista de Marketing na Hotmart\nConexões em comum: 4', { name: 'Larissa Menezes', headline: 'Analista de Marketing', company: 'Hotmart', mutualConnections: 4 }],
    ['Spanish', 'Nombre: Diego Fernández\nPuesto: Director Comercial en Cabify\nContactos en común: 12\nMensaje: Hola Sam, encantado.', { name: 'Diego Fernández', company: 'Cabify', mutualConnections: 12, note: 'Hola Sam, encantado.' }],
    ['Dutch', 'Naam: Sanne de Jong\nFunctie: Recruiter bij Adyen\nGemeenschappelijke connecties: 4', { name: 'Sanne de Jong', headline: 'Recruiter', company: 'Adyen', mutualConnections: 4 }],
  ])('reads %s labels', (_label, text, expected) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject(expected);
  });

  it.each([
    ['Bram de Jong en 2 anderen zijn gemeenschappelijke connecties', 3],
    ['Bram de Jong en 2 andere gemeenschappelijke connecties', 3],
    ['Max Müller und 4 weitere sind gemeinsame Kontakte', 5],
    ['Bram de Jong en Eva Smit zijn gemeenschappelijke connecties', 2],
  ])('counts "%s" as %i', (line, count) => {
    expect(invitationOf(parseInvitation(`Lotte Hendriks\nMarketingmanager bij Rabobank\n${line}\nNegeren\nAccepteren`)).mutualConnections).toBe(count);
  });

  it('is fast on 100,000 characters of labelled counts', () => {
    // Lines short enough to be read (a longer line is never matched), and one long line.
    const piece = `Nome: Ana Costa\nconexões em comum:${' 1'.repeat(120)}\n${'gemeinsame kontakte :'.repeat(12)}\nAna en${' 2 anderen zijn'.repeat(18)}\n${'en 2 andere '.repeat(24)}\n`;
    const text = `${piece.repeat(Math.ceil(60_000 / piece.length))}${'Ana en 2 anderen zijn '.repeat(2_000)}`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000).replace(/\n/g, ' '));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: web pages and e-mails (fourteenth QA set)', () => {
  it('reads no headline from the place under a digest\'s first card, nor the next card\'s name', () => {
    const text = 'Anouk Peeters and 3 others want to connect with you\nAnouk Peeters\nAntwerp, Belgium\n8 mutual connections\nAccept\nBram Claes\nProduct Owner at Proximus\nAccept\nSee all invitations';
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Anouk Peeters', headline: null, company: null, mutualConnections: 8 });
  });

  it.each([
    ['Head of Sales, Germany', 'Head of Sales, Germany'],
    ['Founder, Acme', 'Founder, Acme'],
  ])('keeps "%s" as the headline', (line, headline) => {
    expect(invitationOf(parseInvitation(`Anouk Peeters\n${line}\n8 mutual connections`)).headline).toBe(headline);
  });

  it('reads a note that opens with the Portuguese "Oi", cut short by "see more"', () => {
    const text = 'Priscila Andrade\nHead of Customer Experience at Nubank\n3w\nOi Dana! Vi sua palestra no RD Summit e adoraria trocar ideias sobre atendimento… see more\n12 mutual connections\nIgnore\nAccept';
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Priscila Andrade', company: 'Nubank', mutualConnections: 12, note: 'Oi Dana! Vi sua palestra no RD Summit e adoraria trocar ideias sobre atendimento…' });
  });

  it('still reads "Oi" as a name\'s word before a capitalised one', () => {
    expect(invitationOf(parseInvitation('Oi Lin Tan\nData Engineer at Acme\n3 mutual connections')).name).toBe('Oi Lin Tan');
  });

  it.each([
    ['Spanish', 'Invitaciones\nValentina Ospina\nLíder de Talento Humano en\nRappi\nBogotá · hace 4 d\n5 contactos en común\nIgnorar\nAceptar', { name: 'Valentina Ospina', headline: 'Líder de Talento Humano', company: 'Rappi', mutualConnections: 5 }],
    ['German', 'Jana Keller\nTeamleiterin Vertrieb bei\nPersonio\n5 gemeinsame Kontakte', { name: 'Jana Keller', headline: 'Teamleiterin Vertrieb', company: 'Personio', mutualConnections: 5 }],
  ])('reads a %s headline wrapped after its "at"', (_label, text, expected) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject(expected);
  });

  it.each(['Roubaix · 1 sem.', 'Lyon · 3 j.'])('reads no note from the phone\'s place and when, "%s"', (line) => {
    const text = `Invitations\nMathilde Giraud-Leclerc\nIngénieure DevOps chez OVHcloud\n${line}\n1 relation en commun\nIgnorer\nAccepter`;
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Mathilde Giraud-Leclerc', company: 'OVHcloud', mutualConnections: 1, note: null });
  });

  it('is fast on 100,000 characters of places and whens', () => {
    const piece = `Ana Costa\nCTO at X\n${'Roubaix '.repeat(10)}· 1 sem\n${'a'.repeat(79)}· 12 ·\n`;
    const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('reads the company under the title before a place with commas', () => {
    const text = 'Invitations\nVikram Sethi\nHead of Procurement\nTata Consumer Products · Mumbai, Maharashtra, India\nVikram Sethi sent you an invitation\n6 mutual connections\nIgnore\nAccept';
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Vikram Sethi', headline: 'Head of Procurement', company: 'Tata Consumer Products', mutualConnections: 6, note: null });
  });

  it.each(['Berlin · San Francisco Bay Area', 'Acme · Berlin'])('reads no company from "%s" under the title outside Sales Navigator', (line) => {
    expect(invitationOf(parseInvitation(`Vikram Sethi\nHead of Procurement\n${line}\n6 mutual connections`)).company).toBeNull();
  });

  it.each([
    ['its name once', 'Femke Jansen\nUX Research Lead at Mollie\nFemke is inviting you to connect\n9 mutual connections\nIgnore\nAccept', 9],
    ['its name twice, first of two cards', 'Invitations (2)\nShow all\nFemke Jansen\nFemke Jansen\nUX Research Lead at Mollie\nFemke is inviting you to connect\nJoris de Wit and 9 other mutual connections\nIgnore\nAccept\nWojciech Kaczmarek\nWojciech Kaczmarek\nAndroid Developer at Brainly\nAgata Nowak is a mutual connection\nIgnore\nAccept', 10],
  ])('reads the full name above "Femke is inviting you to connect", with %s', (_label, text, count) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Femke Jansen', headline: 'UX Research Lead', company: 'Mollie', mutualConnections: count });
  });

  it.each([
    ['Associate at Cravath, Swaine & Moore LLP', 'Associate', 'Cravath, Swaine & Moore LLP'],
    ['Partner at Skadden, Arps, Slate, Meagher & Flom LLP', 'Partner', 'Skadden, Arps, Slate, Meagher & Flom LLP'],
    ['Head of Data at Acme, Berlin & Munich', 'Head of Data at Acme, Berlin & Munich', 'Acme'],
    ['Student at University of Arts & Design, London', 'Student', 'University of Arts & Design, London'],
  ])('splits "%s" where a partners\' firm keeps its commas', (line, headline, company) => {
    expect(splitHeadline(line)).toEqual({ headline, company });
  });

  it('is fast on 100,000 characters of partners\' names', () => {
    const piece = `Ana Costa\nAssociate at ${'Cravath, '.repeat(30)}& Moore\nAssociate at Cravath${', Swaine'.repeat(7)} & Moore LLC X\n`;
    const text = `${piece.repeat(Math.ceil(80_000 / piece.length))}${'at Acme, Swaine & '.repeat(2_000)}`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000).replace(/\n/g, ' '));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it.each([
    'Thiago Nascimento convidou você para se conectar',
    'Thiago Nascimento te convidou para se conectar',
    'Thiago Nascimento te ha invitado a conectar',
    'Thiago Nascimento hat Sie eingeladen',
    'Thiago Nascimento heeft je uitgenodigd',
  ])('reads "%s" under the card as the invitation\'s line, not the note', (line) => {
    const text = `Convites (1)\nRecebidos\nThiago Nascimento\nDesenvolvedor Full Stack no Mercado Livre\n${line}\n8 conexões em comum\nIgnorar\nAceitar`;
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Thiago Nascimento', company: 'Mercado Livre', mutualConnections: 8, note: null });
  });

  it('leaves the button "Reply to Mei Lin" out of the note', () => {
    const text = 'Invitations (4)\nReceived\nSent\nMei Lin Tan’s profile picture\nMei Lin Tan\nRegional Operations Director at Grab | Ex-McKinsey\nInvited you · 3 days ago\nHi Dana, I lead ops for Grab in Malaysia.\nReply to Mei Lin\nAlvin Goh and 5 other mutual connections\nIgnore\nAccept';
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name: 'Mei Lin Tan', company: 'Grab', mutualConnections: 6, note: 'Hi Dana, I lead ops for Grab in Malaysia.' });
  });
});

describe('parseInvitation: share sheets (fourteenth QA set)', () => {
  it.each([
    ['German', 'Sehen Sie sich das Profil von Jörg Pfeiffer auf LinkedIn an https://de.linkedin.com/in/joerg-pfeiffer-b2?utm_source=share&utm_medium=member_ios', 'Jörg Pfeiffer', 'https://www.linkedin.com/in/joerg-pfeiffer-b2'],
    ['French', 'Découvrez le profil de Margaux Lefèvre sur LinkedIn https://fr.linkedin.com/in/margaux-lefevre', 'Margaux Lefèvre', 'https://www.linkedin.com/in/margaux-lefevre'],
    ['Portuguese', 'Veja o perfil de Ana Beatriz Souza no LinkedIn https://br.linkedin.com/in/anabsouza', 'Ana Beatriz Souza', 'https://www.linkedin.com/in/anabsouza'],
  ])('reads the %s share of a profile', (_label, text, name, profileUrl) => {
    for (const parse of [parseInvitation, parseSlackCommandText]) expect(invitationOf(parse(text))).toMatchObject({ name, profileUrl, note: null });
  });

  it('reads the line typed under a shared profile, with its count', () => {
    const text = "https://www.linkedin.com/in/claudia-reyes-mx?utm_source=share&utm_medium=member_android\nClaudia Reyes sent me an invite, 5 mutual, says she's a recruiter at Kavak";
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse(text))).toMatchObject({ name: 'Claudia Reyes', headline: 'recruiter', company: 'Kavak', mutualConnections: 5, profileUrl: 'https://www.linkedin.com/in/claudia-reyes-mx', note: null });
    }
  });

  it('reads "says she\'s a …" on a typed line as the headline without those words', () => {
    expect(invitationOf(parseInvitation("Claudia Reyes, 5 mutual, says she's a recruiter at Kavak"))).toMatchObject({ headline: 'recruiter', company: 'Kavak' });
  });

  it('is fast on 100,000 characters of what the forwarder says', () => {
    const text = `https://www.linkedin.com/in/a\nAna Costa sent me an invite, 5 mutual, says she${' '.repeat(50_000)}${"'s a ".repeat(5_000)}`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('is fast on 100,000 characters of shared profiles', () => {
    const piece = `Ana\nSehen Sie sich das Profil von ${'Ana '.repeat(60)}https://de.linkedin.com/in/a\n`;
    const text = `${piece.repeat(Math.ceil(60_000 / piece.length))}${'veja o perfil de a '.repeat(2_000)}`.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(-20_000).replace(/\n/g, ' '));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: Slack\'s forwarded message (fourteenth QA set)', () => {
  it('reads the invitation under the header "Today at 9:03 AM", not the teammate who posted it', () => {
    const text = 'Forwarded message\nMarcus Bell\nToday at 9:03 AM\nCan anyone vouch for this person?\nAnneke Bosma\nRecruiter bij Booking.com\nAmsterdam\n2 gemeenschappelijke connecties\nAccepteren\nNegeren';
    for (const parse of [parseInvitation, parseSlackCommandText]) {
      expect(invitationOf(parse(text))).toMatchObject({ name: 'Anneke Bosma', headline: 'Recruiter', company: 'Booking.com', mutualConnections: 2, note: null });
    }
  });

  it('is fast on 100,000 characters of headers', () => {
    const piece = `Forwarded message\nAna Costa\nToday ${'at '.repeat(30)}9:03 AM\nyesterday at${' '.repeat(100)}\n`;
    const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('parseInvitation: a typed "Name, phrase" line keeps the name (s35)', () => {
  const parses = [parseInvitation, parseSlackCommandText];
  const foundOf = (read: ParseResult): Record<string, unknown> => (read.ok ? { readAs: read.invitation } : read.found);

  it.each([
    ['Priya Raman, hello', 'hello'],
    ['Priya Raman, says hi', 'says hi'],
    ['Priya Raman, met at KubeCon', 'met at KubeCon'],
    ['Priya Raman - met at KubeCon', 'met at KubeCon'],
    ['Priya Raman, we spoke at KubeCon', 'we spoke at KubeCon'],
    ['Priya Raman, Note: hi there', 'hi there'],
  ])('reads %j as the name and what the sender said as the note', (text, note) => {
    for (const parse of parses) {
      expect(invitationOf(parse(text))).toEqual({ name: 'Priya Raman', headline: null, company: null, mutualConnections: null, profileUrl: null, note });
    }
  });

  it('keeps the name of a line whose tail is no headline, count or note, and says so', () => {
    for (const parse of parses) {
      for (const text of ['Priya Raman, 5 manual', 'Priya Raman, thoughts?', 'Priya Raman, met']) {
        const read = parse(text);
        expect(read.ok).toBe(false);
        expect(foundOf(read)).toEqual({ name: 'Priya Raman' });
        expect(read.ok ? '' : read.reason).toMatch(/^I found the person's name/);
      }
    }
  });

  it('opens the form with a name typed in lower case and its note, as no proof of a name alone', () => {
    for (const parse of parses) {
      expect(foundOf(parse('priya raman, met at kubecon'))).toEqual({ name: 'priya raman', note: 'met at kubecon' });
      expect(foundOf(parse('priya raman, hello'))).toEqual({ name: 'priya raman', note: 'hello' });
    }
  });

  it('reads no sentence\'s first words as a name', () => {
    for (const parse of parses) {
      for (const text of ['Met her at KubeCon, nice person', 'come early, stay at the back', 'come early, we met at kubecon', 'Hi Priya Raman, hello']) {
        const read = parse(text);
        expect(read.ok ? read.invitation.name : (read.found.name ?? null)).toBeNull();
      }
    }
  });

  it('reads the forms that worked as before', () => {
    for (const parse of parses) {
      expect(invitationOf(parse('Priya Raman, CTO at Acme, 5 mutual'))).toMatchObject({ name: 'Priya Raman', headline: 'CTO', company: 'Acme', mutualConnections: 5, note: null });
      expect(invitationOf(parse('Priya Raman, recruiter'))).toMatchObject({ name: 'Priya Raman', headline: 'recruiter', company: null, note: null });
      expect(invitationOf(parse('Priya Raman, 5 mutual'))).toMatchObject({ name: 'Priya Raman', mutualConnections: 5, note: null });
      expect(invitationOf(parse('Priya Raman | 5 manual'))).toMatchObject({ name: 'Priya Raman', headline: '5 manual' });
      expect(invitationOf(parse('Priya Raman (CTO at Acme), hello'))).toMatchObject({ headline: 'CTO', company: 'Acme' });
      expect(invitationOf(parse('Priya Raman, "Hi Sam"')).note).toBe('Hi Sam');
      expect(invitationOf(parse('invite from maximilian huber head of it at obi 6 mutual'))).toMatchObject({ name: 'maximilian huber', headline: 'head of it', company: 'obi', mutualConnections: 6 });
    }
    // A count after a greeting stays out of the note it would otherwise end.
    expect(parseSlackCommandText('Priya Raman, hello there, 5 mutual')).toMatchObject({ ok: false, found: { mutualConnections: 5 } });
  });

  it.each([
    ['a tail of saying words', `Priya Raman, ${'met '.repeat(25_000)}`],
    ['names and commas', `${'Priya Raman, '.repeat(7_700)}hello`],
  ])('is fast on 100,000 characters of %s', (_label, piece) => {
    const text = piece.slice(0, 100_000);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      parseInvitation(text);
      parseSlackCommandText(text);
      parseInvitation(text.slice(0, 20_000));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
