// Renderer entry: mounts the app. Styles are bundled as files (the CSP allows no inline styles).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { loadAppearance } from './app/appearance.ts';
import './styles/base.css';
import './styles/app.css';
import './styles/partners.css';
import './styles/worksheet.css';
import './styles/summary.css';

void loadAppearance();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
