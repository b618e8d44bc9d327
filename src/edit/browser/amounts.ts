import { bahtText } from '../../thai/bahtText.js';
import { formatAmount } from '../../thai/digits.js';
import { planDigits } from './state.js';

/** "30,000 บาท (สามหมื่นบาทถ้วน)" in the plan's digits: what the documents print for an amount. */
export function amountInWords(value: number): string {
  return `${formatAmount(value, planDigits())} บาท (${bahtText(value)})`;
}
