import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-reader';
import { DataError } from './data-error';
import { requireColumns } from './require-columns';

describe('requireColumns', () => {
  const { table } = parseCsv('a,b\n1,2\n', { source: 'd.csv' });

  it('returns the columns when present', () => {
    expect(requireColumns(table, ['b', 'a'], 'feature').map((c) => c.name)).toEqual(['b', 'a']);
  });

  it('names a missing target column on the header line, with the columns the file has', () => {
    try {
      requireColumns(table, ['churn', 'x'], 'target');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      const e = error as DataError;
      expect([e.details.problem, e.line, e.column]).toEqual(['missing_column', 1, 'churn']);
      expect(e.message).toBe("d.csv:1: column 'churn': the target column 'churn' is not in the file (also missing: x); its columns are: a, b");
    }
  });
});
