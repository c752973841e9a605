import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadSectionsWhenIdle } from './frame/sections';
import { startTheme } from './state/theme';
import { startWorkspaceSync } from './state/workspace-sync';
import './styles/tokens.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/grid.css';
import './styles/forms.css';
import './styles/dialog.css';
import './styles/catalog.css';
import './styles/calendar.css';
import './styles/window-editor.css';
import './styles/schedule.css';
import './styles/release-editor.css';
import './styles/blast.css';
import './styles/runbooks.css';
import './styles/audit.css';
import './styles/cab.css';
import './styles/dashboard.css';
import './styles/governance.css';

startTheme();
// Ask for the workspace before the first render: the host reads it while React builds the frame.
startWorkspaceSync();
const root = document.getElementById('root');
preloadSectionsWhenIdle();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
