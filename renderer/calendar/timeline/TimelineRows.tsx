import { memo, type PointerEvent } from 'react';
import type { WindowCalendar } from '../../../shared/engine/calendar/window-calendar';
import type { Conflict } from '../../../shared/engine/conflicts';
import type { PlanWindow, Release } from '../../../shared/model/plan';
import { Icon } from '../../ui/Icon';
import { zonedRange } from '../../ui/zoned-time';
import { LABEL_W, msAt, xOf, type Scale } from './geometry';
import type { GroupHeader, Placed, TimelineRow } from './layout-rows';
import { ReleaseBar, type ExceptionMark } from './ReleaseBar';
import type { DragState } from './use-bar-drag';
import { shadeBlocks, shadeKind, type ShadeBlock } from './window-shading';

export interface RowContext {
  scale: Scale;
  /** Instants the rows draw between (the viewport plus a margin). */
  fromMs: number;
  toMs: number;
  zone: string;
  /** Maintenance strips in release rows: at month and quarter zoom they are slivers, and thousands. */
  laneMaintenance: boolean;
  calendar: WindowCalendar;
  releaseById: ReadonlyMap<number, Release>;
  windowById: ReadonlyMap<number, PlanWindow>;
  conflictsByRelease: ReadonlyMap<number, Conflict[]>;
  exceptions: ReadonlyMap<number, ExceptionMark>;
  selectedId: number | null;
  tabbableId: number | null;
  drag: DragState | null;
  toggleGroup(key: string): void;
  onPointerDown(event: PointerEvent<HTMLElement>, release: Release, mode: 'move' | 'resize'): void;
  openRelease(release: Release): void;
  openWindow(window: PlanWindow): void;
  /** A new release at this instant, in the lane's group (a service group names the service). */
  createAt(ms: number, groupKey: string): void;
}

const SEVERITY_WORDS = { 'freeze-hard': 'Hard freeze', 'freeze-soft': 'Soft freeze', maintenance: 'Maintenance window' } as const;
const NO_CONFLICTS: Conflict[] = [];

