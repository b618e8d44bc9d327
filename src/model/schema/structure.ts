import { z } from 'zod';
import { id, text } from './common.js';

const subMission = z.strictObject({ id, title: text });
const mission = z.strictObject({ id, title: text, subMissions: z.array(subMission).default([]) });
export const structureFile = z.strictObject({
  dimensions: z.array(z.strictObject({ id, title: text, missions: z.array(mission).min(1) })).min(1),
});
export type StructureFile = z.infer<typeof structureFile>;
