import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../packages/micropath/src/adapters/memory/memory-adapter.ts';
import { $, $$, booking, everyDay, stepTitle, text, until } from '../../support/booking-helpers.ts';

const ana = everyDay({ id: 'ana', name: 'Ana Ruiz', expertise: ['Data'], languages: ['es'] });

describe('<mentor-booking>: languages', () => {
  it('speaks Spanish, then German when lang changes, with dates and weeks from the locale', async () => {
    const el = await booking(createMemoryAdapter({ mentors: [ana] }), { lang: 'es' });
    await until(el, () => stepTitle(el) === 'Elija a una persona mentora', 'Spanish title');
    // The step's title comes before its cards, whose code is a chunk of its own.
    await until(el, () => $(el, '[part=mentor]'), 'the mentor card');
    expect(text($(el, '[part=mentor]'))).to.contain('Habla español');
    expect(text($(el, '[part=count]'))).to.equal('1 persona mentora');
    el.lang = 'de';
    await until(el, () => stepTitle(el) === 'Mentorin oder Mentor wählen', 'German title');
    $(el, '[data-mentor=ana]')!.click();
    await until(el, () => $(el, '[part=calendar]'), 'calendar');
    expect(stepTitle(el)).to.equal('Zeit wählen');
    // German weeks start on Monday.
    expect($$(el, '[part=calendar] th').map(text)[0]).to.equal('Mo');
    expect($(el, '[aria-label="Nächster Monat"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
