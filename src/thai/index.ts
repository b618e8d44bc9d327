export * from './digits.js';
export * from './dates.js';
export * from './bahtText.js';
export * from './lineBreak.js';
