import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { schemaComment } from '../paths.js';
import { InputError, type Problem } from '../model/problems.js';

export interface ScaffoldOptions {
  id: string;
  /** The authority's full name: "องค์การบริหารส่วนตำบล…", "เทศบาลตำบล…". */
  name: string;
  years: { from: number; to: number };
  /** The month the plan is to be announced in, Buddhist era ("2567-09"). */
  month: string;
  /** The folder the plan folder is made in (data/ by default). */
  parent: string;
}

/** Buddhist-era fiscal year of a date: it starts on 1 October. */
export function fiscalYearOf(date: Date): number {
  return date.getFullYear() + 543 + (date.getMonth() >= 9 ? 1 : 0);
}

/** Reads `--years 2567-2571`; a plan runs one to ten fiscal years. */
export function parseYears(text: string): { from: number; to: number } | undefined {
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from >= 2400 && to >= from && to - from < 10 ? { from, to } : undefined;
}

const problem = (path: string, message: string): Problem => ({ file: 'npm run new', line: 1, column: 1, path, message });

/**
 * Writes a new plan folder with every file a plan needs, each minimal and valid, with Thai comments
 * saying what goes where. Refuses to touch a folder that exists.
 */
export function scaffold(options: ScaffoldOptions): string {
  const problems: Problem[] = [];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(options.id)) {
    problems.push(problem('--id', 'รหัสแผนใช้ได้เฉพาะ a-z 0-9 และ - เช่น nongtakhian-2567-2571 — expected lowercase latin letters, digits and hyphens'));
  }
  if (!options.name.trim()) problems.push(problem('--name', 'ต้องระบุชื่อหน่วยงาน เช่น "องค์การบริหารส่วนตำบล…" — expected the authority\'s name'));
  const dir = resolve(options.parent, options.id);
  if (existsSync(dir)) problems.push(problem('--id', `มีโฟลเดอร์ ${dir} อยู่แล้ว จะไม่เขียนทับ — the folder exists; nothing was written`));
  if (problems.length) throw new InputError(problems);

  mkdirSync(dir, { recursive: true });
  // The $schema lines point at this program's schema/ from wherever the folder is made.
  for (const [file, text] of Object.entries(planFiles(options, (kind) => schemaComment(dir, kind)))) writeFileSync(join(dir, file), text);
  return dir;
}

