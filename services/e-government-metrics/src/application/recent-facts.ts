import type { Fact } from './facts.js';

interface Entry {
  changes: string;
  at: number;
  facts: Promise<Fact[]>;
  /** How many facts, once computed. */
  size: number;
}

/**
 * The facts of the last few filters, kept while the figures have not changed: a BI tool reading a province's
 * communes 500 facts a page asks for the same roll-up a hundred times, and each page would otherwise compute
 * all of it again. An entry is used only if the figures' change counter has not moved since it was computed
 * (any write, on any replica); the unit registry's changes are not counted, so an entry also expires after
 * a few minutes. The entries together hold at most `maxFacts` facts (a province's communes over a year are about
 * 100,000): the oldest go first.
 */
export class RecentFacts {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly changes: () => Promise<string>,
    private readonly options = { entries: 8, maxAgeMs: 5 * 60_000, maxFacts: 300_000 },
  ) {}

  async get(key: string, compute: () => Promise<Fact[]>): Promise<Fact[]> {
    const changes = await this.changes();
    const entry = this.entries.get(key);
    if (entry && entry.changes === changes && Date.now() - entry.at < this.options.maxAgeMs) {
      // Most recently used last, so the oldest goes first.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.facts;
    }
    const facts = compute();
    const created: Entry = { changes, at: Date.now(), facts, size: 0 };
    this.entries.set(key, created);
    facts.then(
      (computed) => {
        created.size = computed.length;
        this.trim();
      },
      () => {
        if (this.entries.get(key) === created) this.entries.delete(key);
      },
    );
    this.trim();
    return facts;
  }

  /** The oldest entries out, until as many entries and facts are left as the options allow (the newest stays). */
  private trim(): void {
    const held = () => [...this.entries.values()].reduce((total, entry) => total + entry.size, 0);
    while (
      this.entries.size > 1 &&
      (this.entries.size > this.options.entries || held() > this.options.maxFacts)
    ) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
