// Renderer entry: mounts the app. Styles are bundled as files (the CSP allows no inline styles).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './styles/base.css';
import './styles/app.css';
import './styles/worksheet.css';
import './styles/summary.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
