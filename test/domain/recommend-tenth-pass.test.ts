import { describe, expect, it } from 'vitest';
import { analyseNote, evaluateInvitation, findSpam, findSpamPhraseByPhrase } from '../../src/domain/recommend.js';

// What the tenth QA pass of the weighing found: notes in Chinese, Japanese, Korean, Arabic and a
// few more words of Italian, Polish and Swedish, and scams and pitches worded outside the lists.
const base = { name: 'Ana Costa', headline: 'Data Engineer', company: 'Acme', profileUrl: 'https://www.linkedin.com/in/ana-costa' };
const weigh = (note: string, mutualConnections: number | null = 1) => evaluateInvitation({ ...base, mutualConnections, note });

describe('a note in Chinese or Japanese is read as words, not as one (tenth pass)', () => {
  it.each([
    'Sam你好，我们上周在QCon上海聊过可观测性，很高兴认识你！',
    '您好，我在阿里云做数据平台，一直在看您写的关于数据湖的文章，希望能多交流。',
    'Samさん、データ基盤の運用についていつも投稿を読んでいます。今後ともよろしくお願いします。',
  ])('is no template: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('generic');
  });

  it.each(['你好！', '很高兴认识你', 'よろしくお願いします'])('a pleasantry alone still is: %j', (note) => {
    expect(analyseNote(note).kind).toBe('generic');
  });
});

describe('met or talked, your talk, worked or studied together, in more languages (tenth pass)', () => {
  it.each([
    ['zh', 'Sam你好，我们上周在QCon上海聊过可观测性，很高兴认识你！'],
    ['ja', 'Samさん、先週のDevelopers Summitでお話しさせていただいた田中です。発表とても勉強になりました。'],
    ['ko', '안녕하세요 Sam님, 지난주 if(kakao) 컨퍼런스에서 인사드렸던 김민준입니다. 발표가 정말 인상 깊었습니다.'],
    ['ko worked', 'Sam님 안녕하세요! 네이버에서 함께 일했던 정하은입니다. 오랜만이에요!'],
    ['ar', 'مرحبا سام، التقينا في مؤتمر LEAP في الرياض الأسبوع الماضي وتحدثنا عن البنية التحتية.'],
    ['it', 'Ciao Sam! Ho seguito il tuo intervento al WeAreDevelopers di Berlino, molto utile per il mio team.'],
    ['pl', 'Cześć Sam, dzięki za pomoc z Terraformem na wczorajszym meetupie w Warszawie!'],
    ['sv', 'Hej Sam, vi gick samma utbildning på KTH för några år sedan. Roligt att se vad du gör nu!'],
    ['hi', 'Hi Sam, hum PyCon India Bangalore mein mile the, accha laga! Connect karte hain.'],
  ])('%s is personal', (_lang, note) => {
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note).recommendation).toBe('accept');
  });

  it.each([
    ['zh pleasantry', '很高兴认识你，希望以后多多交流。'],
    ['ko pleasantry', '반갑습니다! 앞으로 잘 부탁드립니다.'],
    ['ar pleasantry', 'مرحبا سام، يسعدني التواصل معك.'],
    ['pl ahead', 'Cześć Sam, do zobaczenia na meetupie w przyszłym tygodniu!'],
    ['ja ahead', 'はじめまして。データエンジニアをしています。よろしくお願いします。'],
    ['ja asked', 'はじめまして。LINEで詳しくお話ししませんか？'],
  ])('%s is not', (_lang, note) => {
    expect(analyseNote(note).kind).not.toBe('personal');
  });
});

