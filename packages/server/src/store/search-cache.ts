/**
 * Recent search answers, kept as search engines keep them (Solr's query result cache,
 * Elasticsearch's request cache): for a query's terms, filters, length limit and sort, the
 * total, the facet counts and the first `WINDOW` listings' ids in order. Paging within the
 * window, changing pages back and forth, and every visitor who asks the same search are
 * answered from here, with the listings themselves read fresh by id.
 *
 * Answers are kept under the database's search generation (migration 011), which every write
 * to the listings' search rows advances, in this process or any other on the database: a
 * search reads the generation first, and answers of any other generation are dropped. So an
 * answer is never older than the last write the search could see.
 */
import {
  foldText,
  searchTerms,
  type FacetDimension,
  type FacetValue,
  type ListingQuery,
} from 'micropath/adapters';

/** How many listings' ids an answer keeps: the first five pages of 20. */
export const WINDOW = 100;

export interface CachedSearch {
  /** The window's ids, in order (fewer when fewer match). */
  ids: readonly string[];
  total: number;
  /** Facet values counted, before the query's own selections are added (finishFacets). */
  counted: Readonly<Record<FacetDimension, readonly FacetValue[]>>;
}

/**
 * What an answer depends on: terms (their order does not change scores), filter values as the
 * search folds them, `paid`, the length limit and the sort. The deadline sort also depends on
 * the time (a listing whose deadline passes moves to the closed ones): its answers are kept for
 * the minute they were computed in.
 */
export function searchKey(query: ListingQuery, now: number): string {
  const values = (list: readonly string[] | undefined) =>
    [...new Set((list ?? []).map(foldText))].sort();
  const sort = query.sort ?? 'relevance';
  return JSON.stringify([
    searchTerms(query.q).sort(),
    values(query.kind),
    values(query.skill),
    values(query.workplace),
    values(query.location),
    query.paid === true,
    query.maxWeeks ?? null,
    sort,
    sort === 'deadline' ? Math.floor(now / 60_000) : null,
  ]);
}

/**
 * At most `size` answers of one generation, the least recently used leaving first, and the
 * answers being computed, which a search asking for the same one meanwhile waits for. A size of
 * 0 keeps and shares nothing: every search computes its own answer.
 */
export class SearchCache {
  #generation: string | undefined;
  readonly #answers = new Map<string, CachedSearch>();
  readonly #computing = new Map<string, Promise<CachedSearch | undefined>>();

  constructor(readonly size = 500) {}

  /** The generation of the answers kept (the newest a search has seen), if any. */
  get generation(): string | undefined {
    return this.#generation;
  }

  get(generation: string, key: string): CachedSearch | undefined {
    if (generation !== this.#generation) return undefined;
    const answer = this.#answers.get(key);
    if (answer) {
      this.#answers.delete(key);
      this.#answers.set(key, answer);
    }
    return answer;
  }

  /** The answer a search is computing for `key` at `generation`; undefined if it fails. */
  computing(generation: string, key: string): Promise<CachedSearch | undefined> | undefined {
    return this.#computing.get(`${generation} ${key}`);
  }

  /** A search computes the answer for `key` at `generation`: shared meanwhile, kept when it comes. */
  compute(generation: string, key: string, answer: Promise<CachedSearch>): void {
    if (this.size <= 0) return;
    const id = `${generation} ${key}`;
    const shared = answer.then(
      ({ ids, total, counted }) => {
        const kept = { ids, total, counted };
        this.set(generation, key, kept);
        return kept;
      },
      () => undefined,
    );
    this.#computing.set(id, shared);
    void shared.then(() => this.#computing.get(id) === shared && this.#computing.delete(id));
  }

  set(generation: string, key: string, answer: CachedSearch): void {
    if (this.size <= 0) return;
    if (generation !== this.#generation) {
      // Generations only grow: an answer computed at an older one than kept is not kept.
      if (this.#generation !== undefined && BigInt(generation) < BigInt(this.#generation)) return;
      this.#answers.clear();
      this.#generation = generation;
    }
    this.#answers.delete(key);
    this.#answers.set(key, answer);
    if (this.#answers.size > this.size) this.#answers.delete(this.#answers.keys().next().value!);
  }
}
