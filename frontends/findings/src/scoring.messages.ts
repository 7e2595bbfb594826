/** Words of the findings application's scoring screens (namespace `findings`, key `scoring`), Vietnamese first. */
export const scoringMessages = {
  vi: {},
  en: {},
};
