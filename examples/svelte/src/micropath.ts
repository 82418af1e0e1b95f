// Types every Micropath element in Svelte templates (svelte/elements).
import type {} from 'micropath/svelte';
