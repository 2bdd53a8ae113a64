/**
 * Tells the inference worker whether the live preview is on screen: only on Create or the kiosk, in
 * a visible tab. Otherwise the worker makes no preview (no RGBA frames, and on WebGPU no read-back
 * of the estimate), from the next step of a running clip.
 */
import { kiosk } from './kiosk.svelte';
import { route } from './router.svelte';
import { studio } from './session.svelte';

export function trackPreviewVisibility(): () => void {
  let hidden = $state(document.hidden);
  const onVisibility = () => (hidden = document.hidden);
  document.addEventListener('visibilitychange', onVisibility);
  const stop = $effect.root(() => {
    $effect(() => {
      // A failed call (a worker being replaced) is repaired by the next job, which sends it again.
      void studio.engine.showPreview(!hidden && (kiosk.on || route.page === 'create')).catch(() => undefined);
    });
  });
  return () => {
    stop();
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
