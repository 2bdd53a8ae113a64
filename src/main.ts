import { mount } from 'svelte';
import App from './app/App.svelte';
import { installTestHooks } from './lib/bridge';
import './app/styles.css';

// End-to-end tests kill workers through these hooks; a normal visit never installs them.
if (new URLSearchParams(location.search).has('testhooks')) installTestHooks(window as Parameters<typeof installTestHooks>[0]);

mount(App, { target: document.getElementById('app')! });
