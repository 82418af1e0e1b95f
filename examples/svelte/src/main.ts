import { mount } from 'svelte';
import 'micropath/mentor-booking';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
