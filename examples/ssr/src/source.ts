// The same `demo:` source on the server and in the browser, so both render the same first
// state (a source the server does not know would render "not connected" there).
import { createMemoryAdapter, registerSource } from 'micropath';
import { listings } from './data.ts';

registerSource('demo', () => createMemoryAdapter({ listings }));
