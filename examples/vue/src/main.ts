import { createApp } from 'vue';
// The elements are defined before the app mounts, so Vue sets objects as properties.
import 'micropath/apprentice-board';
import 'micropath/credential-badge';
import App from './App.vue';

createApp(App).mount('#app');
