import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { announceFormErrors } from './common/announce-form-errors';
import './i18n/i18n';
import './global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

announceFormErrors();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
