// Renderer entry: asks main whether a workbook exists and is open, then mounts
// the app on that answer, so the first render is already the right screen (the
// lock screen, most days) rather than an empty one waiting for a round trip.
// Styles are bundled as files (the CSP allows no inline styles).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import type { StartStatus } from './app/App.tsx';
import { loadAppearance } from './app/appearance.ts';
import { call, mend, messageOf } from './api.ts';
import './styles/base.css';
import './styles/app.css';
import './styles/partners.css';
import './styles/exchange.css';
import './styles/worksheet.css';
import './styles/summary.css';

void loadAppearance();
call(mend().app.status({}))
  .then((status): StartStatus => ({ status }), (err: unknown): StartStatus => ({ error: messageOf(err) }))
  .then((start) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App start={start} />
      </StrictMode>,
    ),
  );
