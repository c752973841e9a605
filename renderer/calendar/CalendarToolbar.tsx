import { GROUPINGS, GROUPING_LABELS, useCalendarView, ZOOMS, ZOOM_LABELS, type Grouping } from '../state/calendar-view';
import { Icon } from '../ui/Icon';
import { utcOffset } from '../ui/format';
import { useWorkspace } from '../state/workspace';

/** View controls: grouping, zoom, the zone times are shown in, and moving through time. */
export function CalendarToolbar() {
  const { zoom, grouping, zone, setZoom, setGrouping, setZone, focusOn, scrollScreens } = useCalendarView();
  const sites = useWorkspace((s) => s.catalog.sites);
  return (
    <div className="calendar-toolbar" role="toolbar" aria-label="Calendar view">
      <label className="inline-field">
        <span>Group by</span>
        <select value={grouping} onChange={(e) => setGrouping(e.target.value as Grouping)}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>{GROUPING_LABELS[g]}</option>
          ))}
        </select>
      </label>
      <div className="segmented" role="radiogroup" aria-label="Zoom">
        {ZOOMS.map((z) => (
          <button key={z} type="button" role="radio" aria-checked={zoom === z} className={zoom === z ? 'on' : ''} onClick={() => setZoom(z)}>
            {ZOOM_LABELS[z]}
          </button>
        ))}
      </div>
      <label className="inline-field">
        <span>Times in</span>
        <select value={String(zone)} onChange={(e) => setZone(e.target.value === 'UTC' ? 'UTC' : Number(e.target.value))}>
          <option value="UTC">UTC</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{`${s.name} · ${s.timeZone} (${utcOffset(s.timeZone)})`}</option>
          ))}
        </select>
      </label>
      <div className="toolbar-group">
        <button type="button" className="button icon-only" aria-label="Earlier" title="Earlier" onClick={() => scrollScreens(-0.5)}>
          <Icon name="left" />
        </button>
        <button type="button" className="button" onClick={() => focusOn(Date.now())}>
          Today
        </button>
        <button type="button" className="button icon-only" aria-label="Later" title="Later" onClick={() => scrollScreens(0.5)}>
          <Icon name="right" />
        </button>
      </div>
    </div>
  );
}
