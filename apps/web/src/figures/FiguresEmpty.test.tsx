import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@waymark/domain';
import { I18nContext } from '../i18n/I18nProvider';
import { translate } from '../i18n';
import { LOCALES } from '../i18n/locales';
import { EVENTS_IMPORT_COMMAND, FiguresEmpty } from './FiguresEmpty';

/** The empty state's text as rendered in `locale`. */
function renderIn(locale: Locale): string {
  return renderToStaticMarkup(
    <I18nContext.Provider
      value={{
        locale,
        dir: locale === 'fa' ? 'rtl' : 'ltr',
        setLocale: () => undefined,
        t: (key, vars) => translate(locale, key, vars),
      }}
    >
      <FiguresEmpty />
    </I18nContext.Provider>,
  );
}

describe('figures empty state', () => {
  it('names the real events import command in every UI language', () => {
    // The CLI's command is `waymark events import <file>` (apps/cli events.ts; its test checks the usage).
    expect(EVENTS_IMPORT_COMMAND).toBe('waymark events import <file>');
    for (const { code } of LOCALES) {
      const html = renderIn(code);
      expect(html, code).toContain('waymark events import &lt;file&gt;');
      expect(html, code).not.toContain('import events');
      expect(html, code).not.toContain('{command}');
    }
  });
});
