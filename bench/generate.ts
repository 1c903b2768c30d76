import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '@waymark/domain';

/**
 * Seeded generator of realistic shop journeys for the benchmark: users arrive through a channel,
 * browse in sessions spread over days, abandon carts, come back through other channels, buy,
 * sometimes contact support and leave reviews. Deterministic for a given seed.
 */

/** The eight event types, in their usual funnel order. */
export const EVENT_TYPES = [
  'visit',
  'search',
  'view_product',
  'add_to_cart',
  'begin_checkout',
  'purchase',
  'support_contact',
  'review',
] as const;

/** The six acquisition channels. */
export const CHANNELS = ['organic', 'paid_search', 'social', 'email', 'referral', 'direct'] as const;

export interface GenerateOptions {
  users: number;
  /** Target mean events per user; the real count is close to users * eventsPerUser. */
  eventsPerUser: number;
  seed: number;
  out: string;
}

const START_MS = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

/** Writes a CSV (user_id,event,timestamp,channel,session_id,event_id) and returns the row count. */
export async function generateEventsCsv(options: GenerateOptions): Promise<number> {
  const random = seededRandom(options.seed);
  const out = createWriteStream(options.out);
  let rows = 0;
  let buffer = 'user_id,event,timestamp,channel,session_id,event_id\n';
  const flush = async () => {
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  for (let u = 0; u < options.users; u++) {
    const user = `u${u}`;
    let time = START_MS + Math.floor(random() * 180 * DAY_MS);
    let budget = Math.max(1, Math.round(options.eventsPerUser * (0.3 + random() * 1.4)));
    let session = 0;
    let depth = 0;
    while (budget > 0) {
      const channel = pick(CHANNELS);
      const sessionId = `${user}-s${session++}`;
      const emit = (event: string) => {
        time += 5_000 + Math.floor(random() * 240_000);
        buffer += `${user},${event},${new Date(time).toISOString()},${channel},${sessionId},${user}-${rows}\n`;
        rows++;
        budget--;
      };
      emit('visit');
      if (random() < 0.35) emit('search');
      // Progress through the funnel; each attempt may go further than the last.
      const target = Math.min(5, depth + 1 + Math.floor(random() * 3));
      for (let step = 2; step <= target && budget > 0; step++) {
        emit(EVENT_TYPES[step] as string);
        if (step === 2 && random() < 0.5) emit('view_product');
        if (random() < 0.22) break;
      }
      depth = Math.max(depth, target);
      if (depth >= 5 && random() < 0.2 && budget > 0) emit('support_contact');
      if (depth >= 5 && random() < 0.15 && budget > 0) emit('review');
      // The next session: minutes, hours or days later.
      const gap = random();
      time +=
        gap < 0.5
          ? 40 * 60_000
          : gap < 0.85
            ? Math.floor(random() * 2 * DAY_MS)
            : Math.floor(random() * 20 * DAY_MS);
      if (buffer.length > 1 << 20) await flush();
    }
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return rows;
}
