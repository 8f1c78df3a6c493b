import type { components } from '@/lib/api/schema';

type S = components['schemas'];
export type RoundSlots = S['RoundSlots'];
export type FinalistSlot = S['FinalistSlot'];
export type PresentationSlot = S['PresentationSlot'];
export type SlotInput = S['SlotInput'];
export type RoundMinutes = S['RoundMinutes'];
export type Delegation = S['Delegation'];
export type DelegationMember = S['DelegationMember'];
export type RoundKey = { editionId: number; position: number };
