import { BlastScreen } from './blast/BlastScreen';
import { CalendarScreen } from './calendar/CalendarScreen';
import { CatalogScreen } from './catalog/CatalogScreen';
import { DialogHost } from './catalog/DialogHost';
import { Header } from './frame/Header';
import { Navigation } from './frame/Navigation';
import { NotBuilt } from './frame/NotBuilt';
import { Notices } from './frame/Notices';
import { SECTION_INFO } from './frame/sections';
import { useGlobalShortcuts } from './frame/useGlobalShortcuts';
import { useUi } from './state/ui';

export function App() {
  useGlobalShortcuts();
  const section = useUi((s) => s.section);
  const info = SECTION_INFO.find((s) => s.id === section);

  return (
    <div className="app">
      <Header />
      <div className="app-body">
        <Navigation />
        <main className="main">
          <Notices />
          {section === 'catalog' || !info ? <CatalogScreen /> : section === 'calendar' ? <CalendarScreen /> : section === 'blast-radius' ? <BlastScreen /> : <NotBuilt section={info} />}
        </main>
      </div>
      <DialogHost />
    </div>
  );
}
