// Entry point. Styles come from files only (no inline styles): the Content-Security-Policy
// forbids them.
// Noto Sans (the tokens' font), bundled so no font is fetched from elsewhere.
import '@fontsource-variable/noto-sans/index.css';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles.css';
import './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root');

// Wait briefly for the bundled font before the first render. Without this the text is first drawn
// in a fallback font and shifts when Noto Sans swaps in, so a tap or click at that moment can land on
// another control than the one the person aimed at. The font is served by us, so this is short; on a
// slow line the page renders anyway after the cap.
const FONT_WAIT_CAP_MS = 1_500;
await Promise.race([
  document.fonts?.load('1em "Noto Sans Variable"').catch(() => undefined),
  new Promise((resolve) => window.setTimeout(resolve, FONT_WAIT_CAP_MS)),
]);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
