import { DuckDBListValue } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { errorsSql, parseSql, insertSql, mapColumns, timeSql } from '../ingest/parse';
import { sourceSql } from '../ingest/stage';
import { ingestOptionsSchema } from '../ingest/options';
import { trendsQuerySchema } from '../query';
import { INDEX_SQL } from './index-builder';
import { filterSql, maskSql } from './scoped';
import { Params, quoteIdent, quoteLiteral, renderCondition } from './sql';
import { trendsSql } from './trends';

describe('generated DuckDB SQL', () => {
  it('extracts the index sorted by user, time and ingestion order', () => {
    expect(INDEX_SQL).toMatchSnapshot();
  });

  it('renders filters and condition masks with parameters only', () => {
    const params = new Params();
    const sql = filterSql(
      {
        timeRange: { from: 1_000, to: 2_000 },
        filters: [
          { property: 'plan', operator: 'in', value: ['pro', 3] },
          { property: "it's", operator: 'neq', value: true },
        ],
      },
      params,
    );
    expect(sql).toMatchSnapshot();
    // The in-list travels as ONE list parameter per value type, numbers as DOUBLE.
    const plain = params.values.map((value) => (value instanceof DuckDBListValue ? value.items : value));
    expect(plain).toEqual(['plan', ['pro'], [3], "it's", 'true', 1_000, 2_000]);
    expect(params.types.map(String)).toEqual([
      'VARCHAR',
      'VARCHAR[]',
      'DOUBLE[]',
      'VARCHAR',
      'VARCHAR',
      'BIGINT',
      'BIGINT',
    ]);
    const maskParams = new Params();
    expect(
      maskSql(
        {
          conditionSets: [
            [{ property: 'x', operator: 'exists' }],
            [{ property: 'y', operator: 'contains', value: '%_' }],
          ],
        },
        maskParams,
      ),
    ).toMatchSnapshot();
  });

  it('renders trends', () => {
    const params = new Params();
    const query = trendsQuerySchema.parse({
      kind: 'trends',
      interval: 'week',
      measure: 'users',
      matchers: [{ type: 'event_prefix', prefix: 'checkout' }],
    });
    expect(trendsSql(query, params)).toMatchSnapshot();
    expect(params.values).toEqual(['checkout']);
  });

  it('renders the ingest parse and insert statements', () => {
    const columns = [
      { name: 'user_id', type: 'VARCHAR' },
      { name: 'event', type: 'VARCHAR' },
      { name: 'timestamp', type: 'VARCHAR' },
      { name: 'odd "col" \'name\'', type: 'VARCHAR' },
    ];
    const mapping = mapColumns('f.csv', columns, ingestOptionsSchema.parse({}), new Set());
    expect(parseSql(mapping, 'auto', sourceSql('f.csv', 'csv', false))).toMatchSnapshot();
    expect(errorsSql(mapping, 'auto', sourceSql('f.csv', 'csv'), 20)).toMatchSnapshot();
    expect(insertSql({ stored: true, batch: true })).toMatchSnapshot();
    expect(insertSql({ stored: false, batch: false })).toMatchSnapshot();
    expect(timeSql('x', 'epoch_s')).toMatchSnapshot();
  });

  it('quotes hostile identifiers and literals and refuses NUL', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteLiteral("'; DROP TABLE events; --")).toBe("'''; DROP TABLE events; --'");
    expect(() => quoteLiteral('a\u0000b')).toThrow(/NUL/);
    expect(() => renderCondition({ property: 'p', operator: 'gt' }, new Params())).toThrow(
      /needs a single value/,
    );
  });
});
