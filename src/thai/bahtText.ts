import { bahttext } from 'bahttext';

/** 1765000 → "หนึ่งล้านเจ็ดแสนหกหมื่นห้าพันบาทถ้วน" (the `bahttext` package, which agrees with LibreOffice's BAHTTEXT). */
export function bahtText(amount: number): string {
  return bahttext(amount);
}
