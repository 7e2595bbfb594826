/** Words of the findings application's unit-side screens (namespace `findings`, key `unitSide`), Vietnamese first. */
export const unitSideMessages = {
  vi: {},
  en: {},
};
