// The status bar: the text for each layout status, and the item it drives.

import { describe, expect, it } from 'vitest';
import { describeStatus, StatusBar } from '../src/statusBar';
import * as vscode from './vscode-stub';
import { SETS, unsatisfied, update } from './fixtures';

describe('describeStatus', () => {
  it('converged, every constraint holding', () => {
    expect(describeStatus(update(SETS)).text).toBe('$(check) kite: converged');
    expect(describeStatus(update(SETS)).severity).toBe('ok');
  });

  it('converged with unsatisfied constraints', () => {
    const status = describeStatus(update(SETS, { unsatisfied: unsatisfied(3) }));
    expect(status.text).toBe('$(warning) kite: 3 unsatisfied');
    expect(status.tooltip).toContain('Converged with 3 unsatisfied constraints');
    expect(status.severity).toBe('warning');
    expect(describeStatus(update(SETS, { unsatisfied: unsatisfied(1) })).tooltip).toContain('1 unsatisfied constraint\n');
  });

  it('stale: errors, whatever the last layout said', () => {
    const errors = [
      { code: 'E0201', message: 'unknown', location: { uri: 'u', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } },
    ];
    const stale = describeStatus(update(SETS, { stale: true, status: 'errors', errors }));
    expect(stale.text).toBe('$(error) kite: errors');
    expect(stale.tooltip).toContain('1 error; the preview shows the last good drawing');
    expect(stale.severity).toBe('error');
    expect(describeStatus(update(SETS, { stale: true, status: 'converged' })).text).toBe('$(error) kite: errors');
    expect(describeStatus(update(SETS, { status: 'errors' })).text).toBe('$(error) kite: errors');
  });

  it('max steps and timeout, with or without unsatisfied constraints', () => {
    expect(describeStatus(update(SETS, { status: 'max-steps' })).text).toBe('$(warning) kite: max steps');
    expect(describeStatus(update(SETS, { status: 'max-steps', unsatisfied: unsatisfied(2) })).text).toBe(
      '$(warning) kite: max steps, 2 unsatisfied',
    );
    expect(describeStatus(update(SETS, { status: 'timeout' })).text).toBe('$(warning) kite: timeout');
    expect(describeStatus(update(SETS, { status: 'timeout' })).tooltip).toContain('ran out of time');
  });

  it('NaN', () => {
    const status = describeStatus(update(SETS, { status: 'nan' }));
    expect(status.text).toBe('$(error) kite: NaN');
    expect(status.severity).toBe('error');
  });

  it('no update yet', () => {
    expect(describeStatus(undefined).text).toBe('$(sync~spin) kite');
  });

  it('the tooltip tells the variation, steps and time', () => {
    const { tooltip } = describeStatus(update(SETS, { pinned: true, steps: 1, warm: false, layoutMs: 12.345 }));
    expect(tooltip).toContain('variation cosmic-lemur-12 (pinned)');
    expect(tooltip).toContain('1 step, 12.3 ms');
    expect(tooltip).toContain('constraint report');
  });
});

describe('StatusBar', () => {
  it('shows the status, colours warnings and errors, and opens the report on click', () => {
    const bar = new StatusBar();
    const item = vscode.window.createStatusBarItem.mock.results.at(-1)?.value as ReturnType<
      typeof vscode.makeStatusBarItem
    >;
    expect(item.command).toBe('kite.showConstraintReport');

    bar.show(update(SETS));
    expect(item.text).toBe('$(check) kite: converged');
    expect(item.backgroundColor).toBeUndefined();
    expect(item.visible).toBe(true);

    bar.show(update(SETS, { unsatisfied: unsatisfied(2) }));
    expect(item.text).toBe('$(warning) kite: 2 unsatisfied');
    expect(item.backgroundColor).toEqual(new vscode.ThemeColor('statusBarItem.warningBackground'));

    bar.show(update(SETS, { status: 'nan' }));
    expect(item.backgroundColor).toEqual(new vscode.ThemeColor('statusBarItem.errorBackground'));

    bar.hide();
    expect(item.visible).toBe(false);
  });
});
