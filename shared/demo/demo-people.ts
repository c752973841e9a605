import type { ProfileInput } from '../model/governance';

/** The demo distributor's people, as local profiles: the requesters and approvers its releases name. */
export const DEMO_PROFILES: ProfileInput[] = [
  { name: 'Priya Raman', role: 'change-manager', team: 'Change & Release' },
  { name: 'Marcus Delgado', role: 'operations', team: 'Warehouse Operations' },
  { name: 'Aisha Bello', role: 'operations', team: 'Transportation Operations' },
  { name: 'Claire Dubois', role: 'security', team: 'Identity & Security' },
  { name: 'Kenji Watanabe', role: 'engineering', team: 'Integration Engineering' },
  { name: 'Owen McAllister', role: 'operations', team: 'Network Operations' },
  { name: 'Liam Chen', role: 'engineering', team: 'Order Platform' },
  { name: 'Hannah Kowalski', role: 'engineering', team: 'Warehouse Systems' },
  { name: 'Diego Fuentes', role: 'engineering', team: 'Transportation Systems' },
  { name: 'Rachel Goldberg', role: 'engineering', team: 'Finance Systems' },
  { name: 'Samantha Okafor', role: 'engineering', team: 'ERP Platform' },
  { name: 'Tomás Herrera', role: 'business', team: 'Customer Service' },
];

/** Who the demo's approvals fall to when a release needs more: operations first, then the change manager. */
export const DEMO_APPROVERS = ['Marcus Delgado', 'Priya Raman', 'Aisha Bello'];
