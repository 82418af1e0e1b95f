// The kit's Vue types: GlobalComponents for every element (strictTemplates checks them).
import type {} from 'micropath/vue';
