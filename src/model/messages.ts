import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, [thai: string, english: string]> = {
  string: ['ข้อความ', 'text'],
  number: ['ตัวเลข', 'a number'],
  int: ['จำนวนเต็ม', 'a whole number'],
  boolean: ['ค่าจริง/เท็จ', 'true or false'],
  array: ['รายการ (เริ่มแต่ละบรรทัดด้วย "- ")', 'a list'],
  object: ['กลุ่มฟิลด์ (ชื่อฟิลด์: ค่า)', 'a mapping of fields'],
  record: ['กลุ่มฟิลด์ (ชื่อฟิลด์: ค่า)', 'a mapping of fields'],
  null: ['ค่าว่าง (null)', 'null'],
  undefined: ['ไม่มีค่า', 'nothing'],
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'number';
  return typeof value;
}

const FORMAT_MESSAGES: Record<string, string> = {
  id: 'รหัสต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีด (-) เท่านั้น เช่น law-training — expected an id of a-z, 0-9 and -',
  planId: 'รหัสแผนต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีด (-) — expected an id of a-z, 0-9 and -',
  date: 'วันที่ต้องอยู่ในรูป ปปปป-ดด-วว เช่น 2565-05-10 — expected YYYY-MM-DD',
  dateOrMonth: 'วันที่ต้องอยู่ในรูป ปปปป-ดด-วว หรือ ปปปป-ดด (เว้นวันไว้เขียนเอง) — expected YYYY-MM-DD or YYYY-MM',
  fiscalYearKey: 'ปีงบประมาณต้องเป็นเลข พ.ศ. ๔ หลัก เช่น 2566 — expected a Buddhist-era year such as 2566',
  color: 'สีต้องอยู่ในรูป #RRGGBB — expected a colour such as #FF0000',
};

/** One located message per zod issue, in Thai with the English expectation after the dash. */
export function describeIssue(issue: Issue): Array<{ path: PropertyKey[]; message: string; preferKey?: boolean }> {
  const path = issue.path as PropertyKey[];
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      const [thai, english] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      if (input === undefined) return [{ path, message: `ขาดฟิลด์ที่ต้องมี ต้องใส่${thai} — missing; expected ${english}`, preferKey: true }];
      if (issue.expected === 'int' || (issue.expected === 'number' && typeof input === 'number')) {
        return [{ path, message: `ต้องเป็นจำนวนเต็ม ไม่มีทศนิยม (พบ ${String(input)}) — expected a whole number` }];
      }
      const got = typeOf(input);
      const [gotThai, gotEnglish] = TYPE_NAMES[got] ?? [got, got];
      return [{ path, message: `ต้องเป็น${thai} แต่พบ${gotThai} — expected ${english}, got ${gotEnglish}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `ไม่รู้จักฟิลด์ "${key}" (สะกดผิดหรือไม่?) — unknown key`,
        preferKey: true,
      }));
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return [{ path, message: 'ข้อความว่างเปล่า ต้องกรอกข้อความ — expected non-empty text' }];
      if (issue.origin === 'array') {
        return [{ path, message: `ต้องมีอย่างน้อย ${min} รายการ — expected at least ${min} item(s)` }];
      }
      if (min === 0) return [{ path, message: 'ต้องไม่ติดลบ — expected a number ≥ 0' }];
      return [{ path, message: `ต้องไม่น้อยกว่า ${min} — expected a number ≥ ${min}` }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return [{ path, message: `ต้องมีไม่เกิน ${max} รายการ — expected at most ${max} item(s)` }];
      if (issue.origin === 'string') {
        const length = String((issue as { input?: unknown }).input ?? '').length;
        return [{ path, message: `ข้อความยาวเกินไป (${length} ตัวอักษร) ต้องไม่เกิน ${max} ตัวอักษร — expected at most ${max} characters` }];
      }
      return [{ path, message: `ต้องไม่เกิน ${max} — expected a number ≤ ${max}` }];
    }
    case 'invalid_format':
      return [{ path, message: FORMAT_MESSAGES[issue.message] ?? `รูปแบบไม่ถูกต้อง — ${issue.message}` }];
    case 'invalid_value':
      return [{ path, message: `ค่าไม่ถูกต้อง ต้องเป็นหนึ่งใน: ${issue.values.map(String).join(', ')} — expected one of these values` }];
    case 'invalid_key':
      return issue.issues.flatMap((inner) => describeIssue({ ...inner, path } as Issue).map((d) => ({ ...d, preferKey: true })));
    case 'invalid_union': {
      const branches = issue.errors;
      const input = (issue as { input?: unknown }).input;
      const structural = branches.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (structural.length === 0) {
        const described = typeof input === 'object' && input !== null ? 'กลุ่มฟิลด์ที่ไม่ถูกแบบ' : TYPE_NAMES[typeOf(input)]?.[0];
        return [{
          path,
          message: `ต้องเป็นข้อความ หรือกลุ่มฟิลด์ตามแบบ แต่พบ${described ?? 'ค่าอื่น'} — expected text or one of the documented forms`,
        }];
      }
      const best = structural.reduce((a, b) => (b.length < a.length ? b : a));
      return best.flatMap((inner) =>
        describeIssue({ ...inner, path: [...path, ...inner.path] } as Issue),
      );
    }
    default:
      return [{ path, message: issue.message }];
  }
}
