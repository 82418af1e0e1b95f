/**
 * The listing a pathway is held against (a reactive controller): given as a property, or
 * looked up by id (`for-listing`) through a listings backend, the latest lookup winning.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { LatestRequest } from '../../core/latest-request.ts';
import { isAbort } from '../../core/errors.ts';
import type { ListingsAdapter } from '../../core/contracts.ts';
import type { SkillRef, SkillRequirement, SkillImportance } from '../../core/models/skill.ts';
import { toRequirement } from '../../core/skills/skill-ref.ts';

/** What the pathway reads of a listing: its title and the skills it asks for. */
export interface ListingSkills {
  title?: string;
  skills: readonly (string | (SkillRef & { importance?: SkillImportance }))[];
}

export interface HeldAgainst {
  title?: string;
  skills: SkillRequirement[];
}

export const heldAgainst = (listing: ListingSkills): HeldAgainst => ({
  ...(listing.title ? { title: listing.title } : {}),
  skills: (listing.skills ?? []).map(toRequirement),
});

export class ListingLookup {
  /** The listing looked up last, once it arrived. */
  found?: HeldAgainst;
  /** Why it could not be looked up. */
  problem?: string;
  private readonly request: LatestRequest;

  constructor(private readonly host: ReactiveControllerHost) {
    this.request = new LatestRequest(host);
  }

  async look(id: string | undefined, adapter: ListingsAdapter | undefined, locale: string) {
    const signal = this.request.start();
    this.found = undefined;
    this.problem = undefined;
    if (!id) return;
    if (!adapter?.getListing) {
      this.problem = msg('This page has no listings backend to look the opening up.');
      this.host.requestUpdate();
      return;
    }
    try {
      const listing = await adapter.getListing(id, { signal, locale });
      if (!this.request.isLatest(signal)) return;
      this.found = heldAgainst(listing);
    } catch (error) {
      if (isAbort(error) || !this.request.isLatest(signal)) return;
      this.problem = msg('The opening could not be looked up.');
    }
    this.host.requestUpdate();
  }
}
