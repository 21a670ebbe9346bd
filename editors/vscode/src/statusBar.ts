// The status bar item that shows how the followed trio's layout went; clicking it shows the constraint report.

import * as vscode from 'vscode';
import type { PreviewUpdate } from './protocol';

export type Severity = 'ok' | 'warning' | 'error' | 'busy';

export interface StatusDescription {
  text: string;
  tooltip: string;
  severity: Severity;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The item's text and tooltip for a trio's latest update (`undefined`: none yet). */
export function describeStatus(update: PreviewUpdate | undefined): StatusDescription {
  if (update === undefined) {
    return { text: '$(sync~spin) kite', tooltip: 'kite: waiting for the first layout', severity: 'busy' };
  }
  const details = [
    `variation ${update.variation}${update.pinned ? ' (pinned)' : ''}`,
    `${plural(update.steps, 'step', 'steps')}${update.warm ? ', warm start' : ''}, ${update.layoutMs.toFixed(1)} ms`,
    'Click for the constraint report',
  ];
  if (update.stale || update.status === 'errors') {
    const count = update.errors.length;
    return {
      text: '$(error) kite: errors',
      tooltip: [
        `${count > 0 ? plural(count, 'error', 'errors') : 'Errors'}; the preview shows the last good drawing`,
        ...details,
      ].join('\n'),
      severity: 'error',
    };
  }
  const unsatisfied = update.unsatisfied.length;
  const unsatisfiedText = plural(unsatisfied, 'unsatisfied constraint', 'unsatisfied constraints');
  switch (update.status) {
    case 'converged':
      return unsatisfied > 0
        ? {
            text: `$(warning) kite: ${unsatisfied} unsatisfied`,
            tooltip: [`Converged with ${unsatisfiedText}`, ...details].join('\n'),
            severity: 'warning',
          }
        : {
            text: '$(check) kite: converged',
            tooltip: ['Converged: every constraint holds', ...details].join('\n'),
            severity: 'ok',
          };
    case 'max-steps':
    case 'timeout': {
      const what = update.status === 'max-steps' ? 'max steps' : 'timeout';
      const why =
        update.status === 'max-steps' ? 'The layout stopped at its step limit' : 'The layout ran out of time';
      return {
        text: `$(warning) kite: ${what}${unsatisfied > 0 ? `, ${unsatisfied} unsatisfied` : ''}`,
        tooltip: [`${why}${unsatisfied > 0 ? ` with ${unsatisfiedText}` : ''}`, ...details].join('\n'),
        severity: 'warning',
      };
    }
    case 'nan':
      return {
        text: '$(error) kite: NaN',
        tooltip: ['The layout stopped: a value stopped being a number', ...details].join('\n'),
        severity: 'error',
      };
  }
}

const BACKGROUNDS: Partial<Record<Severity, string>> = {
  warning: 'statusBarItem.warningBackground',
  error: 'statusBarItem.errorBackground',
};

/** The item itself: hidden while no preview follows a trio. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem('kite.layoutStatus', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'kite layout';
    this.item.command = 'kite.showConstraintReport';
  }

  /** Shows the status of `update` (`undefined`: a trio is followed but has no update yet). */
  show(update: PreviewUpdate | undefined): void {
    const { text, tooltip, severity } = describeStatus(update);
    this.item.text = text;
    this.item.tooltip = tooltip;
    const background = BACKGROUNDS[severity];
    this.item.backgroundColor = background === undefined ? undefined : new vscode.ThemeColor(background);
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