/** First index whose item ends after `ms`; lanes hold non-overlapping items in start order. */
function firstVisible(items: readonly Placed[], ms: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.endMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function windowNames(block: ShadeBlock, windowById: ReadonlyMap<number, PlanWindow>): string {
  const names = block.windowIds.slice(0, 3).map((id) => windowById.get(id)?.name ?? 'Window');
  return block.windowIds.length > 3 ? `${names.join(', ')} and ${block.windowIds.length - 3} more` : names.join(', ');
}

function blockTitle(name: string, block: ShadeBlock, zone: string): string {
  const local = block.zones.length === 1 && block.zones[0] !== zone ? `\n${zonedRange(block.startMs, block.endMs, block.zones[0]!)} local time (${block.zones[0]})` : block.zones.length > 1 ? `\nLocal time at sites in ${block.zones.join(', ')}` : '';
  return `${name} · ${SEVERITY_WORDS[block.kind]}\n${zonedRange(block.startMs, block.endMs, zone)} (${zone})${local}`;
}

/** Keyed by kind and start so a scroll step that keeps a block keeps its element. */
const Shading = memo(function Shading({ blocks, scale, zone, windowById }: { blocks: ShadeBlock[]; scale: Scale; zone: string; windowById: ReadonlyMap<number, PlanWindow> }) {
  const ctx = { scale, zone, windowById };
  return (
    <>
      {blocks.map((b) => {
        const left = Math.max(-2, xOf(ctx.scale, b.startMs));
        const right = xOf(ctx.scale, b.endMs);
        return (
          <div
            key={`${b.kind}:${b.startMs}`}
            className={`tl-shade ${b.kind}`}
            style={{ left, width: Math.max(1, right - left) }}
            title={blockTitle(windowNames(b, ctx.windowById), b, ctx.zone)}
          />
        );
      })}
    </>
  );
});

function GroupLabel({ row, ctx }: { row: GroupHeader; ctx: RowContext }) {
  return (
    <div className="tl-label tl-group-label" style={{ width: LABEL_W }}>
      <button type="button" className="tl-group-toggle" aria-expanded={!row.collapsed} onClick={() => ctx.toggleGroup(row.key)} title={row.detail}>
        <Icon name={row.collapsed ? 'right' : 'down'} size={14} />
        <span className="tl-group-name">{row.label}</span>
        <span className="count-badge">{row.count}</span>
      </button>
      <span className="tl-group-detail">{row.collapsed ? `Hidden: ${row.detail}` : row.detail}</span>
    </div>
  );
}

export function GroupRow({ row, ctx }: { row: Extract<TimelineRow, { kind: 'group' }>; ctx: RowContext }) {
  return <GroupLabel row={row} ctx={ctx} />;
}

export function LaneRow({ row, ctx }: { row: Extract<TimelineRow, { kind: 'lane' }>; ctx: RowContext }) {
  const blocks = shadeBlocks(ctx.calendar, row.shade.windowIds, row.shade.siteZones, ctx.fromMs, ctx.toMs, ctx.laneMaintenance);
  const bars = [];
  for (let i = firstVisible(row.items, ctx.fromMs); i < row.items.length && row.items[i]!.startMs < ctx.toMs; i++) {
    const item = row.items[i]!;
    const release = ctx.releaseById.get(item.releaseId);
    if (!release) continue;
    const dragging = ctx.drag?.releaseId === item.releaseId ? ctx.drag : null;
    const startMs = dragging ? dragging.startMs : item.startMs;
    const endMs = dragging ? dragging.endMs : item.endMs;
    const left = xOf(ctx.scale, startMs);
    bars.push(
      <ReleaseBar
        key={item.releaseId}
        release={dragging ? dragging.candidate : release}
        startMs={startMs}
        endMs={endMs}
        left={left}
        width={xOf(ctx.scale, endMs) - left}
        conflicts={dragging ? dragging.conflicts : (ctx.conflictsByRelease.get(item.releaseId) ?? NO_CONFLICTS)}
        exception={ctx.exceptions.get(item.releaseId) ?? null}
        selected={ctx.selectedId === item.releaseId}
        tabbable={ctx.tabbableId === item.releaseId}
        dragging={dragging !== null}
        zone={ctx.zone}
        onPointerDown={ctx.onPointerDown}
        onOpen={ctx.openRelease}
      />,
    );
  }
  return (
    <>
      {row.header ? <GroupLabel row={row.header} ctx={ctx} /> : <div className="tl-label" style={{ width: LABEL_W }} />}
      <div
        className="tl-track"
        style={{ left: LABEL_W }}
        onDoubleClick={(e) => {
          if ((e.target as HTMLElement).closest('.tl-bar')) return;
          ctx.createAt(msAt(ctx.scale, e.clientX - e.currentTarget.getBoundingClientRect().left), row.groupKey);
        }}
      >
        <Shading blocks={blocks} scale={ctx.scale} zone={ctx.zone} windowById={ctx.windowById} />
        {bars}
      </div>
    </>
  );
}

export function WindowRow({ row, ctx }: { row: Extract<TimelineRow, { kind: 'window' }>; ctx: RowContext }) {
  const window = ctx.windowById.get(row.windowId);
  if (!window) return null;
  const kind = shadeKind(window);
  const blocks = shadeBlocks(ctx.calendar, row.windowIds, row.siteZones, ctx.fromMs, ctx.toMs);
  const zones = window.timeZone === 'site' ? 'each site’s local time' : window.timeZone;
  return (
    <>
      <div className="tl-label tl-window-label" style={{ width: LABEL_W }}>
        <button type="button" className={`tl-window-name ${kind}`} onClick={() => ctx.openWindow(window)} title={`Edit ${window.name}`} aria-label={`Edit window ${window.name}`}>
          <span className={`tl-swatch ${kind}`} aria-hidden="true" />
          <span className="tl-window-text">{window.name}</span>
        </button>
      </div>
      <div className="tl-track" style={{ left: LABEL_W }}>
        {blocks.map((b) => {
          const left = Math.max(-2, xOf(ctx.scale, b.startMs));
          const width = Math.max(2, xOf(ctx.scale, b.endMs) - left);
          return (
            <div key={b.startMs} className={`tl-window-block ${kind}`} style={{ left, width }} title={`${blockTitle(window.name, b, ctx.zone)}\nDeclared in ${zones}`}>
              {width > 60 ? <span>{window.name}</span> : null}
            </div>
          );
        })}
      </div>
    </>
  );
}
