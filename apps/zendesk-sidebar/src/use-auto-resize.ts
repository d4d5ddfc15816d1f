import { useEffect, type RefObject } from 'react';
import type { ZafClient } from './zaf/zaf-client';

/** Keeps the sidebar iframe as tall as its content (ZAF `resize`). */
export function useAutoResize(client: ZafClient, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last = -1;
    const resize = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      void client.invoke('resize', { width: '100%', height: `${Math.max(height, 80)}px` });
    };
    resize();
    const Observer = element.ownerDocument.defaultView?.ResizeObserver;
    if (!Observer) return;
    const observer = new Observer(resize);
    observer.observe(element);
    return () => observer.disconnect();
  }, [client, ref]);
}
