import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/App.tsx';
import { createBrowserPool } from './compute/usePool.ts';

// the workers start before the first render (App), and stop with the page (or a dev-server module reload)
const pool = createBrowserPool();
import.meta.hot?.dispose(() => pool.dispose());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App pool={pool} />
  </StrictMode>,
);
