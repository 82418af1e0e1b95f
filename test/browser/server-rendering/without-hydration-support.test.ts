/**
 * The check hydration.test.ts relies on, shown to fail where it must: here Lit's hydration
 * support is not loaded, so each element renders its shadow root a second time beside the
 * server's nodes, and `sameNodes` says so. (Each test file is a page of its own, so the
 * other file's hydration support is not here.)
 */
import { expect } from '@open-wc/testing';
import { place, renderedOnServer, sameNodes } from '../../support/server-render-page.ts';

const cases = [
  ['apprentice-board', () => import('../../../packages/micropath/src/apprentice-board/define.ts')],
  ['mentor-booking', () => import('../../../packages/micropath/src/mentor-booking/define.ts')],
  ['credential-badge', () => import('../../../packages/micropath/src/credential-badge/define.ts')],
] as const;

describe('server rendering without the hydration support', () => {
  for (const [tag, define] of cases) {
    it(`<${tag}> renders again, and the node comparison tells`, async () => {
      const holder = place((await renderedOnServer(tag)).html);
      const el = holder.querySelector(tag)! as HTMLElement & { updateComplete: Promise<boolean> };
      const root = el.shadowRoot!;
      const serverNodes = [...root.childNodes];
      expect(serverNodes.length).to.be.greaterThan(0);
      await define();
      await el.updateComplete;
      expect(sameNodes(serverNodes, [...root.childNodes])).to.not.equal('the same nodes');
      holder.remove();
    });
  }
});
