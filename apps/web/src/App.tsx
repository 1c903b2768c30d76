import { EditorPage } from './editor/EditorPage';
import { HomePage } from './home/HomePage';
import { useT } from './i18n';
import { PersonasPage, ViewSlot } from './shell/optional-views';
import { SkipLink } from './shell/SkipLink';
import { TopBar } from './shell/TopBar';
import { useRoute } from './shell/use-route';

/**
 * The app shell: a skip link, the top bar and, as the page's one main landmark, the screen of the
 * current hash route.
 */
export function App() {
  const route = useRoute();
  const t = useT();
  return (
    <div className="app">
      <SkipLink toMap={route.name === 'map'} />
      <TopBar route={route} />
      <main className="app-body" id="main-content" tabIndex={-1}>
        {route.name === 'home' && <HomePage />}
        {route.name === 'map' && <EditorPage id={route.id} />}
        {route.name === 'personas' && (
          <div className="page">
            <ViewSlot>
              <PersonasPage />
            </ViewSlot>
          </div>
        )}
        {route.name === 'not-found' && (
          <div className="page page-status">
            <p>{t('common.notFound')}</p>
            <a href="#/">{t('common.backToMaps')}</a>
          </div>
        )}
      </main>
    </div>
  );
}
