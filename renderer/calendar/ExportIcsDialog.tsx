import { useState } from 'react';
import type { IcsItem, IcsTimeMode } from '../../shared/model/ics-api';
import { ICS_ITEMS } from '../../shared/model/plan-enums';
import { call } from '../api/client';
import { EditorForm } from '../catalog/EditorForm';
import { closeDialog } from '../state/dialogs';
import { notify } from '../state/notices';
import { Dialog } from '../ui/Dialog';
import { downloadText } from '../ui/download';
import { plural } from '../../shared/text/plural';

const ITEM_LABELS: Readonly<Record<IcsItem, string>> = { freezes: 'Freeze windows', maintenance: 'Maintenance windows', releases: 'Planned releases' };

/** Writes the plan as an RFC 5545 calendar; the same items keep the same UIDs, so calendars update in place. */
export function ExportIcsDialog() {
  const [items, setItems] = useState<IcsItem[]>(['freezes', 'releases']);
  const [timeMode, setTimeMode] = useState<IcsTimeMode>('zones');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportIcs() {
    setBusy(true);
    const result = await call('export.ics', { items, timeMode });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    downloadText(result.value.fileName, result.value.text, 'text/calendar');
    notify.status(`Exported ${plural(result.value.events, 'event')} to ${result.value.fileName}.`);
    closeDialog();
  }

  return (
    <Dialog title="Export calendar (.ics)" onClose={closeDialog} size="small">
      <EditorForm onSave={() => void exportIcs()} saving={busy} message={error} saveLabel="Export">
        <fieldset className="field">
          <legend className="field-label">Include</legend>
          {ICS_ITEMS.map((item) => (
            <label key={item} className="check-row">
              <input type="checkbox" checked={items.includes(item)} onChange={(e) => setItems((list) => (e.target.checked ? [...list, item] : list.filter((i) => i !== item)))} />
              {ITEM_LABELS[item]}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">Times</legend>
          <label className="check-row">
            <input type="radio" name="ics-time" checked={timeMode === 'zones'} onChange={() => setTimeMode('zones')} />
            In each window’s own time zone, with time-zone definitions (recommended)
          </label>
          <label className="check-row">
            <input type="radio" name="ics-time" checked={timeMode === 'utc'} onChange={() => setTimeMode('utc')} />
            All in UTC, for calendars that ignore time zones
          </label>
        </fieldset>
        <p className="muted">Recurring windows keep their rule (RRULE). Exporting again gives every item the same UID, so a calendar that subscribed to the file updates instead of duplicating.</p>
      </EditorForm>
    </Dialog>
  );
}
