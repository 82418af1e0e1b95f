// React 19 sets props an element has as properties (objects, adapters) and the rest as
// attributes, and listens to `onmp-…` props as the `mp-…` events. `micropath/react` types them.
import { useRef, useState } from 'react';
import type {} from 'micropath/react';
import 'micropath/apprentice-board';
import 'micropath/mentor-booking';
import type { ApprenticeBoard } from 'micropath/apprentice-board';
import { createMemoryAdapter, type ListingQuery } from 'micropath';
import { listings, mentors } from './data.ts';

const adapter = createMemoryAdapter({ listings, mentors });

export function App() {
  const board = useRef<ApprenticeBoard>(null);
  const [query, setQuery] = useState<ListingQuery>({ sort: 'newest' });
  const [opened, setOpened] = useState('');
  return (
    <main>
      <h1>Careers</h1>
      <p aria-live="polite">{opened && `Last opened: ${opened}`}</p>
      <button type="button" onClick={() => board.current?.openListing(listings[0]!.id)}>
        Open the first listing
      </button>
      <apprentice-board
        ref={board}
        adapter={adapter}
        query={query}
        page-size={6}
        onmp-listing-open={(e) => setOpened(e.listing.title)}
        onmp-query-change={(e) => setQuery(e.query)}
      />
      <h2>Talk to a mentor</h2>
      <mentor-booking
        adapter={adapter}
        metadata={{ utm_source: 'careers-page' }}
        onmp-booking-confirmed={(e) => console.info('Booked', e.booking.id)}
      />
    </main>
  );
}
