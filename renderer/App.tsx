import { Suspense } from 'react';
import { DialogHost } from './frame/DialogHost';
import { Header } from './frame/Header';
import { Navigation } from './frame/Navigation';
import { Notices } from './frame/Notices';
import { SECTION_INFO } from './frame/sections';
import { useGlobalShortcuts } from './frame/useGlobalShortcuts';
import { useUi } from './state/ui';

export function App() {
  useGlobalShortcuts();
  const section = useUi((s) => s.section);
  const info = SECTION_INFO.find((s) => s.id === section) ?? SECTION_INFO[0]!;
  const Screen = info.screen;

  return (
    <div className="app">
      <Header />
      <div className="app-body">
        <Navigation />
        <main className="main">
          <Notices />
          <Suspense fallback={<p className="loading page">Opening {info.label}…</p>}>
            <Screen section={info} />
          </Suspense>
        </main>
      </div>
      <DialogHost />
    </div>
  );
}
