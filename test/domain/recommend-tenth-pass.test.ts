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
