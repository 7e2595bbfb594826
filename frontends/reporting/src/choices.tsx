import { createContext, type ReactNode, useContext, useState } from 'react';
import type { RankingGroup } from './ranking.js';

interface Choices {
  /** The indicators the monthly trend follows (null: the catalogue's first rates). */
  trend: string[] | null;
  /** The indicator units are ranked on (null: the catalogue's first). */
  ranking: string | null;
  /** Which units are ranked together (null: the territorial units when there are any). */
  rankingGroup: RankingGroup | null;
}

const ChoicesContext = createContext<[Choices, (choices: Partial<Choices>) => void] | null>(null);

/** The indicators a user chose, kept while they drill down from unit to unit. */
export function ChoicesProvider({ children }: { children: ReactNode }) {
  const [choices, setChoices] = useState<Choices>({ trend: null, ranking: null, rankingGroup: null });
  const update = (changed: Partial<Choices>) => setChoices((current) => ({ ...current, ...changed }));
  return <ChoicesContext.Provider value={[choices, update]}>{children}</ChoicesContext.Provider>;
}

export function useChoices() {
  const context = useContext(ChoicesContext);
  if (!context) throw new Error('useChoices outside ChoicesProvider');
  return context;
}
