// The constraint report as Markdown.

import { describe, expect, it } from 'vitest';
import type { LayoutReport, ReportLocation } from '../src/protocol';
import { formatLocation, formatNumber, formatReport } from '../src/report';

function at(line: number, file = '/work/sets/sets.style'): ReportLocation {
  return { file, range: { start: 0, end: 1 }, start: { line, column: 3 }, end: { line, column: 30 } };
}

const REPORT: LayoutReport = {
  status: 'max-steps',
  steps: 10000,
  energy: 448.6441884606123,
  variation: 'KiteVenn1',
  max_residual: 12.5,
  constraints: [
    { name: 'greaterThan', location: at(36), objects: ['Mammals'], residual: 0, satisfied: true },
    { name: 'disjoint', location: at(50), objects: ['Mammals', 'Birds'], residual: 2.5, satisfied: false },
    { name: 'contains', location: at(44), objects: ['Dogs', 'Mammals'], residual: 12.5, satisfied: false },
    { name: 'overlapping', location: at(57), objects: ['Birds', 'Pets'], residual: null, satisfied: false },
  ],
  objectives: [{ name: 'minimal', location: at(39), objects: ['Mammals'], value: 124.54894304459685 }],
  nan_term: null,
  timings_ms: { parse: 0.5, total: 5.239217 },
};

describe('formatReport', () => {
  const markdown = formatReport(REPORT, 'sets');
  const lines = markdown.split('\n');

  it('starts with the status, steps and how many constraints hold', () => {
    expect(lines[0]).toBe('# Constraint report: sets');
    expect(markdown).toContain('| Status | ⚠️ stopped at the step limit (max steps) |');
    expect(markdown).toContain('| Steps | 10000 |');
    expect(markdown).toContain('| Constraints | 1 of 4 hold |');
    expect(markdown).toContain('| Largest residual | 12.5 |');
    expect(markdown).toContain('| Variation | `KiteVenn1` |');
    expect(markdown).toContain('| Time | 5.239 ms |');
  });

  it('lists the unsatisfied constraints first, worst first, a NaN residual worst of all', () => {
    const unsatisfied = markdown.indexOf('## Unsatisfied constraints (3)');
    const satisfied = markdown.indexOf('## Satisfied constraints (1)');
    const objectives = markdown.indexOf('## Objectives (1)');
    expect(unsatisfied).toBeGreaterThan(0);
    expect(satisfied).toBeGreaterThan(unsatisfied);
    expect(objectives).toBeGreaterThan(satisfied);
    const rows = lines.filter((line) => /^\| `(disjoint|contains|overlapping)`/.test(line));
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(['| `overlapping`', '| `contains`', '| `disjoint`']);
    expect(rows[0]).toContain('| — |');
    expect(rows[1]).toBe(
      '| `contains` | `Dogs`, `Mammals` | 12.5 | [sets.style:44:3](file:///work/sets/sets.style#L44) |',
    );
  });

  it('says so when every constraint holds', () => {
    const fine = formatReport(
      { ...REPORT, status: 'converged', constraints: REPORT.constraints.slice(0, 1), max_residual: 0 },
      'sets',
    );
    expect(fine).toContain('| Status | ✅ converged |');
    expect(fine).toContain('## Unsatisfied constraints (0)\n\nEvery constraint holds.');
  });

  it('names the term of a NaN layout', () => {
    const nan = formatReport({ ...REPORT, status: 'nan', nan_term: { name: 'disjoint', location: at(50) } }, 'sets');
    expect(nan).toContain('❌');
    expect(nan).toContain('**The term that stopped being a number:** `disjoint` at [sets.style:50:3]');
  });
});

describe('formatting helpers', () => {
  it('numbers', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(448.6441884606123)).toBe('448.6');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0.00001234)).toBe('1.234e-5');
    expect(formatNumber(123456789)).toBe('1.235e+8');
  });

  it('locations: linked when absolute, plain when relative', () => {
    expect(formatLocation(at(3, 'examples/sets/./sets.style'))).toBe('sets.style:3:3');
    expect(formatLocation(at(3, 'file:///a%20b/sets.style'))).toBe('[sets.style:3:3](file:///a%20b/sets.style#L3)');
    expect(formatLocation(at(3, '/a b/(x)/sets.style'))).toBe('[sets.style:3:3](file:///a%20b/%28x%29/sets.style#L3)');
  });
});