/** The files of a new plan, by name. */
export function planFiles(o: ScaffoldOptions, schema: (kind: string) => string): Record<string, string> {
  const name = o.name.trim();
  const yearsMap = (amount: number) => `{ ${range(o.years).map((y) => `${y}: ${amount}`).join(', ')} }`;
  const [year, month] = o.month.split('-');
  return {
    'plan.yaml': `${schema('plan')}
# ข้อมูลหลักของแผน: ชื่อแผน หน่วยงาน ปีของแผน ฉบับ คำนำ และบทนำ (ส่วนที่ ๑)
# ข้อความทุกช่องเป็นตัวอย่าง ให้แก้เป็นของหน่วยงานเอง ตัวเลขในข้อความพิมพ์เป็นเลขไทยหรืออารบิกก็ได้
# id: รหัสแผน ใช้ตั้งชื่อโฟลเดอร์ใน out/ และชื่อไฟล์ (ไม่จำเป็นต้องตรงกับชื่อโฟลเดอร์นี้ แต่ควรตรงกันเพื่อไม่สับสน)
id: ${o.id}
revision:
  number: 1                # ฉบับที่ (เพิ่มขึ้นเมื่อแก้แผนที่ประกาศใช้แล้ว)
  date: ${year}-${month}             # เดือนที่ประกาศใช้แผน ปปปป-ดด (หรือ ปปปป-ดด-วว)
digits: thai               # thai = เลขไทยทั้งเล่ม, arabic = เลขอารบิก
title: แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส
organisation:
  name: ${name}
  district: อำเภอ(ระบุ)     # แก้เป็นชื่ออำเภอ พิมพ์บนปก
  province: จังหวัด(ระบุ)    # แก้เป็นชื่อจังหวัด พิมพ์บนปก
years: { from: ${o.years.from}, to: ${o.years.to} }   # ปีงบประมาณของแผน (พ.ศ.)
preface:                   # คำนำ: รายชื่อมิติระหว่าง before กับ after พิมพ์จาก structure.yaml
  before:
    - ${name} ได้จัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส เพื่อใช้เป็นกรอบในการดำเนินงานด้านการป้องกันการทุจริต ประกอบด้วย
  after:
    - ${name} หวังเป็นอย่างยิ่งว่าแผนนี้จะเป็นเครื่องมือในการป้องกันการทุจริตอย่างเป็นรูปธรรม
introduction:
  rationale:               # หลักการและเหตุผล: ย่อหน้าละหนึ่งรายการ
    - (เขียนหลักการและเหตุผลของแผน)
  objectives:              # วัตถุประสงค์: โปรแกรมใส่เลข (๑) (๒) … ให้เอง
    - เพื่อแสดงเจตจำนงสุจริตของผู้บริหาร${name}
  goals:                   # เป้าหมาย
    - ข้อร้องเรียนเรื่องการทุจริตลดลง
  benefits:                # ประโยชน์ของการจัดทำแผน
    - ประชาชนเชื่อมั่นในการบริหารงานของ${name}
`,
    'structure.yaml': `${schema('structure')}
# มิติ → ภารกิจ → ภารกิจย่อย ตามกรอบของ ป.ป.ช. เลข ๑, ๑.๑, ๑.๑.๑ คำนวณจากลำดับในไฟล์นี้
# id: รหัสที่บัตรโครงการอ้างถึงด้วย under: (a-z 0-9 -); subMissions ไม่มีก็ไม่ต้องใส่
dimensions:
  - id: culture
    title: การสร้างวัฒนธรรมสุจริต
    missions:
      - id: culture-staff
        title: การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากร
        subMissions:
          - id: culture-staff-ethics
            title: เสริมสร้างจิตสำนึกในการปฏิบัติตนตามประมวลจริยธรรม
`,
    'units.yaml': `${schema('units')}
# หน่วยงานผู้รับผิดชอบ: id (ให้บัตรโครงการอ้างถึง) ชื่อเต็ม (พิมพ์ในบัตรโครงการ ข้อ ๘)
# และชื่อย่อ (พิมพ์ในช่องหมายเหตุของตารางงบประมาณ ส่วนที่ ๒)
units:
  - id: office
    name: สำนักปลัด
    abbreviation: สป.
`,
    'projects-1-culture.yaml': `${schema('projects')}
# บัตรโครงการ/มาตรการ/กิจกรรม ของมิติหนึ่ง ตามลำดับในเล่ม (เลขโครงการคำนวณให้)
# ชื่อไฟล์ projects-<ลำดับ>-<ชื่อ>.yaml; แต่ละมิติมีไฟล์ของตัวเองได้
dimension: culture           # id ของมิติใน structure.yaml
projects:
  - id: ethics-training        # รหัสไม่ซ้ำกันทั้งแผน (a-z 0-9 -)
    under: culture-staff-ethics  # ภารกิจหรือภารกิจย่อยใน structure.yaml
    kind: โครงการ              # โครงการ | มาตรการ | กิจกรรม
    name: โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร
    rationale:                 # ๒. หลักการและเหตุผล: ย่อหน้า หรือ list: (รายการมีเลข) / bullets: (รายการมีขีด)
      - (เขียนหลักการและเหตุผล)
    objectives:                # ๓. วัตถุประสงค์
      - list:
          - เพื่อให้บุคลากรรู้และปฏิบัติตามประมวลจริยธรรม
    targetGroup:               # ๔. กลุ่มเป้าหมาย
      - บุคลากรของ${name}
    method:                    # ๕. วิธีดำเนินการ: เลข ๑) ๒) … คำนวณให้
      - list:
          - จัดทำโครงการเสนอขออนุมัติ
          - ดำเนินการตามโครงการ
          - รายงานผลการดำเนินการ
    # duration: ไม่ใส่ = ตลอดช่วงปีของแผน   (๖. ระยะเวลาดำเนินการ)
    budget:                    # ๗. งบประมาณ: บาทต่อปี พ.ศ.; ไม่ใช้งบประมาณให้ลบทั้งก้อน
      perYear: ${yearsMap(10000)}
    responsible:               # ๘. ผู้รับผิดชอบ: id จาก units.yaml (ระบุฝ่ายได้: - { unit: office, section: ฝ่าย… })
      - office
    outputs:                   # ๙. ผลผลิต
      - จัดอบรมปีละ ๑ ครั้ง
    outcomes:                  # ๙. ผลลัพธ์
      - ไม่มีเรื่องร้องเรียนการฝ่าฝืนประมวลจริยธรรม
`,
    'risks.yaml': `${schema('risks')}
# การประเมินความเสี่ยงการทุจริต (ส่วนที่ ๑): เกณฑ์ ตารางระดับความเสี่ยง ความเสี่ยงและมาตรการ
# คะแนน (โอกาส × ผลกระทบ) และระดับคำนวณให้จาก matrix
criteriaIntro:
  - ${name} กำหนดเกณฑ์การประเมินความเสี่ยงการทุจริต ใช้ ๒ ปัจจัย คือ ด้านโอกาส และด้านผลกระทบ ดังนี้
likelihood:                  # ระดับ ๕ ถึง ๑ ครบทุกระดับ
  intro: ด้านที่ ๑ โอกาสที่จะเกิด (Likelihood) พิจารณาความถี่ที่จะเกิดเหตุการณ์ความเสี่ยง
  levels:
    - { level: 5, description: โอกาสเกิดตั้งแต่ ๕ ครั้งต่อปีขึ้นไป }
    - { level: 4, description: โอกาสเกิด ๔ ครั้งต่อปี }
    - { level: 3, description: โอกาสเกิด ๓ ครั้งต่อปี }
    - { level: 2, description: โอกาสเกิด ๒ ครั้งต่อปี }
    - { level: 1, description: โอกาสเกิดไม่เกิน ๑ ครั้งต่อปี }
impact:
  intro: ด้านที่ ๒ ผลกระทบ (Impact) การวัดความรุนแรงของความเสียหายที่จะเกิดขึ้น
  # จำนวนบาทของแต่ละระดับ: null = ยังไม่ได้กำหนด พิมพ์เป็น "....." และแสดงใน npm run check -- --questions
  financial:
    - { level: 5, from: null, to: null }
    - { level: 4, from: null, to: null }
    - { level: 3, from: null, to: null }
    - { level: 2, from: null, to: null }
    - { level: 1, to: null }           # ระดับ ๑ ไม่มี from: "ความเสียหาย … บาท หรือน้อยกว่า"
  nonFinancial:
    - { level: 5, description: เกิดความเสียหายต่อรัฐ เจ้าหน้าที่ถูกลงโทษ }
    - { level: 4, description: ภาพลักษณ์ของหน่วยงานเสียหาย สื่อลงข่าวอย่างต่อเนื่อง }
    - { level: 3, description: หน่วยตรวจสอบภายในหรือภายนอกเข้าตรวจสอบข้อเท็จจริง }
    - { level: 2, description: มีข่าวลือหรือมีผู้ร้องเรียน }
    - { level: 1, description: แทบจะไม่มี }
riskLevels:                  # ระดับความเสี่ยงจากต่ำไปสูง พร้อมสีในตาราง
  - { id: low, name: ต่ำ, color: "#92D050" }
  - { id: medium, name: ปานกลาง, color: "#FFFF66" }
  - { id: high, name: สูง, color: "#FFC000" }
  - { id: very-high, name: สูงมาก, color: "#FF7070" }
matrix:                      # แถวละโอกาส ๕..๑; ช่องละผลกระทบ ๑..๕ เป็น id ของ riskLevels
  - { likelihood: 5, impact: [high, high, very-high, very-high, very-high] }
  - { likelihood: 4, impact: [medium, high, high, very-high, very-high] }
  - { likelihood: 3, impact: [low, medium, high, high, very-high] }
  - { likelihood: 2, impact: [low, low, medium, high, very-high] }
  - { likelihood: 1, impact: [low, low, medium, high, high] }
assessmentIntro: ${name} ระบุประเด็นความเสี่ยงการทุจริต ได้ดังนี้
managementIntro: ${name} จัดทำแผนบริหารความเสี่ยงการทุจริต ดังนี้
risks:                       # เลขลำดับคำนวณให้
  - id: procurement
    process: (ขั้นตอนการดำเนินงานที่มีความเสี่ยง เช่น การจัดซื้อจัดจ้าง)
    issues:                  # ประเด็นความเสี่ยงการทุจริต
      - (ประเด็นความเสี่ยง)
    likelihood: 2
    impact: 2
    measures:                # มาตรการควบคุมความเสี่ยงการทุจริต
      - (มาตรการควบคุม)
`,
    'order.yaml': `${schema('order')}
# คำสั่งแต่งตั้งคณะทำงาน: เฉพาะข้อเท็จจริง ถ้อยคำมาตรฐานอยู่ที่ templates/order.hbs
# (วางไฟล์ชื่อเดียวกันใน templates/ ของโฟลเดอร์นี้ถ้าต้องการถ้อยคำเฉพาะ)
issuer: ${name}
number: 1                    # เลขที่คำสั่ง (ที่ …/ปี พ.ศ. ปีมาจากวันที่)
# emblem: emblem/garuda.png  # ภาพตราครุฑภายในโฟลเดอร์นี้ (ไม่ใส่ = ไม่มีตรา)
# handbook:                  # คู่มือของ ป.ป.ช. ที่คำสั่งอ้างถึง; ไม่ใส่ = คู่มือ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)
#   title: คู่มือการดำเนินการจัดทำแผนปฏิบัติการป้องกันการทุจริต…
#   years: { from: 2566, to: 2570 }
members:                     # คณะทำงานตามลำดับ (เลขลำดับคำนวณให้)
  - { name: (ชื่อ นามสกุล), position: (ตำแหน่ง), role: ประธานคณะทำงาน }
date: ${year}-${month}-01             # สั่ง ณ วันที่ ปปปป-ดด-วว
signer:
  name: (ชื่อ นามสกุล ผู้ลงนาม)
  position: (ตำแหน่งผู้ลงนาม)
`,
    'announcement.yaml': `${schema('announcement')}
# ประกาศใช้แผน: เฉพาะข้อเท็จจริง ถ้อยคำมาตรฐานอยู่ที่ templates/announcement.hbs
issuer: ${name}
date: ${year}-${month}                # ปปปป-ดด = เว้นวันไว้เขียนเอง; ปปปป-ดด-วว = พิมพ์วันที่
signer:
  name: (ชื่อ นามสกุล ผู้ลงนาม)
  position: (ตำแหน่งผู้ลงนาม)
`,
    'errata.yaml': `${schema('errata')}
# ไม่บังคับ: บันทึกจุดที่ข้อมูลต่างจากฉบับที่ลงนามแล้ว หรือเรื่องที่ต้องให้หน่วยงานยืนยัน
# status: resolved = หลักฐานในเอกสารตัดสินได้ / confirm = ต้องถาม (แสดงใน npm run check -- --questions)
errata: []
# ตัวอย่าง:
#  - id: goal-score
#    kind: contradiction       # contradiction | typo | numbering | debris | structure | placeholder
#    status: confirm
#    question: เป้าหมายคะแนน ITA คือ ๘๕ หรือ ๙๐ คะแนน
#    where: ส่วนที่ ๑ เป้าหมาย
#    source: ๙๐ คะแนน
#    data: คงตามต้นฉบับ
#    file: plan.yaml
#    field: introduction.goals[0]
#    reason: เป้าหมายกับบัตรโครงการไม่ตรงกัน
`,
  };
}

function range(years: { from: number; to: number }): number[] {
  return Array.from({ length: years.to - years.from + 1 }, (_, i) => years.from + i);
}
