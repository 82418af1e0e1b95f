// Types every Micropath element in Vue templates (GlobalComponents).
import type {} from 'micropath/vue';
