// The kit's Svelte types: every element in `svelteHTML`, checked by svelte-check.
import type {} from 'micropath/svelte';
