import { describe, expect, it } from 'vitest';
import { QueryBudget, QueryCancelledError } from '../deadline';
import { readInt } from './http';
import { useClickHouse } from './test-support';

const clickhouse = useClickHouse();

/** A query that runs for minutes on 18.16 unless it is killed. */
const ENDLESS = 'SELECT count() FROM numbers(1000000000000) WHERE sipHash64(number) = 0';

/** How many of our queries the server is still running (other than the one asking). */
async function running(): Promise<number> {
  const result = await clickhouse
    .http()
    .query(
      "SELECT count() FROM system.processes WHERE query_id LIKE 'waymark-%' AND query NOT LIKE '%system.processes%'",
    );
  return readInt(result.data[0]?.[0], 'count()');
}

async function settles(): Promise<number> {
  const until = Date.now() + 5000;
  let count = await running();
  while (count > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = await running();
  }
  return count;
}

describe('ClickHouse query cancellation [clickhouse]', () => {
  it('kills a query on the server when its caller aborts', async () => {
    const controller = new AbortController();
    const pending = clickhouse.http().query(ENDLESS, new QueryBudget(60_000, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await running()).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'QueryCancelledError', reason: 'cancelled' });
    expect(await settles()).toBe(0);
  });

  it('kills a query at its deadline', async () => {
    const started = performance.now();
    await expect(clickhouse.http().query(ENDLESS, new QueryBudget(700))).rejects.toThrow(QueryCancelledError);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await settles()).toBe(0);
  });
});
