/*
 * Builds the page's import map before any module loads, so that one application can be pointed at a
 * local dev server while the rest stay built:
 *   ?override=@cchc/planning=http://localhost:5173/planning.js   (kept in localStorage for this browser)
 *   ?override=@cchc/planning=                                     (back to the built one)
 * Only localhost URLs are accepted.
 */
(() => {
  const PREFIX = 'import-map-override:';
  const source = document.getElementById('cchc-import-map');
  const map = JSON.parse(source.textContent);
  for (const pair of new URLSearchParams(location.search).getAll('override')) {
    const at = pair.indexOf('=');
    if (at < 1) continue;
    const specifier = pair.slice(0, at);
    const url = pair.slice(at + 1);
    if (url) localStorage.setItem(PREFIX + specifier, url);
    else localStorage.removeItem(PREFIX + specifier);
  }
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (!key?.startsWith(PREFIX)) continue;
    const url = localStorage.getItem(key);
    const host = new URL(url, location.href).hostname;
    if (host === 'localhost' || host === '127.0.0.1' || host === location.hostname) {
      map.imports[key.slice(PREFIX.length)] = url;
      console.info(`import map override: ${key.slice(PREFIX.length)} → ${url}`);
    }
  }
  const script = document.createElement('script');
  script.type = 'importmap';
  script.textContent = JSON.stringify(map);
  document.currentScript.after(script);
})();
