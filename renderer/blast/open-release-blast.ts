import { useBlast } from './blast-store';
import { openBlastSection } from './use-blast-data';

/** From the calendar's release drawer: focus the release and show its blast radius wave by wave. */
export function openReleaseBlast(releaseId: number): void {
  useBlast.setState({ focus: { kind: 'release', releaseId }, mode: 'change', direction: 'downstream', waveReleaseId: releaseId, selectedId: null });
  openBlastSection();
}
