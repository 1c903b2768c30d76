import { EditorPage } from './editor/EditorPage';
import { HomePage } from './home/HomePage';
import { useT } from './i18n';
import { PersonasPage, ViewSlot } from './shell/optional-views';
import { TopBar } from './shell/TopBar';
import { useRoute } from './shell/use-route';

/** The app shell: top bar and the screen of the current hash route. */
export function App() {
  const route = useRoute();
  const t = useT();
  return (
    <div className="app">
      <TopBar route={route} />
      <div className="app-body">
        {route.name === 'home' && <HomePage />}
        {route.name === 'map' && <EditorPage id={route.id} />}
        {route.name === 'personas' && (
          <main className="page">
            <ViewSlot>
              <PersonasPage />
            </ViewSlot>
          </main>
        )}
        {route.name === 'not-found' && (
          <main className="page page-status">
            <p>{t('common.notFound')}</p>
            <a href="#/">{t('common.backToMaps')}</a>
          </main>
        )}
      </div>
    </div>
  );
}
