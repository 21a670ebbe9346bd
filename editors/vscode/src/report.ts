// The constraint report (`kite/report`) as a Markdown document: status and steps, then the unsatisfied constraints worst first, then the rest; pure, no vscode.

import { baseName } from './kiteFiles';
import type { LayoutReport, ReportConstraint, ReportLocation, ReportObjective } from './protocol';

const STATUS_TEXT: Record<LayoutReport['status'], string> = {
  converged: '✅ converged',
  'max-steps': '⚠️ stopped at the step limit (max steps)',
  timeout: '⚠️ ran out of time (timeout)',
  nan: '❌ a value stopped being a number (NaN)',
};

/** A number for a table: `—` for null, else at most four significant decimals. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  if (value === 0) {
    return '0';
  }
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) {
    return value.toExponential(3);
  }
  return String(Number(value.toPrecision(4)));
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function isAbsolute(file: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('/');
}

/** `sets.style:36:3`, linked to the line when the file is named absolutely. */
export function formatLocation(location: ReportLocation | undefined): string {
  if (location === undefined) {
    return '';
  }
  const label = `${baseName(location.file)}:${location.start.line}:${location.start.column}`;
  if (!isAbsolute(location.file) || /^[a-z]:[\\/]/i.test(location.file)) {
    return cell(label);
  }
  const uri = location.file.startsWith('/') ? `file://${encodeURI(location.file)}` : location.file;
  const target = uri.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${cell(label)}](${target}#L${location.start.line})`;
}

function objectsCell(objects: string[]): string {
  return objects.length === 0 ? '' : cell(objects.map((name) => `\`${name}\``).join(', '));
}

function constraintRows(constraints: ReportConstraint[]): string[] {
  return [
    '| Constraint | Objects | Residual | Where |',
    '|---|---|--:|---|',
    ...constraints.map(
      (c) =>
        `| \`${cell(c.name)}\` | ${objectsCell(c.objects)} | ${formatNumber(c.residual)} | ${formatLocation(c.location)} |`,
    ),
  ];
}

function objectiveRows(objectives: ReportObjective[]): string[] {
  return [
    '| Objective | Objects | Value | Where |',
    '|---|---|--:|---|',
    ...objectives.map(
      (o) => `| \`${cell(o.name)}\` | ${objectsCell(o.objects)} | ${formatNumber(o.value)} | ${formatLocation(o.location)} |`,
    ),
  ];
}

/** Worst first: a residual that is not a number counts as the worst. */
function byResidualDescending(a: ReportConstraint, b: ReportConstraint): number {
  const ra = a.residual ?? Number.POSITIVE_INFINITY;
  const rb = b.residual ?? Number.POSITIVE_INFINITY;
  return rb - ra || 0;
}

/** The report as Markdown, titled with the trio's name. */
export function formatReport(report: LayoutReport, title: string): string {
  const unsatisfied = report.constraints.filter((c) => !c.satisfied).sort(byResidualDescending);
  const satisfied = report.constraints.filter((c) => c.satisfied);
  const lines: string[] = [
    `# Constraint report: ${title}`,
    '',
    '| | |',
    '|---|---|',
    `| Status | ${STATUS_TEXT[report.status] ?? cell(String(report.status))} |`,
    `| Steps | ${report.steps} |`,
    `| Constraints | ${report.constraints.length - unsatisfied.length} of ${report.constraints.length} hold |`,
    `| Largest residual | ${formatNumber(report.max_residual)} |`,
    `| Energy | ${formatNumber(report.energy)} |`,
    `| Variation | \`${cell(report.variation)}\` |`,
  ];
  const total = report.timings_ms?.total;
  if (typeof total === 'number') {
    lines.push(`| Time | ${formatNumber(total)} ms |`);
  }
  if (report.nan_term) {
    lines.push(
      '',
      `**The term that stopped being a number:** \`${cell(report.nan_term.name)}\` at ${formatLocation(report.nan_term.location)}`,
    );
  }
  lines.push('', `## Unsatisfied constraints (${unsatisfied.length})`, '');
  lines.push(...(unsatisfied.length === 0 ? ['Every constraint holds.'] : constraintRows(unsatisfied)));
  if (satisfied.length > 0) {
    lines.push('', `## Satisfied constraints (${satisfied.length})`, '', ...constraintRows(satisfied));
  }
  if (report.objectives.length > 0) {
    lines.push('', `## Objectives (${report.objectives.length})`, '', ...objectiveRows(report.objectives));
  }
  lines.push('');
  return lines.join('\n');
}
