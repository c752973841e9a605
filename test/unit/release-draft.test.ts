import { describe, expect, it } from 'vitest';
import { fromDraft, toDraft } from '../../renderer/calendar/release-editor/release-draft';
import type { Release } from '../../shared/model/plan';

const stored: Release = {
  id: 7, title: 'Label template refresh', type: 'normal', status: 'approved', train: '', plannedStart: '2026-12-01T02:00:00Z', durationMinutes: 60,
  strategy: 'big-bang', requester: 'Liam Chen', approvers: ['Priya Raman', 'Marcus Delgado'], services: [{ serviceId: 3, how: 'config' }], waves: [],
  rollback: { steps: [], expectedMinutes: 0, tested: false }, dependsOn: [], outcome: null, standardKind: null,
};

describe('the release editor’s draft', () => {
  it('a save of a stored release sends its stored status and approvers back: an edit is never a lifecycle move', () => {
    const initial = toDraft(stored, 'UTC');
    const { input, problems } = fromDraft({ ...initial, title: 'Label template refresh v2', approvers: ['Someone'] } as typeof initial, stored, initial);
    expect(problems).toEqual({});
    expect(input.status).toBe('approved');
    expect(input.approvers).toEqual(['Priya Raman', 'Marcus Delgado']);
    expect(input.plannedStart).toBe(stored.plannedStart);
  });

  it('the status follows the release as stored now, not as it was when the editor opened', () => {
    const initial = toDraft(stored, 'UTC');
    const moved: Release = { ...stored, status: 'scheduled' };
    expect(fromDraft(initial, moved, initial).input.status).toBe('scheduled');
  });

  it('a new release is a draft with no approvers', () => {
    const initial = toDraft(null, 'UTC', '2026-12-01T02:00:00Z');
    const { input } = fromDraft(initial, null, initial);
    expect(input.status).toBe('draft');
    expect(input.approvers).toEqual([]);
  });

  it('a standard change needs a kind; the kind is dropped when the type is no longer standard', () => {
    const initial = toDraft(stored, 'UTC');
    const standard = fromDraft({ ...initial, type: 'standard' }, stored, initial);
    expect(standard.problems.standardKind).toMatch(/pre-approved kind/);
    const chosen = fromDraft({ ...initial, type: 'standard', standardKind: 'Label template change' }, stored, initial);
    expect(chosen.problems).toEqual({});
    expect(chosen.input.standardKind).toBe('Label template change');
    const kept = { ...stored, type: 'standard' as const, standardKind: 'Label template change' };
    const normal = fromDraft({ ...toDraft(kept, 'UTC'), type: 'normal' }, kept, toDraft(kept, 'UTC'));
    expect(normal.input.standardKind).toBeNull();
  });
});
