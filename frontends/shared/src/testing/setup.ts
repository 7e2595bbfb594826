import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Ant Design measures layout through these, which happy-dom leaves out.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// (Files run under node, such as the generated-code check, have no window.)
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

/** Lets React's scheduler run what it queued (e.g. the passive effects of an unmount) while the window exists. */
const reactSettled = () => new Promise((resolve) => setTimeout(resolve, 20));

// Work React queues after a test would otherwise run once the test's window is gone, and vitest fails the run
// with "window is not defined" (a loaded machine showed it): each test's roots are unmounted and given time.
afterEach(async () => {
  cleanup();
  if (typeof document === 'undefined') return;
  // Ant Design's messages live in a root of their own, which cleanup does not unmount: closed when a test
  // showed one (antd is not loaded otherwise, so no root is made for nothing).
  if (document.querySelector('.ant-message')) {
    const { message } = await import('antd');
    message.destroy();
    for (let waited = 0; document.querySelector('.ant-message-notice') && waited < 2_000; waited += 50) {
      await reactSettled();
    }
  }
  await reactSettled();
});
