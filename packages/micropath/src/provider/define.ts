import { defineElement } from '../core/define.ts';
import { MicropathProvider } from './micropath-provider.ts';

defineElement('micropath-provider', MicropathProvider);

declare global {
  interface HTMLElementTagNameMap {
    'micropath-provider': MicropathProvider;
  }
}

export { MicropathProvider };
