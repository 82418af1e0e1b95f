import { msg } from '@lit/localize';
import type { AdapterError } from './errors.ts';

/** What to tell a visitor when a request failed; the technical detail goes to the console. */
export function describeFailure(error: AdapterError): string {
  switch (error.code) {
    case 'network':
      return msg('Could not reach the server. Check your connection and try again.');
    case 'timeout':
      return msg('The server took too long to answer. Please try again.');
    case 'rate-limited':
      return msg('Too many requests right now. Please wait a moment and try again.');
    case 'unauthorized':
      return msg('This widget is not allowed to read its data source.');
    case 'not-found':
      return msg('The requested item could not be found.');
    case 'invalid-response':
      return msg('The data source sent something this widget cannot read.');
    case 'not-configured':
      return msg('This widget is not connected to a data source yet.');
    default:
      return msg('Something went wrong on the server. Please try again.');
  }
}
