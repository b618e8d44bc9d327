import ExcelJS from 'exceljs';

/** What a cell holds, as far as an amount of baht is concerned. */
export type CellReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'wrong'; thai: string; english: string };

/**
 * Reads a cell the way the clerk sees it: a formula counts by its computed result (a clerk may type
 * `=25000+5000`), text is never taken for a number (the export formats amounts as numbers, so text
 * means something went wrong in the copy).
 */
export function readCell(cell: ExcelJS.Cell): CellReading {
  const value = cell.value;
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') {
    if (value.trim() === '') return { kind: 'blank' };
    return { kind: 'wrong', thai: `ต้องเป็นตัวเลข แต่พบข้อความ "${value.trim()}"`, english: 'expected a number of baht, got text' };
  }
  if (typeof value === 'boolean') return { kind: 'wrong', thai: 'ต้องเป็นตัวเลข แต่พบค่าจริง/เท็จ', english: 'expected a number of baht, got true/false' };
  if (value instanceof Date) return { kind: 'wrong', thai: 'ต้องเป็นตัวเลข แต่พบวันที่', english: 'expected a number of baht, got a date' };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (typeof result === 'number') return { kind: 'number', value: result };
      if (result && typeof result === 'object' && 'error' in result) {
        const error = String((result as { error: unknown }).error);
        return { kind: 'wrong', thai: `ผลของสูตรเป็นข้อผิดพลาด ${error}`, english: `expected a number, the formula gives ${error}` };
      }
      return {
        kind: 'wrong',
        thai: 'สูตรนี้ยังไม่มีผลลัพธ์ที่คำนวณแล้ว ให้พิมพ์ตัวเลข หรือเปิดแล้วบันทึกไฟล์ในโปรแกรมตารางคำนวณอีกครั้ง',
        english: 'expected a number, got a formula without a computed value',
      };
    }
    if ('richText' in value) {
      const text = value.richText.map((r) => r.text).join('');
      if (text.trim() === '') return { kind: 'blank' };
      return { kind: 'wrong', thai: `ต้องเป็นตัวเลข แต่พบข้อความ "${text.trim()}"`, english: 'expected a number of baht, got text' };
    }
    if ('error' in value) {
      return { kind: 'wrong', thai: `ช่องนี้เป็นข้อผิดพลาด ${String(value.error)}`, english: 'expected a number of baht, got an error value' };
    }
  }
  return { kind: 'wrong', thai: 'ต้องเป็นตัวเลข', english: 'expected a number of baht' };
}

/** The text of a cell (ids, headers), or '' for anything else. */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('').trim();
  return '';
}
