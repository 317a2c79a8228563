/**
 * A per-chat sliding-window limit on customer messages. Over the limit a message is dropped; the first
 * dropped one in a window gets a polite answer (`warn`), later ones nothing (`drop`).
 */
export function createFloodLimit(options: { max: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  const warned = new Map<string, number>();
  let sweeps = 0;

  return {
    check(key: string): "ok" | "warn" | "drop" {
      const t = now();
      const since = t - options.windowMs;
      const list = (hits.get(key) ?? []).filter((x) => x > since);
      if (++sweeps % 1000 === 0) {
        for (const [k, v] of hits) if (!v.some((x) => x > since)) hits.delete(k);
      }
      if (list.length >= options.max) {
        hits.set(key, list);
        const last = warned.get(key);
        if (last !== undefined && last > since) return "drop";
        warned.set(key, t);
        return "warn";
      }
      list.push(t);
      hits.set(key, list);
      return "ok";
    },
  };
}
