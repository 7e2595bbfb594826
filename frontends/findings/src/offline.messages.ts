/** Words of the findings application's offline screens (namespace `findings`, key `offline`), Vietnamese first. */
export const offlineMessages = {
  vi: {},
  en: {},
};
