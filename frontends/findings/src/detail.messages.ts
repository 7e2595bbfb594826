/** Words of the findings application's detail screens (namespace `findings`, key `detail`), Vietnamese first. */
export const detailMessages = {
  vi: {},
  en: {},
};
