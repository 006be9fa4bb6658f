// The workspace's and explorer's catalogues (locales/*.json): every language has every string of the English source
// with the same arguments, plurals follow each language's rules, Arabic is right to left, a missing string shows in
// English with a mark, and the browser's languages pick the closest catalogue.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argsOf } from '../../../tests/support/icu';
import { LANGUAGES, MISSING_MARK, loadTranslator, makeTranslator, preferredLang, type Key } from './catalogues';
import en from './locales/en.json';

const TAGS = LANGUAGES.map((l) => l.tag);

describe('interface catalogues', () => {
  it('has a file for each of the nine languages, and each file a language in the menu', () => {
    const files = readdirSync(new URL('./locales', import.meta.url)).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...TAGS].sort());
    expect(TAGS).toEqual(['en', 'fr', 'es', 'ar', 'ru', 'zh-Hans', 'my', 'mg', 'am']);
  });

  it.each(TAGS)('%s: every string of the English source, valid ICU, with its arguments', async (tag) => {
    const { default: catalogue } = await import(`./locales/${tag}.json`);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(catalogue) as Array<[Key, string]>) {
      expect(message.trim(), `${tag} ${key}`).not.toBe('');
      expect(argsOf(message, tag), `${tag} ${key}`).toEqual(argsOf(en[key], 'en'));
    }
  });

  it('writes counts by each language’s plural rules, lists with its separator, and Arabic right to left', async () => {
    const said = async (tag: (typeof TAGS)[number], count: number) =>
      (await loadTranslator(tag)).t('sharedCount', { count });
    expect(await said('en', 1)).toBe('1 message');
    expect(await said('ru', 3)).toBe('3 сообщения');
    expect(await said('ru', 5)).toBe('5 сообщений');
    expect(await said('ru', 21)).toBe('21 сообщение');
    expect(await said('ar', 2)).toBe('رسالتان');
    expect(await said('zh-Hans', 2)).toBe('2 条信息');
    expect(await said('fr', 0)).toBe('0 message');
    expect((await loadTranslator('zh-Hans')).list(['甲', '乙'])).toBe('甲、乙');
    expect((await loadTranslator('ar')).list(['أ', 'ب'])).toBe('أ، ب');
    const directions = await Promise.all(TAGS.map(async (tag) => [tag, (await loadTranslator(tag)).dir]));
    expect(directions.filter(([, dir]) => dir === 'rtl')).toEqual([['ar', 'rtl']]);
  });

  it('shows a string a catalogue lacks in English with a mark, never blank', () => {
    const partial = makeTranslator('ru', { viewSearch: 'Поиск' });
    expect(partial.t('viewSearch')).toBe('Поиск');
    expect(partial.t('viewExplore')).toBe(`Explore${MISSING_MARK}`);
    expect(partial.t('sharedCount', { count: 2 })).toBe(`2 messages${MISSING_MARK}`);
  });

  it('picks the first of the browser’s languages it has, by language and script, else English', () => {
    expect(preferredLang(['zh-CN', 'en'])).toBe('zh-Hans');
    expect(preferredLang(['zh-TW', 'ru-RU'])).toBe('ru');
    expect(preferredLang(['ar-EG'])).toBe('ar');
    expect(preferredLang(['am-ET', 'fr'])).toBe('am');
    expect(preferredLang(['my-MM'])).toBe('my');
    expect(preferredLang(['fr-CA', 'en-GB'])).toBe('fr');
    expect(preferredLang(['pt-BR', 'xx-invalid-tag-!'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