describe('scams and pitches the tenth pass found at "maybe" 43, in English', () => {
  it.each([
    ['Great news! You are selected for our remote QA tester role. Before onboarding you need to buy the training kit ($150).', 'a job you never applied for'],
    ['Urgent hiring! $8,000 per month, start tomorrow, no interview needed. Reply YES to get started.', 'a job you never applied for'],
    ["Hi, I noticed your website has some SEO issues. I can fix it at an affordable price. Shall I send you a free report?", 'competitive rates'],
    ['Hello, I am a web developer with 8+ years of experience. I can redesign your website in WordPress or Shopify. Let me know if you need any help.', 'I can redesign your website'],
    ['Hey Sam, loved your recent post. I ghostwrite for B2B founders and could turn your ideas into 3 posts a week.', 'I ghostwrite for founders'],
    ['Hey! I create UGC videos for SaaS brands that convert. DM me for rates 🎥', 'DM me for rates'],
    ['Hi Sam, our AI SDR books qualified meetings while you sleep. Want a free 2-week pilot?', 'a free trial'],
    ['Congratulations! You have been nominated for our Top 40 Under 40 award. The winner package is €1,500 and includes a gala dinner.', 'a fee to be featured'],
    ['I help burnt-out engineering managers find their spark again. DM me if this resonates!', 'I help companies like yours'],
    ['Hello Sam, I saw your photo and you have such kind eyes. Are you single? I would like to know you better.', 'a romance opener'],
    ['Hello, we have a remote job for you. Please download Signal and message me at +44 7700 900123 for the next steps.', 'continue on Signal'],
    ['Hi Sam, I need you on a confidential video call today about an urgent acquisition. Please do not discuss this with anyone on your team yet.', 'keep it from your team'],
  ])('reads it as a mass message: %j', (note, label) => {
    expect(findSpam(note).massPhrases).toContain(label);
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });

  it.each([
    ['We have reviewed your company and approved a $2M investment. To release the funds, kindly pay the legal documentation fee of $2,000 to our attorney.', 'an advance fee'],
    ['Earn from home labelling data: $50-$120 per day. A small registration deposit of $30 activates your account.', 'make money from home'],
  ])('reads it as a scam: %j', (note, label) => {
    expect(findSpam(note).pitches).toContain(label);
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });

  it.each([
    "Hi Sam, we met at DevTalks - we are in the same speakers' Signal group, just connecting here too.",
    'Loved your talk at OWASP Lisbon on end-to-end encryption in messaging apps like Signal and Telegram.',
    'Your talk on Signal processing for audio at ADC was great, we met after.',
    'Congrats, I heard you are selected to give the keynote! See you at the summit, we met there last year.',
    'Are you single-handedly running the platform team now? Loved your talk at SREcon.',
    'Housing at an affordable price is hard in London, as we said at the meetup.',
    'Our pilot with your team went well, thanks for the call yesterday.',
    'I work from home in Lisbon these days, we met at Web Summit.',
    'Thanks for the help - the managers at Monzo loved your talk at LeadDev, we met after.',
    "Please don't share this with anyone: the surprise party for Ana is on Friday!",
    'Can you redesign your website? No idea, but your talk on design systems at Config was great.',
  ])('the look-alikes are no mass message: %j', (note) => {
    expect(findSpam(note).massPhrases).toEqual([]);
    expect(findSpam(note).pitches).toEqual([]);
  });

  it.each([
    'You are selected for our remote QA tester role.',
    'No interview needed.',
    'I can fix it at an affordable price.',
    'I can redesign your website.',
    'I ghostwrite for founders.',
    'DM me for rates.',
    'Want a free 2-week pilot?',
    'The winner package is €1,500.',
    'Are you single?',
    'Download Signal and message me.',
    'Do not discuss this with anyone on your team.',
    'Earn from home today.',
    'Kindly pay the legal documentation fee of $2,000.',
  ])('finds what reading phrase by phrase finds: %j', (text) => {
    expect(findSpam(text)).toEqual(findSpamPhraseByPhrase(text));
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    const long = (piece: string): string => piece.repeat(Math.ceil(100_000 / piece.length));
    const notes = [
      long('you are '), long('no interview '), long('affordable '), long('i can redesign your '), long('i ghostwrite '),
      long('dm me for '), long('want a free '), long('winner package '), long('are you single '), long('download signal '),
      long('do not discuss this with anyone '), long('earn from '), long('kindly pay the legal '), long('我们聊过'), long('你好'),
    ];
    for (const note of notes) {
      evaluateInvitation({ ...base, mutualConnections: null, headline: 'Crypto Fund Manager', note });
      const started = performance.now();
      evaluateInvitation({ ...base, mutualConnections: null, headline: 'Crypto Fund Manager', note });
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('scams in Turkish, Russian, Arabic, Chinese, Japanese, Korean, Polish, Hindi-English and Italian (tenth pass)', () => {
  it.each([
    ['tr', "Evden çalışarak günlük 3000 TL kazanç! Detaylar için WhatsApp'tan yazın."],
    ['tr romance', 'Merhaba canım, arkadaş olabilir miyiz?'],
    ['ru', 'Удалённая работа! Заработок от 5000 рублей в день. Пишите в Telegram.'],
    ['ar', 'استثمر معنا وحقق أرباح مضمونة ٣٠٪ شهريا في تداول العملات الرقمية. راسلني على واتساب.'],
    ['ar id', 'لدينا وظيفة في دبي براتب ٥٠٠٠ دولار. أرسل نسخة من جواز سفرك على الواتساب.'],
    ['zh', '您好，我是猎头，有一份高薪远程工作，日薪800元，请加我微信：wf_hr888。'],
    ['zh returns', '您好，我们的理财产品保证每月收益15%，稳赚不赔，有兴趣可以了解一下。'],
    ['ja', '副業で月30万円稼げる方法をお教えします。興味があればLINEで連絡ください。'],
    ['ja fx', 'はじめまして。FX投資で毎月30万円の副収入を得ています。LINEで詳しくお話ししませんか？'],
    ['ko', '고수익 보장! 코인 투자 리딩방에 초대합니다. 텔레그램으로 연락주세요.'],
    ['pl romance', 'Cześć przystojniaku, masz piękny uśmiech. Możemy się zaprzyjaźnić?'],
    ['hi romance', 'Hi, aap bahut handsome ho. Dosti karoge?'],
    ['it romance', 'Ciao caro, come stai? Sei single? Vorrei conoscerti meglio.'],
    ['it returns', "Buongiorno, ho un'opportunità di investimento con un rendimento del 20% al mese. Posso spiegarti su WhatsApp?"],
  ])('%s is ignored', (_lang, note) => {
    const spam = findSpam(note);
    expect(spam.pitches.length + spam.massPhrases.length).toBeGreaterThan(0);
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });

  it.each([
    ['tr', "Merhaba Sam, Telegram'da bot geliştiriyorum; DevFest İstanbul'da tanıştık."],
    ['ru', 'Привет, Sam! Я пишу в Telegram-канале о Kotlin, мы разом работали в JetBrains.'],
    ['uk', 'Привіт, Sam! Ми разом працювали в Grammarly. Рада тебе тут бачити!'],
    ['ar', 'مرحبا سام، التقينا في مؤتمر LEAP. أعمل على تطبيق واتساب للأعمال، وناقشنا أرباح الربع الأخير.'],
    ['zh', '我在微信团队工作，上周在QCon聊过，很高兴认识你。'],
    ['ja', 'LINEヤフーでエンジニアをしています。先週のイベントでお話ししました。'],
    ['ko', '카카오톡 팀에서 일하고 있습니다. 지난주 컨퍼런스에서 인사드렸던 김민준입니다.'],
    ['pl', 'Cześć Sam, może spotkamy się na kawie? Pracowaliśmy razem w Allegro.'],
    ['it', 'Caro Sam, abbiamo lavorato insieme da Yoox, che bello ritrovarti qui!'],
    ['it work', 'Ciao Sam, ci siamo conosciuti al meetup Python di Torino. Lavoro negli investimenti ma programmo in Python ogni giorno!'],
    ['hi', 'Bhai, hamari dosti IIT Delhi se hai, connect karo!'],
  ])('%s stays clean', (_lang, note) => {
    const spam = findSpam(note);
    expect(spam.pitches).toEqual([]);
    expect(spam.massPhrases).toEqual([]);
  });

  it.each([
    "Günlük 3000 TL kazanç. WhatsApp'tan yazın.",
    'Пишите в Telegram.',
    'راسلني على واتساب',
    '请加我微信',
    'LINEで連絡ください',
    '텔레그램으로 연락주세요',
    'Sei single?',
    'Dosti karoge?',
  ])('finds what reading phrase by phrase finds: %j', (text) => {
    expect(findSpam(text)).toEqual(findSpamPhraseByPhrase(text));
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    const long = (piece: string): string => piece.repeat(Math.ceil(100_000 / piece.length));
    const notes = [
      long('günlük 3000 '), long('whatsapp '), long('заработок 5000 '), long('пишите '), long('راسلني '), long('أرباح '),
      long('加我'), long('保证'), long('月30万円'), long('LINEで'), long('고수익 '), long('arkadaş '), long('ciao caro '),
      long('opportunità di investimento 20% '),
    ];
    for (const note of notes) {
      evaluateInvitation({ ...base, mutualConnections: null, headline: 'Crypto Fund Manager', note });
      const started = performance.now();
      evaluateInvitation({ ...base, mutualConnections: null, headline: 'Crypto Fund Manager', note });
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('a newsletter to subscribe to, and a German no-obligation offer (tenth pass)', () => {
  it.each([
    ['Hey Sam, I write a weekly newsletter on AI for engineering leaders. Subscribe free here: benrivers.substack.com', 'subscribe to my newsletter'],
    ['Subscribe to my newsletter for weekly growth hacks!', 'subscribe to my newsletter'],
    ['Guten Tag, wir bringen Ihre Website auf Seite 1 bei Google. Darf ich Ihnen ein unverbindliches Angebot schicken?', 'unverbindliches Angebot'],
  ])('reads it as a mass message: %j', (note, label) => {
    expect(findSpam(note).massPhrases).toContain(label);
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });

  it.each([
    'I subscribe to your newsletter and loved the issue on Iceberg, we met at the meetup.',
    'I just subscribe now to everything you write - great talk at KubeCon.',
    'Das Treffen beim Meetup war ganz unverbindlich und nett, danke!',
  ])('the look-alikes are no mass message: %j', (note) => {
    expect(findSpam(note).massPhrases).toEqual([]);
  });

  it.each(['Subscribe free here: x.substack.com', 'Ein unverbindliches Angebot.'])('finds what reading phrase by phrase finds: %j', (text) => {
    expect(findSpam(text)).toEqual(findSpamPhraseByPhrase(text));
  });
});
